"""The 回访 record behind the 回访后关闭 step: closing a defect after its follow-up keeps the
follow-up as a record of its own (way, whom, satisfaction), unless one was recorded since the fix."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from app.db.models import FollowUp, Ticket
from app.domain.reports.followups import FollowUpKind, FollowUpWay, Satisfaction


def recorded_since_fix(ticket: Ticket) -> FollowUp | None:
    """The latest follow-up of the ticket made after its (latest) fix, if any."""
    if ticket.fixed_at is None:
        return None
    after = [f for f in ticket.follow_ups if f.at >= ticket.fixed_at]
    return after[-1] if after else None


def record_on_close(ticket: Ticket, values: Mapping[str, Any], at: datetime, actor: str) -> None:
    """Keep the follow-up of a closing defect as a 回访 record (none if one was just recorded)."""
    if ticket.fixed_at is None or recorded_since_fix(ticket) is not None:
        return
    satisfaction = values.get("satisfaction") or None
    ticket.follow_ups.append(
        FollowUp(
            kind=FollowUpKind.TICKET.value,
            quarter="",
            at=at,
            way=FollowUpWay(values.get("way") or FollowUpWay.PHONE).value,
            contact=(str(values.get("contact") or "") or ticket.requester_name)[:100],
            satisfaction=Satisfaction(satisfaction).value if satisfaction else None,
            comments=str(values.get("follow_up") or ""),
            recurred=False,
            complaint="",
            complaint_result="",
            recorded_by=actor[:50],
        )
    )
