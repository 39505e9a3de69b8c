"""The main window: status bar counts, the escalation banner driven by the sweep, contract settings."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import select

from app.db.models import Escalation
from app.domain.clock import FixedClock
from app.gui.main_window import SWEEP_INTERVAL_MS, MainWindow
from app.gui.tasks import wait_until_idle
from app.gui.tickets.escalation_banner import due_text
from app.gui.ui_settings import (
    MAIN_WINDOW_GEOMETRY,
    MAIN_WINDOW_STATE,
    UiSettings,
)
from app.services import contract
from app.services.context import Desk
from app.services.tickets import escalations
from tests.conftest import START, contract_values
from tests.ui.keyboard import retype


@pytest.fixture
def make_window(qtbot, desk: Desk) -> Callable[[], MainWindow]:
    def make() -> MainWindow:
        window = MainWindow(desk)
        qtbot.addWidget(window)
        window.show()
        return window

    return make


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_title_tabs_and_timer(make_window, desk: Desk) -> None:
    window = make_window()
    info = contract.get_contract(desk)
    assert info is not None
    assert window.windowTitle() == f"驻场运维台 — {info.project_name}"
    tabs = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert tabs == ["工单", "巡检", "备品备件", "应急预案", "设备", "培训演练", "变更", "报告"]
    assert window.sweep_timer.isActive()
    assert window.sweep_timer.interval() == SWEEP_INTERVAL_MS == 30_000
    assert window.new_ticket_action.shortcut().toString() == "Ctrl+N"
    assert window.refresh_action.shortcut().toString() == "F5"


def test_status_bar_shows_user_warranty_and_breaching(
    make_window, make_ticket, clock: FixedClock
) -> None:
    make_ticket()
    clock.advance(timedelta(minutes=6))  # the 5-minute response clock has breached
    window = make_window()
    bar = window.status_bar
    assert bar.user_label.text() == "当前用户 孙工"
    days = (date(2028, 6, 30) - clock.now().astimezone().date()).days
    assert bar.warranty_label.text() == f"质保期剩余 {days} 天"
    assert bar.open_label.text() == "未关闭 1"
    assert bar.breaching_label.text() == "超时 1"
    assert bar.breaching_label.property("alarm") is True
    assert "#c62828" in bar.breaching_label.styleSheet()


def test_a_past_warranty_says_so(make_window, desk: Desk) -> None:
    contract.save_contract(desk, contract_values(final_acceptance_date=date(2020, 1, 1)))
    window = make_window()
    assert window.status_bar.warranty_label.text().startswith("已过质保期")


def test_a_breach_shows_in_the_banner_until_acknowledged(
    qtbot, make_window, make_ticket, desk: Desk, clock: FixedClock
) -> None:
    ticket_id = make_ticket()
    window = make_window()
    banner = window.banner
    assert not banner.isVisible()
    assert window.status_bar.breaching_label.text() == "超时 0"

    clock.advance(timedelta(minutes=6))
    window.sweep_timer.timeout.emit()  # what the 30-second timer does
    assert wait_until_idle(window.sweep_runner)  # the sweep runs on a worker thread

    assert banner.isVisible()
    assert len(banner.rows) == 1
    row = banner.rows[0]
    due = due_text(START + timedelta(minutes=5), clock.now())
    assert row.label.text() == (
        f"⚠ 第1级 GD-2026-0001 3号监仓摄像机无图像 · 响应超时 → 项目经理 何经理 内线 9001"
        f"（应于 {due} 上报）"
    )
    assert window.status_bar.breaching_label.text() == "超时 1"

    click(qtbot, row.view_button)
    assert window.tickets_tab.detail.ticket_id == ticket_id
    # The queue queries in the background; the ticket is selected once the result is in.
    qtbot.waitUntil(lambda: window.tickets_tab.selected_id() == ticket_id)

    clock.advance(timedelta(minutes=2))
    click(qtbot, row.acknowledge_button)
    dialog = banner.dialog
    assert dialog is not None and dialog.isVisible()
    retype(qtbot, dialog.agreed_edit, "同意先远程重启")
    click(qtbot, dialog.ok_button)
    QCursor.setPos(banner.mapToGlobal(banner.rect().bottomRight()) + QPoint(50, 50))
    qtbot.waitUntil(lambda: not banner.isVisible())  # once the pointer is away
    assert banner.rows == []
    with desk.db.read() as session:
        escalation = session.scalars(select(Escalation)).one()
        assert escalation.ticket_id == ticket_id
        assert escalation.acknowledged_at == clock.now()
        assert escalation.acknowledged_by == "孙工"
        assert escalation.agreed == "同意先远程重启"

    window.sweep_timer.timeout.emit()  # acknowledged stays acknowledged
    assert wait_until_idle(window.sweep_runner)
    assert not banner.isVisible()


def test_the_sweep_runs_off_the_gui_thread(
    make_window, make_ticket, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_ticket()
    window = make_window()
    clock.advance(timedelta(minutes=6))
    threads: list[int] = []
    real_sweep = escalations.sweep

    def watched_sweep(desk: Desk) -> int:
        threads.append(threading.get_ident())
        return real_sweep(desk)

    monkeypatch.setattr(escalations, "sweep", watched_sweep)
    window.tick()
    assert not window.banner.rows  # tick() returned at once: the sweep has not been answered
    assert wait_until_idle(window.sweep_runner)
    assert threads and threads[0] != threading.get_ident()
    assert [[info.level for info in row.items] for row in window.banner.rows] == [[1]]


def test_one_line_per_ticket_red_from_the_second_level(
    make_window, make_ticket, clock: FixedClock
) -> None:
    make_ticket()
    clock.advance(timedelta(hours=5))  # response, arrival and fix all breached: level 3
    window = make_window()
    window.tick()
    assert wait_until_idle(window.sweep_runner)
    [row] = window.banner.rows
    assert [info.level for info in row.items] == [3, 2, 1]
    assert "#b71c1c" in row.styleSheet()
    assert "蒋总" in row.label.text() and "修复、到场、响应超时" in row.label.text()


def test_tickets_changed_refreshes_the_status_bar(make_window, make_ticket) -> None:
    window = make_window()
    assert window.status_bar.open_label.text() == "未关闭 0"
    make_ticket()
    window.tickets_tab.ticketsChanged.emit()
    assert window.status_bar.open_label.text() == "未关闭 1"


def test_new_ticket_action_opens_the_dialog(make_window) -> None:
    window = make_window()
    window.new_ticket_action.trigger()
    dialog = window.tickets_tab.new_ticket_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.reject()


def test_contract_dialog_changes_the_response_target(qtbot, make_window, desk: Desk) -> None:
    window = make_window()
    window.contract_action.trigger()
    dialog = window.contract_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.targets_form.spins["response_minutes"].value() == 5
    retype(qtbot, dialog.targets_form.spins["response_minutes"], "10")
    _role, name_edit, phone_edit = dialog.ladder_form.rows[1]
    retype(qtbot, name_edit, "许经理")
    retype(qtbot, dialog.info_form.edits["project_name"], "新项目名称")
    click(qtbot, dialog.button_box.button(QDialogButtonBox.StandardButton.Save))

    assert not dialog.isVisible()
    info = contract.get_contract(desk)
    assert info is not None
    assert info.targets.response_minutes == 10
    assert info.project_name == "新项目名称"
    assert contract.get_ladder(desk)[0].name == "许经理"
    assert contract.get_ladder(desk)[0].phone == "内线 9001"
    assert window.windowTitle() == "驻场运维台 — 新项目名称"
    assert window.contract_dialog is None


def test_contract_dialog_errors_save_nothing(qtbot, make_window, desk: Desk) -> None:
    window = make_window()
    window.contract_action.trigger()
    dialog = window.contract_dialog
    assert dialog is not None
    retype(qtbot, dialog.targets_form.spins["response_minutes"], "10")
    dialog.info_form.edits["project_name"].clear()
    click(qtbot, dialog.button_box.button(QDialogButtonBox.StandardButton.Save))

    assert dialog.isVisible()
    assert dialog.error_label.isVisible()
    assert "请填写“项目名称”" in dialog.error_label.text()
    info = contract.get_contract(desk)
    assert info is not None and info.targets.response_minutes == 5
    dialog.reject()


def test_window_geometry_is_remembered(make_window, monkeypatch: pytest.MonkeyPatch) -> None:
    window = make_window()
    window.resize(1300, 800)
    window.close()
    stored = UiSettings().get(MAIN_WINDOW_GEOMETRY)
    assert not stored.isEmpty()
    assert not UiSettings().get(MAIN_WINDOW_STATE).isEmpty()
    # The offscreen test screen is smaller than the window, so Qt would clamp the size it
    # restores: check that the stored geometry is what the next window restores.
    restored: list[bytes] = []
    monkeypatch.setattr(
        MainWindow, "restoreGeometry", lambda _self, data: restored.append(data.data()) or True
    )
    make_window()
    assert restored == [stored.data()]


def test_a_count_lists_exactly_its_tickets_and_esc_shows_all_again(
    qtbot, make_window, make_ticket, desk: Desk, clock: FixedClock
) -> None:
    late = make_ticket(title="5号监仓对讲无声")
    clock.advance(timedelta(minutes=6))  # the first ticket's response clock has breached
    make_ticket(title="周界报警主机误报")
    window = make_window()
    tab = window.tickets_tab
    qtbot.waitUntil(lambda: not tab.model.busy and tab.model.rowCount() == 2, timeout=5000)
    window.tabs.setCurrentWidget(window.inspections_tab)

    click(qtbot, window.status_bar.breaching_label)
    assert window.tabs.currentWidget() is tab
    qtbot.waitUntil(lambda: not tab.model.busy and tab.model.rowCount() == 1, timeout=5000)
    assert tab.model.ticket_id(0) == late
    assert tab.filter_bar.attention_button.isVisible()
    assert tab.filter_bar.attention_button.text() == "只看：超时 ✕"
    assert tab.filter_bar.count_label.text() == "共 1 条"

    qtbot.keyClick(tab.view, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not tab.model.busy and tab.model.rowCount() == 2, timeout=5000)
    assert not tab.filter_bar.attention_button.isVisible()


def test_the_low_stock_count_opens_the_parts_at_their_minimum(qtbot, make_window) -> None:
    window = make_window()
    click(qtbot, window.status_bar.low_stock_label)
    assert window.tabs.currentWidget() is window.store_tab
    assert window.store_tab.low_only.isChecked()


def test_the_overdue_inspections_count_opens_the_due_list(qtbot, make_window) -> None:
    window = make_window()
    window.inspections_tab.pages.setCurrentIndex(2)
    click(qtbot, window.status_bar.inspections_label)
    assert window.tabs.currentWidget() is window.inspections_tab
    assert window.inspections_tab.pages.currentIndex() == 0


def test_only_the_queue_is_made_at_start_and_a_tab_when_first_opened(qtbot, make_window) -> None:
    """Start-up makes the queue alone (issue 16); clicking a tab makes it, in its place."""
    window = make_window()
    later = ("inspections", "store", "plans", "devices", "training", "changes", "reports")
    assert [name for name in later if window.lazy.is_built(name)] == []
    bar = window.tabs.tabBar()
    index = [window.tabs.tabText(i) for i in range(window.tabs.count())].index("设备")
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert window.lazy.is_built("devices")
    assert window.tabs.currentWidget() is window.devices_tab
    assert window.tabs.indexOf(window.devices_tab) == index
    assert window.tabs.tabText(index) == "设备"
    assert window.tabs.count() == 8
    assert window.help_topic() == "devices"
    assert [name for name in later if window.lazy.is_built(name)] == ["devices"]
    window.status_bar.lowStockRequested.emit()  # a link into a tab not made yet
    assert window.tabs.currentWidget() is window.store_tab
    assert window.tabs.tabText(window.tabs.currentIndex()) == "备品备件"
