"""Devices: add, change (every change in the device's log), read one, the status helpers."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import Device, DeviceEvent, MaintainedSystem
from app.domain.audit.actions import DEVICE_CREATE, DEVICE_STATUS, DEVICE_UPDATE
from app.domain.devices.register import (
    FIELD_LABELS,
    DeviceData,
    DeviceError,
    DeviceKind,
    DeviceStatus,
    check_device,
    device_label,
    fold,
    search_text,
)
from app.domain.i18n import QT_TRANSLATE_NOOP
from app.domain.validation import FieldError, ValidationError, clean_text
from app.services.context import Desk

REGISTERED = "registered"
EDITED = "edited"
STATUS = "status"


class DeviceNotFoundError(DeviceError):
    def __init__(self, ref: object) -> None:
        super().__init__(QT_TRANSLATE_NOOP("devices", "设备台账中没有 {ref}"), ref=ref)


@dataclass(frozen=True)
class DeviceInfo:
    """One device as lists, the detail and documents show it."""

    id: int
    code: str
    name: str
    system_code: str
    system_name: str
    place: str
    kind: DeviceKind
    brand: str
    model: str
    serial_no: str
    asset_no: str
    ip: str
    mac: str
    version: str
    installed_on: date | None
    warranty_end: date | None
    status: DeviceStatus
    notes: str

    @property
    def label(self) -> str:
        return device_label(self.name, self.model)


def device_info(device: Device) -> DeviceInfo:
    return DeviceInfo(
        id=device.id,
        code=device.code,
        name=device.name,
        system_code=device.system.code,
        system_name=device.system.name,
        place=device.place,
        kind=DeviceKind(device.kind),
        brand=device.brand,
        model=device.model,
        serial_no=device.serial_no,
        asset_no=device.asset_no,
        ip=device.ip,
        mac=device.mac,
        version=device.version,
        installed_on=device.installed_on,
        warranty_end=device.warranty_end,
        status=DeviceStatus(device.status),
        notes=device.notes,
    )


def systems_map(session: Session) -> dict[str, str]:
    """Each maintained system's code and name."""
    rows = session.execute(select(MaintainedSystem.code, MaintainedSystem.name))
    return {code: name for code, name in rows}


def find_device(session: Session, ref: int | str) -> Device:
    """A device by id, or by its code (spaces and case forgiven)."""
    if isinstance(ref, int):
        device = session.get(Device, ref)
    else:
        code = "".join(str(ref).split()).upper()
        device = session.scalar(select(Device).where(Device.code == code))
    if device is None:
        raise DeviceNotFoundError(ref)
    return device


def get_device(desk: Desk, ref: int | str) -> DeviceInfo:
    with desk.db.read() as session:
        return device_info(find_device(session, ref))


def validated(values: Mapping[str, Any], systems: Mapping[str, str]) -> DeviceData:
    """A form's values checked; a ValidationError naming every bad field."""
    data, problems = check_device(values, systems)
    if problems:
        raise ValidationError(
            [FieldError(name, template, FIELD_LABELS[name]) for name, template in problems]
        )
    assert data is not None
    return data


def _clash(session: Session, data: DeviceData, own_id: int | None) -> FieldError | None:
    """Another device with this code, asset number, IP, or serial number of the same model."""
    checks = [("code", Device.code == data.code)]
    if data.asset_no:
        checks.append(("asset_no", Device.asset_no == data.asset_no))
    if data.ip:
        checks.append(("ip", Device.ip == data.ip))
    for name, condition in checks:
        statement = select(Device.code).where(condition)
        if own_id is not None:
            statement = statement.where(Device.id != own_id)
        other = session.scalar(statement)
        if other is not None:
            template = QT_TRANSLATE_NOOP("validation", "“{label}”已被其他设备使用")
            return FieldError(name, template, FIELD_LABELS[name])
    if data.serial_no:
        rows = session.execute(
            select(Device.id, Device.model).where(Device.serial_no == data.serial_no)
        )
        if any(i != own_id and fold(m) == fold(data.model) for i, m in rows):
            template = QT_TRANSLATE_NOOP("validation", "同型号设备中已有此“{label}”")
            return FieldError("serial_no", template, FIELD_LABELS["serial_no"])
    return None


def _system_id(session: Session, code: str) -> int:
    system_id = session.scalar(select(MaintainedSystem.id).where(MaintainedSystem.code == code))
    assert system_id is not None  # checked against the same list by validated()
    return system_id


def _columns(data: DeviceData) -> dict[str, Any]:
    values = {f.name: getattr(data, f.name) for f in fields(data) if f.name != "system_code"}
    values["kind"] = data.kind.value
    values["status"] = data.status.value
    return values


def refresh_search_text(device: Device, system_name: str) -> None:
    device.search_text = search_text(
        device.code,
        device.name,
        device.place,
        system_name,
        device.brand,
        device.model,
        device.serial_no,
        device.asset_no,
        device.ip,
        device.mac,
        device.version,
    )


