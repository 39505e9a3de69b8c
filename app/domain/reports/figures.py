"""The figures of the operating-status report: achievement rates, repair and failure times,
availability (GB/T 28827.1 §9.2–9.4)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import timedelta


def rate(part: int, whole: int) -> float | None:
    """``part`` of ``whole`` in per cent, one decimal; None when there is nothing to count."""
    return round(100 * part / whole, 1) if whole else None


def rate_text(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f}%"


@dataclass(frozen=True)
class Tally:
    """How many clocks stopped, and how many of them in time."""

    count: int = 0
    met: int = 0

    @property
    def rate(self) -> float | None:
        return rate(self.met, self.count)

    @property
    def missed(self) -> int:
        return self.count - self.met

    def add(self, met: bool) -> Tally:
        return Tally(self.count + 1, self.met + int(met))


def mean(durations: Iterable[timedelta]) -> timedelta | None:
    """The mean of some durations (MTTR); None when there are none."""
    items = list(durations)
    if not items:
        return None
    return sum(items, timedelta()) / len(items)


def mtbf(period: timedelta, outages: Iterable[timedelta]) -> timedelta | None:
    """Mean time between failures over ``period``: the time in service divided by the failures;
    None without a failure (nothing to divide)."""
    items = list(outages)
    if not items:
        return None
    down = min(sum(items, timedelta()), period)
    return (period - down) / len(items)


def availability(period: timedelta, outages: Iterable[timedelta]) -> float:
    """The share of ``period`` the system was in service, counting only known outages."""
    down = min(sum(outages, timedelta()), period)
    return round(100 * (1 - down / period), 2) if period else 100.0


def hours_text(value: timedelta | None) -> str:
    """``12.5 小时``; a dash when unknown."""
    if value is None:
        return "—"
    return f"{value.total_seconds() / 3600:.1f} 小时"
