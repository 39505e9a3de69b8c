"""The 维护资料 page: the documents handed over by system, newest versions with the older kept,
a new document or version, its file saved out, and the hand-over list to sign."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.domain.devices.documents import DocumentKind
from app.domain.i18n import MarkedError
from app.gui.devices.device_files import DeviceFiles
from app.gui.files import ask_save_path, start_folder
from app.gui.i18n import tr_domain, tr_error
from app.gui.messages import OpenFileBox, show_error
from app.gui.rows_model import Colours, RowsModel
from app.gui.store.dialog_base import StoreDialog
from app.gui.table_views import row_table
from app.gui.ui_settings import DOCUMENT_FOLDER
from app.services import reference
from app.services.context import Desk
from app.services.devices import documents
from app.services.devices.documents import MaintenanceDocumentInfo


class DocumentsModel(RowsModel[MaintenanceDocumentInfo]):
    """The library; versions replaced by a newer one greyed."""

    def headers(self) -> Sequence[str]:
        return [
            self.tr("所属系统"),
            self.tr("资料类别"),
            self.tr("资料名称"),
            self.tr("版本"),
            self.tr("形式"),
            self.tr("移交人"),
            self.tr("移交日期"),
            self.tr("状态"),
        ]

    def cell(self, row: MaintenanceDocumentInfo, column: int) -> str:
        return [
            row.system_name,
            tr_domain("enum", row.kind.label),
            row.title,
            row.version,
            self._form(row),
            row.handed_over_by,
            row.handed_over_on.isoformat(),
            self.tr("现行") if row.current else self.tr("已被新版本替代"),
        ][column]

    def _form(self, row: MaintenanceDocumentInfo) -> str:
        """How it was handed over, in the UI's language (``row.form`` is the printed Chinese)."""
        parts = ([self.tr("电子")] if row.attachment else []) + (
            [self.tr("纸质{0}份").format(row.copies)] if row.paper else []
        )
        return self.tr("＋").join(parts) or "—"

    def tooltip(self, row: MaintenanceDocumentInfo, column: int) -> str:
        if row.attachment is None:
            return row.notes
        return f"{row.attachment.file_name}\nSHA-256 {row.attachment.sha256}\n{row.notes}".strip()

    def colours(self, row: MaintenanceDocumentInfo, column: int) -> Colours | None:
        return None if row.current else (None, "#888888")


