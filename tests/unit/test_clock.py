"""The clock every rule reads: always UTC-aware, and a test clock that moves only when told."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta, timezone

from app.domain.clock import FixedClock, SystemClock, ensure_utc

BEIJING = timezone(timedelta(hours=8))


def test_the_wall_clock_tells_utc() -> None:
    now = SystemClock().now()
    assert now.tzinfo is UTC
    assert abs(now - datetime.now(UTC)) < timedelta(minutes=1)


def test_a_test_clock_stands_still_until_moved_or_set() -> None:
    clock = FixedClock(datetime(2026, 11, 24, 9, 0, tzinfo=BEIJING))
    assert clock.now() == datetime(2026, 11, 24, 1, 0, tzinfo=UTC) and clock.now().tzinfo is UTC
    clock.advance(timedelta(minutes=5))
    assert clock.now() == datetime(2026, 11, 24, 1, 5, tzinfo=UTC)
    clock.set(datetime(2026, 12, 1, 8, 0))  # naive: taken as UTC
    assert clock.now() == datetime(2026, 12, 1, 8, 0, tzinfo=UTC)


def test_times_become_utc_whatever_the_workstations_zone(monkeypatch) -> None:
    monkeypatch.setenv("TZ", "Asia/Shanghai")
    time.tzset()
    try:
        aware = ensure_utc(datetime(2026, 11, 24, 9, 0, tzinfo=BEIJING))
        naive = ensure_utc(datetime(2026, 11, 24, 9, 0))
    finally:
        monkeypatch.undo()
        time.tzset()
    assert aware == datetime(2026, 11, 24, 1, 0, tzinfo=UTC) and aware.tzinfo is UTC
    assert naive == datetime(2026, 11, 24, 9, 0, tzinfo=UTC) and naive.tzinfo is UTC
