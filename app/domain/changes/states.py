"""The states of a change request and the steps between them (after iTop's change model, with the
approver the contract names): 登记 → 待审批 → 已批准 / 已驳回 → 实施中 → 已完成 / 已失败（已回退）
→ 已确认, or 已取消 before the work starts."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from app.domain.changes.routing import (
    Approver,
    ChangeError,
    ChangeKind,
    approval_still_holds,
    approver_for,
)
from app.domain.enums import LabelledEnum
from app.domain.i18n import QT_TRANSLATE_NOOP, Marked


class ChangeState(LabelledEnum):
    REGISTERED = "registered"
    SUBMITTED = "submitted"
    APPROVED = "approved"
    REJECTED = "rejected"
    IMPLEMENTING = "implementing"
    DONE = "done"
    FAILED = "failed"
    CANCELLED = "cancelled"
    CONFIRMED = "confirmed"

    @property
    def label(self) -> str:
        return _LABELS[self]

    @property
    def final(self) -> bool:
        return self in FINAL_STATES


class ChangeStep(LabelledEnum):
    """What can be done to a change request."""

    EDIT = "edit"
    SUBMIT = "submit"
    APPROVE = "approve"
    REJECT = "reject"
    START = "start"
    COMPLETE = "complete"
    FAIL = "fail"
    CANCEL = "cancel"
    CONFIRM = "confirm"
    REESTIMATE = "reestimate"

    @property
    def label(self) -> str:
        return _LABELS[self]


_LABELS: dict[LabelledEnum, str] = {
    ChangeState.REGISTERED: QT_TRANSLATE_NOOP("enum", "登记"),
    ChangeState.SUBMITTED: QT_TRANSLATE_NOOP("enum", "待审批"),
    ChangeState.APPROVED: QT_TRANSLATE_NOOP("enum", "已批准"),
    ChangeState.REJECTED: QT_TRANSLATE_NOOP("enum", "已驳回"),
    ChangeState.IMPLEMENTING: QT_TRANSLATE_NOOP("enum", "实施中"),
    ChangeState.DONE: QT_TRANSLATE_NOOP("enum", "已完成"),
    ChangeState.FAILED: QT_TRANSLATE_NOOP("enum", "已失败（已回退）"),
    ChangeState.CANCELLED: QT_TRANSLATE_NOOP("enum", "已取消"),
    ChangeState.CONFIRMED: QT_TRANSLATE_NOOP("enum", "已确认"),
    ChangeStep.EDIT: QT_TRANSLATE_NOOP("enum", "修改申请"),
    ChangeStep.SUBMIT: QT_TRANSLATE_NOOP("enum", "书面提交审批"),
    ChangeStep.APPROVE: QT_TRANSLATE_NOOP("enum", "批准"),
    ChangeStep.REJECT: QT_TRANSLATE_NOOP("enum", "驳回"),
    ChangeStep.START: QT_TRANSLATE_NOOP("enum", "开始实施"),
    ChangeStep.COMPLETE: QT_TRANSLATE_NOOP("enum", "实施完成"),
    ChangeStep.FAIL: QT_TRANSLATE_NOOP("enum", "实施失败，已回退"),
    ChangeStep.CANCEL: QT_TRANSLATE_NOOP("enum", "取消"),
    ChangeStep.CONFIRM: QT_TRANSLATE_NOOP("enum", "提出人确认"),
    ChangeStep.REESTIMATE: QT_TRANSLATE_NOOP("enum", "重新估算工作量"),
}

FINAL_STATES = frozenset(
    {ChangeState.REJECTED, ChangeState.FAILED, ChangeState.CANCELLED, ChangeState.CONFIRMED}
)
_S, _P = ChangeState, ChangeStep
_STEPS: dict[ChangeState, dict[ChangeStep, ChangeState]] = {
    _S.REGISTERED: {
        _P.EDIT: _S.REGISTERED,
        _P.SUBMIT: _S.SUBMITTED,
        _P.START: _S.IMPLEMENTING,
        _P.CANCEL: _S.CANCELLED,
        _P.REESTIMATE: _S.REGISTERED,
    },
    _S.SUBMITTED: {
        _P.APPROVE: _S.APPROVED,
        _P.REJECT: _S.REJECTED,
        _P.CANCEL: _S.CANCELLED,
        _P.REESTIMATE: _S.SUBMITTED,
    },
    _S.APPROVED: {_P.START: _S.IMPLEMENTING, _P.CANCEL: _S.CANCELLED, _P.REESTIMATE: _S.APPROVED},
    _S.IMPLEMENTING: {
        _P.COMPLETE: _S.DONE,
        _P.FAIL: _S.FAILED,
        _P.REESTIMATE: _S.IMPLEMENTING,
    },
    _S.DONE: {_P.CONFIRM: _S.CONFIRMED},
}


@dataclass(frozen=True)
class ChangeFacts:
    """What the steps depend on: the state, who must approve, and who did approve."""

    state: ChangeState
    required: Approver
    approved_by: Approver | None = None


def allowed_steps(facts: ChangeFacts) -> list[ChangeStep]:
    """The steps offered now. A change needing no approval (a defect) starts from 登记; one that
    needs it is submitted in writing first."""
    steps = list(_STEPS.get(facts.state, {}))
    if facts.state is ChangeState.REGISTERED:
        drop = ChangeStep.SUBMIT if facts.required is Approver.NONE else ChangeStep.START
        steps.remove(drop)
    return steps


def next_state(facts: ChangeFacts, step: ChangeStep) -> ChangeState:
    """Where ``step`` leads; ChangeError when it is not allowed now."""
    if step not in allowed_steps(facts):
        raise ChangeError(
            QT_TRANSLATE_NOOP("changes", "变更当前状态“{state}”下不能“{step}”"),
            state=Marked("enum", facts.state.label),
            step=Marked("enum", step.label),
        )
    return _STEPS[facts.state][step]


@dataclass(frozen=True)
class Reestimate:
    """A new effort's consequence: the approver now required, the state, and whether the
    approval given (or the written submission waiting) no longer fits."""

    required: Approver
    state: ChangeState
    reroutes: bool


def reestimate(facts: ChangeFacts, kind: ChangeKind, effort_days: Decimal) -> Reestimate:
    """A re-estimate above two weeks re-routes an approved (or submitted) change to the company
    lead: the approval given no longer covers it, so the change waits for the new approver (and
    work in progress stops); a re-estimate that the approval still covers changes nothing else."""
    next_state(facts, ChangeStep.REESTIMATE)
    required = approver_for(kind, effort_days)
    if facts.state is ChangeState.REGISTERED:
        return Reestimate(required, facts.state, required is not facts.required)
    if facts.state is ChangeState.SUBMITTED:
        return Reestimate(required, facts.state, required is not facts.required)
    approved = facts.approved_by or Approver.NONE
    if approval_still_holds(approved, required):
        return Reestimate(required, facts.state, False)
    return Reestimate(required, ChangeState.SUBMITTED, True)
