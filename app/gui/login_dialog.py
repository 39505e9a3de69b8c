"""The login dialog: wrong credentials say so and keep it open."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from app.domain.i18n import MarkedError
from app.gui.forms.ui_login import Ui_LoginDialog
from app.gui.i18n import tr_domain, tr_error
from app.gui.ui_settings import LAST_USERNAME, UiSettings
from app.services import accounts
from app.services.context import CurrentUser, Desk

RESTORE_REQUESTED = 2  # the dialog's result when the engineer asks to restore a backup


class LoginDialog(QDialog):
    """Asks for the login name and password; ``user`` is set once they are right.

    从备份恢复… ends the dialog with ``RESTORE_REQUESTED``: the program restores, then asks again.
    """

    def __init__(self, desk: Desk, project_name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self.user: CurrentUser | None = None
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
        self.ui.projectLabel.setText(project_name)
        self.ui.projectLabel.setVisible(bool(project_name))
        self.ui.errorLabel.hide()
        last = UiSettings().get(LAST_USERNAME)
        self.ui.usernameEdit.setText(last)
        (self.ui.passwordEdit if last else self.ui.usernameEdit).setFocus()
        self.ui.passwordEdit.textEdited.connect(self.on_passwordEdit_textEdited)

    def accept(self) -> None:
        username = self.ui.usernameEdit.text()
        try:
            self.user = accounts.authenticate(self._desk, username, self.ui.passwordEdit.text())
        except accounts.LoginError as exc:
            self.ui.errorLabel.setText(tr_domain("login", str(exc)))
            self.ui.errorLabel.show()
            self.ui.passwordEdit.clear()
            self.ui.passwordEdit.setFocus()
            return
        except MarkedError as exc:  # e.g. the database is locked or damaged: try again
            self.ui.errorLabel.setText(tr_error(exc))
            self.ui.errorLabel.show()
            return
        settings = UiSettings()
        settings.set(LAST_USERNAME, self.user.username)
        settings.sync()
        super().accept()

    def on_restore_button_clicked(self) -> None:
        self.done(RESTORE_REQUESTED)

    def on_passwordEdit_textEdited(self, _text: str) -> None:
        self.ui.errorLabel.hide()
