"""Inspection runs: the due list, recording a run (read-only once done), corrections, findings."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session, aliased, selectinload

from app.db.models import Ticket
from app.db.models.inspections import (
    InspectionRun,
    InspectionRunItem,
    InspectionTemplate,
)
from app.domain.audit.actions import RUN_CORRECT, RUN_SAVE
from app.domain.enums import Frequency, ItemResult
from app.domain.i18n import QT_TRANSLATE_NOOP, MarkedError
from app.domain.inspections.checklist import Answer, ItemSpec, RunInfo, RunItemInfo, judge
from app.domain.inspections.periods import DueStatus, due_status, period_of
from app.domain.numbering import parse_number
from app.domain.tickets.intake import FUTURE_TOLERANCE
from app.domain.validation import FieldError, ValidationError, clean_text
from app.services.context import Desk
from app.services.inspections.checklists import TemplateNotFoundError, line_columns, spec_of
from app.services.numbering import next_number

RUN_PREFIX = "XJ"
RUN_FIELDS = {
    "inspector": QT_TRANSLATE_NOOP("field", "巡检人"),
    "performed_at": QT_TRANSLATE_NOOP("field", "巡检时间"),
    "correction_reason": QT_TRANSLATE_NOOP("field", "更正原因"),
}


class InspectionError(MarkedError, ValueError):
    """An inspection action that cannot be done; the message says why, in Chinese."""

    def __init__(self, template: str, **values: object) -> None:
        super().__init__("inspection", template, **values)


@dataclass(frozen=True)
class DueRow:
    """One active checklist on the due list."""

    template_id: int
    name: str
    system_code: str
    system_name: str
    frequency: Frequency
    place: str
    status: DueStatus
    last_run_number: str
    last_run_at: datetime | None


@dataclass(frozen=True)
class RunRow:
    """A run as a line of the history list."""

    id: int
    number: str
    template_name: str
    system_name: str
    frequency: Frequency
    period_start: date
    performed_at: datetime
    inspector: str
    items: int
    failed: int
    tickets: int
    corrects_number: str
    corrected_by_number: str


# --- the due list ----------------------------------------------------------------------------


def _last_done(session: Session) -> dict[int, tuple[datetime, str]]:
    """For each checklist: the time and number of its latest run."""
    latest = (
        select(InspectionRun.template_id, func.max(InspectionRun.performed_at).label("at"))
        .group_by(InspectionRun.template_id)
        .subquery()
    )
    rows = session.execute(
        select(InspectionRun.template_id, InspectionRun.performed_at, InspectionRun.number)
        .join(
            latest,
            (latest.c.template_id == InspectionRun.template_id)
            & (latest.c.at == InspectionRun.performed_at),
        )
        .order_by(InspectionRun.id)
    )
    return {template_id: (at, number) for template_id, at, number in rows}


def due_list(desk: Desk, today: date | None = None) -> list[DueRow]:
    """Every active checklist with where it stands today; overdue first, then by due date."""
    today = today or desk.today()
    with desk.db.read() as session:
        last = _last_done(session)
        templates = session.scalars(
            select(InspectionTemplate)
            .where(InspectionTemplate.active.is_(True))
            .order_by(InspectionTemplate.sort_order, InspectionTemplate.name)
        ).all()
        rows = []
        for template in templates:
            at, number = last.get(template.id, (None, ""))
            status = due_status(
                Frequency(template.frequency),
                today,
                at.astimezone().date() if at else None,
                template.active_since,
            )
            rows.append(
                DueRow(
                    template_id=template.id,
                    name=template.name,
                    system_code=template.system.code,
                    system_name=template.system.name,
                    frequency=Frequency(template.frequency),
                    place=template.place,
                    status=status,
                    last_run_number=number,
                    last_run_at=at,
                )
            )
    rows.sort(key=lambda r: r.status.urgency)
    return rows


def overdue_count(desk: Desk) -> int:
    """How many active checklists are overdue (for the status bar)."""
    return sum(row.status.overdue for row in due_list(desk))


# --- recording a run -------------------------------------------------------------------------


def _check_time(performed_at: object, now: datetime) -> datetime:
    label = RUN_FIELDS["performed_at"]
    if not isinstance(performed_at, datetime):
        raise ValidationError(
            [
                FieldError(
                    "performed_at",
                    QT_TRANSLATE_NOOP("validation", "“{label}”不是有效的时间"),
                    label,
                )
            ]
        )
    if performed_at > now + FUTURE_TOLERANCE:
        raise ValidationError(
            [
                FieldError(
                    "performed_at",
                    QT_TRANSLATE_NOOP("validation", "“{label}”不能晚于当前时间"),
                    label,
                )
            ]
        )
    return performed_at


def judge_answers(specs: Sequence[ItemSpec], answers: Sequence[Mapping[str, Any]]) -> list[Answer]:
    """Judge every line; all bad lines are reported together."""
    if len(answers) != len(specs):
        raise InspectionError(
            QT_TRANSLATE_NOOP("inspection", "巡检表有 {expected} 项，收到 {got} 项结果"),
            expected=len(specs),
            got=len(answers),
        )
    judged: list[Answer] = []
    errors: list[FieldError] = []
    for position, (spec, answer) in enumerate(zip(specs, answers, strict=True), 1):
        try:
            judged.append(
                judge(
                    spec,
                    position,
                    answer.get("result"),
                    answer.get("value"),
                    answer.get("text"),
                    answer.get("note"),
                )
            )
        except ValidationError as exc:
            errors.extend(exc.errors)
    if errors:
        raise ValidationError(errors)
    return judged


def run_items(specs: Sequence[ItemSpec], answers: Sequence[Answer]) -> list[InspectionRunItem]:
    """The stored lines of a run: each checklist line copied, with its judged answer."""
    return [
        InspectionRunItem(
            **line_columns(position, spec),
            result=str(answer.result),
            value=answer.value,
            answer_text=answer.text,
            note=answer.note,
        )
        for position, (spec, answer) in enumerate(zip(specs, answers, strict=True), 1)
    ]


def record_run(
    desk: Desk,
    template_id: int,
    answers: Sequence[Mapping[str, Any]],
    inspector: str = "",
    performed_at: datetime | None = None,
    place: str | None = None,
    notes: str = "",
) -> RunInfo:
    """Judge and store a completed run of a checklist, numbered XJ-yyyy-nnnn, in one step."""
    now = desk.clock.now()
    when = _check_time(performed_at or now, now)
    who = clean_text(inspector) or desk.actor
    with desk.write(RUN_SAVE, object_type="inspection_run") as session:
        template = session.get(InspectionTemplate, template_id)
        if template is None:
            raise TemplateNotFoundError(template_id)
        if not template.active:
            raise InspectionError(
                QT_TRANSLATE_NOOP("inspection", "巡检表“{name}”已停用"), name=template.name
            )
        specs = [spec_of(item) for item in template.items]
        judged = judge_answers(specs, answers)
        frequency = Frequency(template.frequency)
        run = InspectionRun(
            number=next_number(session, when.astimezone().year, RUN_PREFIX),
            template_id=template.id,
            system_id=template.system_id,
            template_name=template.name,
            frequency=template.frequency,
            period_start=period_of(frequency, when.astimezone().date()).start,
            place=template.place if place is None else clean_text(place),
            inspector=who,
            performed_at=when,
            recorded_at=now,
            recorded_by=desk.actor,
            notes=clean_text(notes),
            items=run_items(specs, judged),
        )
        session.add(run)
        session.flush()
        return _run_info(session, run)


def correct_run(
    desk: Desk,
    run_id: int,
    answers: Sequence[Mapping[str, Any]],
    reason: str,
    notes: str | None = None,
) -> RunInfo:
    """Record a correction: a new run of the same lines and time, pointing at the one it corrects.

    The original stays as it was; only the latest run of a chain can be corrected again.
    """
    why = clean_text(reason)
    if not why:
        raise ValidationError(
            [
                FieldError(
                    "correction_reason",
                    QT_TRANSLATE_NOOP("validation", "请填写“{label}”"),
                    RUN_FIELDS["correction_reason"],
                )
            ]
        )
    now = desk.clock.now()
    with desk.write(RUN_CORRECT, object_type="inspection_run") as session:
        original = session.get(InspectionRun, run_id)
        if original is None:
            raise InspectionError(QT_TRANSLATE_NOOP("inspection", "没有这条巡检记录"))
        later = session.scalar(
            select(InspectionRun.number).where(InspectionRun.corrects_id == run_id)
        )
        if later:
            raise InspectionError(
                QT_TRANSLATE_NOOP("inspection", "{number} 已被 {later} 更正，请更正最新的记录"),
                number=original.number,
                later=later,
            )
        specs = [spec_of(item) for item in original.items]
        judged = judge_answers(specs, answers)
        items = run_items(specs, judged)
        for new, old in zip(items, original.items, strict=True):
            if old.ticket_id is not None and new.result == ItemResult.FAIL:
                new.ticket_id = old.ticket_id  # the finding's ticket stays with the finding
        run = InspectionRun(
            number=next_number(session, now.astimezone().year, RUN_PREFIX),
            template_id=original.template_id,
            system_id=original.system_id,
            template_name=original.template_name,
            frequency=original.frequency,
            period_start=original.period_start,
            place=original.place,
            inspector=original.inspector,
            performed_at=original.performed_at,
            recorded_at=now,
            recorded_by=desk.actor,
            notes=original.notes if notes is None else clean_text(notes),
            corrects_id=original.id,
            correction_reason=why,
            items=items,
        )
        session.add(run)
        session.flush()
        return _run_info(session, run)


# --- reading runs ----------------------------------------------------------------------------


def _run_info(session: Session, run: InspectionRun) -> RunInfo:
    ticket_ids = [i.ticket_id for i in run.items if i.ticket_id is not None]
    numbers = (
        dict(
            session.execute(select(Ticket.id, Ticket.number).where(Ticket.id.in_(ticket_ids))).all()
        )
        if ticket_ids
        else {}
    )
    corrects = (
        session.scalar(select(InspectionRun.number).where(InspectionRun.id == run.corrects_id))
        if run.corrects_id
        else ""
    )
    corrected_by = session.scalar(
        select(InspectionRun.number).where(InspectionRun.corrects_id == run.id)
    )
    return RunInfo(
        id=run.id,
        number=run.number,
        template_id=run.template_id,
        template_name=run.template_name,
        system_code=run.system.code,
        system_name=run.system.name,
        frequency=Frequency(run.frequency),
        period_start=run.period_start,
        place=run.place,
        inspector=run.inspector,
        performed_at=run.performed_at,
        recorded_at=run.recorded_at,
        recorded_by=run.recorded_by,
        notes=run.notes,
        corrects_number=corrects or "",
        correction_reason=run.correction_reason,
        corrected_by_number=corrected_by or "",
        items=tuple(
            RunItemInfo(
                id=item.id,
                position=item.position,
                spec=spec_of(item),
                result=ItemResult(item.result),
                value=item.value,
                text=item.answer_text,
                note=item.note,
                ticket_id=item.ticket_id,
                ticket_number=numbers.get(item.ticket_id, "") if item.ticket_id else "",
            )
            for item in run.items
        ),
    )


def find_run_id(desk: Desk, key: str | int) -> int:
    """A run's id from its id or its number (XJ-2026-0001, any case and spacing)."""
    with desk.db.read() as session:
        if isinstance(key, int) or str(key).strip().isdigit():
            found = session.get(InspectionRun, int(key))
            run_id = found.id if found else None
        else:
            parsed = parse_number(str(key))
            number = f"{parsed[0]}-{parsed[1]:04d}-{parsed[2]:04d}" if parsed else str(key).strip()
            run_id = session.scalar(select(InspectionRun.id).where(InspectionRun.number == number))
    if run_id is None:
        raise InspectionError(QT_TRANSLATE_NOOP("inspection", "没有这条巡检记录：{key}"), key=key)
    return run_id


