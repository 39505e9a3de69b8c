"""The ticket use cases: log a call, work it through the workflow, record its clock events."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db import audit
from app.db.models import Device, MaintainedSystem, Ticket, TicketPause
from app.domain.audit.actions import TICKET_CREATE, TICKET_STEPS
from app.domain.devices.register import device_label
from app.domain.enums import Liability, MaintenanceType, TicketClass, TicketStatus, TriageResult
from app.domain.i18n import QT_TRANSLATE_NOOP, Marked
from app.domain.tickets.intake import NewTicket, validate_new_ticket
from app.domain.tickets.timeline_text import EventText, event_text
from app.domain.tickets.workflow import (
    SIGNED_STEPS,
    Action,
    WorkflowError,
    transition,
    validate_action,
)
from app.domain.validation import FieldError, ValidationError, clean_text
from app.services.context import Desk
from app.services.contract import load_targets, warranty_on
from app.services.numbering import next_number
from app.services.reference import remember
from app.services.tickets.escalations import record_for_ticket
from app.services.tickets.follow_up_record import record_on_close
from app.services.tickets.state import facts_of, search_text_of
from app.services.tickets.step_order import CREATED, checked_step_time, correct_step_time
from app.services.timeline import new_event

REOPEN_PAUSE_REASON = "已恢复至重新打开期间"


class TicketNotFoundError(LookupError):
    """No ticket with that id or number."""


def _event(
    ticket: Ticket, at: datetime, now: datetime, actor: str, kind: str, text: EventText
) -> None:
    ticket.events.append(new_event(text, at=at, recorded_at=now, actor=actor, kind=kind))


def create_ticket(desk: Desk, values: Mapping[str, Any]) -> tuple[int, str]:
    """Log a call as a new ticket; returns its id and number."""
    now = desk.clock.now()
    call = validate_new_ticket(values, now)
    with desk.write(TICKET_CREATE) as session:
        ticket = add_ticket(session, call, now, desk.actor, desk.user.id or None)
        record_for_ticket(session, ticket, load_targets(session), now)
        audit.describe(session, "ticket", ticket.number)
        return ticket.id, ticket.number


def add_ticket(
    session: Session, call: NewTicket, now: datetime, actor: str, created_by_id: int | None
) -> Ticket:
    """Number and store a validated call inside the caller's transaction."""
    system = session.scalar(
        select(MaintainedSystem).where(MaintainedSystem.code == call.system_code)
    )
    if system is None:
        raise ValidationError(
            [
                FieldError(
                    "system",
                    QT_TRANSLATE_NOOP("validation", "“{label}”不存在"),
                    QT_TRANSLATE_NOOP("field", "所属系统"),
                )
            ]
        )
    if call.device_id is not None:
        device = session.get(Device, call.device_id)
        if device is None:
            raise ValidationError(
                [
                    FieldError(
                        "device",
                        QT_TRANSLATE_NOOP("validation", "“{label}”不存在"),
                        QT_TRANSLATE_NOOP("field", "设备"),
                    )
                ]
            )
        call = replace(call, device=device_label(device.name, device.model)[:100])
    year = call.called_at.astimezone().year
    ticket = build_ticket(call, next_number(session, year), system, now, actor, created_by_id)
    session.add(ticket)
    remember(
        session, call.place, call.requester_name, call.requester_department, call.requester_phone
    )
    session.flush()
    return ticket


