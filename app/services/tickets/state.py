"""Bridges a stored ticket to the pure rules: its times, facts, clocks and due columns."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from app.db.models import Ticket, TicketPause
from app.domain.enums import Channel, ClockKind, Severity, TicketClass, TicketStatus
from app.domain.tickets.sla import (
    ClockStatus,
    ClockTargets,
    Pause,
    TicketTimes,
    ticket_clocks,
)
from app.domain.tickets.workflow import TicketFacts
from app.services.tickets.step_order import recorded_steps


def pauses_of(rows: Iterable[TicketPause | Pause]) -> tuple[Pause, ...]:
    """Stored pause rows as the rules' Pause values (Pause values pass through)."""
    return tuple(
        p if isinstance(p, Pause) else Pause(p.started_at, p.ended_at, p.reason) for p in rows
    )


def times_of(ticket: Any, pauses: Iterable[TicketPause | Pause] | None = None) -> TicketTimes:
    """The clock times of a ticket or of a row with the same columns (pauses given for a row)."""
    given = ticket.pauses if pauses is None else pauses
    return TicketTimes(
        ticket_class=TicketClass(ticket.ticket_class),
        severity=Severity(ticket.severity),
        called_at=ticket.called_at,
        responded_at=ticket.responded_at,
        arrived_at=ticket.arrived_at,
        restored_at=ticket.restored_at,
        closed_at=ticket.closed_at,
        is_hardware=ticket.is_hardware,
        pauses=pauses_of(given),
        found=Channel(ticket.channel).found,
    )


def facts_of(ticket: Ticket) -> TicketFacts:
    return TicketFacts(
        ticket_class=TicketClass(ticket.ticket_class),
        status=TicketStatus(ticket.status),
        responded=ticket.responded_at is not None,
        arrived=ticket.arrived_at is not None,
        restored=ticket.restored_at is not None,
        paused=ticket.paused_since is not None,
        found=Channel(ticket.channel).found,
        recorded=recorded_steps(ticket),
    )


def clocks_of(ticket: Ticket, targets: ClockTargets, now: datetime) -> list[ClockStatus]:
    return ticket_clocks(times_of(ticket), targets, now)


def refresh_due_columns(ticket: Ticket, targets: ClockTargets, now: datetime) -> list[ClockStatus]:
    """Store each clock's due time on the row so the queue can sort by clock in SQL."""
    statuses = clocks_of(ticket, targets, now)
    by_kind = {s.kind: s.due_at for s in statuses if s.running or s.stopped_at is not None}
    ticket.response_due_at = by_kind.get(ClockKind.RESPONSE)
    ticket.arrival_due_at = by_kind.get(ClockKind.ARRIVAL)
    ticket.fix_due_at = by_kind.get(ClockKind.FIX)
    return statuses


def search_text_of(ticket: Ticket, system_name: str) -> str:
    """The text that free-text search looks through (lower-cased for Latin letters)."""
    parts = (
        ticket.number,
        ticket.title,
        ticket.description,
        ticket.place,
        system_name,
        ticket.device,
        ticket.requester_name,
        ticket.requester_department,
        ticket.requester_phone,
    )
    return "\n".join(p for p in parts if p).lower()
