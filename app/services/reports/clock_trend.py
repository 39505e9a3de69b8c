"""The six-month trend of the operating-status report: per month, the stopped clocks and how many
met their target, from a clocks-only pass over the tickets (no breaches, faults or loaners)."""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from collections.abc import Sequence
from datetime import timedelta
from typing import Any

from sqlalchemy import DateTime, select, type_coerce
from sqlalchemy.orm import Session

from app.db.models import Ticket, TicketPause
from app.domain.enums import Channel, ClockKind, Severity, TicketClass
from app.domain.reports.figures import Tally
from app.domain.reports.periods import Period
from app.domain.tickets.sla import ClockTargets, Pause, TicketTimes, stopped_clocks
from app.services.tickets.log_export import local_day_start

ClockTallies = dict[ClockKind, Tally]


def _stored(column: Any) -> Any:
    """A time column as stored (naive UTC), without making each value aware: a third of the
    pass's time on a big database."""
    return type_coerce(column, DateTime())


def clock_tallies_by_month(
    session: Session, months: Sequence[Period], targets: ClockTargets
) -> dict[str, ClockTallies]:
    """Each month's (yyyy-mm, local calendar) stopped clocks, counted as the full engine counts
    them in ``ticket_figures``; only the columns the clocks need are read, as the stored naive
    UTC times (every time here is UTC, and a stopped clock's outcome needs no "now")."""
    starts = [local_day_start(m.first) for m in months]
    end = local_day_start(months[-1].last + timedelta(days=1))
    in_range = (Ticket.called_at >= starts[0], Ticket.called_at < end)
    bounds = [start.replace(tzinfo=None) for start in starts]
    pauses: dict[int, list[Pause]] = defaultdict(list)
    for ticket_id, started_at, ended_at in session.execute(
        select(
            TicketPause.ticket_id, _stored(TicketPause.started_at), _stored(TicketPause.ended_at)
        )
        .join(Ticket, Ticket.id == TicketPause.ticket_id)
        .where(*in_range)
        .order_by(TicketPause.started_at, TicketPause.id)
    ):
        pauses[ticket_id].append(Pause(started_at, ended_at))
    counts = [{kind: [0, 0] for kind in ClockKind} for _ in months]
    classes = {c.value: c for c in TicketClass}
    severities = {s.value: s for s in Severity}
    found = {c.value: c.found for c in Channel}
    rows = session.execute(
        select(
            Ticket.id,
            Ticket.ticket_class,
            Ticket.severity,
            Ticket.channel,
            _stored(Ticket.called_at),
            _stored(Ticket.responded_at),
            _stored(Ticket.arrived_at),
            _stored(Ticket.restored_at),
            _stored(Ticket.closed_at),
        ).where(*in_range)
    )
    for (
        ticket_id,
        ticket_class,
        severity,
        channel,
        called,
        responded,
        arrived,
        restored,
        closed,
    ) in rows:
        times = TicketTimes(
            ticket_class=classes[ticket_class],
            severity=severities[severity],
            called_at=called,
            responded_at=responded,
            arrived_at=arrived,
            restored_at=restored,
            closed_at=closed,
            pauses=pauses.get(ticket_id, ()),
            found=found[channel],
        )
        month = counts[bisect_right(bounds, called) - 1]
        for kind, met in stopped_clocks(times, targets):
            tally = month[kind]
            tally[0] += 1
            tally[1] += met
    return {
        m.first.strftime("%Y-%m"): {kind: Tally(*counts[i][kind]) for kind in ClockKind}
        for i, m in enumerate(months)
    }
