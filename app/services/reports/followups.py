"""Follow-up visits (回访): the due list, recording one (a recurrence reopens the ticket, a 不满意
opens a complaint note), quarterly satisfaction surveys, and the follow-up log."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import and_, exists, select
from sqlalchemy.orm import Session

from app.db import audit
from app.db.models import FollowUp, Setting, Ticket
from app.domain.audit.actions import (
    COMPLAINT_CLOSE,
    FOLLOW_UP_SAVE,
    FOLLOW_UP_SETTINGS,
)
from app.domain.enums import TicketClass, TicketStatus
from app.domain.i18n import QT_TRANSLATE_NOOP, MarkedError
from app.domain.reports.followups import (
    DEFAULT_DUE_DAYS,
    FIELD_LABELS,
    FollowUpKind,
    FollowUpWay,
    Satisfaction,
    complaint_errors,
    due_on,
    quarter_of,
)
from app.domain.tickets.timeline_text import event_text
from app.domain.tickets.workflow import Action
from app.domain.validation import FieldError, ValidationError, clean_text
from app.services.context import Desk
from app.services.contract import load_targets
from app.services.settings import IntSetting, read_int
from app.services.tickets.calls import TicketNotFoundError, apply_to_ticket
from app.services.tickets.escalations import record_for_ticket
from app.services.tickets.log_export import local_day_start
from app.services.timeline import new_event

DUE_DAYS = IntSetting(
    "followup.due_days",
    QT_TRANSLATE_NOOP("field", "回访期限（修复后天数）"),
    DEFAULT_DUE_DAYS,
    0,
    30,
)
FUTURE_TOLERANCE = timedelta(minutes=5)
FIXED_OPEN = (TicketStatus.FIXED.value, TicketStatus.REPORTED.value, TicketStatus.REPLIED.value)


class FollowUpError(MarkedError, ValueError):
    """A follow-up that cannot be recorded; the message says why, in Chinese."""

    def __init__(self, template: str, **values: object) -> None:
        super().__init__("reports", template, **values)


@dataclass(frozen=True)
class DueFollowUp:
    """A fixed defect whose follow-up is due (or coming due)."""

    ticket_id: int
    number: str
    title: str
    requester: str
    requester_phone: str
    system: str
    fixed_at: datetime
    due_on: date
    overdue: bool


@dataclass(frozen=True)
class FollowUpInfo:
    id: int
    kind: FollowUpKind
    ticket_id: int | None
    ticket_number: str
    ticket_title: str
    quarter: str
    at: datetime
    way: FollowUpWay
    contact: str
    satisfaction: Satisfaction | None
    comments: str
    recurred: bool
    complaint: str
    complaint_result: str
    complaint_closed_at: datetime | None
    recorded_by: str


def due_days(desk: Desk) -> int:
    return read_int(desk, DUE_DAYS)


def set_due_days(desk: Desk, days: int) -> None:
    """The follow-up falls due ``days`` after the fix (0 to 30)."""
    if not DUE_DAYS.minimum <= days <= DUE_DAYS.maximum:
        raise ValidationError(
            [
                FieldError(
                    DUE_DAYS.key,
                    QT_TRANSLATE_NOOP("validation", "“{label}”应在 0 到 30 天之间"),
                    DUE_DAYS.label,
                )
            ]
        )
    with desk.write(
        FOLLOW_UP_SETTINGS, object_type="settings", detail=f"{DUE_DAYS.key} = {days}"
    ) as session:
        stored = session.get(Setting, DUE_DAYS.key)
        if stored is None:
            session.add(Setting(key=DUE_DAYS.key, value=str(days)))
        else:
            stored.value = str(days)


def due_follow_ups(desk: Desk, today: date | None = None, ahead_days: int = 0) -> list[DueFollowUp]:
    """Fixed, not yet closed defects with no follow-up since the fix, due by ``today`` plus
    ``ahead_days`` (the due list; the handover shows those due today and overdue)."""
    today = today or desk.today()
    days = due_days(desk)
    recorded = exists().where(and_(FollowUp.ticket_id == Ticket.id, FollowUp.at >= Ticket.fixed_at))
    query = (
        select(Ticket)
        .where(
            Ticket.ticket_class == TicketClass.DEFECT.value,
            Ticket.status.in_(FIXED_OPEN),
            Ticket.fixed_at.is_not(None),
            ~recorded,
        )
        .order_by(Ticket.fixed_at)
    )
    result = []
    with desk.db.read() as session:
        for t in session.scalars(query):
            assert t.fixed_at is not None
            due = due_on(t.fixed_at.astimezone().date(), days)
            if due > today + timedelta(days=ahead_days):
                continue
            result.append(
                DueFollowUp(
                    t.id,
                    t.number,
                    t.title,
                    t.requester_name,
                    t.requester_phone,
                    t.system.name,
                    t.fixed_at,
                    due,
                    due < today,
                )
            )
    return result


def _common(values: Mapping[str, Any], now: datetime) -> dict[str, Any]:
    """The checked fields every follow-up has; every bad one named at once."""
    errors: list[FieldError] = []
    at = values.get("at") or now
    if not isinstance(at, datetime) or at > now + FUTURE_TOLERANCE:
        errors.append(
            FieldError(
                "at",
                QT_TRANSLATE_NOOP("validation", "“{label}”不能晚于当前时间"),
                FIELD_LABELS["at"],
            )
        )
    try:
        way = FollowUpWay(values.get("way"))
    except ValueError:
        way = FollowUpWay.PHONE
        errors.append(
            FieldError(
                "way", QT_TRANSLATE_NOOP("validation", "请选择“{label}”"), FIELD_LABELS["way"]
            )
        )
    try:
        satisfaction = Satisfaction(values.get("satisfaction"))
    except ValueError:
        satisfaction = None
        errors.append(
            FieldError(
                "satisfaction",
                QT_TRANSLATE_NOOP("validation", "请选择“{label}”"),
                FIELD_LABELS["satisfaction"],
            )
        )
    contact = clean_text(values.get("contact"))
    if not contact:
        errors.append(
            FieldError(
                "contact",
                QT_TRANSLATE_NOOP("validation", "请填写“{label}”"),
                FIELD_LABELS["contact"],
            )
        )
    comments = clean_text(values.get("comments"))
    if not comments:
        errors.append(
            FieldError(
                "comments",
                QT_TRANSLATE_NOOP("validation", "请填写“{label}”"),
                FIELD_LABELS["comments"],
            )
        )
    complaint = clean_text(values.get("complaint"))
    errors += complaint_errors(satisfaction, complaint)
    if errors:
        raise ValidationError(errors)
    return {
        "at": at,
        "way": way.value,
        "contact": contact[:100],
        "satisfaction": satisfaction.value if satisfaction else None,
        "comments": comments,
        "complaint": complaint if satisfaction is Satisfaction.DISSATISFIED else "",
    }


def record_follow_up(desk: Desk, ticket_id: int, values: Mapping[str, Any]) -> str:
    """Record a follow-up of a fixed defect; returns the ticket's status afterwards.

    ``recurred``: the problem came back — the ticket is reopened in the same transaction (the
    fix clock resumes). The ticket is closed later by the 回访后关闭 step, which the client signs.
    """
    now = desk.clock.now()
    fields = _common(values, now)
    recurred = bool(values.get("recurred"))
    with desk.write(FOLLOW_UP_SAVE, object_type="ticket") as session:
        ticket = session.get(Ticket, ticket_id)
        if ticket is None:
            raise TicketNotFoundError(ticket_id)
        audit.describe(session, "ticket", ticket.number)
        if ticket.ticket_class != TicketClass.DEFECT.value or ticket.fixed_at is None:
            raise FollowUpError(
                QT_TRANSLATE_NOOP("reports", "工单 {number} 尚未处理完成，不能回访"),
                number=ticket.number,
            )
        if fields["at"] < ticket.fixed_at:
            raise ValidationError(
                [
                    FieldError(
                        "at",
                        QT_TRANSLATE_NOOP("validation", "“{label}”不能早于处理完成时间"),
                        FIELD_LABELS["at"],
                    )
                ]
            )
        follow_up = FollowUp(
            kind=FollowUpKind.TICKET.value,
            quarter="",
            recurred=recurred,
            complaint_result="",
            recorded_by=desk.actor,
            **fields,
        )
        ticket.follow_ups.append(follow_up)
        text = event_text(
            "followed_up.complaint" if fields["complaint"] else "followed_up",
            way=FollowUpWay(fields["way"]),
            contact=fields["contact"],
            satisfaction=Satisfaction(fields["satisfaction"]),
            comments=fields["comments"],
        )
        ticket.events.append(
            new_event(text, at=fields["at"], recorded_at=now, actor=desk.actor, kind="followup")
        )
        if recurred:
            context = audit.context_of(session)
            if context is not None:
                context.detail = "回访发现问题复发，重新打开工单"
            reason = f"回访发现问题复发：{fields['comments']}"
            apply_to_ticket(session, ticket, Action.REOPEN, {"reason": reason}, now, desk.actor)
            record_for_ticket(session, ticket, load_targets(session), now)
        return ticket.status


def record_survey(desk: Desk, values: Mapping[str, Any]) -> int:
    """A periodic satisfaction survey of the client (quarterly), recorded like a follow-up."""
    now = desk.clock.now()
    fields = _common(values, now)
    quarter = clean_text(values.get("quarter")) or quarter_of(fields["at"].astimezone().date())
    with desk.write(FOLLOW_UP_SAVE, object_type="survey", object_label=quarter) as session:
        survey = FollowUp(
            kind=FollowUpKind.SURVEY.value,
            ticket_id=None,
            quarter=quarter[:6],
            recurred=False,
            complaint_result="",
            recorded_by=desk.actor,
            **fields,
        )
        session.add(survey)
        session.flush()
        return survey.id


def close_complaint(desk: Desk, follow_up_id: int, result: str) -> None:
    """Record how a complaint (a 不满意) was dealt with."""
    result = clean_text(result)
    if not result:
        raise ValidationError(
            [
                FieldError(
                    "complaint_result",
                    QT_TRANSLATE_NOOP("validation", "请填写“{label}”"),
                    QT_TRANSLATE_NOOP("field", "投诉处理结果"),
                )
            ]
        )
    with desk.write(
        COMPLAINT_CLOSE, object_type="follow_up", object_label=str(follow_up_id)
    ) as session:
        follow_up = session.get(FollowUp, follow_up_id)
        if follow_up is None or not follow_up.complaint:
            raise FollowUpError(QT_TRANSLATE_NOOP("reports", "没有这条投诉记录"))
        follow_up.complaint_result = result
        follow_up.complaint_closed_at = desk.clock.now()


def _info(f: FollowUp, number: str, title: str) -> FollowUpInfo:
    return FollowUpInfo(
        id=f.id,
        kind=FollowUpKind(f.kind),
        ticket_id=f.ticket_id,
        ticket_number=number,
        ticket_title=title,
        quarter=f.quarter,
        at=f.at,
        way=FollowUpWay(f.way),
        contact=f.contact,
        satisfaction=Satisfaction(f.satisfaction) if f.satisfaction else None,
        comments=f.comments,
        recurred=f.recurred,
        complaint=f.complaint,
        complaint_result=f.complaint_result,
        complaint_closed_at=f.complaint_closed_at,
        recorded_by=f.recorded_by,
    )


def follow_ups_between(
    session: Session, first: date | None, last: date | None
) -> list[FollowUpInfo]:
    """Follow-ups and surveys made on the local days [first, last], oldest first."""
    query = (
        select(FollowUp, Ticket.number, Ticket.title)
        .outerjoin(Ticket, Ticket.id == FollowUp.ticket_id)
        .order_by(FollowUp.at, FollowUp.id)
    )
    if first is not None:
        query = query.where(FollowUp.at >= local_day_start(first))
    if last is not None:
        query = query.where(FollowUp.at < local_day_start(last + timedelta(days=1)))
    return [_info(f, n or "", t or "") for f, n, t in session.execute(query)]


def list_follow_ups(
    desk: Desk, first: date | None = None, last: date | None = None
) -> list[FollowUpInfo]:
    with desk.db.read() as session:
        return follow_ups_between(session, first, last)


def follow_ups_of_ticket(desk: Desk, ticket_id: int) -> list[FollowUpInfo]:
    with desk.db.read() as session:
        rows = session.execute(
            select(FollowUp, Ticket.number, Ticket.title)
            .join(Ticket, Ticket.id == FollowUp.ticket_id)
            .where(FollowUp.ticket_id == ticket_id)
            .order_by(FollowUp.at, FollowUp.id)
        )
        return [_info(f, n, t) for f, n, t in rows]
