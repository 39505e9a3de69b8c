"""The login dialog: a wrong password says so and keeps it open; the right one logs in."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from app.domain.accounts.roles import Role
from app.gui.login_dialog import LoginDialog, database_key
from app.gui.ui_settings import UiSettings, last_username
from app.services import accounts
from app.services.context import Desk
from tests.conftest import ENGINEER
from tests.ui.keyboard import retype


@pytest.fixture
def dialog(qtbot, desk: Desk) -> LoginDialog:
    widget = LoginDialog(desk, "某市看守所智慧监所项目")
    qtbot.addWidget(widget)
    widget.show()
    return widget


def click_login(qtbot, dialog: LoginDialog) -> None:
    """Click 登录 and wait for the check, which runs on a worker thread."""
    button = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
    assert button.text() == "登录"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.runner.busy, timeout=10_000)


def test_the_password_is_checked_off_the_gui_thread(qtbot, dialog: LoginDialog) -> None:
    """While the hash is worked out the dialog paints and ignores a second Enter."""
    import threading

    from app.services import login

    seen: list[bool] = []
    real = login.authenticate

    def watched(*args: object) -> login.LoginResult:
        seen.append(threading.current_thread() is threading.main_thread())
        return real(*args)  # type: ignore[arg-type]

    login.authenticate = watched  # type: ignore[assignment]
    try:
        retype(qtbot, dialog.ui.usernameEdit, ENGINEER[0])
        retype(qtbot, dialog.ui.passwordEdit, ENGINEER[2])
        qtbot.keyClick(dialog.ui.passwordEdit, Qt.Key.Key_Return)
        assert dialog.runner.busy and not dialog.ui.buttonBox.isEnabled()
        assert dialog.ui.passwordEdit.isReadOnly()
        qtbot.keyClick(dialog.ui.passwordEdit, Qt.Key.Key_Return)  # ignored while checking
        qtbot.waitUntil(lambda: dialog.user is not None, timeout=10_000)
    finally:
        login.authenticate = real
    assert seen == [False]
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_wrong_then_right_password(qtbot, dialog: LoginDialog) -> None:
    username, display_name, password = ENGINEER
    assert dialog.ui.projectLabel.text() == "某市看守所智慧监所项目"
    retype(qtbot, dialog.ui.usernameEdit, username)
    retype(qtbot, dialog.ui.passwordEdit, "wrong-password")
    click_login(qtbot, dialog)

    assert dialog.isVisible()
    assert dialog.user is None
    assert dialog.ui.errorLabel.isVisible()
    assert dialog.ui.errorLabel.text() == "登录名或密码不正确"
    assert dialog.ui.passwordEdit.text() == ""

    retype(qtbot, dialog.ui.passwordEdit, password)
    assert not dialog.ui.errorLabel.isVisible()  # typing again clears the message
    qtbot.keyClick(dialog.ui.passwordEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.runner.busy, timeout=10_000)

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert not dialog.isVisible()
    assert dialog.user is not None and dialog.user.display_name == display_name
    assert UiSettings().get(last_username(database_key(dialog._desk))) == username


def test_an_unknown_user_gets_the_same_message(qtbot, dialog: LoginDialog) -> None:
    retype(qtbot, dialog.ui.usernameEdit, "nobody")
    retype(qtbot, dialog.ui.passwordEdit, ENGINEER[2])
    click_login(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.ui.errorLabel.text() == "登录名或密码不正确"


def test_the_last_login_name_is_filled_in(qtbot, desk: Desk) -> None:
    settings = UiSettings()
    settings.set(last_username(database_key(desk)), ENGINEER[0])
    settings.set(last_username("/elsewhere/other.db"), "someone")
    settings.sync()
    widget = LoginDialog(desk)
    qtbot.addWidget(widget)
    assert widget.ui.usernameEdit.text() == ENGINEER[0]
    assert not widget.ui.projectLabel.isVisibleTo(widget)


def test_another_databases_login_name_is_not_offered(qtbot, desk: Desk) -> None:
    settings = UiSettings()
    settings.set(last_username("/elsewhere/other.db"), "someone")
    settings.sync()
    widget = LoginDialog(desk)
    qtbot.addWidget(widget)
    assert widget.ui.usernameEdit.text() == ""
    assert widget.focusWidget() in (None, widget.ui.usernameEdit)


def test_a_new_account_changes_its_password_before_the_desk_opens(qtbot, desk: Desk) -> None:
    accounts.create_account(desk, "ligong", "李工", "Linshi#2026", [Role.ENGINEER])
    widget = LoginDialog(desk)
    qtbot.addWidget(widget)
    widget.show()
    retype(qtbot, widget.ui.usernameEdit, "ligong")
    retype(qtbot, widget.ui.passwordEdit, "Linshi#2026")
    click_login(qtbot, widget)
    change = widget.password_dialog
    assert change is not None and change.isVisible()
    assert not change.old_edit.isVisible()  # just typed at the login
    assert "管理员设置的初始密码" in change.reason_label.text()
    change.reject()
    assert widget.user is None and widget.isVisible()
    assert widget.ui.errorLabel.text() == "须先修改密码才能使用本程序"
    retype(qtbot, widget.ui.passwordEdit, "Linshi#2026")
    click_login(qtbot, widget)
    change = widget.password_dialog
    retype(qtbot, change.new_edit, "Ziji#Mima2026")
    retype(qtbot, change.repeat_edit, "Ziji#Mima2026")
    qtbot.keyClick(change.repeat_edit, Qt.Key.Key_Return)
    assert widget.result() == QDialog.DialogCode.Accepted
    assert widget.user is not None and widget.user.username == "ligong"


def test_five_wrong_passwords_lock_the_account(qtbot, dialog: LoginDialog) -> None:
    retype(qtbot, dialog.ui.usernameEdit, ENGINEER[0])
    for _ in range(5):
        retype(qtbot, dialog.ui.passwordEdit, "wrong-password")
        click_login(qtbot, dialog)
    assert "账户已锁定至" in dialog.ui.errorLabel.text()
    retype(qtbot, dialog.ui.passwordEdit, ENGINEER[2])
    click_login(qtbot, dialog)
    assert dialog.user is None and "账户已锁定至" in dialog.ui.errorLabel.text()
