"""Migrations build exactly the models' schema; opening locks the file; bad files get a message."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from app.db import text_index
from app.db.engine import Database, DatabaseOpenError
from app.db.lock import AlreadyRunningError
from app.db.migrate import (
    alembic_config,
    current_revision,
    head_revision,
    known_revisions,
)
from app.db.models import Base
from app.db.sqlite import online_copy
from app.services.check import check_database
from app.services.setup import open_desk


def test_migrations_match_the_models(opened) -> None:
    engine = opened.desk.db.engine
    with engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"include_name": text_index.outside_models}
        )
        assert compare_metadata(context, Base.metadata) == []
    assert current_revision(opened.desk.db) == head_revision()


def test_revisions_read_from_the_files_are_alembics() -> None:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    assert head_revision() == script.get_current_head()
    assert known_revisions() == [s.revision for s in script.walk_revisions()]


def test_an_empty_database_has_no_revision(tmp_path: Path) -> None:
    database = Database.open_file(tmp_path / "empty.sqlite3")
    try:
        assert current_revision(database) is None
    finally:
        database.dispose()


@pytest.mark.sqlite_only("SQLite's pragmas, file lock and backup API")
def test_sqlite_runs_with_foreign_keys_wal_and_full_sync(opened) -> None:
    with opened.desk.db.engine.connect() as connection:
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL


@pytest.mark.sqlite_only("SQLite's pragmas, file lock and backup API")
def test_second_copy_on_the_same_database_is_refused(opened, db_path, clock) -> None:
    with pytest.raises(AlreadyRunningError, match="另一个驻场运维台程序正在使用此数据库"):
        open_desk(db_path, clock)
    opened.close()
    again = open_desk(db_path, clock)  # released on close
    again.close()


def test_a_file_that_is_not_a_database_gets_a_clear_message(tmp_path: Path, clock) -> None:
    garbage = tmp_path / "notes.sqlite3"
    garbage.write_bytes(os.urandom(4096))
    with pytest.raises(DatabaseOpenError, match="不是驻场运维台的数据库"):
        open_desk(garbage, clock)
    again = tmp_path / "notes.sqlite3"
    assert again.read_bytes() == garbage.read_bytes()


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write a read-only file")
def test_read_only_database_gets_a_clear_message(opened, db_path, clock) -> None:
    opened.close()
    db_path.chmod(0o444)
    with pytest.raises(DatabaseOpenError, match="不可写"):
        open_desk(db_path, clock)


@pytest.mark.sqlite_only("SQLite's pragmas, file lock and backup API")
def test_online_backup_is_a_complete_database(opened, make_ticket, tmp_path: Path) -> None:
    make_ticket()
    copy = online_copy(opened.desk.db.path, tmp_path / "copy.sqlite3")
    database = Database.open_file(copy)
    with database.engine.connect() as connection:
        assert connection.execute(text("SELECT number FROM ticket")).scalar() == "GD-2026-0001"
    database.dispose()
    findings = check_database(copy)
    assert all(f.ok for f in findings), findings
    assert not [p for p in tmp_path.iterdir() if "partial" in p.name]


@pytest.mark.sqlite_only("the file's copy before migrating (a server's: pg_dump, in open_server)")
def test_an_older_schema_is_backed_up_before_migrating(opened, db_path, clock, monkeypatch):
    """Simulate a newer program: the file on disk is one revision behind its head."""
    from alembic import command

    from app.db import migrate

    stored = head_revision()
    opened.close()
    monkeypatch.setattr(migrate, "head_revision", lambda: "9999")
    monkeypatch.setattr(command, "upgrade", lambda config, target: None)
    result = migrate.upgrade(Database.open_file(db_path), clock.now())
    assert result.from_revision == stored
    assert result.backup_path is not None
    assert result.backup_path.name.startswith("desk.sqlite3.before-9999-")
    assert all(f.ok for f in check_database(result.backup_path))


@pytest.mark.postgresql_only("a server's copy before migrating")
def test_a_servers_older_schema_is_dumped_before_migrating_or_left_alone(
    opened, db_target, clock, monkeypatch, tmp_path: Path
):
    """Simulate a newer program on the server: pg_dump first, and without pg_dump, no change."""
    import shutil
    import subprocess

    from alembic import command

    from app.db import migrate, postgres

    stored = head_revision()
    opened.close()
    monkeypatch.setattr(migrate, "head_revision", lambda: "9999")
    monkeypatch.setattr(command, "upgrade", lambda config, target: None)
    monkeypatch.setattr(migrate, "server_backup_folder", lambda: tmp_path)
    database = Database.open_url(db_target)
    try:
        if shutil.which("pg_dump") is not None:
            result = migrate.upgrade(database, clock.now())
            assert result.from_revision == stored and result.backup_path is not None
            assert result.backup_path.name.endswith(".dump") and "before-9999-" in str(
                result.backup_path
            )
            listing = subprocess.run(
                ["pg_restore", "--list", str(result.backup_path)],
                capture_output=True,
                text=True,
                check=True,
            ).stdout
            assert "TABLE DATA public ticket " in listing

        def no_pg_dump(*_args, **_kwargs):
            raise postgres.ToolMissingError("pg_dump")

        monkeypatch.setattr(postgres, "dump", no_pg_dump)
        with pytest.raises(DatabaseOpenError) as refused:
            migrate.upgrade(database, clock.now())
        assert "没有 pg_dump" in str(refused.value.args[0])
        assert current_revision(database) == stored
    finally:
        database.dispose()


def test_a_failed_write_is_a_storage_error_and_saves_nothing(desk) -> None:
    from sqlalchemy import func, select

    from app.db.models import Place
    from app.services.context import StorageError

    with pytest.raises(StorageError, match="数据库操作失败"), desk.db.transaction() as session:
        session.add(Place(name="中心机房"))
        session.add(Place(name="中心机房"))  # the unique name is violated at commit
    with desk.db.read() as session:
        assert session.scalar(select(func.count(Place.id))) == 0
