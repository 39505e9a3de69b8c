"""Accounts on screen: the administrator manages them, everyone changes their own password,
the idle lock hides the windows (keeping dialogs) until the password is typed, 注销 ends the
session, and each role sees what it may do."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QDialog

from app.domain.accounts.roles import Role
from app.gui.accounts_dialog import AccountForm, AccountsDialog, ResetForm
from app.gui.app import window_for
from app.gui.main_window import MainWindow
from app.gui.office_window import OfficeWindow
from app.gui.password_dialog import ChangePasswordDialog
from app.services import accounts, login
from app.services.context import Desk
from tests.conftest import ENGINEER, SUPERVISOR, add_person
from tests.ui.keyboard import retype


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def tick(qtbot, box) -> None:
    """Click a check box on its indicator, as a person does."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(6, box.height() // 2))


@pytest.fixture
def make_window(qtbot, desk: Desk) -> Callable[[], MainWindow]:
    def make() -> MainWindow:
        window = MainWindow(desk, remember_geometry=False)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(lambda: not window.tickets_tab.model.busy, timeout=5000)
        return window

    return make


def test_the_administrator_adds_resets_and_deactivates_an_account(
    qtbot, make_window, desk: Desk
) -> None:
    window = make_window()
    window.account_menu.accounts_action.trigger()
    dialog = window.account_menu.dialog
    assert isinstance(dialog, AccountsDialog)
    assert [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())] == ["sungong"]
    assert dialog.table.item(0, 2).text() == "驻场工程师、系统管理员"

    click(qtbot, dialog.add_button)
    form = dialog.form
    assert isinstance(form, AccountForm)
    retype(qtbot, form.username_edit, "mazhang")
    retype(qtbot, form.name_edit, "马所长")
    retype(qtbot, form.password_edit, "123456")
    tick(qtbot, form.role_boxes[Role.ENGINEER])
    tick(qtbot, form.role_boxes[Role.SUPERVISOR])
    click(qtbot, form.ok_button)
    assert form.isVisible()
    errors = form.error_label.text()
    assert "密码至少需要 8 个字符" in errors and "这是常见的弱密码" in errors
    assert "“驻场工程师”与“主管/甲方确认人”不能由同一账户兼任" in errors
    tick(qtbot, form.role_boxes[Role.ENGINEER])
    retype(qtbot, form.password_edit, "Linshi#2026")
    click(qtbot, form.ok_button)
    assert not form.isVisible()
    assert dialog.table.rowCount() == 2
    assert dialog.selected().username == "mazhang"
    assert dialog.table.item(1, 3).text() == "待本人修改初始密码"

    click(qtbot, dialog.reset_button)
    reset = dialog.form
    assert isinstance(reset, ResetForm)
    retype(qtbot, reset.password_edit, "Chongzhi#2027")
    click(qtbot, reset.ok_button)
    assert login.authenticate(desk, "mazhang", "Chongzhi#2027").change_reason == login.MUST_CHANGE

    dialog.select_username("mazhang")
    click(qtbot, dialog.active_button)
    assert dialog.table.item(1, 3).text() == "已停用"
    assert dialog.active_button.text() == "重新启用"
    with pytest.raises(login.LoginError):
        login.authenticate(desk, "mazhang", "Chongzhi#2027")
    dialog.select_username("sungong")
    click(qtbot, dialog.active_button)
    assert dialog.error_label.text() == "不能停用自己正在使用的账户"


def test_everyone_changes_their_own_password(qtbot, make_window, desk: Desk) -> None:
    window = make_window()
    window.account_menu.password_action.trigger()
    dialog = window.account_menu.dialog
    assert isinstance(dialog, ChangePasswordDialog)
    assert "至少 8 个字符" in dialog.rules_label.text()
    retype(qtbot, dialog.old_edit, ENGINEER[2])
    retype(qtbot, dialog.new_edit, "sungong")
    retype(qtbot, dialog.repeat_edit, "sungong")
    click(qtbot, dialog.button_box.button(dialog.button_box.StandardButton.Ok))
    assert dialog.isVisible()
    assert "密码不能包含登录名" in dialog.error_label.text()
    retype(qtbot, dialog.new_edit, "Xinmima#2027")
    retype(qtbot, dialog.repeat_edit, "Xinmima#2027")
    click(qtbot, dialog.button_box.button(dialog.button_box.StandardButton.Ok))
    assert not dialog.isVisible()
    assert login.authenticate(desk, "sungong", "Xinmima#2027").change_reason == ""


