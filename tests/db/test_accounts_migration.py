"""A database made before accounts had roles (schema 0005) migrates: its first account can still
log in and administer, the others stay engineers, and the trail starts with a baseline that
``check`` verifies."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic import command

from app.db.engine import Database
from app.db.migrate import alembic_config
from app.domain import passwords
from app.domain.accounts.roles import Permission, Role
from app.services import login
from app.services.check import check_database
from app.services.setup import open_desk
from tests.conftest import ENGINEER, add_person


def _make_old_database(opened, make_ticket, path: Path) -> None:
    """A database as the program before 0007 left it: two engineers, a ticket, weak passwords."""
    make_ticket()
    add_person(opened.desk, "ligong", "李工", "Kaishi#2026", Role.ENGINEER)
    opened.close()
    database = Database.open_file(path)
    config = alembic_config()
    with database.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0005")
    database.dispose()
    with sqlite3.connect(path) as con:
        con.execute(
            "UPDATE account SET password_hash = ?", (passwords.hash_password("demo1234", 1000),)
        )
        assert "roles" not in [r[1] for r in con.execute("PRAGMA table_info(account)")]
        assert con.execute("SELECT version_num FROM alembic_version").fetchone() == ("0005",)


@pytest.mark.sqlite_only("an old database made by downgrading a file")
def test_an_old_database_migrates_and_its_first_account_administers(
    opened, make_ticket, db_path: Path, clock
) -> None:
    _make_old_database(opened, make_ticket, db_path)
    handle = open_desk(db_path, clock)
    try:
        assert handle.migration.backup_path is not None  # backed up before migrating
        with sqlite3.connect(db_path) as con:
            roles = dict(con.execute("SELECT username, roles FROM account"))
            first = con.execute("SELECT action, detail FROM audit_record WHERE id = 1").fetchone()
            baseline = con.execute(
                "SELECT count(*) FROM audit_change WHERE record_id = 1 AND op = 'baseline'"
            ).fetchone()[0]
            tickets = con.execute("SELECT count(*) FROM ticket").fetchone()[0]
        assert roles == {"sungong": "engineer admin", "ligong": "engineer"}
        assert first == ("migration", "审计记录开始：为已有数据建立基线")
        assert baseline > tickets == 1
        result = login.authenticate(handle.desk, ENGINEER[0], "demo1234")
        assert result.change_reason == login.WEAK  # the old password no longer meets the rules
        assert result.user.can(Permission.ADMINISTER) and result.user.can(Permission.WORK)
    finally:
        handle.close()
    assert all(f.ok for f in check_database(db_path)), check_database(db_path)
