"""What every command shares: the error type, the --db and --lang options, dates, opening a desk."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, datetime
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


class _GivenPath(argparse.Action):
    """Store ``--db`` and note that it was given (a command that needs one says so)."""

    def __call__(
        self, parser: object, namespace: argparse.Namespace, values: object, option: object = None
    ) -> None:
        setattr(namespace, self.dest, values)
        namespace.db_given = True


def add_db(parser: argparse.ArgumentParser, required: bool = False) -> None:
    """The ``--db PATH`` option and, beside it, ``--db-url URL`` (a PostgreSQL server)."""
    # A subcommand's own default would overwrite "--db" given before it, so only the main
    # parser has one; subcommands leave the attribute alone unless given.
    parser.add_argument(
        "--db",
        type=Path,
        action=_GivenPath,
        default=argparse.SUPPRESS,
        metavar="PATH",
        help="数据库文件 (database file)"
        + ("" if required else f"，默认 {default_database_path()}"),
    )
    parser.add_argument(
        "--db-url",
        default=argparse.SUPPRESS,
        metavar="URL",
        help="PostgreSQL 数据库服务器，如 postgresql+psycopg://用户@主机:5432/库名"
        "（密码取自 PGPASSWORD 或 ~/.pgpass，不要写在命令行上）",
    )
    if required:
        parser.set_defaults(db_required=True)


def database_target(args: argparse.Namespace) -> Path | str:
    """The ``--db-url`` if given, else the ``--db`` file (a required one must be named)."""
    url = getattr(args, "db_url", None)
    if url:
        if not is_server_url(url):
            raise CliError(f"--db-url 应是 PostgreSQL 地址（postgresql+psycopg://…）：{url}")
        return str(url)
    if getattr(args, "db_required", False) and not getattr(args, "db_given", False):
        raise CliError("请用 --db 指定数据库文件，或用 --db-url 指定数据库服务器", code=2)
    return Path(args.db).expanduser()


def is_server_url(text: str) -> bool:
    """Whether ``text`` names a PostgreSQL server (checked without importing SQLAlchemy)."""
    return text.split(":", 1)[0].lower() in ("postgresql", "postgres", "postgresql+psycopg")


def shown(target: Path | str) -> str:
    """A database as it may be printed: a path, or a URL without its password."""
    if isinstance(target, Path):
        return str(target)
    from app.db.postgres import display_url

    return display_url(target)


def add_lang(parser: argparse.ArgumentParser) -> None:
    """The ``--lang`` option."""
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        default=argparse.SUPPRESS,
        help="界面语言 (UI language)，默认 zh_CN",
    )


PASSWORD_VARIABLE = "RESIDENT_DESK_PASSWORD"


def add_user(parser: argparse.ArgumentParser) -> None:
    """The ``--user LOGIN`` option of every command that writes (or prints, or exports)."""
    parser.add_argument(
        "--user",
        metavar="LOGIN",
        default=None,
        help=f"以此账户执行并记入审计记录；密码从终端输入，或取自环境变量 {PASSWORD_VARIABLE}",
    )


def read_password(prompt: str) -> str:
    """A password from ``RESIDENT_DESK_PASSWORD``, else typed at the terminal (not echoed)."""
    given = os.environ.get(PASSWORD_VARIABLE)
    if given is not None:
        return given
    if not sys.stdin.isatty():
        raise CliError(f"没有终端可输入密码：请设置环境变量 {PASSWORD_VARIABLE}")
    try:
        return getpass.getpass(prompt)
    except (EOFError, KeyboardInterrupt):
        raise CliError("未输入密码，已取消") from None


def log_in(
    desk: Desk, username: str | None, what: str = "此命令会修改数据库", password: str | None = None
) -> None:
    """Make the desk act as ``username`` after checking its password (audited like the GUI's);
    ``password`` if the command has read it already, else read now.

    A write without ``--user`` is refused: the command line never writes as nobody.
    """
    from app.services import login

    if not username:
        raise CliError(
            f"{what}，请用 --user 指定执行的账户（密码从终端输入，或设置环境变量 {PASSWORD_VARIABLE}）"
        )
    try:
        if password is None:
            password = read_password(f"{username} 的密码：")
        result = login.authenticate(desk, username, password)
    except login.LoginError as exc:
        raise CliError(str(exc)) from None
    if result.change_reason:
        raise CliError(f"{result.change_reason}：请先在图形界面登录并修改密码，再使用命令行")
    desk.user = result.user


def add_out(parser: argparse.ArgumentParser, suffix: str) -> None:
    """The required ``--out FILE`` option and ``--force`` to replace an existing file."""
    parser.add_argument("--out", type=Path, required=True, metavar=f"FILE{suffix}", help="保存到")
    parser.add_argument("--force", action="store_true", help="覆盖已存在的文件 (replace FILE)")


def check_out(args: argparse.Namespace) -> None:
    """Refuse to replace an existing ``--out`` file without ``--force``."""
    from app.services.documents import check_new_file

    if getattr(args, "out", None) is not None and hasattr(args, "force"):
        check_new_file(args.out, args.force)


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


def minute(text: str) -> datetime:
    """A 'YYYY-MM-DD HH:MM' argument in local time, as an aware datetime."""
    try:
        return datetime.strptime(text.strip(), "%Y-%m-%d %H:%M").astimezone()
    except ValueError:
        raise argparse.ArgumentTypeError(f"时间格式应为 YYYY-MM-DD HH:MM：{text}") from None


def check_range(date_from: date | None, date_to: date | None) -> None:
    """Refuse a range that ends before it starts."""
    if date_from and date_to and date_from > date_to:
        raise CliError("开始日期不能晚于结束日期")


@contextmanager
def open_desk(
    path: Path | str | argparse.Namespace, user: str | None = None, write: bool = False
) -> Iterator[Desk]:
    """Open an existing database for one command; ``write``: as ``user``, who must log in.

    ``path``: a file, a server's URL, or the command's arguments (``--db``/``--db-url``).
    A read-only command may still name ``--user``: its exports are then attributed to it.
    """
    from app.services.context import CLI
    from app.services.setup import open_desk as open_existing

    if isinstance(path, argparse.Namespace):
        path = database_target(path)
    if isinstance(path, str) and is_server_url(path):
        from app.services.setup import needs_setup

        opened = open_existing(path, source=CLI, exclusive=False)
        if needs_setup(opened.desk):
            opened.close()
            raise CliError(f"服务器上的数据库还没有设置（合同与账户）：{shown(path)}")
        try:
            if write or user:
                log_in(opened.desk, user)
            yield opened.desk
        finally:
            opened.close()
        return
    path = Path(path).expanduser()
    if not path.is_file():
        raise CliError(f"数据库文件不存在：{path}")
    opened = open_existing(path, source=CLI, exclusive=False)  # commands run beside the GUI
    try:
        if write or user:
            log_in(opened.desk, user)
        yield opened.desk
    finally:
        opened.close()


@contextmanager
def open_desk_for(args: argparse.Namespace, write: bool = True) -> Iterator[Desk]:
    """``open_desk`` with the command's ``--db`` and ``--user``: one call for every write."""
    with open_desk(args, getattr(args, "user", None), write) as desk:
        yield desk


def percent_printer(step: int) -> Callable[[int, int], None]:
    """A progress callback printing every ``step`` percent to stderr."""
    shown = [-step]

    def progress(done: int, total: int) -> None:
        percent = 100 if total <= 0 else done * 100 // total
        if percent >= shown[0] + step or (percent == 100 and shown[0] < 100):
            shown[0] = percent
            print(f"  导出进度 {percent}%", file=sys.stderr, flush=True)

    return progress
