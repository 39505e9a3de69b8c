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

from app.db import sqlite
from app.db.engine import Database
from app.paths import package_folder

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
    if before is not None and database.path is not None:
        stamp = now.astimezone().strftime("%Y%m%d-%H%M%S")
        backup_path = database.path.with_name(f"{database.path.name}.before-{head}-{stamp}.bak")
        sqlite.online_copy(database.path, backup_path)
        prune_migration_backups(database.path)
    config = alembic_config()
    with (
        database.writer.connect() as connection,
        _foreign_keys_off(connection),
        connection.begin(),
    ):
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
        _check_foreign_keys(connection)
    return MigrationResult(before, head, backup_path)


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