def build_ticket(
    call: NewTicket,
    number: str,
    system: MaintainedSystem,
    now: datetime,
    actor: str,
    created_by_id: int | None,
) -> Ticket:
    """A numbered ticket with its first timeline event, not yet added to any session."""
    ticket = Ticket(
        number=number,
        ticket_class=call.ticket_class.value,
        original_class=call.ticket_class.value,
        severity=call.severity.value,
        status=TicketStatus.SUBMITTED.value,
        channel=call.channel.value,
        title=call.title,
        description=call.description,
        place=call.place,
        system=system,
        device=call.device,
        device_id=call.device_id,
        is_hardware=call.is_hardware,
        requester_name=call.requester_name,
        requester_department=call.requester_department,
        requester_phone=call.requester_phone,
        called_at=call.called_at,
        created_by_id=created_by_id,
        call_taker=actor,
    )
    ticket.search_text = search_text_of(ticket, system.name)
    text = event_text(
        "created",
        ticket_class=call.ticket_class,
        severity=call.severity,
        channel=call.channel,
        title=call.title,
    )
    _event(ticket, call.called_at, now, actor, CREATED, text)
    return ticket


def _close_open_pause(ticket: Ticket, at: datetime) -> None:
    for pause in ticket.pauses:
        if pause.ended_at is None:
            pause.ended_at = max(at, pause.started_at)
    ticket.paused_since = None


def apply_action(desk: Desk, ticket_id: int, action: Action, values: Mapping[str, Any]) -> str:
    """Do one step or clock event on a ticket in one transaction; returns the new status.

    The steps the client's side signs (``SIGNED_STEPS``) go through ``tickets.signoff``.
    """
    if action in SIGNED_STEPS:
        raise WorkflowError(
            QT_TRANSLATE_NOOP("workflow", "“{action}”须由甲方确认人签字：请选择电子签字或纸质签字"),
            action=Marked("action", action.label),
        )
    now = desk.clock.now()
    with desk.write(TICKET_STEPS[action]) as session:
        # Held until the commit: a step another workstation takes on this ticket meanwhile is
        # checked against this one's result, never against the state both started from.
        ticket = session.get(Ticket, ticket_id, with_for_update={"of": Ticket})
        if ticket is None:
            raise TicketNotFoundError(ticket_id)
        audit.describe(session, "ticket", ticket.number)
        apply_to_ticket(session, ticket, action, values, now, desk.actor)
        record_for_ticket(session, ticket, load_targets(session), now)
        return ticket.status


def apply_to_ticket(
    session: Session,
    ticket: Ticket,
    action: Action,
    values: Mapping[str, Any],
    now: datetime,
    actor: str,
) -> None:
    """Validate and apply one action inside the caller's transaction (no escalation sweep)."""
    cleaned: dict[str, Any] = {
        k: (clean_text(v) if isinstance(v, str) else v) for k, v in values.items()
    }
    errors = validate_action(action, cleaned)
    if errors:
        raise ValidationError(errors)
    step = transition(facts_of(ticket), action, cleaned)
    if action is Action.CORRECT:
        at, text = correct_step_time(ticket, cleaned, now)
        _event(ticket, at, now, actor, action.value, text)
        return
    at = checked_step_time(ticket, action, cleaned, now)
    if action is Action.FIX and not cleaned.get("warranty"):
        warranty = warranty_on(session, at.astimezone().date())
        cleaned["warranty"] = warranty.value if warranty else ""
    text = _apply(ticket, action, cleaned, at)
    if action is Action.CLOSE and ticket.ticket_class == TicketClass.DEFECT.value:
        record_on_close(ticket, cleaned, at, actor)
    ticket.ticket_class = step.ticket_class.value
    ticket.status = step.status.value
    if step.status is TicketStatus.CLOSED and ticket.closed_at is None:
        ticket.closed_at = at
        _close_open_pause(ticket, at)
    _event(ticket, at, now, actor, action.value, text)


def _signed(code: str, v: Mapping[str, Any]) -> tuple[str, dict[str, Any]]:
    """The code of a signed step's line and who signed, how (``signoff.signature``)."""
    method = v.get("sign_method") or ""
    if not method:
        return code, {}
    who = {"account": v.get("sign_account", "")}
    if method == "paper":
        who = {"serial": v.get("sign_serial", ""), "filer": v.get("sign_filer", "")}
    return f"{code}.{method}", who


