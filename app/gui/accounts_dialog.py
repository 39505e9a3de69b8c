"""账户管理 (the administrator's): every account with its roles and state; add a person, change
name and roles, deactivate or reactivate (never delete: history keeps names), reset a password
(to be changed at next login), end a lockout."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.accounts.roles import Role
from app.domain.i18n import QT_TRANSLATE_NOOP
from app.domain.validation import ValidationError
from app.gui.i18n import list_separator, tr_domain, tr_error, tr_field_error
from app.gui.password_dialog import policy_text
from app.gui.tickets.formatting import local_text
from app.gui.widgets import ERROR_STYLE
from app.services import accounts
from app.services.accounts import AccountError, AccountInfo
from app.services.context import Desk, PermissionRefusedError, StorageError

COLUMNS = (
    QT_TRANSLATE_NOOP("AccountsDialog", "登录名"),
    QT_TRANSLATE_NOOP("AccountsDialog", "姓名"),
    QT_TRANSLATE_NOOP("AccountsDialog", "角色"),
    QT_TRANSLATE_NOOP("AccountsDialog", "状态"),
    QT_TRANSLATE_NOOP("AccountsDialog", "最近登录"),
    QT_TRANSLATE_NOOP("AccountsDialog", "密码修改"),
)


class AccountForm(QDialog):
    """Adding a person (login name, name, roles, temporary password) or editing name and roles."""

    def __init__(self, desk: Desk, account: AccountInfo | None, parent: QWidget | None) -> None:
        super().__init__(parent)
        self._desk = desk
        self.account = account
        self.setObjectName("AccountForm")
        self.setWindowTitle(self.tr("新增账户") if account is None else self.tr("修改账户"))
        self.setMinimumWidth(440)
        self.username_edit = QLineEdit(self)
        self.username_edit.setObjectName("username_edit")
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("name_edit")
        self.password_edit = QLineEdit(self)
        self.password_edit.setObjectName("password_edit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.role_boxes: dict[Role, QCheckBox] = {}
        roles = QVBoxLayout()
        for role in Role:
            box = QCheckBox(tr_domain("enum", role.label), self)
            box.setObjectName(f"role_{role.value}")
            roles.addWidget(box)
            self.role_boxes[role] = box
        form = QFormLayout()
        form.addRow(self.tr("登录名"), self.username_edit)
        form.addRow(self.tr("姓名"), self.name_edit)
        if account is None:
            form.addRow(self.tr("初始密码"), self.password_edit)
            hint = QLabel(self.tr("初始密码须在首次登录时由本人修改。") + policy_text(desk), self)
            hint.setWordWrap(True)
            form.addRow("", hint)
        else:
            self.username_edit.setText(account.username)
            self.username_edit.setReadOnly(True)  # history keeps the name
            self.name_edit.setText(account.display_name)
            for role in account.roles:
                self.role_boxes[role].setChecked(True)
        form.addRow(self.tr("角色"), roles)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("error_label")
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("保存"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)

    def roles(self) -> list[Role]:
        return [role for role, box in self.role_boxes.items() if box.isChecked()]

    def accept(self) -> None:
        try:
            if self.account is None:
                accounts.create_account(
                    self._desk,
                    self.username_edit.text(),
                    self.name_edit.text(),
                    self.password_edit.text(),
                    self.roles(),
                )
            else:
                accounts.update_account(
                    self._desk, self.account.id, self.name_edit.text(), self.roles()
                )
        except ValidationError as error:
            self.error_label.setText(
                "\n".join(tr_field_error(e.template, e.label, e.values) for e in error.errors)
            )
            self.error_label.show()
            return
        except (AccountError, PermissionRefusedError, StorageError) as error:
            self.error_label.setText(tr_error(error))
            self.error_label.show()
            return
        super().accept()


class ResetForm(QDialog):
    """A temporary password for one account (changed by its owner at next login)."""

    def __init__(self, desk: Desk, account: AccountInfo, parent: QWidget | None) -> None:
        super().__init__(parent)
        self._desk = desk
        self.account = account
        self.setObjectName("ResetForm")
        self.setWindowTitle(self.tr("重置密码 — {0}").format(account.display_name))
        self.password_edit = QLineEdit(self)
        self.password_edit.setObjectName("password_edit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("临时密码"), self.password_edit)
        hint = QLabel(self.tr("本人下次登录时须修改此密码；锁定也随之解除。"), self)
        hint.setWordWrap(True)
        self.error_label = QLabel(self)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("重置"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)

    def accept(self) -> None:
        try:
            accounts.reset_password(self._desk, self.account.id, self.password_edit.text())
        except ValidationError as error:
            self.error_label.setText(
                "\n".join(tr_field_error(e.template, e.label, e.values) for e in error.errors)
            )
            self.error_label.show()
            return
        except (AccountError, PermissionRefusedError, StorageError) as error:
            self.error_label.setText(tr_error(error))
            self.error_label.show()
            return
        super().accept()


class AccountsDialog(QDialog):
    """The list of accounts and what the administrator can do to each."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self.rows: list[AccountInfo] = []
        self.form: QDialog | None = None
        self.setObjectName("AccountsDialog")
        self.setWindowTitle(self.tr("账户管理"))
        self.resize(860, 420)
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setObjectName("accounts_table")
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.add_button = self._button("add_button", self.tr("新增账户…"))
        self.edit_button = self._button("edit_button", self.tr("修改姓名和角色…"))
        self.active_button = self._button("active_button", self.tr("停用"))
        self.reset_button = self._button("reset_button", self.tr("重置密码…"))
        self.unlock_button = self._button("unlock_button", self.tr("解除锁定"))
        self.error_label = QLabel(self)
        self.error_label.setObjectName("error_label")
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        bar = QHBoxLayout()
        for button in (
            self.add_button,
            self.edit_button,
            self.active_button,
            self.reset_button,
            self.unlock_button,
        ):
            bar.addWidget(button)
        bar.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(close)
        self.add_button.clicked.connect(self.on_add_button_clicked)
        self.edit_button.clicked.connect(self.on_edit_button_clicked)
        self.active_button.clicked.connect(self.on_active_button_clicked)
        self.reset_button.clicked.connect(self.on_reset_button_clicked)
        self.unlock_button.clicked.connect(self.on_unlock_button_clicked)
        self.table.itemSelectionChanged.connect(self.on_table_itemSelectionChanged)
        self.reload()

    def _button(self, name: str, text: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAutoDefault(False)
        return button

    def reload(self, select_id: int | None = None) -> None:
        self.rows = accounts.list_accounts(self._desk)
        now = self._desk.clock.now()
        self.table.setRowCount(len(self.rows))
        for row, account in enumerate(self.rows):
            if not account.active:
                state = self.tr("已停用")
            elif account.locked_until is not None and account.locked_until > now:
                state = self.tr("锁定至 {0}").format(local_text(account.locked_until))
            elif account.must_change_password:
                state = self.tr("待本人修改初始密码")
            else:
                state = self.tr("正常")
            roles = list_separator().join(
                tr_domain("enum", r.label) for r in Role if r in account.roles
            )
            values = (
                account.username,
                account.display_name,
                roles,
                state,
                local_text(account.last_login_at),
                local_text(account.password_changed_at),
            )
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, account.id)
                self.table.setItem(row, column, item)
            if account.id == select_id:
                self.table.selectRow(row)
        self.table.resizeColumnsToContents()
        self.on_table_itemSelectionChanged()

    def selected(self) -> AccountInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows else None

    def select_username(self, username: str) -> None:
        for row, account in enumerate(self.rows):
            if account.username == username:
                self.table.selectRow(row)

    def _say(self, error: Exception | None) -> None:
        self.error_label.setText(tr_error(error) if error else "")
        self.error_label.setVisible(error is not None)

    def _open(self, form: QDialog) -> None:
        form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        form.accepted.connect(self.on_form_accepted)
        form.finished.connect(self.on_form_finished)
        self.form = form
        form.open()

    # --- slots -------------------------------------------------------------------------------

    def on_table_itemSelectionChanged(self) -> None:
        account = self.selected()
        for button in (self.edit_button, self.active_button, self.reset_button):
            button.setEnabled(account is not None)
        self.active_button.setText(
            self.tr("重新启用") if account is not None and not account.active else self.tr("停用")
        )
        now = self._desk.clock.now()
        self.unlock_button.setEnabled(
            account is not None and account.locked_until is not None and account.locked_until > now
        )

    def on_add_button_clicked(self) -> None:
        self._open(AccountForm(self._desk, None, self))

    def on_edit_button_clicked(self) -> None:
        account = self.selected()
        if account is not None:
            self._open(AccountForm(self._desk, account, self))

    def on_reset_button_clicked(self) -> None:
        account = self.selected()
        if account is not None:
            self._open(ResetForm(self._desk, account, self))

    def on_active_button_clicked(self) -> None:
        account = self.selected()
        if account is None:
            return
        try:
            accounts.set_active(self._desk, account.id, not account.active)
        except (AccountError, PermissionRefusedError, StorageError) as error:
            self._say(error)
            return
        self._say(None)
        self.reload(account.id)

    def on_unlock_button_clicked(self) -> None:
        account = self.selected()
        if account is None:
            return
        try:
            accounts.unlock(self._desk, account.id)
        except (AccountError, PermissionRefusedError, StorageError) as error:
            self._say(error)
            return
        self.reload(account.id)

    def on_form_accepted(self) -> None:
        current = self.selected()
        self._say(None)
        self.reload(current.id if current else None)
        if isinstance(self.form, AccountForm) and self.form.account is None:
            self.select_username(self.form.username_edit.text().strip())

    def on_form_finished(self, _result: int) -> None:
        self.form = None
