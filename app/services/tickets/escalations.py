"""Escalations: recorded from stored times, shown until the engineer acknowledges them."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session, selectinload

from app.db import audit
from app.db.locking import exclusive
from app.db.models import Escalation, Ticket
from app.domain.audit.actions import ESCALATION_ACK, ESCALATION_SWEEP
from app.domain.enums import ClockKind, TicketStatus
from app.domain.tickets.escalation import (
    LEVEL_ROLES,
    Acknowledgement,
    pending_escalations,
    validate_acknowledgement,
)
from app.domain.tickets.sla import ClockTargets
from app.domain.tickets.timeline_text import SYSTEM_ACTOR, event_text
from app.services.context import Desk
from app.services.contract import ladder, load_targets
from app.services.tickets.state import refresh_due_columns
from app.services.timeline import new_event


@dataclass(frozen=True)
class EscalationInfo:
    """One unacknowledged (or past) escalation as the banner and timeline show it."""

    id: int
    ticket_id: int
    ticket_number: str
    ticket_title: str
    clock: ClockKind
    level: int
    due_at: datetime
    recorded_at: datetime
    contact_role: str
    contact_name: str
    contact_phone: str
    acknowledged_at: datetime | None
    acknowledged_by: str
    reached_name: str = ""
    reached_method: str = ""
    agreed: str = ""


def record_for_ticket(
    session: Session, ticket: Ticket, targets: ClockTargets, now: datetime
) -> list[Escalation]:
    """Record every escalation this ticket owes, each with its true due time."""
    statuses = refresh_due_columns(ticket, targets, now)
    steps = pending_escalations(
        statuses, (ClockKind(e.clock) for e in ticket.escalations), ticket.escalation_level
    )
    if not steps:
        return []
    rungs = ladder(session)
    added = []
    for step in steps:
        rung = rungs.get(step.level)
        escalation = Escalation(
            clock=step.clock.value,
            level=step.level,
            due_at=step.due_at,
            recorded_at=now,
            contact_role=rung.role if rung else LEVEL_ROLES[step.level],
            contact_name=rung.name if rung else "",
            contact_phone=rung.phone if rung else "",
        )
        ticket.escalations.append(escalation)
        ticket.escalation_level = step.level
        contact = " ".join(p for p in (escalation.contact_name, escalation.contact_phone) if p)
        text = event_text(
            "escalation.contact" if contact else "escalation",
            clock=step.clock,
            level=step.level,
            role=escalation.contact_role,
            contact=contact,
        )
        ticket.events.append(
            new_event(text, at=step.due_at, recorded_at=now, actor=SYSTEM_ACTOR, kind="escalation")
        )
        added.append(escalation)
    return added


OPEN_STATUSES = tuple(s.value for s in TicketStatus if s is not TicketStatus.CLOSED)


def open_tickets() -> Select[tuple[Ticket]]:
    """The tickets not closed, found through the status index (``status != 'closed'`` would read
    every ticket ever logged: 190 ms at 300,000 tickets, every 30 s on the GUI thread)."""
    return select(Ticket).where(Ticket.status.in_(OPEN_STATUSES))


def sweep(desk: Desk) -> int:
    """Record escalations owed by every open ticket (also those that fell due while closed)."""
    now = desk.clock.now()
    count = 0
    with desk.write(ESCALATION_SWEEP, as_system=True) as session:
        # One sweep at a time across workstations: the next one reads what this one recorded.
        exclusive(session, "escalation-sweep")
        targets = load_targets(session)
        # Each open ticket's row is held too, in id order: a step on a ticket that another
        # workstation is writing (and that may record its escalations) is waited for, and its
        # escalations are then read as committed, so none is recorded twice.
        tickets = session.scalars(
            open_tickets()
            .order_by(Ticket.id)
            .with_for_update(of=Ticket)
            .options(selectinload(Ticket.pauses), selectinload(Ticket.escalations))
        )
        for ticket in tickets:
            count += len(record_for_ticket(session, ticket, targets, now))
    return count


def escalation_info(escalation: Escalation) -> EscalationInfo:
    return EscalationInfo(
        id=escalation.id,
        ticket_id=escalation.ticket_id,
        ticket_number=escalation.ticket.number,
        ticket_title=escalation.ticket.title,
        clock=ClockKind(escalation.clock),
        level=escalation.level,
        due_at=escalation.due_at,
        recorded_at=escalation.recorded_at,
        contact_role=escalation.contact_role,
        contact_name=escalation.contact_name,
        contact_phone=escalation.contact_phone,
        acknowledged_at=escalation.acknowledged_at,
        acknowledged_by=escalation.acknowledged_by,
        reached_name=escalation.reached_name,
        reached_method=escalation.reached_method,
        agreed=escalation.agreed,
    )


def unacknowledged(desk: Desk) -> list[EscalationInfo]:
    """Escalations still waiting for the engineer, highest level first."""
    with desk.db.read() as session:
        rows = session.scalars(
            select(Escalation)
            .where(Escalation.acknowledged_at.is_(None))
            .options(selectinload(Escalation.ticket))
            .order_by(Escalation.level.desc(), Escalation.due_at)
        )
        return [escalation_info(e) for e in rows]


def acknowledge(desk: Desk, escalation_ids: int | Sequence[int], values: Mapping[str, Any]) -> int:
    """The engineer reached the contact about these escalations (one ticket's, usually): stop
    showing them, and say on the timeline whom, how and what was agreed. Returns how many were
    acknowledged now (those acknowledged meanwhile, elsewhere, are left as they are)."""
    contact = validate_acknowledgement(values)
    ids = [escalation_ids] if isinstance(escalation_ids, int) else list(escalation_ids)
    now = desk.clock.now()
    with desk.write(ESCALATION_ACK) as session:
        rows = session.scalars(
            select(Escalation)
            .where(Escalation.id.in_(ids), Escalation.acknowledged_at.is_(None))
            .order_by(Escalation.level.desc(), Escalation.id)
            .with_for_update(of=Escalation)  # one workstation acknowledges it, not two
        ).all()
        if rows:
            numbers = sorted({row.ticket.number for row in rows})
            audit.describe(session, "ticket", "、".join(numbers))
        for escalation in rows:
            acknowledge_escalation(escalation, now, desk.actor, contact)
        return len(rows)


def acknowledge_escalation(
    escalation: Escalation, now: datetime, actor: str, contact: Acknowledgement
) -> None:
    """Mark one escalation acknowledged and write it on its ticket's timeline."""
    escalation.acknowledged_at = now
    escalation.acknowledged_by = actor
    escalation.reached_name = contact.reached_name
    escalation.reached_method = contact.method.value
    escalation.agreed = contact.agreed
    text = event_text(
        "acknowledged",
        level=escalation.level,
        role=escalation.contact_role,
        reached=contact.reached_name,
        method=contact.method,
        agreed=contact.agreed,
    )
    escalation.ticket.events.append(new_event(text, at=now, actor=actor, kind="acknowledge"))
