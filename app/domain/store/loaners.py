"""Which whole unit of the store may stand in for a failed device: the same model (what the
contract promises), else one of the same kind; anything else is a loaner 其他（注明）."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from app.domain.devices.register import DeviceKind, kind_of_text, model_in_text
from app.domain.store.inventory import normalise_model, same_model


class LoanerMatch(StrEnum):
    SAME_MODEL = "same_model"
    SAME_KIND = "same_kind"


@dataclass(frozen=True)
class FailedDevice:
    """What the ticket says failed: from the register (model and kind) or its free text."""

    text: str
    model: str
    kind: DeviceKind

    @classmethod
    def from_text(cls, text: str) -> FailedDevice:
        return cls(text, model_in_text(text), kind_of_text(text))


def loaner_match(device: FailedDevice, part_name: str, part_model: str) -> LoanerMatch | None:
    """How a store unit (name, model) fits the failed device, or None if it does not."""
    if device.model and normalise_model(device.model) == normalise_model(part_model):
        return LoanerMatch.SAME_MODEL
    if same_model(device.text, part_model):
        return LoanerMatch.SAME_MODEL
    kind = kind_of_text(f"{part_name} {part_model}")
    if device.kind is not DeviceKind.OTHER and kind is device.kind:
        return LoanerMatch.SAME_KIND
    return None
