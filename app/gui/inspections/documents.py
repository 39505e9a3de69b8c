"""The inspection documents from the GUI: 巡检报告 (one run), 巡检情况汇总 (a period), 巡检台账 (Excel).

Each asks where to save, works off the GUI thread, then offers to open the file
(``app.gui.documents_runner``, as the tickets' ``DocumentPrinter`` and ``LogExporter``).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.gui.documents_runner import (
    Cancelled,
    FileRunner,
    Progress,
    ProgressExport,
    ask_workbook,
)
from app.gui.i18n import tr_domain
from app.gui.print_preview import PrintedFile
from app.services import documents
from app.services.context import Desk
from app.services.documents import DocumentInfo
from app.services.inspections import documents as inspection_docs
from app.services.inspections import log_export
from app.services.inspections.log_export import InspectionExportResult


class InspectionPrinter(FileRunner):
    """Opens a 巡检报告 or a 巡检情况汇总 in the print preview (made in the background)."""

    printed = Signal(object)  # DocumentInfo

    def __init__(self, desk: Desk, parent: QWidget) -> None:
        super().__init__(desk, parent, key="print")
        self.last: DocumentInfo | None = None

    def _preview(self, kind: str, name: str, work: Callable[[Desk, Path], DocumentInfo]) -> None:
        label = tr_domain("document", documents.KIND_LABELS[kind])
        file_name = f"{label}_{name}.pdf"

        def make(desk: Desk, path: Path) -> PrintedFile:
            return PrintedFile.of(work(desk, path), file_name)

        self.open_preview(label, make, self.on_preview_made)

    def print_run(self, run_id: int, number: str) -> None:
        """Make the run's 巡检报告 and show it in the print preview."""
        self._preview(
            documents.INSPECTION_REPORT,
            number,
            lambda desk, path: inspection_docs.inspection_report(desk, run_id, path, copy=None),
        )

    def print_period(self, first: date, last: date) -> None:
        """Make the 巡检情况汇总 of ``first``..``last`` and show it in the print preview."""
        self._preview(
            documents.INSPECTION_SUMMARY,
            f"{first:%Y%m%d}-{last:%Y%m%d}",
            lambda desk, path: inspection_docs.period_report(desk, first, last, path, copy=None),
        )

    # --- slots -------------------------------------------------------------------------------

    def on_preview_made(self, printed: PrintedFile) -> None:
        if printed.info is not None:
            self.last = printed.info
            self.printed.emit(printed.info)


class InspectionLogExporter(ProgressExport):
    """Exports the 巡检台账 workbook in the background, with progress and cancel."""

    exported = Signal(object)  # InspectionExportResult

    def __init__(self, desk: Desk, parent: QWidget) -> None:
        title = QCoreApplication.translate("InspectionLogExporter", "导出巡检台账")
        super().__init__(desk, parent, title, "inspection_export_progress")

    def export(self, first: date | None = None, last: date | None = None) -> None:
        """Ask where to save, then export the runs and backups of ``first``..``last`` (all: None)."""
        if self.busy:
            return
        today = self._desk.today().isoformat()
        path = ask_workbook(
            self._parent, self.tr("导出巡检台账"), self.tr("巡检台账_{0}.xlsx").format(today)
        )
        if path is None:
            return

        def work(desk: Desk, progress: Progress, cancelled: Cancelled) -> InspectionExportResult:
            return log_export.export_inspection_log(
                desk, path, first, last, progress=progress, cancelled=cancelled
            )

        self.start(path, work, self.on_runner_result, self.tr("正在导出巡检台账…"))

    # --- slots -------------------------------------------------------------------------------

    def on_runner_result(self, result: InspectionExportResult) -> None:
        self.show_saved(
            self.tr("导出巡检台账"),
            self.tr("已导出 {0} 次巡检（{1} 个检查项）和 {2} 条备份记录到：\n{3}").format(
                result.runs, result.items, result.backups, result.path
            ),
            result.path,
        )
        self.exported.emit(result)


def week_of(day: date) -> tuple[date, date]:
    monday = day - timedelta(days=day.weekday())
    return monday, monday + timedelta(days=6)


def month_of(day: date) -> tuple[date, date]:
    first = day.replace(day=1)
    following = (first + timedelta(days=32)).replace(day=1)
    return first, following - timedelta(days=1)


class PeriodDialog(QDialog):
    """Choose the days of a 巡检情况汇总 or an export: this/last week or month, or any range."""

    def __init__(self, today: date, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._today = today
        self.preset_combo = QComboBox(self)
        self.preset_combo.setObjectName("preset_combo")
        last_week = today - timedelta(days=7)
        last_month = today.replace(day=1) - timedelta(days=1)
        presets = (
            (self.tr("本周"), week_of(today)),
            (self.tr("上周"), week_of(last_week)),
            (self.tr("本月"), month_of(today)),
            (self.tr("上月"), month_of(last_month)),
        )
        for label, span in presets:
            self.preset_combo.addItem(label, span)
        self.preset_combo.addItem(self.tr("自定义"), None)
        self.from_edit = QDateEdit(self)
        self.from_edit.setObjectName("from_edit")
        self.to_edit = QDateEdit(self)
        self.to_edit.setObjectName("to_edit")
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        dates = QHBoxLayout()
        dates.addWidget(self.from_edit)
        dates.addWidget(QLabel(self.tr("至"), self))
        dates.addWidget(self.to_edit)
        form = QFormLayout()
        form.addRow(self.tr("期间"), self.preset_combo)
        form.addRow(self.tr("日期"), dates)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("确定"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.preset_combo.currentIndexChanged.connect(self.on_preset_combo_currentIndexChanged)
        self.preset_combo.setCurrentIndex(2)  # 本月
        self.on_preset_combo_currentIndexChanged(2)
        self.from_edit.dateChanged.connect(self.on_from_edit_dateChanged)
        self.to_edit.dateChanged.connect(self.on_to_edit_dateChanged)

    def span(self) -> tuple[date, date]:
        return self.from_edit.date().toPython(), self.to_edit.date().toPython()

    def _dates_edited(self) -> None:
        """Dates typed by hand that match no preset make the choice 自定义."""
        index = next(
            (
                i
                for i in range(self.preset_combo.count())
                if self.preset_combo.itemData(i) == self.span()
            ),
            self.preset_combo.count() - 1,
        )
        self.preset_combo.blockSignals(True)
        self.preset_combo.setCurrentIndex(index)
        self.preset_combo.blockSignals(False)

    def on_preset_combo_currentIndexChanged(self, _index: int) -> None:
        span = self.preset_combo.currentData()
        if span is None:
            return
        first, last = span
        for edit, day in ((self.from_edit, first), (self.to_edit, last)):
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(False)

    def on_from_edit_dateChanged(self, _value: QDate) -> None:
        self._dates_edited()

    def on_to_edit_dateChanged(self, _value: QDate) -> None:
        self._dates_edited()
