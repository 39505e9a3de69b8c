"""How the client's side signs a step, at the engineer's workstation: electronically (the signer
types their own account and password here) or on paper (a form is printed, the step completes
when the signed copy is filed). Reusable by every step that needs such a signature."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCompleter,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

ELECTRONIC = "electronic"
PAPER = "paper"


class SignOffWidget(QGroupBox):
    """The signer's choice of method and, for an electronic signature, their credentials."""

    methodChanged = Signal(str)

    def __init__(self, signer_role: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("签字确认（{0}）").format(signer_role), parent)
        self.setObjectName("signoff_widget")
        self.electronic_radio = QRadioButton(
            self.tr("电子签字：确认人在本机输入自己的账户和密码"), self
        )
        self.electronic_radio.setObjectName("electronic_radio")
        self.paper_radio = QRadioButton(
            self.tr("纸质签字：打印签字单，签字件交回并归档后此步骤才完成"), self
        )
        self.paper_radio.setObjectName("paper_radio")
        self._group = QButtonGroup(self)
        self._group.addButton(self.electronic_radio)
        self._group.addButton(self.paper_radio)
        self.electronic_radio.setChecked(True)
        self.username_edit = QLineEdit(self)
        self.username_edit.setObjectName("signer_username")
        self.username_edit.setPlaceholderText(self.tr("确认人的登录名"))
        self.password_edit = QLineEdit(self)
        self.password_edit.setObjectName("signer_password")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(self.tr("由确认人本人输入"))
        self._form = QFormLayout()
        self._form.addRow(self.tr("确认人账户"), self.username_edit)
        self._form.addRow(self.tr("确认人密码"), self.password_edit)
        self.paper_hint = QLabel(
            self.tr(
                "保存时将生成带编号和二维码的系统缺陷类问题提交单（PDF），打印后交确认人签字。"
            ),
            self,
        )
        self.paper_hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.electronic_radio)
        layout.addLayout(self._form)
        layout.addWidget(self.paper_radio)
        layout.addWidget(self.paper_hint)
        self.electronic_radio.toggled.connect(self.on_electronic_radio_toggled)
        self.on_electronic_radio_toggled(True)

    def suggest(self, signers: list[tuple[str, str]]) -> None:
        """Offer the login names of those who may sign (typed part of a name or login name)."""
        completer = QCompleter([f"{user}" for user, _name in signers], self.username_edit)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.username_edit.setCompleter(completer)
        self.username_edit.setToolTip(
            "\n".join(self.tr("{0}：{1}").format(name, user) for user, name in signers)
        )

    def method(self) -> str:
        return ELECTRONIC if self.electronic_radio.isChecked() else PAPER

    def credentials(self) -> tuple[str, str]:
        return self.username_edit.text().strip(), self.password_edit.text()

    def clear_password(self) -> None:
        self.password_edit.clear()
        self.password_edit.setFocus()

    def on_electronic_radio_toggled(self, electronic: bool) -> None:
        self.username_edit.setEnabled(electronic)
        self.password_edit.setEnabled(electronic)
        if not electronic:
            self.password_edit.clear()  # nobody's password lies about in a hidden field
        self.paper_hint.setVisible(not electronic)
        self.methodChanged.emit(self.method())
