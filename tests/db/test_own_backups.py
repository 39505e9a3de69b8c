"""The program's own backups: verified copies, daily and thinned, by hand, and restored."""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest

from app.db.backup import BackupError
from app.db.lock import InstanceLock
from app.domain.accounts.roles import Role
from app.domain.clock import FixedClock
from app.services import accounts, settings
from app.services import database_backups as backups
from app.services.check import check_database
from app.services.context import CLI, Desk
from app.services.setup import OpenedDesk, open_desk
from tests.conftest import SUPERVISOR, add_person
from tests.db.test_database_opening import damage

pytestmark = pytest.mark.sqlite_only(
    "the file's own backups; a server's: pg_dump in tests/e2e/test_cli_server.py"
)

ROOT = Path(__file__).resolve().parents[2]


def dump(path: Path) -> list[str]:
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return list(connection.iterdump())
    finally:
        connection.close()


def data_of(path: Path) -> list[str]:
    """The dump without the audit trail and the change counter the restore's record adds to."""
    return [line for line in dump(path) if "audit_" not in line and "data_generation" not in line]


def last_audit(path: Path) -> tuple[str, str, str, str, str]:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(
            "SELECT action, source, object_label, username, detail FROM audit_record"
            " ORDER BY id DESC LIMIT 1"
        ).fetchone()
    finally:
        connection.close()


def tickets(path: Path) -> int:
    connection = sqlite3.connect(path)
    try:
        return connection.execute("SELECT count(*) FROM ticket").fetchone()[0]
    finally:
        connection.close()


def test_a_backup_by_hand_is_verified_private_and_recorded(
    desk: Desk, make_ticket, tmp_path: Path, clock: FixedClock
) -> None:
    make_ticket()
    stick = tmp_path / "usb"
    stick.mkdir()
    info = backups.back_up_to(desk, stick)  # a folder: named by the time
    assert info.path.parent == stick and info.path.name.startswith("desk-备份-")
    assert stat.S_IMODE(info.path.stat().st_mode) == 0o600
    assert tickets(info.path) == 1 and info.size_bytes == info.path.stat().st_size
    assert backups.last_good_backup(desk) == info
    with pytest.raises(BackupError, match="文件已存在"):
        backups.back_up_to(desk, info.path)
    with pytest.raises(BackupError, match="文件夹不存在"):
        backups.back_up_to(desk, tmp_path / "none" / "x.sqlite3")
    assert list(stick.iterdir()) == [info.path]


def test_the_automatic_backup_runs_once_a_day_and_only_after_a_change(
    desk: Desk, make_ticket, clock: FixedClock
) -> None:
    first = backups.auto_backup_if_due(desk)
    assert first is not None and first.kind == "auto"
    assert first.path.parent == desk.db.path.parent / "backups"
    assert backups.auto_backup_if_due(desk) is None  # once a day
    clock.advance(timedelta(days=1))
    assert backups.auto_backup_if_due(desk) is None  # nothing changed since
    make_ticket()
    clock.advance(timedelta(days=1))
    second = backups.auto_backup_if_due(desk)
    assert second is not None and tickets(second.path) == 1
    settings.write_ints(desk, {settings.BACKUP_AUTO: 0})
    make_ticket()
    clock.advance(timedelta(days=1))
    assert backups.auto_backup_if_due(desk) is None  # switched off


def test_old_automatic_backups_are_thinned(desk: Desk, make_ticket, clock: FixedClock) -> None:
    made = backups.auto_backup_if_due(desk)
    assert made is not None
    folder = made.path.parent
    for days in range(2, 60):  # copies of earlier days, as if the program had run every day
        when = (clock.now() - timedelta(days=days)).astimezone()
        shutil.copy(made.path, folder / f"desk-auto-{when.strftime('%Y%m%d-%H%M%S')}.sqlite3")
    (folder / "other-auto-20200101-000000.sqlite3").write_bytes(b"not ours")
    settings.write_ints(
        desk,
        {
            settings.BACKUP_KEEP_DAILY: 7,
            settings.BACKUP_KEEP_WEEKLY: 2,
            settings.BACKUP_KEEP_MONTHLY: 1,
        },
    )
    make_ticket()
    clock.advance(timedelta(days=1))
    assert backups.auto_backup_if_due(desk) is not None
    left = backups.automatic_backups(desk.db.path)
    assert len(left) == 2 + 7 + 2 + 1  # today and yesterday, then the stages
    assert (folder / "other-auto-20200101-000000.sqlite3").exists()


def test_restore_round_trip_is_identical_and_keeps_the_replaced_database(
    opened: OpenedDesk, make_ticket, tmp_path: Path, clock: FixedClock
) -> None:
    desk = opened.desk
    for _ in range(3):
        make_ticket()
    backup = backups.back_up_to(desk, tmp_path / "backup.sqlite3")
    for _ in range(2):
        make_ticket()  # work done after the backup
    path = desk.db.path
    with pytest.raises(BackupError, match="请先退出程序"):
        backups.restore_backup(backup.path, path, clock.now())
    opened.close()
    result = backups.restore_backup(backup.path, path, clock.now())
    assert data_of(path) == data_of(backup.path)  # all of it, plus the restore's own record
    assert last_audit(path)[:3] == ("database.restore", "system", "backup.sqlite3")
    assert result.kept is not None and result.kept.parent == path.parent / "backups"
    stamp = clock.now().astimezone().strftime("%Y%m%d-%H%M%S")
    assert result.kept.name == f"desk-pre-restore-{stamp}.sqlite3"
    assert tickets(result.kept) == 5  # the replaced database, with its log, is all there
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    again = open_desk(path, clock)
    again.close()


