"""Inspection and backup periods: boundaries across weeks, month ends, quarters and missed periods."""

from __future__ import annotations

from datetime import date

import pytest

from app.domain.enums import DueState, Frequency
from app.domain.inspections.periods import (
    due_status,
    missed_periods,
    next_period,
    period_of,
    periods_between,
    previous_period,
)


@pytest.mark.parametrize(
    ("frequency", "day", "start", "end", "label"),
    [
        (Frequency.DAILY, date(2026, 11, 24), date(2026, 11, 24), date(2026, 11, 24), "2026-11-24"),
        (
            Frequency.WEEKLY,
            date(2026, 11, 24),
            date(2026, 11, 23),
            date(2026, 11, 29),
            "2026年第48周",
        ),
        # ISO week 53 of 2026 runs into January 2027
        (Frequency.WEEKLY, date(2027, 1, 2), date(2026, 12, 28), date(2027, 1, 3), "2026年第53周"),
        (Frequency.MONTHLY, date(2028, 2, 29), date(2028, 2, 1), date(2028, 2, 29), "2028年2月"),
        (
            Frequency.MONTHLY,
            date(2026, 12, 31),
            date(2026, 12, 1),
            date(2026, 12, 31),
            "2026年12月",
        ),
        (
            Frequency.QUARTERLY,
            date(2026, 11, 24),
            date(2026, 10, 1),
            date(2026, 12, 31),
            "2026年第4季度",
        ),
        (
            Frequency.QUARTERLY,
            date(2027, 3, 31),
            date(2027, 1, 1),
            date(2027, 3, 31),
            "2027年第1季度",
        ),
    ],
)
def test_period_of_a_day(frequency, day, start, end, label) -> None:
    period = period_of(frequency, day)
    assert (period.start, period.end, period.label) == (start, end, label)


def test_next_and_previous_cross_month_and_year_ends() -> None:
    january = period_of(Frequency.MONTHLY, date(2027, 1, 31))
    assert next_period(january).end == date(2027, 2, 28)
    assert previous_period(january).start == date(2026, 12, 1)
    q4 = period_of(Frequency.QUARTERLY, date(2026, 12, 31))
    assert next_period(q4).start == date(2027, 1, 1)
    assert next_period(period_of(Frequency.DAILY, date(2026, 12, 31))).start == date(2027, 1, 1)


def test_periods_between_includes_partial_periods_at_both_ends() -> None:
    weeks = periods_between(Frequency.WEEKLY, date(2026, 11, 1), date(2026, 11, 30))
    assert weeks[0].start == date(2026, 10, 26)
    assert weeks[-1].start == date(2026, 11, 30)
    assert len(weeks) == 6
    assert periods_between(Frequency.DAILY, date(2026, 11, 2), date(2026, 11, 1)) == []


def test_done_in_the_current_period_is_done() -> None:
    status = due_status(Frequency.MONTHLY, date(2026, 11, 24), date(2026, 11, 3), date(2026, 1, 1))
    assert status.state is DueState.DONE
    assert status.missed == 0


def test_daily_not_yet_done_today_is_due_today() -> None:
    status = due_status(Frequency.DAILY, date(2026, 11, 24), date(2026, 11, 23), date(2026, 1, 1))
    assert status.state is DueState.DUE_TODAY
    assert status.due_date == date(2026, 11, 24)


def test_a_missed_day_makes_a_daily_check_overdue_since_that_day() -> None:
    status = due_status(Frequency.DAILY, date(2026, 11, 24), date(2026, 11, 21), date(2026, 1, 1))
    assert status.state is DueState.OVERDUE
    assert status.missed == 2  # the 22nd and the 23rd
    assert status.due_date == date(2026, 11, 22)


def test_weekly_due_this_week_and_monthly_due_later() -> None:
    tuesday = date(2026, 11, 24)
    weekly = due_status(Frequency.WEEKLY, tuesday, date(2026, 11, 18), date(2026, 1, 1))
    assert weekly.state is DueState.DUE_THIS_WEEK
    assert weekly.due_date == date(2026, 11, 29)
    monthly = due_status(Frequency.MONTHLY, tuesday, date(2026, 10, 20), date(2026, 1, 1))
    assert monthly.state is DueState.DUE_LATER  # 30 November is next Monday
    assert (
        due_status(
            Frequency.MONTHLY, date(2026, 11, 30), date(2026, 10, 20), date(2026, 1, 1)
        ).state
        is DueState.DUE_TODAY
    )


def test_monthly_across_a_short_february() -> None:
    # done on 31 January; February ends on the 28th; on 1 March February counts as missed
    assert due_status(
        Frequency.MONTHLY, date(2027, 2, 28), date(2027, 1, 31), date(2026, 1, 1)
    ).state is (DueState.DUE_TODAY)
    status = due_status(Frequency.MONTHLY, date(2027, 3, 1), date(2027, 1, 31), date(2026, 1, 1))
    assert status.state is DueState.OVERDUE
    assert (status.missed, status.due_date) == (1, date(2027, 2, 28))


def test_never_done_counts_from_when_the_checklist_began() -> None:
    fresh = due_status(Frequency.WEEKLY, date(2026, 11, 24), None, date(2026, 11, 24))
    assert fresh.state is DueState.DUE_THIS_WEEK
    old = due_status(Frequency.QUARTERLY, date(2026, 11, 24), None, date(2026, 3, 15))
    assert old.state is DueState.OVERDUE
    assert old.missed == 3  # Q1 (begun in March), Q2, Q3
    assert old.due_date == date(2026, 3, 31)


