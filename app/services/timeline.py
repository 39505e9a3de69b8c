"""Timeline events written with their code: the Chinese summary for the record, the code and its
parameters for the UI's language."""

from __future__ import annotations

from datetime import datetime

from app.db.models import TicketEvent
from app.domain.tickets.timeline_text import EventText, render


def stored_text(text: EventText) -> dict[str, str]:
    """The columns an event of a ticket or a change stores for ``text``: its Chinese summary and
    details, its code and parameters."""
    summary, details = render(text)
    return {
        "summary": summary,
        "details": details,
        "code": text.code,
        "params": text.params_json(),
    }


def new_event(
    text: EventText,
    *,
    at: datetime,
    actor: str,
    kind: str,
    recorded_at: datetime | None = None,
    ticket_id: int | None = None,
) -> TicketEvent:
    """A timeline event saying ``text`` (not yet added to a ticket or a session)."""
    event = TicketEvent(
        at=at, recorded_at=recorded_at or at, actor=actor, kind=kind, **stored_text(text)
    )
    if ticket_id is not None:
        event.ticket_id = ticket_id
    return event
