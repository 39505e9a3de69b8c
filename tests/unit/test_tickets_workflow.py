"""The contract's ticket workflow: only the allowed steps, each asking for its fields."""

from __future__ import annotations

import pytest

from app.domain.enums import TicketClass, TicketStatus
from app.domain.i18n import Marked
from app.domain.tickets.workflow import (
    Action,
    TicketFacts,
    WorkflowError,
    action_fields,
    allowed_actions,
    correctable,
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


REQUIRED_TEXT = [
    (Action.PAUSE, "reason", "暂停原因"),
    (Action.ANSWER, "answer", "解答内容"),
    (Action.REPLY, "reply", "回复内容（原因与变更记录）"),
    (Action.CLOSE, "follow_up", "回访意见"),
    (Action.CONFIRM, "plan", "处理建议和措施"),
    (Action.REOPEN, "reason", "重新打开原因"),
    (Action.TRIAGE, "analysis", "分析意见"),
    (Action.NOTE, "note", "备注"),
    (Action.CORRECT, "reason", "更正原因"),
]


@pytest.mark.parametrize(("action", "field", "label"), REQUIRED_TEXT)
def test_every_steps_required_text_is_required(action: Action, field: str, label: str) -> None:
    errors = validate_action(action, {field: "  "})
    assert field in [e.field for e in errors]
    assert next(e for e in errors if e.field == field).label == label
    filled = {spec.name: "x" for spec in action_fields(action) if spec.kind != "choice"}
    filled.update({"triage_result": "technical", "step": "respond"})
    filled.update({"maintenance_type": "corrective", "liability": "contractor"})
    assert not [e for e in validate_action(action, filled) if e.field == field]


def test_optional_fields_and_times_may_be_left_out() -> None:
    """A missing time means now (the service sets it); the optional texts may stay empty."""
    assert validate_action(Action.RESPOND, {}) == []
    assert validate_action(Action.ARRIVE, {}) == []
    assert validate_action(Action.RESTORE, {}) == []
    assert validate_action(Action.RESUME, {}) == []
    assert validate_action(Action.REPORT, {}) == []
    fix = {"cause": "a", "resolution": "b", "prevention": "c"}
    fix |= {"maintenance_type": "corrective", "liability": "contractor"}
    assert validate_action(Action.FIX, fix) == []
    assert [e.field for e in validate_action(Action.FIX, {**fix, "warranty": "nonsense"})] == [
        "warranty"
    ]
    assert [e.field for e in validate_action(Action.CORRECT, {"reason": "抄错"})] == ["step"]


def test_required_and_optional_flags_of_the_fields_are_pinned() -> None:
    optional = {
        action: [spec.name for spec in action_fields(action) if not spec.required]
        for action in Action
    }
    assert optional[Action.RESTORE] == ["note"]
    assert optional[Action.REPORT] == ["note"]
    assert optional[Action.FIX] == ["asset_number", "warranty", "outstanding"]
    assert optional[Action.TRIAGE] == ["answer"]
    assert optional[Action.CLOSE] == ["way", "contact", "satisfaction"]  # the 回访 record
    for action in (Action.PAUSE, Action.ANSWER, Action.REPLY, Action.REOPEN):
        assert optional[action] == [], action


def test_respond_is_not_offered_once_the_call_was_answered_or_the_engineer_came() -> None:
    answered = TicketFacts(TicketClass.DEFECT, TicketStatus.SUBMITTED, responded=True)
    assert Action.RESPOND not in allowed_actions(answered)
    assert Action.ARRIVE in allowed_actions(answered)
    came = TicketFacts(TicketClass.DEFECT, TicketStatus.SUBMITTED, arrived=True)
    assert Action.RESPOND not in allowed_actions(came) and Action.ARRIVE not in allowed_actions(
        came
    )
    question = TicketFacts(TicketClass.CONSULTATION, TicketStatus.SUBMITTED, responded=True)
    assert Action.RESPOND not in allowed_actions(question)
    assert Action.RESPOND in allowed_actions(
        TicketFacts(TicketClass.CONSULTATION, TicketStatus.SUBMITTED)
    )


def test_restoration_answers_the_call_and_a_found_ticket_has_none() -> None:
    restored = TicketFacts(TicketClass.DEFECT, TicketStatus.SUBMITTED, restored=True)
    actions = allowed_actions(restored)
    assert not {Action.RESPOND, Action.ARRIVE, Action.RESTORE, Action.PAUSE} & set(actions)
    found = TicketFacts(TicketClass.DEFECT, TicketStatus.SUBMITTED, found=True)
    actions = allowed_actions(found)
    assert Action.RESPOND not in actions and Action.ARRIVE not in actions
    assert Action.RESTORE in actions and Action.PAUSE in actions


@pytest.mark.parametrize("start", [TicketStatus.FIXED, TicketStatus.REPORTED, TicketStatus.REPLIED])
def test_reopening_from_fixed_reported_or_replied_goes_back_to_fixing(
    start: TicketStatus,
) -> None:
    facts = TicketFacts(TicketClass.DEFECT, start, responded=True, arrived=True, restored=True)
    assert Action.REOPEN in allowed_actions(facts)
    result = transition(facts, Action.REOPEN, {"reason": "复发"})
    assert (result.status, result.ticket_class) == (TicketStatus.CONFIRMED, TicketClass.DEFECT)


def test_a_consultation_reopens_to_be_answered_again() -> None:
    facts = TicketFacts(TicketClass.CONSULTATION, TicketStatus.CLOSED, responded=True)
    assert allowed_actions(facts) == [Action.REOPEN, Action.NOTE]
    result = transition(facts, Action.REOPEN, {"reason": "仍不会操作"})
    assert (result.status, result.ticket_class) == (
        TicketStatus.SUBMITTED,
        TicketClass.CONSULTATION,
    )


def test_a_clock_event_keeps_the_status_and_class() -> None:
    facts = TicketFacts(TicketClass.DEFECT, TicketStatus.ANALYSED)
    result = transition(facts, Action.PAUSE, {"reason": "等待备件"})
    assert (result.status, result.ticket_class) == (TicketStatus.ANALYSED, TicketClass.DEFECT)


def test_closing_offers_no_clock_event_and_corrections_only_of_recorded_steps() -> None:
    closed = TicketFacts(
        TicketClass.DEFECT,
        TicketStatus.CLOSED,
        paused=True,
        recorded=frozenset({Action.CLOSE, Action.RESPOND, Action.NOTE}),
    )
    actions = allowed_actions(closed)
    assert actions == [Action.REOPEN, Action.NOTE, Action.CORRECT]
    assert correctable(closed) == (Action.RESPOND, Action.CLOSE)
    [step, *_rest] = action_fields(Action.CORRECT, closed)
    assert step.choices == (Action.RESPOND, Action.CLOSE)
    assert Action.CORRECT not in allowed_actions(
        TicketFacts(TicketClass.DEFECT, TicketStatus.CLOSED)
    )


def test_a_refused_step_names_the_status_and_the_step_for_translation() -> None:
    facts = TicketFacts(TicketClass.DEFECT, TicketStatus.ANALYSED)
    with pytest.raises(WorkflowError) as refused:
        transition(facts, Action.FIX, {})
    error = refused.value
    assert str(error) == "当前状态“已分析”下不能执行“处理完成”"
    assert error.context == "workflow"
    assert error.values == {
        "status": Marked("enum", "已分析"),
        "action": Marked("action", "处理完成"),
    }


def test_a_status_without_workflow_steps_still_offers_the_clock_events() -> None:
    """A consultation in a defect-only status (none reach it, but the table says nothing)."""
    facts = TicketFacts(TicketClass.CONSULTATION, TicketStatus.ANALYSED)
    assert allowed_actions(facts) == [Action.RESPOND, Action.PAUSE, Action.NOTE]
    result = transition(facts, Action.NOTE, {"note": "x"})
    assert (result.status, result.ticket_class) == (
        TicketStatus.ANALYSED,
        TicketClass.CONSULTATION,
    )


def test_an_operation_triage_asks_for_the_explanation_as_an_optional_text() -> None:
    *_given, answer = action_fields(Action.TRIAGE)
    assert (answer.name, answer.label, answer.kind, answer.required) == (
        "answer",
        "向提出人的解释（仅操作问题）",
        "text",
        False,
    )
    assert (
        action_fields(Action.TRIAGE, TicketFacts(TicketClass.DEFECT, TicketStatus.SUBMITTED))[-1]
        == answer
    )
    [error] = validate_action(Action.TRIAGE, {"triage_result": "operation", "analysis": "误操作"})
    assert (error.field, error.label) == ("answer", "向提出人的解释（仅操作问题）")
