"""The audit records as a table: the model holds the matching records' numbers and fetches the
rows a page at a time as they are shown (a trail of a million records stays quick)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from app.domain.i18n import QT_TRANSLATE_NOOP
from app.gui.i18n import tr_domain
from app.gui.tickets.formatting import local_text
from app.services import audit_trail
from app.services.audit_trail import AuditEntry, AuditFilter
from app.services.context import Desk

Index = QModelIndex | QPersistentModelIndex
PAGE = 200
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1
HEADERS = (
    QT_TRANSLATE_NOOP("AuditModel", "序号"),
    QT_TRANSLATE_NOOP("AuditModel", "时间"),
    QT_TRANSLATE_NOOP("AuditModel", "账户"),
    QT_TRANSLATE_NOOP("AuditModel", "工作站"),
    QT_TRANSLATE_NOOP("AuditModel", "操作"),
    QT_TRANSLATE_NOOP("AuditModel", "对象"),
    QT_TRANSLATE_NOOP("AuditModel", "结果"),
    QT_TRANSLATE_NOOP("AuditModel", "说明"),
)
OUTCOMES = {
    "success": QT_TRANSLATE_NOOP("AuditModel", "成功"),
    "refused": QT_TRANSLATE_NOOP("AuditModel", "已拒绝"),
    "failure": QT_TRANSLATE_NOOP("AuditModel", "失败"),
}


class AuditModel(QAbstractTableModel):
    """Newest first; filtered in SQL."""

    def __init__(self, desk: Desk, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self.ids: list[int] = []
        self._rows: dict[int, AuditEntry] = {}

    def set_filter(self, flt: AuditFilter) -> None:
        self.beginResetModel()
        self.ids = audit_trail.record_ids(self._desk, flt)
        self._rows = {}
        self.endResetModel()

    def entry(self, row: int) -> AuditEntry | None:
        if not 0 <= row < len(self.ids):
            return None
        record_id = self.ids[row]
        if record_id not in self._rows:
            start = row - row % PAGE
            page = self.ids[start : start + PAGE]
            self._rows.update((e.id, e) for e in audit_trail.fetch_entries(self._desk, page))
        return self._rows.get(record_id)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(  # noqa: N802 - Qt's name
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(HEADERS)
        ):
            return tr_domain("AuditModel", HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self.entry(index.row())
        if entry is None:
            return None
        if role == ENTRY_ROLE:
            return entry
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell(entry, index.column())
        if role == Qt.ItemDataRole.ForegroundRole and entry.outcome != "success":
            return QBrush(QColor("#a61b1b"))
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 7:
            return entry.detail or None
        return None

    @staticmethod
    def cell(entry: AuditEntry, column: int) -> str:
        if column == 0:
            return str(entry.id)
        if column == 1:
            return local_text(entry.at)
        if column == 2:
            name = entry.display_name or entry.username
            return f"{name}（{entry.username}）" if entry.display_name else name
        if column == 3:
            return entry.workstation
        if column == 4:
            return tr_domain(entry.action_label.context, entry.action_label.text)
        if column == 5:
            kind = tr_domain("table", entry.object_type_label) if entry.object_type else ""
            return " ".join(p for p in (kind, entry.object_label) if p)
        if column == 6:
            return tr_domain("AuditModel", OUTCOMES.get(entry.outcome, entry.outcome))
        return entry.detail.replace("\n", " ")
