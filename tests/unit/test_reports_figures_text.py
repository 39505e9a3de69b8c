"""How the operating-status report prints its figures: rates, hours, availability of no time."""

from __future__ import annotations

from datetime import timedelta

from app.domain.reports.figures import availability, hours_text, rate_text


def test_a_rate_prints_with_one_decimal_or_a_dash_when_nothing_was_counted() -> None:
    assert rate_text(96.24) == "96.2%"
    assert rate_text(75.0) == "75.0%"
    assert rate_text(None) == "—"


def test_hours_print_with_one_decimal_or_a_dash_when_unknown() -> None:
    assert hours_text(timedelta(hours=4, minutes=19)) == "4.3 小时"
    assert hours_text(timedelta(minutes=90)) == "1.5 小时"
    assert hours_text(timedelta(days=41, hours=16)) == "1000.0 小时"  # an MTBF of six quiet weeks
    assert hours_text(None) == "—"


def test_a_period_of_no_time_counts_as_fully_available() -> None:
    assert availability(timedelta(0), []) == 100.0
    assert availability(timedelta(days=30), [timedelta(hours=7, minutes=12)]) == 99.0
