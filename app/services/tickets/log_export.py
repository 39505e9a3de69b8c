"""Export the 工单台账 (ticket log) workbook for a date range and the queue's filter, in batches."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from sqlalchemy import select

from app.db.models import MaintainedSystem
from app.exports.tickets.log import TicketLogWriter
from app.exports.xlsx import PrintHeading, period_text
from app.services.audit_trail import record_export, require_export
from app.services.context import Desk
from app.services.contract import load_targets
from app.services.tickets.log_rows import batch_rows
from app.services.tickets.queue import QueueFilter, SortKey, query_ids

BATCH_SIZE = 2000
CANCEL_EVERY = 100  # tickets between cancel checks inside a batch (~0.25 s)


class ExportCancelled(Exception):
    """The user cancelled the export; no file was left behind."""


def local_day_start(day: date) -> datetime:
    """The UTC instant at which ``day`` begins on the workstation's clock."""
    return datetime.combine(day, time.min).astimezone().astimezone(UTC)


def export_filter(
    flt: QueueFilter | None, date_from: date | None, date_to: date | None
) -> QueueFilter:
    """The queue's filter narrowed to the local calendar days [date_from, date_to]."""
    flt = flt or QueueFilter()
    starts = [t for t in (flt.called_from,) if t is not None]
    ends = [t for t in (flt.called_to,) if t is not None]
    if date_from is not None:
        starts.append(local_day_start(date_from))
    if date_to is not None:
        ends.append(local_day_start(date_to + timedelta(days=1)))
    return replace(
        flt,
        called_from=max(starts) if starts else None,
        called_to=min(ends) if ends else None,
    )


def export_ticket_log(
    desk: Desk,
    out_path: Path,
    date_from: date | None,
    date_to: date | None,
    flt: QueueFilter | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """Write the ticket log to ``out_path``; returns the number of ticket rows written.

    Tickets stream in batches of BATCH_SIZE ids ordered by call time, clocks computed for now.
    ``progress(done, total)`` is called before the first batch and after each one; when
    ``cancelled()`` turns true, ExportCancelled is raised and no file is left behind.
    """
    require_export(desk)
    ids = query_ids(desk, export_filter(flt, date_from, date_to), SortKey.CALLED_AT, False)
    total = len(ids)
    now = desk.clock.now()

    def check() -> None:
        if cancelled is not None and cancelled():
            raise ExportCancelled

    with desk.db.read() as session:
        targets = load_targets(session)
        systems = session.scalars(
            select(MaintainedSystem.name).order_by(MaintainedSystem.sort_order, MaintainedSystem.id)
        ).all()
        heading = PrintHeading("工单台账", period_text(date_from, date_to), now)
        with TicketLogWriter(Path(out_path), systems, heading) as log:
            if progress is not None:
                progress(0, total)
            for start in range(0, total, BATCH_SIZE):
                check()
                batch = ids[start : start + BATCH_SIZE]
                rows = batch_rows(session, batch, targets, now)
                for index, (row, events, figures) in enumerate(rows, 1):
                    log.add_ticket(row, events, figures)
                    if index % CANCEL_EVERY == 0:
                        check()
                session.expunge_all()  # keep memory flat: drop the batch's objects
                if progress is not None:
                    progress(start + len(batch), total)
            check()
            log.commit()
            written = log.ticket_rows
    record_export(desk, "工单台账", Path(out_path), written)
    return written
