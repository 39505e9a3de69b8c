"""Databases the program must not touch are refused untouched; new ones are made whole and private."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import stat
from pathlib import Path

import pytest

from app.db import sqlite
from app.db.lock import InstanceLock
from app.db.migrate import head_revision, prune_migration_backups
from app.db.opening import DatabaseRefusedError
from app.domain.clock import FixedClock
from app.services.check import check_database
from app.services.context import Desk
from app.services.setup import DatabaseOpenError, OpenedDesk, open_desk
from tests.conftest import START

pytestmark = pytest.mark.sqlite_only(
    "the database file: permissions, damage, locks, migration copies"
)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def siblings(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir())


def damage(path: Path) -> None:
    """Overwrite a few pages in the middle of the file, as a failing disk would."""
    size = path.stat().st_size
    with open(path, "r+b") as handle:
        handle.seek(size // 2 // 4096 * 4096)
        handle.write(os.urandom(4096 * 3))


@pytest.fixture
def closed_db(opened: OpenedDesk, make_ticket) -> Path:
    """A set-up database with tickets, closed (its log folded in)."""
    for _ in range(40):
        make_ticket(description="摄像机画面黑屏，" * 40)
    path = opened.desk.db.path
    opened.close()
    return path


def test_a_new_database_is_private_and_made_whole(tmp_path: Path, clock: FixedClock) -> None:
    path = tmp_path / "new.sqlite3"
    handle = open_desk(path, clock)
    try:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        wal = Path(f"{path}-wal")
        assert not wal.exists() or stat.S_IMODE(wal.stat().st_mode) == 0o600
    finally:
        handle.close()
    assert [n for n in siblings(path) if ".new-" in n] == []


def test_an_existing_world_readable_database_is_made_private(closed_db: Path, clock) -> None:
    closed_db.chmod(0o644)
    assert not check_database(closed_db)[0].ok  # the check says so, and changes nothing
    assert stat.S_IMODE(closed_db.stat().st_mode) == 0o644
    open_desk(closed_db, clock).close()
    assert stat.S_IMODE(closed_db.stat().st_mode) == 0o600


def test_a_zero_byte_file_is_refused_unless_a_new_database_is_chosen(
    tmp_path: Path, clock: FixedClock
) -> None:
    path = tmp_path / "desk.sqlite3"
    path.touch()
    with pytest.raises(DatabaseRefusedError, match="数据库文件是空的") as refused:
        open_desk(path, clock)
    assert refused.value.replaceable
    assert path.stat().st_size == 0 and siblings(path) == ["desk.sqlite3", "desk.sqlite3.lock"]
    handle = open_desk(path, clock, create_new=True)
    handle.close()
    assert path.stat().st_size > 0
    stamp = clock.now().astimezone().strftime("%Y%m%d-%H%M%S")
    assert [n for n in siblings(path) if "set-aside" in n] == [f"desk.sqlite3.set-aside-{stamp}"]


def test_a_blank_sqlite_file_is_refused_like_an_empty_one(tmp_path: Path, clock) -> None:
    path = tmp_path / "blank.sqlite3"
    sqlite3.connect(path).execute("PRAGMA user_version=1").connection.close()
    before = digest(path)
    with pytest.raises(DatabaseRefusedError, match="数据库文件是空的"):
        open_desk(path, clock)
    assert digest(path) == before


def test_a_foreign_sqlite_file_is_refused_untouched(tmp_path: Path, clock) -> None:
    path = tmp_path / "other.db"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE notes (body TEXT)")
    connection.commit()
    connection.close()
    before = digest(path)
    with pytest.raises(DatabaseRefusedError, match="不是驻场运维台的数据库"):
        open_desk(path, clock)
    assert digest(path) == before and "other.db-wal" not in siblings(path)


def test_a_newer_schema_is_refused_without_a_backup(closed_db: Path, clock) -> None:
    connection = sqlite3.connect(closed_db)
    connection.execute("UPDATE alembic_version SET version_num = '0099'")
    connection.commit()
    connection.close()
    before = digest(closed_db)
    with pytest.raises(DatabaseRefusedError, match="更新版本") as refused:
        open_desk(closed_db, clock)
    message = str(refused.value)
    assert "0099" in message and "0.1.0" in message and head_revision() in message
    assert not refused.value.replaceable
    assert digest(closed_db) == before
    assert not [n for n in siblings(closed_db) if n.endswith(".bak")]
    findings = check_database(closed_db)
    assert any("由更新版本的程序创建" in f.message and not f.ok for f in findings)
    assert not any("自动升级" in f.message for f in findings)


def test_a_damaged_database_is_refused_and_check_reports_every_finding(
    closed_db: Path, clock
) -> None:
    damage(closed_db)
    before = digest(closed_db)
    with pytest.raises(DatabaseRefusedError, match="数据库文件已损坏") as refused:
        open_desk(closed_db, clock)
    assert "从备份恢复" in str(refused.value) and not refused.value.replaceable
    findings = check_database(closed_db)
    assert digest(closed_db) == before
    bad = [f.message for f in findings if not f.ok]
    assert any(m.startswith("完整性检查：") for m in bad), findings
    steps = {m.split("：")[0] for m in (f.message for f in findings)}
    assert {"文件权限", "完整性检查"} <= steps and len(steps) >= 3, findings


def test_a_command_opens_beside_the_running_program(opened: OpenedDesk, db_path: Path) -> None:
    beside = open_desk(db_path, FixedClock(START), exclusive=False)
    try:
        assert isinstance(beside.desk, Desk) and not beside.lock.held
    finally:
        beside.close()
    assert opened.lock.held


def test_an_older_schema_waits_for_the_running_program_to_close(
    closed_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    connection = sqlite3.connect(closed_db)
    connection.execute("UPDATE alembic_version SET version_num = '0005'")
    connection.commit()
    connection.close()
    with InstanceLock(closed_db.resolve()), pytest.raises(DatabaseOpenError, match="请先关闭"):
        open_desk(closed_db, FixedClock(START), exclusive=False)


def test_migration_backups_are_pruned_to_the_newest_three(tmp_path: Path) -> None:
    path = tmp_path / "desk.sqlite3"
    path.write_bytes(b"")
    made = []
    for index in range(5):
        copy = tmp_path / f"desk.sqlite3.before-0006-2026010{index}-000000.bak"
        copy.write_bytes(b"x")
        os.utime(copy, (1_700_000_000 + index, 1_700_000_000 + index))
        made.append(copy)
    assert prune_migration_backups(path) == made[:2]
    assert sorted(p for p in tmp_path.glob("*.bak")) == made[2:]


def test_online_copy_is_private_and_self_contained(closed_db: Path, tmp_path: Path) -> None:
    copy = sqlite.online_copy(closed_db, tmp_path / "copy.sqlite3")
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    with sqlite.read_only(copy) as connection:
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert connection.execute("SELECT count(*) FROM ticket").fetchone()[0] == 40
