"""修改密码: the logged-in person sets a new password under the password policy (asked at login
when the administrator set it, it has expired, or it no longer meets the rules)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.validation import ValidationError
from app.gui.i18n import tr_domain, tr_field_error
from app.gui.widgets import ERROR_STYLE
from app.services import login, security
from app.services.context import Desk


def policy_text(desk: Desk) -> str:
    """The password rules in force, in words."""
    settings = security.get_settings(desk)
    return QCoreApplication.translate(
        "ChangePasswordDialog",
        "密码至少 {0} 个字符，包含小写字母、大写字母、数字、符号中的至少 {1} 类，不能包含登录名；"
        "有效期 {2} 天。",
    ).format(
        settings.password_min_length,
        settings.password_min_classes,
        settings.password_max_age_days,
    )


class ChangePasswordDialog(QDialog):
    """Asks for the old password (unless just typed at login) and the new one twice."""

    def __init__(
        self,
        desk: Desk,
        reason: str = "",
        known_old: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._desk = desk
        self._known_old = known_old
        self.setObjectName("ChangePasswordDialog")
        self.setWindowTitle(self.tr("修改密码 — {0}").format(desk.user.display_name))
        self.setMinimumWidth(460)

        self.reason_label = QLabel(tr_domain("login", reason) if reason else "", self)
        self.reason_label.setObjectName("reason_label")
        self.reason_label.setWordWrap(True)
        self.reason_label.setVisible(bool(reason))
        self.rules_label = QLabel(policy_text(desk), self)
        self.rules_label.setObjectName("rules_label")
        self.rules_label.setWordWrap(True)
        self.old_edit = self._password_edit("old_edit")
        self.new_edit = self._password_edit("new_edit")
        self.repeat_edit = self._password_edit("repeat_edit")
        form = QFormLayout()
        if known_old is None:
            form.addRow(self.tr("原密码"), self.old_edit)
        else:
            self.old_edit.hide()
        form.addRow(self.tr("新密码"), self.new_edit)
        form.addRow(self.tr("再次输入新密码"), self.repeat_edit)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("error_label")
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.button_box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.button_box.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("修改密码"))
        self.button_box.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.button_box.accepted.connect(self.accept)
        self.button_box.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.reason_label)
        layout.addWidget(self.rules_label)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.button_box)
        (self.new_edit if known_old is not None else self.old_edit).setFocus()

    def _password_edit(self, name: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        return edit

    def accept(self) -> None:
        old = self._known_old if self._known_old is not None else self.old_edit.text()
        try:
            login.change_password(self._desk, old, self.new_edit.text(), self.repeat_edit.text())
        except ValidationError as error:
            self.error_label.setText(
                "\n".join(tr_field_error(e.template, e.label, e.values) for e in error.errors)
            )
            self.error_label.show()
            for edit in (self.new_edit, self.repeat_edit):
                edit.clear()
            first = error.errors[0].field if error.errors else "new"
            {"old": self.old_edit, "repeated": self.repeat_edit}.get(
                first, self.new_edit
            ).setFocus()
            return
        super().accept()
