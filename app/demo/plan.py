"""Demo data plans: when each call came in and each timed step of its life (pure, seeded)."""

from __future__ import annotations

import random
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta, timezone
from typing import Any

from app.domain.enums import Channel
from app.domain.tickets.workflow import Action

CENTRE_TZ = timezone(timedelta(hours=8))  # the centre's local time, for day and night
# Relative call volume per local hour: busy by day, quiet at night.
HOUR_WEIGHTS = (1, 1, 1, 1, 1, 1, 2, 4, 9, 10, 10, 9, 5, 6, 9, 10, 9, 8, 5, 4, 3, 3, 2, 1)

FOLLOW_UPS = (
    "回访提出人，设备运行正常，对处理结果满意。",
    "回访确认问题已解决，提出人表示满意。",
    "回访时系统运行稳定，提出人满意，建议加强日常巡检。",
    "回访提出人，功能使用正常，评价：满意。",
)
LATE_FOLLOW_UPS = (
    "回访提出人，问题已解决，但反映到场不够及时，评价：基本满意。",
    "回访确认已恢复正常，提出人希望缩短修复时间，评价：基本满意。",
)
REPORT_NOTES = (
    "已将维修记录和处理结果上报售后服务部，归档备查。",
    "已通过服务中心报修系统上报，附现场照片和配置变更记录。",
    "已上报服务中心，并抄送项目经理。",
)
REOPEN_REASONS = (
    "回访时提出人反映故障再次出现，重新处理。",
    "同类告警再次出现，需重新排查。",
    "提出人反映处理后仍有间歇性异常。",
)
LOANER_NOTE = "故障设备超过8小时未修复，已从备品备件库提供同型号备用机并办理借用登记。"


@dataclass(frozen=True)
class Step:
    """One timed thing an engineer did to a ticket."""

    at: datetime
    action: Action
    values: dict[str, Any]
    actor: str


@dataclass(frozen=True)
class Timing:
    """Offsets from the call of each step; None leaves the step out."""

    respond: timedelta | None = None
    arrive: timedelta | None = None
    triage: timedelta = timedelta(minutes=20)
    confirm: timedelta = timedelta(minutes=60)
    pause: tuple[timedelta, timedelta | None] | None = None  # start, length (None = ongoing)
    restore: timedelta = timedelta(hours=2)
    fix: timedelta = timedelta(hours=2, minutes=20)
    report: timedelta = timedelta(hours=4)
    reply: timedelta = timedelta(hours=8)
    close: timedelta = timedelta(days=2)
    answer: timedelta = timedelta(minutes=3)
    reopen: timedelta | None = None
    loaner: bool = False
    notes: tuple[tuple[timedelta, str], ...] = field(default=())


def _minutes(a: float, b: float, rng: random.Random) -> timedelta:
    return timedelta(minutes=rng.uniform(a, b))


def call_time(day_start: datetime, rng: random.Random) -> datetime:
    """A call time inside one local day, more likely by day than at night."""
    hour = rng.choices(range(24), weights=HOUR_WEIGHTS)[0]
    return day_start + timedelta(hours=hour, seconds=rng.randrange(3600))


def _next_office_hour(moment: datetime, rng: random.Random) -> datetime:
    """A supervisor signs during office hours: now if it is day, else the next morning."""
    local = moment.astimezone(CENTRE_TZ)
    if 8 <= local.hour < 18:
        return moment + _minutes(10, 60, rng)
    morning = local.replace(hour=8, minute=30, second=0, microsecond=0)
    if local.hour >= 18:
        morning += timedelta(days=1)
    return morning.astimezone(moment.tzinfo) + _minutes(0, 90, rng)


def sample_timing(
    scenario: dict[str, Any], called_at: datetime, rng: random.Random, notes: list[str]
) -> Timing:
    """Realistic step times: mostly within the contract's targets, some breaching."""
    severity = scenario["severity"]
    onsite = scenario["channel"] == "onsite"
    found = Channel(scenario["channel"]).found  # the engineer is there: nothing to answer
    respond = None if onsite or found else _minutes(0.5, 4.5, rng)
    if respond is not None and rng.random() < 0.04:
        respond = _minutes(5.5, 15, rng)
    if scenario["class"] == "consultation":
        answer = (respond or timedelta()) + (
            _minutes(2, 25, rng) if rng.random() < 0.85 else _minutes(120, 1800, rng)
        )
        return Timing(respond=respond, answer=answer)
    arrival_limit = 20 if severity == "emergency" else 30
    arrive = timedelta(minutes=1) if onsite else _minutes(6, arrival_limit - 2, rng)
    if not onsite and rng.random() < 0.06:
        arrive = _minutes(arrival_limit + 1, arrival_limit * 2.5, rng)
    if respond is not None and arrive <= respond:
        respond = arrive - timedelta(minutes=1)
    triage = (timedelta() if found else arrive) + _minutes(5, 30, rng)
    fix_hours = {"general": 4, "major": 8, "emergency": 4}[severity]
    work = timedelta(hours=rng.uniform(0.15, 0.85) * fix_hours)
    if rng.random() < 0.07:
        work = timedelta(hours=rng.uniform(1.05, 2.2) * fix_hours)
    work = max(work, triage + timedelta(minutes=5))
    pause = None
    if rng.random() < 0.1 and work > triage + timedelta(minutes=20):
        start = triage + (work - triage) * rng.uniform(0.1, 0.6)
        pause = (start, timedelta(hours=rng.uniform(0.5, 20)))
    restore = work + (pause[1] if pause and pause[1] else timedelta())
    confirm_at = _next_office_hour(called_at + triage, rng)
    confirm = confirm_at - called_at
    fix = max(restore, confirm) + _minutes(10, 60, rng)
    report = fix + _minutes(30, 360, rng)
    reply = report + _minutes(30, 1440, rng)
    close = reply + timedelta(hours=rng.uniform(20, 72))
    loaner = scenario.get("hardware", False) and restore > timedelta(hours=8)
    note_times = sorted(rng.uniform(0.2, 0.9) for _ in range(rng.choice((0, 0, 1, 1, 2))))
    chosen = tuple(
        (arrive + (restore - arrive) * t, rng.choice(notes)) for t in note_times if restore > arrive
    )
    return Timing(
        respond=respond,
        arrive=None if found else arrive,
        triage=triage,
        confirm=confirm,
        pause=pause,
        restore=restore,
        fix=fix,
        report=report,
        reply=reply,
        close=close,
        loaner=loaner,
        notes=chosen,
    )


