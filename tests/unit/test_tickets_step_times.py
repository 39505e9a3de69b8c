"""Step times: whole minutes, in order, at most a minute ahead; found tickets' clocks."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from app.domain.enums import Channel, ClockKind, ClockState, Severity, TicketClass
from app.domain.tickets.intake import validate_new_ticket
from app.domain.tickets.sla import ClockTargets, TicketTimes, outage, ticket_clocks
from app.domain.tickets.step_times import (
    FUTURE_LIMIT,
    IN_FUTURE,
    TOO_EARLY,
    TOO_LATE,
    latest,
    step_time,
    step_time_problem,
    to_minute,
)
from app.domain.validation import ValidationError

NOW = datetime(2026, 5, 16, 9, 30, 41, 500, tzinfo=UTC)
MINUTE = timedelta(minutes=1)


def test_seconds_are_dropped_on_entry() -> None:
    assert to_minute(NOW) == datetime(2026, 5, 16, 9, 30, tzinfo=UTC)
    assert step_time(None, NOW) == datetime(2026, 5, 16, 9, 30, tzinfo=UTC)
    typed = datetime(2026, 5, 16, 9, 12, 59, tzinfo=UTC)
    assert step_time(typed, NOW) == datetime(2026, 5, 16, 9, 12, tzinfo=UTC)


def test_a_step_one_minute_before_the_previous_is_refused() -> None:
    previous = datetime(2026, 5, 16, 9, 20, tzinfo=UTC)
    assert step_time_problem(previous - MINUTE, NOW, previous) == TOO_EARLY
    assert step_time_problem(previous, NOW, previous) is None
    assert step_time_problem(previous + MINUTE, NOW, previous) is None


def test_a_step_may_be_a_minute_ahead_of_now_but_no_more() -> None:
    assert FUTURE_LIMIT == MINUTE
    assert step_time_problem(NOW + MINUTE, NOW, None) is None
    assert step_time_problem(NOW + MINUTE + timedelta(seconds=1), NOW, None) == IN_FUTURE


def test_a_corrected_step_stays_before_the_step_after_it() -> None:
    following = datetime(2026, 5, 16, 9, 25, tzinfo=UTC)
    assert step_time_problem(following, NOW, None, following) is None
    assert step_time_problem(following + MINUTE, NOW, None, following) == TOO_LATE


def test_the_future_is_checked_before_the_order() -> None:
    previous = NOW + timedelta(hours=1)
    assert step_time_problem(NOW + timedelta(hours=2), NOW, previous) == IN_FUTURE


def test_latest_of_nothing_is_none() -> None:
    assert latest([]) is None
    assert latest([NOW, NOW - MINUTE]) == NOW


CALL = {
    "requester_name": "李管教",
    "place": "会见室",
    "description": "对讲终端无声音",
    "channel": "phone",
    "ticket_class": "defect",
    "severity": "general",
    "system": "INTERCOM",
}


def test_a_call_time_is_stored_in_whole_minutes_and_may_not_run_ahead() -> None:
    assert validate_new_ticket(CALL, NOW).called_at == to_minute(NOW)
    ahead = {**CALL, "called_at": to_minute(NOW) + 2 * MINUTE}  # 1 min 19 s ahead
    with pytest.raises(ValidationError, match="不能晚于当前时间"):
        validate_new_ticket(ahead, NOW)
    assert validate_new_ticket({**CALL, "called_at": NOW + MINUTE}, NOW).called_at == to_minute(
        NOW + MINUTE
    )


def test_a_call_time_that_is_not_a_time_is_named() -> None:
    with pytest.raises(ValidationError, match="“报修时间”不是有效的时间"):
        validate_new_ticket({**CALL, "called_at": "昨天"}, NOW)


def test_found_channels_are_the_engineers_own() -> None:
    assert {c for c in Channel if c.found} == {
        Channel.INSPECTION,
        Channel.DISCOVERY,
        Channel.MONITORING,
    }
    assert Channel.INSPECTION.label == "巡检发现"


T0 = datetime(2026, 5, 16, 8, 0, tzinfo=UTC)


def _found(**kw) -> TicketTimes:
    return TicketTimes(TicketClass.DEFECT, Severity.GENERAL, T0, found=True, **kw)


@pytest.mark.parametrize("after", [timedelta(), timedelta(minutes=5), timedelta(minutes=30)])
def test_a_found_ticket_has_response_and_arrival_met_at_logging(after: timedelta) -> None:
    """At 0 s, 5 min and 30 min: never a breach, shown as 自行发现 and stopped at logging."""
    response, arrival, fix = ticket_clocks(_found(), ClockTargets(), T0 + after)
    for clock in (response, arrival):
        assert clock.state is ClockState.SELF_FOUND
        assert clock.stopped_at == T0
        assert clock.elapsed == timedelta()
        assert clock.due_at is None
        assert not clock.running
    assert response.target == timedelta(minutes=5)
    assert arrival.target == timedelta(minutes=30)
    assert fix.kind is ClockKind.FIX
    assert fix.running
    assert fix.elapsed == after


def test_a_found_ticket_runs_the_fix_clock_as_usual() -> None:
    fix = ticket_clocks(_found(), ClockTargets(), T0 + timedelta(hours=4, seconds=1))[2]
    assert fix.state is ClockState.BREACHED
    restored = _found(restored_at=T0 + timedelta(hours=3))
    assert ticket_clocks(restored, ClockTargets(), T0 + timedelta(hours=9))[2].state is (
        ClockState.MET
    )
    assert outage(restored, T0 + timedelta(hours=9)) == timedelta(hours=3)


def test_a_found_consultation_has_no_arrival() -> None:
    times = TicketTimes(TicketClass.CONSULTATION, Severity.GENERAL, T0, found=True)
    states = [c.state for c in ticket_clocks(times, ClockTargets(), T0)]
    assert states == [ClockState.SELF_FOUND, ClockState.NOT_APPLICABLE, ClockState.NOT_APPLICABLE]
