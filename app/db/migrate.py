"""Schema versions: upgrade to the newest on start, after an online backup of an existing file."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from app.db.backup import backup_sqlite
from app.db.engine import Database
from app.paths import package_folder

MIGRATIONS_DIR = package_folder("app.db.migrations")


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    """The newest schema revision this program knows."""
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


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
    """Bring the schema to head; an existing, older file is backed up beside itself first."""
    before = current_revision(database)
    head = head_revision()
    backup_path = None
    if before == head:
        return MigrationResult(before, head, None)
    if before is not None and database.path is not None:
        stamp = now.strftime("%Y%m%d-%H%M%S")
        backup_path = database.path.with_name(f"{database.path.name}.before-{head}-{stamp}.bak")
        backup_sqlite(database.path, backup_path)
    config = alembic_config()
    with database.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    return MigrationResult(before, head, backup_path)