def test_a_checklist_restarted_after_a_pause_does_not_count_the_pause() -> None:
    status = due_status(Frequency.DAILY, date(2026, 11, 24), date(2026, 9, 1), date(2026, 11, 24))
    assert status.state is DueState.DUE_TODAY
    assert status.missed == 0


def test_missed_periods_in_a_report_range() -> None:
    done = [date(2026, 9, 3), date(2026, 11, 2)]
    missed = missed_periods(
        Frequency.MONTHLY,
        done,
        date(2026, 8, 15),
        date(2026, 8, 1),
        date(2026, 11, 30),
        date(2026, 11, 24),
    )
    assert [p.label for p in missed] == ["2026年8月", "2026年10月"]  # November still open
    daily = missed_periods(
        Frequency.DAILY,
        [date(2026, 11, 20), date(2026, 11, 22)],
        date(2026, 11, 20),
        date(2026, 11, 18),
        date(2026, 11, 24),
        date(2026, 11, 24),
    )
    assert [p.start.day for p in daily] == [21, 23]


def test_a_run_on_the_first_day_of_its_period_counts_for_it() -> None:
    status = due_status(Frequency.MONTHLY, date(2026, 11, 24), date(2026, 11, 1), date(2026, 1, 1))
    assert status.state is DueState.DONE and status.last_done == date(2026, 11, 1)
    weekly = due_status(Frequency.WEEKLY, date(2026, 11, 29), date(2026, 11, 23), date(2026, 1, 1))
    assert weekly.state is DueState.DONE  # Monday's round, seen on Sunday
    before = due_status(Frequency.MONTHLY, date(2026, 11, 24), date(2026, 10, 31), date(2026, 1, 1))
    assert before.state is not DueState.DONE  # the last day of the month before does not
    missed = missed_periods(
        Frequency.MONTHLY,
        [date(2026, 9, 1), date(2026, 10, 1)],
        date(2026, 9, 1),
        date(2026, 9, 1),
        date(2026, 10, 31),
        date(2026, 11, 24),
    )
    assert missed == []


def test_a_checklist_begun_on_the_first_day_of_a_period_owes_that_period() -> None:
    status = due_status(Frequency.MONTHLY, date(2026, 11, 24), None, date(2026, 10, 1))
    assert status.state is DueState.OVERDUE and status.missed == 1
    assert status.due_date == date(2026, 10, 31)
    today = due_status(Frequency.DAILY, date(2026, 11, 24), None, date(2026, 11, 24))
    assert today.state is DueState.DUE_TODAY and today.missed == 0


def test_a_period_holds_its_first_and_last_day_only() -> None:
    november = period_of(Frequency.MONTHLY, date(2026, 11, 24))
    assert november.contains(date(2026, 11, 1)) and november.contains(date(2026, 11, 30))
    assert not november.contains(date(2026, 10, 31)) and not november.contains(date(2026, 12, 1))


@pytest.mark.parametrize(
    ("day", "start", "end"),
    [
        (date(2026, 1, 1), date(2026, 1, 1), date(2026, 3, 31)),
        (date(2026, 3, 31), date(2026, 1, 1), date(2026, 3, 31)),
        (date(2026, 4, 1), date(2026, 4, 1), date(2026, 6, 30)),
        (date(2026, 12, 31), date(2026, 10, 1), date(2026, 12, 31)),
    ],
)
def test_quarters_begin_in_january_april_july_and_october(day, start, end) -> None:
    quarter = period_of(Frequency.QUARTERLY, day)
    assert (quarter.start, quarter.end, quarter.frequency) == (start, end, Frequency.QUARTERLY)


def test_the_day_before_and_a_range_of_one_day() -> None:
    day = period_of(Frequency.DAILY, date(2026, 11, 24))
    assert previous_period(day).start == date(2026, 11, 23)
    [only] = periods_between(Frequency.DAILY, date(2026, 11, 24), date(2026, 11, 24))
    assert only == day
    assert periods_between(Frequency.DAILY, date(2026, 11, 24), date(2026, 11, 23)) == []


def test_every_due_status_carries_its_period_due_date_and_last_round() -> None:
    november = period_of(Frequency.MONTHLY, date(2026, 11, 24))
    done = due_status(Frequency.MONTHLY, date(2026, 11, 24), date(2026, 11, 3), date(2026, 1, 1))
    assert (done.period, done.due_date, done.last_done) == (
        november,
        date(2026, 11, 30),
        date(2026, 11, 3),
    )
    late = due_status(Frequency.MONTHLY, date(2026, 11, 24), date(2026, 9, 3), date(2026, 1, 1))
    assert (late.period, late.due_date, late.last_done, late.missed) == (
        november,
        date(2026, 10, 31),
        date(2026, 9, 3),
        1,
    )
    assert late.overdue and not done.overdue
    due = due_status(Frequency.MONTHLY, date(2026, 11, 24), date(2026, 10, 3), date(2026, 1, 1))
    assert (due.state, due.period, due.due_date, due.last_done) == (
        DueState.DUE_LATER,
        november,
        date(2026, 11, 30),
        date(2026, 10, 3),
    )
