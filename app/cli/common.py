"""What every command shares: the error type, the --db and --lang options, dates, opening a desk."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from app.paths import default_database_path

if TYPE_CHECKING:
    from app.services.context import Desk

PROG = "resident-desk"
LANGUAGES = ("zh_CN", "en")
Subcommands = argparse._SubParsersAction


class CliError(Exception):
    """A problem the user can fix; the message is shown as it is, without a traceback."""

    def __init__(self, message: str, code: int = 1) -> None:
        super().__init__(message)
        self.code = code


def add_db(parser: argparse.ArgumentParser, required: bool = False) -> None:
    """The ``--db PATH`` option."""
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


def add_lang(parser: argparse.ArgumentParser) -> None:
    """The ``--lang`` option."""
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        default=argparse.SUPPRESS,
        help="界面语言 (UI language)，默认 zh_CN",
    )


def add_out(parser: argparse.ArgumentParser, suffix: str) -> None:
    """The required ``--out FILE`` option."""
    parser.add_argument("--out", type=Path, required=True, metavar=f"FILE{suffix}", help="保存到")


def add_range(parser: argparse.ArgumentParser, required: bool = False) -> None:
    """The ``--from`` and ``--to`` day options."""
    for flag, dest, text in (("--from", "date_from", "开始日期"), ("--to", "date_to", "结束日期")):
        parser.add_argument(
            flag, dest=dest, type=day, required=required, metavar="YYYY-MM-DD", help=text
        )


def day(text: str) -> date:
    """A YYYY-MM-DD argument."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"日期格式应为 YYYY-MM-DD：{text}") from None


def check_range(date_from: date | None, date_to: date | None) -> None:
    """Refuse a range that ends before it starts."""
    if date_from and date_to and date_from > date_to:
        raise CliError("开始日期不能晚于结束日期")


@contextmanager
def open_desk(path: Path) -> Iterator[Desk]:
    """Open an existing database for one command."""
    from app.services.setup import open_desk as open_existing

    path = Path(path).expanduser()
    if not path.is_file():
        raise CliError(f"数据库文件不存在：{path}")
    opened = open_existing(path, exclusive=False)  # commands run beside the open GUI
    try:
        yield opened.desk
    finally:
        opened.close()


def percent_printer(step: int) -> Callable[[int, int], None]:
    """A progress callback printing every ``step`` percent to stderr."""
    shown = [-step]

    def progress(done: int, total: int) -> None:
        percent = 100 if total <= 0 else done * 100 // total
        if percent >= shown[0] + step or (percent == 100 and shown[0] < 100):
            shown[0] = percent
            print(f"  导出进度 {percent}%", file=sys.stderr, flush=True)

    return progress
