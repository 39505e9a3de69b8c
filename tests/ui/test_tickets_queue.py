"""The ticket queue: the model passes qtmodeltester, filters by Chinese text, sorts, runs the clocks.

Queries run in the background; these tests wait for their results as a user would.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Callable
from datetime import timedelta

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtGui import QColor, QInputMethodEvent
from PySide6.QtWidgets import QWidget
from sqlalchemy.exc import OperationalError

from app.domain.enums import ClockState
from app.gui.tasks import wait_for_tasks
from app.gui.tickets import TicketsTab
from app.gui.tickets import queue_model as queue_model_module
from app.gui.tickets import tab as tab_module
from app.gui.tickets.formatting import CLOCK_COLOURS
from app.gui.tickets.queue_model import (
    COL_CALLED_AT,
    COL_NUMBER,
    COL_RESPONSE,
    COL_SEVERITY,
    COL_SYSTEM,
    TICKET_ID_ROLE,
    QueueModel,
)
from app.services.tickets import queue
from app.services.tickets.queue import QueueFilter

WAIT_S = 10  # a blocked worker gives up after this, so a failing test cannot hang the run


def settle(qtbot, model: QueueModel) -> None:
    """Queries run in the background: wait until the model holds the last result."""
    qtbot.waitUntil(lambda: not model.busy, timeout=5000)


def ime_type(widget: QWidget, text: str) -> None:
    """Type ``text`` the way a Chinese input method delivers it: one committed string."""
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QCoreApplication.sendEvent(widget, event)


@pytest.fixture
def some_tickets(make_ticket, clock) -> list[int]:
    ids = [make_ticket()]
    clock.advance(timedelta(minutes=1))
    ids.append(
        make_ticket(
            system="ACCESS",
            place="AB门",
            device="AB门 A门 门禁控制器 AC-2004",
            title="AB门A门刷卡无反应",
            description="AB门A门读卡器刷卡无反应，需人工开门。",
            severity="major",
        )
    )
    clock.advance(timedelta(minutes=1))
    ids.append(
        make_ticket(
            ticket_class="consultation",
            is_hardware=False,
            requester_name="王所长",
            title="如何导出录像",
            description="询问如何从录像机导出昨晚的录像。",
        )
    )
    clock.advance(timedelta(minutes=1))
    return ids


def test_model_passes_qtmodeltester(qtbot, qtmodeltester, desk, some_tickets) -> None:
    model = QueueModel(desk)
    qtmodeltester.check(model)  # empty, then checked through every change below
    with qtbot.waitSignal(model.queryFinished):
        model.set_filter(QueueFilter())
    qtmodeltester.check(model)
    assert model.rowCount() == 3
    # Newest call first by default.
    assert model.ids() == sorted(some_tickets, reverse=True)

    with qtbot.waitSignal(model.layoutChanged):  # the same tickets in another order
        model.sort(COL_NUMBER, Qt.SortOrder.AscendingOrder)
    assert model.ids() == some_tickets
    with qtbot.waitSignal(model.modelReset):  # other tickets
        model.set_filter(QueueFilter(text="门禁"))
    assert model.ids() == [some_tickets[1]]
    with qtbot.waitSignal(model.dataChanged):  # the same ids: only the rows are repainted
        model.requery()
    with qtbot.waitSignal(model.dataChanged):
        model.refresh_rows()
    qtmodeltester.check(model)


def test_empty_model_passes_qtmodeltester(qtbot, qtmodeltester, desk) -> None:
    model = QueueModel(desk)
    model.set_filter(QueueFilter())
    qtmodeltester.check(model)
    settle(qtbot, model)
    assert model.loaded
    assert model.rowCount() == 0


def test_default_is_all_tickets_newest_first_with_open_one_click_away(
    qtbot, tab, some_tickets, desk
) -> None:
    from app.domain.tickets.workflow import Action
    from app.services.tickets import calls as tickets

    tickets.apply_action(desk, some_tickets[2], Action.ANSWER, {"answer": "已远程指导导出。"})
    tab.refresh()
    settle(qtbot, tab.model)
    assert tab.filter_bar.status_combo.currentText() == "全部状态"
    assert tab.model.rowCount() == 3
    assert tab.filter_bar.count_label.text() == "共 3 条"

    with qtbot.waitSignal(tab.filter_bar.filterChanged):
        qtbot.mouseClick(tab.filter_bar.open_button, Qt.MouseButton.LeftButton)
    settle(qtbot, tab.model)
    assert tab.filter_bar.status_combo.currentText() == "未关闭"
    assert set(tab.model.ids()) == set(some_tickets[:2])
    assert tab.filter_bar.count_label.text() == "共 2 条"


def test_filter_by_two_chinese_characters_through_the_line_edit(qtbot, tab, some_tickets) -> None:
    edit = tab.filter_bar.text_edit
    edit.setFocus()
    with qtbot.waitSignal(tab.filter_bar.filterChanged, timeout=2000):
        ime_type(edit, "门禁")
    settle(qtbot, tab.model)
    assert tab.model.ids() == [some_tickets[1]]
    assert tab.model.index(0, COL_SYSTEM).data() == "门禁控制系统"
    assert tab.filter_bar.count_label.text() == "共 1 条"

    with qtbot.waitSignal(tab.filter_bar.filterChanged, timeout=2000):
        edit.clear()
    settle(qtbot, tab.model)
    assert tab.model.rowCount() == 3


def test_filter_by_severity_and_class_combos(qtbot, tab, some_tickets) -> None:
    bar = tab.filter_bar
    with qtbot.waitSignal(bar.filterChanged):
        ime_type(bar.severity_combo, "重大")
    settle(qtbot, tab.model)
    assert tab.model.ids() == [some_tickets[1]]
    with qtbot.waitSignal(bar.filterChanged):
        qtbot.keyClick(bar.severity_combo, Qt.Key.Key_Home)
    assert bar.severity_combo.currentText() == "全部紧急程度"
    with qtbot.waitSignal(bar.filterChanged):
        ime_type(bar.class_combo, "咨询")
    settle(qtbot, tab.model)
    assert tab.model.ids() == [some_tickets[2]]


def _click_header(qtbot, tab: TicketsTab, column: int) -> None:
    header = tab.view.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(
        header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2)
    )


def test_sort_by_clicking_a_column_header(qtbot, tab, some_tickets) -> None:
    first, second, third = some_tickets
    tab.show_ticket(second)  # not in the queue yet: queried again, then selected
    settle(qtbot, tab.model)
    assert tab.selected_id() == second
    assert tab.model.ids() == [third, second, first]
    assert tab.view.horizontalHeader().sortIndicatorSection() == COL_CALLED_AT

    _click_header(qtbot, tab, COL_NUMBER)
    settle(qtbot, tab.model)
    assert tab.view.horizontalHeader().sortIndicatorSection() == COL_NUMBER
    assert tab.view.horizontalHeader().sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
    numbers = [tab.model.index(r, COL_NUMBER).data() for r in range(3)]
    assert numbers == ["GD-2026-0001", "GD-2026-0002", "GD-2026-0003"]
    assert tab.selected_id() == second  # the selection follows the ticket

    _click_header(qtbot, tab, COL_NUMBER)
    settle(qtbot, tab.model)
    numbers = [tab.model.index(r, COL_NUMBER).data() for r in range(3)]
    assert numbers == ["GD-2026-0003", "GD-2026-0002", "GD-2026-0001"]

    _click_header(qtbot, tab, COL_SEVERITY)
    settle(qtbot, tab.model)
    assert tab.model.index(0, COL_SEVERITY).data() == "一般"
    assert tab.model.index(2, COL_SEVERITY).data() == "重大"


def test_response_clock_breaches_after_five_minutes(qtbot, tab, make_ticket, clock) -> None:
    make_ticket()
    tab.refresh()
    settle(qtbot, tab.model)
    cell = tab.model.index(0, COL_RESPONSE)
    assert cell.data() == "剩余 5分"
    assert cell.data(Qt.ItemDataRole.BackgroundRole) is None

    clock.advance(timedelta(minutes=4))
    tab.refresh()
    settle(qtbot, tab.model)
    cell = tab.model.index(0, COL_RESPONSE)
    assert cell.data() == "剩余 1分"
    assert cell.data(Qt.ItemDataRole.BackgroundRole) == QColor(CLOCK_COLOURS[ClockState.WARNING][0])

    clock.advance(timedelta(minutes=2))
    tab.refresh()
    settle(qtbot, tab.model)
    cell = tab.model.index(0, COL_RESPONSE)
    assert cell.data().startswith("超时")
    assert cell.data() == "超时 1分"
    red, white = (QColor(c) for c in CLOCK_COLOURS[ClockState.BREACHED])
    assert cell.data(Qt.ItemDataRole.BackgroundRole) == red
    assert cell.data(Qt.ItemDataRole.ForegroundRole) == white
    assert red.red() > 200 and red.green() < 100


def test_refresh_keeps_the_selection(qtbot, tab, some_tickets, make_ticket, clock) -> None:
    tab.show_ticket(some_tickets[0])
    settle(qtbot, tab.model)
    assert tab.selected_id() == some_tickets[0]
    new = make_ticket(title="新的报修")
    tab.refresh()
    settle(qtbot, tab.model)
    assert tab.model.ids()[0] == new
    assert tab.selected_id() == some_tickets[0]
    assert tab.detail.ticket_id == some_tickets[0]


def test_date_range_filter_is_switched_on_by_its_checkbox(qtbot, tab, make_ticket) -> None:
    from tests.conftest import START

    recent = make_ticket()
    old = make_ticket(called_at=START - timedelta(days=40), title="四十天前的报修")
    tab.refresh()
    settle(qtbot, tab.model)
    assert set(tab.model.ids()) == {recent, old}
    bar = tab.filter_bar
    assert not bar.from_date.isEnabled()
    with qtbot.waitSignal(bar.filterChanged):
        qtbot.mouseClick(bar.from_check, Qt.MouseButton.LeftButton)
    settle(qtbot, tab.model)
    assert bar.from_date.isEnabled()
    assert tab.model.ids() == [recent]  # "from" defaults to 30 days back

    with qtbot.waitSignal(bar.filterChanged):
        qtbot.mouseClick(bar.to_check, Qt.MouseButton.LeftButton)
    settle(qtbot, tab.model)
    assert tab.model.ids() == [recent]  # "to" defaults to today, inclusive
    assert bar.count_label.text() == "共 1 条"


def _blocking(
    monkeypatch: pytest.MonkeyPatch, name: str, blocks: Callable[..., bool]
) -> threading.Event:
    """Make ``queue.<name>`` wait on the returned event whenever ``blocks(*args)`` is true."""
    release = threading.Event()
    original = getattr(queue, name)

    def patched(*args, **kwargs):
        if blocks(*args):
            assert release.wait(WAIT_S), "the test never released the worker"
        return original(*args, **kwargs)

    monkeypatch.setattr(queue, name, patched)
    return release


def test_show_ticket_selects_the_ticket_once_the_first_result_arrives(
    qtbot, desk, some_tickets
) -> None:
    tab = TicketsTab(desk)
    qtbot.addWidget(tab)
    tab.show()
    assert tab.model.querying  # the first query is still running
    tab.show_ticket(some_tickets[1])
    assert tab.detail.ticket_id == some_tickets[1]  # the detail at once
    qtbot.waitUntil(lambda: tab.selected_id() == some_tickets[1])
    assert tab.filter_bar.count_label.text() == "共 3 条"


def test_show_ticket_clears_a_filter_that_hides_the_ticket(qtbot, tab, some_tickets) -> None:
    with qtbot.waitSignal(tab.filter_bar.filterChanged):
        ime_type(tab.filter_bar.class_combo, "咨询")
    settle(qtbot, tab.model)
    assert tab.model.ids() == [some_tickets[2]]
    tab.show_ticket(some_tickets[0])
    settle(qtbot, tab.model)
    assert tab.filter_bar.class_combo.currentText() == "全部类别"
    assert tab.selected_id() == some_tickets[0]


def test_a_slow_query_shows_progress_and_keeps_the_window_responsive(
    qtbot, desk, some_tickets, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tab_module, "BUSY_DELAY_MS", 0)
    tab = TicketsTab(desk)
    qtbot.addWidget(tab)
    tab.show()
    settle(qtbot, tab.model)
    release = _blocking(monkeypatch, "query_ids", lambda _desk, flt, *_: flt.text == "门禁")
    edit = tab.filter_bar.text_edit
    edit.setFocus()
    ime_type(edit, "门禁")
    qtbot.keyClick(edit, Qt.Key.Key_Return)  # no debounce wait
    viewport = tab.view.viewport()
    # Shown by a timer: the event loop runs while the query is stuck in the worker.
    qtbot.waitUntil(lambda: tab.filter_bar.count_label.text() == "正在查询…")
    assert viewport.cursor().shape() == Qt.CursorShape.BusyCursor
    assert tab.model.rowCount() == 3  # the previous result stays until the new one is in

    release.set()
    settle(qtbot, tab.model)
    assert tab.filter_bar.count_label.text() == "共 1 条"
    assert tab.model.ids() == [some_tickets[1]]
    assert not viewport.testAttribute(Qt.WidgetAttribute.WA_SetCursor)


def test_a_failed_query_says_so(qtbot, tab, some_tickets, monkeypatch) -> None:
    def locked(*_args, **_kwargs):
        raise OperationalError("SELECT", {}, sqlite3.OperationalError("database is locked"))

    tab.refresh()
    settle(qtbot, tab.model)
    with monkeypatch.context() as patch:
        patch.setattr(queue, "query_ids", locked)
        tab.refresh()
        settle(qtbot, tab.model)
    label = tab.filter_bar.count_label
    assert label.text() == "查询失败"
    assert "database is locked" in label.toolTip()
    assert tab.model.rowCount() == 3  # what was shown stays

    tab.refresh()
    settle(qtbot, tab.model)
    assert label.text() == "共 3 条"
    assert label.toolTip() == ""


def test_a_superseded_query_result_is_dropped(qtbot, desk, some_tickets, monkeypatch) -> None:
    release = _blocking(monkeypatch, "query_ids", lambda _desk, flt, *_: flt.text == "摄像")
    model = QueueModel(desk)
    model.set_filter(QueueFilter(text="摄像"))  # blocked in the worker
    model.set_filter(QueueFilter(text="门禁"))  # the user typed on; runs on the other worker
    qtbot.waitUntil(lambda: model.loaded and not model.busy)
    assert model.ids() == [some_tickets[1]]
    release.set()
    assert wait_for_tasks(WAIT_S * 1000)
    QCoreApplication.processEvents()  # the stale result's delivery
    assert model.ids() == [some_tickets[1]]
    assert model.row_of(some_tickets[1]) == 0
    assert model.row_of(some_tickets[0]) == -1


def test_the_clock_tick_refreshes_rows_in_the_background(
    qtbot, tab, make_ticket, clock, monkeypatch
) -> None:
    make_ticket()
    tab.refresh()
    settle(qtbot, tab.model)
    assert tab.model.index(0, COL_RESPONSE).data() == "剩余 5分"
    clock.advance(timedelta(minutes=4))
    release = _blocking(monkeypatch, "fetch_rows", lambda *_: True)

    started = time.monotonic()
    tab.on_clock_timer_timeout()  # what the minute timer does
    assert time.monotonic() - started < WAIT_S / 2  # did not wait for the database
    assert tab.model.busy
    assert tab.model.index(0, COL_RESPONSE).data() == "剩余 5分"  # cached until the rows arrive
    with qtbot.waitSignal(tab.model.dataChanged):
        release.set()
    assert tab.model.index(0, COL_RESPONSE).data() == "剩余 1分"


def test_sorting_keeps_row_of_in_step_and_the_selection_on_its_ticket(
    qtbot, tab, some_tickets
) -> None:
    tab.show_ticket(some_tickets[0])
    settle(qtbot, tab.model)
    with qtbot.waitSignal(tab.model.layoutChanged):
        _click_header(qtbot, tab, COL_SEVERITY)
    ids = tab.model.ids()
    assert sorted(ids) == sorted(some_tickets)
    assert [tab.model.row_of(t) for t in ids] == [0, 1, 2]
    assert tab.selected_id() == some_tickets[0]


def test_row_pages_are_fetched_in_the_background_and_only_a_few_are_kept(
    qtbot, desk, make_ticket, monkeypatch
) -> None:
    monkeypatch.setattr(queue_model_module, "PAGE_SIZE", 2)
    monkeypatch.setattr(queue_model_module, "MAX_PAGES", 2)
    made = [make_ticket(title=f"第{n}号报修") for n in range(7)]
    fetched: list[tuple[list[int], bool]] = []
    original = queue.fetch_rows
    gui_thread = threading.get_ident()

    def counting(d, ids):
        fetched.append((list(ids), threading.get_ident() == gui_thread))
        return original(d, ids)

    monkeypatch.setattr(queue, "fetch_rows", counting)
    model = QueueModel(desk)
    model.set_filter(QueueFilter())
    settle(qtbot, model)
    assert fetched == [(made[6:4:-1], False)]  # the first page came with the query

    def title(row: int) -> str | None:
        return model.index(row, 4).data()

    assert title(0) == "第6号报修"
    assert title(2) is None  # its page is on its way
    assert model.index(2, 4).data(TICKET_ID_ROLE) == made[4]  # the id is always there
    with qtbot.waitSignal(model.dataChanged) as changed:
        pass
    assert (changed.args[0].row(), changed.args[1].row()) == (2, 3)
    assert [title(row) for row in (2, 3)] == ["第4号报修", "第3号报修"]

    titles = []
    for row in range(7):  # down the queue, as a view scrolls
        qtbot.waitUntil(lambda row=row: title(row) is not None)
        titles.append(title(row))
    assert titles == [f"第{n}号报修" for n in range(6, -1, -1)]
    assert len(fetched) == 4  # pages 1, 2 and 3, once each
    assert not any(on_gui for _ids, on_gui in fetched)  # never on the GUI thread
    assert title(0) is None  # page 0 was dropped to keep two pages
    settle(qtbot, model)
    assert len(fetched) == 5
