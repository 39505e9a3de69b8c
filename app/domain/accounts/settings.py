"""The security settings (password, lockout, idle lock, role separation, audit retention)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass, fields

from app.domain.accounts.policy import LockoutPolicy, PasswordPolicy
from app.domain.i18n import QT_TRANSLATE_NOOP
from app.domain.validation import FieldError, ValidationError

# Six calendar months can be 184 days; the Cybersecurity Law asks for at least six months.
MIN_RETENTION_DAYS = 184


@dataclass(frozen=True)
class SecuritySettings:
    """What GB/T 22239 level 3 asks to be settable, with its usual figures as defaults."""

    password_min_length: int = 8
    password_min_classes: int = 3
    password_max_age_days: int = 90
    lockout_failures: int = 5
    lockout_minutes: int = 10
    idle_lock_minutes: int = 10
    separate_admin_auditor: bool = True
    separate_engineer_client: bool = True
    audit_retention_days: int = MIN_RETENTION_DAYS

    @property
    def password_policy(self) -> PasswordPolicy:
        return PasswordPolicy(
            self.password_min_length, self.password_min_classes, self.password_max_age_days
        )

    @property
    def lockout_policy(self) -> LockoutPolicy:
        return LockoutPolicy(self.lockout_failures, self.lockout_minutes)

    def values(self) -> dict[str, int | bool]:
        return asdict(self)


SETTING_LABELS: dict[str, str] = {
    "password_min_length": QT_TRANSLATE_NOOP("field", "密码最短长度"),
    "password_min_classes": QT_TRANSLATE_NOOP("field", "密码至少包含的字符类别数"),
    "password_max_age_days": QT_TRANSLATE_NOOP("field", "密码有效期（天）"),
    "lockout_failures": QT_TRANSLATE_NOOP("field", "连续登录失败锁定次数"),
    "lockout_minutes": QT_TRANSLATE_NOOP("field", "锁定时长（分钟）"),
    "idle_lock_minutes": QT_TRANSLATE_NOOP("field", "无操作自动锁定（分钟）"),
    "separate_admin_auditor": QT_TRANSLATE_NOOP("field", "系统管理员与审计员分设"),
    "separate_engineer_client": QT_TRANSLATE_NOOP("field", "驻场工程师不得兼任甲方确认人或审计员"),
    "audit_retention_days": QT_TRANSLATE_NOOP("field", "审计记录保留期限（天）"),
}

# The allowed range of each number: the floors are level 3's figures, never weaker.
SETTING_RANGES: dict[str, tuple[int, int]] = {
    "password_min_length": (8, 64),
    "password_min_classes": (3, 4),
    "password_max_age_days": (1, 365),
    "lockout_failures": (3, 10),
    "lockout_minutes": (10, 1440),
    "idle_lock_minutes": (1, 30),
    "audit_retention_days": (MIN_RETENTION_DAYS, 36500),
}


def validate_settings(values: Mapping[str, object]) -> SecuritySettings:
    """Settings from entered values; every number out of range is named, nothing half-taken."""
    errors: list[FieldError] = []
    cleaned: dict[str, object] = {}
    for spec in fields(SecuritySettings):
        value = values.get(spec.name, getattr(SecuritySettings, spec.name))
        if spec.name in SETTING_RANGES:
            low, high = SETTING_RANGES[spec.name]
            number = _whole_number(value)
            if number is None or not low <= number <= high:
                errors.append(
                    FieldError(
                        spec.name,
                        QT_TRANSLATE_NOOP("validation", "“{label}”超出允许的范围"),
                        SETTING_LABELS[spec.name],
                    )
                )
                continue
            cleaned[spec.name] = number
        else:
            cleaned[spec.name] = bool(value)
    if errors:
        raise ValidationError(errors)
    return SecuritySettings(**cleaned)  # type: ignore[arg-type]


def _whole_number(value: object) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str) and value.strip().isdigit():
        return int(value.strip())
    return None
