"""The contract's approval routing of change requests, at its boundaries, and their states."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from app.domain.changes.routing import (
    Approver,
    ChangeError,
    ChangeKind,
    ChargeBasis,
    approver_for,
    charge_basis,
    effort_text,
    parse_effort,
)
from app.domain.changes.states import (
    ChangeFacts,
    ChangeState,
    ChangeStep,
    allowed_steps,
    next_state,
    reestimate,
)


@pytest.mark.parametrize(
    ("kind", "effort", "approver"),
    [
        (ChangeKind.DEFECT, "30", Approver.NONE),
        (ChangeKind.VAGUE, "0.5", Approver.DEPARTMENT),
        (ChangeKind.VAGUE, "40", Approver.DEPARTMENT),
        (ChangeKind.NEW, "0.5", Approver.DEPARTMENT),
        (ChangeKind.NEW, "9.5", Approver.DEPARTMENT),
        (ChangeKind.NEW, "10", Approver.DEPARTMENT),  # exactly two weeks: still the department
        (ChangeKind.NEW, "10.5", Approver.COMPANY),  # half a day more: the company lead
        (ChangeKind.NEW, "999", Approver.COMPANY),
    ],
)
def test_the_approver_follows_kind_and_effort(kind, effort, approver) -> None:
    assert approver_for(kind, parse_effort(effort)) is approver


@pytest.mark.parametrize("text", ["", "abc", "0", "-1", "1000", "0.3", "NaN", "Infinity"])
def test_an_effort_out_of_range_or_not_in_half_days_is_refused(text) -> None:
    with pytest.raises(ChangeError, match="预计工作量"):
        parse_effort(text)


def test_effort_reads_chinese_commas_and_prints_without_trailing_zero() -> None:
    assert parse_effort("12，5") == Decimal("12.5")
    assert effort_text(parse_effort("10.0")) == "10"
    assert effort_text(parse_effort(" 2.5 ")) == "2.5"


def test_free_inside_the_warranty_at_cost_after_its_last_day() -> None:
    end = date(2028, 6, 30)
    assert charge_basis(end, end) is ChargeBasis.FREE
    assert charge_basis(date(2028, 7, 1), end) is ChargeBasis.COST
    assert charge_basis(date(2028, 7, 1), None) is ChargeBasis.FREE


def test_a_defect_starts_at_once_other_kinds_are_submitted_in_writing_first() -> None:
    defect = ChangeFacts(ChangeState.REGISTERED, Approver.NONE)
    assert ChangeStep.START in allowed_steps(defect)
    assert ChangeStep.SUBMIT not in allowed_steps(defect)
    new = ChangeFacts(ChangeState.REGISTERED, Approver.DEPARTMENT)
    assert ChangeStep.SUBMIT in allowed_steps(new)
    with pytest.raises(ChangeError, match="不能“开始实施”"):
        next_state(new, ChangeStep.START)


def test_the_whole_way_to_confirmed_and_the_dead_ends() -> None:
    facts = ChangeFacts(ChangeState.REGISTERED, Approver.COMPANY)
    path = [
        (ChangeStep.SUBMIT, ChangeState.SUBMITTED),
        (ChangeStep.APPROVE, ChangeState.APPROVED),
        (ChangeStep.START, ChangeState.IMPLEMENTING),
        (ChangeStep.COMPLETE, ChangeState.DONE),
        (ChangeStep.CONFIRM, ChangeState.CONFIRMED),
    ]
    for step, state in path:
        facts = ChangeFacts(next_state(facts, step), Approver.COMPANY, Approver.COMPANY)
        assert facts.state is state
    assert allowed_steps(facts) == []
    for final in (ChangeState.REJECTED, ChangeState.FAILED, ChangeState.CANCELLED):
        assert final.final and allowed_steps(ChangeFacts(final, Approver.COMPANY)) == []
    implementing = ChangeFacts(ChangeState.IMPLEMENTING, Approver.NONE)
    assert next_state(implementing, ChangeStep.FAIL) is ChangeState.FAILED
    assert ChangeStep.CANCEL not in allowed_steps(implementing)  # started: it fails or completes


def test_a_reestimate_above_two_weeks_reroutes_an_approved_change_to_the_company_lead() -> None:
    approved = ChangeFacts(ChangeState.APPROVED, Approver.DEPARTMENT, Approver.DEPARTMENT)
    same = reestimate(approved, ChangeKind.NEW, Decimal(10))
    assert (same.required, same.state, same.reroutes) == (
        Approver.DEPARTMENT,
        ChangeState.APPROVED,
        False,
    )
    above = reestimate(approved, ChangeKind.NEW, Decimal("10.5"))
    assert (above.required, above.state, above.reroutes) == (
        Approver.COMPANY,
        ChangeState.SUBMITTED,
        True,
    )
    working = ChangeFacts(ChangeState.IMPLEMENTING, Approver.DEPARTMENT, Approver.DEPARTMENT)
    assert reestimate(working, ChangeKind.NEW, Decimal(15)).state is ChangeState.SUBMITTED


def test_a_company_approval_covers_a_smaller_reestimate_and_a_vague_function_never_reroutes():
    by_company = ChangeFacts(ChangeState.APPROVED, Approver.COMPANY, Approver.COMPANY)
    down = reestimate(by_company, ChangeKind.NEW, Decimal(3))
    assert (down.required, down.state, down.reroutes) == (
        Approver.DEPARTMENT,
        ChangeState.APPROVED,
        False,
    )
    vague = ChangeFacts(ChangeState.APPROVED, Approver.DEPARTMENT, Approver.DEPARTMENT)
    assert reestimate(vague, ChangeKind.VAGUE, Decimal(40)).reroutes is False


def test_a_waiting_submission_is_rerouted_when_the_approver_changes() -> None:
    waiting = ChangeFacts(ChangeState.SUBMITTED, Approver.DEPARTMENT)
    moved = reestimate(waiting, ChangeKind.NEW, Decimal(11))
    assert (moved.required, moved.state, moved.reroutes) == (
        Approver.COMPANY,
        ChangeState.SUBMITTED,
        True,
    )
    assert reestimate(waiting, ChangeKind.NEW, Decimal(2)).reroutes is False
    with pytest.raises(ChangeError):
        reestimate(ChangeFacts(ChangeState.DONE, Approver.NONE), ChangeKind.NEW, Decimal(2))
