"""Failures in the GUI are seen: dialogs stay open with the reason, the hook shows the unexpected."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog
from sqlalchemy import select

from app.db import sqlite as sqlite_module
from app.db.engine import Database
from app.db.models import TicketEvent
from app.domain.tickets.workflow import Action
from app.gui.failures import ExceptionHook, FailureDialog
from app.gui.main_window import MainWindow
from app.gui.tickets.action_dialog import ActionDialog
from app.services import diagnostics
from app.services.context import Desk


@pytest.fixture
def window(qtbot, desk: Desk) -> MainWindow:
    shown = MainWindow(desk, remember_geometry=False)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitUntil(lambda: not shown.tickets_tab.model.busy, timeout=5000)
    return shown


@pytest.fixture
def log_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    diagnostics.stop_logging()
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    diagnostics.start_logging("test")
    yield diagnostics.log_path()
    diagnostics.stop_logging()


@pytest.mark.sqlite_only("another program holding the SQLite file's write lock")
def test_a_locked_database_keeps_the_action_dialog_open_with_the_reason(
    qtbot, desk: Desk, make_ticket, monkeypatch: pytest.MonkeyPatch
) -> None:
    ticket_id = make_ticket()
    monkeypatch.setattr(sqlite_module, "BUSY_TIMEOUT_MS", 300)  # the real wait is 5 s
    impatient = Desk(Database.open_file(desk.db.path), desk.clock, desk.user)
    dialog = ActionDialog(impatient, ticket_id, "GD-2026-0001", Action.NOTE)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.widgets["note"].setPlainText("更换了 PoE 模块")
    other = sqlite3.connect(desk.db.path)  # another program writing all the while
    other.execute("BEGIN IMMEDIATE")
    try:
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        assert dialog.isVisible()
        assert "数据库正被另一个程序写入" in dialog.error_label.text()
    finally:
        other.execute("ROLLBACK")
        other.close()
    with desk.db.read() as session:
        kinds = session.scalars(select(TicketEvent.kind).where(TicketEvent.ticket_id == ticket_id))
        assert list(kinds) == ["created"]  # nothing half-saved
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)  # the lock is gone: saved
    assert not dialog.isVisible()
    impatient.db.dispose()


def test_the_hook_shows_an_unexpected_failure_and_copies_its_details(qtbot, log_file: Path) -> None:
    hook = ExceptionHook()
    secret = "张警官 3号监仓"
    try:
        raise KeyError(secret)
    except KeyError as error:
        hook.on_exception(KeyError, error, error.__traceback__)
    dialog = hook.dialog
    assert isinstance(dialog, FailureDialog) and dialog.isVisible()
    assert dialog.what_label.text() == "操作失败：程序内部错误（KeyError）"
    assert str(log_file) in dialog.log_label.text()
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    copied = QGuiApplication.clipboard().text()
    assert "KeyError" in copied and "test_failures.py" in copied and secret not in copied
    assert dialog.copy_button.text() == "已复制"
    try:
        raise ZeroDivisionError("division by zero")
    except ZeroDivisionError as error:
        hook.on_exception(ZeroDivisionError, error, error.__traceback__)
    assert hook.dialog is dialog and dialog.windowTitle() == "驻场运维台 — 2 个操作失败"
    logged = log_file.read_text(encoding="utf-8")
    assert "KeyError" in logged and "ZeroDivisionError" in logged and secret not in logged
    dialog.reject()
    assert hook.dialog is None


def test_an_unexpected_render_failure_is_shown_not_raised(
    qtbot,
    window: MainWindow,
    make_ticket,
    tmp_path: Path,
    monkeypatch,
    log_file: Path,  # noqa: F811
) -> None:
    from reportlab.platypus.doctemplate import LayoutError

    from app.exports.tickets import defect_form

    def too_large(*_args: object) -> None:
        raise LayoutError("Flowable too large on page 1")

    monkeypatch.setattr(defect_form, "render_defect_form", too_large)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(tmp_path / "form.pdf"), ""))
    window.tickets_tab.show_ticket(make_ticket())
    detail = window.tickets_tab.detail
    qtbot.mouseClick(detail.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: (
            detail.printer.preview is not None and detail.printer.preview.message_box is not None
        ),
        timeout=10_000,
    )
    text = detail.printer.preview.message_box.text()
    assert "程序内部错误（LayoutError）" in text and str(log_file) in text
    assert not (tmp_path / "form.pdf").exists()
    assert "LayoutError" in log_file.read_text(encoding="utf-8")


@pytest.mark.sqlite_only("another program holding the SQLite file's write lock")
def test_a_locked_database_at_login_says_so_and_lets_the_engineer_try_again(
    qtbot, desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.gui.login_dialog import LoginDialog
    from tests.conftest import ENGINEER

    monkeypatch.setattr(sqlite_module, "BUSY_TIMEOUT_MS", 300)
    impatient = Desk(Database.open_file(desk.db.path), desk.clock)
    dialog = LoginDialog(impatient)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.usernameEdit.setText(ENGINEER[0])
    dialog.ui.passwordEdit.setText(ENGINEER[2])
    other = sqlite3.connect(desk.db.path)
    other.execute("BEGIN IMMEDIATE")
    try:
        dialog.accept()
        qtbot.waitUntil(lambda: not dialog.runner.busy, timeout=10_000)  # checked off-thread
        assert dialog.isVisible() and dialog.user is None
        assert "数据库正被另一个程序写入" in dialog.ui.errorLabel.text()
    finally:
        other.execute("ROLLBACK")
        other.close()
    dialog.accept()
    qtbot.waitUntil(lambda: dialog.user is not None, timeout=10_000)
    assert not dialog.isVisible()
    impatient.db.dispose()
