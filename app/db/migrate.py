"""Schema versions: upgrade to the newest on start, after an online backup of an existing file.

Alembic (with mako and pygments behind it, some 130 ms and 10 MiB) is imported only when a
migration is due: the revisions are read from the migration files' headers and the stored one
with plain SQL.
"""

from __future__ import annotations

import contextlib
import functools
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, inspect, text

from app.db import postgres, sqlite
from app.db.engine import Database, DatabaseOpenError
from app.db.file_check import VERSION_TABLE
from app.domain.i18n import QT_TRANSLATE_NOOP
from app.paths import package_folder, user_data_dir

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = package_folder("app.db.migrations")
KEEP_MIGRATION_BACKUPS = 3  # the newest copies made before a migration; older ones are pruned

# The header every migration file has (alembic's template): revision and down_revision.
_REVISION = re.compile(r"""^revision\b[^=\n]*=\s*["']([^"']+)["']""", re.MULTILINE)
_DOWN_REVISION = re.compile(
    r"""^down_revision\b[^=\n]*=\s*(?:None|["']([^"']+)["'])""", re.MULTILINE
)


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


@functools.cache
def _revision_chain() -> tuple[str, ...]:
    """Every revision of the migration files, newest first (one line of descent, one head)."""
    parent_of: dict[str, str | None] = {}
    for path in sorted((MIGRATIONS_DIR / "versions").glob("*.py")):
        source = path.read_text(encoding="utf-8")
        revision, down = _REVISION.search(source), _DOWN_REVISION.search(source)
        if revision is None or down is None:
            continue  # __init__.py
        parent_of[revision.group(1)] = down.group(1)
    heads = set(parent_of) - set(parent_of.values())
    if len(heads) != 1:
        raise RuntimeError(f"the migrations must have one head, not {sorted(heads)}")
    chain: list[str] = []
    revision: str | None = heads.pop()
    while revision is not None:
        chain.append(revision)
        revision = parent_of.get(revision)
    if len(chain) != len(parent_of):
        raise RuntimeError("the migrations are not one line of descent")
    return tuple(chain)


def head_revision() -> str:
    """The newest schema revision this program knows."""
    return _revision_chain()[0]


def known_revisions() -> list[str]:
    """Every schema revision this program knows, newest first."""
    return list(_revision_chain())


def current_revision(database: Database) -> str | None:
    """The schema revision stored in the database; None for an empty one."""
    with database.engine.connect() as connection:
        if not inspect(connection).has_table(VERSION_TABLE):
            return None
        return connection.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalar()


@dataclass(frozen=True)
class MigrationResult:
    from_revision: str | None
    to_revision: str
    backup_path: Path | None


def upgrade(database: Database, now: datetime) -> MigrationResult:
    """Bring the schema to head; an existing, older file is backed up beside itself first.

    The caller has refused a schema this program does not know (a newer program's) before.
    """
    before = current_revision(database)
    head = head_revision()
    backup_path = None
    if before == head:
        return MigrationResult(before, head, None)
    if before is not None and before not in known_revisions():
        raise ValueError(f"schema revision {before} is not one this program knows")
    stamp = now.astimezone().strftime("%Y%m%d-%H%M%S")
    if before is not None and database.path is not None:
        backup_path = database.path.with_name(f"{database.path.name}.before-{head}-{stamp}.bak")
        sqlite.online_copy(database.path, backup_path)
        prune_migration_backups(database.path)
    elif before is not None and database.is_server:
        backup_path = dump_before_migrating(database, head, stamp)
    from alembic import command

    config = alembic_config()
    with (
        database.writer.connect() as connection,
        _foreign_keys_off(connection),
        connection.begin(),
    ):
        if database.is_server:  # a second workstation starting now waits, then finds it done
            postgres.lock_for_transaction(connection, "migrate")
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
        _check_foreign_keys(connection)
    return MigrationResult(before, head, backup_path)


def server_backup_folder() -> Path:
    """Where this workstation keeps the dumps it makes of a server's database."""
    return user_data_dir() / "backups"


def dump_before_migrating(database: Database, head: str, stamp: str) -> Path:
    """pg_dump the server's database before its schema changes; refuse to migrate without it."""
    from sqlalchemy.engine import make_url

    folder = server_backup_folder()
    folder.mkdir(parents=True, exist_ok=True)
    name = make_url(database.url).database or "database"
    path = folder / f"{name}.before-{head}-{stamp}.dump"
    try:
        postgres.dump(database.url, path)
    except postgres.ToolMissingError:
        raise DatabaseOpenError(
            QT_TRANSLATE_NOOP(
                "database",
                "数据库需要升级结构，升级前必须先备份，但本工作站没有 pg_dump。"
                "请安装 PostgreSQL 客户端（Debian/麒麟/统信：apt-get install postgresql-client；"
                "Windows：PostgreSQL 安装包中的“Command Line Tools”），"
                "或在装有 pg_dump 的工作站上先启动本程序完成升级。数据库没有改动。",
            )
        ) from None
    except postgres.ToolFailure as exc:
        path.unlink(missing_ok=True)
        raise DatabaseOpenError(
            QT_TRANSLATE_NOOP("database", "升级前备份数据库失败（{reason}），数据库没有改动。"),
            reason=exc.message,
        ) from None
    return path


def prune_migration_backups(path: Path, keep: int = KEEP_MIGRATION_BACKUPS) -> list[Path]:
    """Delete all but the newest ``keep`` copies made before migrations; returns those deleted."""
    copies = sorted(path.parent.glob(f"{path.name}.before-*.bak"), key=lambda p: p.stat().st_mtime)
    pruned = copies[: max(0, len(copies) - keep)]
    for old in pruned:
        with contextlib.suppress(OSError):
            old.unlink()
    return pruned


@contextmanager
def _foreign_keys_off(connection: Connection) -> Iterator[None]:
    """SQLite's way to change a table: build a new one, copy, drop the old one, rename. With
    foreign keys on, the drop would cascade to (or be refused by) the rows that refer to the old
    table, so they are off while migrating and every reference is checked before the commit."""
    raw = connection.connection.driver_connection if _is_sqlite(connection) else None
    if raw is not None:
        raw.execute("PRAGMA foreign_keys=OFF")  # outside a transaction, or SQLite ignores it
    try:
        yield
    finally:
        if raw is not None:
            raw.execute("PRAGMA foreign_keys=ON")


def _is_sqlite(connection: Connection) -> bool:
    return connection.dialect.name == "sqlite"


def _check_foreign_keys(connection: Connection) -> None:
    if _is_sqlite(connection):
        broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
        if broken:
            raise RuntimeError(f"migration left broken references: {broken[:5]}")
