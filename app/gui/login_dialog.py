"""The login dialog: wrong credentials say so and keep it open; a password that must change is
changed before the desk opens."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from app.domain.i18n import MarkedError
from app.gui.forms.ui_login import Ui_LoginDialog
from app.gui.i18n import tr_error
from app.gui.password_dialog import ChangePasswordDialog
from app.gui.tasks import TaskRunner
from app.gui.ui_settings import UiSettings, last_username
from app.services import login
from app.services.context import SYSTEM_ACTOR, CurrentUser, Desk

RESTORE_REQUESTED = 2  # the dialog's result when the engineer asks to restore a backup
CONNECT_REQUESTED = 3  # … or to work on another database (连接数据库…)


def database_key(desk: Desk) -> str:
    """Which database this is, for settings kept per database: its file, else its URL (without
    the password: the same database whatever was typed)."""
    path = desk.db.path
    return str(path.resolve()) if path is not None else desk.db.display_name()


class LoginDialog(QDialog):
    """Asks for the login name and password; ``user`` is set once they are right.

    从备份恢复… ends the dialog with ``RESTORE_REQUESTED``: the program restores, then asks again.
    连接数据库… ends it with ``CONNECT_REQUESTED``: the program asks where, then opens that.
    """

    def __init__(self, desk: Desk, project_name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self.user: CurrentUser | None = None
        self.password_dialog: ChangePasswordDialog | None = None
        self._pending: CurrentUser = SYSTEM_ACTOR
        self.ui = Ui_LoginDialog()
        self.ui.setupUi(self)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("登录"))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.restore_button = self.ui.buttonBox.addButton(
            self.tr("从备份恢复…"), QDialogButtonBox.ButtonRole.ResetRole
        )
        self.restore_button.setObjectName("restore_button")
        self.restore_button.setAutoDefault(False)
        self.restore_button.clicked.connect(self.on_restore_button_clicked)
        self.connect_button = self.ui.buttonBox.addButton(
            self.tr("连接数据库…"), QDialogButtonBox.ButtonRole.ResetRole
        )
        self.connect_button.setObjectName("connect_button")
        self.connect_button.setAutoDefault(False)
        self.connect_button.clicked.connect(self.on_connect_button_clicked)
        self.restore_button.setVisible(desk.db.path is not None)  # a server restores by pg_restore
        self.ui.projectLabel.setText(project_name)
        self.ui.projectLabel.setVisible(bool(project_name))
        self.ui.errorLabel.hide()
        self._last_username = last_username(database_key(desk))
        last = UiSettings().get(self._last_username)
        self.ui.usernameEdit.setText(last)
        (self.ui.passwordEdit if last else self.ui.usernameEdit).setFocus()
        self.ui.passwordEdit.textEdited.connect(self.on_passwordEdit_textEdited)
        self.runner = TaskRunner(desk, self)

    def _refuse(self, message: str) -> None:
        self.ui.errorLabel.setText(message)
        self.ui.errorLabel.show()
        self.ui.passwordEdit.clear()
        self.ui.passwordEdit.setFocus()

    def accept(self) -> None:
        """Check the name and password on a worker thread: hashing takes a noticeable moment,
        and the dialog keeps painting meanwhile (a second Enter while it checks is ignored)."""
        if self.runner.busy:
            return
        username, password = self.ui.usernameEdit.text(), self.ui.passwordEdit.text()
        self._set_checking(True)
        self.runner.run(
            lambda desk: login.authenticate(desk, username, password),
            lambda result: self._after_check(result, password),
            self._after_failed_check,
            key="login",
        )

    def _set_checking(self, checking: bool) -> None:
        self.ui.buttonBox.setEnabled(not checking)
        self.ui.usernameEdit.setReadOnly(checking)
        self.ui.passwordEdit.setReadOnly(checking)

    def _after_check(self, result: login.LoginResult, password: str) -> None:
        self._set_checking(False)
        if result.change_reason:
            self._ask_new_password(result, password)
            return
        self._logged_in(result.user)

    def _after_failed_check(self, error: Exception) -> None:
        self._set_checking(False)
        if isinstance(error, login.LoginError):
            self._refuse(tr_error(error))
        elif isinstance(error, MarkedError):  # e.g. the database is locked: try again as typed
            self.ui.errorLabel.setText(tr_error(error))
            self.ui.errorLabel.show()
        else:
            raise error  # the program's failure dialog and log, like any slot's

    def _logged_in(self, user: CurrentUser) -> None:
        self.user = user
        settings = UiSettings()
        settings.set(self._last_username, user.username)
        settings.sync()
        super().accept()

    def _ask_new_password(self, result: login.LoginResult, password: str) -> None:
        """The password must change before work: ask for the new one (the old was just typed)."""
        self._pending = result.user
        self._desk.user = result.user
        dialog = ChangePasswordDialog(self._desk, result.change_reason, password, self)
        dialog.accepted.connect(self.on_password_dialog_accepted)
        dialog.rejected.connect(self.on_password_dialog_rejected)
        self.password_dialog = dialog
        dialog.open()

    def on_password_dialog_accepted(self) -> None:
        self.password_dialog = None
        self._logged_in(self._pending)

    def on_password_dialog_rejected(self) -> None:
        self.password_dialog = None
        self._desk.user = SYSTEM_ACTOR
        self._refuse(self.tr("须先修改密码才能使用本程序"))

    def on_restore_button_clicked(self) -> None:
        self.done(RESTORE_REQUESTED)

    def on_connect_button_clicked(self) -> None:
        self.done(CONNECT_REQUESTED)

    def on_passwordEdit_textEdited(self, _text: str) -> None:
        self.ui.errorLabel.hide()
