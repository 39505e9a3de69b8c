"""The 账户 menu of every window: change one's password, lock, switch user, log out, and for
the administrator the accounts and security settings; the idle lock lives here too."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMainWindow, QMenu

from app.domain.audit.actions import ACCOUNT_CREATE, SECURITY_SETTINGS
from app.gui.accounts_dialog import AccountsDialog
from app.gui.idle_lock import IdleLock
from app.gui.password_dialog import ChangePasswordDialog
from app.gui.security_dialog import SecurityDialog
from app.services import login, security
from app.services.context import Desk, StorageError


class AccountMenu(QObject):
    """Adds the menu to ``window`` and runs what it offers."""

    logoutRequested = Signal()  # 注销 or 切换用户: the session ends, the login comes back

    def __init__(
        self,
        desk: Desk,
        window: QMainWindow,
        idle_minutes: int | None = None,
        before: QAction | None = None,
    ) -> None:
        super().__init__(window)
        self._desk = desk
        self._window = window
        self.dialog: QDialog | None = None
        menu = QMenu(self.tr("账户(&A)"), window)
        menu.setObjectName("account_menu")
        if before is None:
            window.menuBar().addMenu(menu)
        else:
            window.menuBar().insertMenu(before, menu)
        self.menu = menu
        self.who_action = QAction(
            self.tr("当前用户：{0}（{1}）").format(desk.user.display_name, desk.user.username),
            window,
        )
        self.who_action.setEnabled(False)
        self.password_action = QAction(self.tr("修改密码…"), window)
        self.lock_action = QAction(self.tr("锁定"), window)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.switch_action = QAction(self.tr("切换用户…"), window)
        self.logout_action = QAction(self.tr("注销"), window)
        self.accounts_action = QAction(self.tr("账户管理…"), window)
        self.security_action = QAction(self.tr("安全设置…"), window)
        for action in (self.who_action, None, self.password_action, self.lock_action, None,
                       self.switch_action, self.logout_action):  # fmt: skip
            menu.addSeparator() if action is None else menu.addAction(action)
        if desk.can(ACCOUNT_CREATE):
            menu.addSeparator()
            menu.addAction(self.accounts_action)
        if desk.can(SECURITY_SETTINGS):
            menu.addAction(self.security_action)
        self.password_action.triggered.connect(self.on_password_action_triggered)
        self.lock_action.triggered.connect(self.on_lock_action_triggered)
        self.switch_action.triggered.connect(self.on_switch_action_triggered)
        self.logout_action.triggered.connect(self.on_logout_action_triggered)
        self.accounts_action.triggered.connect(self.on_accounts_action_triggered)
        self.security_action.triggered.connect(self.on_security_action_triggered)
        minutes = idle_minutes or security.get_settings(desk).idle_lock_minutes
        self.idle_lock = IdleLock(desk, minutes, self)
        self.idle_lock.logoutRequested.connect(self.on_idle_lock_logoutRequested)

    def stop(self) -> None:
        self.idle_lock.stop()

    def logout(self) -> None:
        """End the session (audited); the window closes and the login asks who comes next."""
        self.idle_lock.stop()
        with contextlib.suppress(StorageError):  # the log-out must not fail on a full disk
            login.record_logout(self._desk)
        self.logoutRequested.emit()

    def _open(self, dialog: QDialog) -> None:
        if self.dialog is not None:
            self.dialog.close()
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self.on_dialog_finished)
        self.dialog = dialog
        dialog.open()

    # --- slots -------------------------------------------------------------------------------

    def on_password_action_triggered(self) -> None:
        self._open(ChangePasswordDialog(self._desk, parent=self._window))

    def on_lock_action_triggered(self) -> None:
        self.idle_lock.lock()

    def on_switch_action_triggered(self) -> None:
        self.logout()

    def on_logout_action_triggered(self) -> None:
        self.logout()

    def on_accounts_action_triggered(self) -> None:
        self._open(AccountsDialog(self._desk, self._window))

    def on_security_action_triggered(self) -> None:
        self._open(SecurityDialog(self._desk, self._window))

    def on_idle_lock_logoutRequested(self) -> None:
        self.logout()

    def on_dialog_finished(self, _result: int) -> None:
        self.dialog = None
