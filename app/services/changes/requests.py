"""Registering and reading change requests: the fields, the devices they touch, the ticket they
came from, the approver and the charge derived from the contract."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from app.db import audit
from app.db.models import (
    ChangeEvent,
    ChangeRequest,
    ChangeRequestDevice,
    Device,
    MaintainedSystem,
    Ticket,
)
from app.domain.audit.actions import CHANGE_SAVE
from app.domain.changes.routing import (
    Approver,
    ChangeError,
    ChangeKind,
    ChargeBasis,
    approver_for,
    charge_basis,
    effort_text,
    parse_effort,
)
from app.domain.changes.states import ChangeFacts, ChangeState, ChangeStep, allowed_steps
from app.domain.i18n import QT_TRANSLATE_NOOP
from app.domain.tickets.timeline_text import EventText, change_event_text, event_text
from app.domain.validation import FieldError, ValidationError, clean_text
from app.services.context import Desk
from app.services.contract import get_contract
from app.services.numbering import next_number
from app.services.timeline import new_event, stored_text

PREFIX = "BG"
REQUIRED = QT_TRANSLATE_NOOP("validation", "请填写“{label}”")
LABELS = {
    "title": QT_TRANSLATE_NOOP("field", "变更名称"),
    "requester": QT_TRANSLATE_NOOP("field", "提出人"),
    "system": QT_TRANSLATE_NOOP("field", "所属系统"),
    "description": QT_TRANSLATE_NOOP("field", "变更内容"),
    "kind": QT_TRANSLATE_NOOP("field", "变更类别"),
    "effort_days": QT_TRANSLATE_NOOP("field", "预计工作量（工作日）"),
    "plan": QT_TRANSLATE_NOOP("field", "实施方案"),
    "rollback_plan": QT_TRANSLATE_NOOP("field", "回退方案"),
    "window": QT_TRANSLATE_NOOP("field", "计划实施窗口"),
    "ticket": QT_TRANSLATE_NOOP("field", "关联工单"),
    "devices": QT_TRANSLATE_NOOP("field", "涉及设备（配置项）"),
}


@dataclass(frozen=True)
class ChangeEventInfo:
    at: datetime
    actor: str
    step: str
    summary: str
    details: str
    code: str = ""
    params: str = ""


@dataclass(frozen=True)
class ChangeInfo:
    """A change request as the list, the form and the log show it."""

    id: int
    number: str
    kind: ChangeKind
    state: ChangeState
    title: str
    requester: str
    requester_department: str
    system_code: str
    system_name: str
    description: str
    effort_days: Decimal
    required: Approver
    approved_level: Approver | None
    impact: str
    plan: str
    rollback_plan: str
    window_start: datetime | None
    window_end: datetime | None
    charge: ChargeBasis
    ticket_id: int | None
    ticket_number: str
    requested_at: datetime
    registered_by: str
    submitted_at: datetime | None
    decided_by: str
    decided_at: datetime | None
    decision_note: str
    started_at: datetime | None
    finished_at: datetime | None
    result_note: str
    confirmed_at: datetime | None
    confirmed_by: str
    cancel_reason: str
    devices: tuple[tuple[int, str, str], ...]  # (id, code, name)
    events: tuple[ChangeEventInfo, ...] = ()

    @property
    def effort_text(self) -> str:
        return effort_text(self.effort_days)

    @property
    def facts(self) -> ChangeFacts:
        return ChangeFacts(self.state, self.required, self.approved_level)

    @property
    def steps(self) -> list[ChangeStep]:
        return allowed_steps(self.facts)


def _window(values: Mapping[str, Any], errors: list[FieldError]) -> tuple[datetime | None, ...]:
    start, end = values.get("window_start"), values.get("window_end")
    start = start if isinstance(start, datetime) else None
    end = end if isinstance(end, datetime) else None
    if start is not None and end is not None and end <= start:
        errors.append(
            FieldError(
                "window_end",
                QT_TRANSLATE_NOOP("validation", "“{label}”的结束时间应晚于开始时间"),
                LABELS["window"],
            )
        )
    return start, end


def _fields(session: Session, values: Mapping[str, Any]) -> dict[str, Any]:
    """The checked fields of a change request; every bad one named at once."""
    errors: list[FieldError] = []
    cleaned: dict[str, Any] = {}
    for name, size in (("title", 100), ("requester", 50), ("description", 0), ("plan", 0)):
        text = clean_text(values.get(name))
        if not text:
            errors.append(FieldError(name, REQUIRED, LABELS[name]))
        cleaned[name] = text[:size] if size else text
    cleaned["requester_department"] = clean_text(values.get("requester_department"))[:100]
    cleaned["impact"] = clean_text(values.get("impact"))
    try:
        kind = ChangeKind(values.get("kind"))
    except ValueError:
        kind = None
        errors.append(
            FieldError("kind", QT_TRANSLATE_NOOP("validation", "请选择“{label}”"), LABELS["kind"])
        )
    rollback = clean_text(values.get("rollback_plan"))
    if not rollback and kind is not ChangeKind.DEFECT:
        errors.append(FieldError("rollback_plan", REQUIRED, LABELS["rollback_plan"]))
    cleaned["rollback_plan"] = rollback
    try:
        effort = parse_effort(values.get("effort_days"))
    except ChangeError as exc:
        effort = None
        errors.append(FieldError("effort_days", exc.template, LABELS["effort_days"]))
    system = session.scalar(
        select(MaintainedSystem).where(MaintainedSystem.code == str(values.get("system") or ""))
    )
    if system is None:
        errors.append(
            FieldError(
                "system", QT_TRANSLATE_NOOP("validation", "请选择“{label}”"), LABELS["system"]
            )
        )
    cleaned["window_start"], cleaned["window_end"] = _window(values, errors)
    ticket_id = values.get("ticket_id")
    if ticket_id is not None and session.get(Ticket, ticket_id) is None:
        errors.append(
            FieldError(
                "ticket", QT_TRANSLATE_NOOP("validation", "“{label}”不存在"), LABELS["ticket"]
            )
        )
    device_ids = list(dict.fromkeys(int(i) for i in values.get("device_ids") or ()))
    found = set(session.scalars(select(Device.id).where(Device.id.in_(device_ids))))
    if len(found) != len(device_ids):
        errors.append(
            FieldError(
                "devices", QT_TRANSLATE_NOOP("validation", "“{label}”不存在"), LABELS["devices"]
            )
        )
    if errors:
        raise ValidationError(errors)
    assert kind is not None and effort is not None and system is not None
    cleaned.update(kind=kind, effort=effort, system=system, device_ids=device_ids)
    cleaned["ticket_id"] = ticket_id
    return cleaned


def _charge(desk: Desk, start: datetime | None, now: datetime) -> ChargeBasis:
    contract = get_contract(desk)
    day = (start or now).astimezone().date()
    return charge_basis(day, contract.warranty_end if contract else None)


def add_event(change: ChangeRequest, at: datetime, actor: str, step: str, text: EventText) -> None:
    """A line of the change's timeline: its Chinese wording for the record, its code for the UI."""
    change.events.append(ChangeEvent(at=at, actor=actor, step=step, **stored_text(text)))


