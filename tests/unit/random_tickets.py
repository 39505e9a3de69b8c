"""Random ticket times for comparing two ways of counting clocks: every class, severity and
channel, steps missing or out of order, pauses open and closed, and stops exactly on a target."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from app.domain.enums import Channel, ClockKind, Severity, TicketClass
from app.domain.tickets.sla import ClockTargets, Pause, TicketTimes

TARGETS = ClockTargets()


def _offset(rng: random.Random, severity: Severity, kind: ClockKind) -> timedelta:
    """Mostly a little under or over the target; a fifth of the time exactly on it."""
    target = TARGETS.target(kind, severity)
    if rng.random() < 0.2:
        return target
    return target * rng.uniform(0.1, 1.8)


def _pauses(rng: random.Random, called: datetime) -> tuple[Pause, ...]:
    pauses = []
    start = called
    for _ in range(rng.choice((0, 0, 0, 1, 1, 2))):
        start += timedelta(minutes=rng.randint(0, 240))
        if rng.random() < 0.2:
            pauses.append(Pause(start, None, "等待甲方"))
            break
        end = start + timedelta(minutes=rng.randint(1, 300))
        pauses.append(Pause(start, end, "等待甲方"))
        start = end
    return tuple(pauses)


def random_times(rng: random.Random, called: datetime) -> TicketTimes:
    """One ticket's stored times, called at ``called``."""
    severity = rng.choice(list(Severity))

    def step(kind: ClockKind, chance: float) -> datetime | None:
        return called + _offset(rng, severity, kind) if rng.random() < chance else None

    restored = step(ClockKind.FIX, 0.75)
    return TicketTimes(
        ticket_class=rng.choice(list(TicketClass)),
        severity=severity,
        called_at=called,
        responded_at=step(ClockKind.RESPONSE, 0.8),
        arrived_at=step(ClockKind.ARRIVAL, 0.6),
        restored_at=restored,
        closed_at=(restored or called) + timedelta(hours=rng.randint(0, 50))
        if rng.random() < 0.6
        else None,
        is_hardware=rng.random() < 0.3,
        pauses=_pauses(rng, called),
        found=rng.choice(list(Channel)).found,
    )


def random_channel(rng: random.Random, found: bool) -> Channel:
    return rng.choice([c for c in Channel if c.found == found])
