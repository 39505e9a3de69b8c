"""One batch of tickets as ticket-log rows: fields, clocks for now, pauses, timeline, figures."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import Ticket, TicketEvent, TicketPause
from app.domain.enums import (
    Channel,
    ClockState,
    LabelledEnum,
    Liability,
    MaintenanceType,
    Severity,
    TicketClass,
    TicketStatus,
    TriageResult,
)
from app.domain.tickets.sla import (
    ClockStatus,
    ClockTargets,
    LoanerState,
    loaner_state,
    paused_total,
    ticket_clocks,
)
from app.exports.tickets.log_stats import StoppedClock, TicketFigures
from app.services.store.loans import loaned_ticket_ids
from app.services.tickets.state import times_of

LATE_ENTRY = timedelta(minutes=1)  # an event recorded later than this after its time is 补记

# The log's result words: a clock in warning is still running (计时中).
_RESULT = {
    ClockState.MET: "达标",
    ClockState.BREACHED: "超时",
    ClockState.RUNNING: "计时中",
    ClockState.WARNING: "计时中",
    ClockState.PAUSED: "已暂停",
    ClockState.NOT_APPLICABLE: "不适用",
    ClockState.SELF_FOUND: "自行发现",
}
_LOANER = {
    LoanerState.DUE: "需提供",
    LoanerState.ISSUED: "已提供",
    LoanerState.PENDING: "不需要",
    LoanerState.NOT_NEEDED: "不需要",
    LoanerState.NOT_APPLICABLE: "—",
}

Row = tuple[object, ...]


def _minutes(delta: timedelta) -> float:
    return round(delta.total_seconds() / 60, 1)


def _label(enum: type[LabelledEnum], value: str | None) -> str | None:
    return enum(value).label if value else None


def _clock_cells(status: ClockStatus) -> Row:
    target = _minutes(status.target)
    limit: float | int = int(target) if target.is_integer() else target
    if status.state in (ClockState.NOT_APPLICABLE, ClockState.SELF_FOUND):
        return limit, None, _RESULT[status.state]
    return limit, _minutes(status.elapsed), _RESULT[status.state]


def _stopped(clocks: Sequence[ClockStatus]) -> tuple[StoppedClock, ...]:
    return tuple(
        StoppedClock(c.kind, _minutes(c.elapsed), c.state is ClockState.MET)
        for c in clocks
        if c.stopped_at is not None and c.state in (ClockState.MET, ClockState.BREACHED)
    )


def ticket_row(
    t: Ticket,
    pauses: Sequence[TicketPause],
    targets: ClockTargets,
    now: datetime,
    loaner_issued: bool = False,
) -> tuple[Row, TicketFigures]:
    """The ticket's log row (TICKET_HEADERS order) and what it adds to its month."""
    times = times_of(t, pauses)
    clocks = ticket_clocks(times, targets, now)
    paused = paused_total(times, now)
    row: Row = (
        t.number,
        _label(TicketClass, t.original_class),
        _label(TicketClass, t.ticket_class),
        _label(Severity, t.severity),
        _label(TicketStatus, t.status),
        _label(Channel, t.channel),
        t.title,
        t.description,
        t.place,
        t.system.name,
        t.device,
        t.is_hardware,
        t.requester_name,
        t.requester_department,
        t.requester_phone,
        t.called_at,
        t.responded_at,
        t.arrived_at,
        t.restored_at,
        t.closed_at,
        _label(TriageResult, t.triage_result),
        t.analysis,
        t.supervisor_name,
        t.confirmed_at,
        t.plan,
        t.cause,
        t.resolution,
        t.prevention,
        _label(MaintenanceType, t.maintenance_type),
        _label(Liability, t.liability),
        t.fixed_at,
        t.reported_at,
        t.reply,
        t.replied_at,
        t.follow_up,
        t.answer,
        *(cell for status in clocks for cell in _clock_cells(status)),
        len(times.pauses),
        _minutes(paused),
        "；".join(p.reason for p in times.pauses if p.reason),
        t.escalation_level,
        _LOANER[loaner_state(times, targets, now, loaner_issued)],
    )
    figures = TicketFigures(
        month=t.called_at.astimezone().strftime("%Y-%m"),
        ticket_class=times.ticket_class,
        severity=times.severity,
        system=t.system.name,
        stopped=_stopped(clocks),
        found=times.found,
    )
    return row, figures


def batch_rows(
    session: Session, ids: Sequence[int], targets: ClockTargets, now: datetime
) -> Iterator[tuple[Row, list[Row], TicketFigures]]:
    """Rows for these ids in this order: four queries for the batch, none per ticket."""
    tickets = {t.id: t for t in session.scalars(select(Ticket).where(Ticket.id.in_(ids)))}
    pauses: dict[int, list[TicketPause]] = defaultdict(list)
    for pause in session.scalars(
        select(TicketPause)
        .where(TicketPause.ticket_id.in_(ids))
        .order_by(TicketPause.started_at, TicketPause.id)
    ):
        pauses[pause.ticket_id].append(pause)
    events: dict[int, list[Row]] = defaultdict(list)
    for e in session.execute(
        select(
            TicketEvent.ticket_id,
            TicketEvent.at,
            TicketEvent.actor,
            TicketEvent.summary,
            TicketEvent.details,
            TicketEvent.recorded_at,
        )
        .where(TicketEvent.ticket_id.in_(ids))
        .order_by(TicketEvent.at, TicketEvent.id)
    ):
        late = e.recorded_at if e.recorded_at - e.at > LATE_ENTRY else None
        events[e.ticket_id].append((e.at, e.actor, e.summary, e.details, late))
    loaned = loaned_ticket_ids(session, ids)
    for ticket_id in ids:
        ticket = tickets.get(ticket_id)
        if ticket is None:  # deleted since the ids were read
            continue
        row, figures = ticket_row(ticket, pauses[ticket_id], targets, now, ticket_id in loaned)
        yield row, [(ticket.number, *e) for e in events[ticket_id]], figures
