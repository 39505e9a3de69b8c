"""Backups of a database on a PostgreSQL server: pg_dump by hand, pg_restore to put one back.

The copy is pg_dump's custom format (one consistent snapshot, compressed), written under a
temporary name, read back with ``pg_restore --list`` and renamed only when whole. Where the
client programs are not installed, the message says what to install or what to run on the server.
The server's own scheduled dumps stay the server administrator's job; this is the engineer's copy
onto a USB stick and the dump kept before every schema upgrade.
"""

from __future__ import annotations

import contextlib
import logging
import os
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.engine import make_url

from app.db import postgres
from app.db.backup import BackupError, CopyAccount, CopyInfo
from app.db.engine import Database
from app.db.file_check import VERSION_TABLE
from app.db.migrate import head_revision, known_revisions, server_backup_folder
from app.db.opening import open_server
from app.domain.i18n import QT_TRANSLATE_NOOP
from app.domain.validation import clean_text
from app.services.context import CLI
from app.services.restorers import Restorer, check_restorer, record_restore_in

SUFFIX = ".dump"
STAMP = "%Y%m%d-%H%M%S"
log = logging.getLogger(__name__)

_MISSING = QT_TRANSLATE_NOOP(
    "backup",
    "本工作站没有 {tool}，无法备份或恢复服务器上的数据库。请安装 PostgreSQL 客户端"
    "（Debian/麒麟/统信：apt-get install postgresql-client；Windows：PostgreSQL 安装包中的"
    "“Command Line Tools”），或请服务器管理员在服务器上运行：pg_dump -Fc -f 备份文件 {database}",
)


def default_name(url: str, now: datetime) -> str:
    """``<database>-备份-<time>.dump``."""
    return f"{make_url(url).database}-备份-{now.astimezone().strftime(STAMP)}{SUFFIX}"


def _tool_error(exc: postgres.ToolMissingError, url: str) -> BackupError:
    return BackupError(_MISSING, tool=exc.tool, database=make_url(url).database)


def dump_to(database: Database, out: Path) -> CopyInfo:
    """pg_dump the server's database to ``out`` (private, whole or not at all), then read it back."""
    url = _url(database)
    partial = out.with_name(f".{out.name}.partial-{os.getpid()}")
    with database.engine.connect() as connection:
        generation = postgres.current_generation(connection)
        revision = connection.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalar()
    try:
        partial.touch(mode=0o600, exist_ok=False)
        postgres.dump(url, partial)
        verify_dump(partial)
        os.replace(partial, out)
    except postgres.ToolMissingError as exc:
        raise _tool_error(exc, url) from None
    except postgres.ToolFailure as exc:
        raise BackupError(
            QT_TRANSLATE_NOOP("backup", "无法备份服务器上的数据库：{reason}"), reason=exc.message
        ) from None
    finally:
        with contextlib.suppress(OSError):
            partial.unlink()
    return CopyInfo(out, out.stat().st_size, str(revision or ""), generation)


def verify_dump(path: Path) -> list[str]:
    """A dump fit to restore: pg_restore reads its whole table of contents, with the program's
    schema version and audit trail in it; ``BackupError`` otherwise. Returns that listing."""
    with _reading_dump(path):
        listing = postgres.list_dump(path)
    contents = "\n".join(listing)
    if f"TABLE DATA public {VERSION_TABLE}" not in contents or "audit_record" not in contents:
        raise BackupError(
            QT_TRANSLATE_NOOP("backup", "此文件不是驻场运维台的数据库备份：{path}"), path=path
        )
    return listing


@dataclass(frozen=True)
class DumpFacts:
    """What a verified dump is: when it was made and its schema version."""

    path: Path
    created_at: str
    revision: str


def read_dump(path: Path) -> DumpFacts:
    """Verify the dump ``path`` and say what it is; refused (``BackupError``) if a newer program
    made it, before anything is replaced."""
    path = Path(path).expanduser().resolve()
    listing = verify_dump(path)
    versions = _dump_rows(path, VERSION_TABLE)
    revision = str(versions[0].get("version_num") or "") if versions else ""
    if revision not in known_revisions():
        raise BackupError(
            QT_TRANSLATE_NOOP(
                "backup",
                "此备份由更新版本的驻场运维台创建（数据库结构版本 {revision}），"
                "本程序只支持到结构版本 {head}，不能恢复：{path}",
            ),
            revision=revision or "?",
            head=head_revision(),
            path=path,
        )
    return DumpFacts(path, postgres.dump_created_at(listing), revision)


def _dump_rows(path: Path, table: str) -> list[dict[str, str | None]]:
    with _reading_dump(path):
        return postgres.dump_table(path, table)


