"""The escalation banner: one line per ticket, three at most, and still under the mouse."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QWidget

from app.domain.clock import FixedClock
from app.gui.main_window import MainWindow
from app.gui.tasks import wait_until_idle
from app.gui.tickets.escalation_banner import EscalationBanner, EscalationRow
from app.services.context import Desk
from app.services.tickets import escalations
from tests.ui.keyboard import retype


@pytest.fixture
def window(qtbot, desk: Desk, make_ticket, clock: FixedClock) -> MainWindow:
    """Five tickets whose response clocks breached one minute apart."""
    for number in range(5):
        make_ticket(title=f"第{number + 1}路摄像机无图像")
        clock.advance(timedelta(minutes=1))
    clock.advance(timedelta(minutes=6))
    window = MainWindow(desk, remember_geometry=False)
    qtbot.addWidget(window)
    window.resize(1440, 900)
    window.show()
    window.tick()
    assert wait_until_idle(window.sweep_runner)  # the sweep answers from a worker thread
    return window


def row_under(banner: EscalationBanner, point: QPoint) -> EscalationRow | None:
    widget: QWidget | None = banner.childAt(point)
    while widget is not None and not isinstance(widget, EscalationRow):
        widget = widget.parentWidget()
    return widget


def point_on(banner: EscalationBanner, row: EscalationRow) -> QPoint:
    """The centre of a line's 已联系… button, in the banner's coordinates."""
    button = row.acknowledge_button
    return button.mapTo(banner, button.rect().center())


def pointer_away(banner: EscalationBanner) -> None:
    QCursor.setPos(banner.mapToGlobal(QPoint(banner.width() // 2, banner.height() + 200)))


def acknowledge(qtbot, banner: EscalationBanner, row: EscalationRow, agreed: str) -> None:
    qtbot.mouseClick(row.acknowledge_button, Qt.MouseButton.LeftButton)
    dialog = banner.dialog
    assert dialog is not None and dialog.isVisible()
    retype(qtbot, dialog.agreed_edit, agreed)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()


def test_three_lines_at_most_then_how_many_more(window: MainWindow) -> None:
    banner = window.banner
    assert len(banner.rows) == 3
    assert banner.more_button.isVisible()
    assert banner.more_button.text() == "还有 2 张工单待确认上报…"
    # Compact: three lines and the "more" line take less than the old header and three rows.
    assert banner.height() <= 4 * banner.rows[0].sizeHint().height() + 16
    assert banner.height() < 110


def test_the_line_under_the_pointer_stays_until_the_pointer_leaves(
    qtbot, window: MainWindow, desk: Desk
) -> None:
    banner = window.banner
    first, second, third = banner.rows
    point = point_on(banner, second)
    QCursor.setPos(banner.mapToGlobal(point))  # the pointer rests on the second line's button
    assert row_under(banner, point) is second

    acknowledge(qtbot, banner, first, "同意继续处理，修复后电话回报")

    # The acknowledged line greyed where it was; nothing moved under the pointer.
    assert first.done and not first.acknowledge_button.isEnabled()
    assert banner.rows == [first, second, third]
    assert row_under(banner, point) is second
    window.sweep_timer.timeout.emit()  # the 30-second refresh waits too
    assert wait_until_idle(window.sweep_runner)
    assert row_under(banner, point) is second
    waiting = [info.ticket_id for info in escalations.unacknowledged(desk)]
    assert first.info.ticket_id not in waiting and len(waiting) == 4

    pointer_away(banner)
    qtbot.waitUntil(lambda: first not in banner.rows, timeout=3000)
    assert [row.info.ticket_id for row in banner.rows][:2] == [
        second.info.ticket_id,
        third.info.ticket_id,
    ]
    assert banner.more_button.text() == "还有 1 张工单待确认上报…"


def test_more_lists_them_in_the_queue(qtbot, window: MainWindow) -> None:
    window.banner.more_button.click()
    tab = window.tickets_tab
    qtbot.waitUntil(lambda: not tab.model.busy and tab.model.rowCount() == 5, timeout=5000)
    assert tab.filter_bar.attention_button.isVisible()