def register_change(desk: Desk, values: Mapping[str, Any]) -> tuple[int, str]:
    """登记: number a new change request, routed to its approver; returns its id and number.

    A change spawned by a ticket (``ticket_id``) is noted on the ticket's timeline too.
    """
    now = desk.clock.now()
    with desk.db.read() as session:
        _fields(session, values)  # report bad input before taking the write lock
    charge = _charge(desk, values.get("window_start"), now)
    with desk.write(CHANGE_SAVE, object_type="change") as session:
        f = _fields(session, values)
        number = next_number(session, now.astimezone().year, PREFIX)
        required = approver_for(f["kind"], f["effort"])
        change = ChangeRequest(
            number=number,
            kind=f["kind"].value,
            state=ChangeState.REGISTERED.value,
            title=f["title"],
            requester=f["requester"],
            requester_department=f["requester_department"],
            system_id=f["system"].id,
            description=f["description"],
            effort_days=float(f["effort"]),
            required_approver=required.value,
            impact=f["impact"],
            plan=f["plan"],
            rollback_plan=f["rollback_plan"],
            window_start=f["window_start"],
            window_end=f["window_end"],
            charge=charge.value,
            ticket_id=f["ticket_id"],
            requested_at=now,
            registered_by=desk.actor,
        )
        change.devices.extend(ChangeRequestDevice(device_id=i) for i in f["device_ids"])
        text = change_event_text(
            "registered" if required is Approver.NONE else "registered.approval",
            change_kind=f["kind"],
            effort=effort_text(f["effort"]),
            approver=required,
        )
        add_event(change, now, desk.actor, ChangeStep.EDIT.value, text)
        session.add(change)
        session.flush()
        audit.describe(session, "change", number)
        if f["ticket_id"] is not None:
            ticket = session.get(Ticket, f["ticket_id"])
            assert ticket is not None
            text = event_text("change_registered", number=number, title=f["title"])
            ticket.events.append(new_event(text, at=now, actor=desk.actor, kind="change"))
        return change.id, number


def update_change(desk: Desk, change_id: int, values: Mapping[str, Any]) -> None:
    """修改申请: while only registered, every field may change (the approver is routed anew)."""
    now = desk.clock.now()
    with desk.write(CHANGE_SAVE, object_type="change") as session:
        change = load_change(session, change_id)
        if ChangeStep.EDIT not in allowed_steps(facts_of(change)):
            raise ChangeError(
                QT_TRANSLATE_NOOP("changes", "变更 {number} 已提交或已处理，不能再修改申请内容"),
                number=change.number,
            )
        f = _fields(session, values)
        required = approver_for(f["kind"], f["effort"])
        for name in ("title", "requester", "requester_department", "description", "impact"):
            setattr(change, name, f[name])
        change.plan, change.rollback_plan = f["plan"], f["rollback_plan"]
        change.kind, change.system_id = f["kind"].value, f["system"].id
        change.effort_days, change.required_approver = float(f["effort"]), required.value
        change.window_start, change.window_end = f["window_start"], f["window_end"]
        change.ticket_id = f["ticket_id"]
        change.charge = _charge(desk, f["window_start"], change.requested_at).value
        change.devices.clear()
        session.flush()
        change.devices.extend(ChangeRequestDevice(device_id=i) for i in f["device_ids"])
        add_event(change, now, desk.actor, ChangeStep.EDIT.value, change_event_text("edited"))


