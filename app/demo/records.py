"""Demo configuration snapshots, upgrades, maintenance documents, training sessions and a drill,
each through the services with the clock set to when it happened."""

from __future__ import annotations

import json
import random
import tempfile
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select

from app.db.models import ChangeRequest, Ticket
from app.demo.plan import CENTRE_TZ
from app.domain.clock import FixedClock
from app.domain.devices.documents import DocumentKind
from app.domain.devices.snapshots import SnapshotKind
from app.paths import defaults_dir
from app.services.context import Desk
from app.services.devices import documents, snapshots, upgrades
from app.services.devices.queries import DeviceFilter, fetch_rows, query_ids
from app.services.devices.register import DeviceInfo
from app.services.plans.plans import list_plans
from app.services.reference import list_systems
from app.services.training import records


def load_records() -> dict[str, Any]:
    with open(defaults_dir() / "demo_device_records.json", encoding="utf-8") as handle:
        return json.load(handle)


def _at(desk: Desk, at: datetime) -> Desk:
    return replace(desk, clock=FixedClock(at))


def _device(desk: Desk, name: str) -> DeviceInfo:
    [device] = [d for d in fetch_rows(desk, query_ids(desk, DeviceFilter(text=name)))][:1]
    return device


class _When:
    """Demo moments: days after acceptance, or days before now, at a working hour."""

    def __init__(self, now: datetime, acceptance: date, rng: random.Random) -> None:
        self.now = now
        self.acceptance = datetime.combine(acceptance, time(10)).astimezone(CENTRE_TZ)
        self.rng = rng

    def __call__(self, item: dict[str, Any]) -> datetime:
        if "days_after_acceptance" in item:
            base = self.acceptance + timedelta(days=item["days_after_acceptance"])
        else:
            local = self.now.astimezone(CENTRE_TZ) - timedelta(days=item["days_ago"])
            base = local.replace(hour=9, minute=0, second=0, microsecond=0)
            base = max(base, self.acceptance + timedelta(days=30))
        moment = base + timedelta(minutes=self.rng.randrange(0, 240))
        return min(moment, self.now - timedelta(hours=1))


def add_device_records(desk: Desk, acceptance: date, rng: random.Random) -> None:
    """Snapshots, upgrades, documents, training and drills of a demo database."""
    data = load_records()
    when = _When(desk.clock.now(), acceptance, rng)
    _snapshots(desk, data["snapshots"], when)
    _upgrades(desk, data["upgrades"], when)
    _documents(desk, data["documents"], acceptance, when)
    _trainings(desk, data["trainings"], when)
    _drills(desk, data["drills"], when)


def _snapshots(desk: Desk, items: list[dict[str, Any]], when: _When) -> None:
    for item in items:
        device = _device(desk, item["device"])
        for version in item["versions"]:
            text = version["text"].format(
                name=device.name, model=device.model, version=device.version, ip=device.ip
            )
            at = _at(desk, when(version))
            if version.get("kind") == SnapshotKind.CONFIG_FILE.value:
                with tempfile.TemporaryDirectory() as folder:
                    path = Path(folder) / version["file"]
                    path.write_text(text + "\n", encoding="utf-8")
                    snapshots.add_snapshot(
                        at, device.id, SnapshotKind.CONFIG_FILE, version["reason"], file=path
                    )
            else:
                snapshots.add_snapshot(at, device.id, SnapshotKind.TEXT, version["reason"], text)


def _ticket_number(desk: Desk, title: str) -> str:
    with desk.db.read() as session:
        return (
            session.scalar(
                select(Ticket.number).where(Ticket.title == title).order_by(Ticket.id.desc())
            )
            or ""
        )


def _change_ref(desk: Desk, item: dict[str, Any]) -> str:
    """The number of the demo change request an upgrade implements (found by its title)."""
    if "change_title" not in item:
        return item.get("change_ref", "")
    with desk.db.read() as session:
        number = session.scalar(
            select(ChangeRequest.number).where(ChangeRequest.title == item["change_title"])
        )
    return f"需求变更 {number}" if number else ""


