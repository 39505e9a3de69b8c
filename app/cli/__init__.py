"""The command line: the GUI by default, plus demo, check, pdf, export, document. Qt only for the GUI."""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from app import __version__
from app.cli import imports as cli_store
from app.cli import pdf as cli_documents
from app.cli import plans as cli_plans
from app.paths import default_database_path

LANGUAGES = ("zh_CN", "en")
PROG = "resident-desk"


class CliError(Exception):
    """A problem the user can fix; the message is shown as it is, without a traceback."""

    def __init__(self, message: str, code: int = 1) -> None:
        super().__init__(message)
        self.code = code


def _utf8_output() -> None:
    """Print Chinese whatever the locale (a C/POSIX locale would otherwise fail on it)."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(encoding="utf-8", errors="replace")


def _add_db(parser: argparse.ArgumentParser, required: bool = False) -> None:
    # A subcommand's own default would overwrite "--db" given before it, so only the main
    # parser has one; subcommands leave the attribute alone unless given.
    parser.add_argument(
        "--db",
        type=Path,
        default=argparse.SUPPRESS,
        required=required,
        metavar="PATH",
        help="数据库文件 (database file)"
        + ("" if required else f"，默认 {default_database_path()}"),
    )


def _add_lang(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        default=argparse.SUPPRESS,
        help="界面语言 (UI language)，默认 zh_CN",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="驻场运维台 Resident Desk：驻场工程师的工单、时限与上报台。不带子命令时启动图形界面。",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    parser.set_defaults(db=default_database_path(), lang="zh_CN", screenshot=None)
    _add_db(parser)
    _add_lang(parser)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    gui = commands.add_parser("gui", help="启动图形界面 (start the GUI)")
    _add_db(gui)
    _add_lang(gui)
    gui.add_argument(
        "--screenshot",
        type=Path,
        metavar="FILE.png",
        help="打开主窗口，保存截图后退出 (render the main window to a PNG and exit)",
    )

    demo = commands.add_parser("demo", help="生成演示数据库 (create a demo database)")
    _add_db(demo, required=True)
    demo.add_argument("--tickets", type=_positive, metavar="N", help="工单总数（默认约每天6-10张）")
    demo.add_argument("--seed", type=int, default=0, metavar="S", help="随机种子（默认 0）")
    demo.add_argument("--months", type=_months, default=3.0, metavar="M", help="月数（默认 3）")

    check = commands.add_parser("check", help="检查数据库 (check a database)")
    _add_db(check)
    cli_documents.add_commands(commands, _add_db)
    cli_plans.add_commands(commands, _add_db)
    cli_store.add_commands(commands, _add_db)
    return parser


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("必须是正整数")
    return value


def _months(text: str) -> float:
    value = float(text)
    if not 0 < value <= 120:
        raise argparse.ArgumentTypeError("必须在 0 到 120 之间")
    return value


def run_gui(args: argparse.Namespace) -> int:
    """Start the main window (lazily importing Qt)."""
    try:
        from app.gui.app import run_gui as start
    except ModuleNotFoundError as exc:
        if exc.name and exc.name.startswith("app"):
            raise CliError(f"程序不完整，缺少图形界面模块：{exc.name}。请重新安装。") from exc
        raise CliError(f"缺少图形界面所需的软件包：{exc.name}。请按 README 安装。") from exc
    except ImportError as exc:  # e.g. libEGL.so.1 missing: Qt's system libraries
        raise CliError(f"无法加载图形界面：{exc}。请按 README 安装 Qt 所需的系统软件包。") from exc
    return start(Path(args.db).expanduser(), args.lang, args.screenshot)


def run_demo(args: argparse.Namespace) -> int:
    """Create a new demo database and print the login."""
    from app.demo.builder import DemoExistsError, build_demo
    from app.domain.enums import TicketClass, TicketStatus

    path = Path(args.db).expanduser()
    started = time.perf_counter()
    last = [0.0]

    def progress(done: int, total: int) -> None:
        if total >= 5000 and (done == total or time.perf_counter() - last[0] > 5):
            last[0] = time.perf_counter()
            print(f"  已生成 {done}/{total} 张工单……", flush=True)

    try:
        result = build_demo(
            path, tickets=args.tickets, seed=args.seed, months=args.months, progress=progress
        )
    except DemoExistsError as exc:
        raise CliError(str(exc), code=2) from exc
    seconds = time.perf_counter() - started
    by_status = "，".join(
        f"{TicketClass(c).label}·{TicketStatus(s).label} {n}"
        for (c, s), n in sorted(result.by_status.items())
    )
    print(f"演示数据库已生成：{result.path}（用时 {seconds:.1f} 秒）")
    print(
        f"  工单 {result.tickets} 张，未关闭 {result.open_tickets} 张，超时 {result.breaching} 张，"
    )
    print(f"  待确认上报 {result.unacknowledged} 条，应提供备用机 {result.loaners_due} 张")
    print(f"  按状态：{by_status}")
    if result.inspections is not None:
        i = result.inspections
        print(
            f"  巡检 {i.runs} 次（不合格 {i.failures} 项，开缺陷工单 {i.tickets} 张），备份 {i.backups} 次"
        )
    print(f"演示工程师登录名：{result.username}  密码：{result.password}（{result.display_name}）")
    print(f"启动：{PROG} --db {result.path}")
    return 0


def run_check(args: argparse.Namespace) -> int:
    """Print each finding of the database check; 1 on any problem."""
    from app.services.check import check_database

    path = Path(args.db).expanduser()
    if not path.exists():
        raise CliError(f"数据库文件不存在：{path}")
    if path.is_dir():
        raise CliError(f"这是一个文件夹，不是数据库文件：{path}")
    findings = check_database(path)
    for finding in findings:
        print(f"{'✓' if finding.ok else '✗'} {finding.message}")
    problems = sum(not f.ok for f in findings)
    print("检查通过。" if not problems else f"发现 {problems} 个问题。")
    return 1 if problems else 0


COMMANDS: dict[str | None, Callable[[argparse.Namespace], int]] = {
    None: run_gui,
    "gui": run_gui,
    "demo": run_demo,
    "check": run_check,
    "pdf": cli_documents.run_pdf,
    "export": cli_documents.run_export,
    "document": cli_documents.run_document,
    "plans": cli_plans.run_plans,
}


def _known_errors() -> tuple[type[BaseException], ...]:
    """The errors that carry a message for the user (imported late: they pull in SQLAlchemy)."""
    from sqlalchemy.exc import SQLAlchemyError

    from app.db.engine import DatabaseOpenError
    from app.db.lock import AlreadyRunningError
    from app.domain.i18n import MarkedError
    from app.domain.validation import ValidationError

    return (
        DatabaseOpenError,
        AlreadyRunningError,
        ValidationError,
        MarkedError,
        SQLAlchemyError,
        OSError,
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; errors end with a clear Chinese message and a non-zero exit."""
    _utf8_output()
    args = build_parser().parse_args(argv)
    try:
        return (getattr(args, "handler", None) or COMMANDS[args.command])(args)
    except CliError as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return exc.code
    except cli_documents.CommandError as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("已中断。", file=sys.stderr)
        return 130
    except Exception as exc:
        if not isinstance(exc, _known_errors()):
            raise
        print(f"错误：{_describe(exc)}", file=sys.stderr)
        return 1


def _describe(exc: BaseException) -> str:
    from sqlalchemy.exc import SQLAlchemyError

    if isinstance(exc, SQLAlchemyError):
        reason = getattr(exc, "orig", None) or exc
        return f"数据库操作失败（{reason}）。请运行 “{PROG} check --db 文件” 检查数据库。"
    if isinstance(exc, OSError) and not isinstance(exc, FileExistsError):
        where = exc.filename or ""
        return f"文件操作失败：{where}（{exc.strerror or exc}）。请检查路径和权限。"
    return str(exc)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
