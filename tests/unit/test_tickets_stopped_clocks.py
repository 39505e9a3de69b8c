"""The clocks-only count of the report's trend against the full clock engine: the same stopped
clocks with the same outcome, whatever the time now, on a stop exactly at the target too."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

from app.domain.enums import ClockKind, ClockState, Severity, TicketClass
from app.domain.tickets.sla import Pause, TicketTimes, stopped_clocks, ticket_clocks
from tests.unit.random_tickets import TARGETS, random_times

T0 = datetime(2026, 3, 1, 22, 0, tzinfo=UTC)


def engine_outcomes(times: TicketTimes, now: datetime) -> list[tuple[ClockKind, bool]]:
    return [
        (s.kind, s.state is ClockState.MET)
        for s in ticket_clocks(times, TARGETS, now)
        if s.stopped_at is not None and s.state in (ClockState.MET, ClockState.BREACHED)
    ]


def test_five_thousand_random_tickets_count_as_the_full_engine_counts() -> None:
    rng = random.Random(17)
    stopped = met = 0
    for _ in range(5000):
        times = random_times(rng, T0 + timedelta(minutes=rng.randint(0, 60 * 24 * 180)))
        now = times.called_at + timedelta(hours=rng.uniform(0, 400))
        outcomes = stopped_clocks(times, TARGETS)
        assert outcomes == engine_outcomes(times, now), times
        stopped += len(outcomes)
        met += sum(ok for _kind, ok in outcomes)
    assert 0 < met < stopped  # both outcomes were exercised


def test_a_stop_exactly_at_the_target_after_a_pause_is_met_and_a_microsecond_later_is_not() -> None:
    pause = Pause(T0 + timedelta(minutes=1), T0 + timedelta(minutes=31), "等待甲方开门")
    on_time = T0 + timedelta(minutes=35)  # 5 minutes of clock time, 30 paused
    for responded, expected in ((on_time, True), (on_time + timedelta(microseconds=1), False)):
        times = TicketTimes(
            TicketClass.CONSULTATION, Severity.GENERAL, T0, responded_at=responded, pauses=(pause,)
        )
        assert stopped_clocks(times, TARGETS) == [(ClockKind.RESPONSE, expected)]
        assert engine_outcomes(times, T0 + timedelta(days=1)) == [(ClockKind.RESPONSE, expected)]


def test_found_tickets_count_only_their_fix_clock_and_running_clocks_are_left_out() -> None:
    times = TicketTimes(
        TicketClass.DEFECT,
        Severity.MAJOR,
        T0,
        restored_at=T0 + timedelta(hours=9),
        found=True,
    )
    assert stopped_clocks(times, TARGETS) == [(ClockKind.FIX, False)]
    running = TicketTimes(TicketClass.DEFECT, Severity.GENERAL, T0, responded_at=T0)
    assert stopped_clocks(running, TARGETS) == [(ClockKind.RESPONSE, True)]
