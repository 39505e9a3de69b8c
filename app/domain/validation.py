"""Field validation with messages that name the field in Chinese."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum

from app.domain.i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class FieldError:
    """One bad field: its name, a message template, the field's label for ``{label}`` and any
    other values the template names (e.g. ``{previous}``), as (name, text) pairs."""

    field: str
    template: str
    label: str
    values: tuple[tuple[str, str], ...] = ()

    @property
    def message(self) -> str:
        return self.template.format(label=self.label, **dict(self.values))


class ValidationError(ValueError):
    """Bad input: one or more fields, each with a Chinese message."""

    def __init__(self, errors: Iterable[FieldError]) -> None:
        self.errors = list(errors)
        super().__init__("；".join(e.message for e in self.errors))


def require_text(values: Mapping[str, object], name: str, label: str) -> FieldError | None:
    """A required text field must hold something other than spaces."""
    value = values.get(name)
    if not isinstance(value, str) or not value.strip():
        return FieldError(name, QT_TRANSLATE_NOOP("validation", "请填写“{label}”"), label)
    return None


def require_choice(
    values: Mapping[str, object], name: str, label: str, choices: Iterable[StrEnum]
) -> FieldError | None:
    """A choice field must be one of the allowed values."""
    allowed = {str(c) for c in choices}
    if str(values.get(name) or "") not in allowed:
        return FieldError(name, QT_TRANSLATE_NOOP("validation", "请选择“{label}”"), label)
    return None


def clean_text(value: object) -> str:
    """Trim spaces (including full-width ones) and drop control characters."""
    if value is None:
        return ""
    text = str(value).replace("\u3000", " ").strip()
    return "".join(ch for ch in text if ch in "\n\t" or ch >= " ")