def get_run(desk: Desk, run_id: int) -> RunInfo:
    with desk.db.read() as session:
        run = session.get(InspectionRun, run_id, options=[selectinload(InspectionRun.items)])
        if run is None:
            raise InspectionError(
                QT_TRANSLATE_NOOP("inspection", "没有这条巡检记录：{key}"), key=run_id
            )
        return _run_info(session, run)


def list_runs(
    desk: Desk,
    start: datetime | None = None,
    end: datetime | None = None,
    template_id: int | None = None,
    limit: int | None = None,
) -> list[RunRow]:
    """Runs performed in ``start`` ≤ time < ``end``, newest first, with their failure counts."""
    item = InspectionRunItem
    corrected = aliased(InspectionRun)
    corrector = aliased(InspectionRun)
    query = (
        select(
            InspectionRun,
            func.count(item.id),
            func.sum(case((item.result == str(ItemResult.FAIL), 1), else_=0)),
            func.count(item.ticket_id),
            corrected.number,
            corrector.number,
        )
        .join(item, item.run_id == InspectionRun.id)
        .outerjoin(corrected, corrected.id == InspectionRun.corrects_id)
        .outerjoin(corrector, corrector.corrects_id == InspectionRun.id)
        .group_by(InspectionRun.id, corrected.number, corrector.number)
        .order_by(InspectionRun.performed_at.desc(), InspectionRun.id.desc())
    )
    if start is not None:
        query = query.where(InspectionRun.performed_at >= start)
    if end is not None:
        query = query.where(InspectionRun.performed_at < end)
    if template_id is not None:
        query = query.where(InspectionRun.template_id == template_id)
    if limit is not None:
        query = query.limit(limit)
    with desk.db.read() as session:
        return [
            RunRow(
                id=run.id,
                number=run.number,
                template_name=run.template_name,
                system_name=run.system.name,
                frequency=Frequency(run.frequency),
                period_start=run.period_start,
                performed_at=run.performed_at,
                inspector=run.inspector,
                items=count,
                failed=int(failed or 0),
                tickets=tickets,
                corrects_number=corrects or "",
                corrected_by_number=corrected_by or "",
            )
            for run, count, failed, tickets, corrects, corrected_by in session.execute(query)
        ]


def runs_of_ticket(desk: Desk, ticket_id: int) -> list[tuple[int, str, int, str]]:
    """The inspection findings that opened a ticket: run id, run number, line, check."""
    with desk.db.read() as session:
        rows = session.execute(
            select(
                InspectionRun.id,
                InspectionRun.number,
                InspectionRunItem.position,
                InspectionRunItem.check_text,
            )
            .join(InspectionRunItem, InspectionRunItem.run_id == InspectionRun.id)
            .where(InspectionRunItem.ticket_id == ticket_id)
            .order_by(InspectionRun.id)
        )
        return [tuple(row) for row in rows]  # type: ignore[misc]


def local_day_range(first: date, last: date) -> tuple[datetime, datetime]:
    """The local days ``first`` to ``last`` (both included) as an aware half-open time range."""
    start = datetime.combine(first, datetime.min.time()).astimezone()
    end = datetime.combine(last + timedelta(days=1), datetime.min.time()).astimezone()
    return start, end
