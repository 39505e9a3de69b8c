"""The ticket detail's printed documents: serial, kind, printed when and by whom, signed copy filed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from app.gui.i18n import tr_domain
from app.gui.tickets.detail_sections import Section, value_label
from app.gui.tickets.formatting import local_text
from app.services.documents import DocumentInfo
from app.services.tickets.detail import TicketDetail

FILED_STYLE = "color: #1e5b23; font-weight: bold;"
NOT_FILED_STYLE = "color: #8a5a00;"


class DocumentsSection(Section):
    """One row per printed document of the ticket, oldest first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("打印文档"), parent)
        self.status_labels: dict[str, QLabel] = {}  # serial → 已归档 / 未归档

    def fill(self, detail: TicketDetail) -> None:  # documents come separately
        self.set_documents([])

    def set_documents(self, docs: list[DocumentInfo]) -> None:
        """Rebuild the rows for ``docs``; an empty list says none was printed yet."""
        grid = QGridLayout(self.fresh_body())
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(14)
        grid.setColumnStretch(2, 1)
        self.status_labels = {}
        if not docs:
            empty = QLabel(self.tr("尚未打印文档"))
            empty.setStyleSheet("color: #777;")
            grid.addWidget(empty, 0, 0, 1, 4)
        for row, doc in enumerate(docs):
            serial = value_label(doc.serial)
            serial.setObjectName(f"doc_{doc.serial}")
            printed = self.tr("{0} 由 {1} 打印").format(
                local_text(doc.created_at), doc.generated_by or "—"
            )
            if doc.voided_at is not None:
                status = QLabel(self.tr("作废"))
                status.setStyleSheet(NOT_FILED_STYLE)
                status.setToolTip(
                    self.tr("{0} 作废：{1}").format(local_text(doc.voided_at), doc.void_reason)
                )
            elif doc.signed_filed_at is not None:
                status = QLabel(self.tr("已归档 {0}").format(local_text(doc.signed_filed_at)))
                status.setStyleSheet(FILED_STYLE)
                tip = self.tr("签字件由 {0} 归档").format(doc.filed_by or "—")
                if doc.scan_path:
                    tip += "\n" + self.tr("扫描件：{0}").format(doc.scan_path)
                status.setToolTip(tip)
            else:
                status = QLabel(self.tr("未归档"))
                status.setStyleSheet(NOT_FILED_STYLE)
                status.setToolTip(self.tr("签字件尚未归档：用“文件 → 登记签字回执”扫描编号"))
            status.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.status_labels[doc.serial] = status
            grid.addWidget(serial, row, 0)
            grid.addWidget(QLabel(tr_domain("document", doc.kind_label)), row, 1)
            grid.addWidget(value_label(printed), row, 2)
            grid.addWidget(status, row, 3)
        if self._body is not None:
            self._body.show()
