"""连接数据库 as a user fills it in, and a second workstation's work showing up on this one."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from app.gui import ui_settings
from app.gui.change_watch import ChangeWatcher
from app.gui.connect_dialog import ConnectDialog, remembered_server
from app.gui.main_window import MainWindow
from app.services import accounts
from app.services.context import Desk
from app.services.server_connection import ServerSettings
from app.services.setup import OpenedDesk, open_desk
from app.services.tickets import calls
from tests.conftest import ENGINEER, call_values

SECRET = "Mima-Bu-Baocun-9"


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def choose(qtbot, radio) -> None:
    """Click the radio button's circle (its row is wider than what answers a click)."""
    qtbot.mouseClick(radio, Qt.MouseButton.LeftButton, pos=QPoint(6, radio.height() // 2))


def ok_button(dialog: ConnectDialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def settings_text() -> str:
    path = ui_settings.UiSettings()._store.fileName()  # noqa: SLF001 - what is on disk
    with open(path, encoding="utf-8", errors="replace") as handle:
        return handle.read()


def test_the_file_is_the_default_and_server_fields_wait_for_their_choice(qtbot) -> None:
    dialog = ConnectDialog(None, "/srv/desk.sqlite3")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.file_choice.isChecked()
    assert not dialog.server_box.isEnabled() and not dialog.test_button.isEnabled()
    choose(qtbot, dialog.server_choice)
    assert dialog.server_box.isEnabled() and dialog.test_button.isEnabled()


def test_an_empty_required_field_is_named_and_nothing_is_tried(qtbot) -> None:
    dialog = ConnectDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    choose(qtbot, dialog.server_choice)
    qtbot.keyClicks(dialog.host_edit, "192.168.10.5")
    click(qtbot, ok_button(dialog))
    assert dialog.status_label.text() == "请填写“数据库名”"
    assert dialog.isVisible() and dialog.url is None
    assert dialog.focusWidget() is dialog.database_edit


def test_a_server_that_refuses_says_why_and_the_dialog_stays_open(qtbot) -> None:
    dialog = ConnectDialog(ServerSettings("127.0.0.1", 1, "desk", "duty", "disable"))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.server_choice.isChecked()
    assert dialog.focusWidget() is dialog.password_edit
    qtbot.keyClicks(dialog.password_edit, SECRET)
    click(qtbot, ok_button(dialog))
    qtbot.waitUntil(lambda: ok_button(dialog).isEnabled(), timeout=15_000)
    message = dialog.status_label.text()
    assert "无法连接数据库服务器" in message and "127.0.0.1" in message
    assert SECRET not in message
    assert dialog.isVisible() and dialog.url is None
    assert remembered_server() is None


@pytest.mark.postgresql_only("connects to the test server")
def test_connecting_remembers_the_server_but_never_the_password(qtbot, db_target: str) -> None:
    from sqlalchemy.engine import make_url

    url = make_url(db_target)
    dialog = ConnectDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    choose(qtbot, dialog.server_choice)
    qtbot.keyClicks(dialog.host_edit, url.host or "")
    dialog.port_spin.setValue(url.port or 5432)
    qtbot.keyClicks(dialog.database_edit, url.database or "")
    qtbot.keyClicks(dialog.user_edit, url.username or "")
    qtbot.keyClicks(dialog.password_edit, url.password or "")
    click(qtbot, dialog.test_button)
    qtbot.waitUntil(lambda: dialog.test_button.isEnabled(), timeout=15_000)
    assert dialog.status_label.text() == "连接成功：驻场运维台数据库"
    click(qtbot, ok_button(dialog))
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=15_000)
    assert make_url(dialog.url).password == url.password
    server = remembered_server()
    assert server is not None and server.database == url.database
    # (the test server's password is also its user's name: look past the user line)
    stored = [line for line in settings_text().splitlines() if not line.startswith("user=")]
    assert not any(url.password in line or "password" in line for line in stored)


@pytest.fixture
def other_workstation(db_target, clock) -> Iterator[Desk]:
    """The same database opened by a second program, its engineer logged in."""
    handle: OpenedDesk = open_desk(db_target, clock, exclusive=False)
    handle.desk.user = accounts.user_named(handle.desk, ENGINEER[0])
    yield handle.desk
    handle.close()


def test_a_file_has_no_other_workstation_to_watch(qtbot, desk: Desk, db_backend: str) -> None:
    if db_backend != "sqlite":
        pytest.skip("the file case")
    watcher = ChangeWatcher(desk)
    watcher.start()
    assert not watcher.timer.isActive()
    watcher.stop()


@pytest.mark.postgresql_only("several workstations need a server")
def test_another_workstations_ticket_reaches_this_queue_within_seconds(
    qtbot, desk: Desk, other_workstation: Desk
) -> None:
    window = MainWindow(desk)
    qtbot.addWidget(window)
    window.show()
    model = window.tickets_tab.model
    qtbot.waitUntil(lambda: not model.busy, timeout=5000)
    before = model.rowCount()
    assert window.change_watcher.timer.isActive()
    qtbot.waitUntil(lambda: window.change_watcher._mark is not None, timeout=5000)  # noqa: SLF001
    ticket_id, _number = calls.create_ticket(other_workstation, call_values(title="监区摄像机黑屏"))
    with qtbot.waitSignal(window.change_watcher.changed, timeout=ChangeWatcher.INTERVAL_MS * 3):
        pass
    qtbot.waitUntil(lambda: model.rowCount() == before + 1, timeout=5000)
    assert ticket_id in model.ids()
    window.close()


def test_opened_because_the_server_failed_it_says_why_in_red(qtbot) -> None:
    reason = (
        "无法连接数据库服务器：postgresql+psycopg://duty@192.168.10.5:5432/desk（连接服务器超时）"
    )
    dialog = ConnectDialog(ServerSettings("192.168.10.5", 5432, "desk", "duty"), "", reason)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.status_label.text() == reason
    assert "#b00020" in dialog.status_label.styleSheet()
    assert dialog.host_edit.text() == "192.168.10.5" and dialog.password_edit.text() == ""
