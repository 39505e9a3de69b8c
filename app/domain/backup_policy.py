"""When the program backs up its own database, which copies it keeps, and when a backup is stale.

The thinning follows Anki's: everything from today and yesterday, then one copy per day for
``daily`` days, one per week for ``weekly`` weeks, one per month for ``monthly`` months, each the
newest of its day, week or month; older copies go.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TypeVar

K = TypeVar("K")
STALE_AFTER = timedelta(days=2)  # the status bar turns red past this age


@dataclass(frozen=True)
class KeepLimits:
    """How many automatic backups to keep per stage (settings in the database)."""

    daily: int = 14
    weekly: int = 8
    monthly: int = 12


def backup_due(last_auto: datetime | None, now: datetime, changed: bool) -> bool:
    """An automatic backup is due once a local day, and only if the data changed since the last."""
    if not changed:
        return False
    return last_auto is None or last_auto.astimezone().date() < now.astimezone().date()


def obsolete(backups: Iterable[tuple[K, datetime]], today: date, limits: KeepLimits) -> list[K]:
    """The keys of the automatic backups to delete, given each one's time (any order)."""
    yesterday = today.toordinal() - 1
    left = {"daily": limits.daily, "weekly": limits.weekly, "monthly": limits.monthly}
    last_day = last_week = last_month = None
    doomed: list[K] = []
    for key, when in sorted(backups, key=lambda b: b[1], reverse=True):
        local = when.astimezone().date()
        day, week, month = _day(local), _week(local), _month(local)
        stage = None
        if day >= yesterday:
            keep = True
        else:
            stage = next((name for name in ("daily", "weekly", "monthly") if left[name] > 0), None)
            if stage is None:
                keep = False
            else:
                last = {"daily": last_day, "weekly": last_week, "monthly": last_month}[stage]
                mine = {"daily": day, "weekly": week, "monthly": month}[stage]
                keep = last is None or mine < last
        if keep:
            last_day, last_week, last_month = day, week, month
            if stage is not None:
                left[stage] -= 1
        else:
            doomed.append(key)
    return doomed


def is_stale(last_good: datetime | None, now: datetime) -> bool:
    """Whether the newest good backup is older than two days (or there is none)."""
    return last_good is None or now - last_good > STALE_AFTER


def _day(day: date) -> int:
    return day.toordinal()


def _week(day: date) -> int:
    return (day.toordinal() - 1) // 7  # weeks start on Monday (day 1 was a Monday)


def _month(day: date) -> int:
    return day.year * 12 + day.month
