"""Exporting the 工单台账 for the queue's filter: off the GUI thread, with progress and cancel."""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from app.gui.files import ask_save_path
from app.gui.messages import show_error, show_message
from app.gui.tasks import TaskRunner
from app.gui.ui_settings import EXPORT_FOLDER
from app.services import ticket_export
from app.services.context import Desk
from app.services.queue import QueueFilter
from app.services.ticket_export import ExportCancelled

_EXPORT = "export"  # the runner key


class _ProgressRelay(QObject):
    """Lives on the GUI thread; the worker emits, the dialog is updated through a queued call."""

    progressed = Signal(int, int)  # done, total


class LogExporter(QObject):
    """Asks for the file, runs the export in the background, shows progress, can cancel."""

    exported = Signal(object, int)  # path, rows

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

    def cancelled(self) -> bool:
        """Whether the user cancelled (called from the worker thread)."""
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def export(self, flt: QueueFilter, date_from: date | None, date_to: date | None) -> None:
        """Ask where to save, then export the tickets ``flt`` selects in [date_from, date_to]."""
        if self.busy:
            if self.progress is not None:
                self.progress.raise_()
            return
        today = self._desk.clock.now().astimezone().date().isoformat()
        path = ask_save_path(
            self._parent,
            self.tr("导出工单台账"),
            self.tr("工单台账_{0}.xlsx").format(today),
            self.tr("Excel 工作簿 (*.xlsx)"),
            EXPORT_FOLDER,
        )
        if path is None:
            return
        self._cancel = threading.Event()
        cancel_flag = self._cancel
        relay = self._relay

        def work(desk: Desk) -> int:
            return ticket_export.export_ticket_log(
                desk,
                path,
                date_from,
                date_to,
                flt,
                progress=relay.progressed.emit,
                cancelled=cancel_flag.is_set,
            )

        self._show_progress()
        self.runner.run(
            work,
            lambda rows: self.on_runner_result(path, rows),
            lambda error: self.on_runner_error(path, error),
            key=_EXPORT,
        )

    def _show_progress(self) -> None:
        dialog = QProgressDialog(self.tr("正在导出工单台账…"), self.tr("取消"), 0, 0, self._parent)
        dialog.setObjectName("export_progress")
        dialog.setWindowTitle(self.tr("导出工单台账"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumDuration(0)
        dialog.setMinimumWidth(380)
        dialog.canceled.connect(self.on_progress_canceled)
        self.progress = dialog
        dialog.show()

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
        dialog.setLabelText(self.tr("正在导出工单台账：{0} / {1} 张工单").format(done, total))

    def on_progress_canceled(self) -> None:
        self._cancel.set()
        if self.progress is not None:
            self.progress.setLabelText(self.tr("正在取消…"))

    def on_runner_result(self, path: Path, rows: int) -> None:
        self._close_progress()
        self.message_box = show_message(
            self._parent,
            self.tr("导出工单台账"),
            self.tr("已导出 {0} 张工单到：\n{1}").format(rows, path),
        )
        self.exported.emit(path, rows)

    def on_runner_error(self, path: Path, error: Exception) -> None:
        self._close_progress()
        if isinstance(error, ExportCancelled):
            self.message_box = show_message(
                self._parent, self.tr("导出工单台账"), self.tr("已取消导出，没有生成文件。")
            )
            return
        if isinstance(error, OSError):
            text = self.tr("无法写入文件：{0}（{1}）").format(path, error.strerror or error)
        else:
            text = self.tr("导出失败：{0}").format(error)
        self.message_box = show_error(self._parent, self.tr("导出工单台账"), text)
