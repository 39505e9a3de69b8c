"""The client's side signs 主管领导确认 and 回访 acceptance: electronically with its own account at
the workstation, or on the printed form, completed when the signed copy is filed by its serial."""

from __future__ import annotations

import subprocess
from datetime import timedelta
from pathlib import Path

import pytest

from app.db.models import Ticket
from app.domain.accounts.roles import Role
from app.domain.enums import TicketStatus
from app.domain.tickets.workflow import Action, WorkflowError
from app.services import filing
from app.services.documents import DocumentError
from app.services.login import LoginError
from app.services.tickets import calls, signoff
from app.services.tickets.detail import ticket_detail
from tests.conftest import DEFECT_STEPS, SUPERVISOR, add_person, do_step

STEPS_TO_CONFIRM = DEFECT_STEPS[:3]
PLAN = {"plan": "更换交换机端口"}


@pytest.fixture
def analysed(desk, make_ticket, clock) -> int:
    ticket_id = make_ticket()
    for action, values in STEPS_TO_CONFIRM:
        clock.advance(timedelta(minutes=2))
        do_step(desk, ticket_id, action, values)
    add_person(desk, *SUPERVISOR, Role.SUPERVISOR)
    return ticket_id


def _ticket(desk, ticket_id: int) -> Ticket:
    with desk.db.read() as session:
        return session.get(Ticket, ticket_id)


def test_a_typed_name_no_longer_confirms(desk, analysed: int) -> None:
    with pytest.raises(WorkflowError, match="须由甲方确认人签字"):
        calls.apply_action(desk, analysed, Action.CONFIRM, {"supervisor_name": "马所长", **PLAN})


def test_electronic_confirmation_is_signed_by_the_confirmers_account(desk, analysed: int) -> None:
    status = signoff.sign_step(desk, analysed, Action.CONFIRM, PLAN, *SUPERVISOR[::2])
    assert status == TicketStatus.CONFIRMED
    ticket = _ticket(desk, analysed)
    assert ticket.supervisor_name == "马所长" and ticket.plan == PLAN["plan"]
    [signed] = signoff.ticket_signoffs(desk, analysed)
    assert (signed.method, signed.state, signed.signer_username) == (
        "electronic",
        "signed",
        "mazhang",
    )
    summary = ticket_detail(desk, analysed).timeline[-1].summary
    assert summary == "主管领导确认：马所长 电子签字同意（账户 mazhang）"


def test_an_engineer_cannot_sign_for_the_client(desk, analysed: int) -> None:
    add_person(desk, "ligong", "李工", "Kaishi#2026", Role.ENGINEER)
    with pytest.raises(LoginError, match="没有“主管/甲方确认人”角色"):
        signoff.sign_step(desk, analysed, Action.CONFIRM, PLAN, "ligong", "Kaishi#2026")
    with pytest.raises(LoginError, match="登录名或密码不正确"):
        signoff.sign_step(desk, analysed, Action.CONFIRM, PLAN, "mazhang", "guessed")
    assert _ticket(desk, analysed).status == TicketStatus.ANALYSED
    assert signoff.ticket_signoffs(desk, analysed) == []


def test_on_paper_the_step_waits_for_the_filed_copy(
    desk, analysed: int, tmp_path: Path, clock
) -> None:
    out = tmp_path / "qx.pdf"
    info = signoff.request_paper(desk, analysed, Action.CONFIRM, PLAN, out)
    assert info.serial == "QX-2026-0001"
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    assert "更换交换机端口" in text and "QX-2026-0001" in text
    ticket = _ticket(desk, analysed)
    assert ticket.status == TicketStatus.ANALYSED and ticket.supervisor_name == ""
    pending = signoff.pending_paper(desk, analysed)
    assert pending is not None and (pending.action, pending.serial) == (Action.CONFIRM, info.serial)
    assert ticket_detail(desk, analysed).timeline[-1].summary == (
        "主管领导确认：待纸质签字（签字单 QX-2026-0001）"
    )
    with pytest.raises(DocumentError, match="已在等待纸质签字"):
        signoff.request_paper(desk, analysed, Action.CONFIRM, PLAN, tmp_path / "again.pdf")
    assert filing.waits_for_signer(desk, info.serial)
    with pytest.raises(DocumentError, match="请填写在纸上签字的人的姓名"):
        filing.file_signed_copy(desk, info.serial)
    assert not _ticket(desk, analysed).confirmed_at  # nothing half-saved
    clock.advance(timedelta(hours=2))
    filed, completed = filing.file_signed_copy(desk, info.serial, signer="马所长")
    assert filed.filed
    assert completed == ("主管领导确认：马所长 纸质签字同意（签字件 QX-2026-0001 由 孙工 归档）")
    ticket = _ticket(desk, analysed)
    assert ticket.status == TicketStatus.CONFIRMED and ticket.confirmed_at == clock.now()
    [signed] = signoff.ticket_signoffs(desk, analysed)
    assert (signed.method, signed.signer_name, signed.document_serial) == (
        "paper",
        "马所长",
        "QX-2026-0001",
    )
    assert signed.filed_at == clock.now() and signed.filed_by == "孙工"


def test_signing_electronically_voids_a_waiting_paper_form(
    desk, analysed: int, tmp_path: Path
) -> None:
    info = signoff.request_paper(desk, analysed, Action.CONFIRM, PLAN, tmp_path / "qx.pdf")
    signoff.sign_step(desk, analysed, Action.CONFIRM, PLAN, *SUPERVISOR[::2])
    states = [(s.method, s.state) for s in signoff.ticket_signoffs(desk, analysed)]
    assert states == [("paper", "cancelled"), ("electronic", "signed")]
    filed, completed = filing.file_signed_copy(desk, info.serial, signer="马所长")
    assert filed.filed and completed == ""  # filed as a record; the step was already signed


def test_the_follow_up_acceptance_is_signed_too(desk, analysed: int, tmp_path: Path) -> None:
    for action, values in DEFECT_STEPS[3:7]:
        do_step(desk, analysed, action, values)
    info = signoff.request_paper(
        desk, analysed, Action.CLOSE, {"follow_up": "回访满意"}, tmp_path / "c.pdf"
    )
    _filed, completed = filing.file_signed_copy(desk, info.serial, signer="张警官")
    assert completed.startswith("回访后关闭（回访确认：张警官 纸质签字（签字件 QX-2026-0001")
    assert _ticket(desk, analysed).status == TicketStatus.CLOSED
