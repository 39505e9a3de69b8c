"""The ticket figures of the operating-status report, from the stored times through the one clock
engine (``domain.tickets.sla``): per-clock achievement as the ticket log counts it, the loaner
rule, breaches with their causes, and fault statistics per system."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import Device, MaintainedSystem, Ticket, TicketEvent, TicketPause
from app.domain.enums import ClockKind, ClockState, Severity, TicketClass
from app.domain.reports.figures import Tally
from app.domain.reports.periods import Period
from app.domain.tickets.sla import (
    ClockTargets,
    LoanerState,
    Pause,
    clock_stop,
    loaner_state,
    outage,
    ticket_clocks,
)
from app.services.store.loans import loaned_ticket_ids
from app.services.tickets.log_export import local_day_start
from app.services.tickets.state import times_of

COLUMNS = (
    Ticket.id,
    Ticket.number,
    Ticket.title,
    Ticket.ticket_class,
    Ticket.severity,
    Ticket.channel,
    Ticket.called_at,
    Ticket.responded_at,
    Ticket.arrived_at,
    Ticket.restored_at,
    Ticket.closed_at,
    Ticket.is_hardware,
    Ticket.cause,
    Ticket.device,
    Ticket.device_id,
    Ticket.system_id,
)


@dataclass(frozen=True)
class Breach:
    """A clock that ran past its target on a ticket of the period."""

    number: str
    title: str
    clock: ClockKind
    target: timedelta
    elapsed: timedelta
    stopped: bool
    reason: str

    @property
    def overrun(self) -> timedelta:
        return self.elapsed - self.target


@dataclass
class SystemFaults:
    """A system's defects of the period."""

    name: str
    severities: Counter[Severity] = field(default_factory=Counter)
    restored: int = 0
    outages: list[timedelta] = field(default_factory=list)

    @property
    def total(self) -> int:
        return sum(self.severities.values())


@dataclass
class TicketFigures:
    """Everything the report says about the tickets called in one period."""

    tickets: int = 0
    found: int = 0
    consultations: int = 0
    clocks: dict[ClockKind, Tally] = field(default_factory=lambda: {k: Tally() for k in ClockKind})
    found_fix: Tally = field(default_factory=Tally)
    loaner: Tally = field(default_factory=Tally)  # needed, of which a loaner went out
    breaches: list[Breach] = field(default_factory=list)
    systems: dict[str, SystemFaults] = field(default_factory=dict)
    repair_times: list[timedelta] = field(default_factory=list)
    devices: Counter[str] = field(default_factory=Counter)
    causes: Counter[str] = field(default_factory=Counter)
    defects: int = 0
    open_defects: int = 0


def _pauses(session: Session, ids: Sequence[int]) -> dict[int, list[Pause]]:
    found: dict[int, list[Pause]] = defaultdict(list)
    for start in range(0, len(ids), 900):
        batch = ids[start : start + 900]
        for row in session.execute(
            select(
                TicketPause.ticket_id,
                TicketPause.started_at,
                TicketPause.ended_at,
                TicketPause.reason,
            )
            .where(TicketPause.ticket_id.in_(batch))
            .order_by(TicketPause.started_at, TicketPause.id)
        ):
            found[row.ticket_id].append(Pause(row.started_at, row.ended_at, row.reason))
    return found


def _loaned(session: Session, ids: Sequence[int]) -> set[int]:
    loaned: set[int] = set()
    for start in range(0, len(ids), 900):
        loaned |= set(loaned_ticket_ids(session, ids[start : start + 900]))
    return loaned


def day_range(first: date, last: date) -> tuple[datetime, datetime]:
    return local_day_start(first), local_day_start(last + timedelta(days=1))


def ticket_figures(
    session: Session, period: Period, targets: ClockTargets, now: datetime
) -> TicketFigures:
    """The figures of the tickets called on the period's days, clocks computed for ``now``."""
    figures = figures_by_key(session, period.first, period.last, targets, now, lambda _: "all")
    return figures.get("all", TicketFigures())


