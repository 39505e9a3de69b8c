"""A failed inspection line becomes a defect ticket: prefilled, and linked both ways."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy.orm import Session

from app.db.models.inspections import InspectionRun, InspectionRunItem
from app.domain.audit.actions import FINDING_TICKET
from app.domain.enums import Channel, ItemResult, Severity, TicketClass
from app.domain.i18n import QT_TRANSLATE_NOOP
from app.domain.inspections.checklist import Answer, finding_text
from app.domain.tickets.intake import validate_new_ticket
from app.domain.tickets.timeline_text import event_text
from app.services.context import Desk
from app.services.contract import load_targets
from app.services.inspections.checklists import spec_of
from app.services.inspections.runs import InspectionError
from app.services.tickets.calls import add_ticket
from app.services.tickets.escalations import record_for_ticket
from app.services.timeline import new_event

FINDING_EVENT = "inspection_finding"
INSPECTOR_DEPARTMENT = "驻场运维（巡检发现）"


def _failed_item(session: Session, item_id: int) -> InspectionRunItem:
    item = session.get(InspectionRunItem, item_id)
    if item is None:
        raise InspectionError(QT_TRANSLATE_NOOP("inspection", "没有这个巡检项"))
    if item.result != ItemResult.FAIL:
        raise InspectionError(
            QT_TRANSLATE_NOOP("inspection", "第{position}项不是不合格项，不能据此开缺陷工单"),
            position=item.position,
        )
    return item


def _answer(item: InspectionRunItem) -> Answer:
    return Answer(ItemResult(item.result), item.value, item.answer_text, item.note)


def ticket_values_for_item(desk: Desk, item_id: int) -> dict[str, Any]:
    """The new-ticket form's values for a failed line: system, place, finding, the inspector."""
    with desk.db.read() as session:
        item = _failed_item(session, item_id)
        run: InspectionRun = item.run
        spec = spec_of(item)
        finding = finding_text(spec, _answer(item))
        return {
            "requester_name": run.inspector,
            "requester_department": INSPECTOR_DEPARTMENT,
            "requester_phone": "",
            "channel": str(Channel.INSPECTION),
            "place": run.place,
            "system": run.system.code,
            "device": "",
            "is_hardware": run.system.hardware,
            "ticket_class": str(TicketClass.DEFECT),
            "severity": str(Severity.GENERAL),
            "title": f"巡检发现：{spec.check}"[:100],
            "description": f"{run.number}（{run.template_name}）第{item.position}项不合格。\n{finding}",
        }


def open_ticket_for_item(
    desk: Desk, item_id: int, values: Mapping[str, Any] | None = None
) -> tuple[int, str]:
    """Log a defect ticket for a failed line and link the two, in one transaction.

    ``values`` are the (possibly edited) form values; by default the prefilled ones. The ticket's
    timeline says which inspection found it; the line keeps the ticket.
    """
    values = dict(values) if values is not None else ticket_values_for_item(desk, item_id)
    now = desk.clock.now()
    call = validate_new_ticket(values, now)
    with desk.write(FINDING_TICKET, object_type="ticket") as session:
        item = _failed_item(session, item_id)
        if item.ticket_id is not None:
            raise InspectionError(
                QT_TRANSLATE_NOOP("inspection", "第{position}项已开过缺陷工单"),
                position=item.position,
            )
        ticket = add_ticket(session, call, now, desk.actor, desk.user.id or None)
        run = item.run
        text = event_text(
            "finding",
            run=run.number,
            position=item.position,
            check=item.check_text,
            template=run.template_name,
            inspector=run.inspector,
        )
        ticket.events.append(
            new_event(
                text, at=call.called_at, recorded_at=now, actor=desk.actor, kind=FINDING_EVENT
            )
        )
        item.ticket_id = ticket.id
        record_for_ticket(session, ticket, load_targets(session), now)
        session.flush()
        return ticket.id, ticket.number
