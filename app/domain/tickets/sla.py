"""The contract's clocks: response, arrival, fix and the loaner mark, with pauses, warning and breach."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from functools import cached_property

from app.domain.enums import ClockKind, ClockState, Severity, TicketClass

CLOCK_KINDS = tuple(ClockKind)  # in contract order; iterating the enum itself is slower


@dataclass(frozen=True)
class ClockTargets:
    """The contract's numbers; editable per contract."""

    response_minutes: float = 5
    arrival_minutes: float = 30
    arrival_emergency_minutes: float = 20
    fix_general_hours: float = 4
    fix_major_hours: float = 8
    fix_emergency_hours: float = 4
    loaner_hours: float = 8
    warn_percent: float = 75

    def target(self, kind: ClockKind, severity: Severity) -> timedelta:
        """The time allowed for ``kind`` on a ticket of ``severity``."""
        return self._targets[kind, severity]

    @cached_property
    def _targets(self) -> dict[tuple[ClockKind, Severity], timedelta]:
        """Every kind and severity worked out once: a queue page asks 600 times."""
        fix_hours = {
            Severity.GENERAL: self.fix_general_hours,
            Severity.MAJOR: self.fix_major_hours,
            Severity.EMERGENCY: self.fix_emergency_hours,
        }
        table = {}
        for severity in Severity:
            arrival = (
                self.arrival_emergency_minutes
                if severity is Severity.EMERGENCY
                else self.arrival_minutes
            )
            table[ClockKind.RESPONSE, severity] = timedelta(minutes=self.response_minutes)
            table[ClockKind.ARRIVAL, severity] = timedelta(minutes=arrival)
            table[ClockKind.FIX, severity] = timedelta(hours=fix_hours[severity])
        return table

    @property
    def loaner_after(self) -> timedelta:
        return timedelta(hours=self.loaner_hours)


@dataclass(frozen=True)
class Pause:
    """A stretch of time the clocks stood still (waiting for the client); ``end`` None = ongoing."""

    start: datetime
    end: datetime | None
    reason: str = ""


@dataclass(frozen=True)
class ClockStatus:
    """One clock of one ticket at one moment."""

    kind: ClockKind
    state: ClockState
    target: timedelta
    elapsed: timedelta
    due_at: datetime | None
    stopped_at: datetime | None

    @property
    def remaining(self) -> timedelta:
        return self.target - self.elapsed

    @property
    def running(self) -> bool:
        return self.stopped_at is None and self.state is not ClockState.NOT_APPLICABLE


@dataclass(frozen=True)
class TicketTimes:
    """The stored times a ticket's clocks are computed from."""

    ticket_class: TicketClass
    severity: Severity
    called_at: datetime
    responded_at: datetime | None = None
    arrived_at: datetime | None = None
    restored_at: datetime | None = None
    closed_at: datetime | None = None
    is_hardware: bool = False
    pauses: Sequence[Pause] = ()
    found: bool = False  # found by the engineer: response and arrival met at logging


class LoanerState(StrEnum):
    NOT_APPLICABLE = "not_applicable"
    PENDING = "pending"
    DUE = "due"
    NOT_NEEDED = "not_needed"
    ISSUED = "issued"  # a loaner went out for the ticket


def paused_between(pauses: Iterable[Pause], start: datetime, end: datetime) -> timedelta:
    """Total paused time inside [start, end]; an ongoing pause runs up to ``end``."""
    total = timedelta()
    for pause in pauses:
        lo = max(pause.start, start)
        hi = min(pause.end if pause.end is not None else end, end)
        if hi > lo:
            total += hi - lo
    return total


def due_time(start: datetime, target: timedelta, pauses: Iterable[Pause]) -> datetime | None:
    """When ``target`` of clock time is used up; None while a pause begun before then is open."""
    due = start + target
    for pause in sorted(pauses, key=lambda p: p.start):
        pause_start = max(pause.start, start)
        if pause_start >= due:
            break
        if pause.end is None:
            return None
        if pause.end > pause_start:
            due += pause.end - pause_start
    return due


def is_paused(pauses: Iterable[Pause], at: datetime) -> bool:
    """Whether a pause covers the instant ``at``."""
    return any(p.start <= at and (p.end is None or p.end > at) for p in pauses)


def elapsed_time(
    started_at: datetime, stopped_at: datetime | None, pauses: Iterable[Pause], now: datetime
) -> timedelta:
    """Clock time used from ``started_at`` to the stop (or ``now``), paused time left out."""
    end = stopped_at if stopped_at is not None else now
    return max(end - started_at - paused_between(pauses, started_at, end), timedelta())


def compute_clock(
    kind: ClockKind,
    started_at: datetime,
    stopped_at: datetime | None,
    target: timedelta,
    pauses: Sequence[Pause],
    now: datetime,
    warn_percent: float,
) -> ClockStatus:
    """The state of one clock: met or breached once stopped; else running, warning, paused, breached.

    A clock stopped exactly at its target is met; a running clock breaches once its elapsed time is
    past the target. Paused time does not count.
    """
    elapsed = elapsed_time(started_at, stopped_at, pauses, now)
    due_at = due_time(started_at, target, pauses)
    if stopped_at is not None:
        state = ClockState.MET if elapsed <= target else ClockState.BREACHED
    elif elapsed > target:
        state = ClockState.BREACHED
    elif is_paused(pauses, now):
        state = ClockState.PAUSED
    elif elapsed >= target * (warn_percent / 100):
        state = ClockState.WARNING
    else:
        state = ClockState.RUNNING
    return ClockStatus(kind, state, target, elapsed, due_at, stopped_at)


def _not_applicable(kind: ClockKind, target: timedelta) -> ClockStatus:
    return ClockStatus(kind, ClockState.NOT_APPLICABLE, target, timedelta(), None, None)


