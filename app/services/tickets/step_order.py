"""Step times on a stored ticket: checked against the steps around them, and corrected openly."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from app.db.models import Ticket, TicketEvent
from app.domain.i18n import QT_TRANSLATE_NOOP
from app.domain.tickets.step_times import step_time, step_time_problem
from app.domain.tickets.timeline_text import EventText, event_text
from app.domain.tickets.workflow import TIMED_STEPS, Action, action_fields
from app.domain.validation import FieldError, ValidationError

CREATED = "created"
STEP_KINDS = frozenset({CREATED, *(a.value for a in TIMED_STEPS)})

# The ticket column each correctable step set.
STEP_COLUMNS: dict[Action, str] = {
    Action.RESPOND: "responded_at",
    Action.ARRIVE: "arrived_at",
    Action.RESTORE: "restored_at",
    Action.ANSWER: "closed_at",
    Action.CONFIRM: "confirmed_at",
    Action.FIX: "fixed_at",
    Action.REPORT: "reported_at",
    Action.REPLY: "replied_at",
    Action.CLOSE: "closed_at",
}


def fmt_minute(value: datetime) -> str:
    return value.astimezone().strftime("%Y-%m-%d %H:%M")


def _label(action: Action) -> str:
    return next(
        (f.label for f in action_fields(action) if f.name == "at"),
        QT_TRANSLATE_NOOP("field", "时间"),
    )


def step_events(ticket: Ticket) -> list[TicketEvent]:
    """The ticket's steps (the call, workflow and clock steps) in time order."""
    events = [e for e in ticket.events if e.kind in STEP_KINDS]
    return sorted(events, key=lambda e: (e.at, e.id or 0))


def recorded_steps(ticket: Ticket) -> frozenset[Action]:
    """The steps the ticket's timeline holds."""
    return frozenset(Action(e.kind) for e in ticket.events if e.kind in STEP_KINDS - {CREATED})


def _refuse(template: str, label: str, **values: str) -> ValidationError:
    return ValidationError([FieldError("at", template, label, tuple(values.items()))])


def checked_step_time(
    ticket: Ticket, action: Action, values: Mapping[str, Any], now: datetime
) -> datetime:
    """The step's time in whole minutes (now if none was entered), after the steps before it."""
    at = step_time(values.get("at"), now)
    steps = step_events(ticket)
    previous = steps[-1].at if steps else ticket.called_at
    problem = step_time_problem(at, now, previous)
    if problem:
        raise _refuse(problem, _label(action), previous=fmt_minute(previous))
    return at


def correct_step_time(
    ticket: Ticket, values: Mapping[str, Any], now: datetime
) -> tuple[datetime, EventText]:
    """Move a recorded step to its right time; returns the correction's time and its line.

    The step's timeline line and the ticket's time move together; the correction itself is a new
    line of the timeline with the old time, the new one and the reason, so nothing changes quietly.
    """
    step = Action(values["step"])
    steps = step_events(ticket)
    index = max((i for i, e in enumerate(steps) if e.kind == step.value), default=None)
    if index is None:
        raise ValidationError(
            [
                FieldError(
                    "step",
                    QT_TRANSLATE_NOOP("validation", "工单没有“{label}”的记录"),
                    step.label,
                )
            ]
        )
    event = steps[index]
    label = QT_TRANSLATE_NOOP("field", "正确时间")
    at = step_time(values.get("at"), now)
    previous = steps[index - 1].at if index > 0 else None
    following = steps[index + 1].at if index + 1 < len(steps) else None
    problem = step_time_problem(at, now, previous, following)
    if problem:
        raise _refuse(
            problem,
            label,
            previous=fmt_minute(previous) if previous else "",
            next=fmt_minute(following) if following else "",
        )
    old = event.at
    column = STEP_COLUMNS[step]
    if getattr(ticket, column) == old:
        setattr(ticket, column, at)
    if step is Action.FIX and ticket.restored_at == old:
        ticket.restored_at = at  # the fix restored service at the same moment
    event.at = at
    text = event_text(
        "correct", action=Action.CORRECT, step=step, old_at=old, new_at=at, reason=values["reason"]
    )
    return step_time(None, now), text
