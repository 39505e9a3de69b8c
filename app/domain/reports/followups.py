"""Follow-up visits (回访, §(六)3 建立定期回访制度): when one is due, the requester's satisfaction,
and the quarterly satisfaction survey."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from app.domain.enums import LabelledEnum
from app.domain.i18n import QT_TRANSLATE_NOOP
from app.domain.validation import FieldError

DEFAULT_DUE_DAYS = 3  # a follow-up is due this many days after the fix (a setting)


class Satisfaction(LabelledEnum):
    SATISFIED = "satisfied"
    FAIR = "fair"
    DISSATISFIED = "dissatisfied"

    @property
    def label(self) -> str:
        return _LABELS[self]


class FollowUpWay(LabelledEnum):
    PHONE = "phone"
    VISIT = "visit"

    @property
    def label(self) -> str:
        return _LABELS[self]


class FollowUpKind(LabelledEnum):
    TICKET = "ticket"  # after a defect was fixed
    SURVEY = "survey"  # the periodic (quarterly) satisfaction survey of the client

    @property
    def label(self) -> str:
        return _LABELS[self]


_LABELS: dict[LabelledEnum, str] = {
    Satisfaction.SATISFIED: QT_TRANSLATE_NOOP("enum", "满意"),
    Satisfaction.FAIR: QT_TRANSLATE_NOOP("enum", "基本满意"),
    Satisfaction.DISSATISFIED: QT_TRANSLATE_NOOP("enum", "不满意"),
    FollowUpWay.PHONE: QT_TRANSLATE_NOOP("enum", "电话回访"),
    FollowUpWay.VISIT: QT_TRANSLATE_NOOP("enum", "上门回访"),
    FollowUpKind.TICKET: QT_TRANSLATE_NOOP("enum", "工单回访"),
    FollowUpKind.SURVEY: QT_TRANSLATE_NOOP("enum", "季度满意度调查"),
}

FIELD_LABELS = {
    "at": QT_TRANSLATE_NOOP("field", "回访时间"),
    "way": QT_TRANSLATE_NOOP("field", "回访方式"),
    "contact": QT_TRANSLATE_NOOP("field", "回访对象"),
    "satisfaction": QT_TRANSLATE_NOOP("field", "满意度"),
    "comments": QT_TRANSLATE_NOOP("field", "回访意见"),
    "recurred": QT_TRANSLATE_NOOP("field", "问题是否复发"),
    "complaint": QT_TRANSLATE_NOOP("field", "不满意原因（投诉记录）"),
    "quarter": QT_TRANSLATE_NOOP("field", "调查季度"),
}


def due_on(fixed_on: date, days: int = DEFAULT_DUE_DAYS) -> date:
    """The day a follow-up falls due: ``days`` calendar days after the fix (7×24 service)."""
    return fixed_on + timedelta(days=days)


def complaint_errors(satisfaction: Satisfaction | None, complaint: str) -> list[FieldError]:
    """A 不满意 needs its reason written down: it opens a complaint note the monthly report lists."""
    if satisfaction is Satisfaction.DISSATISFIED and not complaint.strip():
        return [
            FieldError(
                "complaint",
                QT_TRANSLATE_NOOP("validation", "满意度为“不满意”时请填写“{label}”"),
                FIELD_LABELS["complaint"],
            )
        ]
    return []


def quarter_of(day: date) -> str:
    """``2026Q4`` for a day in October to December 2026."""
    return f"{day.year}Q{(day.month - 1) // 3 + 1}"


@dataclass(frozen=True)
class SatisfactionShare:
    """How many answered with one level, and their share of all rated follow-ups."""

    satisfaction: Satisfaction
    count: int
    percent: float | None


def distribution(ratings: Iterable[Satisfaction | None]) -> list[SatisfactionShare]:
    """Counts and shares of each level among the rated follow-ups (unrated ones left out)."""
    counts = Counter(r for r in ratings if r is not None)
    total = sum(counts.values())
    return [
        SatisfactionShare(
            level, counts[level], round(100 * counts[level] / total, 1) if total else None
        )
        for level in Satisfaction
    ]


def satisfaction_rate(ratings: Iterable[Satisfaction | None]) -> float | None:
    """满意率: satisfied or fairly satisfied, as a share of the rated follow-ups."""
    shares = {s.satisfaction: s for s in distribution(ratings)}
    total = sum(s.count for s in shares.values())
    if not total:
        return None
    good = shares[Satisfaction.SATISFIED].count + shares[Satisfaction.FAIR].count
    return round(100 * good / total, 1)
