"""Schema versions: upgrade to the newest on start, after an online backup of an existing file."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection

from app.db import postgres, sqlite
from app.db.engine import Database, DatabaseOpenError
from app.domain.i18n import QT_TRANSLATE_NOOP
from app.paths import package_folder, user_data_dir

MIGRATIONS_DIR = package_folder("app.db.migrations")
KEEP_MIGRATION_BACKUPS = 3  # the newest copies made before a migration; older ones are pruned


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    """The newest schema revision this program knows."""
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> list[str]:
    """Every schema revision this program knows, newest first."""
    return [s.revision for s in ScriptDirectory.from_config(alembic_config()).walk_revisions()]


def current_revision(database: Database) -> str | None:
    """The schema revision stored in the database; None for an empty one."""
    with database.engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


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
