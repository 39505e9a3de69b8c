"""Change requests (需求变更) with the devices they touch and their timeline."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Float, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.db.models.base import Base, Timestamped
from app.db.models.devices import Device
from app.db.models.reference import MaintainedSystem
from app.db.types import UTCDateTime


class ChangeRequest(Timestamped, Base):
    """A requested program change: kind, effort, the approver it is routed to, plans, state."""

    __tablename__ = "change_request"
    __table_args__ = (
        Index("ix_change_request_requested_at", "requested_at"),
        Index("ix_change_request_state", "state"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(20), unique=True)
    kind: Mapped[str] = mapped_column(String(20))
    state: Mapped[str] = mapped_column(String(20))
    title: Mapped[str] = mapped_column(String(100))
    requester: Mapped[str] = mapped_column(String(50))
    requester_department: Mapped[str] = mapped_column(String(100), default="")
    system_id: Mapped[int] = mapped_column(ForeignKey("maintained_system.id"))
    description: Mapped[str] = mapped_column(Text)
    effort_days: Mapped[float] = mapped_column(Float)
    required_approver: Mapped[str] = mapped_column(String(20))
    impact: Mapped[str] = mapped_column(Text, default="")
    plan: Mapped[str] = mapped_column(Text)
    rollback_plan: Mapped[str] = mapped_column(Text)
    window_start: Mapped[datetime | None] = mapped_column(UTCDateTime)
    window_end: Mapped[datetime | None] = mapped_column(UTCDateTime)
    charge: Mapped[str] = mapped_column(String(10))
    ticket_id: Mapped[int | None] = mapped_column(
        ForeignKey("ticket.id", ondelete="SET NULL"), index=True
    )
    requested_at: Mapped[datetime] = mapped_column(UTCDateTime)
    registered_by: Mapped[str] = mapped_column(String(50), default="")
    submitted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # The decision (approval or rejection): by whom, as which lead, when, and what they wrote.
    approved_level: Mapped[str | None] = mapped_column(String(20))
    decided_by: Mapped[str] = mapped_column(String(50), default="")
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    decision_note: Mapped[str] = mapped_column(Text, default="")
    started_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    result_note: Mapped[str] = mapped_column(Text, default="")
    confirmed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    confirmed_by: Mapped[str] = mapped_column(String(50), default="")
    cancel_reason: Mapped[str] = mapped_column(Text, default="")

    system: Mapped[MaintainedSystem] = relationship(lazy="joined")
    devices: Mapped[list[ChangeRequestDevice]] = relationship(
        back_populates="change", order_by="ChangeRequestDevice.id", cascade="all, delete-orphan"
    )
    events: Mapped[list[ChangeEvent]] = relationship(
        back_populates="change", order_by="ChangeEvent.id", cascade="all, delete-orphan"
    )


class ChangeRequestDevice(Base):
    """A configuration item the change touches."""

    __tablename__ = "change_request_device"
    __table_args__ = (UniqueConstraint("change_request_id", "device_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    change_request_id: Mapped[int] = mapped_column(
        ForeignKey("change_request.id", ondelete="CASCADE")
    )
    device_id: Mapped[int] = mapped_column(ForeignKey("device.id"), index=True)

    change: Mapped[ChangeRequest] = relationship(back_populates="devices")
    device: Mapped[Device] = relationship()


class ChangeEvent(Base):
    """One line of a change request's timeline: who did which step, when, with what note."""

    __tablename__ = "change_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    change_request_id: Mapped[int] = mapped_column(
        ForeignKey("change_request.id", ondelete="CASCADE"), index=True
    )
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    actor: Mapped[str] = mapped_column(String(50))
    step: Mapped[str] = mapped_column(String(20))
    summary: Mapped[str] = mapped_column(Text)
    details: Mapped[str] = mapped_column(Text, default="")
    # The summary as a code and its parameters (JSON), shown in the UI's language; empty when
    # the wording was not recognised (app/domain/tickets/timeline_text.py, CHANGE_TEMPLATES).
    code: Mapped[str] = mapped_column(String(40), default="")
    params: Mapped[str] = mapped_column(Text, default="")

    change: Mapped[ChangeRequest] = relationship(back_populates="events")