def test_restore_refuses_a_newer_or_damaged_backup_and_changes_nothing(
    opened: OpenedDesk, make_ticket, tmp_path: Path, clock: FixedClock
) -> None:
    for _ in range(30):
        make_ticket(description="值班员反映画面卡顿，" * 30)
    newer = backups.back_up_to(opened.desk, tmp_path / "newer.sqlite3").path
    broken = backups.back_up_to(opened.desk, tmp_path / "broken.sqlite3").path
    path = opened.desk.db.path
    opened.close()
    connection = sqlite3.connect(newer)
    connection.execute("UPDATE alembic_version SET version_num = '0099'")
    connection.commit()
    connection.close()
    damage(broken)
    before = dump(path)
    with pytest.raises(BackupError, match="更新版本"):
        backups.restore_backup(newer, path, clock.now())
    with pytest.raises(BackupError, match="已损坏"):
        backups.restore_backup(broken, path, clock.now())
    assert dump(path) == before
    assert not (path.parent / "backups").exists() or not list((path.parent / "backups").iterdir())


def test_a_damaged_or_empty_database_is_replaced_by_its_backup(
    opened: OpenedDesk, make_ticket, tmp_path: Path, clock: FixedClock
) -> None:
    make_ticket()
    backup = backups.back_up_to(opened.desk, tmp_path / "good.sqlite3").path
    path = opened.desk.db.path
    opened.close()
    path.write_bytes(b"")  # what a lost database looks like
    result = backups.restore_backup(backup, path, clock.now())
    assert result.kept is not None and result.kept.stat().st_size == 0
    assert tickets(path) == 1
    with InstanceLock(path):  # the program holds the lock before its login: it may restore
        backups.restore_backup(backup, path, clock.now() + timedelta(seconds=1), lock_held=True)


def test_a_backup_taken_while_another_process_writes_is_complete(
    desk: Desk, tmp_path: Path
) -> None:
    writer = subprocess.Popen(
        [sys.executable, "-m", "tests.db.writer_process", str(desk.db.path), "150", "甲"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    copies = []
    try:
        while writer.poll() is None and len(copies) < 20:
            out = tmp_path / f"copy-{len(copies)}.sqlite3"
            copies.append(backups.back_up_to(desk, out).path)
    finally:
        _out, err = writer.communicate(timeout=300)
    assert writer.returncode == 0, err
    assert copies
    for copy in copies:
        connection = sqlite3.connect(copy)
        made = connection.execute("SELECT count(*) FROM ticket").fetchone()[0]
        numbered = connection.execute(
            "SELECT coalesce(sum(last_value), 0) FROM number_sequence WHERE prefix = 'GD'"
        ).fetchone()[0]
        notes = connection.execute(
            "SELECT count(*) FROM ticket_event WHERE kind = 'note'"
        ).fetchone()[0]
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        connection.close()
        assert made == numbered and made - 1 <= notes <= made  # one consistent moment
    assert os.path.getsize(copies[-1]) > 0


def test_a_restore_checks_the_account_in_the_backup_then_records_it_there(
    opened: OpenedDesk, make_ticket, tmp_path: Path, clock: FixedClock
) -> None:
    desk = opened.desk
    make_ticket()
    add_person(desk, *SUPERVISOR, Role.SUPERVISOR)
    left = add_person(desk, "zhaogong", "赵工", "Tingyong@2026", Role.ENGINEER)
    add_person(desk, "admin", "管理员", "Guanli@2026", Role.ADMIN)
    engineer, desk.user = desk.user, accounts.user_named(desk, "admin")
    accounts.set_active(desk, left, False)  # 赵工 has left the project
    desk.user = engineer
    backup = backups.back_up_to(desk, tmp_path / "backup.sqlite3").path
    add_person(desk, "qiangong", "钱工", "Xinlai@2026", Role.ENGINEER)  # after the backup
    path = desk.db.path
    opened.close()
    before = dump(path)
    refusals = {
        ("sungong", "wrong"): "没有账户“sungong”，或密码不正确",
        ("nobody", "Zhuchang@123"): "没有账户“nobody”，或密码不正确",
        ("qiangong", "Xinlai@2026"): "没有账户“qiangong”",  # only in the current database
        ("zhaogong", "Tingyong@2026"): "已停用",
        (SUPERVISOR[0], SUPERVISOR[2]): "只有驻场工程师或系统管理员",
    }
    for (name, password), message in refusals.items():
        with pytest.raises(BackupError, match=message):
            backups.verify_restorer(backup, name, password)
    assert dump(path) == before  # nothing replaced, nothing written
    restorer = backups.verify_restorer(backup, " admin ", "Guanli@2026")
    assert restorer == backups.Restorer("admin", "管理员")
    result = backups.restore_backup(backup, path, clock.now(), restorer=restorer, origin=CLI)
    assert result.recorded
    action, source, label, username, detail = last_audit(path)
    assert (action, source, label, username) == (
        "database.restore",
        "cli",
        "backup.sqlite3",
        "admin",
    )
    assert str(backup) in detail and str(result.kept) in detail
    # The trail, with the restore at its end, still verifies.
    assert [f.message for f in check_database(path) if not f.ok] == []


def test_a_restore_whose_record_cannot_be_written_still_stands_and_says_so(
    opened: OpenedDesk, make_ticket, tmp_path: Path, clock: FixedClock, monkeypatch
) -> None:
    make_ticket()
    backup = backups.back_up_to(opened.desk, tmp_path / "good.sqlite3").path
    path = opened.desk.db.path
    opened.close()

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise OSError("磁盘已满")

    monkeypatch.setattr(backups, "open_database", refuse)
    result = backups.restore_backup(backup, path, clock.now())
    assert not result.recorded and dump(path) == dump(backup)
