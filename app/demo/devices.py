"""Demo device register: the centre's cameras, NVRs, readers, intercoms, zones, switches, servers
and UPS units by place, with their links; written through the register's own services.

Built from ``resources/defaults/demo_devices.json`` before the demo tickets, so that each call
picks its device (and place) from the register as the engineer's picker would.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from app.domain.audit.actions import DEMO
from app.domain.devices.register import DeviceData, DeviceStatus, kind_of_text
from app.paths import defaults_dir
from app.services.context import Desk
from app.services.devices.links import link
from app.services.devices.register import add_devices

ACCEPTANCE_WARRANTY_YEARS = 3


def load_demo_devices() -> dict[str, Any]:
    with open(defaults_dir() / "demo_devices.json", encoding="utf-8") as handle:
        return json.load(handle)


@dataclass(frozen=True)
class PlannedDevice:
    """A device to add, the group it came from, and its place in that group."""

    data: DeviceData
    group_key: str
    links: dict[str, str]
    index: int


def _expand(group: dict[str, Any]) -> list[tuple[str, str]]:
    """(place, name) of each device of a group: ``{n}`` over its range or its range names."""
    if "range_names" in group:
        values = [str(v) for v in group["range_names"]]
    elif "range" in group:
        first, last = group["range"]
        values = [str(n) for n in range(first, last + 1)]
    else:
        values = [""]
    return [(group["place"].format(n=v), group["name"].format(n=v)) for v in values]


class _Numbers:
    """Codes, asset numbers, serial numbers, IP and MAC addresses handed out in order."""

    def __init__(self, data: dict[str, Any], installed: date, rng: random.Random) -> None:
        self.data = data
        self.year = installed.year
        self.rng = rng
        self.codes: dict[str, int] = {}
        self.hosts: dict[str, int] = {}
        self.assets = 0
        self.serials: dict[str, int] = {}

    def code(self, system: str) -> str:
        prefix = self.data["codes"][system]
        self.codes[prefix] = self.codes.get(prefix, 0) + 1
        return f"{prefix}-{self.codes[prefix]:04d}"

    def asset(self) -> str:
        self.assets += 1
        return f"{self.data['asset_prefix']}-{self.year}-{self.assets:05d}"

    def serial(self, model: dict[str, Any]) -> str:
        prefix = model["serial"]
        if not prefix:
            return ""
        self.serials[prefix] = self.serials.get(prefix, 0) + 1
        return f"{prefix}{self.year % 100:02d}{self.rng.randrange(1, 13):02d}{self.serials[prefix]:05d}"

    def address(self, system: str, model_code: str, brand: str) -> tuple[str, str]:
        subnet = self.data["subnets"].get(system)
        if subnet is None or model_code in self.data["no_ip_models"]:
            return "", ""
        host = self.hosts.get(system, 0) + 1
        self.hosts[system] = host
        a, b, c = (int(x) for x in subnet.split("."))
        ip = f"{a}.{b}.{c + (host - 1) // 250}.{(host - 1) % 250 + 2}"
        oui = self.data["ouis"].get(brand, "02:00:00")
        tail = ":".join(f"{self.rng.randrange(256):02X}" for _ in range(3))
        return ip, f"{oui}:{tail}"


def plan_register(
    data: dict[str, Any], acceptance: date, rng: random.Random
) -> list[PlannedDevice]:
    """Every demo device with its fields, in the order of the data file."""
    installed_from = acceptance - timedelta(days=120)
    numbers = _Numbers(data, installed_from, rng)
    planned = []
    for group in data["groups"]:
        model = data["models"][group["model"]]
        software = group["model"] == "JSPT"
        for index, (place, name) in enumerate(_expand(group)):
            full_name = name if software else f"{place} {name}".strip()
            ip, mac = numbers.address(group["system"], group["model"], model["brand"])
            installed = installed_from + timedelta(days=rng.randrange(0, 75))
            device = DeviceData(
                code=numbers.code(group["system"]),
                name=full_name,
                system_code=group["system"],
                place=place,
                kind=kind_of_text(f"{full_name} {model['name']}"),
                brand=model["brand"],
                model="" if software else group["model"],
                serial_no=numbers.serial(model),
                asset_no="" if software else numbers.asset(),
                ip=ip,
                mac=mac,
                version=model["version"],
                installed_on=installed,
                warranty_end=acceptance.replace(year=acceptance.year + ACCEPTANCE_WARRANTY_YEARS),
                status=DeviceStatus(group.get("status", DeviceStatus.IN_USE.value)),
                notes="",
            )
            planned.append(
                PlannedDevice(device, group.get("key", ""), group.get("links", {}), index)
            )
    return planned


def _note(kind: str, count: int) -> str:
    if kind == "通道":
        return f"通道 D{count}"
    if kind == "端口":
        return f"端口 GE1/0/{count}"
    return f"{kind} {count}" if kind else ""


def build_demo_register(desk: Desk, acceptance: date, at: datetime, rng: random.Random) -> int:
    """Add the centre's register (as registered at acceptance) and its links; returns devices."""
    data = load_demo_devices()
    planned = plan_register(data, acceptance, rng)
    with desk.write(DEMO, object_type="device", as_system=True) as session:
        groups: dict[str, list[Any]] = {}
        devices = add_devices(
            session, [p.data for p in planned], at, desk.actor, "竣工验收时登记入账"
        )
        stored = list(zip(planned, devices, strict=True))
        for item, device in stored:
            if item.group_key:
                groups.setdefault(item.group_key, []).append(device)
        used: dict[tuple[int, str], int] = {}
        for item, device in stored:
            for key, kind in item.links.items():
                targets = groups[key]
                target = targets[item.index % len(targets)]
                used[(target.id, kind)] = used.get((target.id, kind), 0) + 1
                note = _note(kind, used[(target.id, kind)])
                link(session, device, target, note, at, desk.actor)
    return len(planned)
