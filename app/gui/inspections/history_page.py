"""The 巡检记录 page: runs newest first (filter by checklist and date), the selected run below."""

from __future__ import annotations

from PySide6.QtCore import QDate, QModelIndex, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.gui.i18n import tr_error
from app.gui.inspections.documents import InspectionLogExporter, InspectionPrinter, PeriodDialog
from app.gui.inspections.models import RunsModel
from app.gui.inspections.run_view import RunView
from app.gui.table_views import current_row, row_table, select_row
from app.gui.tasks import TaskRunner
from app.gui.widgets import pane_splitter
from app.services.context import Desk
from app.services.inspections import checklists
from app.services.inspections import runs as inspections
from app.services.inspections.runs import RunRow

RUNS_LIMIT = 5000  # years of runs; older ones are reached by the date filter
RUN_SAMPLES = (
    "XJ-2026-00000",
    "2026-11-24 09:00",
    "服务器及存储季度巡检",
    "监所管理平台系统",
    "驻场工程师 孙工",
    "检查项",
    "不合格",
    "缺陷工单",
)
_RUNS = "runs"  # the runner key


class HistoryPage(QWidget):
    """Runs done; the run view shows the selected one (and opens tickets and corrections)."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._wanted_run: int | None = None
        self._wanted_line: int | None = None
        self.runner = TaskRunner(desk, self)

        self.template_combo = QComboBox(self)
        self.template_combo.setObjectName("template_filter")
        self.template_combo.setMinimumContentsLength(14)
        self.date_check = QCheckBox(self.tr("按日期"), self)
        self.date_check.setObjectName("date_check")
        today = desk.today()
        self.from_edit = QDateEdit(QDate(today.year, today.month, 1), self)
        self.from_edit.setObjectName("from_edit")
        self.to_edit = QDateEdit(QDate(today.year, today.month, today.day), self)
        self.to_edit.setObjectName("to_edit")
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setEnabled(False)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("runs_count")
        self.summary_button = QPushButton(self.tr("巡检情况汇总…"), self)
        self.summary_button.setObjectName("summary_button")
        self.summary_button.setToolTip(
            self.tr("一周或一个月的巡检情况汇总（PDF）：完成与漏检、不合格项及其工单、备份情况")
        )
        self.export_button = QPushButton(self.tr("导出巡检台账…"), self)
        self.export_button.setObjectName("export_runs_button")
        self.export_button.setToolTip(
            self.tr("把巡检记录、检查项结果和备份记录导出为 Excel（勾选“按日期”时只导出该期间）")
        )
        self.printer = InspectionPrinter(desk, self)
        self.exporter = InspectionLogExporter(desk, self)
        self.period_dialog: PeriodDialog | None = None

        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("巡检表"), self))
        bar.addWidget(self.template_combo)
        bar.addSpacing(12)
        bar.addWidget(self.date_check)
        bar.addWidget(self.from_edit)
        bar.addWidget(QLabel(self.tr("至"), self))
        bar.addWidget(self.to_edit)
        bar.addStretch(1)
        bar.addWidget(self.count_label)
        bar.addSpacing(12)
        bar.addWidget(self.summary_button)
        bar.addWidget(self.export_button)

        self.model = RunsModel(self)
        self.view = row_table(self.model, "runs_view", RUN_SAMPLES, self)
        self.run_view = RunView(desk, self)
        splitter = pane_splitter(
            Qt.Orientation.Vertical, self, ((self.view, 1), (self.run_view, 1))
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)

        self.fill_templates()
        self.template_combo.currentIndexChanged.connect(self.on_template_combo_currentIndexChanged)
        self.date_check.toggled.connect(self.on_date_check_toggled)
        self.from_edit.dateChanged.connect(self.on_from_edit_dateChanged)
        self.to_edit.dateChanged.connect(self.on_to_edit_dateChanged)
        self.view.selectionModel().currentRowChanged.connect(self.on_selection_currentRowChanged)
        self.runner.busyChanged.connect(self.on_runner_busyChanged)
        self.summary_button.clicked.connect(self.on_summary_button_clicked)
        self.export_button.clicked.connect(self.on_export_button_clicked)

    @property
    def busy(self) -> bool:
        return self.runner.busy

    def fill_templates(self) -> None:
        """The checklist filter: all, then every checklist (retired ones too)."""
        chosen = self.template_combo.currentData()
        self.template_combo.blockSignals(True)
        self.template_combo.clear()
        self.template_combo.addItem(self.tr("全部巡检表"), None)
        for info in checklists.list_templates(self._desk, include_retired=True):
            name = info.name if info.active else self.tr("{0}（已停用）").format(info.name)
            self.template_combo.addItem(name, info.id)
        self.template_combo.setCurrentIndex(max(self.template_combo.findData(chosen), 0))
        self.template_combo.blockSignals(False)

    def refresh(self) -> None:
        """Query the runs again in the background (the selection is kept)."""
        template_id = self.template_combo.currentData()
        start = end = None
        if self.date_check.isChecked():
            first, last = self.from_edit.date().toPython(), self.to_edit.date().toPython()
            start, end = inspections.local_day_range(first, max(first, last))
        if self._wanted_run is None:
            self._wanted_run = self.selected_run_id()
        self.runner.run(
            lambda desk: inspections.list_runs(desk, start, end, template_id, RUNS_LIMIT),
            self.on_runs_loaded,
            self.on_runs_failed,
            key=_RUNS,
        )

    def show_run(self, run_id: int, line: int | None = None) -> None:
        """Select a run (and a line of it); if the filter hides the run, clear the filter first."""
        self._wanted_run = run_id
        self._wanted_line = line
        if any(r.id == run_id for r in self.model.rows) and not self.busy:
            self._select_wanted()
            return
        self.template_combo.blockSignals(True)
        self.template_combo.setCurrentIndex(0)
        self.template_combo.blockSignals(False)
        self.date_check.setChecked(False)  # toggling queries again
        self.refresh()

    def print_summary(self) -> None:
        """Ask for the period, then save its 巡检情况汇总."""
        if self.period_dialog is not None:
            self.period_dialog.raise_()
            return
        dialog = PeriodDialog(self._desk.today(), self.tr("巡检情况汇总"), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self.on_period_dialog_accepted)
        dialog.finished.connect(self.on_period_dialog_finished)
        self.period_dialog = dialog
        dialog.open()

    def export_log(self) -> None:
        """Export the 巡检台账: the filter's days if "按日期" is ticked, else everything."""
        if self.date_check.isChecked():
            first, last = self.from_edit.date().toPython(), self.to_edit.date().toPython()
            self.exporter.export(first, max(first, last))
        else:
            self.exporter.export()

    def selected_run_id(self) -> int | None:
        row = self.model.row_at(current_row(self.view))
        return row.id if row else None

    def _select_wanted(self) -> None:
        wanted, self._wanted_run = self._wanted_run, None
        line, self._wanted_line = self._wanted_line, None
        row = next((i for i, r in enumerate(self.model.rows) if r.id == wanted), -1)
        if row >= 0:
            select_row(self.view, row)
            self.run_view.show_run(wanted)
            if line is not None:
                self.run_view.select_line(line)
        elif self.model.rows:
            select_row(self.view, 0)
        else:
            self.run_view.show_run(None)

    # --- slots -------------------------------------------------------------------------------

    def on_runs_loaded(self, rows: list[RunRow]) -> None:
        self.model.set_rows(rows)
        more = (
            self.tr("（只列出最近 {0} 条）").format(RUNS_LIMIT) if len(rows) >= RUNS_LIMIT else ""
        )
        self.count_label.setText(self.tr("共 {0} 条{1}").format(len(rows), more))
        self._select_wanted()

    def on_runs_failed(self, error: Exception) -> None:
        self.count_label.setText(self.tr("查询失败：{0}").format(tr_error(error)))

    def on_runner_busyChanged(self, busy: bool) -> None:
        if busy:
            self.count_label.setText(self.tr("正在查询…"))

    def on_summary_button_clicked(self) -> None:
        self.print_summary()

    def on_export_button_clicked(self) -> None:
        self.export_log()

    def on_period_dialog_accepted(self) -> None:
        if self.period_dialog is not None:
            first, last = self.period_dialog.span()
            self.printer.print_period(first, last)

    def on_period_dialog_finished(self, _result: int) -> None:
        self.period_dialog = None

    def on_template_combo_currentIndexChanged(self, _index: int) -> None:
        self.refresh()

    def on_date_check_toggled(self, checked: bool) -> None:
        self.from_edit.setEnabled(checked)
        self.to_edit.setEnabled(checked)
        self.refresh()

    def on_from_edit_dateChanged(self, _value: QDate) -> None:
        if self.date_check.isChecked():
            self.refresh()

    def on_to_edit_dateChanged(self, _value: QDate) -> None:
        if self.date_check.isChecked():
            self.refresh()

    def on_selection_currentRowChanged(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = self.model.row_at(current.row())
        run_id = row.id if row else None
        if run_id != self.run_view.run_id:
            self.run_view.show_run(run_id)
