"""Seeing other workstations' work: the change counter polled off the GUI thread."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from app.gui.tasks import TaskRunner
from app.services import write_counter
from app.services.context import Desk


class ChangeWatcher(QObject):
    """Asks every few seconds, in the background, whether any workstation committed a write;
    ``changed`` tells the window to bring its queue, banner and status bar up to date."""

    changed = Signal()
    INTERVAL_MS = 3000

    def __init__(self, desk: Desk, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._mark: int | None = None
        self.runner = TaskRunner(desk, self)
        self.timer = QTimer(self)
        self.timer.setInterval(self.INTERVAL_MS)
        self.timer.timeout.connect(self.on_timer_timeout)

    def start(self) -> None:
        if write_counter.watches_others(self._desk):
            self.on_timer_timeout()  # the starting mark
            self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        self.runner.cancel()

    def on_timer_timeout(self) -> None:
        if not self.runner.busy:  # a slow server: never more than one question in flight
            self.runner.run(write_counter.change_mark, self.on_mark, self.on_failed, key="mark")

    def on_mark(self, mark: int) -> None:
        seen, self._mark = self._mark, mark
        if seen is not None and mark != seen:
            self.changed.emit()

    def on_failed(self, _error: Exception) -> None:
        pass  # the server is away for a moment: the next tick asks again; writes say why
