"""Working tickets through the contract's workflow with the detail panel's buttons and dialogs."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QLabel, QWidget
from sqlalchemy import select

from app.db.models import Document, Escalation, Ticket, TicketEvent
from app.domain.accounts.roles import Role
from app.domain.tickets.workflow import Action
from app.gui.receipt_dialog import ReceiptDialog
from app.gui.tickets import TicketsTab
from app.gui.tickets.action_dialog import ActionDialog
from app.gui.tickets.queue_model import COL_STATUS
from app.services.tickets import calls
from tests.conftest import SUPERVISOR, add_person
from tests.exports.test_tickets_forms import flat, pdf_text
from tests.ui.preview import pdf_pages, wait_for_pages, wait_settled

A = Action


def ime_type(widget: QWidget, text: str) -> None:
    """Type ``text`` the way a Chinese input method delivers it: one committed string."""
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QCoreApplication.sendEvent(widget, event)


def status_and_events(desk, ticket_id: int) -> tuple[str, str, list[str]]:
    with desk.db.read() as session:
        ticket = session.get(Ticket, ticket_id)
        kinds = session.scalars(
            select(TicketEvent.kind)
            .where(TicketEvent.ticket_id == ticket_id)
            .order_by(TicketEvent.id)
        )
        return ticket.status, ticket.ticket_class, list(kinds)


def settle(qtbot, tab: TicketsTab) -> None:
    """The queue queries in the background: wait until it holds the last result."""
    qtbot.waitUntil(lambda: not tab.model.busy, timeout=5000)


def shown_actions(tab: TicketsTab) -> list[Action]:
    buttons = tab.detail.action_buttons
    assert all(b.isVisible() and b.isEnabled() for b in buttons.values())
    return list(buttons)


def open_action(qtbot, tab: TicketsTab, action: Action) -> ActionDialog:
    qtbot.mouseClick(tab.detail.action_buttons[action], Qt.MouseButton.LeftButton)
    dialog = tab.detail.action_dialog
    assert dialog is not None and dialog.isVisible() and dialog.action is action
    return dialog


def run_action(
    qtbot, tab: TicketsTab, action: Action, fill: Callable[[ActionDialog], None]
) -> None:
    dialog = open_action(qtbot, tab, action)
    fill(dialog)
    with qtbot.waitSignal(tab.ticketsChanged):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    settle(qtbot, tab)


def test_defect_walks_the_whole_workflow(qtbot, tab, desk, make_ticket) -> None:
    ticket_id = make_ticket()
    tab.refresh()
    tab.show_ticket(ticket_id)
    assert tab.detail.number_label.text() == "GD-2026-0001"
    assert shown_actions(tab) == [A.TRIAGE, A.RESPOND, A.ARRIVE, A.RESTORE, A.PAUSE, A.NOTE]

    def triage(d: ActionDialog) -> None:
        assert not d.widgets["answer"].isEnabled()
        ime_type(d.widgets["triage_result"], "技术问题")
        assert not d.widgets["answer"].isEnabled()
        ime_type(d.widgets["analysis"], "摄像机供电模块故障。")

    run_action(qtbot, tab, A.TRIAGE, triage)
    assert status_and_events(desk, ticket_id) == ("analysed", "defect", ["created", "triage"])
    assert tab.model.index(0, COL_STATUS).data() == "已分析"
    assert shown_actions(tab) == [A.CONFIRM, A.RESPOND, A.ARRIVE, A.RESTORE, A.PAUSE, A.NOTE]

    add_person(desk, *SUPERVISOR, Role.SUPERVISOR)

    def confirm(d: ActionDialog) -> None:
        assert d.signoff is not None and d.signoff.electronic_radio.isChecked()
        ime_type(d.widgets["plan"], "更换供电模块。")
        qtbot.keyClicks(d.signoff.username_edit, SUPERVISOR[0])
        qtbot.keyClicks(d.signoff.password_edit, SUPERVISOR[2])

    run_action(qtbot, tab, A.CONFIRM, confirm)
    with desk.db.read() as session:
        assert session.get(Ticket, ticket_id).supervisor_name == "马所长"
    assert tab.detail.timeline.entries[-1] == "主管领导确认：马所长 电子签字同意（账户 mazhang）"
    status, _class, events = status_and_events(desk, ticket_id)
    assert (status, events[-1]) == ("confirmed", "confirm")
    assert shown_actions(tab) == [A.FIX, A.RESPOND, A.ARRIVE, A.RESTORE, A.PAUSE, A.NOTE, A.CORRECT]

    def fix(d: ActionDialog) -> None:
        ime_type(d.widgets["cause"], "供电模块老化。")
        ime_type(d.widgets["resolution"], "已更换供电模块，图像恢复。")
        ime_type(d.widgets["prevention"], "每季度巡检供电模块。")
        ime_type(d.widgets["maintenance_type"], "改正性")
        ime_type(d.widgets["liability"], "承包人")

    run_action(qtbot, tab, A.FIX, fix)
    status, _class, events = status_and_events(desk, ticket_id)
    assert (status, events[-1]) == ("fixed", "fix")
    with desk.db.read() as session:
        ticket = session.get(Ticket, ticket_id)
        assert ticket.cause == "供电模块老化。"
        assert ticket.maintenance_type == "corrective"
        assert ticket.liability == "contractor"
    assert shown_actions(tab) == [A.REPORT, A.REOPEN, A.NOTE, A.CORRECT]

    run_action(qtbot, tab, A.REPORT, lambda d: None)
    assert status_and_events(desk, ticket_id)[0] == "reported"
    assert shown_actions(tab) == [A.REPLY, A.REOPEN, A.NOTE, A.CORRECT]

    run_action(
        qtbot, tab, A.REPLY, lambda d: ime_type(d.widgets["reply"], "原因为供电模块老化，已更换。")
    )
    assert status_and_events(desk, ticket_id)[0] == "replied"
    assert shown_actions(tab) == [A.CLOSE, A.REOPEN, A.NOTE, A.CORRECT]

    def close(d: ActionDialog) -> None:
        ime_type(d.widgets["follow_up"], "满意。")
        qtbot.keyClicks(d.signoff.username_edit, SUPERVISOR[0])
        qtbot.keyClicks(d.signoff.password_edit, SUPERVISOR[2])

    run_action(qtbot, tab, A.CLOSE, close)
    assert status_and_events(desk, ticket_id) == (
        "closed",
        "defect",
        ["created", "triage", "confirm", "fix", "report", "reply", "close"],
    )
    assert shown_actions(tab) == [A.REOPEN, A.NOTE, A.CORRECT]
    assert tab.model.index(0, COL_STATUS).data() == "已关闭"
    assert tab.detail.status_chip.text() == "已关闭"
    assert tab.detail.timeline.entries[-1] == (
        "回访后关闭（回访确认：马所长 电子签字（账户 mazhang））"
    )
    assert len(tab.detail.timeline.entries) == 7


def test_operation_problem_becomes_a_closed_consultation(qtbot, tab, desk, make_ticket) -> None:
    ticket_id = make_ticket()
    tab.refresh()
    tab.show_ticket(ticket_id)

    def triage(d: ActionDialog) -> None:
        ime_type(d.widgets["triage_result"], "操作问题")
        assert d.widgets["answer"].isEnabled()
        assert d.hint_label.isVisible()
        ime_type(d.widgets["analysis"], "客户端选错了通道。")
        ime_type(d.widgets["answer"], "已指导切换到正确的通道。")

    run_action(qtbot, tab, A.TRIAGE, triage)
    assert status_and_events(desk, ticket_id) == ("closed", "consultation", ["created", "triage"])
    with desk.db.read() as session:
        assert session.get(Ticket, ticket_id).answer == "已指导切换到正确的通道。"
    assert tab.detail.class_chip.text() == "咨询类"
    assert shown_actions(tab) == [A.REOPEN, A.NOTE]  # triage sets no time to correct


def test_missing_fields_keep_the_dialog_open(qtbot, tab, desk, make_ticket) -> None:
    ticket_id = make_ticket()
    tab.show_ticket(ticket_id)
    dialog = open_action(qtbot, tab, A.TRIAGE)
    ime_type(dialog.widgets["triage_result"], "操作问题")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    text = dialog.error_label.text()
    assert "请填写“分析意见”" in text
    assert "请填写“向提出人的解释（仅操作问题）”" in text
    assert status_and_events(desk, ticket_id) == ("submitted", "defect", ["created"])
    dialog.reject()


def test_clock_events_and_pause(qtbot, tab, desk, make_ticket, clock) -> None:
    ticket_id = make_ticket()
    tab.show_ticket(ticket_id)
    clock.advance(timedelta(minutes=2))
    run_action(qtbot, tab, A.RESPOND, lambda d: None)
    assert tab.detail.clocks.chips["response"].text() == "达标 2分"
    assert A.RESPOND not in shown_actions(tab)

    run_action(qtbot, tab, A.PAUSE, lambda d: ime_type(d.widgets["reason"], "等待甲方开门进入机房"))
    assert tab.detail.clocks.chips["fix"].text() == "已暂停"
    assert A.RESUME in shown_actions(tab) and A.PAUSE not in shown_actions(tab)
    assert tab.detail.pauses.isVisible()
    assert status_and_events(desk, ticket_id)[2] == ["created", "respond", "pause"]


def test_escalation_is_acknowledged_from_the_detail(qtbot, tab, desk, make_ticket, clock) -> None:
    ticket_id = make_ticket()
    clock.advance(timedelta(minutes=6))
    run_note = lambda d: ime_type(d.widgets["note"], "已电话联系。")  # noqa: E731
    tab.show_ticket(ticket_id)
    run_action(qtbot, tab, A.NOTE, run_note)  # any change records the owed escalation
    buttons = tab.detail.escalations.ack_buttons
    assert len(buttons) == 1
    qtbot.mouseClick(next(iter(buttons.values())), Qt.MouseButton.LeftButton)
    dialog = tab.detail.acknowledge_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.reached_edit.text() == "何经理"  # from the ladder
    assert dialog.focusWidget() is dialog.agreed_edit  # what is left to type
    ime_type(dialog.agreed_edit, "同意先远程重启，10 分钟后回报")
    dialog.windowHandle().requestActivate()  # the window manager's job on a real desktop
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    with qtbot.waitSignal(tab.ticketsChanged):
        qtbot.keyClick(dialog.agreed_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    with desk.db.read() as session:
        escalation = session.scalars(select(Escalation)).one()
        assert escalation.acknowledged_by == "孙工"
        assert (escalation.reached_name, escalation.reached_method) == ("何经理", "phone")
        assert escalation.agreed == "同意先远程重启，10 分钟后回报"
    assert tab.detail.escalations.ack_buttons == {}
    assert status_and_events(desk, ticket_id)[2][-1] == "acknowledge"
    shown = tab.detail.escalations.findChildren(QLabel)
    assert any("已联系 何经理（电话）" in label.text() for label in shown)


def test_an_acknowledgement_without_what_was_agreed_saves_nothing(
    qtbot, tab, desk, make_ticket, clock
) -> None:
    ticket_id = make_ticket()
    clock.advance(timedelta(minutes=6))
    tab.show_ticket(ticket_id)
    run_action(qtbot, tab, A.NOTE, lambda d: ime_type(d.widgets["note"], "记录"))
    qtbot.mouseClick(
        next(iter(tab.detail.escalations.ack_buttons.values())), Qt.MouseButton.LeftButton
    )
    dialog = tab.detail.acknowledge_dialog
    assert dialog is not None
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.error_line.text() == "请填写“商定内容”"
    with desk.db.read() as session:
        assert session.scalars(select(Escalation)).one().acknowledged_at is None


def test_ctrl_enter_applies_a_note(qtbot, tab, desk, make_ticket) -> None:
    ticket_id = make_ticket()
    tab.show_ticket(ticket_id)
    dialog = open_action(qtbot, tab, A.NOTE)
    dialog.windowHandle().requestActivate()  # the window manager's job on a real desktop
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    note = dialog.widgets["note"]
    note.setFocus()
    ime_type(note, "甲方要求周五前处理完毕。")
    with qtbot.waitSignal(tab.ticketsChanged):
        qtbot.keyClick(note, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert status_and_events(desk, ticket_id)[2] == ["created", "note"]
    assert "甲方要求周五前处理完毕。" in tab.detail.timeline.toPlainText()


def test_a_wrong_signer_password_keeps_the_dialog_and_clears_it(
    qtbot, tab, desk, make_ticket
) -> None:
    ticket_id = make_ticket()
    calls.apply_action(
        desk, ticket_id, A.TRIAGE, {"triage_result": "technical", "analysis": "端口故障"}
    )
    add_person(desk, *SUPERVISOR, Role.SUPERVISOR)
    tab.show_ticket(ticket_id)
    dialog = open_action(qtbot, tab, A.CONFIRM)
    ime_type(dialog.widgets["plan"], "更换端口。")
    qtbot.keyClicks(dialog.signoff.username_edit, "sungong")  # the engineer himself
    qtbot.keyClicks(dialog.signoff.password_edit, "Zhuchang@123")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.button_box.isEnabled()  # the password is checked on a worker thread
    qtbot.waitUntil(lambda: not dialog.runner.busy, timeout=10_000)
    assert dialog.isVisible() and dialog.button_box.isEnabled()
    assert dialog.error_label.text() == "账户“孙工”没有“主管/甲方确认人”角色，不能签字"
    assert dialog.signoff.password_edit.text() == ""
    dialog.signoff.username_edit.clear()
    qtbot.keyClicks(dialog.signoff.username_edit, SUPERVISOR[0])
    qtbot.keyClicks(dialog.signoff.password_edit, "guess")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.runner.busy, timeout=10_000)
    assert dialog.error_label.text() == "登录名或密码不正确"
    assert status_and_events(desk, ticket_id)[0] == "analysed"
    dialog.reject()


def test_paper_sign_off_prints_the_form_and_waits(
    qtbot, tab, desk, make_ticket, tmp_path, monkeypatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    out = tmp_path / "签字单.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: (str(out), ""))
    ticket_id = make_ticket()
    calls.apply_action(
        desk, ticket_id, A.TRIAGE, {"triage_result": "technical", "analysis": "端口故障"}
    )
    tab.show_ticket(ticket_id)
    dialog = open_action(qtbot, tab, A.CONFIRM)
    qtbot.mouseClick(dialog.signoff.paper_radio, Qt.MouseButton.LeftButton)
    assert not dialog.signoff.password_edit.isEnabled()
    assert dialog.ok_button.text() == "打印签字单…"
    ime_type(dialog.widgets["plan"], "更换端口。")
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):  # the form is made off-thread
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # ignored meanwhile: the step is under way
    assert status_and_events(desk, ticket_id)[0] == "analysed"
    qtbot.waitUntil(tab.detail.pending_label.isVisible)  # the detail is read again off-thread
    assert "待纸质签字：主管领导确认（签字单 QX-2026-0001" in tab.detail.pending_label.text()
    assert tab.detail.printer.message_box is None  # no system viewer: the program's preview
    preview = wait_for_pages(qtbot, tab.detail.printer)
    assert "系统缺陷类问题提交单" in preview.banner.text()
    assert "QX-2026-0001" in preview.banner.text()
    assert preview.document.file_name == "系统缺陷类问题提交单_GD-2026-0001.pdf"
    qtbot.mouseClick(preview.save_button, Qt.MouseButton.LeftButton)
    assert pdf_pages(out) >= 1 and "更换端口" in flat(pdf_text(out))
    wait_settled(qtbot, preview)  # made again for the next copy: the very same form
    assert preview.document.serial == "QX-2026-0001" and "QX-2026-0001" in preview.banner.text()
    with desk.db.read() as session:
        [form] = session.scalars(select(Document)).all()
        assert (form.serial, form.copies) == ("QX-2026-0001", 1)
    made = tab.detail.printer._signoff_folder
    assert made is not None and made.is_dir()
    preview.close()
    qtbot.waitUntil(lambda: not made.exists())  # the form made for the sign-off is not left over

    receipt = ReceiptDialog(desk)  # the signed copy comes back
    qtbot.addWidget(receipt)
    receipt.show()
    qtbot.keyClicks(receipt.serial_edit, "QX-2026-0001;GD-2026-0001")
    qtbot.keyClick(receipt.serial_edit, Qt.Key.Key_Return)
    assert "请填写签字人" in receipt.result_label.text()
    assert receipt.focusWidget() is receipt.signer_edit and receipt.filed == []
    ime_type(receipt.signer_edit, "马所长")
    qtbot.keyClick(receipt.signer_edit, Qt.Key.Key_Return)
    assert [i.serial for i in receipt.filed] == ["QX-2026-0001"]
    assert "步骤已完成：主管领导确认：马所长 纸质签字同意" in receipt.result_label.text()
    assert status_and_events(desk, ticket_id)[0] == "confirmed"


def test_a_step_opens_on_the_field_it_needs_typed(qtbot, tab, desk, make_ticket) -> None:
    """解答并关闭: the time defaults to now; the cursor starts in 解答内容, and a Tab there never
    reaches the time."""
    ticket_id = make_ticket(ticket_class="consultation")
    tab.show_ticket(ticket_id)
    dialog = open_action(qtbot, tab, A.ANSWER)
    assert dialog.focusWidget() is dialog.widgets["answer"]
    ime_type(dialog.widgets["answer"], "已指导重新登录")
    qtbot.keyClick(dialog.widgets["answer"], Qt.Key.Key_Tab)
    assert dialog.focusWidget() is not dialog.widgets["at"]
    with qtbot.waitSignal(tab.ticketsChanged):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert status_and_events(desk, ticket_id)[0] == "closed"


def test_the_supervisor_sign_off_suggests_who_may_sign(qtbot, tab, desk, make_ticket) -> None:
    add_person(desk, *SUPERVISOR, Role.SUPERVISOR)
    ticket_id = make_ticket()
    tab.show_ticket(ticket_id)
    run_action(qtbot, tab, A.RESPOND, lambda d: None)
    run_action(
        qtbot,
        tab,
        A.TRIAGE,
        lambda d: (
            ime_type(d.widgets["triage_result"], "技术问题"),
            ime_type(d.widgets["analysis"], "供电模块故障"),
        ),
    )
    run_action(qtbot, tab, A.ARRIVE, lambda d: None)
    dialog = open_action(qtbot, tab, A.CONFIRM)
    assert dialog.signoff is not None
    edit = dialog.signoff.username_edit
    completer = edit.completer()
    assert completer is not None
    completer.setCompletionPrefix("zh")
    assert completer.currentCompletion() == SUPERVISOR[0]  # mazhang: contains "zh"
    assert "马所长：mazhang" in edit.toolTip()
    assert "孙工" not in edit.toolTip()  # the engineer does not sign for the client
