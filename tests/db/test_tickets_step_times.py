"""Found tickets, step order and time corrections through the ticket services on a real file."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from app.db.models import Escalation, Ticket, TicketEvent
from app.domain.enums import ClockState
from app.domain.tickets.workflow import Action
from app.domain.validation import ValidationError
from app.services.tickets import calls, escalations
from app.services.tickets.detail import ticket_detail


def _ticket(desk, ticket_id: int) -> Ticket:
    with desk.db.read() as session:
        return session.get(Ticket, ticket_id)


def _events(desk, ticket_id: int) -> list[TicketEvent]:
    with desk.db.read() as session:
        return list(
            session.scalars(
                select(TicketEvent)
                .where(TicketEvent.ticket_id == ticket_id)
                .order_by(TicketEvent.id)
            )
        )


def test_a_found_fault_escalates_nothing_after_five_or_thirty_minutes(
    desk, make_ticket, clock
) -> None:
    ticket_id = make_ticket(channel="discovery", requester_name="孙工")
    for minutes in (5, 30):
        clock.set(clock.now() + timedelta(minutes=minutes, seconds=1))
        escalations.sweep(desk)
    detail = ticket_detail(desk, ticket_id)
    assert [c.state for c in detail.clocks][:2] == [ClockState.SELF_FOUND] * 2
    assert Action.RESPOND not in detail.actions
    assert Action.ARRIVE not in detail.actions
    with desk.db.read() as session:
        assert session.scalars(select(Escalation)).all() == []


def test_a_phone_call_left_unanswered_still_escalates(desk, make_ticket, clock) -> None:
    make_ticket()
    clock.advance(timedelta(minutes=5, seconds=1))
    assert escalations.sweep(desk) == 1


def test_step_times_drop_their_seconds_and_default_to_now(desk, make_ticket, clock) -> None:
    clock.advance(timedelta(seconds=38))
    ticket_id = make_ticket()
    assert _ticket(desk, ticket_id).called_at.second == 0
    clock.advance(timedelta(minutes=2, seconds=41))
    calls.apply_action(desk, ticket_id, Action.RESPOND, {})
    responded = _ticket(desk, ticket_id).responded_at
    assert responded == clock.now().replace(second=0, microsecond=0)


def test_a_step_before_the_step_before_it_is_refused_and_nothing_is_saved(
    desk, make_ticket, clock
) -> None:
    ticket_id = make_ticket()
    clock.advance(timedelta(minutes=10))
    calls.apply_action(desk, ticket_id, Action.RESPOND, {})
    with pytest.raises(ValidationError, match="不能早于上一步的时间"):
        calls.apply_action(
            desk, ticket_id, Action.ARRIVE, {"at": clock.now() - timedelta(minutes=1)}
        )
    assert _ticket(desk, ticket_id).arrived_at is None
    with pytest.raises(ValidationError, match="不能晚于当前时间"):
        calls.apply_action(
            desk, ticket_id, Action.ARRIVE, {"at": clock.now() + timedelta(minutes=2)}
        )


def test_a_wrong_time_is_corrected_by_its_own_event_with_a_reason(desk, make_ticket, clock) -> None:
    ticket_id = make_ticket()
    called = _ticket(desk, ticket_id).called_at
    clock.advance(timedelta(minutes=20))
    calls.apply_action(desk, ticket_id, Action.RESPOND, {})
    assert ticket_detail(desk, ticket_id).clocks[0].state is ClockState.BREACHED
    calls.apply_action(
        desk,
        ticket_id,
        Action.CORRECT,
        {"step": "respond", "at": called + timedelta(minutes=3), "reason": "接电话后忘记点响应"},
    )
    ticket = _ticket(desk, ticket_id)
    assert ticket.responded_at == called + timedelta(minutes=3)
    events = _events(desk, ticket_id)
    assert [e.kind for e in events] == ["created", "respond", "escalation", "correct_time"]
    assert events[1].at == called + timedelta(minutes=3)
    correction = events[3]
    assert correction.details == "接电话后忘记点响应"
    assert "已电话响应" in correction.summary and "→" in correction.summary
    assert correction.at == clock.now()
    assert ticket_detail(desk, ticket_id).clocks[0].state is ClockState.MET


def test_a_correction_stays_between_its_neighbours_and_needs_a_reason(
    desk, make_ticket, clock
) -> None:
    ticket_id = make_ticket()
    called = _ticket(desk, ticket_id).called_at
    clock.advance(timedelta(minutes=3))
    calls.apply_action(desk, ticket_id, Action.RESPOND, {})
    clock.advance(timedelta(minutes=10))
    calls.apply_action(desk, ticket_id, Action.ARRIVE, {})
    with pytest.raises(ValidationError, match="不能晚于下一步的时间"):
        calls.apply_action(
            desk,
            ticket_id,
            Action.CORRECT,
            {"step": "respond", "at": called + timedelta(minutes=14), "reason": "x"},
        )
    with pytest.raises(ValidationError, match="不能早于上一步的时间"):
        calls.apply_action(
            desk,
            ticket_id,
            Action.CORRECT,
            {"step": "respond", "at": called - timedelta(minutes=1), "reason": "x"},
        )
    with pytest.raises(ValidationError, match="更正原因"):
        calls.apply_action(
            desk, ticket_id, Action.CORRECT, {"step": "respond", "at": called, "reason": " "}
        )
    with pytest.raises(ValidationError, match="没有“已恢复正常运行”的记录"):
        calls.apply_action(
            desk, ticket_id, Action.CORRECT, {"step": "restore", "at": called, "reason": "x"}
        )
    assert [e.kind for e in _events(desk, ticket_id)] == ["created", "respond", "arrive"]


def test_the_call_taker_is_the_engineer_who_logged_it(desk, make_ticket) -> None:
    assert _ticket(desk, make_ticket()).call_taker == desk.actor
