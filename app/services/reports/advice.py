"""Improvement advice (改进建议) of the monthly report: written by the engineer with an owner and
a deadline; next month's report shows how each stands."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db import audit
from app.db.models import ImprovementAdvice
from app.domain.audit.actions import ADVICE_SAVE
from app.domain.enums import LabelledEnum
from app.domain.i18n import QT_TRANSLATE_NOOP, MarkedError
from app.domain.reports.periods import month_period
from app.domain.validation import FieldError, ValidationError, clean_text
from app.services.context import Desk


class AdviceStatus(LabelledEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    DROPPED = "dropped"

    @property
    def label(self) -> str:
        return _LABELS[self]


_LABELS = {
    AdviceStatus.OPEN: QT_TRANSLATE_NOOP("enum", "未开始"),
    AdviceStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("enum", "进行中"),
    AdviceStatus.DONE: QT_TRANSLATE_NOOP("enum", "已完成"),
    AdviceStatus.DROPPED: QT_TRANSLATE_NOOP("enum", "不再执行"),
}
LABELS = {
    "period": QT_TRANSLATE_NOOP("field", "所属月份"),
    "text": QT_TRANSLATE_NOOP("field", "改进建议"),
    "owner": QT_TRANSLATE_NOOP("field", "责任人"),
    "deadline": QT_TRANSLATE_NOOP("field", "完成期限"),
    "status": QT_TRANSLATE_NOOP("field", "执行情况"),
}


class AdviceError(MarkedError, ValueError):
    def __init__(self, template: str, **values: object) -> None:
        super().__init__("reports", template, **values)


@dataclass(frozen=True)
class AdviceInfo:
    id: int
    period: str
    text: str
    owner: str
    deadline: date
    status: AdviceStatus
    status_note: str
    recorded_by: str

    def overdue(self, today: date) -> bool:
        return (
            self.status in (AdviceStatus.OPEN, AdviceStatus.IN_PROGRESS) and self.deadline < today
        )


def _fields(values: Mapping[str, Any]) -> dict[str, Any]:
    errors: list[FieldError] = []
    required = QT_TRANSLATE_NOOP("validation", "请填写“{label}”")
    period = clean_text(values.get("period"))
    try:
        period = month_period(period).key
    except ValueError:
        errors.append(FieldError("period", required, LABELS["period"]))
    text, owner = clean_text(values.get("text")), clean_text(values.get("owner"))
    if not text:
        errors.append(FieldError("text", required, LABELS["text"]))
    if not owner:
        errors.append(FieldError("owner", required, LABELS["owner"]))
    deadline = values.get("deadline")
    if not isinstance(deadline, date):
        errors.append(FieldError("deadline", required, LABELS["deadline"]))
    try:
        status = AdviceStatus(values.get("status") or AdviceStatus.OPEN.value)
    except ValueError:
        status = AdviceStatus.OPEN
        errors.append(
            FieldError(
                "status", QT_TRANSLATE_NOOP("validation", "请选择“{label}”"), LABELS["status"]
            )
        )
    if errors:
        raise ValidationError(errors)
    return {
        "period": period,
        "text": text,
        "owner": owner[:50],
        "deadline": deadline,
        "status": status.value,
        "status_note": clean_text(values.get("status_note")),
    }


def save_advice(desk: Desk, values: Mapping[str, Any], advice_id: int | None = None) -> int:
    """Write a piece of advice, or update one (its status as the work goes on)."""
    fields = _fields(values)
    with desk.write(ADVICE_SAVE, object_type="advice", object_label=fields["period"]) as session:
        if advice_id is None:
            advice = ImprovementAdvice(recorded_by=desk.actor, **fields)
            session.add(advice)
        else:
            advice = session.get(ImprovementAdvice, advice_id)
            if advice is None:
                raise AdviceError(
                    QT_TRANSLATE_NOOP("reports", "没有这条改进建议（{id}）"), id=advice_id
                )
            for key, value in fields.items():
                setattr(advice, key, value)
        session.flush()
        audit.describe(session, "advice", f"{fields['period']} {fields['text'][:30]}")
        return advice.id


def advice_of(session: Session, period: str) -> list[AdviceInfo]:
    rows = session.scalars(
        select(ImprovementAdvice)
        .where(ImprovementAdvice.period == period)
        .order_by(ImprovementAdvice.deadline, ImprovementAdvice.id)
    )
    return [
        AdviceInfo(
            r.id,
            r.period,
            r.text,
            r.owner,
            r.deadline,
            AdviceStatus(r.status),
            r.status_note,
            r.recorded_by,
        )
        for r in rows
    ]


def list_advice(desk: Desk, period: str) -> list[AdviceInfo]:
    """The advice written for the report of month ``period`` (2026-11)."""
    with desk.db.read() as session:
        return advice_of(session, month_period(period).key)
