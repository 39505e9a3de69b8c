"""Upgrades (发布管理 / 技术升级): record one, the devices' versions follow; the register."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from app.db.models import Ticket, Upgrade, UpgradeDevice
from app.domain.audit.actions import UPGRADE_SAVE
from app.domain.devices.register import DeviceError
from app.domain.devices.upgrades import (
    UPGRADE_LABELS,
    Charge,
    UpgradeKind,
    UpgradeResult,
    charge_for,
    rollback_used,
    version_after,
)
from app.domain.i18n import QT_TRANSLATE_NOOP
from app.domain.validation import FieldError, ValidationError, clean_text
from app.services.context import Desk
from app.services.contract import get_contract
from app.services.devices.register import find_device, log_event, refresh_search_text
from app.services.numbering import next_number

UPGRADE_PREFIX = "SJ"
UPGRADED = "upgraded"
FUTURE_TOLERANCE = timedelta(minutes=5)


@dataclass(frozen=True)
class UpgradedDevice:
    device_id: int
    code: str
    name: str
    from_version: str
    to_version: str


@dataclass(frozen=True)
class UpgradeInfo:
    """One upgrade record as the register and its Excel show it."""

    id: int
    number: str
    kind: UpgradeKind
    to_version: str
    devices: list[UpgradedDevice]
    reason: str
    ticket_id: int | None
    ticket_number: str
    change_ref: str
    test_done: str
    rollback_plan: str
    rollback_used: bool
    result: UpgradeResult
    result_note: str
    performed_at: datetime
    performed_by: str
    charge: Charge
    recorded_by: str


def _required(values: Mapping[str, Any], name: str, errors: list[FieldError]) -> str:
    text = clean_text(values.get(name))
    if not text:
        template = QT_TRANSLATE_NOOP("validation", "请填写“{label}”")
        errors.append(FieldError(name, template, UPGRADE_LABELS[name]))
    return text


def _choice(values: Mapping[str, Any], name: str, enum: type, errors: list[FieldError]) -> Any:
    try:
        return enum(values.get(name))
    except ValueError:
        template = QT_TRANSLATE_NOOP("validation", "请选择“{label}”")
        errors.append(FieldError(name, template, UPGRADE_LABELS[name]))
        return None


def record_upgrade(desk: Desk, values: Mapping[str, Any]) -> UpgradeInfo:
    """Record an upgrade of one or more devices in one transaction: the record, each device's
    from → to version, the devices' versions (when it stayed in) and their logs.

    ``values``: devices (ids or codes), kind, to_version, reason, ticket (number, optional),
    change_ref, test_done, rollback_plan, result, result_note, performed_at, performed_by.
    """
    now = desk.clock.now()
    errors: list[FieldError] = []
    refs: Sequence[int | str] = values.get("devices") or ()
    if not refs:
        template = QT_TRANSLATE_NOOP("validation", "请选择“{label}”")
        errors.append(FieldError("devices", template, UPGRADE_LABELS["devices"]))
    kind = _choice(values, "kind", UpgradeKind, errors)
    to_version = _required(values, "to_version", errors)
    reason = _required(values, "reason", errors)
    test_done = _required(values, "test_done", errors)
    rollback_plan = _required(values, "rollback_plan", errors)
    result = _choice(values, "result", UpgradeResult, errors)
    performed_at = values.get("performed_at") or now
    if performed_at > now + FUTURE_TOLERANCE:
        template = QT_TRANSLATE_NOOP("validation", "“{label}”不能晚于当前时间")
        errors.append(FieldError("performed_at", template, UPGRADE_LABELS["performed_at"]))
    if len(to_version) > 100:
        template = QT_TRANSLATE_NOOP("validation", "“{label}”太长")
        errors.append(FieldError("to_version", template, UPGRADE_LABELS["to_version"]))
    if errors:
        raise ValidationError(errors)
    contract = get_contract(desk)
    charge = charge_for(
        performed_at.astimezone().date(), contract.warranty_end if contract else None
    )
    with desk.write(UPGRADE_SAVE, object_type="upgrade") as session:
        ticket = _ticket(session, clean_text(values.get("ticket")))
        devices = [find_device(session, ref) for ref in dict.fromkeys(refs)]
        number = next_number(session, performed_at.astimezone().year, UPGRADE_PREFIX)
        upgrade = Upgrade(
            number=number,
            kind=kind.value,
            to_version=to_version,
            reason=reason,
            ticket_id=ticket.id if ticket else None,
            change_ref=clean_text(values.get("change_ref"))[:100],
            change_request_id=_change_request(session, clean_text(values.get("change_ref"))),
            test_done=test_done,
            rollback_plan=rollback_plan,
            rollback_used=rollback_used(result),
            result=result.value,
            result_note=clean_text(values.get("result_note")),
            performed_at=performed_at,
            performed_by=clean_text(values.get("performed_by")) or desk.actor,
            charge=charge.value,
            recorded_by=desk.actor,
        )
        for device in devices:
            after = version_after(result, device.version, to_version)
            upgrade.devices.append(
                UpgradeDevice(device_id=device.id, from_version=device.version, to_version=after)
            )
            summary = (
                f"{kind.label} {number}：{device.version or '（未登记）'} → {to_version}，"
                f"{result.label}"
            )
            if after != device.version:
                device.version = after
                refresh_search_text(device, device.system.name)
            log_event(
                session,
                device.id,
                performed_at,
                desk.actor,
                UPGRADED,
                summary,
                reason,
                ticket.id if ticket else None,
            )
        session.add(upgrade)
        session.flush()
        return _info(upgrade, ticket.number if ticket else "")


_CHANGE_NUMBER = re.compile(r"BG-\d{4}-\d{4,}", re.IGNORECASE)


def _change_request(session: Session, reference: str) -> int | None:
    """The change request a reference names (BG-2026-0003), linked; None for other text."""
    from app.db.models import ChangeRequest

    match = _CHANGE_NUMBER.search(reference)
    if match is None:
        return None
    return session.scalar(
        select(ChangeRequest.id).where(ChangeRequest.number == match.group(0).upper())
    )


def _ticket(session: Session, number: str) -> Ticket | None:
    if not number:
        return None
    ticket = session.scalar(select(Ticket).where(Ticket.number == number.upper()))
    if ticket is None:
        raise ValidationError(
            [
                FieldError(
                    "ticket",
                    QT_TRANSLATE_NOOP("validation", "“{label}”不存在"),
                    UPGRADE_LABELS["ticket"],
                )
            ]
        )
    return ticket


def _info(upgrade: Upgrade, ticket_number: str) -> UpgradeInfo:
    return UpgradeInfo(
        id=upgrade.id,
        number=upgrade.number,
        kind=UpgradeKind(upgrade.kind),
        to_version=upgrade.to_version,
        devices=[
            UpgradedDevice(d.device_id, d.device.code, d.device.name, d.from_version, d.to_version)
            for d in upgrade.devices
        ],
        reason=upgrade.reason,
        ticket_id=upgrade.ticket_id,
        ticket_number=ticket_number,
        change_ref=upgrade.change_ref,
        test_done=upgrade.test_done,
        rollback_plan=upgrade.rollback_plan,
        rollback_used=upgrade.rollback_used,
        result=UpgradeResult(upgrade.result),
        result_note=upgrade.result_note,
        performed_at=upgrade.performed_at,
        performed_by=upgrade.performed_by,
        charge=Charge(upgrade.charge),
        recorded_by=upgrade.recorded_by,
    )


def list_upgrades(
    desk: Desk, start: datetime | None = None, end: datetime | None = None
) -> list[UpgradeInfo]:
    """Upgrades performed in [start, end), newest first."""
    statement = (
        select(Upgrade)
        .options(selectinload(Upgrade.devices).selectinload(UpgradeDevice.device))
        .order_by(Upgrade.performed_at.desc(), Upgrade.id.desc())
    )
    if start is not None:
        statement = statement.where(Upgrade.performed_at >= start)
    if end is not None:
        statement = statement.where(Upgrade.performed_at < end)
    with desk.db.read() as session:
        rows = list(session.scalars(statement))
        ids = {u.ticket_id for u in rows if u.ticket_id}
        numbers = dict(
            session.execute(select(Ticket.id, Ticket.number).where(Ticket.id.in_(ids))).all()
        )
        return [_info(u, numbers.get(u.ticket_id or 0, "")) for u in rows]


def get_upgrade(desk: Desk, upgrade_id: int) -> UpgradeInfo:
    with desk.db.read() as session:
        upgrade = session.get(Upgrade, upgrade_id)
        if upgrade is None:
            raise DeviceError(QT_TRANSLATE_NOOP("devices", "没有升级记录 {id}"), id=upgrade_id)
        number = session.scalar(select(Ticket.number).where(Ticket.id == upgrade.ticket_id))
        return _info(upgrade, number or "")


__all__ = ["UpgradeInfo", "get_upgrade", "list_upgrades", "record_upgrade"]
