"""The ticket queue: the model passes qtmodeltester, filters by Chinese text, sorts, runs the clocks."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtGui import QColor, QInputMethodEvent
from PySide6.QtWidgets import QWidget

from app.domain.enums import ClockState
from app.gui.tickets import TicketsTab
from app.gui.tickets.formatting import CLOCK_COLOURS
from app.gui.tickets.queue_model import (
    COL_CALLED_AT,
    COL_NUMBER,
    COL_RESPONSE,
    COL_SEVERITY,
    COL_SYSTEM,
    QueueModel,
)
from app.services.queue import QueueFilter


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


@pytest.fixture
def tab(qtbot, desk) -> TicketsTab:
    widget = TicketsTab(desk)
    qtbot.addWidget(widget)
    widget.resize(1400, 800)
    widget.show()
    return widget


def test_model_passes_qtmodeltester(qtmodeltester, desk, some_tickets) -> None:
    model = QueueModel(desk)
    model.set_filter(QueueFilter())
    qtmodeltester.check(model)
    assert model.rowCount() == 3
    # Newest call first by default.
    assert model.ids() == sorted(some_tickets, reverse=True)


def test_empty_model_passes_qtmodeltester(qtmodeltester, desk) -> None:
    model = QueueModel(desk)
    model.set_filter(QueueFilter())
    qtmodeltester.check(model)
    assert model.rowCount() == 0


def test_default_is_all_tickets_newest_first_with_open_one_click_away(
    qtbot, tab, some_tickets, desk
) -> None:
    from app.domain.workflow import Action
    from app.services import tickets

    tickets.apply_action(desk, some_tickets[2], Action.ANSWER, {"answer": "已远程指导导出。"})
    tab.refresh()
    assert tab.filter_bar.status_combo.currentText() == "全部状态"
    assert tab.model.rowCount() == 3
    assert tab.filter_bar.count_label.text() == "共 3 条"

    with qtbot.waitSignal(tab.filter_bar.filterChanged):
        qtbot.mouseClick(tab.filter_bar.open_button, Qt.MouseButton.LeftButton)
    assert tab.filter_bar.status_combo.currentText() == "未关闭"
    assert set(tab.model.ids()) == set(some_tickets[:2])
    assert tab.filter_bar.count_label.text() == "共 2 条"


def test_filter_by_two_chinese_characters_through_the_line_edit(qtbot, tab, some_tickets) -> None:
    edit = tab.filter_bar.text_edit
    edit.setFocus()
    with qtbot.waitSignal(tab.filter_bar.filterChanged, timeout=2000):
        ime_type(edit, "门禁")
    assert tab.model.ids() == [some_tickets[1]]
    assert tab.model.index(0, COL_SYSTEM).data() == "门禁控制系统"
    assert tab.filter_bar.count_label.text() == "共 1 条"

    with qtbot.waitSignal(tab.filter_bar.filterChanged, timeout=2000):
        edit.clear()
    assert tab.model.rowCount() == 3


def test_filter_by_severity_and_class_combos(qtbot, tab, some_tickets) -> None:
    bar = tab.filter_bar
    with qtbot.waitSignal(bar.filterChanged):
        ime_type(bar.severity_combo, "重大")
    assert tab.model.ids() == [some_tickets[1]]
    with qtbot.waitSignal(bar.filterChanged):
        qtbot.keyClick(bar.severity_combo, Qt.Key.Key_Home)
    assert bar.severity_combo.currentText() == "全部紧急程度"
    with qtbot.waitSignal(bar.filterChanged):
        ime_type(bar.class_combo, "咨询")
    assert tab.model.ids() == [some_tickets[2]]


def _click_header(qtbot, tab: TicketsTab, column: int) -> None:
    header = tab.view.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(
        header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2)
    )


def test_sort_by_clicking_a_column_header(qtbot, tab, some_tickets) -> None:
    first, second, third = some_tickets
    tab.show_ticket(second)
    assert tab.model.ids() == [third, second, first]
    assert tab.view.horizontalHeader().sortIndicatorSection() == COL_CALLED_AT

    _click_header(qtbot, tab, COL_NUMBER)
    assert tab.view.horizontalHeader().sortIndicatorSection() == COL_NUMBER
    assert tab.view.horizontalHeader().sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
    numbers = [tab.model.index(r, COL_NUMBER).data() for r in range(3)]
    assert numbers == ["GD-2026-0001", "GD-2026-0002", "GD-2026-0003"]
    assert tab.selected_id() == second  # the selection follows the ticket

    _click_header(qtbot, tab, COL_NUMBER)
    numbers = [tab.model.index(r, COL_NUMBER).data() for r in range(3)]
    assert numbers == ["GD-2026-0003", "GD-2026-0002", "GD-2026-0001"]

    _click_header(qtbot, tab, COL_SEVERITY)
    assert tab.model.index(0, COL_SEVERITY).data() == "一般"
    assert tab.model.index(2, COL_SEVERITY).data() == "重大"


def test_response_clock_breaches_after_five_minutes(qtbot, tab, make_ticket, clock) -> None:
    make_ticket()
    tab.refresh()
    cell = tab.model.index(0, COL_RESPONSE)
    assert cell.data() == "剩余 5分"
    assert cell.data(Qt.ItemDataRole.BackgroundRole) is None

    clock.advance(timedelta(minutes=4))
    tab.refresh()
    cell = tab.model.index(0, COL_RESPONSE)
    assert cell.data() == "剩余 1分"
    assert cell.data(Qt.ItemDataRole.BackgroundRole) == QColor(CLOCK_COLOURS[ClockState.WARNING][0])

    clock.advance(timedelta(minutes=2))
    tab.refresh()
    cell = tab.model.index(0, COL_RESPONSE)
    assert cell.data().startswith("超时")
    assert cell.data() == "超时 1分"
    red, white = (QColor(c) for c in CLOCK_COLOURS[ClockState.BREACHED])
    assert cell.data(Qt.ItemDataRole.BackgroundRole) == red
    assert cell.data(Qt.ItemDataRole.ForegroundRole) == white
    assert red.red() > 200 and red.green() < 100


def test_refresh_keeps_the_selection(qtbot, tab, some_tickets, make_ticket, clock) -> None:
    tab.show_ticket(some_tickets[0])
    assert tab.selected_id() == some_tickets[0]
    new = make_ticket(title="新的报修")
    tab.refresh()
    assert tab.model.ids()[0] == new
    assert tab.selected_id() == some_tickets[0]
    assert tab.detail.ticket_id == some_tickets[0]


def test_date_range_filter_is_switched_on_by_its_checkbox(qtbot, tab, make_ticket) -> None:
    from tests.conftest import START

    recent = make_ticket()
    old = make_ticket(called_at=START - timedelta(days=40), title="四十天前的报修")
    tab.refresh()
    assert set(tab.model.ids()) == {recent, old}
    bar = tab.filter_bar
    assert not bar.from_date.isEnabled()
    with qtbot.waitSignal(bar.filterChanged):
        qtbot.mouseClick(bar.from_check, Qt.MouseButton.LeftButton)
    assert bar.from_date.isEnabled()
    assert tab.model.ids() == [recent]  # "from" defaults to 30 days back

    with qtbot.waitSignal(bar.filterChanged):
        qtbot.mouseClick(bar.to_check, Qt.MouseButton.LeftButton)
    assert tab.model.ids() == [recent]  # "to" defaults to today, inclusive
    assert bar.count_label.text() == "共 1 条"
