"""The background helper: work on a pool thread, outcome on the GUI thread, stale results dropped."""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QObject

from app.gui.tasks import TaskRunner, task_pool, wait_for_tasks, wait_until_idle
from app.services.context import Desk
from app.services.tickets import queue

WAIT_S = 10  # a blocked worker gives up after this, so a failing test cannot hang the run


@pytest.fixture
def runner(qtbot, desk: Desk) -> Iterator[TaskRunner]:
    owner = QObject()
    yield TaskRunner(desk, owner)
    wait_for_tasks()


def blocked_until(event: threading.Event, value: object = None) -> Callable[[Desk], object]:
    def fn(_desk: Desk) -> object:
        assert event.wait(WAIT_S), "the test never released the worker"
        return value

    return fn


def test_the_result_arrives_on_the_gui_thread(qtbot, runner: TaskRunner, desk: Desk) -> None:
    gui_thread = threading.get_ident()
    seen: dict[str, object] = {}

    def work(given: Desk) -> list[int]:
        seen["worker"] = threading.get_ident()
        seen["desk"] = given
        return queue.query_ids(given, queue.QueueFilter())  # a session of its own

    def done(ids: list[int]) -> None:
        seen["callback"] = threading.get_ident()
        seen["ids"] = ids

    with qtbot.waitSignal(runner.busyChanged) as busy:
        runner.run(work, done)
    assert busy.args == [True]
    assert runner.busy
    assert "ids" not in seen  # never delivered from inside run()

    with qtbot.waitSignal(runner.busyChanged) as idle:
        pass
    assert idle.args == [False]
    assert not runner.busy
    assert seen["ids"] == []
    assert seen["desk"] is desk  # the worker gets the desk, never a widget
    assert seen["worker"] != gui_thread
    assert seen["callback"] == gui_thread


def test_an_exception_goes_to_on_error_on_the_gui_thread(qtbot, runner: TaskRunner) -> None:
    errors: list[tuple[Exception, int]] = []
    results: list[object] = []

    def fail(_desk: Desk) -> None:
        raise ValueError("数据库已锁定")

    runner.run(fail, results.append, lambda exc: errors.append((exc, threading.get_ident())))
    qtbot.waitUntil(lambda: bool(errors))
    (error, thread), *_ = errors
    assert isinstance(error, ValueError)
    assert str(error) == "数据库已锁定"
    assert thread == threading.get_ident()
    assert results == []
    assert not runner.busy


def test_without_on_error_the_exception_is_raised_on_the_gui_thread(
    qtbot, runner: TaskRunner
) -> None:
    def fail(_desk: Desk) -> None:
        raise ValueError("查询失败")

    with qtbot.captureExceptions() as exceptions:
        runner.run(fail, lambda _value: None)
        qtbot.waitUntil(lambda: not runner.busy)
    assert [str(e[1]) for e in exceptions] == ["查询失败"]


def test_a_superseded_result_is_dropped(qtbot, runner: TaskRunner) -> None:
    release_first = threading.Event()
    delivered: list[str] = []
    runner.run(blocked_until(release_first, "old"), delivered.append, key="filter")
    runner.run(lambda _desk: "new", delivered.append, key="filter")  # the user typed on

    qtbot.waitUntil(lambda: delivered == ["new"])
    assert not runner.busy  # nothing awaited, though the first request is still running
    release_first.set()
    assert wait_for_tasks(WAIT_S * 1000)
    QCoreApplication.processEvents()  # the old result's delivery, already posted
    assert delivered == ["new"]


def test_requests_with_other_keys_do_not_supersede(qtbot, runner: TaskRunner) -> None:
    delivered: list[str] = []
    runner.run(lambda _desk: "query", delivered.append, key="query")
    runner.run(lambda _desk: "export", delivered.append, key="export")
    runner.run(lambda _desk: "unkeyed", delivered.append)
    qtbot.waitUntil(lambda: len(delivered) == 3)
    assert sorted(delivered) == ["export", "query", "unkeyed"]


def test_a_superseded_request_that_has_not_started_is_skipped(qtbot, runner: TaskRunner) -> None:
    release = threading.Event()
    for _ in range(task_pool().maxThreadCount()):  # every worker busy
        runner.run(blocked_until(release), lambda _value: None)
    started: list[str] = []

    def work(name: str) -> Callable[[Desk], str]:
        def fn(_desk: Desk) -> str:
            started.append(name)
            return name

        return fn

    delivered: list[str] = []
    runner.run(work("first"), delivered.append, key="filter")
    runner.run(work("second"), delivered.append, key="filter")
    release.set()
    qtbot.waitUntil(lambda: not runner.busy, timeout=WAIT_S * 1000)
    assert delivered == ["second"]
    assert started == ["second"]


def test_cancel_drops_pending_results(qtbot, runner: TaskRunner) -> None:
    release = threading.Event()
    delivered: list[object] = []
    runner.run(blocked_until(release, "late"), delivered.append, key="query")
    assert runner.is_pending("query")
    with qtbot.waitSignal(runner.busyChanged) as idle:
        runner.cancel("query")
    assert idle.args == [False]
    assert not runner.is_pending("query")
    release.set()
    assert wait_for_tasks(WAIT_S * 1000)
    QCoreApplication.processEvents()
    assert delivered == []


def test_a_deleted_owner_gets_no_callback(qtbot, desk: Desk) -> None:
    owner = QObject()
    runner = TaskRunner(desk, owner)
    release = threading.Event()
    delivered: list[object] = []
    runner.run(blocked_until(release, "late"), delivered.append)
    del runner
    owner.deleteLater()
    qtbot.waitUntil(lambda: not _alive(owner))
    release.set()
    assert wait_for_tasks(WAIT_S * 1000)
    QCoreApplication.processEvents()
    assert delivered == []


def test_jobs_that_outlive_their_runners_report_into_one_lasting_relay(qtbot, desk: Desk) -> None:
    """The crash of stop 21 and 22: each runner's relay, kept alive by its jobs, was deleted on a
    worker thread with an outcome still queued for it, and the GUI thread fell over later."""
    release = threading.Event()
    delivered: list[object] = []
    owners = [QObject() for _ in range(20)]
    for owner in owners:
        TaskRunner(desk, owner).run(blocked_until(release, "late"), delivered.append)
    other_owner = QObject()
    relays = {id(runner._relay) for runner in (TaskRunner(desk, other_owner), TaskRunner(desk))}
    assert len(relays) == 1  # one for the program, never deleted
    for owner in owners:
        owner.deleteLater()
    qtbot.waitUntil(lambda: not any(_alive(owner) for owner in owners))
    release.set()
    assert wait_for_tasks(WAIT_S * 1000)
    gc.collect()
    QCoreApplication.processEvents()
    gc.collect()
    assert delivered == []
    survivor = TaskRunner(desk, other_owner)
    answers: list[object] = []
    survivor.run(lambda _desk: "fresh", answers.append)
    qtbot.waitUntil(lambda: answers == ["fresh"])


def _alive(obj: QObject) -> bool:
    try:
        obj.objectName()
    except RuntimeError:
        return False
    return True


def test_wait_until_idle_runs_the_event_loop_until_the_result_is_in(
    qtbot, runner: TaskRunner
) -> None:
    delivered: list[str] = []
    runner.run(lambda _desk: "done", delivered.append)
    assert wait_until_idle(runner, WAIT_S * 1000)
    assert delivered == ["done"]
    assert wait_until_idle(runner)  # nothing pending: at once
