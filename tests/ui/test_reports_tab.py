"""The 报告 tab driven as a user: a fixed defect appears in the due list once its follow-up is
due; a 不满意 without its reason is refused, with it recorded as a complaint that is then dealt
with; a recurrence reopens the ticket; a quarterly survey; the month's improvement advice; the
follow-up log exported."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog

from app.domain.enums import TicketStatus
from app.domain.reports.followups import quarter_of
from app.domain.reports.periods import month_period, previous_month
from app.gui.messages import OpenFileBox
from app.gui.reports.tab import ReportsTab
from app.services.reports import advice, followups
from app.services.tickets.detail import ticket_detail
from tests.db.test_reports_followups import fixed_ticket
from tests.ui.keyboard import retype


def ok(qtbot, dialog) -> None:
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )


def open_tab(qtbot, desk) -> ReportsTab:
    tab = ReportsTab(desk)
    qtbot.addWidget(tab)
    tab.resize(1300, 900)
    tab.show()
    assert tab.period() == previous_month(month_period(desk.today().strftime("%Y-%m")))
    tab.month.setCurrentIndex(0)  # this month's follow-ups and advice
    return tab


def test_record_a_dissatisfied_follow_up_and_deal_with_the_complaint(
    qtbot, desk, make_ticket, clock
) -> None:
    ticket_id = fixed_ticket(desk, make_ticket, clock)
    number = ticket_detail(desk, ticket_id).number
    tab = open_tab(qtbot, desk)
    assert tab.due_model.rows == [] and tab.due_days.value() == 3
    clock.advance(timedelta(days=3))
    tab.refresh()
    [due] = tab.due_model.rows
    assert due.number == number and not due.overdue
    tab.due_view.selectRow(0)
    qtbot.mouseClick(tab.buttons["record_follow_up"], Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert not dialog.complaint.isEnabled()
    dialog.satisfaction.setCurrentIndex(dialog.satisfaction.findData("dissatisfied"))
    assert dialog.complaint.isEnabled()
    retype(qtbot, dialog.contact, "张警官")
    dialog.comments.setPlainText("修复后仍偶有卡顿")
    ok(qtbot, dialog)
    assert dialog.isVisible() and "不满意原因（投诉记录）" in dialog.error_label.text()
    assert followups.list_follow_ups(desk) == []
    dialog.complaint.setPlainText("到场较慢，夜班等待时间长")
    with qtbot.waitSignal(tab.reportsChanged):
        ok(qtbot, dialog)
    assert tab.due_model.rows == []
    [row] = tab.follow_ups_model.rows
    assert row.complaint == "到场较慢，夜班等待时间长" and row.ticket_number == number
    assert tab.follow_ups_model.data(tab.follow_ups_model.index(0, 7)) == "待处理"
    tab.follow_ups_view.selectRow(0)
    qtbot.mouseClick(tab.buttons["complaint"], Qt.MouseButton.LeftButton)
    complaint = tab.dialog
    complaint.result.setPlainText("已向所领导说明，夜间增加值守")
    with qtbot.waitSignal(tab.reportsChanged):
        ok(qtbot, complaint)
    assert followups.list_follow_ups(desk)[0].complaint_result == "已向所领导说明，夜间增加值守"
    assert tab.follow_ups_model.data(tab.follow_ups_model.index(0, 7)) == "已处理"


def test_a_recurrence_reopens_and_a_survey_and_advice_are_recorded(
    qtbot, desk, make_ticket, clock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ticket_id = fixed_ticket(desk, make_ticket, clock)
    clock.advance(timedelta(days=4))
    tab = open_tab(qtbot, desk)
    assert tab.due_model.rows[0].overdue
    assert "逾期" in tab.due_model.data(tab.due_model.index(0, 0))
    tab.due_view.selectRow(0)
    qtbot.mouseClick(tab.buttons["record_follow_up"], Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    dialog.satisfaction.setCurrentIndex(dialog.satisfaction.findData("fair"))
    retype(qtbot, dialog.contact, "张警官")
    dialog.comments.setPlainText("画面又出现黑屏")
    dialog.recurred.setChecked(True)
    with qtbot.waitSignal(tab.reportsChanged):
        ok(qtbot, dialog)
    assert dialog.new_status == TicketStatus.CONFIRMED
    assert ticket_detail(desk, ticket_id).status == TicketStatus.CONFIRMED

    qtbot.mouseClick(tab.buttons["record_survey"], Qt.MouseButton.LeftButton)
    survey = tab.dialog
    assert survey.quarter.text() == quarter_of(desk.today())
    survey.satisfaction.setCurrentIndex(survey.satisfaction.findData("satisfied"))
    retype(qtbot, survey.contact, "马所长")
    survey.comments.setPlainText("全年运行平稳")
    with qtbot.waitSignal(tab.reportsChanged):
        ok(qtbot, survey)
    assert len(tab.follow_ups_model.rows) == 2

    qtbot.mouseClick(tab.buttons["new_advice"], Qt.MouseButton.LeftButton)
    item = tab.dialog
    item.text.setPlainText("为 NVR-2 增加硬盘健康巡检项")
    with qtbot.waitSignal(tab.reportsChanged):
        ok(qtbot, item)
    [saved] = advice.list_advice(desk, tab.period().key)
    assert saved.text == "为 NVR-2 增加硬盘健康巡检项" and saved.owner == desk.actor

    book = tmp_path / "followups.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(book), ""))
    qtbot.mouseClick(tab.buttons["export_followups"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(tab.printer.message_box, OpenFileBox), timeout=10_000)
    rows = list(load_workbook(book, read_only=True).worksheets[0].iter_rows(values_only=True))
    assert any("画面又出现黑屏" in [str(v) for v in r] for r in rows)
