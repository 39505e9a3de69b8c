"""A failed line opens a defect ticket (prefilled, linked both ways); the window ties the tabs."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import select

from app.db.models import Ticket, TicketEvent
from app.db.models.inspections import InspectionRunItem
from app.domain.enums import DueState, ItemResult, TicketClass
from app.gui.main_window import MainWindow
from app.gui.tasks import wait_until_idle
from app.services.context import Desk
from app.services.inspections import runs
from app.services.inspections.runs import RunInfo
from tests.ui.keyboard import retype

UPS_DAILY = "UPS及供电日巡检"


@pytest.fixture
def window(qtbot, desk: Desk) -> MainWindow:
    widget = MainWindow(desk, remember_geometry=False)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitUntil(lambda: not widget.inspections_tab.busy, timeout=5000)
    return widget


def failed_run(desk: Desk) -> RunInfo:
    template = next(r for r in runs.due_list(desk) if r.name == UPS_DAILY)
    return runs.record_run(
        desk,
        template.template_id,
        [
            {"result": "pass"},
            {"value": "236", "note": "输出电压偏高"},
            {"value": "45"},
            {"value": "24"},
        ],
    )


def test_the_inspection_tab_and_menu(window: MainWindow) -> None:
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())][:2] == ["工单", "巡检"]
    assert window.start_run_action.shortcut().toString() == "Ctrl+I"
    assert window.record_backup_action.shortcut().toString() == "Ctrl+Shift+B"
    window.inspection_due_action.trigger()
    assert window.tabs.currentWidget() is window.inspections_tab
    window.start_run_action.trigger()  # the first due checklist
    dialog = window.inspections_tab.run_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.template is not None
    assert dialog.template.id == window.inspections_tab.due_page.due_model.rows[0].template_id
    dialog.reject()


def test_status_bar_counts_overdue_inspections_and_backups(
    qtbot, window: MainWindow, desk: Desk, clock
) -> None:
    bar = window.status_bar
    assert bar.inspections_label.text() == "巡检逾期 0"
    assert bar.backups_label.text() == "备份逾期 0"
    assert bar.inspections_label.property("alarm") is False
    clock.advance(timedelta(days=2))
    window.tick()
    assert wait_until_idle(window.sweep_runner)
    overdue = runs.overdue_count(desk)
    assert overdue >= 5  # the daily checklists missed yesterday
    assert bar.inspections_label.text() == f"巡检逾期 {overdue}"
    assert bar.inspections_label.property("alarm") is True
    assert bar.backups_label.property("alarm") is True
    assert "备份逾期" in bar.backups_label.text()
    rows = window.inspections_tab.due_page.due_model.rows
    assert rows[0].status.state is DueState.OVERDUE  # overdue first
    model = window.inspections_tab.due_page.due_model
    assert model.index(0, 0).data().startswith("已逾期")
    assert model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole).color().name() == "#d93a3a"


def test_open_a_defect_ticket_from_a_failed_line(qtbot, window: MainWindow, desk: Desk) -> None:
    run = failed_run(desk)
    tab = window.inspections_tab
    tab.refresh()
    tab.show_run(run.id)
    view = tab.run_view
    qtbot.waitUntil(lambda: view.run_id == run.id, timeout=5000)
    view.select_line(1)
    assert not view.ticket_button.isEnabled()  # a passed line has no finding
    view.select_line(2)
    assert view.ticket_button.isEnabled()
    qtbot.mouseClick(view.ticket_button, Qt.MouseButton.LeftButton)
    dialog = view.ticket_dialog
    assert dialog is not None and dialog.isVisible()
    ui = dialog.ui
    # Prefilled with the system, the place and the finding.
    assert ui.systemCombo.currentText() == "UPS及供电系统"
    assert ui.placeCombo.currentText() == "中心机房"
    assert ui.classCombo.currentData() == TicketClass.DEFECT.value
    assert ui.titleEdit.text() == "巡检发现：UPS输出电压"
    assert "测得 236 V（允许范围 210–230 V）" in ui.descriptionEdit.toPlainText()
    assert run.number in ui.descriptionEdit.toPlainText()
    retype(qtbot, ui.deviceCombo.lineEdit(), "UPS主机 1号")
    qtbot.mouseClick(
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    assert not dialog.isVisible()

    with desk.db.read() as session:
        item = session.scalars(
            select(InspectionRunItem)
            .where(InspectionRunItem.run_id == run.id)
            .order_by(InspectionRunItem.id)  # a server returns an updated row last otherwise
        ).all()[1]
        ticket = session.get(Ticket, item.ticket_id)
        assert ticket is not None
        assert ticket.ticket_class == TicketClass.DEFECT.value
        assert ticket.device == "UPS主机 1号"
        kinds = session.scalars(
            select(TicketEvent.kind).where(TicketEvent.ticket_id == ticket.id)
        ).all()
        ticket_id, number = ticket.id, ticket.number
    assert "inspection_finding" in kinds
    # Linked both ways: the line shows the ticket, the ticket knows its run and line.
    assert runs.get_run(desk, run.id).items[1].ticket_number == number
    assert runs.runs_of_ticket(desk, ticket_id) == [(run.id, run.number, 2, "UPS输出电压")]
    assert view.model.index(1, 7).data() == number
    assert not view.ticket_button.isEnabled()  # one ticket per finding
    assert view.show_ticket_button.text() == f"查看工单 {number}"

    # The 工单 tab got the new ticket; "查看工单" switches there.
    qtbot.mouseClick(view.show_ticket_button, Qt.MouseButton.LeftButton)
    assert window.tabs.currentWidget() is window.tickets_tab
    qtbot.waitUntil(lambda: window.tickets_tab.detail.ticket_id == ticket_id, timeout=5000)
    detail = window.tickets_tab.detail
    assert detail.findings.isVisible()
    assert detail.findings.texts == [f"由巡检发现：{run.number} 第2项「UPS输出电压」"]

    # ... and back from the ticket to the run that found it, that line selected.
    view.show_run(None)
    qtbot.mouseClick(detail.findings.run_buttons[0], Qt.MouseButton.LeftButton)
    assert window.tabs.currentWidget() is tab
    qtbot.waitUntil(lambda: view.run_id == run.id, timeout=5000)
    assert view.current_item() is not None and view.current_item().position == 2
    assert view.current_item().result is ItemResult.FAIL


def test_a_ticket_not_found_by_an_inspection_has_no_findings_section(
    qtbot, window: MainWindow, make_ticket
) -> None:
    ticket_id = make_ticket()
    window.tickets_tab.show_ticket(ticket_id)
    qtbot.waitUntil(lambda: window.tickets_tab.detail.ticket_id == ticket_id, timeout=5000)
    assert not window.tickets_tab.detail.findings.isVisible()


def test_every_inspection_module_imports_on_its_own() -> None:
    """The ticket detail imports the findings section: no import cycle with the tickets tab."""
    root = Path(__file__).resolve().parents[2]
    for module in ("ticket_findings", "run_view", "tab"):
        subprocess.run(
            [sys.executable, "-c", f"import app.gui.inspections.{module}"],
            cwd=root,
            check=True,
            capture_output=True,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        )


def test_a_finding_that_got_its_ticket_meanwhile_is_refused_in_the_dialog(
    qtbot, window: MainWindow, desk: Desk
) -> None:
    """Two clicks (or a second window) race: the second OK says why and saves nothing."""
    from app.services.inspections import findings as inspection_findings

    run = failed_run(desk)
    tab = window.inspections_tab
    tab.refresh()
    tab.show_run(run.id)
    view = tab.run_view
    qtbot.waitUntil(lambda: view.run_id == run.id, timeout=5000)
    view.select_line(2)
    qtbot.mouseClick(view.ticket_button, Qt.MouseButton.LeftButton)
    dialog = view.ticket_dialog
    assert dialog is not None
    inspection_findings.open_ticket_for_item(desk, run.items[1].id)  # the other click won
    qtbot.mouseClick(
        dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    assert dialog.isVisible()
    assert dialog.ui.errorLabel.text() == "第2项已开过缺陷工单"
    with desk.db.read() as session:
        assert len(session.scalars(select(Ticket.id)).all()) == 1