def figures_by_key(
    session: Session,
    first: date,
    last: date,
    targets: ClockTargets,
    now: datetime,
    key_of: Callable[[datetime], str],
) -> dict[str, TicketFigures]:
    """The figures of the tickets called on the days [first, last], grouped by ``key_of`` their
    call time."""
    start, end = day_range(first, last)
    rows = session.execute(
        select(*COLUMNS)
        .where(Ticket.called_at >= start, Ticket.called_at < end)
        .order_by(Ticket.called_at, Ticket.id)
    ).all()
    ids = [r.id for r in rows]
    pauses = _pauses(session, ids)
    loaned = _loaned(session, [r.id for r in rows if r.is_hardware])
    systems = dict(session.execute(select(MaintainedSystem.id, MaintainedSystem.name)).all())
    groups: dict[str, TicketFigures] = {}
    for row in rows:
        figures = groups.setdefault(key_of(row.called_at), TicketFigures())
        times = times_of(row, pauses.get(row.id, ()))
        _add_ticket(figures, row, times, ticket_clocks(times, targets, now))
        loaner = loaner_state(times, targets, now, row.id in loaned)
        if loaner in (LoanerState.DUE, LoanerState.ISSUED):
            figures.loaner = figures.loaner.add(loaner is LoanerState.ISSUED)
        if times.ticket_class is not TicketClass.DEFECT:
            figures.consultations += 1
            continue
        _add_defect(figures, row, times, systems.get(row.system_id, "—"), now)
    return groups


def _add_ticket(figures: TicketFigures, row, times, clocks) -> None:  # type: ignore[no-untyped-def]
    """The stopped clocks as the ticket log counts them (met or breached once stopped), and every
    breach, stopped or still running."""
    figures.tickets += 1
    figures.found += times.found
    for status in clocks:
        if status.stopped_at is not None and status.state in (ClockState.MET, ClockState.BREACHED):
            met = status.state is ClockState.MET
            figures.clocks[status.kind] = figures.clocks[status.kind].add(met)
            if status.kind is ClockKind.FIX and times.found:
                figures.found_fix = figures.found_fix.add(met)
        if status.state is ClockState.BREACHED:
            reasons = "；".join(p.reason for p in times.pauses if p.reason)
            figures.breaches.append(
                Breach(
                    row.number,
                    row.title,
                    status.kind,
                    status.target,
                    status.elapsed,
                    status.stopped_at is not None,
                    row.cause or reasons or _no_cause(row),
                )
            )


def _no_cause(row) -> str:  # type: ignore[no-untyped-def]
    return "工单未填写原因" if row.closed_at is not None else "工单尚未处理完成，原因待查"


def _add_defect(figures: TicketFigures, row, times, system: str, now: datetime) -> None:  # type: ignore[no-untyped-def]
    figures.defects += 1
    faults = figures.systems.setdefault(system, SystemFaults(system))
    faults.severities[times.severity] += 1
    down = outage(times, now)
    faults.outages.append(down)
    if clock_stop(ClockKind.FIX, times) is not None:
        faults.restored += 1
        figures.repair_times.append(down)
    else:
        figures.open_defects += 1
    device = f"#{row.device_id}" if row.device_id else (row.device or "")
    if device:
        figures.devices[device] += 1
    if row.cause:
        figures.causes[row.cause.strip()[:60]] += 1


def device_names(session: Session, keys: Sequence[str]) -> dict[str, str]:
    """The register's name for ``#id`` keys (text keys name themselves)."""
    ids = [int(k[1:]) for k in keys if k.startswith("#")]
    names = {k: k for k in keys}
    if ids:
        for device_id, code, name in session.execute(
            select(Device.id, Device.code, Device.name).where(Device.id.in_(ids))
        ):
            names[f"#{device_id}"] = f"{code} {name}"
    return names


def reopened_in(session: Session, period: Period) -> int:
    """Tickets reopened on the period's days (a fault that came back)."""
    start, end = day_range(period.first, period.last)
    return len(
        set(
            session.scalars(
                select(TicketEvent.ticket_id).where(
                    TicketEvent.kind == "reopen", TicketEvent.at >= start, TicketEvent.at < end
                )
            )
        )
    )
