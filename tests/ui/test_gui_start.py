"""``run_gui`` as a user starts it: the wizard or the login dialog, then the main window."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

from app.db.lock import InstanceLock
from app.gui import app as gui_app
from app.gui.app import run_gui
from app.gui.login_dialog import LoginDialog
from app.gui.main_window import MainWindow
from app.gui.setup_wizard import SetupWizard
from app.services import accounts, contract
from app.services.setup import complete_setup, open_desk
from tests.conftest import ENGINEER, contract_values, sample_ladder

POLL_MS = 20
GIVE_UP_MS = 15_000


def checking(widget: QWidget) -> bool:
    """A login whose password is being checked on a worker thread: wait for its answer."""
    return isinstance(widget, LoginDialog) and widget.runner.busy


def drive(actions: dict[type, Callable[[QWidget], None]], seen: list[str]) -> None:
    """Act on each window as it comes up (polling the event loop, never sleeping)."""
    remaining = [GIVE_UP_MS // POLL_MS]

    def poll() -> None:
        remaining[0] -= 1
        modal = QApplication.activeModalWidget()
        windows = [modal] if modal else QApplication.topLevelWidgets()
        for widget in windows:
            if checking(widget):
                continue
            for kind, act in actions.items():
                if isinstance(widget, kind) and widget.isVisible():
                    seen.append(kind.__name__)
                    act(widget)
                    if kind is MainWindow:
                        return
                    break
        if remaining[0] > 0:
            QTimer.singleShot(POLL_MS, poll)
        else:  # something hangs: end the test instead of the run
            for widget in QApplication.topLevelWidgets():
                widget.close()

    QTimer.singleShot(POLL_MS, poll)


def log_in(dialog: QWidget) -> None:
    assert isinstance(dialog, LoginDialog)
    dialog.ui.usernameEdit.setText(ENGINEER[0])
    dialog.ui.passwordEdit.setText(ENGINEER[2])
    dialog.accept()


def finish_wizard(wizard: QWidget) -> None:
    assert isinstance(wizard, SetupWizard)
    for _ in range(3):
        wizard.next()
    page = wizard.account_page
    page.username_edit.setText("sungong")
    page.display_name_edit.setText("孙工")
    page.password_edit.setText("Zhuchang@123")
    page.confirm_edit.setText("Zhuchang@123")
    wizard.accept()


def close_main(window: QWidget) -> None:
    assert isinstance(window, MainWindow)
    assert window.status_bar.user_label.text() == "当前用户 孙工"
    window.close()


def test_login_then_main_window(qapp, db_target: Path | str) -> None:
    handle = open_desk(db_target)
    complete_setup(handle.desk, contract_values(), sample_ladder(), *ENGINEER)
    handle.close()
    seen: list[str] = []
    drive({LoginDialog: log_in, MainWindow: close_main}, seen)
    assert run_gui(db_target) == 0
    assert seen == ["LoginDialog", "MainWindow"]
    if isinstance(db_target, Path):
        with InstanceLock(db_target.resolve()):
            pass


def test_first_start_runs_the_wizard_then_the_main_window(qapp, db_target: Path | str) -> None:
    seen: list[str] = []
    drive({SetupWizard: finish_wizard, MainWindow: close_main}, seen)
    assert run_gui(db_target) == 0
    assert seen == ["SetupWizard", "MainWindow"]
    handle = open_desk(db_target)
    try:
        assert contract.get_contract(handle.desk) is not None
        assert accounts.first_account(handle.desk) is not None
    finally:
        handle.close()


@pytest.mark.sqlite_only("the file's lock")
def test_a_locked_database_shows_a_message_box(
    qapp, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(
        gui_app.QMessageBox, "critical", lambda _parent, _title, text: shown.append(text)
    )
    with InstanceLock(db_path.resolve()):
        assert run_gui(db_path) == 2
    assert len(shown) == 1 and "另一个驻场运维台程序正在使用此数据库" in shown[0]


def test_an_unreachable_server_opens_connect_database_with_the_reason(qtbot) -> None:
    from app.gui.connect_dialog import ConnectDialog

    reasons: list[str] = []

    def cancel(dialog: QWidget) -> None:
        assert isinstance(dialog, ConnectDialog)
        reasons.append(dialog.status_label.text())
        assert dialog.server_choice.isChecked() and dialog.host_edit.text() == "127.0.0.1"
        dialog.reject()

    seen: list[str] = []
    drive({ConnectDialog: cancel}, seen)
    assert run_gui("postgresql+psycopg://duty@127.0.0.1:1/desk?sslmode=disable") == 2
    assert seen == ["ConnectDialog"]
    assert "无法连接数据库服务器" in reasons[0] and "127.0.0.1" in reasons[0]
