"""Related devices (a camera and its NVR, a switch port): one link, seen from both ends."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app.db.models import Device, DeviceLink
from app.domain.audit.actions import DEVICE_LINK
from app.domain.devices.register import DeviceError, DeviceKind, DeviceStatus
from app.domain.i18n import QT_TRANSLATE_NOOP
from app.domain.validation import clean_text
from app.services.context import Desk
from app.services.devices.register import find_device, log_event

LINKED = "linked"


@dataclass(frozen=True)
class LinkInfo:
    """A related device as seen from one device, with the link's note (a port, a channel)."""

    link_id: int
    device_id: int
    code: str
    name: str
    kind: DeviceKind
    status: DeviceStatus
    note: str


def link(session: Session, device: Device, other: Device, note: str, at, actor: str) -> bool:
    """Link two devices inside the caller's transaction; False if they already are."""
    if device.id == other.id:
        raise DeviceError(QT_TRANSLATE_NOOP("devices", "不能把设备与它自己关联"))
    exists = session.scalar(
        select(DeviceLink.id).where(
            or_(
                (DeviceLink.device_id == device.id) & (DeviceLink.other_id == other.id),
                (DeviceLink.device_id == other.id) & (DeviceLink.other_id == device.id),
            )
        )
    )
    if exists is not None:
        return False
    session.add(DeviceLink(device_id=device.id, other_id=other.id, note=clean_text(note)[:100]))
    text = f"关联设备：{device.code} ↔ {other.code}" + (f"（{note}）" if note else "")
    log_event(session, device.id, at, actor, LINKED, text)
    log_event(session, other.id, at, actor, LINKED, text)
    return True


def add_link(desk: Desk, device_id: int, other_ref: int | str, note: str = "") -> None:
    """Link a device to another (by id or code)."""
    now = desk.clock.now()
    with desk.write(DEVICE_LINK, object_type="device") as session:
        device = find_device(session, device_id)
        other = find_device(session, other_ref)
        if not link(session, device, other, note, now, desk.actor):
            raise DeviceError(
                QT_TRANSLATE_NOOP("devices", "{a} 与 {b} 已经关联"), a=device.code, b=other.code
            )


def remove_link(desk: Desk, link_id: int) -> None:
    now = desk.clock.now()
    with desk.write(DEVICE_LINK, object_type="device") as session:
        row = session.get(DeviceLink, link_id)
        if row is None:
            return
        device, other = find_device(session, row.device_id), find_device(session, row.other_id)
        text = f"取消关联：{device.code} ↔ {other.code}"
        log_event(session, device.id, now, desk.actor, LINKED, text)
        log_event(session, other.id, now, desk.actor, LINKED, text)
        session.delete(row)


def links_of(session: Session, device_id: int) -> list[LinkInfo]:
    rows = session.execute(
        select(DeviceLink, Device)
        .join(
            Device,
            ((DeviceLink.device_id == device_id) & (Device.id == DeviceLink.other_id))
            | ((DeviceLink.other_id == device_id) & (Device.id == DeviceLink.device_id)),
        )
        .order_by(Device.code)
    )
    return [
        LinkInfo(
            row.id,
            other.id,
            other.code,
            other.name,
            DeviceKind(other.kind),
            DeviceStatus(other.status),
            row.note,
        )
        for row, other in rows
    ]


def list_links(desk: Desk, device_id: int) -> list[LinkInfo]:
    with desk.db.read() as session:
        return links_of(session, device_id)
