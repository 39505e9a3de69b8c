"""问题汇报 of a serious incident: drafted from the ticket, edited, saved, printed and registered."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select

from app.db.models.plans import IncidentReport
from app.domain.audit.actions import INCIDENT_SAVE
from app.domain.enums import TicketClass
from app.domain.i18n import QT_TRANSLATE_NOOP
from app.domain.validation import FieldError, ValidationError, clean_text
from app.exports.pdf_text import fmt_duration, fmt_time
from app.services.context import Desk
from app.services.document_versions import SAVED
from app.services.documents import (
    INCIDENT_REPORT,
    DocumentError,
    DocumentInfo,
    check_out_path,
    register_and_render,
)
from app.services.plans.followed import plans_followed
from app.services.tickets.detail import TicketDetail, ticket_detail
from app.services.tickets.document_data import document_of, ticket_document

FIELDS = ("happened", "impact", "cause", "actions", "prevention")
FIELD_LABELS = {
    "happened": QT_TRANSLATE_NOOP("field", "事件经过"),
    "impact": QT_TRANSLATE_NOOP("field", "影响范围"),
    "cause": QT_TRANSLATE_NOOP("field", "原因分析"),
    "actions": QT_TRANSLATE_NOOP("field", "处理措施"),
    "prevention": QT_TRANSLATE_NOOP("field", "预防措施"),
}


@dataclass(frozen=True)
class IncidentText:
    """The report's five texts; ``saved`` tells a stored report from a draft made from the ticket."""

    happened: str
    impact: str
    cause: str
    actions: str
    prevention: str
    saved: bool = False

    def values(self) -> dict[str, str]:
        return {name: getattr(self, name) for name in FIELDS}


def draft_from_ticket(d: TicketDetail) -> IncidentText:
    """A first draft from the ticket's own fields, for the engineer to complete."""
    device = f"（{d.device}）" if d.device else ""
    who = "".join(p for p in (d.requester_department, d.requester_name) if p)
    happened = (
        f"{fmt_time(d.called_at)}，{who}通过{d.channel.label}报告：{d.place}{d.system_name}{device}"
        f"{d.title}。{d.description}"
    )
    if d.restored_at is not None:
        lasted = f"中断时长 {fmt_duration(d.outage)}（自报修至恢复正常运行，扣除暂停）"
    else:
        lasted = "尚未恢复正常运行"
    impact = f"受影响系统：{d.system_name}{device}，地点：{d.place}；严重程度：{d.severity.label}；{lasted}。"
    actions = d.resolution
    if d.plan and d.plan not in actions:
        actions = f"{d.plan}\n{actions}" if actions else d.plan
    return IncidentText(
        happened=happened,
        impact=impact,
        cause=d.cause or d.analysis,
        actions=actions,
        prevention=d.prevention,
    )


def _check(detail: TicketDetail) -> None:
    if detail.ticket_class is not TicketClass.DEFECT:
        raise DocumentError(
            QT_TRANSLATE_NOOP(
                "document", "工单 {number} 是{actual}问题，问题汇报只用于系统缺陷类问题。"
            ),
            number=detail.number,
            actual=detail.ticket_class.label,
        )


def incident_text(desk: Desk, ticket_id: int) -> IncidentText:
    """The saved report of a ticket, or a draft made from the ticket if none is saved."""
    detail = ticket_detail(desk, ticket_id)
    _check(detail)
    with desk.db.read() as session:
        stored = session.scalar(select(IncidentReport).where(IncidentReport.ticket_id == ticket_id))
        if stored is not None:
            return IncidentText(*(getattr(stored, n) for n in FIELDS), saved=True)
    return draft_from_ticket(detail)


def validate_incident(values: Mapping[str, Any]) -> dict[str, str]:
    cleaned = {name: clean_text(values.get(name)) for name in FIELDS}
    errors = [
        FieldError(name, QT_TRANSLATE_NOOP("validation", "请填写“{label}”"), FIELD_LABELS[name])
        for name in FIELDS
        if not cleaned[name]
    ]
    if errors:
        raise ValidationError(errors)
    return cleaned


def save_incident_text(desk: Desk, ticket_id: int, values: Mapping[str, Any]) -> IncidentText:
    """Store (or replace) the report's text of a ticket; one transaction."""
    cleaned = validate_incident(values)
    detail = ticket_detail(desk, ticket_id)
    _check(detail)
    with desk.write(INCIDENT_SAVE, object_type="ticket", object_label=detail.number) as session:
        stored = session.scalar(select(IncidentReport).where(IncidentReport.ticket_id == ticket_id))
        if stored is None:
            stored = IncidentReport(ticket_id=ticket_id)
            session.add(stored)
        for name, value in cleaned.items():
            setattr(stored, name, value)
        stored.written_by = desk.actor
    return IncidentText(**cleaned, saved=True)


def print_incident_report(
    desk: Desk,
    ticket_number: str,
    out_path: Path,
    values: Mapping[str, Any] | None = None,
    copy: str | None = SAVED,
) -> DocumentInfo:
    """Save ``values`` (if given), then number, register and print the ticket's 问题汇报.

    Without ``values`` it prints the saved text, or the draft made from the ticket.
    """
    out_path = check_out_path(out_path)
    loaded = ticket_document(desk, ticket_number)
    detail = ticket_detail(desk, loaded.id)
    _check(detail)
    text = (
        save_incident_text(desk, loaded.id, values)
        if values is not None
        else incident_text(desk, loaded.id)
    )
    from app.exports.plans.incident_report import IncidentDocument, render_incident_report

    restored = detail.restored_at
    doc = IncidentDocument(
        ticket=document_of(detail),
        restored_at=restored,
        outage=detail.outage if restored else None,
        plans_followed=tuple(plans_followed(desk, loaded.id)),
        **text.values(),
    )
    return register_and_render(
        desk,
        INCIDENT_REPORT,
        out_path,
        lambda path, header: render_incident_report(path, header, doc),
        ticket_id=loaded.id,
        ticket_number=detail.number,
        subject=f"ticket:{loaded.id}",
        content=doc,
        copy=copy,
    )