def log_event(
    session: Session,
    device_id: int,
    at: datetime,
    actor: str,
    kind: str,
    summary: str,
    details: str = "",
    ticket_id: int | None = None,
) -> None:
    """A line in the device's change log, inside the caller's transaction."""
    session.add(
        DeviceEvent(
            device_id=device_id,
            at=at,
            actor=actor,
            kind=kind,
            summary=summary,
            details=details,
            ticket_id=ticket_id,
        )
    )


def add_device(session: Session, data: DeviceData, at: datetime, actor: str, how: str) -> Device:
    """Store a checked device and its first log line, inside the caller's transaction."""
    return add_devices(session, [data], at, actor, how)[0]


def add_devices(
    session: Session, datas: list[DeviceData], at: datetime, actor: str, how: str
) -> list[Device]:
    """Store checked devices and their first log lines with one flush (an import of thousands
    flushed per device took 11 s for 5,000)."""
    systems = {
        code: (system_id, name)
        for system_id, code, name in session.execute(
            select(MaintainedSystem.id, MaintainedSystem.code, MaintainedSystem.name)
        )
    }
    devices = []
    for data in datas:
        system_id, system_name = systems[data.system_code]
        device = Device(system_id=system_id, **_columns(data))
        refresh_search_text(device, system_name)
        devices.append(device)
    session.add_all(devices)
    session.flush()
    session.add_all(
        DeviceEvent(device_id=d.id, at=at, actor=actor, kind=REGISTERED, summary=how)
        for d in devices
    )
    return devices


def create_device(desk: Desk, values: Mapping[str, Any]) -> int:
    """Register a device from a form; returns its id."""
    now = desk.clock.now()
    with desk.write(DEVICE_CREATE, object_type="device") as session:
        data = validated(values, systems_map(session))
        clash = _clash(session, data, None)
        if clash is not None:
            raise ValidationError([clash])
        return add_device(session, data, now, desk.actor, "登记设备").id


def _shown(value: object) -> str:
    if value is None or value == "":
        return "（空）"
    if isinstance(value, DeviceKind | DeviceStatus):
        return value.label
    return str(value)


def changes_between(before: DeviceInfo, after: DeviceData) -> list[str]:
    """ "型号：IPC-D320 → IPC-D320A" for every field that differs."""
    lines = []
    for name, label in FIELD_LABELS.items():
        old = before.system_code if name == "system" else getattr(before, name)
        new = after.system_code if name == "system" else getattr(after, name)
        if old != new:
            lines.append(f"{label}：{_shown(old)} → {_shown(new)}")
    return lines


def apply_data(session: Session, device: Device, data: DeviceData) -> list[str]:
    """Write checked fields onto a stored device; returns the change lines (none: no change)."""
    changes = changes_between(device_info(device), data)
    if changes:
        for key, value in _columns(data).items():
            setattr(device, key, value)
        device.system_id = _system_id(session, data.system_code)
        refresh_search_text(device, systems_map(session)[data.system_code])
    return changes


def update_device(desk: Desk, device_id: int, values: Mapping[str, Any], reason: str = "") -> int:
    """Change a device's fields; each changed field goes into its log. Returns how many changed."""
    now = desk.clock.now()
    with desk.write(DEVICE_UPDATE, object_type="device") as session:
        device = find_device(session, device_id)
        data = validated(values, systems_map(session))
        clash = _clash(session, data, device.id)
        if clash is not None:
            raise ValidationError([clash])
        changes = apply_data(session, device, data)
        if changes:
            why = clean_text(reason)
            summary = "修改设备信息" + (f"：{why}" if why else "")
            log_event(session, device.id, now, desk.actor, EDITED, summary, "\n".join(changes))
        return len(changes)


def set_status(
    session: Session,
    device: Device,
    status: DeviceStatus,
    at: datetime,
    actor: str,
    why: str,
    ticket_id: int | None = None,
) -> None:
    """Change a device's status inside the caller's transaction, with a log line."""
    if device.status == status.value:
        return
    before = DeviceStatus(device.status)
    device.status = status.value
    summary = f"状态：{before.label} → {status.label}"
    log_event(session, device.id, at, actor, STATUS, summary, why, ticket_id)


def change_status(desk: Desk, device_id: int, status: DeviceStatus, why: str) -> None:
    """The engineer sets a device's status (e.g. 维修中, 报废) with the reason."""
    reason = clean_text(why)
    if not reason:
        raise ValidationError(
            [
                FieldError(
                    "reason",
                    QT_TRANSLATE_NOOP("validation", "请填写“{label}”"),
                    QT_TRANSLATE_NOOP("field", "变更原因"),
                )
            ]
        )
    now = desk.clock.now()
    with desk.write(DEVICE_STATUS, object_type="device") as session:
        set_status(session, find_device(session, device_id), status, now, desk.actor, reason)


def form_values(info: DeviceInfo) -> dict[str, Any]:
    """A device's fields as the form (and ``update_device``) take them."""
    values: dict[str, Any] = {name: getattr(info, name, "") for name in FIELD_LABELS}
    values["system"] = info.system_code
    values["kind"] = info.kind.value
    values["status"] = info.status.value
    return values
