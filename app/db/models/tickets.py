"""Tickets with their clock times and workflow fields, pauses, timeline events and escalations."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.db.models.base import Base, Timestamped
from app.db.models.reference import MaintainedSystem
from app.db.models.reports import FollowUp
from app.db.types import UTCDateTime


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
    # The register's device when one was picked (or matched); ``device`` keeps the text shown.
    device_id: Mapped[int | None] = mapped_column(
        ForeignKey("device.id", ondelete="SET NULL"), index=True
    )
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
    # The defect form's fields of a 故障报修单: who took the call, the unit's asset number or
    # serial, in or out of warranty, and what is left to do after the fix.
    call_taker: Mapped[str] = mapped_column(String(50), default="")
    asset_number: Mapped[str] = mapped_column(String(60), default="")
    warranty: Mapped[str | None] = mapped_column(String(10))
    outstanding: Mapped[str] = mapped_column(Text, default="")

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
    follow_ups: Mapped[list[FollowUp]] = relationship(
        order_by="FollowUp.at", cascade="all, delete-orphan"
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
    summary: Mapped[str] = mapped_column(Text)  # in Chinese, as printed: the evidence
    details: Mapped[str] = mapped_column(Text, default="")
    # What the summary says as a code and its parameters (JSON), shown in the UI's language;
    # empty for events written before codes (app/domain/tickets/timeline_text.py).
    code: Mapped[str] = mapped_column(String(40), default="")
    params: Mapped[str] = mapped_column(Text, default="")

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
    # Whom the engineer reached, how (ContactMethod) and what was agreed.
    reached_name: Mapped[str] = mapped_column(String(50), default="")
    reached_method: Mapped[str] = mapped_column(String(20), default="")
    agreed: Mapped[str] = mapped_column(Text, default="")

    ticket: Mapped[Ticket] = relationship(back_populates="escalations")
