"""When the demo's calls came in: realistic days and hours, the recent weeks at a natural rate."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, timedelta

from app.demo.plan import CENTRE_TZ, HOUR_WEIGHTS, call_time

RECENT_DAYS = 14  # written through the session; older tickets take the bulk path
CALLS_PER_DAY = (6, 10)
MINUTE = timedelta(minutes=1)


@dataclass(frozen=True)
class Schedule:
    """Call times of the old (bulk-written) and recent tickets, and how many showcases to place."""

    old: list[datetime]
    recent: list[datetime]
    showcases: int


def local_midnight(moment: datetime) -> datetime:
    local = moment.astimezone(CENTRE_TZ)
    return local.replace(hour=0, minute=0, second=0, microsecond=0)


def _elapsed_share(day: datetime, now: datetime) -> float:
    """How much of a day's usual calls have come in by ``now`` (1.0 for a day gone by)."""
    hours = (now - day).total_seconds() / 3600
    if hours >= 24:
        return 1.0
    full = int(hours)
    done = sum(HOUR_WEIGHTS[:full]) + HOUR_WEIGHTS[full] * (hours - full)
    return done / sum(HOUR_WEIGHTS)


def _natural_count(first_day: datetime, days: int, now: datetime, rng: random.Random) -> int:
    """Six to ten calls a day; today only the share that has already rung."""
    total = 0
    for offset in range(days):
        share = _elapsed_share(first_day + timedelta(days=offset), now)
        total += round(rng.randint(*CALLS_PER_DAY) * share)
    return total


def _sample(
    first_day: datetime, days: int, count: int, now: datetime, rng: random.Random
) -> list[datetime]:
    """``count`` call times in those days, weighted by the hour of day, all before ``now``."""
    times = []
    while len(times) < count:
        for _attempt in range(100):
            moment = call_time(first_day + timedelta(days=rng.randrange(days)), rng)
            if moment < now - MINUTE:
                break
        else:
            moment = now - rng.uniform(1, 60) * MINUTE
        times.append(moment)
    return sorted(times)


def schedule(
    now: datetime, months: float, tickets: int | None, showcases: int, rng: random.Random
) -> Schedule:
    """The natural 6-10 calls a day, or exactly ``tickets`` calls.

    The last two weeks always run at the natural rate (so the open queue looks like a real one);
    the rest of ``tickets`` is spread over the older days.
    """
    today = local_midnight(now)
    days = max(1, round(months * 30.44))
    recent_days = min(RECENT_DAYS, days)
    old_days = days - recent_days
    recent_start = today - timedelta(days=recent_days - 1)
    old_start = today - timedelta(days=days - 1)
    showcases = showcases if tickets is None else min(showcases, tickets)
    natural = _natural_count(recent_start, recent_days, now, rng)
    if tickets is None:
        old_count = _natural_count(old_start, old_days, now, rng)
        recent = _sample(recent_start, recent_days, natural, now, rng)
    else:
        budget = tickets - showcases
        recent_count = min(budget, natural) if old_days else budget
        old_count = budget - recent_count
        recent = _sample(recent_start, recent_days, natural, now, rng)[-recent_count:]
        if len(recent) < recent_count:
            recent += _sample(recent_start, recent_days, recent_count - len(recent), now, rng)
            recent.sort()
        recent = recent[len(recent) - recent_count :]
    old = _sample(old_start, old_days, old_count, now, rng) if old_days else []
    return Schedule(old, recent, showcases)