def load_change(session: Session, change_id: int) -> ChangeRequest:
    change = session.get(ChangeRequest, change_id)
    if change is None:
        raise ChangeError(QT_TRANSLATE_NOOP("changes", "没有这条需求变更（{id}）"), id=change_id)
    audit.describe(session, "change", change.number)
    return change


def facts_of(change: ChangeRequest) -> ChangeFacts:
    approved = Approver(change.approved_level) if change.approved_level else None
    return ChangeFacts(ChangeState(change.state), Approver(change.required_approver), approved)


def info_of(change: ChangeRequest, ticket_number: str, events: bool = True) -> ChangeInfo:
    return ChangeInfo(
        id=change.id,
        number=change.number,
        kind=ChangeKind(change.kind),
        state=ChangeState(change.state),
        title=change.title,
        requester=change.requester,
        requester_department=change.requester_department,
        system_code=change.system.code,
        system_name=change.system.name,
        description=change.description,
        effort_days=Decimal(str(change.effort_days)),
        required=Approver(change.required_approver),
        approved_level=Approver(change.approved_level) if change.approved_level else None,
        impact=change.impact,
        plan=change.plan,
        rollback_plan=change.rollback_plan,
        window_start=change.window_start,
        window_end=change.window_end,
        charge=ChargeBasis(change.charge),
        ticket_id=change.ticket_id,
        ticket_number=ticket_number,
        requested_at=change.requested_at,
        registered_by=change.registered_by,
        submitted_at=change.submitted_at,
        decided_by=change.decided_by,
        decided_at=change.decided_at,
        decision_note=change.decision_note,
        started_at=change.started_at,
        finished_at=change.finished_at,
        result_note=change.result_note,
        confirmed_at=change.confirmed_at,
        confirmed_by=change.confirmed_by,
        cancel_reason=change.cancel_reason,
        devices=tuple((d.device.id, d.device.code, d.device.name) for d in change.devices),
        events=tuple(
            ChangeEventInfo(e.at, e.actor, e.step, e.summary, e.details, e.code, e.params)
            for e in change.events
        )
        if events
        else (),
    )


def _ticket_numbers(session: Session, ids: Sequence[int | None]) -> dict[int, str]:
    wanted = [i for i in ids if i is not None]
    if not wanted:
        return {}
    rows = session.execute(select(Ticket.id, Ticket.number).where(Ticket.id.in_(wanted)))
    return {ticket_id: number for ticket_id, number in rows}


def get_change(desk: Desk, change_id: int) -> ChangeInfo:
    with desk.db.read() as session:
        change = load_change(session, change_id)
        return info_of(
            change, _ticket_numbers(session, [change.ticket_id]).get(change.ticket_id or 0, "")
        )


def find_change(desk: Desk, number: str) -> ChangeInfo:
    """A change request by its number (BG-2026-0001)."""
    with desk.db.read() as session:
        change_id = session.scalar(
            select(ChangeRequest.id).where(ChangeRequest.number == clean_text(number).upper())
        )
    if change_id is None:
        raise ChangeError(
            QT_TRANSLATE_NOOP("changes", "没有编号为 {number} 的需求变更，请核对编号"),
            number=clean_text(number),
        )
    return get_change(desk, change_id)


def list_changes(
    desk: Desk,
    first: datetime | None = None,
    end: datetime | None = None,
    states: Sequence[ChangeState] = (),
    ticket_id: int | None = None,
    device_id: int | None = None,
) -> list[ChangeInfo]:
    """Change requests registered in [first, end), newest first; optionally only some states,
    those of one ticket or those naming one device (a configuration item they touch)."""
    query = (
        select(ChangeRequest)
        .options(selectinload(ChangeRequest.devices).joinedload(ChangeRequestDevice.device))
        .order_by(ChangeRequest.requested_at.desc(), ChangeRequest.id.desc())
    )
    if first is not None:
        query = query.where(ChangeRequest.requested_at >= first)
    if end is not None:
        query = query.where(ChangeRequest.requested_at < end)
    if states:
        query = query.where(ChangeRequest.state.in_([s.value for s in states]))
    if ticket_id is not None:
        query = query.where(ChangeRequest.ticket_id == ticket_id)
    if device_id is not None:
        query = query.where(ChangeRequest.devices.any(ChangeRequestDevice.device_id == device_id))
    with desk.db.read() as session:
        rows = list(session.scalars(query))
        numbers = _ticket_numbers(session, [r.ticket_id for r in rows])
        return [info_of(r, numbers.get(r.ticket_id or 0, ""), events=False) for r in rows]
