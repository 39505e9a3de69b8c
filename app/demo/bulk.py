"""Fast path for the demo's old, closed tickets: the real workflow code, written with Core inserts.

Each ticket is built and worked through ``build_ticket``/``apply_to_ticket``/``record_for_ticket``
as a transient ORM object (never added to a session), so every column, timeline event, pause and
escalation is exactly what the services write; only the INSERTs are batched. Numbers are allocated
here in call order and the ``number_sequence`` rows are stored at the end, so numbering stays
gap-free when the services continue it. Large builds work the chunks in worker processes (they
only read the contract, systems and ladder) while this process writes the rows in order.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Table, func, insert, select, text
from sqlalchemy.orm import Session

from app.db import audit, text_index
from app.db.engine import Database
from app.db.models import (
    Escalation,
    FollowUp,
    MaintainedSystem,
    NumberSequence,
    SignOff,
    Ticket,
    TicketEvent,
    TicketPause,
)
from app.db.models.base import utcnow
from app.demo.work import Escalator, PlannedTicket, Signers, work_steps
from app.domain.numbering import TICKET_PREFIX, format_number
from app.services.contract import load_targets
from app.services.tickets.calls import build_ticket

PARALLEL_FROM = 5000  # fewer old tickets than this are worked in this process
CHUNK = 2000


class NumberBook:
    """Gap-free numbers per year, handed out in call order, stored at the end.

    ``held_for``: when other tickets were opened (inspection findings, written later through
    the services); each keeps the number its time comes to, in ``held``, so the numbers follow
    the time every ticket was opened.
    """

    def __init__(self, held_for: Sequence[datetime] = ()) -> None:
        self.last: dict[int, int] = {}
        self._waiting = sorted(held_for)
        self.held: list[str] = []

    def next(self, called_at: datetime) -> str:
        while self._waiting and self._waiting[0] < called_at:
            self.held.append(self._take(self._waiting.pop(0)))
        return self._take(called_at)

    def _take(self, at: datetime) -> str:
        year = at.astimezone().year  # the same rule as tickets.add_ticket
        self.last[year] = self.last.get(year, 0) + 1
        return format_number(TICKET_PREFIX, year, self.last[year])

    def store(self, session: Session) -> None:
        if not self.last:  # no old tickets at all (a very short demo)
            return
        session.execute(
            insert(NumberSequence.__table__),  # type: ignore[arg-type]
            [{"prefix": TICKET_PREFIX, "year": y, "last_value": v} for y, v in self.last.items()],
        )


@dataclass(frozen=True)
class Chunk:
    """Planned tickets with their ids and numbers, and where to read the reference data."""

    path: Path | str  # the file, or the server's URL (workers open their own connections)
    planned: list[PlannedTicket]
    first_id: int
    numbers: list[str]
    escalate: Escalator
    signers: Signers


@dataclass
class Rows:
    """What one chunk writes, table by table."""

    tickets: list[dict[str, Any]] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)
    pauses: list[dict[str, Any]] = field(default_factory=list)
    escalations: list[dict[str, Any]] = field(default_factory=list)
    signoffs: list[dict[str, Any]] = field(default_factory=list)
    follow_ups: list[dict[str, Any]] = field(default_factory=list)


def _row(obj: object, table: Table, stamp: datetime, **fixed: Any) -> dict[str, Any]:
    """The column values of a transient object, with the column defaults an INSERT would apply."""
    row: dict[str, Any] = {}
    loaded = obj.__dict__  # the instance's values, read without the ORM's attribute machinery
    for column in table.columns:
        if column.key == "id" and column.key not in fixed:
            continue
        value = loaded.get(column.key)
        if value is None and column.key in ("created_at", "updated_at"):
            value = stamp
        elif value is None and column.default is not None and column.default.is_scalar:
            value = column.default.arg  # type: ignore[attr-defined]
        row[column.key] = value
    row.update(fixed)
    return row


def _apply_defaults(ticket: Ticket) -> None:
    """The column defaults an INSERT would apply, applied now (the rules read some of them)."""
    for column in Ticket.__table__.columns:
        default = column.default
        if ticket.__dict__.get(column.key) is None and default is not None and default.is_scalar:
            setattr(ticket, column.key, default.arg)  # type: ignore[attr-defined]


def work_chunk(chunk: Chunk) -> Rows:
    """Work every ticket of a chunk as transient objects; return the rows to insert."""
    database = (
        Database.open_url(chunk.path)
        if isinstance(chunk.path, str)
        else Database.open_file(chunk.path)
    )
    rows = Rows()
    stamp = utcnow()
    try:
        with database.read() as session:
            targets = load_targets(session)
            systems = {s.code: s for s in session.scalars(select(MaintainedSystem))}
            for offset, item in enumerate(chunk.planned):
                ticket_id = chunk.first_id + offset
                system = systems[item.call.system_code]
                call = item.call
                ticket = build_ticket(
                    call, chunk.numbers[offset], system, call.called_at, item.actor, item.user_id
                )
                _apply_defaults(ticket)
                signed = work_steps(
                    session,
                    ticket,
                    item.steps,
                    targets,
                    chunk.escalate,
                    chunk.signers,
                    (item.user_id, item.actor),
                )
                rows.tickets.append(
                    _row(ticket, Ticket.__table__, stamp, id=ticket_id, system_id=system.id)
                )
                rows.events += [
                    _row(e, TicketEvent.__table__, stamp, ticket_id=ticket_id)
                    for e in ticket.events
                ]
                rows.pauses += [
                    _row(p, TicketPause.__table__, stamp, ticket_id=ticket_id)
                    for p in ticket.pauses
                ]
                rows.escalations += [
                    _row(e, Escalation.__table__, stamp, ticket_id=ticket_id)
                    for e in ticket.escalations
                ]
                rows.follow_ups += [
                    _row(f, FollowUp.__table__, stamp, ticket_id=ticket_id)
                    for f in ticket.follow_ups
                ]
                rows.signoffs += [
                    _row(o, SignOff.__table__, stamp, subject_id=ticket_id) for o in signed
                ]
    finally:
        database.dispose()
    return rows


# The tables a chunk writes beside its tickets, and the column naming the ticket.
CHILDREN = (
    (TicketEvent.__table__, "ticket_id"),
    (TicketPause.__table__, "ticket_id"),
    (Escalation.__table__, "ticket_id"),
    (SignOff.__table__, "subject_id"),
    (FollowUp.__table__, "ticket_id"),
)


def insert_rows(session: Session, rows: Rows) -> None:
    """Batched INSERTs, parents first."""
    for table, values in (
        (Ticket.__table__, rows.tickets),
        (TicketEvent.__table__, rows.events),
        (TicketPause.__table__, rows.pauses),
        (Escalation.__table__, rows.escalations),
        (SignOff.__table__, rows.signoffs),
        (FollowUp.__table__, rows.follow_ups),
    ):
        if values:
            session.execute(insert(table), values)  # type: ignore[arg-type]


def audit_rows(
    connection: Connection,
    ticket_ids: list[int],
    before: dict[str, int],
    context: Callable[[str], audit.AuditContext],
) -> None:
    """One audit record per ticket written by INSERTs: the ticket and its rows, read back as
    stored (the ORM's listener never saw them)."""
    tickets = audit.read_rows(connection, "ticket", ticket_ids)
    children: dict[int, list[tuple[str, dict[str, Any]]]] = {}
    for table, key in CHILDREN:
        statement = text(f'SELECT * FROM "{table.name}" WHERE id > :last ORDER BY id')
        for row in connection.execute(statement, {"last": before[table.name]}).mappings():
            children.setdefault(row[key], []).append((table.name, dict(row)))
    schemas: dict[Any, int] = {}
    records = []
    for ticket_id in ticket_ids:
        row = tickets[ticket_id]
        changes = [audit.inserted(connection, schemas, "ticket", row)]
        changes += [
            audit.inserted(connection, schemas, name, child)
            for name, child in children.get(ticket_id, [])
        ]
        records.append((context(row["number"]), changes))
    audit.append_many(connection, records)


def server_url(database: Database) -> str:
    """The server's URL with its password, for the worker processes (never shown or logged)."""
    url = database.url
    return url if isinstance(url, str) else url.render_as_string(hide_password=False)


def _last_ids(session: Session) -> dict[str, int]:
    return {
        table.name: session.scalar(select(func.max(table.c.id))) or 0 for table, _key in CHILDREN
    }


def _chunks(
    path: Path | str,
    planned: Iterable[PlannedTicket],
    numbers: NumberBook,
    escalate: Escalator,
    signers: Signers,
) -> Iterator[Chunk]:
    batch: list[PlannedTicket] = []
    next_id = 1
    for item in planned:
        batch.append(item)
        if len(batch) == CHUNK:
            numbered = [numbers.next(p.call.called_at) for p in batch]
            yield Chunk(path, batch, next_id, numbered, escalate, signers)
            next_id += len(batch)
            batch = []
    if batch:
        numbered = [numbers.next(p.call.called_at) for p in batch]
        yield Chunk(path, batch, next_id, numbered, escalate, signers)


def write_old_tickets(
    database: Database,
    planned: Iterable[PlannedTicket],
    count: int,
    escalate: Escalator,
    signers: Signers,
    context: Callable[[str], audit.AuditContext],
    progress: Callable[[int], None] | None = None,
    held_for: Sequence[datetime] = (),
) -> list[str]:
    """Write ``count`` planned tickets (in call order, ids from 1) and the number sequence,
    each with its audit record (``context`` names who wrote it, given the ticket's number).

    ``progress`` is told how many tickets each written chunk held. Returns the numbers kept for
    the first of ``held_for`` (tickets opened before the last of these calls; ``NumberBook``).
    """
    numbers = NumberBook(held_for)
    where = database.path if database.path is not None else server_url(database)
    chunks = _chunks(where, planned, numbers, escalate, signers)
    workers = min(2, os.cpu_count() or 1) if count >= PARALLEL_FROM else 1

    def store(rows: Rows) -> None:
        with database.transaction() as session:
            # The audit index grows by a million rows: a page cache that holds it keeps the
            # INSERTs from reading the disk (SQLite's default is 2 MiB).
            if not database.is_server:
                session.connection().exec_driver_sql("PRAGMA cache_size = -262144")
            before = _last_ids(session)
            with text_index.bulk_load(session):  # indexed once per chunk, not row by row
                insert_rows(session, rows)
            ids = [row["id"] for row in rows.tickets]
            audit_rows(session.connection(), ids, before, context)
        if progress:
            progress(len(rows.tickets))

    if workers == 1:
        for chunk in chunks:
            store(work_chunk(chunk))
    else:
        spawn = multiprocessing.get_context("spawn")
        with ProcessPoolExecutor(workers, mp_context=spawn) as pool:
            pending: deque[Future[Rows]] = deque()
            for chunk in chunks:
                pending.append(pool.submit(work_chunk, chunk))
                if len(pending) > workers:
                    store(pending.popleft().result())
            while pending:
                store(pending.popleft().result())
    with database.transaction() as session:
        numbers.store(session)
        if database.is_server:  # the ids were given: the next ticket's id follows the last
            session.execute(
                text("SELECT setval(pg_get_serial_sequence('ticket', 'id'), max(id)) FROM ticket")
            )
    return numbers.held
