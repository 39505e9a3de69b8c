"""Exporting the 工单台账 for the queue's filter: off the GUI thread, with progress and cancel."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QWidget

from app.gui.documents_runner import Cancelled, Progress, ProgressExport, ask_workbook
from app.gui.messages import show_message
from app.services.context import Desk
from app.services.tickets import log_export
from app.services.tickets.queue import QueueFilter


class LogExporter(ProgressExport):
    """Asks for the file, runs the export in the background, shows progress, can cancel."""

    exported = Signal(object, int)  # path, rows

    def __init__(self, desk: Desk, parent: QWidget) -> None:
        title = QCoreApplication.translate("LogExporter", "导出工单台账")
        super().__init__(desk, parent, title, "export_progress")

    def export(self, flt: QueueFilter, date_from: date | None, date_to: date | None) -> None:
        """Ask where to save, then export the tickets ``flt`` selects in [date_from, date_to]."""
        if self.busy:
            if self.progress is not None:
                self.progress.raise_()
            return
        today = self._desk.clock.now().astimezone().date().isoformat()
        path = ask_workbook(
            self._parent, self.tr("导出工单台账"), self.tr("工单台账_{0}.xlsx").format(today)
        )
        if path is None:
            return

        def work(desk: Desk, progress: Progress, cancelled: Cancelled) -> int:
            return log_export.export_ticket_log(
                desk, path, date_from, date_to, flt, progress=progress, cancelled=cancelled
            )

        self.start(
            path,
            work,
            lambda rows: self.on_runner_result(path, rows),
            self.tr("正在导出工单台账…"),
            self.tr("正在导出工单台账：{0} / {1} 张工单").format,
        )

    # --- slots -------------------------------------------------------------------------------

    def on_runner_result(self, path: Path, rows: int) -> None:
        self.message_box = show_message(
            self._parent,
            self.tr("导出工单台账"),
            self.tr("已导出 {0} 张工单到：\n{1}").format(rows, path),
        )
        self.exported.emit(path, rows)
