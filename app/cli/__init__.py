"""The command line: the parser and ``main``; the GUI by default. Qt only for the GUI."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from app import __version__
from app.cli import check, demo, document, export, gui, imports, pdf, plans, training
from app.cli.common import PROG, CliError, add_db, add_lang
from app.paths import default_database_path

COMMAND_GROUPS = (gui, demo, check, pdf, export, document, plans, imports, training)


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
        return args.handler(args)
    except CliError as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return exc.code
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
