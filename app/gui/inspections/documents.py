"""The inspection documents from the GUI: 巡检报告 (one run), 巡检情况汇总 (a period), 巡检台账 (Excel).

Each asks where to save, works off the GUI thread, then offers to open the file (the same
pattern as the tickets' ``DocumentPrinter`` and ``LogExporter``).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QVBoxLayout,
    QWidget,
)

from app.gui.files import ask_save_path
from app.gui.i18n import tr_domain
from app.gui.messages import OpenFileBox, show_error, show_message
from app.gui.tasks import TaskRunner
from app.gui.tickets.print_document import save_error_text
from app.gui.ui_settings import DOCUMENT_FOLDER, EXPORT_FOLDER
from app.services import documents, inspection_docs, inspection_export
from app.services.context import Desk
from app.services.documents import DocumentError, DocumentInfo
from app.services.inspection_export import ExportCancelled, InspectionExportResult

_PRINT = "print"
_EXPORT = "export"


class InspectionPrinter(QObject):
    """Saves a 巡检报告 or a 巡检情况汇总 as a PDF in the background and offers to open it."""

    printed = Signal(object)  # DocumentInfo

    def __init__(self, desk: Desk, parent: QWidget) -> None:
        super().__init__(parent)
        self._parent = parent
        self.runner = TaskRunner(desk, self)
        self.message_box: QMessageBox | None = None
        self.last: DocumentInfo | None = None

    @property
    def busy(self) -> bool:
        return self.runner.is_pending(_PRINT)

    def _ask(self, kind: str, name: str) -> Path | None:
        label = tr_domain("document", documents.KIND_LABELS[kind])
        return ask_save_path(
            self._parent,
            self.tr("保存{0}").format(label),
            f"{label}_{name}.pdf",
            self.tr("PDF 文件 (*.pdf)"),
            DOCUMENT_FOLDER,
        )

    def print_run(self, run_id: int, number: str) -> None:
        """Ask for the file and make the run's 巡检报告 (nothing happens if cancelled)."""
        path = self._ask(documents.INSPECTION_REPORT, number)
        if path is not None:
            self._run(lambda desk: inspection_docs.inspection_report(desk, run_id, path))

    def print_period(self, first: date, last: date) -> None:
        """Ask for the file and make the 巡检情况汇总 of ``first``..``last``."""
        path = self._ask(documents.INSPECTION_SUMMARY, f"{first:%Y%m%d}-{last:%Y%m%d}")
        if path is not None:
            self._run(lambda desk: inspection_docs.period_report(desk, first, last, path))

    def _run(self, work: Callable[[Desk], DocumentInfo]) -> None:
        self.runner.run(work, self.on_runner_result, self.on_runner_error, key=_PRINT)

    # --- slots -------------------------------------------------------------------------------

    def on_runner_result(self, info: DocumentInfo) -> None:
        self.last = info
        self.printed.emit(info)
        text = self.tr(
            "{0} {1} 已保存到：\n{2}\n\n打开后即可预览和打印；签字件交回后请登记签字回执。"
        )
        self.message_box = OpenFileBox(
            self._parent,
            self.tr("文档已保存"),
            text.format(tr_domain("document", info.kind_label), info.serial, info.path),
            Path(info.path or ""),
        )

    def on_runner_error(self, error: Exception) -> None:
        if not isinstance(error, DocumentError | OSError):
            raise error
        self.message_box = show_error(self._parent, self.tr("无法保存文档"), save_error_text(error))


class _ProgressRelay(QObject):
    """Lives on the GUI thread; the worker emits, the dialog is updated through a queued call."""

    progressed = Signal(int, int)  # done, total


class InspectionLogExporter(QObject):
    """Exports the 巡检台账 workbook in the background, with progress and cancel."""

    exported = Signal(object)  # InspectionExportResult

    def __init__(self, desk: Desk, parent: QWidget) -> None:
        super().__init__(parent)
        self._desk = desk
        self._parent = parent
        self.runner = TaskRunner(desk, self)
        self._cancel = threading.Event()
        self._relay = _ProgressRelay(self)
        self._relay.progressed.connect(self.on_relay_progressed, Qt.ConnectionType.QueuedConnection)
        self.progress: QProgressDialog | None = None
        self.message_box: QMessageBox | None = None

    @property
    def busy(self) -> bool:
        return self.runner.is_pending(_EXPORT)

    def export(self, first: date | None = None, last: date | None = None) -> None:
        """Ask where to save, then export the runs and backups of ``first``..``last`` (all: None)."""
        if self.busy:
            return
        today = self._desk.today().isoformat()
        path = ask_save_path(
            self._parent,
            self.tr("导出巡检台账"),
            self.tr("巡检台账_{0}.xlsx").format(today),
            self.tr("Excel 工作簿 (*.xlsx)"),
            EXPORT_FOLDER,
        )
        if path is None:
            return
        self._cancel = threading.Event()
        cancel_flag = self._cancel
        relay = self._relay

        def work(desk: Desk) -> InspectionExportResult:
            return inspection_export.export_inspection_log(
                desk,
                path,
                first,
                last,
                progress=relay.progressed.emit,
                cancelled=cancel_flag.is_set,
            )

        dialog = QProgressDialog(self.tr("正在导出巡检台账…"), self.tr("取消"), 0, 0, self._parent)
        dialog.setObjectName("inspection_export_progress")
        dialog.setWindowTitle(self.tr("导出巡检台账"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumDuration(0)
        dialog.setMinimumWidth(380)
        dialog.canceled.connect(self.on_progress_canceled)
        self.progress = dialog
        dialog.show()
        self.runner.run(
            work,
            self.on_runner_result,
            self.on_runner_error,
            key=_EXPORT,
        )

    def _close_progress(self) -> None:
        dialog = self.progress
        self.progress = None
        if dialog is not None:
            dialog.canceled.disconnect(self.on_progress_canceled)
            dialog.close()
            dialog.deleteLater()

    # --- slots -------------------------------------------------------------------------------

    def on_relay_progressed(self, done: int, total: int) -> None:
        dialog = self.progress
        if dialog is None or self._cancel.is_set():
            return
        dialog.setMaximum(max(total, 1))
        dialog.setValue(min(done, max(total, 1)))

    def on_progress_canceled(self) -> None:
        self._cancel.set()
        if self.progress is not None:
            self.progress.setLabelText(self.tr("正在取消…"))

    def on_runner_result(self, result: InspectionExportResult) -> None:
        self._close_progress()
        self.message_box = OpenFileBox(
            self._parent,
            self.tr("导出巡检台账"),
            self.tr("已导出 {0} 次巡检（{1} 个检查项）和 {2} 条备份记录到：\n{3}").format(
                result.runs, result.items, result.backups, result.path
            ),
            Path(result.path),
        )
        self.exported.emit(result)

    def on_runner_error(self, error: Exception) -> None:
        self._close_progress()
        if isinstance(error, ExportCancelled):
            self.message_box = show_message(
                self._parent, self.tr("导出巡检台账"), self.tr("已取消导出，没有生成文件。")
            )
            return
        if isinstance(error, DocumentError | OSError):
            text = save_error_text(error)
        else:
            text = self.tr("导出失败：{0}").format(error)
        self.message_box = show_error(self._parent, self.tr("导出巡检台账"), text)


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
