"""The 变更 tab driven as a user: registering a new requirement routed to the department lead,
submitting it, the lead approving with their own account (a wrong signer refused), the work
done and confirmed; a paper approval prints the BG- form; the change log exported."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog

from app.db.models import AuditRecord
from app.domain.accounts.roles import Role
from app.domain.changes.states import ChangeState, ChangeStep
from app.gui.changes.tab import ChangesTab
from app.gui.messages import OpenFileBox
from app.gui.signoff_widget import PAPER
from app.services import signoffs
from app.services.changes import requests
from app.services.changes.steps import APPROVAL_SUBJECT
from tests.conftest import add_person
from tests.db.test_changes_requests import COMPANY, DEPT, change_values
from tests.ui.keyboard import retype


def ok(qtbot, dialog) -> None:
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )


@pytest.fixture
def tab(qtbot, desk) -> ChangesTab:
    add_person(desk, *DEPT, Role.SUPERVISOR)
    add_person(desk, *COMPANY, Role.SUPERVISOR)
    widget = ChangesTab(desk)
    qtbot.addWidget(widget)
    widget.resize(1300, 800)
    widget.show()
    return widget


def step(qtbot, tab: ChangesTab, which: ChangeStep, note: str = "") -> None:
    [action] = [a for a in tab.step_menu.actions() if a.data() == which.value]
    action.trigger()
    dialog = tab.dialog
    if note:
        retype(qtbot, dialog.note, note)
    with qtbot.waitSignal(tab.changesChanged):
        ok(qtbot, dialog)


def test_register_submit_approve_implement_and_confirm_a_change(qtbot, tab, desk) -> None:
    qtbot.mouseClick(tab.buttons["new_change"], Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    retype(qtbot, dialog.title_edit, "提讯登记增加审批环节")
    retype(qtbot, dialog.requester, "王科长")
    dialog.system.setCurrentIndex(dialog.system.findData("PLATFORM"))
    dialog.kind.setCurrentIndex(dialog.kind.findData("new"))
    retype(qtbot, dialog.effort, "10")
    assert dialog.route.text() == "须书面提交部门领导审批，批准后方可实施；质保期内免费"
    retype(qtbot, dialog.effort, "10.5")
    assert "公司领导" in dialog.route.text()
    retype(qtbot, dialog.effort, "10")
    ok(qtbot, dialog)
    error = dialog.error_label.text()
    assert dialog.isVisible() and "变更内容" in error and "回退方案" in error
    assert requests.list_changes(desk) == []
    dialog.description.setPlainText("提讯登记后须经值班领导审批方可出监。")
    dialog.plan.setPlainText("开发审批流程，测试环境验证后夜间发布")
    dialog.rollback.setPlainText("保留 V3.2.0 应用包与数据库全量备份，异常时回滚")
    with qtbot.waitSignal(tab.changesChanged):
        ok(qtbot, dialog)
    [change] = tab.model.rows
    assert (change.number, change.state) == ("BG-2026-0001", ChangeState.REGISTERED)
    assert tab.model.data(tab.model.index(0, 5)) == "部门领导"
    assert not tab.buttons["approve_change"].isEnabled()

    step(qtbot, tab, ChangeStep.SUBMIT)
    assert tab.selected().state is ChangeState.SUBMITTED
    assert tab.buttons["approve_change"].isEnabled()
    qtbot.mouseClick(tab.buttons["approve_change"], Qt.MouseButton.LeftButton)
    approval = tab.dialog
    retype(qtbot, approval.signoff.username_edit, COMPANY[0])
    retype(qtbot, approval.signoff.password_edit, COMPANY[2])
    ok(qtbot, approval)
    assert (
        approval.isVisible() and "此变更须由部门领导（罗主任）审批" in approval.error_label.text()
    )
    assert approval.signoff.password_edit.text() == ""
    retype(qtbot, approval.signoff.username_edit, DEPT[0])
    retype(qtbot, approval.signoff.password_edit, DEPT[2])
    retype(qtbot, approval.note, "同意，夜间窗口实施")
    with qtbot.waitSignal(tab.changesChanged):
        ok(qtbot, approval)
    approved = requests.get_change(desk, change.id)
    assert (approved.state, approved.decided_by) == (ChangeState.APPROVED, "罗主任")
    assert "部门领导批准：罗主任（电子签字" in tab.timeline.toPlainText()

    step(qtbot, tab, ChangeStep.START)
    step(qtbot, tab, ChangeStep.COMPLETE, "已上线，审批流程运行正常")
    step(qtbot, tab, ChangeStep.CONFIRM, "王科长")
    done = requests.get_change(desk, change.id)
    assert (done.state, done.confirmed_by) == (ChangeState.CONFIRMED, "王科长")
    assert tab.step_menu.isEmpty() and not tab.buttons["step_change"].isEnabled()
    with desk.db.read() as session:
        kinds = [r.action for r in session.query(AuditRecord).order_by(AuditRecord.id)]
    assert "change.approve" in kinds and kinds.count("change.step") == 4


def test_a_paper_approval_prints_the_form_and_the_log_exports(
    qtbot, tab, desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    change_id, number = requests.register_change(desk, change_values(effort_days="15"))
    tab.refresh()
    step(qtbot, tab, ChangeStep.SUBMIT)
    qtbot.mouseClick(tab.buttons["approve_change"], Qt.MouseButton.LeftButton)
    approval = tab.dialog
    assert "公司领导" in approval.summary.text()
    approval.signoff.paper_radio.setChecked(True)
    assert approval.signoff.method() == PAPER
    ok_button = approval.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok_button.text() == "打印申请单…"
    out = tmp_path / "form.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    with qtbot.waitSignal(tab.changesChanged):
        ok(qtbot, approval)
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    assert number in text and "公司领导" in text
    with desk.db.read() as session:
        assert signoffs.pending(session, APPROVAL_SUBJECT, change_id) is not None
    assert requests.get_change(desk, change_id).state is ChangeState.SUBMITTED

    book = tmp_path / "changes.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(book), ""))
    qtbot.mouseClick(tab.buttons["export_changes"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(tab.printer.message_box, OpenFileBox), timeout=10_000)
    sheet = load_workbook(book, read_only=True).worksheets[0]
    assert any(number in [str(v) for v in row] for row in sheet.iter_rows(values_only=True))


def test_a_ticket_spawns_a_linked_change(qtbot, desk, make_ticket) -> None:
    from app.gui.main_window import MainWindow
    from app.services.tickets.detail import ticket_detail

    ticket_id = make_ticket()
    number = ticket_detail(desk, ticket_id).number
    window = MainWindow(desk, remember_geometry=False)
    qtbot.addWidget(window)
    window.show()
    window.tickets_tab.show_ticket(ticket_id)
    qtbot.mouseClick(window.tickets_tab.detail.change_button, Qt.MouseButton.LeftButton)
    assert window.tabs.currentWidget() is window.changes_tab
    dialog = window.changes_tab.dialog
    assert dialog.ticket.text() == number
    for edit, text in ((dialog.title_edit, "报表导出增加监区筛选"), (dialog.requester, "陈科员")):
        retype(qtbot, edit, text)
    dialog.kind.setCurrentIndex(dialog.kind.findData("defect"))
    dialog.description.setPlainText("导出时按监区筛选")
    dialog.plan.setPlainText("修改导出查询")
    with qtbot.waitSignal(window.changes_tab.changesChanged):
        ok(qtbot, dialog)
    [change] = requests.list_changes(desk, ticket_id=ticket_id)
    assert change.ticket_number == number and change.steps[0] is ChangeStep.EDIT
    window.tickets_tab.show_ticket(ticket_id)
    summaries = [e.summary for e in ticket_detail(desk, ticket_id).timeline]
    assert f"登记需求变更 {change.number}" in summaries
