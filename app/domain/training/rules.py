"""Training and drill rules: attendee lines, a drill's timeline lines, and the yearly due date."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, time, timedelta

from app.domain.enums import LabelledEnum
from app.domain.i18n import QT_TRANSLATE_NOOP, MarkedError

# GB/T 28827.3 asks for training and a drill at least once a year; the due list warns this
# many days before the year is out.
INTERVAL_DAYS = 365
WARN_DAYS = 30


class TrainingError(MarkedError, ValueError):
    """A training or drill record the rules refuse; the message says why, in Chinese."""

    def __init__(self, template: str, **values: object) -> None:
        super().__init__("training", template, **values)


class TrainingKind(LabelledEnum):
    """Who is trained: the client's operators (操作失误 plan) or its maintainers (支援性维护)."""

    OPERATION = "operation"
    MAINTENANCE = "maintenance"
    EMERGENCY = "emergency"

    @property
    def label(self) -> str:
        return _LABELS[self]


class DueKind(LabelledEnum):
    TRAINING = "training"
    DRILL = "drill"

    @property
    def label(self) -> str:
        return _LABELS[self]


class YearlyState(LabelledEnum):
    NEVER = "never"
    OVERDUE = "overdue"
    DUE_SOON = "due_soon"
    OK = "ok"

    @property
    def label(self) -> str:
        return _LABELS[self]


_LABELS = {
    TrainingKind.OPERATION: QT_TRANSLATE_NOOP("enum", "操作培训"),
    TrainingKind.MAINTENANCE: QT_TRANSLATE_NOOP("enum", "运维培训"),
    TrainingKind.EMERGENCY: QT_TRANSLATE_NOOP("enum", "应急预案培训"),
    DueKind.TRAINING: QT_TRANSLATE_NOOP("enum", "培训"),
    DueKind.DRILL: QT_TRANSLATE_NOOP("enum", "应急演练"),
    YearlyState.NEVER: QT_TRANSLATE_NOOP("enum", "从未进行"),
    YearlyState.OVERDUE: QT_TRANSLATE_NOOP("enum", "已逾期"),
    YearlyState.DUE_SOON: QT_TRANSLATE_NOOP("enum", "即将到期"),
    YearlyState.OK: QT_TRANSLATE_NOOP("enum", "未到期"),
}


@dataclass(frozen=True)
class YearlyDue:
    """When the next training or drill is due: a year after the last one."""

    kind: DueKind
    last: date | None
    due: date | None
    state: YearlyState
    days_left: int | None


def yearly_due(kind: DueKind, last: date | None, today: date) -> YearlyDue:
    """The next one falls due a year after the last; warn a month ahead; never held is due now."""
    if last is None:
        return YearlyDue(kind, None, None, YearlyState.NEVER, None)
    due = last + timedelta(days=INTERVAL_DAYS)
    left = (due - today).days
    if left < 0:
        state = YearlyState.OVERDUE
    elif left <= WARN_DAYS:
        state = YearlyState.DUE_SOON
    else:
        state = YearlyState.OK
    return YearlyDue(kind, last, due, state, left)


@dataclass(frozen=True)
class Attendee:
    name: str
    department: str


def _lines(text: str) -> list[str]:
    """Lines of typed text, full-width spaces as spaces (the text itself is kept as written)."""
    return [line.replace("\u3000", " ").strip() for line in text.splitlines()]


def parse_attendees(text: str) -> list[Attendee]:
    """One attendee a line: "张科长 监管科" or "监管科：张科长、李警官" (several at once)."""
    attendees: list[Attendee] = []
    seen: set[tuple[str, str]] = set()
    for line in _lines(text):
        if not line:
            continue
        department, sep, names = line.partition("：")
        if not sep:
            department, sep, names = line.partition(":")
        if sep:
            people = [(n, department.strip()) for n in re.split(r"[、,，;；\s]+", names) if n]
        else:
            name, _space, rest = line.partition(" ")
            people = [(name, rest.strip())]
        for name, dept in people:
            key = (name.strip(), dept)
            if key[0] and key not in seen:
                seen.add(key)
                attendees.append(Attendee(*key))
    return attendees


def attendees_text(attendees: list[Attendee]) -> str:
    return "\n".join(f"{a.name} {a.department}".strip() for a in attendees)


@dataclass(frozen=True)
class TimelineStep:
    """One line of a drill's record: when (local wall time) and what happened."""

    at: time
    text: str


_STEP = re.compile(r"^([0-9０-９]{1,2})\s*[:：]\s*([0-9０-９]{2})\s*(.*)$")


def parse_timeline(text: str) -> list[TimelineStep]:
    """Lines "09:05 模拟 NVR-1 配置丢失"; a line without a time, or a time going backwards, is
    refused naming its line number."""
    steps: list[TimelineStep] = []
    for number, line in enumerate(_lines(text), start=1):
        if not line:
            continue
        match = _STEP.match(line)
        if not match:
            raise TrainingError(
                QT_TRANSLATE_NOOP("training", "演练经过第 {line} 行应以时间开头，如“09:05 …”"),
                line=number,
            )
        hour, minute = (int(unicodedata.normalize("NFKC", g)) for g in match.group(1, 2))
        what = match.group(3).strip().lstrip(":：-—").strip()
        if hour > 23 or minute > 59:
            raise TrainingError(
                QT_TRANSLATE_NOOP("training", "演练经过第 {line} 行的时间无效"), line=number
            )
        if not what:
            raise TrainingError(
                QT_TRANSLATE_NOOP("training", "演练经过第 {line} 行缺少经过说明"), line=number
            )
        at = time(hour, minute)
        if steps and at < steps[-1].at:
            raise TrainingError(
                QT_TRANSLATE_NOOP("training", "演练经过第 {line} 行的时间早于上一行"), line=number
            )
        steps.append(TimelineStep(at, what))
    return steps


def timeline_text(steps: list[TimelineStep]) -> str:
    return "\n".join(f"{s.at.strftime('%H:%M')} {s.text}" for s in steps)


TRAINING_LABELS = {
    "held_at": QT_TRANSLATE_NOOP("field", "培训时间"),
    "topic": QT_TRANSLATE_NOOP("field", "培训主题"),
    "trainer": QT_TRANSLATE_NOOP("field", "培训人"),
    "attendees": QT_TRANSLATE_NOOP("field", "参加人员"),
    "duration_minutes": QT_TRANSLATE_NOOP("field", "培训时长"),
    "place": QT_TRANSLATE_NOOP("field", "培训地点"),
    "effect_check": QT_TRANSLATE_NOOP("field", "效果检验方式"),
}
DRILL_LABELS = {
    "held_at": QT_TRANSLATE_NOOP("field", "演练时间"),
    "plan": QT_TRANSLATE_NOOP("field", "演练预案"),
    "scenario": QT_TRANSLATE_NOOP("field", "演练场景"),
    "script": QT_TRANSLATE_NOOP("field", "演练方案与脚本"),
    "participants": QT_TRANSLATE_NOOP("field", "参演人员"),
    "timeline": QT_TRANSLATE_NOOP("field", "演练经过"),
    "findings": QT_TRANSLATE_NOOP("field", "发现的问题"),
    "improvements": QT_TRANSLATE_NOOP("field", "改进措施"),
}
