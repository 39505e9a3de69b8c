"""A device's history: its tickets, the parts used on them, its change log, upgrades, links."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import or_, select

from app.db.models import DeviceEvent, Ticket, Upgrade, UpgradeDevice
from app.db.models.store import Part, PartSerial, StockMovement
from app.domain.enums import TicketClass, TicketStatus
from app.domain.store.inventory import MovementKind
from app.services.changes.requests import ChangeInfo, list_changes
from app.services.context import Desk
from app.services.devices.links import LinkInfo, links_of
from app.services.devices.register import DeviceInfo, device_info, find_device


@dataclass(frozen=True)
class DeviceTicket:
    id: int
    number: str
    called_at: datetime
    ticket_class: TicketClass
    status: TicketStatus
    title: str


@dataclass(frozen=True)
class PartUsed:
    """A store movement for one of the device's tickets: spare parts fitted, a loaner lent."""

    at: datetime
    kind: MovementKind
    part_code: str
    part_name: str
    serial: str
    quantity: int
    ticket_number: str


@dataclass(frozen=True)
class LogLine:
    at: datetime
    actor: str
    kind: str
    summary: str
    details: str


@dataclass(frozen=True)
class DeviceUpgrade:
    id: int
    number: str
    performed_at: datetime
    from_version: str
    to_version: str
    result: str


@dataclass(frozen=True)
class DeviceHistory:
    device: DeviceInfo
    tickets: list[DeviceTicket]
    parts: list[PartUsed]
    log: list[LogLine]
    upgrades: list[DeviceUpgrade]
    links: list[LinkInfo]
    changes: list[ChangeInfo]  # the change requests naming it, newest first


def device_history(desk: Desk, device_id: int) -> DeviceHistory:
    """Everything that happened to a device, newest first in each list."""
    changes = list_changes(desk, device_id=device_id)
    with desk.db.read() as session:
        device = find_device(session, device_id)
        tickets = list(
            session.scalars(
                select(Ticket)
                .where(Ticket.device_id == device.id)
                .order_by(Ticket.called_at.desc())
            )
        )
        numbers = {t.id: t.number for t in tickets}
        moves = session.execute(
            select(StockMovement, Part.code, Part.name, PartSerial.serial)
            .join(Part, Part.id == StockMovement.part_id)
            .outerjoin(PartSerial, PartSerial.id == StockMovement.serial_id)
            .where(
                or_(
                    StockMovement.ticket_id.in_(numbers),
                    StockMovement.device == device.code,
                )
            )
            .order_by(StockMovement.at.desc(), StockMovement.id.desc())
        )
        parts = [
            PartUsed(
                m.at,
                MovementKind(m.kind),
                code,
                name,
                serial or "",
                m.quantity,
                numbers.get(m.ticket_id or 0, ""),
            )
            for m, code, name, serial in moves
        ]
        log = [
            LogLine(e.at, e.actor, e.kind, e.summary, e.details)
            for e in session.scalars(
                select(DeviceEvent)
                .where(DeviceEvent.device_id == device.id)
                .order_by(DeviceEvent.at.desc(), DeviceEvent.id.desc())
            )
        ]
        upgrades = [
            DeviceUpgrade(u.id, u.number, u.performed_at, d.from_version, d.to_version, u.result)
            for d, u in session.execute(
                select(UpgradeDevice, Upgrade)
                .join(Upgrade, Upgrade.id == UpgradeDevice.upgrade_id)
                .where(UpgradeDevice.device_id == device.id)
                .order_by(Upgrade.performed_at.desc())
            )
        ]
        return DeviceHistory(
            device=device_info(device),
            tickets=[
                DeviceTicket(
                    t.id,
                    t.number,
                    t.called_at,
                    TicketClass(t.ticket_class),
                    TicketStatus(t.status),
                    t.title,
                )
                for t in tickets
            ],
            parts=parts,
            log=log,
            upgrades=upgrades,
            links=links_of(session, device.id),
            changes=changes,
        )