def _upgrades(desk: Desk, items: list[dict[str, Any]], when: _When) -> None:
    for item in items:
        at = when(item)
        values = {
            **{k: item[k] for k in ("kind", "to_version", "reason", "test_done", "rollback_plan")},
            "devices": [_device(desk, name).id for name in item["devices"]],
            "result": item["result"],
            "result_note": item.get("result_note", ""),
            "change_ref": _change_ref(desk, item),
            "ticket": _ticket_number(desk, item.get("ticket_title", "")),
            "performed_at": at,
            "performed_by": item["performed_by"],
        }
        upgrades.record_upgrade(_at(desk, at + timedelta(hours=2)), values)


def _document_file(folder: Path, title: str, version: str) -> Path:
    path = folder / f"{title} {version}.txt"
    path.write_text(
        f"{title}\n版本：{version}\n\n（演示数据：实际移交的电子版文件在此保存，"
        "程序保存其 SHA-256 校验值，读取时核对。）\n",
        encoding="utf-8",
    )
    return path


def _documents(desk: Desk, spec: dict[str, Any], acceptance: date, when: _When) -> None:
    handed = acceptance - timedelta(days=spec["days_before_acceptance"])
    at = _at(desk, datetime.combine(handed, time(15)).astimezone(CENTRE_TZ))
    systems = list_systems(desk)
    entries: list[tuple[str, str, str]] = []  # (system code, kind, title)
    for system in systems:
        kinds = list(spec["per_system"])
        if system.code in spec["config_data_systems"]:
            kinds.append(DocumentKind.CONFIG_DATA.value)
        entries += [(system.code, k, spec["titles"][k].format(system=system.name)) for k in kinds]
    entries += [(c["system"], c["kind"], c["title"]) for c in spec["common"]]
    names = {s.code: s.name for s in systems}
    with tempfile.TemporaryDirectory() as folder:
        for system, kind, title in entries:
            values = {
                "system": system,
                "kind": kind,
                "title": title,
                "version": "V1.0",
                "issued_on": handed - timedelta(days=10),
                "handed_over_by": spec["handed_over_by"],
                "handed_over_on": handed,
                "copies": 2,
                "paper": True,
            }
            documents.add_document(at, values, _document_file(Path(folder), title, "V1.0"))
        for newer in spec["newer"]:
            moment = when(newer)
            kind = newer["kind"]
            title = spec["titles"][kind].format(system=names[newer["system"]])
            values = {
                "system": newer["system"],
                "kind": kind,
                "title": title,
                "version": newer["version"],
                "issued_on": moment.date(),
                "handed_over_by": "驻场工程师 孙工",
                "handed_over_on": moment.date(),
                "copies": 1,
                "paper": True,
                "notes": newer["notes"],
            }
            file = _document_file(Path(folder), title, newer["version"])
            documents.add_document(_at(desk, moment), values, file)


def _trainings(desk: Desk, items: list[dict[str, Any]], when: _When) -> None:
    for item in items:
        at = when(item)
        values = {
            "held_at": at,
            "kind": item["kind"],
            "topic": item["topic"],
            "trainer": item["trainer"],
            "place": item["place"],
            "duration_minutes": item["minutes"],
            "content": item["content"],
            "attendees": item["attendees"],
            "effect_check": item["effect_check"],
            "effect_result": item["effect_result"],
        }
        records.save_training(_at(desk, at + timedelta(minutes=item["minutes"])), values)


def _drills(desk: Desk, items: list[dict[str, Any]], when: _When) -> None:
    plans = {p.title: p.id for p in list_plans(desk)}
    for item in items:
        at = when(item)
        values = {
            "held_at": at.replace(hour=9, minute=0),
            "plan_id": plans[item["plan_title"]],
            **{k: item[k] for k in ("scenario", "script", "participants", "timeline")},
            "findings": item["findings"],
            "improvements": item["improvements"],
        }
        records.save_drill(_at(desk, at.replace(hour=11)), values)