def _self_found(kind: ClockKind, target: timedelta, called_at: datetime) -> ClockStatus:
    return ClockStatus(kind, ClockState.SELF_FOUND, target, timedelta(), None, called_at)


def _earliest(*moments: datetime | None) -> datetime | None:
    present = [m for m in moments if m is not None]
    return min(present) if present else None


def clock_stop(kind: ClockKind, times: TicketTimes) -> datetime | None:
    """When a clock stopped: the first event that satisfies it.

    Arriving or restoring service also answers the call; restoring service remotely before anyone
    arrived makes the arrival moot, so that clock stops at restoration. Closing stops everything.
    """
    if kind is ClockKind.RESPONSE:
        return _earliest(times.responded_at, times.arrived_at, times.restored_at, times.closed_at)
    if kind is ClockKind.ARRIVAL:
        return _earliest(times.arrived_at, times.restored_at, times.closed_at)
    return _earliest(times.restored_at, times.closed_at)


def applies(kind: ClockKind, ticket_class: TicketClass) -> bool:
    """A consultation runs only the response clock; a defect runs all three."""
    return kind is ClockKind.RESPONSE or ticket_class is TicketClass.DEFECT


def ticket_clocks(times: TicketTimes, targets: ClockTargets, now: datetime) -> list[ClockStatus]:
    """All three clocks of a ticket, in contract order.

    A problem the engineer found (``times.found``) has its response and arrival met at the moment
    it was logged: they show as 自行发现, not as a 0-minute response; the fix clock runs as usual.
    """
    statuses = []
    for kind in CLOCK_KINDS:
        target = targets.target(kind, times.severity)
        if not applies(kind, times.ticket_class):
            statuses.append(_not_applicable(kind, target))
            continue
        if times.found and kind is not ClockKind.FIX:
            statuses.append(_self_found(kind, target, times.called_at))
            continue
        statuses.append(
            compute_clock(
                kind,
                times.called_at,
                clock_stop(kind, times),
                target,
                times.pauses,
                now,
                targets.warn_percent,
            )
        )
    return statuses


def stopped_clocks(times: TicketTimes, targets: ClockTargets) -> list[tuple[ClockKind, bool]]:
    """The ticket's clocks that have stopped, each with whether it met its target: exactly the
    clocks ``ticket_clocks`` reports as met or breached with a stop time, whatever the time now
    (a stopped clock's outcome never changes, so the trend of past months needs no ``now``)."""
    outcomes = []
    for kind in ClockKind:
        if not applies(kind, times.ticket_class) or (times.found and kind is not ClockKind.FIX):
            continue
        stop = clock_stop(kind, times)
        if stop is None:
            continue
        elapsed = elapsed_time(times.called_at, stop, times.pauses, stop)
        outcomes.append((kind, elapsed <= targets.target(kind, times.severity)))
    return outcomes


def loaner_due_at(times: TicketTimes, targets: ClockTargets) -> datetime | None:
    """The 8-hour mark (pauses excluded) after which unrepaired hardware needs a same-model loaner."""
    if not times.is_hardware or times.ticket_class is not TicketClass.DEFECT:
        return None
    return due_time(times.called_at, targets.loaner_after, times.pauses)


def loaner_state(
    times: TicketTimes, targets: ClockTargets, now: datetime, issued: bool = False
) -> LoanerState:
    """Whether a loaner is due: hardware still unrepaired past the loaner mark.

    ``issued``: a loaner already went out for the ticket, so none is asked for any more.
    """
    mark = loaner_due_at(times, targets)
    if not times.is_hardware or times.ticket_class is not TicketClass.DEFECT:
        return LoanerState.NOT_APPLICABLE
    restored = clock_stop(ClockKind.FIX, times)
    if restored is not None and (mark is None or restored <= mark):
        return LoanerState.NOT_NEEDED
    if issued:
        return LoanerState.ISSUED
    if mark is not None and now > mark:
        return LoanerState.DUE
    return LoanerState.PENDING


def outage(times: TicketTimes, now: datetime) -> timedelta:
    """中断时长: the fix clock's time used, from the call to restoration (or ``now``).

    The one figure every document prints for how long service was down: pauses (waiting for the
    client) and the stretch between a restoration and a reopening (stored as a pause) are left
    out, exactly as the fix clock counts them.
    """
    return elapsed_time(times.called_at, clock_stop(ClockKind.FIX, times), times.pauses, now)


def paused_total(times: TicketTimes, now: datetime) -> timedelta:
    """All paused time of a ticket; an ongoing pause counts up to ``now``."""
    return sum(((p.end or now) - p.start for p in times.pauses), timedelta())


def next_clock(statuses: Iterable[ClockStatus]) -> ClockStatus | None:
    """The clock that matters next on an open ticket: a breached one, else the one due first,
    else a paused one; None when no clock is running any more."""
    running = [s for s in statuses if s.running]
    breached = [s for s in running if s.state is ClockState.BREACHED]
    if breached:
        return breached[0]
    due = [s for s in running if s.due_at is not None]
    if due:
        return min(due, key=lambda s: s.due_at)  # type: ignore[arg-type, return-value]
    return running[0] if running else None


def worst_state(statuses: Iterable[ClockStatus]) -> ClockState:
    """The most urgent state among running clocks (for a one-glance colour)."""
    order = [
        ClockState.BREACHED,
        ClockState.WARNING,
        ClockState.RUNNING,
        ClockState.PAUSED,
        ClockState.MET,
        ClockState.SELF_FOUND,
        ClockState.NOT_APPLICABLE,
    ]
    present = {s.state for s in statuses}
    for state in order:
        if state in present:
            return state
    return ClockState.NOT_APPLICABLE
