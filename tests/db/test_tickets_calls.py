"""Ticket use cases on a real SQLite file: numbering, workflow, clocks, pauses, reopen."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select

from app.db.models import Ticket, TicketEvent, TicketPause
from app.domain.enums import ClockKind, ClockState, TicketClass, TicketStatus
from app.domain.tickets.workflow import Action, WorkflowError
from app.domain.validation import ValidationError
from app.services.tickets import calls
from app.services.tickets.detail import find_ticket_id, ticket_detail
from tests.conftest import DEFECT_STEPS, call_values, do_step


def _ticket(desk, ticket_id: int) -> Ticket:
    with desk.db.read() as session:
        return session.get(Ticket, ticket_id)


def _events(desk, ticket_id: int) -> list[str]:
    with desk.db.read() as session:
        return list(
            session.scalars(
                select(TicketEvent.kind)
                .where(TicketEvent.ticket_id == ticket_id)
                .order_by(TicketEvent.id)
            )
        )


def test_numbers_are_gap_free_per_year_even_after_a_failed_call(desk, make_ticket) -> None:
    first = make_ticket()
    with pytest.raises(ValidationError):
        calls.create_ticket(desk, call_values(system="NO-SUCH-SYSTEM"))
    second = make_ticket()
    last_year = make_ticket(called_at=datetime(2025, 12, 31, 15, 0, tzinfo=UTC))
    numbers = [_ticket(desk, i).number for i in (first, second, last_year)]
    assert numbers == ["GD-2026-0001", "GD-2026-0002", "GD-2025-0001"]


def test_year_of_the_number_is_the_local_year_of_the_call(desk, make_ticket, monkeypatch) -> None:
    monkeypatch.setenv("TZ", "Asia/Shanghai")
    import time

    time.tzset()
    try:
        # 2025-12-31 17:00 UTC is already 2026-01-01 01:00 in the centre.
        ticket_id = make_ticket(called_at=datetime(2025, 12, 31, 17, 0, tzinfo=UTC))
        assert _ticket(desk, ticket_id).number == "GD-2026-0001"
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()


def test_created_ticket_holds_the_call_and_a_timeline_event(desk, make_ticket, clock) -> None:
    ticket_id = make_ticket()
    ticket = _ticket(desk, ticket_id)
    assert ticket.status == TicketStatus.SUBMITTED
    assert ticket.called_at == clock.now()
    assert ticket.requester_name == "张警官"
    assert "摄像机" in ticket.search_text
    assert ticket.response_due_at == clock.now() + timedelta(minutes=5)
    assert _events(desk, ticket_id) == ["created"]
    assert find_ticket_id(desk, " gd-2026-0001") == ticket_id


def test_full_defect_workflow_writes_every_step(desk, make_ticket, clock) -> None:
    ticket_id = make_ticket()
    steps = DEFECT_STEPS
    for action, values in steps:
        clock.advance(timedelta(minutes=2))
        do_step(desk, ticket_id, action, values)
    ticket = _ticket(desk, ticket_id)
    assert ticket.status == TicketStatus.CLOSED
    assert ticket.supervisor_name == "马所长"
    assert ticket.restored_at is not None  # fixing restores service
    assert ticket.closed_at == clock.now()
    assert _events(desk, ticket_id) == ["created"] + [a.value for a, _ in steps]
    detail = ticket_detail(desk, ticket_id)
    assert [c.state for c in detail.clocks] == [ClockState.MET] * 3
    assert detail.actions == [Action.REOPEN, Action.NOTE, Action.CORRECT]


def test_step_out_of_order_is_refused_and_changes_nothing(desk, make_ticket) -> None:
    ticket_id = make_ticket()
    with pytest.raises(WorkflowError):
        calls.apply_action(desk, ticket_id, Action.CLOSE, {"follow_up": "x"})
    with pytest.raises(ValidationError, match="分析意见"):
        calls.apply_action(desk, ticket_id, Action.TRIAGE, {"triage_result": "technical"})
    assert _ticket(desk, ticket_id).status == TicketStatus.SUBMITTED
    assert _events(desk, ticket_id) == ["created"]


def test_time_before_the_call_is_refused(desk, make_ticket, clock) -> None:
    ticket_id = make_ticket()
    with pytest.raises(ValidationError, match="不能早于上一步的时间"):
        calls.apply_action(desk, ticket_id, Action.RESPOND, {"at": clock.now() - timedelta(1)})


def test_operation_problem_becomes_consultation(desk, make_ticket) -> None:
    ticket_id = make_ticket()
    calls.apply_action(
        desk,
        ticket_id,
        Action.TRIAGE,
        {"triage_result": "operation", "analysis": "未选对回放通道", "answer": "已演示回放"},
    )
    ticket = _ticket(desk, ticket_id)
    assert ticket.ticket_class == TicketClass.CONSULTATION
    assert ticket.original_class == TicketClass.DEFECT
    assert ticket.status == TicketStatus.CLOSED
    assert ticket.answer == "已演示回放"


def test_pause_moves_due_times_and_is_recorded(desk, make_ticket, clock) -> None:
    ticket_id = make_ticket()
    calls.apply_action(desk, ticket_id, Action.RESPOND, {})
    clock.advance(timedelta(minutes=10))
    calls.apply_action(desk, ticket_id, Action.PAUSE, {"reason": "等待甲方开放监区进入许可"})
    clock.advance(timedelta(hours=2))
    detail = ticket_detail(desk, ticket_id)
    assert detail.clocks[1].state is ClockState.PAUSED
    calls.apply_action(desk, ticket_id, Action.RESUME, {})
    ticket = _ticket(desk, ticket_id)
    assert ticket.arrival_due_at == ticket.called_at + timedelta(minutes=30, hours=2)
    with desk.db.read() as session:
        pause = session.scalar(select(TicketPause))
    assert pause.reason == "等待甲方开放监区进入许可"
    assert pause.ended_at == clock.now()


def test_reopen_resumes_fix_clock_and_offers_fixing_again(desk, make_ticket, clock) -> None:
    ticket_id = make_ticket()
    calls.apply_action(desk, ticket_id, Action.RESPOND, {})
    clock.advance(timedelta(hours=1))
    calls.apply_action(desk, ticket_id, Action.RESTORE, {})
    clock.advance(timedelta(days=1))
    calls.apply_action(
        desk, ticket_id, Action.TRIAGE, {"triage_result": "technical", "analysis": "x"}
    )
    do_step(desk, ticket_id, Action.CONFIRM, {"plan": "y"})
    calls.apply_action(
        desk,
        ticket_id,
        Action.FIX,
        {
            "cause": "c",
            "resolution": "r",
            "prevention": "p",
            "maintenance_type": "corrective",
            "liability": "contractor",
        },
    )
    clock.advance(timedelta(hours=5))
    calls.apply_action(desk, ticket_id, Action.REOPEN, {"reason": "次日再次黑屏"})
    clock.advance(timedelta(minutes=30))
    detail = ticket_detail(desk, ticket_id)
    assert detail.status is TicketStatus.CONFIRMED
    assert Action.FIX in detail.actions
    fix = detail.clocks[2]
    assert fix.kind is ClockKind.FIX
    assert fix.state is ClockState.RUNNING
    assert fix.elapsed == timedelta(hours=1, minutes=30)


def test_nothing_half_saved_when_ticket_count_is_checked(desk, make_ticket) -> None:
    make_ticket()
    with pytest.raises(ValidationError):
        calls.create_ticket(desk, call_values(description=" "))
    with desk.db.read() as session:
        assert session.scalar(select(func.count(Ticket.id))) == 1
