"""The security settings: read by every login and password change, set by the administrator
(the audit retention by the auditor alone)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import fields

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import SecuritySetting
from app.domain.accounts.settings import SecuritySettings, validate_settings
from app.domain.audit.actions import AUDIT_RETENTION, SECURITY_SETTINGS
from app.services.context import Desk

_NAMES = tuple(f.name for f in fields(SecuritySettings))


def load_settings(session: Session) -> SecuritySettings:
    """The settings row as rules; the defaults if there is none (a database before 0007)."""
    row = session.scalar(select(SecuritySetting).order_by(SecuritySetting.id).limit(1))
    if row is None:
        return SecuritySettings()
    return SecuritySettings(**{name: getattr(row, name) for name in _NAMES})


def get_settings(desk: Desk) -> SecuritySettings:
    with desk.db.read() as session:
        return load_settings(session)


def _store(session: Session, settings: SecuritySettings) -> None:
    row = session.scalar(select(SecuritySetting).order_by(SecuritySetting.id).limit(1))
    if row is None:
        row = SecuritySetting()
        session.add(row)
    for name, value in settings.values().items():
        setattr(row, name, value)


def save_settings(desk: Desk, values: Mapping[str, object]) -> SecuritySettings:
    """The administrator's settings; the audit retention stays as the auditor set it."""
    with desk.write(SECURITY_SETTINGS, object_type="security_setting") as session:
        current = load_settings(session)
        merged = {
            **current.values(),
            **values,
            "audit_retention_days": current.audit_retention_days,
        }
        settings = validate_settings(merged)
        _store(session, settings)
        return settings


def save_retention(desk: Desk, days: object) -> SecuritySettings:
    """The auditor's setting: how long audit records are kept at least (never under 184 days)."""
    with desk.write(AUDIT_RETENTION, object_type="security_setting") as session:
        current = load_settings(session)
        settings = validate_settings({**current.values(), "audit_retention_days": days})
        _store(session, settings)
        return settings
