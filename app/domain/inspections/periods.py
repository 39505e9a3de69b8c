"""Inspection and backup periods (day, ISO week, month, quarter) and what is due or missed."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from app.domain.enums import DueState, Frequency


@dataclass(frozen=True, order=True)
class Period:
    """One period of a frequency: ``start`` to ``end``, both days included."""

    start: date
    end: date
    frequency: Frequency

    def contains(self, day: date) -> bool:
        return self.start <= day <= self.end

    @property
    def label(self) -> str:
        """How the period is written on paper: 2026-11-24, 2026年第48周, 2026年11月, 2026年第4季度."""
        if self.frequency is Frequency.DAILY:
            return self.start.isoformat()
        if self.frequency is Frequency.WEEKLY:
            year, week, _ = self.start.isocalendar()
            return f"{year}年第{week}周"
        if self.frequency is Frequency.MONTHLY:
            return f"{self.start.year}年{self.start.month}月"
        return f"{self.start.year}年第{(self.start.month - 1) // 3 + 1}季度"


def _month_end(year: int, month: int) -> date:
    first_of_next = date(year + month // 12, month % 12 + 1, 1)
    return first_of_next - timedelta(days=1)


def period_of(frequency: Frequency, day: date) -> Period:
    """The period of ``frequency`` that holds ``day``."""
    if frequency is Frequency.DAILY:
        return Period(day, day, frequency)
    if frequency is Frequency.WEEKLY:
        monday = day - timedelta(days=day.weekday())
        return Period(monday, monday + timedelta(days=6), frequency)
    if frequency is Frequency.MONTHLY:
        return Period(date(day.year, day.month, 1), _month_end(day.year, day.month), frequency)
    first_month = (day.month - 1) // 3 * 3 + 1
    return Period(date(day.year, first_month, 1), _month_end(day.year, first_month + 2), frequency)


def next_period(period: Period) -> Period:
    return period_of(period.frequency, period.end + timedelta(days=1))


def previous_period(period: Period) -> Period:
    return period_of(period.frequency, period.start - timedelta(days=1))


def periods_between(frequency: Frequency, first: date, last: date) -> list[Period]:
    """Every period that overlaps the days ``first`` to ``last`` (both included), in order."""
    periods: list[Period] = []
    if last < first:
        return periods
    period = period_of(frequency, first)
    while period.start <= last:
        periods.append(period)
        period = next_period(period)
    return periods


@dataclass(frozen=True)
class DueStatus:
    """Where a recurring task stands on ``today``.

    ``due_date`` is the last day of the current period, or for an overdue task the last day of
    the first period missed; ``missed`` counts the whole periods since the last one done (and
    since the task began, or began again after a pause) that ended without it.
    """

    state: DueState
    period: Period
    due_date: date
    missed: int
    last_done: date | None

    @property
    def overdue(self) -> bool:
        return self.state is DueState.OVERDUE

    @property
    def urgency(self) -> tuple[int, date]:
        """Sort key: overdue, due today, this week, later, done (the enum's order); earliest first."""
        return (list(DueState).index(self.state), self.due_date)


def due_status(
    frequency: Frequency, today: date, last_done: date | None, active_since: date
) -> DueStatus:
    """Done this period, overdue (a period ended without it), due today, this week, or later."""
    current = period_of(frequency, today)
    if last_done is not None and last_done >= current.start:
        return DueStatus(DueState.DONE, current, current.end, 0, last_done)
    first_expected = period_of(frequency, min(active_since, today))
    if last_done is not None:
        after_last = next_period(period_of(frequency, last_done))
        if after_last.start > first_expected.start:
            first_expected = after_last
    missed = 0
    period = first_expected
    while period.start < current.start:
        missed += 1
        period = next_period(period)
    if missed:
        return DueStatus(DueState.OVERDUE, current, first_expected.end, missed, last_done)
    end_of_week = today + timedelta(days=6 - today.weekday())
    if current.end == today:
        state = DueState.DUE_TODAY
    elif current.end <= end_of_week:
        state = DueState.DUE_THIS_WEEK
    else:
        state = DueState.DUE_LATER
    return DueStatus(state, current, current.end, 0, last_done)


def missed_periods(
    frequency: Frequency,
    done_days: Iterable[date],
    active_since: date,
    first: date,
    last: date,
    today: date,
) -> list[Period]:
    """Periods overlapping ``first``..``last`` that ended before ``today`` with nothing done.

    Periods before the one the task began in are not counted, nor is the current one (it can
    still be done).
    """
    done = {period_of(frequency, day).start for day in done_days}
    begin = period_of(frequency, active_since).start
    missed = []
    for period in periods_between(frequency, max(first, begin), last):
        if period.end >= today:
            break
        if period.start not in done:
            missed.append(period)
    return missed
