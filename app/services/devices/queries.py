"""The register as lists: filter and sort in SQL, ids first, rows a page at a time; the picker."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import Select, case, func, select
from sqlalchemy.sql.elements import ColumnElement

from app.db.models import Device, MaintainedSystem, Ticket
from app.domain.devices.register import DeviceKind, DeviceStatus, fold
from app.services.context import Desk
from app.services.devices.register import DeviceInfo, device_info


class DeviceSort(StrEnum):
    CODE = "code"
    NAME = "name"
    SYSTEM = "system"
    PLACE = "place"
    KIND = "kind"
    MODEL = "model"
    IP = "ip"
    VERSION = "version"
    STATUS = "status"
    WARRANTY = "warranty"


@dataclass(frozen=True)
class DeviceFilter:
    """What the register shows; every field empty means everything."""

    system_code: str = ""
    place: str = ""
    status: DeviceStatus | None = None
    kind: DeviceKind | None = None
    text: str = ""


def _escape_like(term: str) -> str:
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def text_conditions(text: str) -> list[ColumnElement[bool]]:
    """Every word must appear in the device's folded text (Chinese substrings of any length)."""
    return [
        Device.search_text.like(f"%{_escape_like(fold(word))}%", escape="\\")
        for word in text.split()
    ]


def _conditions(flt: DeviceFilter) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if flt.system_code:
        conditions.append(MaintainedSystem.code == flt.system_code)
    if flt.place:
        conditions.append(Device.place == flt.place)
    if flt.status is not None:
        conditions.append(Device.status == flt.status.value)
    if flt.kind is not None:
        conditions.append(Device.kind == flt.kind.value)
    conditions.extend(text_conditions(flt.text))
    return conditions


def _order(key: DeviceSort) -> ColumnElement:
    if key is DeviceSort.SYSTEM:
        return MaintainedSystem.sort_order
    if key is DeviceSort.STATUS:
        order = {status.value: rank for rank, status in enumerate(DeviceStatus)}
        return case(order, value=Device.status, else_=99)
    if key is DeviceSort.WARRANTY:
        return Device.warranty_end
    return getattr(Device, key.value)


def query_ids(
    desk: Desk,
    flt: DeviceFilter = DeviceFilter(),  # noqa: B008 - frozen
    key: DeviceSort = DeviceSort.CODE,
    descending: bool = False,
) -> list[int]:
    """The ids of the devices ``flt`` lets through, in the order asked (code breaks ties)."""
    order = _order(key)
    statement = (
        select(Device.id)
        .join(MaintainedSystem, Device.system_id == MaintainedSystem.id)
        .where(*_conditions(flt))
        .order_by(order.desc() if descending else order, Device.code)
    )
    with desk.db.read() as session:
        return list(session.scalars(statement))


def fetch_rows(desk: Desk, ids: Sequence[int]) -> list[DeviceInfo]:
    """The devices with these ids, in the order given (a deleted one is left out)."""
    if not ids:
        return []
    with desk.db.read() as session:
        found = {
            d.id: device_info(d) for d in session.scalars(_devices().where(Device.id.in_(ids)))
        }
    return [found[i] for i in ids if i in found]


def _devices() -> Select[tuple[Device]]:
    return select(Device)


def places(desk: Desk) -> list[str]:
    """Every place that has a device, in order."""
    with desk.db.read() as session:
        return list(session.scalars(select(Device.place).distinct().order_by(Device.place)))


def status_counts(desk: Desk) -> dict[DeviceStatus, int]:
    with desk.db.read() as session:
        rows = session.execute(select(Device.status, func.count()).group_by(Device.status))
        return {DeviceStatus(status): count for status, count in rows}


PICK_LIMIT = 50


def pick_candidates(
    desk: Desk, place: str = "", system_code: str = "", text: str = "", limit: int = PICK_LIMIT
) -> list[DeviceInfo]:
    """Devices for the new-ticket picker: those at the place (of the system) first, then any
    device whose name, code, IP or model has every typed word; scrapped ones are left out."""
    conditions = [Device.status != DeviceStatus.SCRAPPED.value, *text_conditions(text)]
    if system_code:
        conditions.append(MaintainedSystem.code == system_code)
    at_place = Device.place == place if place else None
    if not text and at_place is not None:
        conditions.append(at_place)  # nothing typed: the place's devices only
    elif not text:
        return []
    first = case((at_place, 0), else_=1) if at_place is not None else case((Device.id > 0, 1))
    statement = (
        select(Device)
        .join(MaintainedSystem, Device.system_id == MaintainedSystem.id)
        .where(*conditions)
        .order_by(first, Device.place, Device.name, Device.code)
        .limit(limit)
    )
    with desk.db.read() as session:
        return [device_info(d) for d in session.scalars(statement)]


def tickets_without_device(desk: Desk) -> int:
    """Tickets whose device is free text only (not linked to the register)."""
    with desk.db.read() as session:
        return (
            session.scalar(
                select(func.count(Ticket.id)).where(Ticket.device_id.is_(None), Ticket.device != "")
            )
            or 0
        )
