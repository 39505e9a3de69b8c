"""Business settings kept in the database (UI state stays in QSettings): a typed registry."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from app.db.models import Setting
from app.domain.audit.actions import BACKUP_SETTINGS
from app.domain.i18n import QT_TRANSLATE_NOOP
from app.domain.validation import FieldError, ValidationError
from app.services.context import Desk


@dataclass(frozen=True)
class IntSetting:
    """A whole-number setting with its default and its allowed range."""

    key: str
    label: str
    default: int
    minimum: int
    maximum: int


BACKUP_AUTO = IntSetting("backup.auto", QT_TRANSLATE_NOOP("field", "每日自动备份"), 1, 0, 1)
BACKUP_KEEP_DAILY = IntSetting(
    "backup.keep_daily", QT_TRANSLATE_NOOP("field", "保留每日备份（份）"), 14, 1, 366
)
BACKUP_KEEP_WEEKLY = IntSetting(
    "backup.keep_weekly", QT_TRANSLATE_NOOP("field", "保留每周备份（份）"), 8, 0, 260
)
BACKUP_KEEP_MONTHLY = IntSetting(
    "backup.keep_monthly", QT_TRANSLATE_NOOP("field", "保留每月备份（份）"), 12, 0, 120
)


def read_int(desk: Desk, setting: IntSetting) -> int:
    """The stored value, or the default when unset or unreadable."""
    with desk.db.read() as session:
        stored = session.scalar(select(Setting.value).where(Setting.key == setting.key))
    try:
        value = int(stored) if stored is not None else setting.default
    except ValueError:
        return setting.default
    return value if setting.minimum <= value <= setting.maximum else setting.default


def write_ints(desk: Desk, values: dict[IntSetting, int]) -> None:
    """Store several settings together; a value out of range refuses them all."""
    errors = [
        FieldError(
            setting.key,
            QT_TRANSLATE_NOOP("validation", "“{label}”超出允许的范围"),
            setting.label,
        )
        for setting, value in values.items()
        if not setting.minimum <= value <= setting.maximum
    ]
    if errors:
        raise ValidationError(errors)
    changed = "；".join(f"{setting.key} = {value}" for setting, value in values.items())
    with desk.write(BACKUP_SETTINGS, object_type="settings", detail=changed) as session:
        for setting, value in values.items():
            stored = session.get(Setting, setting.key)
            if stored is None:
                session.add(Setting(key=setting.key, value=str(value)))
            else:
                stored.value = str(value)
