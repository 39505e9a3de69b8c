"""The ticket queue: filter and sort in SQL, return ids, fetch rows for one page at a time."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from sqlalchemy import Select, case, func, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from app.db import sqlite, text_index
from app.db.models import Escalation, MaintainedSystem, Ticket, TicketPause
from app.domain.enums import ClockState, Severity, TicketClass, TicketStatus
from app.domain.tickets.attention import Attention
from app.domain.tickets.sla import (
    ClockStatus,
    LoanerState,
    Pause,
    loaner_state,
    ticket_clocks,
)
from app.services.context import Desk
from app.services.contract import load_targets
from app.services.like import ESCAPE, contains_pattern
from app.services.store.loans import has_loaner_column
from app.services.tickets.state import times_of


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


# Every status but closed, spelled out so the (status, called_at) index serves "open only".
OPEN_STATUSES = tuple(s.value for s in TicketStatus if s is not TicketStatus.CLOSED)


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
    attention: Attention | None = None  # a status-bar count's tickets (open ones only)


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


def text_condition(text: str, dialect: str) -> list[ColumnElement[bool]]:
    """Every word of ``text`` must appear in the ticket's text (Chinese substrings of any length).

    The one place that decides how free text is matched: on SQLite the bigram index narrows the
    tickets first (``app.db.text_index``), then a plain LIKE per word, the same on SQLite and
    PostgreSQL, gives the exact result.
    """
    words = [word.lower() for word in text.split()]
    conditions: list[ColumnElement[bool]] = [
        Ticket.search_text.like(contains_pattern(word), escape=ESCAPE) for word in words
    ]
    indexed = text_index.matching_ids(dialect, words)
    if indexed is not None:
        conditions.insert(0, Ticket.id.in_(indexed))
    return conditions


def _conditions(
    flt: QueueFilter, dialect: str, attention_ids: Collection[int] = ()
) -> list[ColumnElement[bool]]:
    """``attention_ids``: the tickets ``flt.attention`` names (computed from their clocks)."""
    conditions: list[ColumnElement[bool]] = []
    if flt.attention is not None:
        conditions.append(Ticket.id.in_(sorted(attention_ids)))
    if flt.statuses:
        conditions.append(Ticket.status.in_([s.value for s in flt.statuses]))
    if flt.open_only:
        conditions.append(Ticket.status.in_(OPEN_STATUSES))
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
    conditions.extend(text_condition(flt.text, dialect))
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


_DUE_KEYS = frozenset({SortKey.RESPONSE, SortKey.ARRIVAL, SortKey.FIX})


def ids_statement(
    flt: QueueFilter,
    sort: SortKey = SortKey.CALLED_AT,
    descending: bool = True,
    dialect: str = sqlite.DIALECT,
    attention_ids: Collection[int] = (),
) -> Select[tuple[int]]:
    """The SELECT of every matching ticket id, in queue order (ties broken by id)."""
    expression = _sort_expression(sort)
    ordering = expression.desc() if descending else expression.asc()
    if sort in _DUE_KEYS:
        # No due time (a clock paused, or one the ticket does not run) sorts as the farthest.
        # Said explicitly: SQLite and PostgreSQL put NULLs at opposite ends by default.
        ordering = ordering.nulls_first() if descending else ordering.nulls_last()
    tie = Ticket.id.desc() if descending else Ticket.id.asc()
    statement = select(Ticket.id).where(*_conditions(flt, dialect, attention_ids))
    statement = statement.order_by(ordering, tie)
    if sort is SortKey.SYSTEM:
        statement = statement.join(MaintainedSystem, Ticket.system_id == MaintainedSystem.id)
    return statement


def _scalar_ints(session: Session, statement: Select[tuple[int]]) -> list[int]:
    """Run ``statement`` and read its one integer column straight off the driver's cursor.

    SQLAlchemy compiles and binds the statement as usual; only the fetch skips its Row objects.
    With 100,000 ids, building 100,000 Rows (or ORM results) at once costs more than the query:
    every one is a container the cyclic garbage collector has to count, so it runs several full
    collections over the whole heap while the list fills. Iterating the cursor keeps one row
    alive at a time, and a list of ints is invisible to the collector. Integers need no result
    processing on SQLite or PostgreSQL.
    """
    result = session.connection().execute(statement)
    try:
        return [value for (value,) in result.cursor]
    finally:
        result.close()


def query_ids(
    desk: Desk,
    flt: QueueFilter,
    sort: SortKey = SortKey.CALLED_AT,
    descending: bool = True,
) -> list[int]:
    """The ids of every matching ticket, in order; rows are fetched separately per page."""
    with desk.db.read() as session:
        named = _attention_ids(session, flt, desk.clock.now())
        statement = ids_statement(flt, sort, descending, desk.db.dialect, named)
        return _scalar_ints(session, statement)


def count(desk: Desk, flt: QueueFilter) -> int:
    with desk.db.read() as session:
        named = _attention_ids(session, flt, desk.clock.now())
        where = _conditions(flt, desk.db.dialect, named)
        return session.scalar(select(func.count(Ticket.id)).where(*where)) or 0


def _attention_ids(session: Session, flt: QueueFilter, now: datetime) -> set[int]:
    if flt.attention is None:
        return set()
    return attention_sets(session, now)[flt.attention]


# Only the columns a queue line and its clocks need: loading whole Ticket entities (some 40
# columns, a dozen of them datetimes to convert) made a page of 200 rows twice as slow.
_CLOCK_COLUMNS = (
    Ticket.id,
    Ticket.ticket_class,
    Ticket.severity,
    Ticket.called_at,
    Ticket.responded_at,
    Ticket.arrived_at,
    Ticket.restored_at,
    Ticket.closed_at,
    Ticket.is_hardware,
    Ticket.channel,
)
_ROW_COLUMNS = (
    *_CLOCK_COLUMNS,
    Ticket.number,
    Ticket.status,
    Ticket.title,
    Ticket.place,
    Ticket.requester_name,
    Ticket.escalation_level,
    Ticket.paused_since,
    MaintainedSystem.name.label("system_name"),
)


def _pauses_by_ticket(
    session: Session, ticket_ids: Sequence[int] | Select[tuple[int]]
) -> dict[int, list[Pause]]:
    """The pauses of these tickets (one query, not one per ticket), oldest first."""
    pauses: dict[int, list[Pause]] = defaultdict(list)
    rows = session.execute(
        select(
            TicketPause.ticket_id, TicketPause.started_at, TicketPause.ended_at, TicketPause.reason
        )
        .where(TicketPause.ticket_id.in_(ticket_ids))
        .order_by(TicketPause.ticket_id, TicketPause.started_at, TicketPause.id)
    )
    for ticket_id, started_at, ended_at, reason in rows:
        pauses[ticket_id].append(Pause(started_at, ended_at, reason))
    return pauses


def fetch_rows(desk: Desk, ids: Sequence[int]) -> list[QueueRow]:
    """Rows for these ids, in the same order, with clocks computed for now.

    Three queries whatever the number of ids: the contract's targets, the tickets joined to
    their systems, and their pauses. Ids of deleted tickets are left out.
    """
    if not ids:
        return []
    now = desk.clock.now()
    with desk.db.read() as session:
        targets = load_targets(session)
        found = {
            row.id: row
            for row in session.execute(
                select(*_ROW_COLUMNS, has_loaner_column())
                .join(MaintainedSystem, Ticket.system_id == MaintainedSystem.id)
                .where(Ticket.id.in_(ids))
            )
        }
        pauses = _pauses_by_ticket(session, ids)
    rows = []
    for ticket_id in ids:
        row = found.get(ticket_id)
        if row is None:
            continue
        times = times_of(row, pauses.get(ticket_id, ()))
        rows.append(
            QueueRow(
                id=row.id,
                number=row.number,
                ticket_class=times.ticket_class,
                severity=times.severity,
                status=TicketStatus(row.status),
                title=row.title,
                system_name=row.system_name,
                place=row.place,
                requester_name=row.requester_name,
                called_at=row.called_at,
                clocks=ticket_clocks(times, targets, now),
                loaner=loaner_state(times, targets, now, issued=row.has_loaner),
                escalation_level=row.escalation_level,
                paused=row.paused_since is not None,
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
    escalated: int = 0


def attention_sets(session: Session, now: datetime) -> dict[Attention, set[int]]:
    """The open tickets each status-bar count counts (one pass over the open tickets)."""
    is_open = Ticket.status.in_(OPEN_STATUSES)
    targets = load_targets(session)
    tickets = session.execute(select(*_CLOCK_COLUMNS, has_loaner_column()).where(is_open)).all()
    pauses = _pauses_by_ticket(session, select(Ticket.id).where(is_open))
    sets: dict[Attention, set[int]] = {attention: set() for attention in Attention}
    for ticket in tickets:
        times = times_of(ticket, pauses.get(ticket.id, ()))
        states = {s.state for s in ticket_clocks(times, targets, now) if s.running}
        if ClockState.BREACHED in states:
            sets[Attention.BREACHED].add(ticket.id)
        elif ClockState.WARNING in states:
            sets[Attention.WARNING].add(ticket.id)
        if loaner_state(times, targets, now, ticket.has_loaner) is LoanerState.DUE:
            sets[Attention.LOANER_DUE].add(ticket.id)
    sets[Attention.ESCALATED] = set(
        session.scalars(
            select(Escalation.ticket_id).where(Escalation.acknowledged_at.is_(None)).distinct()
        )
    )
    return sets


def summary(desk: Desk) -> QueueSummary:
    """Open tickets, and how many each status-bar count names."""
    now = desk.clock.now()
    with desk.db.read() as session:
        open_tickets = session.scalar(
            select(func.count(Ticket.id)).where(Ticket.status.in_(OPEN_STATUSES))
        )
        sets = attention_sets(session, now)
    return QueueSummary(
        open_tickets or 0,
        len(sets[Attention.BREACHED]),
        len(sets[Attention.WARNING]),
        len(sets[Attention.LOANER_DUE]),
        len(sets[Attention.ESCALATED]),
    )
