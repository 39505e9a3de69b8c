"""Demo calls: who called, from where, about which device, following the shipped scenarios."""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
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


@dataclass
class CallMaker:
    """Turns a scenario into the values of a call, with a fitting place, device and requester."""

    data: dict[str, Any]
    rng: random.Random

    def __post_init__(self) -> None:
        self.devices = {s["code"]: list(s.get("devices", ())) for s in load_default_systems()}
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

    def values(self, scenario: dict[str, Any], called_at: datetime) -> dict[str, Any]:
        """The call form as the engineer would fill it in."""
        requester = self.rng.choice(self.data["requesters"])
        text = _compact(scenario["title"] + scenario["description"])
        device = self._device(scenario["system"], text)
        place = self._place(text, device)
        return {
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