class DocumentDialog(StoreDialog):
    """A document handed over: system, kind, title, version, dates, who, the file or the paper."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("登记维护资料"), parent)
        self.setObjectName("document_dialog")
        self._desk = desk
        self.document: MaintenanceDocumentInfo | None = None
        self.system = QComboBox(self, objectName="system")
        self.system.addItem(self.tr("全部系统"), "")
        for system in reference.list_systems(desk):
            self.system.addItem(system.name, system.code)
        self.kind = QComboBox(self, objectName="kind")
        for kind in DocumentKind:
            self.kind.addItem(tr_domain("enum", kind.label), kind.value)
        self.title = QLineEdit(self, objectName="title")
        self.title.setPlaceholderText(
            self.tr("同系统、同类别、同名称的资料登记为新版本，旧版本保留")
        )
        self.version = QLineEdit(self, objectName="version")
        self.handed_over_by = QLineEdit(self, objectName="handed_over_by")
        today = QDate(desk.today())
        self.handed_over_on = QDateEdit(today, self)
        self.handed_over_on.setObjectName("handed_over_on")
        self.handed_over_on.setCalendarPopup(True)
        self.handed_over_on.setDisplayFormat("yyyy-MM-dd")
        self.paper = QCheckBox(self.tr("纸质"), self, objectName="paper")
        self.copies = QSpinBox(self, objectName="copies")
        self.copies.setRange(0, 99)
        self.copies.setValue(1)
        self.file = QLineEdit(self, objectName="file")
        self.file.setReadOnly(True)
        self.browse = QPushButton(self.tr("选择文件…"), self, objectName="browse")
        self.notes = QLineEdit(self, objectName="notes")
        row = QWidget(self)
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.file, 1)
        line.addWidget(self.browse)
        paper = QWidget(self)
        pline = QHBoxLayout(paper)
        pline.setContentsMargins(0, 0, 0, 0)
        pline.addWidget(self.paper)
        pline.addWidget(self.copies)
        pline.addStretch(1)
        for label, widget in (
            (self.tr("所属系统"), self.system),
            (self.tr("资料类别 *"), self.kind),
            (self.tr("资料名称 *"), self.title),
            (self.tr("版本"), self.version),
            (self.tr("移交人 *"), self.handed_over_by),
            (self.tr("移交日期"), self.handed_over_on),
            (self.tr("电子版文件"), row),
            (self.tr("纸质份数"), paper),
            (self.tr("备注"), self.notes),
        ):
            self.form.addRow(label, widget)
        self.browse.clicked.connect(self.on_browse_clicked)

    def submit(self) -> None:
        values = {
            "system": self.system.currentData() or "",
            "kind": self.kind.currentData(),
            "title": self.title.text(),
            "version": self.version.text(),
            "handed_over_by": self.handed_over_by.text(),
            "handed_over_on": self.handed_over_on.date().toPython(),
            "copies": self.copies.value(),
            "paper": self.paper.isChecked(),
            "notes": self.notes.text(),
        }
        file = Path(self.file.text()) if self.file.text() else None
        self.document = documents.add_document(self._desk, values, file)

    def on_browse_clicked(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("选择电子版文件"), str(start_folder(DOCUMENT_FOLDER))
        )
        if chosen:
            self.file.setText(chosen)


class DocumentsPage(QWidget):
    """The library by system; 现行 versions only, or all of them."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self.dialog: DocumentDialog | None = None
        self.message_box: object = None
        self.files = DeviceFiles(desk, self)
        self.system = QComboBox(self, objectName="documents_system")
        self.system.addItem(self.tr("全部系统"), None)
        for system in reference.list_systems(desk):
            self.system.addItem(system.name, system.code)
        self.current_only = QCheckBox(self.tr("只看现行版本"), self, objectName="current_only")
        self.current_only.setChecked(True)
        self.model = DocumentsModel(self)
        self.view = row_table(self.model, "documents_view", None, self, stretch=2)
        self.new_button = QPushButton(self.tr("登记资料…"), self, objectName="new_document")
        self.save_button = QPushButton(self.tr("另存电子版…"), self, objectName="save_document")
        self.handover_button = QPushButton(
            self.tr("打印移交清单…"), self, objectName="print_handover"
        )
        top = QHBoxLayout()
        top.addWidget(self.system)
        top.addWidget(self.current_only)
        top.addStretch(1)
        for button in (self.new_button, self.save_button, self.handover_button):
            top.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        self.system.currentIndexChanged.connect(self.on_filter_changed)
        self.current_only.toggled.connect(self.on_filter_changed)
        self.new_button.clicked.connect(self.on_new_button_clicked)
        self.save_button.clicked.connect(self.on_save_button_clicked)
        self.handover_button.clicked.connect(self.on_handover_button_clicked)

    def refresh(self) -> None:
        self.model.set_rows(
            documents.list_documents(
                self._desk, self.system.currentData(), self.current_only.isChecked()
            )
        )

    def selected(self) -> MaintenanceDocumentInfo | None:
        index = self.view.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def on_filter_changed(self, *_args: object) -> None:
        self.refresh()

    def on_new_button_clicked(self) -> None:
        dialog = DocumentDialog(self._desk, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self.on_dialog_accepted)
        self.dialog = dialog
        dialog.open()

    def on_dialog_accepted(self) -> None:
        self.dialog = None
        self.refresh()

    def on_save_button_clicked(self) -> None:
        chosen = self.selected()
        if chosen is None or chosen.attachment is None:
            return
        out = ask_save_path(
            self,
            self.tr("另存电子版"),
            chosen.attachment.file_name,
            self.tr("全部文件 (*)"),
            DOCUMENT_FOLDER,
        )
        if out is None:
            return
        try:
            saved = documents.save_document_file(self._desk, chosen.id, out)
        except (MarkedError, OSError) as error:
            text = tr_error(error) if isinstance(error, MarkedError) else str(error)
            self.message_box = show_error(self, self.tr("无法另存文件"), text)
            return
        self.message_box = OpenFileBox(
            self, self.tr("文件已保存"), self.tr("已核对校验值并保存到：\n{0}").format(saved), saved
        )

    def on_handover_button_clicked(self) -> None:
        self.files.handover_list(self.system.currentData())
