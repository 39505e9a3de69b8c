"""The service contract (one row, its clock targets) and the named rungs of the escalation ladder."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, Float, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from app.db.models.base import Base, Timestamped


class Contract(Timestamped, Base):
    """The service contract: one row, its names, warranty and clock targets."""

    __tablename__ = "contract"

    id: Mapped[int] = mapped_column(primary_key=True)
    project_name: Mapped[str] = mapped_column(String(200))
    client_name: Mapped[str] = mapped_column(String(200))
    vendor_name: Mapped[str] = mapped_column(String(200))
    service_department: Mapped[str] = mapped_column(String(200), default="")
    final_acceptance_date: Mapped[date] = mapped_column(Date)
    warranty_years: Mapped[int] = mapped_column(Integer, default=3)
    classification: Mapped[str] = mapped_column(String(100), default="")
    response_minutes: Mapped[float] = mapped_column(Float, default=5)
    arrival_minutes: Mapped[float] = mapped_column(Float, default=30)
    arrival_emergency_minutes: Mapped[float] = mapped_column(Float, default=20)
    fix_general_hours: Mapped[float] = mapped_column(Float, default=4)
    fix_major_hours: Mapped[float] = mapped_column(Float, default=8)
    fix_emergency_hours: Mapped[float] = mapped_column(Float, default=4)
    loaner_hours: Mapped[float] = mapped_column(Float, default=8)
    warn_percent: Mapped[float] = mapped_column(Float, default=75)


class EscalationContact(Timestamped, Base):
    """A named rung of the escalation ladder (1 project manager … 3 company lead)."""

    __tablename__ = "escalation_contact"

    id: Mapped[int] = mapped_column(primary_key=True)
    level: Mapped[int] = mapped_column(Integer, unique=True)
    role: Mapped[str] = mapped_column(String(50))
    name: Mapped[str] = mapped_column(String(50), default="")
    phone: Mapped[str] = mapped_column(String(50), default="")
