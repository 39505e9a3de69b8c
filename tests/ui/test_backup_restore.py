"""Backups and restores from the GUI: 文件 → 备份到…, the status bar, restore before login."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QPushButton, QWidget

from app.gui.app import run_gui
from app.gui.backup_actions import BackupSettingsDialog
from app.gui.login_dialog import LoginDialog
from app.gui.main_window import MainWindow
from app.gui.restore_flow import RefusedDatabaseBox
from app.gui.setup_wizard import SetupWizard
from app.services import database_backups, settings
from app.services.context import Desk
from app.services.setup import complete_setup, open_desk
from tests.conftest import ENGINEER, contract_values, sample_ladder
from tests.db.test_database_opening import damage
from tests.ui.test_gui_start import checking, close_main, finish_wizard, log_in

POLL_MS = 20


def tickets(path: Path) -> int:
    connection = sqlite3.connect(path)
    try:
        return connection.execute("SELECT count(*) FROM ticket").fetchone()[0]
    finally:
        connection.close()


def drive(steps: list[tuple[Callable[[QWidget], bool], Callable[[QWidget], None]]]) -> list[str]:
    """Answer each modal window in turn: the first step whose test matches it acts on it."""
    seen: list[str] = []
    left = [15_000 // POLL_MS]

    def poll() -> None:
        left[0] -= 1
        modal = QApplication.activeModalWidget()
        windows = [modal] if modal else [w for w in QApplication.topLevelWidgets() if w.isVisible()]
        for widget in windows:
            if checking(widget):
                continue
            for matches, act in steps:
                if widget.isVisible() and matches(widget):
                    seen.append(widget.objectName() or type(widget).__name__)
                    act(widget)
                    if isinstance(widget, MainWindow):
                        return
                    break
        if left[0] > 0:
            QTimer.singleShot(POLL_MS, poll)
        else:
            for widget in QApplication.topLevelWidgets():
                widget.close()

    QTimer.singleShot(POLL_MS, poll)
    return seen


def is_a(kind: type) -> Callable[[QWidget], bool]:
    return lambda widget: isinstance(widget, kind)


def named(name: str) -> Callable[[QWidget], bool]:
    return lambda widget: widget.objectName() == name


def click(text: str) -> Callable[[QWidget], None]:
    def act(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        [button] = [b for b in box.buttons() if b.text() == text]
        button.click()

    return act


def info_box(widget: QWidget) -> bool:
    return type(widget) is QMessageBox and widget.objectName() == ""


def ok(box: QWidget) -> None:
    assert isinstance(box, QMessageBox)
    box.accept()


@pytest.fixture
def set_up(db_path: Path) -> Path:
    handle = open_desk(db_path)
    complete_setup(handle.desk, contract_values(), sample_ladder(), *ENGINEER)
    handle.close()
    return db_path


@pytest.mark.sqlite_only("copies the SQLite file (a server's: the test below)")
def test_backup_to_from_the_file_menu_and_the_status_bar(
    qtbot, desk: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = MainWindow(desk, remember_geometry=False)
    qtbot.addWidget(window)
    window.show()
    label = window.status_bar.data_backup_label
    assert label.text() == "数据未备份" and label.property("alarm")
    out = tmp_path / "usb" / "备份.sqlite3"
    out.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(out), ""))
    window.backup_action.trigger()
    qtbot.waitUntil(lambda: window.backup_runner.message_box is not None, timeout=20_000)
    assert "已备份并校验通过" in window.backup_runner.message_box.text()
    assert tickets(out) == 0 and out.stat().st_size > 10_000
    assert label.text() == "数据备份 今天" and not label.property("alarm")
    assert str(out) in label.toolTip()


@pytest.mark.sqlite_only("the daily copy of a file; a server's dumps are its administrator's")
def test_the_automatic_backup_runs_in_the_background(qtbot, desk: Desk, make_ticket) -> None:
    make_ticket()
    window = MainWindow(desk, remember_geometry=False)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.auto_backup.finished, timeout=20_000) as made:
        window.auto_backup.check()
    info = made.args[0]
    assert info is not None and info.path.parent.name == "backups" and tickets(info.path) == 1
    assert window.status_bar.data_backup_label.text() == "数据备份 今天"


def test_backup_settings_are_saved_in_the_database(qtbot, desk: Desk) -> None:
    dialog = BackupSettingsDialog(desk)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.auto_check.isChecked()
    qtbot.keyClick(dialog.auto_check, Qt.Key.Key_Space)  # off
    daily = dialog.spins[settings.BACKUP_KEEP_DAILY]
    daily.selectAll()
    qtbot.keyClicks(daily, "30")
    save = [b for b in dialog.findChildren(QPushButton) if b.text() == "保存"][0]
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert settings.read_int(desk, settings.BACKUP_KEEP_DAILY) == 30
    assert settings.read_int(desk, settings.BACKUP_AUTO) == 0


def test_restore_before_login_then_log_in(
    qapp, set_up: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    handle = open_desk(set_up)
    backup = database_backups.back_up_to(handle.desk, tmp_path / "good.sqlite3").path
    handle.close()
    connection = sqlite3.connect(set_up)
    connection.execute("DELETE FROM escalation_contact")  # something lost since
    connection.commit()
    connection.close()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a: (str(backup), ""))
    restored = {"clicked": False}

    def ask_restore(dialog: QWidget) -> None:
        assert isinstance(dialog, LoginDialog)
        if restored["clicked"]:
            log_in(dialog)
        else:
            restored["clicked"] = True
            dialog.restore_button.click()

    seen = drive(
        [
            (is_a(LoginDialog), ask_restore),
            (named("RestoreConfirmBox"), click("恢复")),
            (info_box, ok),
            (is_a(MainWindow), close_main),
        ]
    )
    assert run_gui(set_up) == 0
    assert seen == ["LoginDialog", "RestoreConfirmBox", "QMessageBox", "LoginDialog", "MainWindow"]
    connection = sqlite3.connect(set_up)
    assert connection.execute("SELECT count(*) FROM escalation_contact").fetchone()[0] == 3
    restores = connection.execute(
        "SELECT source, username, object_label, detail FROM audit_record"
        " WHERE action = 'database.restore'"
    ).fetchall()
    connection.close()
    [(source, username, label, detail)] = restores  # the program's, done before anyone logged in
    assert (source, username, label) == ("system", "system", "good.sqlite3")
    assert str(backup) in detail and "登录前" in detail
    assert list((set_up.parent / "backups").glob("desk-pre-restore-*.sqlite3"))


def test_a_zero_byte_database_offers_a_new_one_and_keeps_the_file(
    qapp, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db_path.touch()
    seen = drive(
        [
            (is_a(RefusedDatabaseBox), click("在此新建数据库（原文件改名保留）")),
            (is_a(SetupWizard), finish_wizard),
            (is_a(MainWindow), close_main),
        ]
    )
    assert run_gui(db_path) == 0
    assert seen == ["RefusedDatabaseBox", "SetupWizard", "MainWindow"]
    assert "数据库文件是空的" in capsys.readouterr().err
    [aside] = db_path.parent.glob("desk.sqlite3.set-aside-*")
    assert aside.stat().st_size == 0 and db_path.stat().st_size > 0


def test_a_damaged_database_offers_restore_not_a_new_one(
    qapp, set_up: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    handle = open_desk(set_up)
    backup = database_backups.back_up_to(handle.desk, tmp_path / "good.sqlite3").path
    handle.close()
    damage(set_up)
    buttons: list[list[str]] = []

    def restore(box: QWidget) -> None:
        assert isinstance(box, RefusedDatabaseBox)
        buttons.append(sorted(b.text() for b in box.buttons()))
        box.restore_button.click()

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a: (str(backup), ""))
    seen = drive(
        [
            (is_a(RefusedDatabaseBox), restore),
            (named("RestoreConfirmBox"), click("恢复")),
            (info_box, ok),
            (is_a(LoginDialog), log_in),
            (is_a(MainWindow), close_main),
        ]
    )
    assert run_gui(set_up) == 0
    assert seen[0] == "RefusedDatabaseBox" and seen[-1] == "MainWindow"
    assert buttons == [["从备份恢复…", "退出"]]
    [kept] = (set_up.parent / "backups").glob("desk-pre-restore-*.sqlite3")
    assert kept.stat().st_size > 0  # the damaged file, kept for whoever investigates


@pytest.mark.postgresql_only("backs up a database on the server")
def test_backup_to_on_a_server_is_a_dump_that_restores(
    qtbot, opened, make_ticket, db_target: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import shutil

    from sqlalchemy import func, select

    from app.db.models import AuditRecord, Ticket
    from app.services import server_backups
    from app.services.server_check import check_server

    if shutil.which("pg_dump") is None:
        pytest.skip("needs the PostgreSQL client tools")
    desk = opened.desk
    make_ticket()
    window = MainWindow(desk, remember_geometry=False)
    qtbot.addWidget(window)
    window.show()
    assert not window.backup_settings_action.isEnabled()  # the server's dumps are its own
    with qtbot.waitSignal(window.auto_backup.finished, timeout=20_000) as made:
        window.auto_backup.check()
    assert made.args[0] is None  # no daily copy from each workstation
    asked: list[tuple[str, str]] = []

    def save_as(_parent, _title, proposed, name_filter, *_rest):
        asked.append((Path(proposed).name, name_filter))
        return str(tmp_path / Path(proposed).name), name_filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    window.backup_action.trigger()
    qtbot.waitUntil(lambda: window.backup_runner.message_box is not None, timeout=30_000)
    assert "已备份并校验通过" in window.backup_runner.message_box.text()
    [(name, name_filter)] = asked
    assert name.endswith(".dump") and "*.dump" in name_filter
    dump = tmp_path / name
    assert dump.stat().st_mode & 0o077 == 0
    assert window.status_bar.data_backup_label.text() == "数据备份 今天"
    with desk.db.read() as session:
        last = session.scalars(select(AuditRecord).order_by(AuditRecord.id.desc())).first()
    assert (last.action, last.source, last.object_label) == ("database.backup", "gui", name)
    assert last.username == ENGINEER[0]

    make_ticket(title="备份之后登记的工单")  # not in the dump: gone after the restore
    restorer = server_backups.verify_restorer(dump, ENGINEER[0], ENGINEER[2])
    with pytest.raises(database_backups.BackupError, match="其他工作站"):
        server_backups.restore_dump(dump, db_target, desk.clock.now(), tmp_path, restorer)
    window.close()
    desk.db.dispose()  # this workstation quits, as a restore on a server asks
    result = server_backups.restore_dump(dump, db_target, desk.clock.now(), tmp_path, restorer)
    assert result.recorded and result.kept is not None and result.kept.exists()
    with desk.db.read() as session:
        assert session.scalar(select(func.count()).select_from(Ticket)) == 1
        last = session.scalars(select(AuditRecord).order_by(AuditRecord.id.desc())).first()
    assert (last.action, last.object_label, last.username) == (
        "database.restore",
        name,
        ENGINEER[0],
    )
    assert all(finding.ok for finding in check_server(db_target)), check_server(db_target)
