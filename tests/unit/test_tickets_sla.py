"""The contract's clocks at their boundaries, with an injected time and no sleeping."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from app.domain.enums import ClockKind, ClockState, Severity, TicketClass
from app.domain.tickets.sla import (
    ClockStatus,
    ClockTargets,
    LoanerState,
    Pause,
    TicketTimes,
    compute_clock,
    due_time,
    loaner_due_at,
    loaner_state,
    next_clock,
    outage,
    paused_total,
    ticket_clocks,
    worst_state,
)

T0 = datetime(2026, 3, 1, 22, 0, tzinfo=UTC)
TARGETS = ClockTargets()
FIVE = timedelta(minutes=5)


def minutes(n: float) -> timedelta:
    return timedelta(minutes=n)


def response(stopped: datetime | None, now: datetime, pauses: tuple[Pause, ...] = ()):
    return compute_clock(ClockKind.RESPONSE, T0, stopped, FIVE, pauses, now, 75)


def test_answered_exactly_at_five_minutes_is_met() -> None:
    assert response(T0 + FIVE, T0 + minutes(30)).state is ClockState.MET


def test_answered_one_second_after_five_minutes_is_breached() -> None:
    status = response(T0 + FIVE + timedelta(seconds=1), T0 + minutes(30))
    assert status.state is ClockState.BREACHED


def test_running_clock_at_exactly_five_minutes_is_not_yet_breached() -> None:
    assert response(None, T0 + FIVE).state is ClockState.WARNING
    assert response(None, T0 + FIVE + timedelta(seconds=1)).state is ClockState.BREACHED


def test_warning_starts_at_75_percent() -> None:
    assert response(None, T0 + minutes(3.74)).state is ClockState.RUNNING
    assert response(None, T0 + minutes(3.75)).state is ClockState.WARNING


def test_remaining_and_due_time() -> None:
    status = response(None, T0 + minutes(2))
    assert status.remaining == minutes(3)
    assert status.due_at == T0 + FIVE


def test_pause_before_due_shifts_due_time() -> None:
    pauses = (Pause(T0 + minutes(2), T0 + minutes(12)),)
    assert due_time(T0, FIVE, pauses) == T0 + minutes(15)
    status = response(None, T0 + minutes(14), pauses)
    assert status.state is ClockState.WARNING
    assert status.elapsed == minutes(4)


def test_ongoing_pause_shows_paused_and_has_no_due_time() -> None:
    pauses = (Pause(T0 + minutes(2), None),)
    status = response(None, T0 + minutes(60), pauses)
    assert status.state is ClockState.PAUSED
    assert status.due_at is None
    assert status.elapsed == minutes(2)


def test_pause_spanning_a_breach_keeps_the_breach() -> None:
    """Paused only after the deadline had passed: the breach stands and the pause is no excuse."""
    pauses = (Pause(T0 + minutes(7), None),)
    status = response(None, T0 + minutes(60), pauses)
    assert status.state is ClockState.BREACHED
    assert status.due_at == T0 + FIVE
    assert status.elapsed == minutes(7)


def test_pause_starting_before_and_ending_after_due_moves_due() -> None:
    pauses = (Pause(T0 + minutes(4), T0 + minutes(20)),)
    assert due_time(T0, FIVE, pauses) == T0 + minutes(21)
    assert response(T0 + minutes(20.5), T0 + minutes(30), pauses).state is ClockState.MET


def _times(**kw) -> TicketTimes:
    base = {
        "ticket_class": TicketClass.DEFECT,
        "severity": Severity.GENERAL,
        "called_at": T0,
    }
    base.update(kw)
    return TicketTimes(**base)


def test_targets_follow_the_contract() -> None:
    assert TARGETS.target(ClockKind.ARRIVAL, Severity.GENERAL) == minutes(30)
    assert TARGETS.target(ClockKind.ARRIVAL, Severity.EMERGENCY) == minutes(20)
    assert TARGETS.target(ClockKind.FIX, Severity.GENERAL) == timedelta(hours=4)
    assert TARGETS.target(ClockKind.FIX, Severity.MAJOR) == timedelta(hours=8)


def test_emergency_arrival_breaches_at_twenty_minutes() -> None:
    clocks = ticket_clocks(_times(severity=Severity.EMERGENCY), TARGETS, T0 + minutes(21))
    arrival = clocks[1]
    assert arrival.kind is ClockKind.ARRIVAL
    assert arrival.state is ClockState.BREACHED


def test_fix_before_arrival_stops_the_arrival_clock() -> None:
    """Restored remotely at 12 minutes: nobody needs to arrive, so arrival is met."""
    times = _times(responded_at=T0 + minutes(3), restored_at=T0 + minutes(12))
    response_, arrival, fix = ticket_clocks(times, TARGETS, T0 + timedelta(hours=5))
    assert response_.state is ClockState.MET
    assert arrival.state is ClockState.MET
    assert arrival.stopped_at == T0 + minutes(12)
    assert fix.state is ClockState.MET


def test_arrival_also_answers_the_call() -> None:
    times = _times(arrived_at=T0 + minutes(4))
    response_, arrival, _fix = ticket_clocks(times, TARGETS, T0 + minutes(50))
    assert response_.stopped_at == T0 + minutes(4)
    assert response_.state is ClockState.MET
    assert arrival.state is ClockState.MET


def test_consultation_runs_only_the_response_clock() -> None:
    times = _times(ticket_class=TicketClass.CONSULTATION)
    states = [c.state for c in ticket_clocks(times, TARGETS, T0 + timedelta(hours=9))]
    assert states == [ClockState.BREACHED, ClockState.NOT_APPLICABLE, ClockState.NOT_APPLICABLE]


def test_reopened_ticket_resumes_fix_clock_where_it_stopped() -> None:
    """Restored at 3 h, reopened at 10 h (modelled as a pause): the fix clock continues."""
    pauses = (Pause(T0 + timedelta(hours=3), T0 + timedelta(hours=10)),)
    times = _times(arrived_at=T0 + minutes(20), pauses=pauses)
    fix = ticket_clocks(times, TARGETS, T0 + timedelta(hours=10, minutes=30))[2]
    assert fix.state is ClockState.WARNING  # 3.5 h of 4 h used: past 75 %, not breached
    assert fix.elapsed == timedelta(hours=3, minutes=30)
    assert fix.due_at == T0 + timedelta(hours=11)


def test_loaner_due_only_after_eight_hours_unrepaired_hardware() -> None:
    times = _times(is_hardware=True)
    assert loaner_state(times, TARGETS, T0 + timedelta(hours=8)) is LoanerState.PENDING
    after = T0 + timedelta(hours=8, seconds=1)
    assert loaner_state(times, TARGETS, after) is LoanerState.DUE
    software = _times(is_hardware=False)
    assert loaner_state(software, TARGETS, after) is LoanerState.NOT_APPLICABLE


def test_loaner_not_needed_when_repaired_at_the_mark() -> None:
    times = _times(is_hardware=True, restored_at=T0 + timedelta(hours=8))
    assert loaner_state(times, TARGETS, T0 + timedelta(hours=20)) is LoanerState.NOT_NEEDED


def test_loaner_due_when_repaired_after_the_mark() -> None:
    times = _times(is_hardware=True, restored_at=T0 + timedelta(hours=9))
    assert loaner_state(times, TARGETS, T0 + timedelta(hours=20)) is LoanerState.DUE


def test_targets_are_editable() -> None:
    targets = ClockTargets(response_minutes=10)
    clock = ticket_clocks(_times(), targets, T0 + minutes(8))[0]
    assert clock.state is ClockState.WARNING


def _status(state: ClockState, stopped: datetime | None = None) -> ClockStatus:
    return ClockStatus(ClockKind.FIX, state, FIVE, timedelta(), None, stopped)


def test_the_contracts_default_targets_are_pinned() -> None:
    assert TARGETS.target(ClockKind.RESPONSE, Severity.GENERAL) == minutes(5)
    assert TARGETS.target(ClockKind.ARRIVAL, Severity.GENERAL) == minutes(30)
    assert TARGETS.target(ClockKind.ARRIVAL, Severity.MAJOR) == minutes(30)
    assert TARGETS.target(ClockKind.ARRIVAL, Severity.EMERGENCY) == minutes(20)
    assert TARGETS.target(ClockKind.FIX, Severity.GENERAL) == timedelta(hours=4)
    assert TARGETS.target(ClockKind.FIX, Severity.MAJOR) == timedelta(hours=8)
    assert TARGETS.target(ClockKind.FIX, Severity.EMERGENCY) == timedelta(hours=4)
    assert TARGETS.loaner_after == timedelta(hours=8)
    assert TARGETS.warn_percent == 75


def test_warning_starts_at_exactly_three_quarters_of_the_target() -> None:
    assert response(None, T0 + minutes(3.75) - timedelta(seconds=1)).state is ClockState.RUNNING
    assert response(None, T0 + minutes(3.75)).state is ClockState.WARNING
    assert response(None, T0 + FIVE).state is ClockState.WARNING  # at the target: not yet late
    assert response(None, T0 + FIVE + timedelta(seconds=1)).state is ClockState.BREACHED


def test_elapsed_time_with_two_pauses_leaves_both_out() -> None:
    pauses = (Pause(T0 + minutes(1), T0 + minutes(3)), Pause(T0 + minutes(4), T0 + minutes(10)))
    status = response(None, T0 + minutes(12), pauses)
    assert status.elapsed == minutes(4)  # 12 minutes less 2 and 6 paused
    assert status.due_at == T0 + minutes(13)  # 5 minutes plus both pauses
    assert status.state is ClockState.WARNING
    assert response(T0 + minutes(12), T0 + minutes(60), pauses).state is ClockState.MET


def test_a_pause_starting_exactly_at_the_due_moment_does_not_move_it() -> None:
    pause = (Pause(T0 + FIVE, T0 + minutes(20)),)
    assert due_time(T0, FIVE, pause) == T0 + FIVE
    assert response(None, T0 + minutes(10), pause).state is ClockState.PAUSED
    open_pause = (Pause(T0 + FIVE, None),)
    assert due_time(T0, FIVE, open_pause) == T0 + FIVE
    early_open = (Pause(T0 + minutes(2), None),)
    assert due_time(T0, FIVE, early_open) is None


def test_the_state_at_the_instant_a_pause_starts_and_ends() -> None:
    pause = (Pause(T0 + minutes(1), T0 + minutes(2)),)
    assert response(None, T0 + minutes(1), pause).state is ClockState.PAUSED  # starts: paused
    assert response(None, T0 + minutes(2), pause).state is ClockState.RUNNING  # ends: running
    assert response(None, T0 + minutes(2), pause).elapsed == minutes(1)


def test_closing_stops_every_clock_and_restoration_answers_the_call() -> None:
    closed = TicketTimes(TicketClass.DEFECT, Severity.GENERAL, T0, closed_at=T0 + minutes(3))
    clocks = ticket_clocks(closed, TARGETS, T0 + timedelta(days=1))
    assert [c.stopped_at for c in clocks] == [T0 + minutes(3)] * 3
    assert all(c.state is ClockState.MET for c in clocks)
    restored = TicketTimes(TicketClass.DEFECT, Severity.GENERAL, T0, restored_at=T0 + minutes(4))
    clocks = ticket_clocks(restored, TARGETS, T0 + timedelta(days=1))
    assert [c.stopped_at for c in clocks] == [T0 + minutes(4)] * 3
    came = TicketTimes(TicketClass.DEFECT, Severity.GENERAL, T0, arrived_at=T0 + minutes(4))
    response_, arrival, fix = ticket_clocks(came, TARGETS, T0 + minutes(10))
    assert response_.stopped_at == arrival.stopped_at == T0 + minutes(4)
    assert fix.stopped_at is None and fix.running


def test_loaner_due_at_is_eight_clock_hours_after_the_call_for_hardware_defects() -> None:
    pause = (Pause(T0 + timedelta(hours=1), T0 + timedelta(hours=3)),)
    hardware = TicketTimes(TicketClass.DEFECT, Severity.GENERAL, T0, is_hardware=True, pauses=pause)
    assert loaner_due_at(hardware, TARGETS) == T0 + timedelta(hours=10)
    software = TicketTimes(TicketClass.DEFECT, Severity.GENERAL, T0, pauses=pause)
    assert loaner_due_at(software, TARGETS) is None
    question = TicketTimes(TicketClass.CONSULTATION, Severity.GENERAL, T0, is_hardware=True)
    assert loaner_due_at(question, TARGETS) is None
    assert loaner_due_at(hardware, ClockTargets(loaner_hours=2)) == T0 + timedelta(hours=4)


def test_worst_state_is_the_most_urgent_present() -> None:
    order = [
        ClockState.BREACHED,
        ClockState.WARNING,
        ClockState.RUNNING,
        ClockState.PAUSED,
        ClockState.MET,
        ClockState.SELF_FOUND,
        ClockState.NOT_APPLICABLE,
    ]
    for index, state in enumerate(order):
        statuses = [_status(s) for s in reversed(order[index:])]
        assert worst_state(statuses) is state
    assert worst_state([]) is ClockState.NOT_APPLICABLE


def test_next_clock_is_a_breached_one_else_the_first_due_else_a_paused_one() -> None:
    early = ClockStatus(ClockKind.ARRIVAL, ClockState.RUNNING, FIVE, timedelta(), T0, None)
    late = ClockStatus(ClockKind.FIX, ClockState.RUNNING, FIVE, timedelta(), T0 + FIVE, None)
    breached = ClockStatus(ClockKind.FIX, ClockState.BREACHED, FIVE, FIVE, T0 + FIVE, None)
    paused = ClockStatus(ClockKind.FIX, ClockState.PAUSED, FIVE, timedelta(), None, None)
    done = _status(ClockState.MET, stopped=T0)
    assert next_clock([late, early, breached]) is breached
    assert next_clock([late, early]) is early
    assert next_clock([done, paused]) is paused
    assert next_clock([done]) is None
    assert done.remaining == FIVE and not done.running


def test_a_consultation_runs_only_the_response_clock_and_a_found_defect_only_the_fix_clock() -> (
    None
):
    question = TicketTimes(TicketClass.CONSULTATION, Severity.GENERAL, T0)
    clocks = ticket_clocks(question, TARGETS, T0 + minutes(1))
    assert [(c.kind, c.state, c.target) for c in clocks] == [
        (ClockKind.RESPONSE, ClockState.RUNNING, minutes(5)),
        (ClockKind.ARRIVAL, ClockState.NOT_APPLICABLE, minutes(30)),
        (ClockKind.FIX, ClockState.NOT_APPLICABLE, timedelta(hours=4)),
    ]
    assert [(c.elapsed, c.due_at, c.stopped_at) for c in clocks[1:]] == [
        (timedelta(), None, None)
    ] * 2
    found = TicketTimes(TicketClass.DEFECT, Severity.GENERAL, T0, found=True)
    clocks = ticket_clocks(found, TARGETS, T0 + minutes(40))
    assert [(c.kind, c.state) for c in clocks] == [
        (ClockKind.RESPONSE, ClockState.SELF_FOUND),
        (ClockKind.ARRIVAL, ClockState.SELF_FOUND),
        (ClockKind.FIX, ClockState.RUNNING),
    ]
    assert clocks[0].stopped_at == T0 and clocks[0].target == minutes(5)


def test_outage_and_paused_total_of_an_open_ticket_run_up_to_now() -> None:
    pauses = (Pause(T0 + minutes(10), T0 + minutes(20)), Pause(T0 + minutes(50), None))
    times = TicketTimes(TicketClass.DEFECT, Severity.GENERAL, T0, pauses=pauses)
    assert outage(times, T0 + minutes(60)) == minutes(40)  # 60 less 10 and the 10 still paused
    assert paused_total(times, T0 + minutes(60)) == minutes(20)
    restored = TicketTimes(
        TicketClass.DEFECT, Severity.GENERAL, T0, restored_at=T0 + minutes(30), pauses=pauses[:1]
    )
    assert outage(restored, T0 + timedelta(days=2)) == minutes(20)
    assert paused_total(restored, T0 + timedelta(days=2)) == minutes(10)
