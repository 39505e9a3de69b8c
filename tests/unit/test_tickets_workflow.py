"""The contract's ticket workflow: only the allowed steps, each asking for its fields."""

from __future__ import annotations

import pytest

from app.domain.enums import TicketClass, TicketStatus
from app.domain.tickets.workflow import (
    Action,
    TicketFacts,
    WorkflowError,
    allowed_actions,
    transition,
    validate_action,
)

DEFECT_PATH = [
    (TicketStatus.SUBMITTED, Action.TRIAGE, TicketStatus.ANALYSED),
    (TicketStatus.ANALYSED, Action.CONFIRM, TicketStatus.CONFIRMED),
    (TicketStatus.CONFIRMED, Action.FIX, TicketStatus.FIXED),
    (TicketStatus.FIXED, Action.REPORT, TicketStatus.REPORTED),
    (TicketStatus.REPORTED, Action.REPLY, TicketStatus.REPLIED),
    (TicketStatus.REPLIED, Action.CLOSE, TicketStatus.CLOSED),
]


@pytest.mark.parametrize(("start", "action", "end"), DEFECT_PATH)
def test_defect_steps_in_order(start: TicketStatus, action: Action, end: TicketStatus) -> None:
    facts = TicketFacts(TicketClass.DEFECT, start)
    assert transition(facts, action, {"triage_result": "technical"}).status is end


def test_only_next_step_is_offered() -> None:
    facts = TicketFacts(TicketClass.DEFECT, TicketStatus.ANALYSED)
    actions = allowed_actions(facts)
    assert Action.CONFIRM in actions
    assert Action.FIX not in actions
    assert Action.CLOSE not in actions
    with pytest.raises(WorkflowError, match="不能执行"):
        transition(facts, Action.FIX, {})


def test_operation_problem_becomes_a_closed_consultation() -> None:
    facts = TicketFacts(TicketClass.DEFECT, TicketStatus.SUBMITTED)
    result = transition(facts, Action.TRIAGE, {"triage_result": "operation"})
    assert result.ticket_class is TicketClass.CONSULTATION
    assert result.status is TicketStatus.CLOSED


def test_consultation_is_answered_and_closed() -> None:
    facts = TicketFacts(TicketClass.CONSULTATION, TicketStatus.SUBMITTED)
    assert Action.TRIAGE not in allowed_actions(facts)
    assert transition(facts, Action.ANSWER, {}).status is TicketStatus.CLOSED


def test_closed_defect_can_be_reopened_back_to_fixing() -> None:
    facts = TicketFacts(TicketClass.DEFECT, TicketStatus.CLOSED, responded=True, restored=True)
    assert allowed_actions(facts) == [Action.REOPEN, Action.NOTE]
    assert transition(facts, Action.REOPEN, {}).status is TicketStatus.CONFIRMED


def test_clock_events_offered_until_done() -> None:
    fresh = TicketFacts(TicketClass.DEFECT, TicketStatus.SUBMITTED)
    assert {Action.RESPOND, Action.ARRIVE, Action.RESTORE, Action.PAUSE} <= set(
        allowed_actions(fresh)
    )
    done = TicketFacts(
        TicketClass.DEFECT, TicketStatus.ANALYSED, responded=True, arrived=True, restored=True
    )
    assert not {Action.RESPOND, Action.ARRIVE, Action.RESTORE, Action.PAUSE} & set(
        allowed_actions(done)
    )
    paused = TicketFacts(TicketClass.DEFECT, TicketStatus.SUBMITTED, paused=True)
    assert Action.RESUME in allowed_actions(paused)
    assert Action.PAUSE not in allowed_actions(paused)


def test_consultation_has_no_arrival() -> None:
    facts = TicketFacts(TicketClass.CONSULTATION, TicketStatus.SUBMITTED)
    assert Action.ARRIVE not in allowed_actions(facts)


def test_fix_names_every_missing_field_in_chinese() -> None:
    errors = validate_action(Action.FIX, {"cause": "端口故障", "resolution": "  "})
    messages = [e.message for e in errors]
    assert "请填写“处理结果”" in messages
    assert "请填写“预防建议”" in messages
    assert "请选择“维护类型”" in messages
    assert "请选择“责任认定”" in messages
    assert not any("问题原因" in m for m in messages)


def test_operation_triage_needs_the_explanation() -> None:
    errors = validate_action(Action.TRIAGE, {"triage_result": "operation", "analysis": "误操作"})
    assert [e.field for e in errors] == ["answer"]
    assert not validate_action(Action.TRIAGE, {"triage_result": "technical", "analysis": "x"})
