"""The escalation ladder: each breached clock raises a ticket one level, up to the company lead."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from app.domain.enums import ClockKind, ClockState, ContactMethod
from app.domain.i18n import QT_TRANSLATE_NOOP
from app.domain.tickets.sla import ClockStatus
from app.domain.validation import ValidationError, clean_text, require_choice, require_text

MAX_LEVEL = 3

LEVEL_ROLES: dict[int, str] = {
    1: QT_TRANSLATE_NOOP("escalation", "项目经理"),
    2: QT_TRANSLATE_NOOP("escalation", "售后服务部负责人"),
    3: QT_TRANSLATE_NOOP("escalation", "公司领导"),
}


@dataclass(frozen=True)
class EscalationStep:
    """One rung climbed: which clock breached, when it fell due, and the level it raised to."""

    clock: ClockKind
    level: int
    due_at: datetime


def pending_escalations(
    statuses: Iterable[ClockStatus],
    recorded_clocks: Iterable[ClockKind],
    current_level: int,
    max_level: int = MAX_LEVEL,
) -> list[EscalationStep]:
    """The escalations a ticket owes but has not recorded, each at its true due time.

    Computed only from stored times, so breaches that fell due while the program was closed come
    out with the moment they actually fell due.
    """
    recorded = set(recorded_clocks)
    breached: Sequence[ClockStatus] = sorted(
        (
            s
            for s in statuses
            if s.state is ClockState.BREACHED and s.kind not in recorded and s.due_at is not None
        ),
        key=lambda s: s.due_at,  # type: ignore[arg-type, return-value]
    )
    steps = []
    level = current_level
    for status in breached:
        level = min(level + 1, max_level)
        assert status.due_at is not None
        steps.append(EscalationStep(status.kind, level, status.due_at))
    return steps


@dataclass(frozen=True)
class Acknowledgement:
    """Whom the engineer reached about an escalation, how, and what was agreed."""

    reached_name: str
    method: ContactMethod
    agreed: str


def validate_acknowledgement(values: Mapping[str, Any]) -> Acknowledgement:
    """The acknowledgement's fields, each required; every missing one is named."""
    cleaned = {k: clean_text(v) if isinstance(v, str) else v for k, v in values.items()}
    errors = [
        error
        for error in (
            require_text(cleaned, "reached_name", QT_TRANSLATE_NOOP("field", "联系到的人")),
            require_choice(
                cleaned, "method", QT_TRANSLATE_NOOP("field", "联系方式"), tuple(ContactMethod)
            ),
            require_text(cleaned, "agreed", QT_TRANSLATE_NOOP("field", "商定内容")),
        )
        if error is not None
    ]
    if errors:
        raise ValidationError(errors)
    return Acknowledgement(
        cleaned["reached_name"][:50], ContactMethod(cleaned["method"]), cleaned["agreed"]
    )
