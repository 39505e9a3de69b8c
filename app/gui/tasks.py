"""Background work for the GUI: run ``fn(desk)`` on a worker thread, get the outcome on the GUI thread.

In the spirit of Anki's ``QueryOp``/``CollectionOp``: the worker receives the ``Desk`` (each service
call opens its own session), never a widget, and the result or the exception comes back to
callbacks on the GUI thread, through a queued signal. A request made with a ``key`` supersedes
every earlier one with the same key that has not been delivered yet: their results are dropped
and, if they have not started, they are skipped, so a user typing into a filter never sees an
out-of-date answer. ``busyChanged`` says when results are awaited, so the owner can show progress.

    runner = TaskRunner(desk, self)
    runner.busyChanged.connect(self.on_runner_busyChanged)
    runner.run(lambda desk: queue.query_ids(desk, flt), self.show_ids, self.show_error, key="query")
"""

from __future__ import annotations

import atexit
import functools
import itertools
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from PySide6.QtCore import (
    QEventLoop,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)

from app.services.context import Desk

T = TypeVar("T")

# Two workers: SQLite (WAL) serves readers side by side, and one slow job does not hold up the rest.
MAX_THREADS = 2

_pool: QThreadPool | None = None


def task_pool() -> QThreadPool:
    """The one thread pool every ``TaskRunner`` uses (made on first use, on the GUI thread)."""
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setObjectName("resident_desk_tasks")
        _pool.setMaxThreadCount(MAX_THREADS)
        atexit.register(wait_for_tasks)
    return _pool


def wait_for_tasks(msecs: int = -1) -> bool:
    """Block until every background task has finished; call it before closing the database."""
    return _pool is None or _pool.waitForDone(msecs)


@dataclass(frozen=True)
class _Request:
    key: str | None
    on_result: Callable[[Any], None]
    on_error: Callable[[Exception], None] | None


class _Relay(QObject):
    """Carries outcomes from the workers to their runners, queued onto the GUI thread.

    One for the program, made on the GUI thread and never deleted: a relay per runner, kept
    alive by the jobs, was deleted on a worker thread when a job outlived its runner, with the
    outcome it had just posted still queued for it (a crash in the GUI thread later).
    """

    finished = Signal(int, int, object, object)  # runner, serial, result, exception

    def __init__(self) -> None:
        super().__init__()
        self.runners: dict[int, weakref.WeakMethod] = {}  # weak: a runner's owner decides
        self.finished.connect(self.on_self_finished, Qt.ConnectionType.QueuedConnection)

    def on_self_finished(self, runner: int, serial: int, result: object, error: object) -> None:
        method = self.runners.get(runner)
        deliver = method() if method is not None else None
        if deliver is not None:  # a deleted runner has left: nobody is waiting
            deliver(serial, result, error)


_relay: _Relay | None = None
_runner_ids = itertools.count(1)


def _the_relay() -> _Relay:
    global _relay
    if _relay is None:
        _relay = _Relay()
    return _relay


class _Job(QRunnable):
    """One request on a worker thread: call ``fn(desk)`` unless superseded, then report back."""

    def __init__(
        self,
        runner: int,
        serial: int,
        fn: Callable[[Desk], Any],
        desk: Desk,
        relay: _Relay,
        wanted: Callable[[int], bool],
    ) -> None:
        super().__init__()
        self._runner = runner
        self._serial = serial
        self._fn = fn
        self._desk = desk
        self._relay = relay
        self._wanted = wanted

    def run(self) -> None:
        result: Any = None
        error: Exception | None = None
        if self._wanted(self._serial):
            try:
                result = self._fn(self._desk)
            except Exception as exc:  # delivered to the GUI thread, never lost on the worker
                error = exc
        self._relay.finished.emit(self._runner, self._serial, result, error)


class TaskRunner(QObject):
    """Runs functions of the desk on the shared pool; calls back on the GUI thread.

    One runner per owner (a table model, a dialog); it is the owner's child, so callbacks stop
    when the owner is deleted. Results of superseded requests are dropped silently. An exception
    goes to ``on_error``; without one it is raised again on the GUI thread, like any slot's.
    """

    busyChanged = Signal(bool)

    def __init__(self, desk: Desk, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._serial = 0
        self._pending: dict[int, _Request] = {}
        self._busy = False
        self._relay = _the_relay()
        self._id = next(_runner_ids)
        self._relay.runners[self._id] = weakref.WeakMethod(self.on_relay_finished)
        self.destroyed.connect(functools.partial(_forget_runner, self._id))

    @property
    def busy(self) -> bool:
        """Whether a result is still awaited (superseded requests do not count)."""
        return bool(self._pending)

    def is_pending(self, key: str) -> bool:
        """Whether a request with ``key`` is awaited."""
        return any(request.key == key for request in self._pending.values())

    def run(
        self,
        fn: Callable[[Desk], T],
        on_result: Callable[[T], None],
        on_error: Callable[[Exception], None] | None = None,
        key: str | None = None,
    ) -> int:
        """Run ``fn(desk)`` in the background; returns the request's serial number.

        ``on_result(value)`` or ``on_error(exception)`` is called later on the GUI thread, never
        from inside ``run``. With a ``key``, earlier requests with the same key are superseded.
        """
        if key is not None:
            self.cancel(key)
        self._serial += 1
        serial = self._serial
        self._pending[serial] = _Request(key, on_result, on_error)
        job = _Job(self._id, serial, fn, self._desk, self._relay, self._pending.__contains__)
        task_pool().start(job)
        self._set_busy(True)
        return serial

    def cancel(self, key: str | None = None) -> None:
        """Drop the results of pending requests with ``key`` (all of them if None)."""
        for serial, request in list(self._pending.items()):
            if key is None or request.key == key:
                del self._pending[serial]
        self._set_busy(self.busy)

    def on_relay_finished(self, serial: int, result: object, error: object) -> None:
        request = self._pending.pop(serial, None)
        if request is None:
            return  # superseded or cancelled
        try:
            if not isinstance(error, Exception):
                request.on_result(result)
            elif request.on_error is not None:
                request.on_error(error)
            else:
                raise error
        finally:
            # After the callback: a callback that asks again keeps the runner busy, no flicker.
            self._set_busy(self.busy)

    def _set_busy(self, busy: bool) -> None:
        if busy != self._busy:
            self._busy = busy
            self.busyChanged.emit(busy)


def _forget_runner(runner: int, *_destroyed: object) -> None:
    if _relay is not None:
        _relay.runners.pop(runner, None)


def wait_until_idle(runner: TaskRunner, msecs: int = 30_000) -> bool:
    """Run a local event loop until ``runner`` has delivered everything; False on timeout.

    For unattended runs (the screenshot) that must not show a half-loaded window; the
    interactive program never waits.
    """
    if not runner.busy:
        return True
    loop = QEventLoop()  # its connections go with it
    timer = QTimer(loop)
    timer.setSingleShot(True)
    timer.timeout.connect(loop.quit)
    runner.busyChanged.connect(loop.quit)
    timer.start(msecs)
    while runner.busy and timer.isActive():
        loop.exec()
    timer.stop()
    return not runner.busy
