"""Demo calls: who called, from where, about which device, following the shipped scenarios."""

from __future__ import annotations

import json
import random
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from app.paths import defaults_dir
from app.services.reference import load_default_systems


def load_demo_data() -> dict[str, Any]:
    """resources/defaults/demo.json: places, requesters, engineers, contacts, scenarios."""
    with open(defaults_dir() / "demo.json", encoding="utf-8") as handle:
        return json.load(handle)


def _compact(text: str) -> str:
    return text.replace(" ", "")


def _pairs(text: str) -> set[str]:
    """Two-character pieces: a rough likeness measure that works for Chinese."""
    text = _compact(text)
    return {text[i : i + 2] for i in range(len(text) - 1)}


# A device of the register as the demo's calls pick it: id, how a ticket names it, its place.
RegisterDevice = tuple[int, str, str]


@dataclass
class CallMaker:
    """Turns a scenario into the values of a call, with a fitting place, device and requester.

    With a ``register`` (system code → its devices), the device is the register's device that
    best fits the scenario's words, and the place is where that device is; without one, the
    device is a text from the shipped system list.
    """

    data: dict[str, Any]
    rng: random.Random
    register: dict[str, list[RegisterDevice]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        systems = load_default_systems()
        self.devices = {s["code"]: list(s.get("devices", ())) for s in systems}
        self.software = {s["code"] for s in systems if not s.get("hardware", True)}
        self._fits: dict[tuple[str, str], list[RegisterDevice]] = {}
        self.scenarios = self.data["scenarios"]
        # Emergencies are rare; consultations and general defects are the daily bread.
        self.weights = [0.3 if s["severity"] == "emergency" else 1.0 for s in self.scenarios]

    def pick(self) -> dict[str, Any]:
        return self.rng.choices(self.scenarios, weights=self.weights)[0]

    def pick_where(self, **wanted: Any) -> dict[str, Any]:
        """A scenario matching every given field (e.g. class, severity, hardware)."""
        matching = [s for s in self.scenarios if all(s.get(k) == v for k, v in wanted.items())]
        return self.rng.choice(matching or self.scenarios)

    def _best(self, candidates: list[str], text: str) -> str:
        """The candidate sharing the most two-character pieces with ``text`` (ties at random)."""
        wanted = _pairs(text)
        scores = [len(_pairs(c) & wanted) for c in candidates]
        top = max(scores)
        return self.rng.choice([c for c, s in zip(candidates, scores, strict=True) if s == top])

    def _device(self, system: str, text: str) -> str:
        devices = self.devices.get(system, [])
        return self._best(devices, text) if devices else ""

    def _place(self, text: str, device: str) -> str:
        named = [p for p in self.data["places"] if _compact(p) in text]
        if named:
            return max(named, key=len)
        return self._best(self.data["places"], text + _compact(device))

    def _register_device(self, system: str, text: str) -> RegisterDevice | None:
        """The register's device that fits the text best (ties at random); scores are kept per
        scenario, so a 100,000-call demo does not score the register for every call."""
        devices = self.register.get(system)
        if not devices:
            return None
        key = (system, text)
        if key not in self._fits:
            wanted = _pairs(text)
            scores = [len(_pairs(label) & wanted) for _id, label, _place in devices]
            top = max(scores)
            self._fits[key] = [d for d, s in zip(devices, scores, strict=True) if s == top]
        return self.rng.choice(self._fits[key])

    def values(self, scenario: dict[str, Any], called_at: datetime) -> dict[str, Any]:
        """The call form as the engineer would fill it in."""
        requester = self.rng.choice(self.data["requesters"])
        text = _compact(scenario["title"] + scenario["description"])
        picked = self._register_device(scenario["system"], text)
        if picked is not None:
            device_id, device, place = picked
            if scenario["system"] in self.software:  # a program is used where the caller sits
                place = self._place(text, "")
        else:
            device_id, device = None, self._device(scenario["system"], text)
            place = self._place(text, device)
        return {
            "device_id": device_id,
            "requester_name": requester["name"],
            "requester_department": requester["department"],
            "requester_phone": requester["phone"],
            "channel": scenario["channel"],
            "place": place,
            "system": scenario["system"],
            "device": device,
            "is_hardware": bool(scenario.get("hardware")),
            "ticket_class": scenario["class"],
            "severity": scenario["severity"],
            "title": scenario["title"],
            "description": scenario["description"],
            "called_at": called_at,
        }
