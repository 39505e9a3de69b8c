"""Follow-up due dates, satisfaction shares, report periods and the report's figures."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from app.domain.reports.figures import Tally, availability, mean, mtbf, rate
from app.domain.reports.followups import (
    Satisfaction,
    complaint_errors,
    distribution,
    due_on,
    quarter_of,
    satisfaction_rate,
)
from app.domain.reports.periods import (
    PeriodError,
    chinese_numeral,
    month_period,
    previous_month,
    range_period,
    trend_months,
)


def test_a_follow_up_is_due_n_calendar_days_after_the_fix() -> None:
    assert due_on(date(2026, 11, 28)) == date(2026, 12, 1)
    assert due_on(date(2026, 11, 28), 7) == date(2026, 12, 5)
    assert due_on(date(2026, 11, 28), 0) == date(2026, 11, 28)


def test_dissatisfied_needs_a_complaint_and_shares_leave_unrated_out() -> None:
    assert complaint_errors(Satisfaction.DISSATISFIED, " ")[0].field == "complaint"
    assert complaint_errors(Satisfaction.DISSATISFIED, "到场太慢") == []
    assert complaint_errors(Satisfaction.FAIR, "") == []
    ratings = [Satisfaction.SATISFIED] * 6 + [Satisfaction.FAIR] * 3 + [Satisfaction.DISSATISFIED]
    shares = {s.satisfaction: (s.count, s.percent) for s in distribution([*ratings, None])}
    assert shares == {
        Satisfaction.SATISFIED: (6, 60.0),
        Satisfaction.FAIR: (3, 30.0),
        Satisfaction.DISSATISFIED: (1, 10.0),
    }
    assert satisfaction_rate(ratings) == 90.0
    assert satisfaction_rate([None]) is None
    assert quarter_of(date(2026, 10, 1)) == "2026Q4" and quarter_of(date(2026, 3, 31)) == "2026Q1"


def test_periods_months_ranges_and_the_six_month_trend() -> None:
    november = month_period("2026-11")
    assert (november.first, november.last, november.days) == (
        date(2026, 11, 1),
        date(2026, 11, 30),
        30,
    )
    assert november.is_month and november.key == "2026-11" and november.title == "2026年11月"
    assert month_period("2028-2").last == date(2028, 2, 29)
    assert previous_month(month_period("2026-01")).key == "2025-12"
    assert [p.key for p in trend_months(november)] == [
        "2026-06",
        "2026-07",
        "2026-08",
        "2026-09",
        "2026-10",
        "2026-11",
    ]
    span = range_period(date(2026, 10, 15), date(2026, 11, 14))
    assert not span.is_month and span.title == "2026-10-15 至 2026-11-14"
    for bad in ("2026-13", "11/2026", "", "1999-01"):
        with pytest.raises(PeriodError):
            month_period(bad)
    with pytest.raises(PeriodError):
        range_period(date(2026, 11, 2), date(2026, 11, 1))


def test_section_numerals_go_past_ten() -> None:
    assert [chinese_numeral(n) for n in (1, 9, 10, 11, 13, 20, 21)] == [
        "一",
        "九",
        "十",
        "十一",
        "十三",
        "二十",
        "二十一",
    ]


def test_rates_mean_repair_time_mtbf_and_availability() -> None:
    assert rate(0, 0) is None and rate(2, 3) == 66.7
    tally = Tally().add(True).add(False).add(True)
    assert (tally.count, tally.met, tally.missed, tally.rate) == (3, 2, 1, 66.7)
    hours = [timedelta(hours=2), timedelta(hours=4)]
    assert mean(hours) == timedelta(hours=3) and mean([]) is None
    month = timedelta(days=30)
    assert mtbf(month, hours) == (month - timedelta(hours=6)) / 2
    assert mtbf(month, []) is None
    assert availability(month, hours) == round(100 * (1 - 6 / 720), 2)
    assert availability(month, [timedelta(days=40)]) == 0.0
