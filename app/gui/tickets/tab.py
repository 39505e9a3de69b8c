"""The 工单 tab: filter bar and queue above, the selected ticket's detail below.

The queue's queries run in the background: the tab keeps the selection across them, shows
"正在查询…" while one takes long, and selects a ticket asked for once it is in the queue.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import LabelledEnum, Severity, TicketClass, TicketStatus
from app.domain.tickets.attention import Attention
from app.gui.i18n import tr_domain
from app.gui.table_views import row_table
from app.gui.tickets.detail_panel import DetailPanel
from app.gui.tickets.export_log import LogExporter
from app.gui.tickets.filter_bar import FilterBar
from app.gui.tickets.new_ticket_dialog import NewTicketDialog
from app.gui.tickets.queue_model import (
    COL_CALLED_AT,
    COL_CLASS,
    COL_SEVERITY,
    COL_STATUS,
    COL_TITLE,
    QueueModel,
)
from app.gui.widgets import pane_splitter
from app.services.context import Desk
from app.services.tickets.queue import QueueFilter

CLOCK_TICK_MS = 60_000
# A query slower than this shows "正在查询…" and a busy cursor (faster ones would only flicker).
BUSY_DELAY_MS = 200
# Sample text per column, to size the columns from the font (the title column stretches).
COLUMN_SAMPLES = (
    "GD-2026-00000",
    "系统缺陷类",
    "紧急程度",
    "已关闭",
    "东侧红外对射反复误报",
    "监所管理平台系统",
    "监区一 3号监仓",
    "张警官",
    "2026-11-24 09:00",
    "超时 1小时55分",
    "超时 1小时55分",
    "超时 1小时55分",
    "备用机",
    "第3级",
)


# Columns whose cells show an enum's label: sized for the widest label in the UI's language.
ENUM_COLUMNS: dict[int, type[LabelledEnum]] = {
    COL_CLASS: TicketClass,
    COL_SEVERITY: Severity,
    COL_STATUS: TicketStatus,
}


class TicketsTab(QWidget):
    """The ticket queue and the selected ticket's detail."""

    ticketsChanged = Signal()

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._restoring = False
        self._wanted_id: int | None = None  # asked for by show_ticket, selected once it is shown
        self._wanted_requeried = False  # the filter was cleared and queried again for it
        self._kept: tuple[int | None, int] = (None, 0)  # selection and scroll across a reset
        self._scroll_to_current = False
        self._query_error = ""
        self.new_ticket_dialog: NewTicketDialog | None = None

        self.new_button = QPushButton(self.tr("登记报修"), self)
        self.new_button.setObjectName("new_button")
        self.new_button.setToolTip(self.tr("登记一次新的报修（Ctrl+N）"))
        self.export_button = QPushButton(self.tr("导出台账…"), self)
        self.export_button.setObjectName("export_button")
        self.export_button.setToolTip(self.tr("把当前筛选条件下的工单导出为 Excel 工单台账"))
        self.exporter = LogExporter(desk, self)
        self.filter_bar = FilterBar(desk, self)
        self.model = QueueModel(desk, self)

        self.view = row_table(self.model, "queue_view", (), self)
        header = self.view.horizontalHeader()
        for column in range(len(COLUMN_SAMPLES)):
            header.resizeSection(column, self._column_width(column))
        header.setMinimumSectionSize(40)
        # The title takes what the other columns leave: the queue fits the window sideways.
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSortIndicator(COL_CALLED_AT, Qt.SortOrder.DescendingOrder)
        self.view.setSortingEnabled(True)
        self._sort_indicator = (COL_CALLED_AT, Qt.SortOrder.DescendingOrder)

        self.detail = DetailPanel(desk, self)
        self.splitter = pane_splitter(
            Qt.Orientation.Vertical, self, ((self.view, 1), (self.detail, 1))
        )
        self.splitter.setObjectName("splitter")

        top = QHBoxLayout()
        top.addWidget(self.new_button)
        top.addWidget(self.filter_bar, 1)
        top.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)

        self._clock_timer = QTimer(self)
        self._clock_timer.setInterval(CLOCK_TICK_MS)
        self._busy_timer = QTimer(self)
        self._busy_timer.setSingleShot(True)
        self._busy_timer.setInterval(BUSY_DELAY_MS)

        self.new_button.clicked.connect(self.on_new_button_clicked)
        self.export_button.clicked.connect(self.on_export_button_clicked)
        self.exporter.runner.busyChanged.connect(self.on_exporter_busyChanged)
        self.filter_bar.filterChanged.connect(self.on_filter_bar_filterChanged)
        header.sortIndicatorChanged.connect(self.on_header_sortIndicatorChanged)
        self.view.selectionModel().currentRowChanged.connect(self.on_selection_currentRowChanged)
        self.detail.ticketChanged.connect(self.on_detail_ticketChanged)
        self._clock_timer.timeout.connect(self.on_clock_timer_timeout)
        self._busy_timer.timeout.connect(self.on_busy_timer_timeout)
        self.model.modelAboutToBeReset.connect(self.on_model_modelAboutToBeReset)
        self.model.modelReset.connect(self.on_model_modelReset)
        self.model.queryFinished.connect(self.on_model_queryFinished)
        self.model.queryFailed.connect(self.on_model_queryFailed)
        self.model.busyChanged.connect(self.on_model_busyChanged)

        self.model.set_filter(self.filter_bar.current_filter())
        self._clock_timer.start()

    # --- public interface --------------------------------------------------------------------

    def _column_width(self, column: int) -> int:
        """Room for the sample text, the header and (for enum columns) every translated label."""
        metrics = self.fontMetrics()
        texts = [COLUMN_SAMPLES[column]]
        texts.append(str(self.model.headerData(column, Qt.Orientation.Horizontal) or ""))
        texts.extend(tr_domain("enum", m.label) for m in ENUM_COLUMNS.get(column, ()))
        return max(metrics.horizontalAdvance(t) for t in texts) + 20

    def refresh(self) -> None:
        """Re-run the query (clocks move), keeping the selection and the scroll position.

        The query runs in the background; the queue changes when its result arrives.
        """
        self.model.requery()
        self.detail.reload()

    def new_ticket(self) -> None:
        """Open the new-ticket dialog (window-modal; the queue shows the ticket once logged)."""
        if self.new_ticket_dialog is not None:
            self.new_ticket_dialog.raise_()
            self.new_ticket_dialog.activateWindow()
            return
        dialog = NewTicketDialog(self._desk, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self.on_new_ticket_dialog_accepted)
        dialog.finished.connect(self.on_new_ticket_dialog_finished)
        self.new_ticket_dialog = dialog
        dialog.open()

    def export_log(self) -> None:
        """Export the 工单台账 for the queue's current filter and date range."""
        date_from, date_to = self.filter_bar.date_range()
        self.exporter.export(self.filter_bar.current_filter(), date_from, date_to)

    def show_attention(self, attention: Attention) -> None:
        """List exactly the open tickets a status-bar count counts (Esc shows the rest again)."""
        self.filter_bar.show_attention(attention)
        self.view.setFocus()

    def show_ticket(self, ticket_id: int) -> None:
        """Show the ticket and select it in the queue (clearing the filter if it hides it).

        If a query is running, or the filter has to be cleared, the ticket is selected when the
        query's result arrives.
        """
        self._wanted_id = ticket_id
        self._wanted_requeried = False
        if self.model.querying:
            self._select(ticket_id)  # at once if the rows shown have it; again on arrival
        else:
            self._select_wanted()
        if self.detail.ticket_id != ticket_id:
            self.detail.show_ticket(ticket_id)

    # --- helpers -----------------------------------------------------------------------------

    def selected_id(self) -> int | None:
        index = self.view.currentIndex()
        return self.model.ticket_id(index.row()) if index.isValid() else None

    def _select(self, ticket_id: int | None) -> bool:
        """Make ``ticket_id`` the current row; False if the queue does not show it."""
        row = self.model.row_of(ticket_id) if ticket_id is not None else -1
        if row < 0:
            return False
        index = self.model.index(row, 0)
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.view.selectionModel().setCurrentIndex(index, flags)
        self.view.scrollTo(index)
        return True

    def _select_wanted(self) -> None:
        """Select the ticket show_ticket asked for; if the queue lacks it, clear the filter."""
        ticket_id = self._wanted_id
        if ticket_id is None:
            return
        if self._select(ticket_id) or self._wanted_requeried:
            self._wanted_id = None  # shown, or not there even unfiltered (deleted meanwhile)
            return
        self._wanted_requeried = True
        self.filter_bar.reset()  # shows everything, queries again; selected on arrival

    def _show_busy(self) -> None:
        self.filter_bar.count_label.setText(self.tr("正在查询…"))
        self.view.viewport().setCursor(Qt.CursorShape.BusyCursor)

    # --- slots -------------------------------------------------------------------------------

    def on_new_button_clicked(self) -> None:
        self.new_ticket()

    def on_export_button_clicked(self) -> None:
        self.export_log()

    def on_exporter_busyChanged(self, busy: bool) -> None:
        self.export_button.setEnabled(not busy)

    def on_new_ticket_dialog_accepted(self) -> None:
        dialog = self.new_ticket_dialog
        if dialog is None or dialog.created_id is None:
            return
        self.refresh()
        self.show_ticket(dialog.created_id)
        self.ticketsChanged.emit()

    def on_new_ticket_dialog_finished(self, _result: int) -> None:
        self.new_ticket_dialog = None

    def on_filter_bar_filterChanged(self, flt: QueueFilter) -> None:
        self.model.set_filter(flt)

    def on_header_sortIndicatorChanged(self, column: int, order: Qt.SortOrder) -> None:
        header = self.view.horizontalHeader()
        if not self.model.sortable(column):
            header.blockSignals(True)
            header.setSortIndicator(*self._sort_indicator)
            header.blockSignals(False)
            return
        self._sort_indicator = (column, order)
        if self.model.querying:
            self._scroll_to_current = True  # once the sorted ids are in
        elif self.view.currentIndex().isValid():
            self.view.scrollTo(self.view.currentIndex())

    def on_selection_currentRowChanged(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._restoring:
            return
        ticket_id = self.model.ticket_id(current.row()) if current.isValid() else None
        if ticket_id is not None:
            if ticket_id != self._wanted_id:
                self._wanted_id = None  # the user chose another ticket meanwhile
            self.detail.show_ticket(ticket_id)

    def on_detail_ticketChanged(self, _ticket_id: int) -> None:
        self.model.requery()
        self.ticketsChanged.emit()

    def on_clock_timer_timeout(self) -> None:
        self.model.refresh_rows()
        if self.detail.ticket_id is not None and self.detail.action_dialog is None:
            self.detail.reload()

    def on_model_modelAboutToBeReset(self) -> None:
        self._kept = (self.selected_id(), self.view.verticalScrollBar().value())

    def on_model_modelReset(self) -> None:
        """Put back the selection and the scroll position a reset took away."""
        selected, scroll = self._kept
        self._kept = (None, 0)
        if selected is None:
            return
        self._restoring = True
        try:
            self.view.doItemsLayout()
            self.view.verticalScrollBar().setValue(scroll)
            row = self.model.row_of(selected)
            if row >= 0:
                flags = (
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows
                )
                self.view.selectionModel().setCurrentIndex(self.model.index(row, 0), flags)
        finally:
            self._restoring = False

    def on_model_queryFinished(self) -> None:
        self._query_error = ""
        self.filter_bar.count_label.setToolTip("")
        self.filter_bar.set_count(self.model.rowCount())
        if self._wanted_id is not None:
            self._select_wanted()
        elif self._scroll_to_current and self.view.currentIndex().isValid():
            self.view.scrollTo(self.view.currentIndex())
        self._scroll_to_current = False

    def on_model_queryFailed(self, message: str) -> None:
        self._query_error = message
        self.filter_bar.count_label.setText(self.tr("查询失败"))
        self.filter_bar.count_label.setToolTip(message)

    def on_model_busyChanged(self, busy: bool) -> None:
        if busy:
            if self.model.loaded:
                self._busy_timer.start()
            else:
                self._show_busy()  # nothing to show yet: say so at once
            return
        self._busy_timer.stop()
        self.view.viewport().unsetCursor()
        if not self._query_error:
            self.filter_bar.set_count(self.model.rowCount())

    def on_busy_timer_timeout(self) -> None:
        if self.model.busy:
            self._show_busy()
