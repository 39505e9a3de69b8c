"""Demo tickets placed so that "now" finds one open at every step, paused, breaching, loaner due."""

from __future__ import annotations

import random
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Any

from app.demo.calls import CallMaker
from app.demo.plan import Timing, sample_timing

M = timedelta(minutes=1)
H = timedelta(hours=1)


@dataclass(frozen=True)
class Showcase:
    """One hand-placed ticket: what kind of call, how long ago, and when its steps happen."""

    name: str
    wanted: dict[str, Any]
    age: timedelta
    timing: dict[str, Any]


_DEFECT = {"class": "defect", "triage": "technical"}
_EARLY = {"respond": 2 * M, "arrive": 15 * M, "triage": 25 * M, "confirm": 45 * M}

SHOWCASES: tuple[Showcase, ...] = (
    # A consultation answered in writing later: responded, not yet answered.
    Showcase("consultation_waiting", {"class": "consultation"}, 40 * M, {"respond": 2 * M, "answer": 6 * H}),
    # Just called: the response clock is in its warning band.
    Showcase("new_warning", {**_DEFECT, "severity": "general"}, 4 * M, {"respond": 6 * M, "arrive": 25 * M, "triage": 35 * M}),
    # Nobody has answered for 12 minutes: response breached, escalated, not yet acknowledged.
    Showcase("response_breach", {**_DEFECT, "severity": "general"}, 12 * M, {"respond": 14 * M, "arrive": 40 * M, "triage": 50 * M}),
    # On site 38 minutes after a major call and still not arrived: arrival breached.
    Showcase("arrival_breach", {**_DEFECT, "severity": "major"}, 38 * M, {"respond": 2 * M, "arrive": 55 * M, "triage": 70 * M}),
    # Analysed, waiting for the supervisor's signature.
    Showcase("analysed", {**_DEFECT, "severity": "general"}, 50 * M, {"respond": 2 * M, "arrive": 12 * M, "triage": 30 * M, "confirm": 3 * H}),
    # Under repair, fix clock in its warning band.
    Showcase("fix_warning", {**_DEFECT, "severity": "general"}, 3 * H + 15 * M, {**_EARLY, "restore": 5 * H}),
    # Hardware not repaired after 5 hours: fix breached, loaner mark still ahead.
    Showcase("fix_breach", {**_DEFECT, "severity": "general", "hardware": True}, 5 * H, {**_EARLY, "restore": 7 * H}),
    # Major hardware unrepaired for 10 hours: fix breached and a same-model loaner is due.
    Showcase("loaner_due", {**_DEFECT, "severity": "major", "hardware": True}, 10 * H, {**_EARLY, "restore": 14 * H}),
    # Waiting for parts: clocks paused with a reason.
    Showcase("paused", {**_DEFECT, "severity": "general", "hardware": True}, 2 * H + 30 * M, {**_EARLY, "pause": (H, None), "restore": 30 * H}),
    # An emergency being worked on.
    Showcase("emergency", {**_DEFECT, "severity": "emergency"}, 45 * M, {"respond": M, "arrive": 12 * M, "triage": 18 * M, "confirm": 30 * M, "restore": 3 * H}),
    # Fixed, not yet reported; reported, not yet replied; replied, waiting for the follow-up.
    Showcase("fixed", {**_DEFECT, "severity": "general"}, 5 * H, {**_EARLY, "restore": 2 * H, "fix": 150 * M, "report": 8 * H}),
    Showcase("reported", {**_DEFECT, "severity": "general"}, 10 * H, {**_EARLY, "restore": 2 * H, "fix": 3 * H, "report": 5 * H, "reply": 20 * H}),
    Showcase("replied", {**_DEFECT, "severity": "general"}, 30 * H, {**_EARLY, "restore": 2 * H, "fix": 3 * H, "report": 5 * H, "reply": 20 * H, "close": 60 * H}),
    # Closed, then reopened about an hour ago: back to confirmed, fix clock running again.
    Showcase("reopened", {**_DEFECT, "severity": "general"}, 96 * H, {**_EARLY, "restore": 2 * H, "fix": 150 * M, "report": 4 * H, "reply": 8 * H, "close": 48 * H, "reopen": 95 * H}),
)  # fmt: skip

_CHAIN = ("fix", "report", "reply", "close")


def showcase_timing(base: Timing, given: dict[str, Any]) -> Timing:
    """The sampled timing with the showcase's times; later steps follow at fixed gaps."""
    primary = {"pause": None, "notes": (), "loaner": False, "reopen": None}
    primary.update((k, v) for k, v in given.items() if k not in _CHAIN)
    timing = replace(base, **primary)
    fix = given.get("fix", max(timing.restore, timing.confirm) + 20 * M)
    report = given.get("report", fix + 2 * H)
    reply = given.get("reply", report + 6 * H)
    close = given.get("close", reply + 36 * H)
    return replace(timing, fix=fix, report=report, reply=reply, close=close)


def place_showcases(
    calls: CallMaker, now: datetime, rng: random.Random, notes: list[str], count: int
) -> list[tuple[dict[str, Any], datetime, Timing]]:
    """Scenario, call time and timing of the first ``count`` showcases."""
    placed = []
    for showcase in SHOWCASES[:count]:
        scenario = dict(calls.pick_where(**showcase.wanted))
        if scenario["channel"] == "onsite":
            scenario["channel"] = "phone"  # a walk-in would have no response or arrival to wait for
        # A little younger than the nominal age, never enough to change what "now" finds.
        called_at = now - showcase.age + min(showcase.age * 0.03, 10 * M) * rng.random()
        base = sample_timing(scenario, called_at, rng, notes)
        placed.append((scenario, called_at, showcase_timing(base, showcase.timing)))
    return placed
