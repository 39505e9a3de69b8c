"""The escalation ladder: each breached clock raises a ticket one level, up to the company lead."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from app.domain.enums import ClockKind, ClockState
from app.domain.i18n import QT_TRANSLATE_NOOP
from app.domain.tickets.sla import ClockStatus

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
