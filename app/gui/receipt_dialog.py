"""登记签字回执: file the signed paper copy of a document by typing or scanning its serial number.

A USB barcode scanner types the QR code's text ("SERIAL;TICKET") and presses Enter; each Enter
files one document, shows the result and clears the field for the next scan.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.i18n import MarkedError
from app.gui.i18n import tr_error
from app.gui.tickets.formatting import local_text
from app.gui.widgets import ERROR_STYLE
from app.services import filing
from app.services.context import Desk
from app.services.documents import DocumentInfo

OK_STYLE = "color: #1e5b23; font-weight: bold;"


class ReceiptDialog(QDialog):
    """Files signed copies one scan after another; says what was filed or what is wrong."""

    documentFiled = Signal(object)  # DocumentInfo

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self.filed: list[DocumentInfo] = []
        self.setObjectName("ReceiptDialog")
        self.setWindowTitle(self.tr("登记签字回执"))
        self.resize(560, 380)

        hint = QLabel(
            self.tr("签字后的纸质文档交回时，用扫码枪扫描文档上的二维码，或输入文档编号后按回车。"),
            self,
        )
        hint.setWordWrap(True)
        self.serial_edit = QLineEdit(self)
        self.serial_edit.setObjectName("serial_edit")
        self.serial_edit.setPlaceholderText(self.tr("例如 QX-2026-0001"))
        self.signer_edit = QLineEdit(self)
        self.signer_edit.setObjectName("signer_edit")
        self.signer_edit.setPlaceholderText(
            self.tr("签字单（待纸质签字的步骤）须填写：纸上签字人的姓名")
        )
        self.signer_edit.setClearButtonEnabled(True)
        self.scan_edit = QLineEdit(self)
        self.scan_edit.setObjectName("scan_edit")
        self.scan_edit.setPlaceholderText(self.tr("可选：签字件的扫描文件"))
        self.scan_edit.setClearButtonEnabled(True)
        self.scan_button = QPushButton(self.tr("附加扫描件…"), self)
        self.scan_button.setObjectName("scan_button")
        scan_row = QHBoxLayout()
        scan_row.addWidget(self.scan_edit, 1)
        scan_row.addWidget(self.scan_button)
        form = QFormLayout()
        form.addRow(self.tr("文档编号"), self.serial_edit)
        form.addRow(self.tr("签字人"), self.signer_edit)
        form.addRow(self.tr("扫描件"), scan_row)

        self.result_label = QLabel(self)
        self.result_label.setObjectName("result_label")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.history = QListWidget(self)
        self.history.setObjectName("history")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setText(self.tr("关闭"))
        for button in (self.scan_button, self.close_button):
            button.setAutoDefault(False)  # Enter belongs to the serial field (the scanner)

        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(self.result_label)
        layout.addWidget(QLabel(self.tr("本次已归档"), self))
        layout.addWidget(self.history, 1)
        layout.addWidget(buttons)

        self.serial_edit.returnPressed.connect(self.on_serial_edit_returnPressed)
        self.signer_edit.returnPressed.connect(self.on_signer_edit_returnPressed)
        self.scan_button.clicked.connect(self.on_scan_button_clicked)
        buttons.rejected.connect(self.reject)
        self.serial_edit.setFocus()

    def file_serial(self, text: str) -> DocumentInfo | None:
        """File the document whose serial (or scanned QR text) is ``text``; None on error."""
        scan = self.scan_edit.text().strip()
        signer = self.signer_edit.text().strip()
        try:
            if not signer and filing.waits_for_signer(self._desk, text):
                self._say(
                    self.tr(
                        "此文档是待纸质签字步骤的签字单：请填写签字人（纸上签字的人）后再按回车。"
                    ),
                    ERROR_STYLE,
                )
                self.signer_edit.setFocus()
                return None
            info, completed = filing.file_signed_copy(
                self._desk, text, Path(scan) if scan else None, signer
            )
        except MarkedError as exc:  # refused, or the database failed: nothing filed
            self._say(tr_error(exc), ERROR_STYLE)
            return None
        self.filed.append(info)
        ticket = info.ticket_number or "—"
        done = self.tr("\n步骤已完成：{0}").format(completed) if completed else ""
        self._say(
            self.tr("已归档：{0}（工单 {1}），{2}").format(
                info.serial, ticket, local_text(info.signed_filed_at)
            )
            + done,
            OK_STYLE,
        )
        self.history.insertItem(0, self.tr("{0}　工单 {1}").format(info.serial, ticket))
        self.serial_edit.clear()
        self.scan_edit.clear()  # a scan belongs to one document
        self.signer_edit.clear()  # and so does its signer
        self.documentFiled.emit(info)
        return info

    def _say(self, text: str, style: str) -> None:
        self.result_label.setText(text)
        self.result_label.setStyleSheet(style)

    # --- slots -------------------------------------------------------------------------------

    def on_serial_edit_returnPressed(self) -> None:
        text = self.serial_edit.text()
        if self.file_serial(text) is None and self.focusWidget() is not self.signer_edit:
            self.serial_edit.selectAll()  # the next scan replaces the wrong text

    def on_signer_edit_returnPressed(self) -> None:
        if self.serial_edit.text().strip():
            self.on_serial_edit_returnPressed()

    def on_scan_button_clicked(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("选择签字件的扫描文件"),
            "",
            self.tr("扫描件 (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;所有文件 (*)"),
        )
        if chosen:
            self.scan_edit.setText(chosen)
        self.serial_edit.setFocus()
