"""The accounts of the people who log in, with their roles, and the security settings."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from app.db.models.base import Base, Timestamped
from app.db.types import UTCDateTime


class Account(Timestamped, Base):
    """A person who logs in: roles, password hash, and the state of failed logins."""

    __tablename__ = "account"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(50), unique=True)
    display_name: Mapped[str] = mapped_column(String(50))
    password_hash: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    last_login_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    roles: Mapped[str] = mapped_column(String(100), default="engineer")  # space-separated
    must_change_password: Mapped[bool] = mapped_column(Boolean, default=False)
    password_changed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime)


class SecuritySetting(Timestamped, Base):
    """The security settings: one row (password, lockout, idle lock, roles, audit retention)."""

    __tablename__ = "security_setting"

    id: Mapped[int] = mapped_column(primary_key=True)
    password_min_length: Mapped[int] = mapped_column(Integer, default=8)
    password_min_classes: Mapped[int] = mapped_column(Integer, default=3)
    password_max_age_days: Mapped[int] = mapped_column(Integer, default=90)
    lockout_failures: Mapped[int] = mapped_column(Integer, default=5)
    lockout_minutes: Mapped[int] = mapped_column(Integer, default=10)
    idle_lock_minutes: Mapped[int] = mapped_column(Integer, default=10)
    separate_admin_auditor: Mapped[bool] = mapped_column(Boolean, default=True)
    separate_engineer_client: Mapped[bool] = mapped_column(Boolean, default=True)
    audit_retention_days: Mapped[int] = mapped_column(Integer, default=184)
