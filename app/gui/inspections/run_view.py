"""One completed run, read-only: its facts, its lines (failed ones highlighted), and what to do next."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import Dimension, ItemResult
from app.gui.i18n import gap, tr_error
from app.gui.inspections.documents import InspectionPrinter
from app.gui.inspections.finding_ticket import finding_ticket_dialog
from app.gui.inspections.formatting import enum_text, period_text, when_text
from app.gui.inspections.models import RunItemsModel
from app.gui.inspections.run_form import RunFormDialog
from app.gui.messages import show_error
from app.gui.table_views import row_table
from app.gui.tickets.new_ticket_dialog import NewTicketDialog
from app.gui.widgets import fill_with_stack, heading_label, placeholder_label
from app.services.context import Desk
from app.services.inspections import runs
from app.services.inspections.runs import InspectionError, RunInfo, RunItemInfo


class RunView(QWidget):
    """Shows one run; opens a defect ticket from a failed line, or a correction of the run."""

    runSaved = Signal(int)  # a correction was recorded: the new run's id
    ticketCreated = Signal(int)
    ticketRequested = Signal(int)
    runRequested = Signal(int)

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self.run: RunInfo | None = None
        self.ticket_dialog: NewTicketDialog | None = None
        self.correction_dialog: RunFormDialog | None = None
        self._ticket_item_id: int | None = None

        self.placeholder = placeholder_label(
            self.tr("在上方列表中选择一条巡检记录查看详情。"), self
        )
        self.title_label = heading_label("run_title", self)
        self.facts_label = QLabel(self)
        self.facts_label.setObjectName("run_facts")
        self.facts_label.setWordWrap(True)
        self.facts_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.links_label = QLabel(self)
        self.links_label.setObjectName("run_links")
        self.links_label.setWordWrap(True)
        self.links_label.setTextFormat(Qt.TextFormat.RichText)
        self.links_label.setOpenExternalLinks(False)

        self.ticket_button = QPushButton(self.tr("开缺陷工单…"), self)
        self.ticket_button.setObjectName("ticket_button")
        self.ticket_button.setToolTip(self.tr("为选中的不合格项登记系统缺陷类工单，并与本项关联"))
        self.show_ticket_button = QPushButton(self.tr("查看工单"), self)
        self.show_ticket_button.setObjectName("show_ticket_button")
        self.correct_button = QPushButton(self.tr("更正…"), self)
        self.correct_button.setObjectName("correct_button")
        self.correct_button.setToolTip(
            self.tr("已完成的巡检记录不能修改；更正会新建一条关联的记录，原记录保留")
        )
        self.print_button = QPushButton(self.tr("保存/打印巡检报告"), self)
        self.print_button.setObjectName("print_run_button")
        self.print_button.setToolTip(
            self.tr("把本次巡检的巡检报告保存为 PDF（含签字栏），打开后打印")
        )
        self.printer = InspectionPrinter(desk, self)
        self.actions = QHBoxLayout()
        self.actions.addWidget(self.ticket_button)
        self.actions.addWidget(self.show_ticket_button)
        self.actions.addWidget(self.correct_button)
        self.actions.addStretch(1)
        self.actions.addWidget(self.print_button)

        self.model = RunItemsModel(self)
        samples = (
            "99",
            max((enum_text(d) for d in Dimension), key=len),  # as long as the UI says it
            "在视频综合平台中查看在线路数，计算在线率",
            "210–230 V",
            "测量值/情况（实测）",
            max((enum_text(r) for r in ItemResult), key=len),
            "中心机房温度偏高，1号空调不制冷",
        )
        self.view = row_table(self.model, "run_items_view", samples, self)

        content = QWidget(self)
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.title_label)
        column.addWidget(self.facts_label)
        column.addWidget(self.links_label)
        column.addLayout(self.actions)
        column.addWidget(self.view, 1)
        self.stack = fill_with_stack(self, self.placeholder, content)

        self.ticket_button.clicked.connect(self.on_ticket_button_clicked)
        self.show_ticket_button.clicked.connect(self.on_show_ticket_button_clicked)
        self.correct_button.clicked.connect(self.on_correct_button_clicked)
        self.print_button.clicked.connect(self.on_print_button_clicked)
        self.printer.runner.busyChanged.connect(self.on_printer_busyChanged)
        self.links_label.linkActivated.connect(self.on_links_label_linkActivated)
        self.view.selectionModel().currentRowChanged.connect(self.on_selection_currentRowChanged)
        self.view.doubleClicked.connect(self.on_view_doubleClicked)
        self._update_buttons()

    @property
    def run_id(self) -> int | None:
        return self.run.id if self.run else None

    def show_run(self, run_id: int | None) -> None:
        """Load and show a run; None shows the placeholder."""
        if run_id is None:
            self.run = None
            self.model.set_rows([])
            self.stack.setCurrentIndex(0)
            self._update_buttons()
            return
        try:
            run = runs.get_run(self._desk, run_id)
        except InspectionError:
            self.show_run(None)
            return
        self._show(run)

    def reload(self) -> None:
        self.show_run(self.run_id)

    def _show(self, run: RunInfo) -> None:
        keep = self.current_item()
        self.run = run
        self.title_label.setText(
            self.tr("{0}　{1}（{2}，{3}）").format(
                run.number, run.template_name, run.system_name, period_text(run.period)
            )
        )
        failed = len(run.failed)
        facts = [
            self.tr("巡检人 {0}").format(run.inspector),
            self.tr("巡检时间 {0}").format(when_text(run.performed_at)),
            self.tr("地点 {0}").format(run.place or "—"),
            self.tr("{0} 项，不合格 {1} 项").format(len(run.items), failed),
            self.tr("{0} 于 {1} 登记").format(run.recorded_by, when_text(run.recorded_at)),
        ]
        if run.notes:
            facts.append(self.tr("说明：{0}").format(run.notes))
        self.facts_label.setText(gap().join(facts))
        links = []
        if run.corrects_number:
            links.append(
                self.tr("本记录更正了 {0}，原因：{1}").format(
                    f'<a href="{escape(run.corrects_number)}">{escape(run.corrects_number)}</a>',
                    escape(run.correction_reason),
                )
            )
        if run.corrected_by_number:
            links.append(
                '<span style="color:#a31515;">'
                + self.tr("本记录已被 {0} 更正，以更正后的记录为准").format(
                    f'<a href="{escape(run.corrected_by_number)}">'
                    f"{escape(run.corrected_by_number)}</a>"
                )
                + "</span>"
            )
        self.links_label.setText("<br/>".join(links))
        self.links_label.setVisible(bool(links))
        self.model.set_rows(list(run.items))
        self.stack.setCurrentIndex(1)
        row = next((i for i, item in enumerate(run.items) if keep and item.id == keep.id), -1)
        if row < 0:
            row = next((i for i, item in enumerate(run.items) if item.result is ItemResult.FAIL), 0)
        self.select_line(row + 1)
        self._update_buttons()

    def select_line(self, position: int) -> None:
        """Select the line at ``position`` (1-based)."""
        index = self.model.index(position - 1, 0)
        if index.isValid():
            self.view.setCurrentIndex(index)
            self.view.scrollTo(index)

    def current_item(self) -> RunItemInfo | None:
        index = self.view.currentIndex() if self.run else QModelIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _update_buttons(self) -> None:
        item = self.current_item()
        run = self.run
        can_open = (
            run is not None
            and not run.superseded  # the correction is what counts: open it from there
            and item is not None
            and item.result is ItemResult.FAIL
            and item.ticket_id is None
        )
        self.ticket_button.setEnabled(can_open)
        self.show_ticket_button.setEnabled(item is not None and item.ticket_id is not None)
        self.show_ticket_button.setText(
            self.tr("查看工单 {0}").format(item.ticket_number)
            if item is not None and item.ticket_number
            else self.tr("查看工单")
        )
        self.correct_button.setEnabled(run is not None and not run.superseded)
        self.print_button.setEnabled(run is not None and not self.printer.busy)
        if run is not None and run.superseded:
            self.correct_button.setToolTip(
                self.tr("本记录已被 {0} 更正；请更正最新的记录").format(run.corrected_by_number)
            )

    # --- slots -------------------------------------------------------------------------------

    def on_selection_currentRowChanged(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_buttons()

    def on_view_doubleClicked(self, _index: QModelIndex) -> None:
        item = self.current_item()
        if item is None:
            return
        if item.ticket_id is not None:
            self.ticketRequested.emit(item.ticket_id)
        elif self.ticket_button.isEnabled():
            self.on_ticket_button_clicked()

    def on_ticket_button_clicked(self) -> None:
        item = self.current_item()
        if item is None or item.result is not ItemResult.FAIL or item.ticket_id is not None:
            return
        try:
            dialog = finding_ticket_dialog(self._desk, item.id, self)
        except InspectionError as error:
            show_error(self, self.tr("不能开缺陷工单"), tr_error(error))
            return
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self.on_ticket_dialog_accepted)
        dialog.finished.connect(self.on_ticket_dialog_finished)
        self.ticket_dialog = dialog
        dialog.open()

    def on_ticket_dialog_accepted(self) -> None:
        dialog = self.ticket_dialog
        if dialog is None or dialog.created_id is None:
            return
        self.reload()
        self.ticketCreated.emit(dialog.created_id)

    def on_ticket_dialog_finished(self, _result: int) -> None:
        self.ticket_dialog = None

    def on_show_ticket_button_clicked(self) -> None:
        item = self.current_item()
        if item is not None and item.ticket_id is not None:
            self.ticketRequested.emit(item.ticket_id)

    def on_correct_button_clicked(self) -> None:
        if self.run is None or self.run.superseded:
            return
        dialog = RunFormDialog(self._desk, original=self.run, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self.on_correction_dialog_accepted)
        dialog.finished.connect(self.on_correction_dialog_finished)
        self.correction_dialog = dialog
        dialog.open()

    def on_correction_dialog_accepted(self) -> None:
        dialog = self.correction_dialog
        if dialog is None or dialog.saved is None:
            return
        self.runSaved.emit(dialog.saved.id)

    def on_correction_dialog_finished(self, _result: int) -> None:
        self.correction_dialog = None

    def on_print_button_clicked(self) -> None:
        if self.run is not None:
            self.printer.print_run(self.run.id, self.run.number)

    def on_printer_busyChanged(self, _busy: bool) -> None:
        self._update_buttons()

    def on_links_label_linkActivated(self, number: str) -> None:
        try:
            self.runRequested.emit(runs.find_run_id(self._desk, number))
        except InspectionError as error:
            show_error(self, self.tr("找不到巡检记录"), tr_error(error))
