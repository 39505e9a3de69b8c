"""The ticket queue as a table model: ids from an SQL query, rows fetched and cached in pages.

Queries run in the background (``app.gui.tasks``): ``set_filter``, ``sort`` and ``requery``
return at once and the model changes when the result arrives — reset if other tickets came back,
a layout change if the same tickets came back in another order (the selection follows them),
otherwise only the shown rows are repainted. A newer query supersedes an older one.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont

from app.domain.enums import ClockKind, Severity
from app.domain.tickets.sla import ClockStatus, LoanerState
from app.gui.i18n import tr_domain
from app.gui.tasks import TaskRunner
from app.gui.tickets.formatting import (
    DASH,
    clock_background,
    clock_foreground,
    clock_text,
    clock_tooltip,
    local_text,
)
from app.services.context import Desk
from app.services.tickets import queue
from app.services.tickets.queue import QueueFilter, QueueRow, SortKey

PAGE_SIZE = 200
# Pages kept, least recently used dropped first: bounds the memory.
MAX_PAGES = 8
# The most recently used pages: those in view (and the one fetched ahead). A query or a refresh
# fetches these again in the background; older pages are dropped and fetched when next shown.
RECENT_PAGES = 3
_QUERY = "query"  # the runner key: a newer query or row refresh supersedes an older one
TICKET_ID_ROLE = Qt.ItemDataRole.UserRole + 1

ModelIndex = QModelIndex | QPersistentModelIndex
Page = list[QueueRow | None]

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

_TEXT_COLUMNS = {
    COL_NUMBER: "number",
    COL_TITLE: "title",
    COL_SYSTEM: "system_name",
    COL_PLACE: "place",
    COL_REQUESTER: "requester_name",
}
_ENUM_COLUMNS = {COL_CLASS: "ticket_class", COL_SEVERITY: "severity", COL_STATUS: "status"}

_ESCALATED = QColor("#a31515")
_SEVERITY_COLOURS = {Severity.MAJOR: QColor("#9a5200"), Severity.EMERGENCY: QColor("#b3261e")}


def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


def fetch_page(desk: Desk, ids: Sequence[int], page: int) -> Page:
    """The rows of one page of ``ids``; a ticket deleted since the query is a blank (None) row."""
    page_ids = ids[page * PAGE_SIZE : (page + 1) * PAGE_SIZE]
    rows = {r.id: r for r in queue.fetch_rows(desk, page_ids)}
    return [rows.get(i) for i in page_ids]


@dataclass(frozen=True)
class QueryResult:
    """What a background query brings back, compared with the ids the model showed (``base``)."""

    base: list[int]
    ids: list[int]
    positions: dict[int, int]  # ticket id → row
    pages: dict[int, Page]
    same_ids: bool  # the same tickets in the same order
    same_tickets: bool  # the same tickets, perhaps in another order


def run_query(
    desk: Desk,
    flt: QueueFilter,
    key: SortKey,
    descending: bool,
    base: list[int],
    base_positions: dict[int, int],
    pages: Sequence[int],
) -> QueryResult:
    """On the worker: the ids, the row index, the comparison and the pages in view, so the GUI
    thread only swaps them in (nothing there is O(number of tickets))."""
    ids = queue.query_ids(desk, flt, key, descending)
    same_ids = ids == base
    if same_ids:
        ids, positions = base, base_positions
    else:
        positions = {ticket_id: row for row, ticket_id in enumerate(ids)}
    same_tickets = same_ids or (len(ids) == len(base) and positions.keys() == base_positions.keys())
    wanted = sorted({0, *pages})
    fetched = {p: fetch_page(desk, ids, p) for p in wanted if p * PAGE_SIZE < len(ids)}
    return QueryResult(base, ids, positions, fetched, same_ids, same_tickets)


def fetch_pages(desk: Desk, ids: list[int], pages: Sequence[int]) -> dict[int, Page]:
    """On the worker: these pages of ``ids`` again (the clocks moved)."""
    return {p: fetch_page(desk, ids, p) for p in pages if p * PAGE_SIZE < len(ids)}


class QueueModel(QAbstractTableModel):
    """Ticket ids in query order; rows are fetched in pages of ``PAGE_SIZE`` when first shown.

    ``busyChanged`` while a query or refresh runs; ``queryFinished`` once a query's result is
    in the model; ``queryFailed`` with the database's message if it could not run.
    """

    busyChanged = Signal(bool)
    queryFinished = Signal()
    queryFailed = Signal(str)

    def __init__(self, desk: Desk, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._filter = QueueFilter()
        self._sort_key = SortKey.CALLED_AT
        self._descending = True
        # Replaced, never changed in place: a worker may be comparing against them.
        self._ids: list[int] = []
        self._positions: dict[int, int] = {}
        self._pages: OrderedDict[int, Page] = OrderedDict()
        self._loading: set[int] = set()  # pages being fetched in the background
        self._querying = False
        self._loaded = False
        self._runner = TaskRunner(desk, self)
        self._runner.busyChanged.connect(self.busyChanged)
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

    @property
    def runner(self) -> TaskRunner:
        return self._runner

    @property
    def busy(self) -> bool:
        """A query or a refresh of the rows is running."""
        return self._runner.busy

    @property
    def querying(self) -> bool:
        """A query is running; the ids shown are those of the previous one."""
        return self._querying

    @property
    def loaded(self) -> bool:
        """A query's result has arrived at least once."""
        return self._loaded

    def set_filter(self, flt: QueueFilter) -> None:
        """Show the tickets matching ``flt`` (queried in SQL, in the background)."""
        self._filter = flt
        self.requery()

    def requery(self) -> None:
        """Run the query again in the background; the model follows when the result arrives."""
        self._querying = True
        flt, key, descending = self._filter, self._sort_key, self._descending
        base, positions, pages = self._ids, self._positions, self._recent_pages()
        self._runner.run(
            lambda desk: run_query(desk, flt, key, descending, base, positions, pages),
            self._on_query_result,
            self._on_query_error,
            key=_QUERY,
        )

    def refresh_rows(self) -> None:
        """Fetch the cached pages again in the background (clocks move) and repaint them."""
        if self._querying or not self._pages:
            return  # a running query brings fresh rows anyway
        ids, pages = self._ids, self._recent_pages()
        for page in [p for p in self._pages if p not in pages]:
            del self._pages[page]  # out of view: fetched afresh when shown again
        self._runner.run(
            lambda desk: fetch_pages(desk, ids, pages),
            lambda fetched: self._on_rows_fetched(ids, fetched),
            self._on_query_error,
            key=_QUERY,
        )

    def _on_query_result(self, result: QueryResult) -> None:
        self._querying = False
        # Results are never applied out of order, so ``base`` is what the model shows.
        changed = result.base is not self._ids
        if result.same_ids and not changed:
            self._pages = OrderedDict(result.pages)
            self._repaint(0, len(self._ids) - 1)
        elif result.same_tickets and not changed:
            self.layoutAboutToBeChanged.emit()
            old = self.persistentIndexList()
            rows = [result.positions.get(self._ids[index.row()], -1) for index in old]
            self._ids, self._positions = result.ids, result.positions
            self._loading = set()
            self._pages = OrderedDict(result.pages)
            new = [
                self.index(row, index.column()) if row >= 0 else QModelIndex()
                for row, index in zip(rows, old, strict=True)
            ]
            self.changePersistentIndexList(old, new)
            self.layoutChanged.emit()
        else:
            self.beginResetModel()
            self._ids, self._positions = result.ids, result.positions
            self._loading = set()
            self._pages = OrderedDict(result.pages)
            self.endResetModel()
        self._loaded = True
        self.queryFinished.emit()

    def _on_rows_fetched(self, ids: list[int], pages: dict[int, Page]) -> None:
        if ids is not self._ids or not pages:
            return
        self._store_pages(pages)
        self._repaint(min(pages) * PAGE_SIZE, (max(pages) + 1) * PAGE_SIZE - 1)

    def _on_query_error(self, error: Exception) -> None:
        self._querying = False
        self.queryFailed.emit(str(error))

    def _repaint(self, first: int, last: int) -> None:
        last = min(last, len(self._ids) - 1)
        if first <= last:
            last_column = self.columnCount() - 1
            self.dataChanged.emit(self.index(first, 0), self.index(last, last_column))

    def sortable(self, column: int) -> bool:
        return 0 <= column < len(COLUMNS) and COLUMNS[column] is not None

    def sort_column(self) -> int:
        return COLUMNS.index(self._sort_key)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in SQL by the column's key, in the background; the selection follows its ticket.

        Columns without a key keep the current order.
        """
        if not self.sortable(column):
            return
        key = COLUMNS[column]
        assert key is not None
        descending = order == Qt.SortOrder.DescendingOrder
        if key == self._sort_key and descending == self._descending:
            return
        self._sort_key = key
        self._descending = descending
        self.requery()

    # --- rows --------------------------------------------------------------------------------

    def ids(self) -> list[int]:
        return list(self._ids)

    def row_of(self, ticket_id: int) -> int:
        """The row showing ``ticket_id``, or -1."""
        return self._positions.get(ticket_id, -1)

    def ticket_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def queue_row(self, row: int) -> QueueRow | None:
        """The fetched row at ``row``; None while its page is being fetched.

        Pages are fetched in the background (a page of 200 rows takes 10–30 ms, too long for the
        GUI thread while the scroll bar is dragged through 100,000 rows); the rows show when
        their page arrives. A row near the edge of its page has the next page fetched already,
        so scrolling line by line finds it there.
        """
        if not 0 <= row < len(self._ids):
            return None
        page, offset = divmod(row, PAGE_SIZE)
        rows = self._pages.get(page)
        if rows is None:
            self._load(page)
            return None
        self._pages.move_to_end(page)
        margin = PAGE_SIZE // 4
        if offset >= PAGE_SIZE - margin:
            self._load(page + 1)
        elif offset < margin and page > 0:
            self._load(page - 1)
        return rows[offset] if offset < len(rows) else None

    def _load(self, page: int) -> None:
        """Fetch ``page`` in the background unless it is cached, on its way or past the end."""
        if page in self._pages or page in self._loading or page * PAGE_SIZE >= len(self._ids):
            return
        self._loading.add(page)
        ids = self._ids
        self._runner.run(
            lambda desk: fetch_page(desk, ids, page),
            lambda rows: self._on_page_loaded(ids, page, rows),
            lambda error: self._on_page_loaded(ids, page, None, error),
        )

    def _on_page_loaded(
        self, ids: list[int], page: int, rows: Page | None, error: Exception | None = None
    ) -> None:
        if ids is not self._ids:
            return  # the ids changed meanwhile
        self._loading.discard(page)
        if error is not None:
            self.queryFailed.emit(str(error))
        elif rows is not None and page not in self._pages:
            self._store_pages({page: rows})
            self._repaint(page * PAGE_SIZE, (page + 1) * PAGE_SIZE - 1)

    def _recent_pages(self) -> list[int]:
        return list(self._pages)[-RECENT_PAGES:]

    def _store_pages(self, pages: dict[int, Page]) -> None:
        for page, rows in pages.items():
            self._pages[page] = rows
            self._pages.move_to_end(page)
        while len(self._pages) > MAX_PAGES:
            self._pages.popitem(last=False)

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
        # Only the asked-for column: a view asks for every role of every cell on each repaint.
        if column == COL_CALLED_AT:
            return local_text(row.called_at)
        if column in _ENUM_COLUMNS:
            return tr_domain("enum", getattr(row, _ENUM_COLUMNS[column]).label)
        return getattr(row, _TEXT_COLUMNS[column]) if column in _TEXT_COLUMNS else DASH