def with_reopen(timing: Timing, rng: random.Random) -> Timing:
    """The same life, reopened one to four days after it was closed."""
    return replace(timing, reopen=timing.close + timedelta(hours=rng.uniform(24, 96)))


def _fix_values(scenario: dict[str, Any], again: bool) -> dict[str, Any]:
    prefix = "故障复现。" if again else ""
    return {
        "cause": prefix + scenario["cause"],
        "resolution": ("再次处理：" if again else "") + scenario["resolution"],
        "prevention": scenario["prevention"],
        "maintenance_type": scenario["maintenance_type"],
        "liability": scenario["liability"],
    }


def _first_sentence(text: str) -> str:
    return text.split("。")[0].split("；")[0]


def plan_steps(
    scenario: dict[str, Any],
    called_at: datetime,
    timing: Timing,
    actor: str,
    supervisor: str,
    rng: random.Random,
    pause_reason: str,
) -> list[Step]:
    """Every step of the ticket's life in time order (cut at "now" by the caller)."""
    steps: list[tuple[timedelta, Action, dict[str, Any]]] = []
    if timing.respond is not None:
        steps.append((timing.respond, Action.RESPOND, {}))
    if scenario["class"] == "consultation":
        steps.append((timing.answer, Action.ANSWER, {"answer": scenario["answer"]}))
        return _timed(steps, called_at, actor)
    if timing.arrive is not None:
        steps.append((timing.arrive, Action.ARRIVE, {}))
    if scenario["triage"] == "operation":
        triage = {
            "triage_result": "operation",
            "analysis": scenario["cause"],
            "answer": scenario["resolution"],
        }
        steps.append((timing.triage, Action.TRIAGE, triage))
        return _timed(steps, called_at, actor)
    label = "经现场检查初步判断：" if scenario["triage"] == "technical" else "经核实属业务问题："
    triage = {"triage_result": scenario["triage"], "analysis": label + scenario["cause"]}
    steps.append((timing.triage, Action.TRIAGE, triage))
    plan = f"同意按分析意见处理：{_first_sentence(scenario['resolution'])}。"
    steps.append((timing.confirm, Action.CONFIRM, {"supervisor_name": supervisor, "plan": plan}))
    for offset, note in timing.notes:
        steps.append((offset, Action.NOTE, {"note": note}))
    if timing.pause is not None:
        start, length = timing.pause
        steps.append((start, Action.PAUSE, {"reason": pause_reason}))
        if length is not None:
            steps.append((start + length, Action.RESUME, {}))
    if timing.loaner:
        steps.append((timedelta(hours=8, minutes=5), Action.NOTE, {"note": LOANER_NOTE}))
    steps.append((timing.restore, Action.RESTORE, {"note": "已恢复正常运行，请提出人确认。"}))
    steps += _paperwork(scenario, timing, timedelta(), again=False, rng=rng)
    if timing.reopen is not None:
        steps.append((timing.reopen, Action.REOPEN, {"reason": rng.choice(REOPEN_REASONS)}))
        again = timing.reopen + _minutes(60, 180, rng) - timing.restore
        steps.append((timing.restore + again, Action.RESTORE, {"note": "再次处理后恢复正常。"}))
        steps += _paperwork(scenario, timing, again, again=True, rng=rng)
    return _timed(steps, called_at, actor)


def _paperwork(
    scenario: dict[str, Any], timing: Timing, shift: timedelta, again: bool, rng: random.Random
) -> list[tuple[timedelta, Action, dict[str, Any]]]:
    """Fix record, report to the service centre, reply to the requester, follow-up and close."""
    late = timing.restore > timedelta(hours=4) or (timing.arrive or timedelta()) > timedelta(
        minutes=30
    )
    reply = (
        f"故障原因：{scenario['cause']}\n处理及变更记录：{scenario['resolution']}"
        f"\n预防建议：{scenario['prevention']}"
    )
    follow_up = rng.choice(LATE_FOLLOW_UPS if late else FOLLOW_UPS)
    return [
        (shift + timing.fix, Action.FIX, _fix_values(scenario, again)),
        (shift + timing.report, Action.REPORT, {"note": rng.choice(REPORT_NOTES)}),
        (shift + timing.reply, Action.REPLY, {"reply": reply}),
        (
            shift + timing.close,
            Action.CLOSE,
            {
                "follow_up": follow_up,
                "way": "phone",
                "satisfaction": "fair" if late else "satisfied",
            },
        ),
    ]


def _timed(
    steps: list[tuple[timedelta, Action, dict[str, Any]]], called_at: datetime, actor: str
) -> list[Step]:
    ordered = sorted(enumerate(steps), key=lambda item: (item[1][0], item[0]))
    return [
        Step(called_at + offset, action, {**values, "at": called_at + offset}, actor)
        for _index, (offset, action, values) in ordered
    ]
