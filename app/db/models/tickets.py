"""SQLAlchemy 2.x typed models of the contract, its people and the ticket queue."""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from app.db.types import UTCDateTime

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    return datetime.now(UTC)


class Base(DeclarativeBase):
    """The one declarative base, with a naming convention for portable migrations."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Timestamped:
    """Created and updated columns on every table."""

    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)


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


class Account(Timestamped, Base):
    """An engineer who logs in."""

    __tablename__ = "account"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(50), unique=True)
    display_name: Mapped[str] = mapped_column(String(50))
    password_hash: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    last_login_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class MaintainedSystem(Timestamped, Base):
    """One of the client's systems under the contract (video surveillance, access control …)."""

    __tablename__ = "maintained_system"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(30), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    hardware: Mapped[bool] = mapped_column(Boolean, default=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class Place(Timestamped, Base):
    """A place in the centre; remembered so the next call picks it from a list."""

    __tablename__ = "place"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)


class Requester(Timestamped, Base):
    """A member of the client's staff who calls; remembered for quick entry."""

    __tablename__ = "requester"
    __table_args__ = (UniqueConstraint("name", "department"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(50))
    department: Mapped[str] = mapped_column(String(100), default="")
    phone: Mapped[str] = mapped_column(String(50), default="")


class NumberSequence(Base):
    """The last number handed out per prefix and year, bumped inside the ticket's transaction."""

    __tablename__ = "number_sequence"

    prefix: Mapped[str] = mapped_column(String(10), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    last_value: Mapped[int] = mapped_column(Integer, default=0)


class Ticket(Timestamped, Base):
    """A call: consultation or system defect, with its clock times and workflow fields."""

    __tablename__ = "ticket"
    __table_args__ = (
        Index("ix_ticket_called_at", "called_at"),
        Index("ix_ticket_status_called_at", "status", "called_at"),
        Index("ix_ticket_system_id", "system_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(20), unique=True)
    ticket_class: Mapped[str] = mapped_column(String(20))
    original_class: Mapped[str] = mapped_column(String(20))
    severity: Mapped[str] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(String(20))
    channel: Mapped[str] = mapped_column(String(20))
    title: Mapped[str] = mapped_column(String(100))
    description: Mapped[str] = mapped_column(Text)
    place: Mapped[str] = mapped_column(String(100))
    system_id: Mapped[int] = mapped_column(ForeignKey("maintained_system.id"))
    device: Mapped[str] = mapped_column(String(100), default="")
    is_hardware: Mapped[bool] = mapped_column(Boolean, default=False)
    requester_name: Mapped[str] = mapped_column(String(50))
    requester_department: Mapped[str] = mapped_column(String(100), default="")
    requester_phone: Mapped[str] = mapped_column(String(50), default="")
    search_text: Mapped[str] = mapped_column(Text, default="")

    called_at: Mapped[datetime] = mapped_column(UTCDateTime)
    responded_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    arrived_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    restored_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    paused_since: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # Denormalised due times so the queue sorts by clock in SQL; recomputed on every change.
    response_due_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    arrival_due_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    fix_due_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    answer: Mapped[str] = mapped_column(Text, default="")
    triage_result: Mapped[str | None] = mapped_column(String(20))
    analysis: Mapped[str] = mapped_column(Text, default="")
    supervisor_name: Mapped[str] = mapped_column(String(50), default="")
    confirmed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    plan: Mapped[str] = mapped_column(Text, default="")
    cause: Mapped[str] = mapped_column(Text, default="")
    resolution: Mapped[str] = mapped_column(Text, default="")
    prevention: Mapped[str] = mapped_column(Text, default="")
    maintenance_type: Mapped[str | None] = mapped_column(String(20))
    liability: Mapped[str | None] = mapped_column(String(20))
    fixed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    reported_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    reply: Mapped[str] = mapped_column(Text, default="")
    replied_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    follow_up: Mapped[str] = mapped_column(Text, default="")

    escalation_level: Mapped[int] = mapped_column(Integer, default=0)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("account.id"))

    system: Mapped[MaintainedSystem] = relationship(lazy="joined")
    pauses: Mapped[list[TicketPause]] = relationship(
        back_populates="ticket", order_by="TicketPause.started_at", cascade="all, delete-orphan"
    )
    events: Mapped[list[TicketEvent]] = relationship(
        back_populates="ticket", order_by="TicketEvent.id", cascade="all, delete-orphan"
    )
    escalations: Mapped[list[Escalation]] = relationship(
        back_populates="ticket", order_by="Escalation.level", cascade="all, delete-orphan"
    )


class TicketPause(Timestamped, Base):
    """A stretch the clocks stood still, with its reason."""

    __tablename__ = "ticket_pause"

    id: Mapped[int] = mapped_column(primary_key=True)
    ticket_id: Mapped[int] = mapped_column(ForeignKey("ticket.id", ondelete="CASCADE"), index=True)
    started_at: Mapped[datetime] = mapped_column(UTCDateTime)
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    reason: Mapped[str] = mapped_column(String(200))

    ticket: Mapped[Ticket] = relationship(back_populates="pauses")


class TicketEvent(Timestamped, Base):
    """One line of a ticket's timeline: who did what, when, and what changed."""

    __tablename__ = "ticket_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    ticket_id: Mapped[int] = mapped_column(ForeignKey("ticket.id", ondelete="CASCADE"), index=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime)
    actor: Mapped[str] = mapped_column(String(50))
    kind: Mapped[str] = mapped_column(String(30))
    summary: Mapped[str] = mapped_column(Text)
    details: Mapped[str] = mapped_column(Text, default="")

    ticket: Mapped[Ticket] = relationship(back_populates="events")


class Escalation(Timestamped, Base):
    """A breach that raised a ticket up the ladder: whom to call, when it fell due, who acknowledged."""

    __tablename__ = "escalation"
    __table_args__ = (UniqueConstraint("ticket_id", "clock"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    ticket_id: Mapped[int] = mapped_column(ForeignKey("ticket.id", ondelete="CASCADE"), index=True)
    clock: Mapped[str] = mapped_column(String(20))
    level: Mapped[int] = mapped_column(Integer)
    due_at: Mapped[datetime] = mapped_column(UTCDateTime)
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime)
    contact_role: Mapped[str] = mapped_column(String(50))
    contact_name: Mapped[str] = mapped_column(String(50), default="")
    contact_phone: Mapped[str] = mapped_column(String(50), default="")
    acknowledged_at: Mapped[datetime | None] = mapped_column(UTCDateTime, index=True)
    acknowledged_by: Mapped[str] = mapped_column(String(50), default="")

    ticket: Mapped[Ticket] = relationship(back_populates="escalations")


class Document(Timestamped, Base):
    """A printed document with its serial number, and whether its signed copy is filed."""

    __tablename__ = "document"

    id: Mapped[int] = mapped_column(primary_key=True)
    serial: Mapped[str] = mapped_column(String(20), unique=True)
    kind: Mapped[str] = mapped_column(String(30))
    ticket_id: Mapped[int | None] = mapped_column(
        ForeignKey("ticket.id", ondelete="SET NULL"), index=True
    )
    generated_by: Mapped[str] = mapped_column(String(50), default="")
    signed_filed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    filed_by: Mapped[str] = mapped_column(String(50), default="")
    scan_path: Mapped[str] = mapped_column(String(500), default="")
    inspection_run_id: Mapped[int | None] = mapped_column(
        ForeignKey("inspection_run.id", ondelete="SET NULL"), index=True
    )


# The capabilities' tables live in their own modules; importing them here registers them.
from app.db.models import inspections, plans, store  # noqa: E402, F401
