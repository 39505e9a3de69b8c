"""问题汇报 of a ticket: the five texts, drafted from the ticket, edited, saved and printed."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.validation import ValidationError
from app.gui.i18n import tr_error
from app.gui.tickets.action_dialog import TextField
from app.gui.widgets import ErrorLine
from app.services.context import Desk, StorageError
from app.services.documents import DocumentError
from app.services.plans import incident_report


class IncidentReportDialog(QDialog):
    """保存 stores the texts; 保存并生成 PDF also asks where to save the registered PDF."""

    printRequested = Signal(str, dict)  # ticket number, the texts

    def __init__(self, desk: Desk, ticket_id: int, number: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._desk = desk
        self.ticket_id = ticket_id
        self.number = number
        self.setObjectName("IncidentReportDialog")
        self.setWindowTitle(self.tr("问题汇报：{0}").format(number))
        self.resize(720, 680)
        text = incident_report.incident_text(desk, ticket_id)
        self.edits: dict[str, TextField] = {}
        form = QFormLayout()
        labels = {
            "happened": self.tr("事件经过"),
            "impact": self.tr("影响范围"),
            "cause": self.tr("原因分析"),
            "actions": self.tr("处理措施"),
            "prevention": self.tr("预防措施"),
        }
        for name, label in labels.items():
            edit = TextField(self)
            edit.setObjectName(f"{name}_edit")
            edit.setPlainText(getattr(text, name))
            self.edits[name] = edit
            form.addRow(label, edit)
        source = (
            self.tr("已保存的问题汇报")
            if text.saved
            else self.tr("由工单内容生成的草稿，请补充影响范围等内容后保存")
        )
        self.source_label = QLabel(source, self)
        self.source_label.setStyleSheet("color: #555;")
        self.error_label = ErrorLine(self)
        self.buttons = QDialogButtonBox(self)
        self.save_button = QPushButton(self.tr("保存"), self)
        self.save_button.setObjectName("save_button")
        self.print_button = QPushButton(self.tr("保存并生成 PDF…"), self)
        self.print_button.setObjectName("print_button")
        # 保存并生成 PDF… stands apart (left); 保存 and 取消 sit together as in every other dialog.
        self.buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.tr("取消"), QDialogButtonBox.ButtonRole.RejectRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.source_label)
        layout.addLayout(form, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.save_button.clicked.connect(self.on_save_button_clicked)
        self.print_button.clicked.connect(self.on_print_button_clicked)
        self.buttons.rejected.connect(self.reject)

    def values(self) -> dict[str, str]:
        return {name: edit.toPlainText() for name, edit in self.edits.items()}

    def _save(self) -> bool:
        try:
            incident_report.save_incident_text(self._desk, self.ticket_id, self.values())
        except ValidationError as error:
            self.error_label.show_validation(error)
            return False
        except (DocumentError, StorageError) as error:
            self.error_label.show_text(tr_error(error))
            return False
        return True

    def on_save_button_clicked(self) -> None:
        if self._save():
            self.accept()

    def on_print_button_clicked(self) -> None:
        if self._save():
            self.printRequested.emit(self.number, self.values())
            self.accept()