@contextlib.contextmanager
def _reading_dump(path: Path) -> Iterator[None]:
    """pg_restore's failures on the dump ``path`` as the program's Chinese messages."""
    try:
        yield
    except postgres.ToolMissingError as exc:
        raise BackupError(_MISSING, tool=exc.tool, database="") from None
    except postgres.ToolFailure as exc:
        raise BackupError(
            QT_TRANSLATE_NOOP("backup", "此文件不是可用的数据库备份：{path}（{reason}）"),
            path=path,
            reason=exc.message.splitlines()[0] if exc.message else "?",
        ) from None


def account_in_dump(path: Path, username: str) -> CopyAccount | None:
    """The account ``username`` as the dump holds it (read only), or None."""
    for row in _dump_rows(path, "account"):
        if row.get("username") == username:
            return CopyAccount(
                username,
                str(row.get("display_name") or ""),
                str(row.get("password_hash") or ""),
                row.get("active") == "t",
                str(row.get("roles") or ""),
            )
    return None


def verify_restorer(source: Path, username: str, password: str) -> Restorer:
    """The account that may restore the dump ``source``: in that dump, active, engineer or
    administrator, with this password (the rule of a file's restore). Checked before anything
    is replaced."""
    source = Path(source).expanduser().resolve()
    read_dump(source)  # a foreign or newer dump is said as such, not as a wrong password
    name = clean_text(username)
    return check_restorer(account_in_dump(source, name), name, password)


def _url(database: Database) -> str:
    url = database.url
    return url if isinstance(url, str) else url.render_as_string(hide_password=False)


@dataclass(frozen=True)
class ServerRestore:
    """What a restore put back, and where the database it replaced was kept (a dump)."""

    source: Path
    target: str
    kept: Path | None
    created_at: str = ""
    revision: str = ""
    recorded: bool = True  # the audit record of the restore was written in the restored database


def other_sessions(database: Database) -> int:
    """How many other connections the server has to this database (other workstations)."""
    with database.engine.connect() as connection:
        return int(
            connection.execute(
                text(
                    "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                    "AND pid <> pg_backend_pid()"
                )
            ).scalar_one()
        )


def restore_dump(
    source: Path,
    url: str,
    now: datetime,
    keep_folder: Path | None = None,
    restorer: Restorer | None = None,
    origin: str = CLI,
) -> ServerRestore:
    """Replace the server's database with the dump ``source``, keeping a dump of it first.

    Refused while any other program is connected to that database (every workstation must quit
    first); pg_restore runs in one transaction, so a failure leaves the database as it was. The
    restored database then records who restored which dump, made when: ``restorer`` (see
    ``verify_restorer``), or the program itself when None.
    """
    source = Path(source).expanduser().resolve()
    facts = read_dump(source)
    database = Database.open_url(url)
    try:
        if other_sessions(database):
            raise BackupError(
                QT_TRANSLATE_NOOP(
                    "backup",
                    "还有其他工作站或程序连接着此数据库：{where}。请所有工作站先退出驻场运维台，再恢复备份。",
                ),
                where=database.display_name(),
            )
        kept = None
        with database.engine.connect() as connection:
            empty = not postgres.table_names(connection)
        if not empty:  # an empty database (new on the server) has nothing to keep
            keep_folder = keep_folder or server_backup_folder()
            keep_folder.mkdir(mode=0o700, parents=True, exist_ok=True)
            name = make_url(url).database
            stamp = now.astimezone().strftime(STAMP)
            kept = keep_folder / f"{name}-pre-restore-{stamp}{SUFFIX}"
            dump_to(database, kept)
    finally:
        database.dispose()
    try:
        postgres.restore(url, source)
    except postgres.ToolMissingError as exc:
        raise _tool_error(exc, url) from None
    except postgres.ToolFailure as exc:
        raise BackupError(
            QT_TRANSLATE_NOOP("backup", "恢复失败，数据库保持原样：{reason}"), reason=exc.message
        ) from None
    log.info(
        "restored %s from %s; the replaced one dumped to %s",
        postgres.display_url(url),
        source,
        kept,
    )
    result = ServerRestore(
        source, postgres.display_url(url), kept, facts.created_at, facts.revision
    )
    return replace(result, recorded=_record_restore(result, url, restorer, origin, now))


def _record_restore(
    result: ServerRestore, url: str, restorer: Restorer | None, origin: str, now: datetime
) -> bool:
    """Append the restore to the restored database's audit trail (migrating an older dump, as
    the next start would); False, and logged, if that fails: the restore itself stands."""
    kept = f"；原数据库已导出保留为 {result.kept}" if result.kept else "；原数据库是空的"
    who = "" if restorer else "（由程序执行）"
    detail = (
        f"从备份文件 {result.source} 恢复{who}，备份时间 {result.created_at or '?'}，"
        f"备份的数据库结构版本 {result.revision}{kept}"
    )
    return record_restore_in(
        lambda: open_server(url, now)[0], restorer, origin, now, result.source.name, detail
    )