def _apply(ticket: Ticket, action: Action, v: Mapping[str, Any], at: datetime) -> EventText:
    """Write one action's fields onto the ticket; returns what its timeline line says."""
    if action is Action.RESPOND:
        ticket.responded_at = at
        return event_text("step.at", action=action, at=at)
    if action is Action.ARRIVE:
        ticket.arrived_at = at
        return event_text("step.at", action=action, at=at)
    if action is Action.RESTORE:
        ticket.restored_at = at
        _close_open_pause(ticket, at)
        return event_text("step.at", action=action, at=at, note=v.get("note", ""))
    if action is Action.PAUSE:
        ticket.pauses.append(TicketPause(started_at=at, reason=v["reason"]))
        ticket.paused_since = at
        return event_text("pause", action=action, reason=v["reason"])
    if action is Action.RESUME:
        since = ticket.paused_since or at
        _close_open_pause(ticket, at)
        return event_text("resume", action=action, paused=at - since)
    if action is Action.NOTE:
        return event_text("note", note=v["note"])
    if action is Action.ANSWER:
        ticket.answer = v["answer"]
        return event_text("step", action=action, note=v["answer"])
    if action is Action.TRIAGE:
        result = TriageResult(v["triage_result"])
        ticket.triage_result = result.value
        ticket.analysis = v["analysis"]
        if result is TriageResult.OPERATION:
            ticket.answer = v["answer"]
            return event_text(
                "triage.operation",
                action=action,
                triage=result,
                ticket_class=TicketClass.CONSULTATION,
                analysis=v["analysis"],
                answer=v["answer"],
            )
        return event_text("triage", action=action, triage=result, analysis=v["analysis"])
    if action is Action.CONFIRM:
        ticket.supervisor_name = v["supervisor_name"]
        ticket.confirmed_at = at
        ticket.plan = v["plan"]
        code, who = _signed("confirm", v)
        return event_text(
            code, action=action, supervisor=v["supervisor_name"], plan=v["plan"], **who
        )
    if action is Action.FIX:
        ticket.cause = v["cause"]
        ticket.resolution = v["resolution"]
        ticket.prevention = v["prevention"]
        ticket.maintenance_type = MaintenanceType(v["maintenance_type"]).value
        ticket.liability = Liability(v["liability"]).value
        ticket.fixed_at = at
        ticket.asset_number = v.get("asset_number") or ticket.asset_number
        ticket.warranty = v.get("warranty") or None
        ticket.outstanding = v.get("outstanding", "")
        if ticket.restored_at is None:
            ticket.restored_at = at
            _close_open_pause(ticket, at)
        return event_text(
            "fix",
            action=action,
            maintenance_type=MaintenanceType(v["maintenance_type"]),
            liability=Liability(v["liability"]),
            cause=v["cause"],
            resolution=v["resolution"],
            prevention=v["prevention"],
        )
    if action is Action.REPORT:
        ticket.reported_at = at
        return event_text("step", action=action, note=v.get("note", ""))
    if action is Action.REPLY:
        ticket.reply = v["reply"]
        ticket.replied_at = at
        return event_text("step", action=action, note=v["reply"])
    if action is Action.CLOSE:
        ticket.follow_up = v["follow_up"]
        code, who = _signed("close", v)
        signer = {"signer": v.get("sign_name", "")} if who else {}
        return event_text(code, action=action, follow_up=v["follow_up"], **who, **signer)
    if action is Action.REOPEN:
        _reopen(ticket, at)
        return event_text("step", action=action, note=v["reason"])
    raise AssertionError(action)


def _reopen(ticket: Ticket, at: datetime) -> None:
    """Reopen: the fix clock resumes where it stopped; the time it was thought fixed is a pause."""
    if ticket.restored_at is not None and ticket.ticket_class == TicketClass.DEFECT.value:
        ticket.pauses.append(
            TicketPause(started_at=ticket.restored_at, ended_at=at, reason=REOPEN_PAUSE_REASON)
        )
        ticket.restored_at = None
    ticket.closed_at = None
