"""A plan followed for a ticket: recorded on the ticket's timeline as a TicketEvent."""

from __future__ import annotations

from sqlalchemy import select

from app.db import audit
from app.db.models import Ticket, TicketEvent
from app.db.models.plans import EmergencyPlan
from app.domain.audit.actions import PLAN_FOLLOWED as PLAN_FOLLOWED_ACTION
from app.domain.i18n import QT_TRANSLATE_NOOP
from app.domain.tickets.timeline_text import event_text
from app.domain.validation import clean_text
from app.services.context import Desk
from app.services.plans.plans import PlanError
from app.services.tickets.calls import TicketNotFoundError
from app.services.timeline import new_event

PLAN_FOLLOWED = "plan_followed"  # the ticket event's kind


def record_plan_followed(desk: Desk, ticket_id: int, plan_id: int, note: str = "") -> str:
    """Record on a ticket's timeline that it was handled by a plan; returns the summary written."""
    now = desk.clock.now()
    with desk.write(PLAN_FOLLOWED_ACTION) as session:
        ticket = session.get(Ticket, ticket_id)
        if ticket is None:
            raise TicketNotFoundError(ticket_id)
        audit.describe(session, "ticket", ticket.number)
        plan = session.get(EmergencyPlan, plan_id)
        if plan is None:
            raise PlanError(QT_TRANSLATE_NOOP("plans", "找不到预案：{plan}"), plan=plan_id)
        text = event_text(
            "plan_followed",
            code=plan.code,
            title=plan.title,
            revision=plan.revision,
            note=clean_text(note),
        )
        event = new_event(text, at=now, actor=desk.actor, kind=PLAN_FOLLOWED)
        ticket.events.append(event)
        return event.summary


def plans_followed(desk: Desk, ticket_id: int) -> list[str]:
    """The timeline summaries of plans followed for a ticket, oldest first."""
    with desk.db.read() as session:
        return list(
            session.scalars(
                select(TicketEvent.summary)
                .where(TicketEvent.ticket_id == ticket_id, TicketEvent.kind == PLAN_FOLLOWED)
                .order_by(TicketEvent.id)
            )
        )
