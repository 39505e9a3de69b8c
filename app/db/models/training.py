"""Training sessions with their attendees, and emergency drills with their timelines."""

from __future__ import annotations

from datetime import datetime, time

from sqlalchemy import ForeignKey, Index, Integer, String, Text, Time
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.db.models.base import Base, Timestamped
from app.db.types import UTCDateTime


class Training(Timestamped, Base):
    """One training session: when, what, who taught, how long, and how its effect was checked."""

    __tablename__ = "training"
    __table_args__ = (Index("ix_training_held_at", "held_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    held_at: Mapped[datetime] = mapped_column(UTCDateTime)
    kind: Mapped[str] = mapped_column(String(20))
    topic: Mapped[str] = mapped_column(String(200))
    trainer: Mapped[str] = mapped_column(String(50))
    place: Mapped[str] = mapped_column(String(100), default="")
    duration_minutes: Mapped[int] = mapped_column(Integer)
    content: Mapped[str] = mapped_column(Text, default="")
    effect_check: Mapped[str] = mapped_column(Text)
    effect_result: Mapped[str] = mapped_column(Text, default="")
    recorded_by: Mapped[str] = mapped_column(String(50), default="")

    attendees: Mapped[list[TrainingAttendee]] = relationship(
        back_populates="training",
        order_by="TrainingAttendee.position",
        cascade="all, delete-orphan",
    )


class TrainingAttendee(Base):
    """Someone who attended (signs the sheet)."""

    __tablename__ = "training_attendee"

    id: Mapped[int] = mapped_column(primary_key=True)
    training_id: Mapped[int] = mapped_column(
        ForeignKey("training.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(50))
    department: Mapped[str] = mapped_column(String(100), default="")

    training: Mapped[Training] = relationship(back_populates="attendees")


class Drill(Timestamped, Base):
    """One emergency drill of a plan: scenario, script, who took part, what happened, lessons."""

    __tablename__ = "drill"
    __table_args__ = (Index("ix_drill_held_at", "held_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    held_at: Mapped[datetime] = mapped_column(UTCDateTime)
    plan_id: Mapped[int | None] = mapped_column(
        ForeignKey("emergency_plan.id", ondelete="SET NULL")
    )
    plan_title: Mapped[str] = mapped_column(String(200))  # as it was when drilled
    scenario: Mapped[str] = mapped_column(Text)
    script: Mapped[str] = mapped_column(Text)
    participants: Mapped[str] = mapped_column(Text)
    findings: Mapped[str] = mapped_column(Text, default="")
    improvements: Mapped[str] = mapped_column(Text, default="")
    recorded_by: Mapped[str] = mapped_column(String(50), default="")

    steps: Mapped[list[DrillStep]] = relationship(
        back_populates="drill", order_by="DrillStep.position", cascade="all, delete-orphan"
    )


class DrillStep(Base):
    """One line of a drill's timeline."""

    __tablename__ = "drill_step"

    id: Mapped[int] = mapped_column(primary_key=True)
    drill_id: Mapped[int] = mapped_column(ForeignKey("drill.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    at: Mapped[time] = mapped_column(Time)
    text: Mapped[str] = mapped_column(Text)

    drill: Mapped[Drill] = relationship(back_populates="steps")
