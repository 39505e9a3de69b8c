"""The command line: the parser and ``main``; the GUI by default. Qt only for the GUI."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from app import __version__
from app.cli import (
    audit,
    backup,
    changes,
    check,
    demo,
    document,
    export,
    gui,
    handover,
    imports,
    init,
    pdf,
    plans,
    reports,
    restore,
    training,
)
from app.cli.common import PROG, CliError, add_db, add_lang, check_out
from app.paths import default_database_path

COMMAND_GROUPS = (
    gui,
    init,
    demo,
    check,
    backup,
    restore,
    pdf,
    handover,
    export,
    document,
    plans,
    imports,
    training,
    changes,
    reports,
    audit,
)


def build_parser() -> argparse.ArgumentParser:
    """The whole command line: the main options and every command group's subcommands."""
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="驻场运维台 Resident Desk：驻场工程师的工单、时限与上报台。不带子命令时启动图形界面。",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    parser.set_defaults(db=default_database_path(), lang="zh_CN", screenshot=None, handler=gui.run)
    add_db(parser)
    add_lang(parser)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for group in COMMAND_GROUPS:
        group.register(commands)
    return parser


def _utf8_output() -> None:
    """Print Chinese whatever the locale (a C/POSIX locale would otherwise fail on it)."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(encoding="utf-8", errors="replace")


def _known_errors() -> tuple[type[BaseException], ...]:
    """The errors that carry a message for the user (imported late: they pull in SQLAlchemy)."""
    from sqlalchemy.exc import SQLAlchemyError

    from app.domain.i18n import MarkedError
    from app.domain.validation import ValidationError

    return (ValidationError, MarkedError, SQLAlchemyError, OSError, MemoryError)


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; any failure ends with one Chinese line, the log's path, a non-zero exit.

    No Python traceback reaches the user: it goes to the log file.
    """
    _utf8_output()
    args = build_parser().parse_args(argv)
    command = f"{args.command or 'gui'} ({args.handler.__module__}.{args.handler.__name__})"
    if args.handler is not gui.run:  # the GUI starts its own log with its exception hook
        from app.services.diagnostics import start_logging

        start_logging(f"command {command}")
    try:
        check_out(args)
        return args.handler(args)
    except CliError as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return exc.code
    except KeyboardInterrupt:
        print("已中断。", file=sys.stderr)
        return 130
    except Exception as exc:  # the last line of defence: said and logged, never a traceback
        from app.services.diagnostics import log_failure

        where = log_failure(exc, f"command {command}")
        if isinstance(exc, _known_errors()):
            print(f"错误：{_describe(exc)}", file=sys.stderr)
        else:
            print(f"错误：{_describe(exc)}。操作没有完成，没有保存任何修改。", file=sys.stderr)
        if where is not None:
            print(f"详细信息已记录在日志文件：{where}", file=sys.stderr)
        return 1


def _describe(exc: BaseException) -> str:
    from sqlalchemy.exc import SQLAlchemyError

    from app.db.engine import plain_reason, server_reason
    from app.domain.i18n import MarkedError
    from app.domain.validation import ValidationError
    from app.services.diagnostics import plain_failure

    if isinstance(exc, MarkedError):
        return str(exc)
    if isinstance(exc, SQLAlchemyError):
        orig = getattr(exc, "orig", None) or exc
        if type(orig).__module__.startswith("psycopg"):
            return f"数据库操作失败（{server_reason(orig)}）。请运行 “{PROG} check --db-url 地址” 检查数据库。"
        reason = plain_reason(orig)
        return f"数据库操作失败（{reason}）。请运行 “{PROG} check --db 文件” 检查数据库。"
    if isinstance(exc, OSError) and not isinstance(exc, FileExistsError):
        return str(plain_failure(exc)) + "。请检查路径和权限"
    if isinstance(exc, ValidationError):
        return str(exc)
    return str(plain_failure(exc))


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
