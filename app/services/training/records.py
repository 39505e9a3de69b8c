"""Training sessions and emergency drills: record, change, read; when the next one is due."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from app.db.models import Drill, DrillStep, Training, TrainingAttendee
from app.db.models.plans import EmergencyPlan
from app.domain.audit.actions import DRILL_SAVE, TRAINING_SAVE
from app.domain.i18n import QT_TRANSLATE_NOOP
from app.domain.training.rules import (
    DRILL_LABELS,
    TRAINING_LABELS,
    Attendee,
    DueKind,
    TimelineStep,
    TrainingError,
    TrainingKind,
    YearlyDue,
    parse_attendees,
    parse_timeline,
    yearly_due,
)
from app.domain.validation import FieldError, ValidationError, clean_text
from app.services.context import Desk

FUTURE_TOLERANCE = timedelta(minutes=5)
REQUIRED = QT_TRANSLATE_NOOP("validation", "请填写“{label}”")


@dataclass(frozen=True)
class TrainingInfo:
    id: int
    held_at: datetime
    kind: TrainingKind
    topic: str
    trainer: str
    place: str
    duration_minutes: int
    content: str
    attendees: list[Attendee]
    effect_check: str
    effect_result: str
    recorded_by: str


@dataclass(frozen=True)
class DrillInfo:
    id: int
    held_at: datetime
    plan_id: int | None
    plan_title: str
    scenario: str
    script: str
    participants: str
    steps: list[TimelineStep]
    findings: str
    improvements: str
    recorded_by: str


def _text(
    values: Mapping[str, Any], name: str, labels: Mapping[str, str], errors: list[FieldError]
) -> str:
    text = clean_text(values.get(name))
    if not text:
        errors.append(FieldError(name, REQUIRED, labels[name]))
    return text


def _held_at(
    values: Mapping[str, Any], labels: Mapping[str, str], now: datetime, errors: list[FieldError]
) -> datetime:
    held = values.get("held_at")
    if not isinstance(held, datetime):
        errors.append(
            FieldError(
                "held_at", QT_TRANSLATE_NOOP("validation", "请填写“{label}”"), labels["held_at"]
            )
        )
        return now
    if held > now + FUTURE_TOLERANCE:
        errors.append(
            FieldError(
                "held_at",
                QT_TRANSLATE_NOOP("validation", "“{label}”不能晚于当前时间"),
                labels["held_at"],
            )
        )
    return held


def _training_fields(values: Mapping[str, Any], now: datetime) -> dict[str, Any]:
    errors: list[FieldError] = []
    labels = TRAINING_LABELS
    held = _held_at(values, labels, now, errors)
    topic = _text(values, "topic", labels, errors)
    trainer = _text(values, "trainer", labels, errors)
    effect_check = _text(values, "effect_check", labels, errors)
    attendees = parse_attendees(str(values.get("attendees") or ""))
    if not attendees:
        errors.append(FieldError("attendees", REQUIRED, labels["attendees"]))
    minutes = values.get("duration_minutes")
    if not isinstance(minutes, int) or not 0 < minutes <= 24 * 60:
        errors.append(
            FieldError(
                "duration_minutes",
                QT_TRANSLATE_NOOP("validation", "“{label}”应在 1 到 1440 分钟之间"),
                labels["duration_minutes"],
            )
        )
    try:
        kind = TrainingKind(values.get("kind") or TrainingKind.OPERATION.value)
    except ValueError:
        kind = TrainingKind.OPERATION
    if errors:
        raise ValidationError(errors)
    return {
        "held_at": held,
        "kind": kind.value,
        "topic": topic[:200],
        "trainer": trainer[:50],
        "place": clean_text(values.get("place"))[:100],
        "duration_minutes": minutes,
        "content": clean_text(values.get("content")),
        "effect_check": effect_check,
        "effect_result": clean_text(values.get("effect_result")),
        "attendees": attendees,
    }


def save_training(desk: Desk, values: Mapping[str, Any], training_id: int | None = None) -> int:
    """Record a training session (or change one, e.g. to add how its effect was checked)."""
    fields = _training_fields(values, desk.clock.now())
    attendees: list[Attendee] = fields.pop("attendees")
    with desk.write(TRAINING_SAVE, object_type="training") as session:
        if training_id is None:
            training = Training(recorded_by=desk.actor, **fields)
            session.add(training)
        else:
            training = _training(session, training_id)
            for key, value in fields.items():
                setattr(training, key, value)
            training.attendees.clear()
            session.flush()
        training.attendees.extend(
            TrainingAttendee(position=i, name=a.name[:50], department=a.department[:100])
            for i, a in enumerate(attendees)
        )
        session.flush()
        return training.id


def _training(session: Session, training_id: int) -> Training:
    training = session.get(Training, training_id)
    if training is None:
        raise TrainingError(QT_TRANSLATE_NOOP("training", "没有培训记录 {id}"), id=training_id)
    return training


def _training_info(row: Training) -> TrainingInfo:
    return TrainingInfo(
        id=row.id,
        held_at=row.held_at,
        kind=TrainingKind(row.kind),
        topic=row.topic,
        trainer=row.trainer,
        place=row.place,
        duration_minutes=row.duration_minutes,
        content=row.content,
        attendees=[Attendee(a.name, a.department) for a in row.attendees],
        effect_check=row.effect_check,
        effect_result=row.effect_result,
        recorded_by=row.recorded_by,
    )


def list_trainings(desk: Desk) -> list[TrainingInfo]:
    """Every training session, newest first."""
    with desk.db.read() as session:
        rows = session.scalars(
            select(Training)
            .options(selectinload(Training.attendees))
            .order_by(Training.held_at.desc(), Training.id.desc())
        )
        return [_training_info(r) for r in rows]


def get_training(desk: Desk, training_id: int) -> TrainingInfo:
    with desk.db.read() as session:
        return _training_info(_training(session, training_id))


def _drill_fields(session: Session, values: Mapping[str, Any], now: datetime) -> dict[str, Any]:
    errors: list[FieldError] = []
    labels = DRILL_LABELS
    held = _held_at(values, labels, now, errors)
    scenario = _text(values, "scenario", labels, errors)
    script = _text(values, "script", labels, errors)
    participants = _text(values, "participants", labels, errors)
    plan = None
    plan_id = values.get("plan_id")
    if isinstance(plan_id, int):
        plan = session.get(EmergencyPlan, plan_id)
    if plan is None:
        errors.append(
            FieldError("plan", QT_TRANSLATE_NOOP("validation", "请选择“{label}”"), labels["plan"])
        )
    try:
        steps = parse_timeline(str(values.get("timeline") or ""))
    except TrainingError:
        if errors:
            raise ValidationError(errors) from None
        raise
    if not steps:
        errors.append(FieldError("timeline", REQUIRED, labels["timeline"]))
    if errors:
        raise ValidationError(errors)
    assert plan is not None
    return {
        "held_at": held,
        "plan_id": plan.id,
        "plan_title": f"{plan.code} {plan.title}（第 {plan.revision} 版）",
        "scenario": scenario,
        "script": script,
        "participants": participants,
        "findings": clean_text(values.get("findings")),
        "improvements": clean_text(values.get("improvements")),
        "steps": steps,
    }


def save_drill(desk: Desk, values: Mapping[str, Any], drill_id: int | None = None) -> int:
    """Record an emergency drill of a plan (or change one)."""
    now = desk.clock.now()
    with desk.write(DRILL_SAVE, object_type="drill") as session:
        fields = _drill_fields(session, values, now)
        steps: list[TimelineStep] = fields.pop("steps")
        if drill_id is None:
            drill = Drill(recorded_by=desk.actor, **fields)
            session.add(drill)
        else:
            drill = _drill(session, drill_id)
            for key, value in fields.items():
                setattr(drill, key, value)
            drill.steps.clear()
            session.flush()
        drill.steps.extend(DrillStep(position=i, at=s.at, text=s.text) for i, s in enumerate(steps))
        session.flush()
        return drill.id


def _drill(session: Session, drill_id: int) -> Drill:
    drill = session.get(Drill, drill_id)
    if drill is None:
        raise TrainingError(QT_TRANSLATE_NOOP("training", "没有演练记录 {id}"), id=drill_id)
    return drill


def _drill_info(row: Drill) -> DrillInfo:
    return DrillInfo(
        id=row.id,
        held_at=row.held_at,
        plan_id=row.plan_id,
        plan_title=row.plan_title,
        scenario=row.scenario,
        script=row.script,
        participants=row.participants,
        steps=[TimelineStep(s.at, s.text) for s in row.steps],
        findings=row.findings,
        improvements=row.improvements,
        recorded_by=row.recorded_by,
    )


def list_drills(desk: Desk) -> list[DrillInfo]:
    """Every drill, newest first."""
    with desk.db.read() as session:
        rows = session.scalars(
            select(Drill)
            .options(selectinload(Drill.steps))
            .order_by(Drill.held_at.desc(), Drill.id.desc())
        )
        return [_drill_info(r) for r in rows]


def get_drill(desk: Desk, drill_id: int) -> DrillInfo:
    with desk.db.read() as session:
        return _drill_info(_drill(session, drill_id))


def yearly_status(desk: Desk, today: date | None = None) -> list[YearlyDue]:
    """When the next training and the next drill are due: a year after the last of each."""
    today = today or desk.today()
    with desk.db.read() as session:
        last_training = session.scalar(select(func.max(Training.held_at)))
        last_drill = session.scalar(select(func.max(Drill.held_at)))

    def day(value: datetime | None) -> date | None:
        return value.replace(tzinfo=value.tzinfo).astimezone().date() if value else None

    return [
        yearly_due(DueKind.TRAINING, day(last_training), today),
        yearly_due(DueKind.DRILL, day(last_drill), today),
    ]
