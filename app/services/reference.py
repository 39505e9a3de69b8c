"""Reference lists for quick entry: maintained systems, places and requesters."""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import MaintainedSystem, Place, Requester
from app.paths import defaults_dir
from app.services.context import Desk


@dataclass(frozen=True)
class SystemInfo:
    id: int
    code: str
    name: str
    hardware: bool
    devices: tuple[str, ...] = ()


@dataclass(frozen=True)
class RequesterInfo:
    name: str
    department: str
    phone: str


def load_default_systems() -> list[dict]:
    with open(defaults_dir() / "systems.json", encoding="utf-8") as handle:
        return json.load(handle)


def seed_systems(session: Session) -> None:
    """Add the shipped systems that the database does not have yet."""
    have = set(session.scalars(select(MaintainedSystem.code)))
    for order, entry in enumerate(load_default_systems()):
        if entry["code"] not in have:
            session.add(
                MaintainedSystem(
                    code=entry["code"],
                    name=entry["name"],
                    hardware=bool(entry.get("hardware", True)),
                    sort_order=order,
                )
            )


def list_systems(desk: Desk) -> list[SystemInfo]:
    devices = {e["code"]: tuple(e.get("devices", ())) for e in load_default_systems()}
    with desk.db.read() as session:
        rows = session.scalars(select(MaintainedSystem).order_by(MaintainedSystem.sort_order))
        return [SystemInfo(r.id, r.code, r.name, r.hardware, devices.get(r.code, ())) for r in rows]


def list_places(desk: Desk) -> list[str]:
    with desk.db.read() as session:
        return list(session.scalars(select(Place.name).order_by(Place.name)))


def list_requesters(desk: Desk) -> list[RequesterInfo]:
    with desk.db.read() as session:
        rows = session.scalars(select(Requester).order_by(Requester.name))
        return [RequesterInfo(r.name, r.department, r.phone) for r in rows]


def remember(session: Session, place: str, name: str, department: str, phone: str) -> None:
    """Keep a new place and requester for the next call's pick lists."""
    if place and session.scalar(select(Place.id).where(Place.name == place)) is None:
        session.add(Place(name=place))
    requester = session.scalar(
        select(Requester).where(Requester.name == name, Requester.department == department)
    )
    if requester is None:
        session.add(Requester(name=name, department=department, phone=phone))
    elif phone and requester.phone != phone:
        requester.phone = phone
