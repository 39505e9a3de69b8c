"""The ticket queue as a table model: ids from an SQL query, rows fetched and cached in pages."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from app.domain.enums import ClockKind, Severity
from app.domain.sla import ClockStatus, LoanerState
from app.gui.i18n import tr_domain
from app.gui.tickets.formatting import (
    DASH,
    clock_background,
    clock_foreground,
    clock_text,
    clock_tooltip,
    local_text,
)
from app.services import queue
from app.services.context import Desk
from app.services.queue import QueueFilter, QueueRow, SortKey

PAGE_SIZE = 200
TICKET_ID_ROLE = Qt.ItemDataRole.UserRole + 1

ModelIndex = QModelIndex | QPersistentModelIndex

# Column order; None = a column the queue cannot sort by in SQL.
COLUMNS: tuple[SortKey | None, ...] = (
    SortKey.NUMBER,
    SortKey.CLASS,
    SortKey.SEVERITY,
    SortKey.STATUS,
    SortKey.TITLE,
    SortKey.SYSTEM,
    SortKey.PLACE,
    SortKey.REQUESTER,
    SortKey.CALLED_AT,
    SortKey.RESPONSE,
    SortKey.ARRIVAL,
    SortKey.FIX,
    None,  # loaner
    None,  # escalation level
)
COL_NUMBER, COL_CLASS, COL_SEVERITY, COL_STATUS, COL_TITLE = range(5)
COL_SYSTEM, COL_PLACE, COL_REQUESTER, COL_CALLED_AT = range(5, 9)
COL_RESPONSE, COL_ARRIVAL, COL_FIX, COL_LOANER, COL_ESCALATION = range(9, 14)
CLOCK_COLUMNS = {
    COL_RESPONSE: ClockKind.RESPONSE,
    COL_ARRIVAL: ClockKind.ARRIVAL,
    COL_FIX: ClockKind.FIX,
}

_ESCALATED = QColor("#a31515")
_SEVERITY_COLOURS = {Severity.MAJOR: QColor("#9a5200"), Severity.EMERGENCY: QColor("#b3261e")}


def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


class QueueModel(QAbstractTableModel):
    """Ticket ids in query order; rows are fetched in pages of ``PAGE_SIZE`` when first shown."""

    def __init__(self, desk: Desk, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._filter = QueueFilter()
        self._sort_key = SortKey.CALLED_AT
        self._descending = True
        self._ids: list[int] = []
        self._pages: dict[int, list[QueueRow | None]] = {}
        self._headers = [
            self.tr("编号"),
            self.tr("类别"),
            self.tr("紧急程度"),
            self.tr("状态"),
            self.tr("标题"),
            self.tr("所属系统"),
            self.tr("地点"),
            self.tr("提出人"),
            self.tr("报修时间"),
            tr_domain("enum", ClockKind.RESPONSE.label),
            tr_domain("enum", ClockKind.ARRIVAL.label),
            tr_domain("enum", ClockKind.FIX.label),
            self.tr("备用机"),
            self.tr("升级"),
        ]

    # --- the query ---------------------------------------------------------------------------

    @property
    def queue_filter(self) -> QueueFilter:
        return self._filter

    @property
    def sort_key(self) -> SortKey:
        return self._sort_key

    @property
    def descending(self) -> bool:
        return self._descending

    def set_filter(self, flt: QueueFilter) -> None:
        """Show the tickets matching ``flt`` (re-queries in SQL)."""
        self._filter = flt
        self.requery(force_reset=True)

    def requery(self, force_reset: bool = False) -> None:
        """Re-run the query; if the same ids come back, only recompute the shown rows."""
        ids = queue.query_ids(self._desk, self._filter, self._sort_key, self._descending)
        if ids == self._ids and not force_reset:
            self.refresh_rows()
            return
        self.beginResetModel()
        self._ids = ids
        self._pages.clear()
        self.endResetModel()

    def refresh_rows(self) -> None:
        """Fetch the cached pages again (clocks move, statuses change) and repaint them."""
        for page in list(self._pages):
            self._pages[page] = self._fetch_page(page)
        if self._ids:
            last = self.columnCount() - 1
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, last))

    def sortable(self, column: int) -> bool:
        return 0 <= column < len(COLUMNS) and COLUMNS[column] is not None

    def sort_column(self) -> int:
        return COLUMNS.index(self._sort_key)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in SQL by the column's key; columns without a key keep the current order."""
        if not self.sortable(column):
            return
        key = COLUMNS[column]
        assert key is not None
        descending = order == Qt.SortOrder.DescendingOrder
        if key == self._sort_key and descending == self._descending and self._ids:
            return
        self._sort_key = key
        self._descending = descending
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        old_ids = [self._ids[i.row()] for i in old]
        self._ids = queue.query_ids(self._desk, self._filter, key, descending)
        self._pages.clear()
        positions = {ticket_id: row for row, ticket_id in enumerate(self._ids)}
        new = [
            self.index(positions[t], i.column()) if t in positions else QModelIndex()
            for t, i in zip(old_ids, old, strict=True)
        ]
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()

    # --- rows --------------------------------------------------------------------------------

    def ids(self) -> list[int]:
        return list(self._ids)

    def row_of(self, ticket_id: int) -> int:
        """The row showing ``ticket_id``, or -1."""
        try:
            return self._ids.index(ticket_id)
        except ValueError:
            return -1

    def ticket_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def queue_row(self, row: int) -> QueueRow | None:
        """The fetched row at ``row`` (fetching its page if needed)."""
        if not 0 <= row < len(self._ids):
            return None
        page = row // PAGE_SIZE
        if page not in self._pages:
            self._pages[page] = self._fetch_page(page)
        rows = self._pages[page]
        offset = row - page * PAGE_SIZE
        return rows[offset] if offset < len(rows) else None

    def _fetch_page(self, page: int) -> list[QueueRow | None]:
        ids = self._ids[page * PAGE_SIZE : (page + 1) * PAGE_SIZE]
        rows = {r.id: r for r in queue.fetch_rows(self._desk, ids)}
        # A ticket deleted since the query keeps its place as a blank row.
        return [rows.get(i) for i in ids]

    # --- Qt model API ------------------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                return self._headers[section]
            if role == Qt.ItemDataRole.ToolTipRole and not self.sortable(section):
                return self.tr("此列不能排序")
            if role == Qt.ItemDataRole.InitialSortOrderRole:
                # Newest calls first; everything else (numbers, most urgent due) ascending.
                newest_first = COLUMNS[section] is SortKey.CALLED_AT
                return Qt.SortOrder.DescendingOrder if newest_first else Qt.SortOrder.AscendingOrder
            return None
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return section + 1
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role == TICKET_ID_ROLE:
            return self._ids[index.row()]
        row = self.queue_row(index.row())
        if row is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if column in CLOCK_COLUMNS:
            status = self._clock(row, column)
            if role == Qt.ItemDataRole.BackgroundRole:
                return clock_background(status.state)
            if role == Qt.ItemDataRole.ForegroundRole:
                return clock_foreground(status.state)
            if role == Qt.ItemDataRole.ToolTipRole:
                return clock_tooltip(status)
            return None
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_TITLE:
            return row.title
        if column == COL_SEVERITY and row.severity in _SEVERITY_COLOURS:
            if role == Qt.ItemDataRole.ForegroundRole:
                return _SEVERITY_COLOURS[row.severity]
            if role == Qt.ItemDataRole.FontRole and row.severity is Severity.EMERGENCY:
                return _bold()
        if column == COL_LOANER and row.loaner is LoanerState.DUE:
            if role == Qt.ItemDataRole.BackgroundRole:
                return QColor("#ffd978")
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("未修复的硬件已超过备用机时限，应提供相同型号的备用机")
        if column == COL_ESCALATION and row.escalation_level:
            if role == Qt.ItemDataRole.ForegroundRole:
                return _ESCALATED
            if role == Qt.ItemDataRole.FontRole:
                return _bold()
        return None

    def _clock(self, row: QueueRow, column: int) -> ClockStatus:
        kind = CLOCK_COLUMNS[column]
        return next(c for c in row.clocks if c.kind is kind)

    def _display(self, row: QueueRow, column: int) -> str:
        if column in CLOCK_COLUMNS:
            return clock_text(self._clock(row, column))
        if column == COL_LOANER:
            return self.tr("需提供") if row.loaner is LoanerState.DUE else ""
        if column == COL_ESCALATION:
            return self.tr("第{0}级").format(row.escalation_level) if row.escalation_level else ""
        values = {
            COL_NUMBER: row.number,
            COL_CLASS: tr_domain("enum", row.ticket_class.label),
            COL_SEVERITY: tr_domain("enum", row.severity.label),
            COL_STATUS: tr_domain("enum", row.status.label),
            COL_TITLE: row.title,
            COL_SYSTEM: row.system_name,
            COL_PLACE: row.place,
            COL_REQUESTER: row.requester_name,
            COL_CALLED_AT: local_text(row.called_at),
        }
        return values.get(column, DASH)
