"""The ticket queue: filter and sort in SQL, return ids, fetch rows for one page at a time."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from sqlalchemy import case, func, select
from sqlalchemy.orm import selectinload
from sqlalchemy.sql.elements import ColumnElement

from app.db.models import MaintainedSystem, Ticket, TicketPause
from app.domain.enums import ClockState, Severity, TicketClass, TicketStatus
from app.domain.sla import ClockStatus, LoanerState, loaner_state, ticket_clocks
from app.services.context import Desk
from app.services.contract import load_targets
from app.services.ticket_state import times_of


class SortKey(StrEnum):
    NUMBER = "number"
    CLASS = "class"
    SEVERITY = "severity"
    STATUS = "status"
    TITLE = "title"
    SYSTEM = "system"
    PLACE = "place"
    REQUESTER = "requester"
    CALLED_AT = "called_at"
    RESPONSE = "response"
    ARRIVAL = "arrival"
    FIX = "fix"


@dataclass(frozen=True)
class QueueFilter:
    """What the queue shows; every field empty means everything."""

    statuses: tuple[TicketStatus, ...] = ()
    open_only: bool = False
    ticket_class: TicketClass | None = None
    severity: Severity | None = None
    system_id: int | None = None
    called_from: datetime | None = None
    called_to: datetime | None = None
    text: str = ""


@dataclass(frozen=True)
class QueueRow:
    """One line of the queue."""

    id: int
    number: str
    ticket_class: TicketClass
    severity: Severity
    status: TicketStatus
    title: str
    system_name: str
    place: str
    requester_name: str
    called_at: datetime
    clocks: list[ClockStatus]
    loaner: LoanerState
    escalation_level: int
    paused: bool


def _escape_like(term: str) -> str:
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def text_condition(text: str) -> list[ColumnElement[bool]]:
    """Every word of ``text`` must appear in the ticket's text (Chinese substrings of any length).

    The one place that decides how free text is matched: a plain LIKE that works the same on
    SQLite and PostgreSQL.
    """
    return [
        Ticket.search_text.like(f"%{_escape_like(word.lower())}%", escape="\\")
        for word in text.split()
    ]


def _conditions(flt: QueueFilter) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if flt.statuses:
        conditions.append(Ticket.status.in_([s.value for s in flt.statuses]))
    if flt.open_only:
        conditions.append(Ticket.status != TicketStatus.CLOSED.value)
    if flt.ticket_class is not None:
        conditions.append(Ticket.ticket_class == flt.ticket_class.value)
    if flt.severity is not None:
        conditions.append(Ticket.severity == flt.severity.value)
    if flt.system_id is not None:
        conditions.append(Ticket.system_id == flt.system_id)
    if flt.called_from is not None:
        conditions.append(Ticket.called_at >= flt.called_from)
    if flt.called_to is not None:
        conditions.append(Ticket.called_at < flt.called_to)
    conditions.extend(text_condition(flt.text))
    return conditions


def _rank(column: ColumnElement, order: Sequence[StrEnum]) -> ColumnElement:
    return case({value.value: rank for rank, value in enumerate(order)}, value=column, else_=99)


def _sort_expression(key: SortKey) -> ColumnElement:
    return {
        SortKey.NUMBER: Ticket.number,
        SortKey.CLASS: Ticket.ticket_class,
        SortKey.SEVERITY: _rank(Ticket.severity, list(Severity)),
        SortKey.STATUS: _rank(Ticket.status, list(TicketStatus)),
        SortKey.TITLE: Ticket.title,
        SortKey.SYSTEM: MaintainedSystem.sort_order,
        SortKey.PLACE: Ticket.place,
        SortKey.REQUESTER: Ticket.requester_name,
        SortKey.CALLED_AT: Ticket.called_at,
        SortKey.RESPONSE: Ticket.response_due_at,
        SortKey.ARRIVAL: Ticket.arrival_due_at,
        SortKey.FIX: Ticket.fix_due_at,
    }[key]


def query_ids(
    desk: Desk,
    flt: QueueFilter,
    sort: SortKey = SortKey.CALLED_AT,
    descending: bool = True,
) -> list[int]:
    """The ids of every matching ticket, in order; rows are fetched separately per page."""
    expression = _sort_expression(sort)
    ordering = expression.desc() if descending else expression.asc()
    tie = Ticket.id.desc() if descending else Ticket.id.asc()
    statement = select(Ticket.id).where(*_conditions(flt)).order_by(ordering, tie)
    if sort is SortKey.SYSTEM:
        statement = statement.join(MaintainedSystem, Ticket.system_id == MaintainedSystem.id)
    with desk.db.read() as session:
        return list(session.scalars(statement))


def count(desk: Desk, flt: QueueFilter) -> int:
    with desk.db.read() as session:
        return session.scalar(select(func.count(Ticket.id)).where(*_conditions(flt))) or 0


def fetch_rows(desk: Desk, ids: Sequence[int]) -> list[QueueRow]:
    """Rows for these ids, in the same order, with clocks computed for now."""
    if not ids:
        return []
    now = desk.clock.now()
    with desk.db.read() as session:
        targets = load_targets(session)
        tickets = {t.id: t for t in session.scalars(select(Ticket).where(Ticket.id.in_(ids)))}
        pauses: dict[int, list[TicketPause]] = defaultdict(list)
        for pause in session.scalars(select(TicketPause).where(TicketPause.ticket_id.in_(ids))):
            pauses[pause.ticket_id].append(pause)
        rows = []
        for ticket_id in ids:
            ticket = tickets.get(ticket_id)
            if ticket is None:
                continue
            times = times_of(ticket, pauses[ticket_id])
            rows.append(
                QueueRow(
                    id=ticket.id,
                    number=ticket.number,
                    ticket_class=TicketClass(ticket.ticket_class),
                    severity=Severity(ticket.severity),
                    status=TicketStatus(ticket.status),
                    title=ticket.title,
                    system_name=ticket.system.name,
                    place=ticket.place,
                    requester_name=ticket.requester_name,
                    called_at=ticket.called_at,
                    clocks=ticket_clocks(times, targets, now),
                    loaner=loaner_state(times, targets, now),
                    escalation_level=ticket.escalation_level,
                    paused=ticket.paused_since is not None,
                )
            )
        return rows


@dataclass(frozen=True)
class QueueSummary:
    """The counts the status bar shows."""

    open_tickets: int
    breaching: int
    warning: int
    loaners_due: int


def summary(desk: Desk) -> QueueSummary:
    """Open tickets, and how many have a running clock breached or in warning."""
    now = desk.clock.now()
    with desk.db.read() as session:
        targets = load_targets(session)
        tickets = session.scalars(
            select(Ticket)
            .where(Ticket.status != TicketStatus.CLOSED.value)
            .options(selectinload(Ticket.pauses))
        ).all()
        breaching = warning = loaners = 0
        for ticket in tickets:
            times = times_of(ticket)
            states = {s.state for s in ticket_clocks(times, targets, now) if s.running}
            breaching += ClockState.BREACHED in states
            warning += ClockState.WARNING in states and ClockState.BREACHED not in states
            loaners += loaner_state(times, targets, now) is LoanerState.DUE
        return QueueSummary(len(tickets), breaching, warning, loaners)
