"""The steps of a change request after registration: submit, implement, complete or fail (rolled
back), cancel, the requester's confirmation, and re-estimates that re-route the approval."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from app.db.models import Document
from app.domain.audit.actions import CHANGE_STEP
from app.domain.changes.routing import ChangeError, ChangeKind, effort_text, parse_effort
from app.domain.changes.states import ChangeState, ChangeStep, next_state, reestimate
from app.domain.i18n import QT_TRANSLATE_NOOP
from app.domain.tickets.timeline_text import change_event_text
from app.domain.validation import FieldError, ValidationError, clean_text
from app.services import signoffs
from app.services.changes.requests import add_event, facts_of, load_change
from app.services.context import Desk

APPROVAL_SUBJECT = "change.approve"
NOTE_LABELS = {
    ChangeStep.COMPLETE: QT_TRANSLATE_NOOP("field", "实施结果"),
    ChangeStep.FAIL: QT_TRANSLATE_NOOP("field", "失败原因与回退情况"),
    ChangeStep.CANCEL: QT_TRANSLATE_NOOP("field", "取消原因"),
    ChangeStep.CONFIRM: QT_TRANSLATE_NOOP("field", "确认人"),
    ChangeStep.REESTIMATE: QT_TRANSLATE_NOOP("field", "重新估算的理由"),
}
# Steps whose note is required (the others may leave it empty).
NOTE_REQUIRED = frozenset(NOTE_LABELS)


def do_step(desk: Desk, change_id: int, step: ChangeStep, values: Mapping[str, Any]) -> str:
    """One step on a change request in one audited transaction; returns its new state.

    Approval and rejection are signed by the lead (``approval``), not done here.
    """
    if step in (ChangeStep.APPROVE, ChangeStep.REJECT, ChangeStep.EDIT):
        raise ChangeError(QT_TRANSLATE_NOOP("changes", "审批须由审批领导签字：请使用审批功能"))
    note = clean_text(values.get("note"))
    if step in NOTE_REQUIRED and not note:
        raise ValidationError(
            [
                FieldError(
                    "note", QT_TRANSLATE_NOOP("validation", "请填写“{label}”"), NOTE_LABELS[step]
                )
            ]
        )
    effort = parse_effort(values.get("effort_days")) if step is ChangeStep.REESTIMATE else None
    now = desk.clock.now()
    with desk.write(CHANGE_STEP, object_type="change", detail=step.label) as session:
        change = load_change(session, change_id)
        facts = facts_of(change)
        if step is ChangeStep.REESTIMATE:
            assert effort is not None
            result = reestimate(facts, ChangeKind(change.kind), effort)
            old = effort_text(parse_effort(change.effort_days))
            change.effort_days = float(effort)
            change.required_approver = result.required.value
            change.state = result.state.value
            text = change_event_text(
                "reestimated.rerouted" if result.reroutes else "reestimated",
                old=old,
                effort=effort_text(effort),
                approver=result.required,
                note=note,
            )
            if result.reroutes:
                _void_approval(session, change)
            add_event(change, now, desk.actor, step.value, text)
            return change.state
        state = next_state(facts, step)
        change.state = state.value
        text = change_event_text("step", change_step=step, note=note)
        if step is ChangeStep.SUBMIT:
            change.submitted_at = now
            text = change_event_text("submitted", approver=facts.required, note=note)
        elif step is ChangeStep.START:
            change.started_at = now
        elif step in (ChangeStep.COMPLETE, ChangeStep.FAIL):
            change.finished_at, change.result_note = now, note
        elif step is ChangeStep.CANCEL:
            change.cancel_reason = note
            _cancel_paper(session, change.id)
        elif step is ChangeStep.CONFIRM:
            change.confirmed_at, change.confirmed_by = now, note[:50]
            text = change_event_text("confirmed", change_step=step, confirmer=note[:50])
        add_event(change, now, desk.actor, step.value, text)
        return state.value


def _cancel_paper(session: Any, change_id: int) -> None:
    """A printed approval form that waits is void once the change no longer waits for it."""
    waiting = signoffs.pending(session, APPROVAL_SUBJECT, change_id)
    if waiting is not None:
        waiting.state = signoffs.CANCELLED


def _void_approval(session: Any, change: Any) -> None:
    """The approval given (or the form printed for another lead) no longer covers the change."""
    _cancel_paper(session, change.id)
    if change.approved_level:
        change.approved_level = None
        change.decided_by, change.decided_at, change.decision_note = "", None, ""


def approval_document(session: Any, change_id: int) -> Document | None:
    """The printed form whose signed copy would approve the change, while it waits."""
    waiting = signoffs.pending(session, APPROVAL_SUBJECT, change_id)
    return session.get(Document, waiting.document_id) if waiting is not None else None


__all__ = ["APPROVAL_SUBJECT", "ChangeState", "do_step", "approval_document"]
