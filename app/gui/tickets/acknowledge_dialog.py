"""已联系，确认: whom the engineer reached about a ticket's escalations, how, and what was agreed."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import ContactMethod
from app.domain.validation import ValidationError
from app.gui.i18n import tr_domain, tr_error
from app.gui.tickets.action_dialog import TextField
from app.gui.widgets import ErrorLine, fill_enum
from app.services.context import Desk, PermissionRefusedError, StorageError
from app.services.tickets import escalations
from app.services.tickets.escalations import EscalationInfo


def rung_text(info: EscalationInfo) -> str:
    """``第2级 修复超时 → 售后服务部负责人 罗主任 内线 9002`` in the UI's language."""
    contact = " ".join(p for p in (info.contact_name, info.contact_phone) if p)
    return (
        QCoreApplication.translate("EscalationBanner", "第{level}级 {clock}超时 → {role} {contact}")
        .format(
            level=info.level,
            clock=tr_domain("enum", info.clock.label),
            role=tr_domain("escalation", info.contact_role),
            contact=contact,
        )
        .strip()
    )


class AcknowledgeDialog(QDialog):
    """Acknowledges every pending escalation of one ticket with one record of the call."""

    def __init__(
        self, desk: Desk, items: Sequence[EscalationInfo], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("acknowledge_dialog")
        self._desk = desk
        self.items = list(items)
        self.acknowledged = 0
        first = self.items[0]
        self.setWindowTitle(self.tr("{0} · 逐级上报确认").format(first.ticket_number))
        self.setMinimumWidth(480)

        rungs = "\n".join(rung_text(info) for info in self.items)
        self.rungs_label = QLabel(f"{first.ticket_number} {first.ticket_title}\n{rungs}", self)
        self.rungs_label.setObjectName("rungs_label")
        self.rungs_label.setWordWrap(True)
        self.reached_edit = QLineEdit(first.contact_name, self)
        self.reached_edit.setObjectName("reached_name")
        self.reached_edit.setMaxLength(50)
        self.method_combo = QComboBox(self)
        self.method_combo.setObjectName("method")
        fill_enum(self.method_combo, ContactMethod)
        self.agreed_edit = TextField(self)
        self.agreed_edit.setObjectName("agreed")
        self.agreed_edit.setPlaceholderText(self.tr("如：同意先提供备用机，14:30 前修复后回报"))
        form = QFormLayout()
        form.addRow(self.tr("联系到的人 *"), self.reached_edit)
        form.addRow(self.tr("联系方式 *"), self.method_combo)
        form.addRow(self.tr("商定内容 *"), self.agreed_edit)
        self.error_line = ErrorLine(self)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("确认已联系"))
        self.ok_button.setToolTip(self.tr("Ctrl+Enter"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.rungs_label)
        layout.addLayout(form)
        layout.addWidget(self.error_line)
        layout.addWidget(buttons)
        # Name and method are filled in from the ladder: what is left to type is the agreement.
        (self.agreed_edit if first.contact_name else self.reached_edit).setFocus()

    def values(self) -> dict[str, str]:
        return {
            "reached_name": self.reached_edit.text(),
            "method": self.method_combo.currentData() or "",
            "agreed": self.agreed_edit.toPlainText(),
        }

    def accept(self) -> None:
        try:
            self.acknowledged = escalations.acknowledge(
                self._desk, [info.id for info in self.items], self.values()
            )
        except ValidationError as error:
            self.error_line.show_validation(error)
            widgets = {"reached_name": self.reached_edit, "agreed": self.agreed_edit}
            first = widgets.get(error.errors[0].field) if error.errors else None
            if first is not None:
                first.setFocus()
            return
        except (PermissionRefusedError, StorageError) as error:
            self.error_line.show_text(tr_error(error))
            return
        super().accept()
