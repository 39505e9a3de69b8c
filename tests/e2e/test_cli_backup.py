"""``backup`` and ``restore`` as a user runs them, beside the running program and after it."""

from __future__ import annotations

import shutil
import sqlite3
import stat
from pathlib import Path

import pytest

from app.db.lock import InstanceLock
from tests.db.test_own_backups import data_of, last_audit
from tests.e2e.test_cli import DEMO_USER, run

pytestmark = pytest.mark.sqlite_only("backups of the SQLite file (a server's: test_cli_server)")


def dump(path: Path) -> list[str]:
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return list(connection.iterdump())
    finally:
        connection.close()


def test_backup_while_the_program_runs_then_restore_after_it(
    demo_db: Path, home: Path, tmp_path: Path
) -> None:
    db = tmp_path / "desk.sqlite3"
    shutil.copy(demo_db, db)
    out = tmp_path / "usb" / "desk-backup.sqlite3"
    out.parent.mkdir()
    with InstanceLock(db.resolve()):  # the GUI is running
        made = run("backup", "--db", str(db), "--out", str(out), home=home)
        assert made.returncode == 0, made.stderr
        assert "已备份并校验通过" in made.stdout and str(out) in made.stdout
        assert last_audit(db)[:4] == ("database.backup", "system", out.name, "system")
        signed = tmp_path / "usb" / "by-hand.sqlite3"
        made = run("backup", "--db", str(db), "--out", str(signed), "--user", DEMO_USER, home=home)
        assert made.returncode == 0, made.stderr
        assert last_audit(db)[:4] == ("database.backup", "cli", signed.name, DEMO_USER)
        again = run("backup", "--db", str(db), "--out", str(out), home=home)
        assert again.returncode == 2 and "文件已存在" in again.stderr
        refused = run("restore", str(out), "--db", str(db), "--user", DEMO_USER, home=home)
        assert refused.returncode == 1 and "请先退出程序" in refused.stderr
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    connection = sqlite3.connect(db)
    connection.execute("DELETE FROM ticket_event WHERE kind = 'note'")  # a day's work lost
    connection.commit()
    connection.close()
    anonymous = run("restore", str(out), "--db", str(db), home=home)
    assert anonymous.returncode == 1 and "请用 --user 指定恢复人" in anonymous.stderr
    wrong = run("restore", str(out), "--db", str(db), "--user", DEMO_USER, password="x", home=home)
    assert wrong.returncode == 1 and "密码不正确" in wrong.stderr
    restored = run("restore", str(out), "--db", str(db), "--user", DEMO_USER, home=home)
    assert restored.returncode == 0, restored.stderr
    assert "已从备份恢复" in restored.stdout and "原数据库已保留为" in restored.stdout
    assert "恢复人 " in restored.stdout
    assert data_of(db) == data_of(out)  # the backup, and the restore's own audit record
    assert last_audit(db)[:4] == ("database.restore", "cli", out.name, DEMO_USER)
    assert str(out) in last_audit(db)[4]
    kept = next((tmp_path / "backups").glob("desk-pre-restore-*.sqlite3"))
    assert dump(kept) != dump(out)
    checked = run("check", "--db", str(db), home=home)
    assert checked.returncode == 0, checked.stdout


def test_restore_refuses_a_file_that_is_no_backup(home: Path, tmp_path: Path) -> None:
    garbage = tmp_path / "photo.jpg"
    garbage.write_bytes(b"\xff\xd8\xff" + b"\x00" * 5000)
    db = tmp_path / "desk.sqlite3"
    result = run("restore", str(garbage), "--db", str(db), "--user", DEMO_USER, home=home)
    assert result.returncode == 1
    assert result.stderr.startswith("错误：此文件不是驻场运维台的数据库备份")
    assert "Traceback" not in result.stderr and not db.exists()
