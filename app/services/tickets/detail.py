"""One ticket as the detail view and documents show it: fields, clocks, timeline, next steps."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from app.db.models import Ticket
from app.domain.enums import Channel, Severity, TicketClass, TicketStatus
from app.domain.tickets.sla import (
    ClockStatus,
    LoanerState,
    Pause,
    loaner_due_at,
    loaner_state,
    outage,
)
from app.domain.tickets.workflow import Action, allowed_actions
from app.services.context import Desk
from app.services.contract import load_targets
from app.services.store.loans import loaned_ticket_ids
from app.services.tickets.calls import TicketNotFoundError
from app.services.tickets.escalations import EscalationInfo, escalation_info
from app.services.tickets.state import clocks_of, facts_of, pauses_of, times_of


@dataclass(frozen=True)
class TimelineEntry:
    at: datetime
    recorded_at: datetime
    actor: str
    kind: str
    summary: str
    details: str
    code: str = ""  # what the summary says, as a code and its parameters (JSON)
    params: str = ""


@dataclass(frozen=True)
class TicketDetail:
    """Everything about one ticket at one moment."""

    id: int
    number: str
    ticket_class: TicketClass
    original_class: TicketClass
    severity: Severity
    status: TicketStatus
    channel: Channel
    title: str
    description: str
    place: str
    system_code: str
    system_name: str
    device: str
    is_hardware: bool
    requester_name: str
    requester_department: str
    requester_phone: str
    called_at: datetime
    responded_at: datetime | None
    arrived_at: datetime | None
    restored_at: datetime | None
    closed_at: datetime | None
    paused_since: datetime | None
    answer: str
    triage_result: str | None
    analysis: str
    supervisor_name: str
    confirmed_at: datetime | None
    plan: str
    cause: str
    resolution: str
    prevention: str
    maintenance_type: str | None
    liability: str | None
    fixed_at: datetime | None
    reported_at: datetime | None
    reply: str
    replied_at: datetime | None
    follow_up: str
    call_taker: str
    asset_number: str
    warranty: str | None
    outstanding: str
    escalation_level: int
    clocks: list[ClockStatus]
    loaner: LoanerState
    loaner_due_at: datetime | None
    outage: timedelta  # the fix clock's time used so far (sla.outage): 中断时长 everywhere
    pauses: tuple[Pause, ...]
    timeline: list[TimelineEntry]
    escalations: list[EscalationInfo]
    actions: list[Action]
    device_id: int | None = None  # the register's device, when linked


def ticket_detail(desk: Desk, ticket_id: int) -> TicketDetail:
    """Load one ticket by id, with clocks computed for now."""
    now = desk.clock.now()
    with desk.db.read() as session:
        ticket = session.scalar(
            select(Ticket)
            .where(Ticket.id == ticket_id)
            .options(
                selectinload(Ticket.pauses),
                selectinload(Ticket.events),
                selectinload(Ticket.escalations),
            )
        )
        if ticket is None:
            raise TicketNotFoundError(ticket_id)
        targets = load_targets(session)
        times = times_of(ticket)
        return TicketDetail(
            id=ticket.id,
            number=ticket.number,
            ticket_class=TicketClass(ticket.ticket_class),
            original_class=TicketClass(ticket.original_class),
            severity=Severity(ticket.severity),
            status=TicketStatus(ticket.status),
            channel=Channel(ticket.channel),
            title=ticket.title,
            description=ticket.description,
            place=ticket.place,
            system_code=ticket.system.code,
            system_name=ticket.system.name,
            device=ticket.device,
            is_hardware=ticket.is_hardware,
            requester_name=ticket.requester_name,
            requester_department=ticket.requester_department,
            requester_phone=ticket.requester_phone,
            called_at=ticket.called_at,
            responded_at=ticket.responded_at,
            arrived_at=ticket.arrived_at,
            restored_at=ticket.restored_at,
            closed_at=ticket.closed_at,
            paused_since=ticket.paused_since,
            answer=ticket.answer,
            triage_result=ticket.triage_result,
            analysis=ticket.analysis,
            supervisor_name=ticket.supervisor_name,
            confirmed_at=ticket.confirmed_at,
            plan=ticket.plan,
            cause=ticket.cause,
            resolution=ticket.resolution,
            prevention=ticket.prevention,
            maintenance_type=ticket.maintenance_type,
            liability=ticket.liability,
            fixed_at=ticket.fixed_at,
            reported_at=ticket.reported_at,
            reply=ticket.reply,
            replied_at=ticket.replied_at,
            follow_up=ticket.follow_up,
            call_taker=ticket.call_taker,
            asset_number=ticket.asset_number,
            warranty=ticket.warranty,
            outstanding=ticket.outstanding,
            escalation_level=ticket.escalation_level,
            clocks=clocks_of(ticket, targets, now),
            loaner=loaner_state(
                times, targets, now, issued=bool(loaned_ticket_ids(session, [ticket.id]))
            ),
            loaner_due_at=loaner_due_at(times, targets),
            outage=outage(times, now),
            pauses=pauses_of(ticket.pauses),
            timeline=[
                TimelineEntry(
                    e.at, e.recorded_at, e.actor, e.kind, e.summary, e.details, e.code, e.params
                )
                for e in sorted(ticket.events, key=lambda e: (e.at, e.id))
            ],
            escalations=[escalation_info(e) for e in ticket.escalations],
            actions=allowed_actions(facts_of(ticket)),
            device_id=ticket.device_id,
        )


def find_ticket_id(desk: Desk, number: str) -> int:
    """The id of the ticket with this number (case and spaces forgiven)."""
    with desk.db.read() as session:
        ticket_id = session.scalar(select(Ticket.id).where(Ticket.number == number.strip().upper()))
    if ticket_id is None:
        raise TicketNotFoundError(number)
    return ticket_id