def test_idle_lock_hides_dialogs_keeps_their_text_and_asks_the_password(
    qtbot, make_window, desk: Desk
) -> None:
    window = make_window()
    lock = window.account_menu.idle_lock
    window.account_menu.password_action.trigger()
    half_done = window.account_menu.dialog
    assert isinstance(half_done, ChangePasswordDialog)
    retype(qtbot, half_done.new_edit, "Unsaved#Text1")
    lock.timer.setInterval(30)  # ten minutes, shortened: the timer is the real one
    lock.timer.start()
    qtbot.waitUntil(lambda: lock.is_locked, timeout=3000)
    assert not window.isVisible() and not half_done.isVisible()
    shown = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    assert shown == [lock.dialog]
    retype(qtbot, lock.dialog.password_edit, "wrong")
    click(qtbot, lock.dialog.unlock_button)
    qtbot.waitUntil(lambda: not lock.dialog.runner.busy, timeout=10_000)  # checked off-thread
    assert lock.is_locked and lock.dialog.error_label.text() == "登录名或密码不正确"
    retype(qtbot, lock.dialog.password_edit, ENGINEER[2])
    click(qtbot, lock.dialog.unlock_button)
    assert lock.is_locked and not lock.dialog.unlock_button.isEnabled()  # while it checks
    qtbot.waitUntil(lambda: not lock.is_locked, timeout=10_000)
    assert window.isVisible() and half_done.isVisible()
    assert half_done.new_edit.text() == "Unsaved#Text1"  # the dialog kept its state
    assert lock.timer.isActive()
    half_done.reject()


def test_logout_from_the_lock_and_from_the_menu(qtbot, make_window) -> None:
    window = make_window()
    with qtbot.waitSignal(window.loggedOut):
        window.account_menu.logout_action.trigger()
    assert not window.isVisible()
    again = make_window()
    again.account_menu.idle_lock.lock()
    with qtbot.waitSignal(again.loggedOut):
        click(qtbot, again.account_menu.idle_lock.dialog.logout_button)
    assert not again.isVisible()


def test_the_client_confirmer_reads_but_does_not_write(qtbot, desk: Desk, make_ticket) -> None:
    make_ticket()
    add_person(desk, *SUPERVISOR, Role.SUPERVISOR)
    desk.user = accounts.user_named(desk, SUPERVISOR[0])
    window = window_for(desk)
    qtbot.addWidget(window)
    assert isinstance(window, MainWindow) and window.read_only
    window.show()
    qtbot.waitUntil(lambda: not window.tickets_tab.model.busy, timeout=5000)
    assert not window.tickets_tab.new_button.isVisible()
    assert not window.new_ticket_action.isVisible()
    assert not window.contract_action.isVisible()
    assert not window.store_tab.new_part_button.isVisible()
    assert window.changes_tab.new_button.isHidden() and window.changes_tab.approve_button.isHidden()
    assert window.reports_tab.follow_up_button.isHidden() and window.reports_tab.due_days.isHidden()
    assert not window.reports_tab.buttons["export_followups"].isHidden()  # reading is allowed
    window.tickets_tab.show_ticket(1)
    assert window.tickets_tab.detail.number_label.text() == "GD-2026-0001"  # reads it
    assert window.tickets_tab.detail.action_buttons == {}
    assert not window.tickets_tab.detail.print_button.isVisible()


def test_the_auditor_sees_the_trail_and_nothing_else(qtbot, desk: Desk) -> None:
    add_person(desk, "shenji", "审计员", "Chakan#2026", Role.AUDITOR)
    desk.user = accounts.user_named(desk, "shenji")
    window = window_for(desk)
    qtbot.addWidget(window)
    assert isinstance(window, OfficeWindow) and window.audit_view is not None
    window.show()
    assert window.audit_view.model.rowCount() > 0
    assert not window.account_menu.accounts_action.isVisible() or (
        window.account_menu.accounts_action not in window.account_menu.menu.actions()
    )


def test_the_administrator_alone_gets_the_admin_page(qtbot, desk: Desk) -> None:
    add_person(desk, "guanli", "管理员", "Shezhi#2026", Role.ADMIN)
    desk.user = accounts.user_named(desk, "guanli")
    window = window_for(desk)
    qtbot.addWidget(window)
    assert isinstance(window, OfficeWindow) and window.audit_view is None
    window.show()
    click(qtbot, window.contract_button)
    assert isinstance(window.contract_dialog, QDialog) and window.contract_dialog.isVisible()
    window.contract_dialog.reject()
