"""The report's six-month trend from the clocks-only pass equals the full clock engine's figures
of each month, on a generated database of random tickets (pauses, found tickets, stops exactly on
a target, calls a minute either side of local midnight at a month's turn), and in the printed
report's chart."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from app.db.models import MaintainedSystem, Ticket, TicketPause
from app.domain.audit.actions import DEMO
from app.domain.enums import ClockKind
from app.domain.reports.periods import month_period, trend_months
from app.exports.reports.monthly_data import LineChart
from app.services.contract import load_targets
from app.services.reports.clock_trend import clock_tallies_by_month
from app.services.reports.monthly_report import build_report
from app.services.reports.ticket_figures import ticket_figures
from app.services.tickets.log_export import local_day_start
from tests.unit.random_tickets import random_channel, random_times

PERIOD = month_period("2026-11")
TICKETS = 600


def _call_times(rng: random.Random) -> list[datetime]:
    """Random calls over the trend's months, and some a minute either side of each month's turn
    on the workstation's clock (the month a ticket counts in is its local calendar month)."""
    months = trend_months(PERIOD)
    start = local_day_start(months[0].first) - timedelta(days=3)
    span = (local_day_start(PERIOD.last) - start).total_seconds()
    times = [start + timedelta(seconds=rng.uniform(0, span)) for _ in range(TICKETS)]
    for month in months[1:]:
        turn = local_day_start(month.first)
        times += [turn - timedelta(minutes=1), turn, turn + timedelta(minutes=1)]
    return times


@pytest.fixture
def generated(desk, clock):
    """Random tickets written straight into the database, as the demo's bulk path does."""
    rng = random.Random(28827)
    with desk.write(DEMO, as_system=True, detail="测试：随机生成的工单") as session:
        system_ids = list(session.scalars(select(MaintainedSystem.id)))
        for n, called in enumerate(_call_times(rng)):
            times = random_times(rng, called.astimezone(UTC))
            ticket = Ticket(
                number=f"GD-2026-{n + 1:05d}",
                ticket_class=times.ticket_class.value,
                original_class=times.ticket_class.value,
                severity=times.severity.value,
                status="closed" if times.closed_at else "processing",
                channel=random_channel(rng, times.found).value,
                title=f"随机工单 {n + 1}",
                description="生成的测试数据",
                place="监区一",
                system_id=rng.choice(system_ids),
                requester_name="值班民警",
                is_hardware=times.is_hardware,
                called_at=times.called_at,
                responded_at=times.responded_at,
                arrived_at=times.arrived_at,
                restored_at=times.restored_at,
                closed_at=times.closed_at,
            )
            ticket.pauses = [
                TicketPause(started_at=p.start, ended_at=p.end, reason=p.reason)
                for p in times.pauses
            ]
            session.add(ticket)
    return desk


def test_the_trend_of_a_generated_database_equals_the_full_engine_month_by_month(
    generated, clock
) -> None:
    desk = generated
    now = clock.now()
    with desk.db.read() as session:
        targets = load_targets(session)
        trend = clock_tallies_by_month(session, trend_months(PERIOD), targets)
        full = {m.key: ticket_figures(session, m, targets, now) for m in trend_months(PERIOD)}
    assert list(trend) == [m.key for m in trend_months(PERIOD)]
    for key, figures in full.items():
        assert trend[key] == figures.clocks, key
    assert sum(f.tickets for f in full.values()) > TICKETS * 0.9
    for kind in ClockKind:
        assert all(trend[key][kind].count > trend[key][kind].met > 0 for key in trend), kind


def test_the_report_chart_shows_the_full_engine_rates(generated, clock) -> None:
    desk = generated
    report = build_report(desk, PERIOD)
    [chart] = [b for b in report.sections[1].blocks if isinstance(b, LineChart)]
    now = clock.now()
    with desk.db.read() as session:
        targets = load_targets(session)
        full = [ticket_figures(session, m, targets, now) for m in trend_months(PERIOD)]
    assert list(chart.categories) == [m.key for m in trend_months(PERIOD)]
    for kind, (_name, rates) in zip(ClockKind, chart.series, strict=True):
        assert list(rates) == [f.clocks[kind].rate for f in full]
