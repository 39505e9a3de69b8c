"""SQLAlchemy models of inspection checklists, inspection runs and the backup register."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, Float, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.db.models.base import Base, Timestamped
from app.db.models.reference import MaintainedSystem
from app.db.types import UTCDateTime


class InspectionTemplate(Timestamped, Base):
    """A checklist for one system at one frequency; edits never reach runs already done."""

    __tablename__ = "inspection_template"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    system_id: Mapped[int] = mapped_column(ForeignKey("maintained_system.id"), index=True)
    frequency: Mapped[str] = mapped_column(String(20))
    place: Mapped[str] = mapped_column(String(100), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    active_since: Mapped[date] = mapped_column(Date)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)

    system: Mapped[MaintainedSystem] = relationship(lazy="joined")
    items: Mapped[list[InspectionTemplateItem]] = relationship(
        back_populates="template",
        order_by="InspectionTemplateItem.position",
        cascade="all, delete-orphan",
    )


class ChecklistLine:
    """The columns of one checklist line: a checklist's own, and the copy each run keeps."""

    position: Mapped[int] = mapped_column(Integer)
    dimension: Mapped[str] = mapped_column(String(20))
    check_text: Mapped[str] = mapped_column(String(200))
    method: Mapped[str] = mapped_column(Text, default="")
    kind: Mapped[str] = mapped_column(String(20))
    unit: Mapped[str] = mapped_column(String(20), default="")
    minimum: Mapped[float | None] = mapped_column(Float)
    maximum: Mapped[float | None] = mapped_column(Float)


class InspectionTemplateItem(ChecklistLine, Timestamped, Base):
    """One line of a checklist."""

    __tablename__ = "inspection_template_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    template_id: Mapped[int] = mapped_column(
        ForeignKey("inspection_template.id", ondelete="CASCADE"), index=True
    )

    template: Mapped[InspectionTemplate] = relationship(back_populates="items")


class InspectionRun(Timestamped, Base):
    """A completed inspection: read-only; a correction is a new run pointing at this one."""

    __tablename__ = "inspection_run"
    __table_args__ = (
        Index("ix_inspection_run_template_performed", "template_id", "performed_at"),
        Index("ix_inspection_run_performed_at", "performed_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(20), unique=True)
    template_id: Mapped[int] = mapped_column(ForeignKey("inspection_template.id"))
    system_id: Mapped[int] = mapped_column(ForeignKey("maintained_system.id"), index=True)
    template_name: Mapped[str] = mapped_column(String(100))
    frequency: Mapped[str] = mapped_column(String(20))
    period_start: Mapped[date] = mapped_column(Date)
    place: Mapped[str] = mapped_column(String(100), default="")
    inspector: Mapped[str] = mapped_column(String(50))
    performed_at: Mapped[datetime] = mapped_column(UTCDateTime)
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime)
    recorded_by: Mapped[str] = mapped_column(String(50))
    notes: Mapped[str] = mapped_column(Text, default="")
    corrects_id: Mapped[int | None] = mapped_column(ForeignKey("inspection_run.id"), unique=True)
    correction_reason: Mapped[str] = mapped_column(Text, default="")

    system: Mapped[MaintainedSystem] = relationship(lazy="joined")
    items: Mapped[list[InspectionRunItem]] = relationship(
        back_populates="run", order_by="InspectionRunItem.position", cascade="all, delete-orphan"
    )


class InspectionRunItem(ChecklistLine, Timestamped, Base):
    """One answered line of a run, with a copy of the checklist line as it was then."""

    __tablename__ = "inspection_run_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    run_id: Mapped[int] = mapped_column(
        ForeignKey("inspection_run.id", ondelete="CASCADE"), index=True
    )
    result: Mapped[str] = mapped_column(String(20))
    value: Mapped[float | None] = mapped_column(Float)
    answer_text: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")
    ticket_id: Mapped[int | None] = mapped_column(
        ForeignKey("ticket.id", ondelete="SET NULL"), index=True
    )

    run: Mapped[InspectionRun] = relationship(back_populates="items")


class BackupPolicy(Timestamped, Base):
    """How often one system's data is backed up (incremental and full) and where it goes."""

    __tablename__ = "backup_policy"

    id: Mapped[int] = mapped_column(primary_key=True)
    system_id: Mapped[int] = mapped_column(ForeignKey("maintained_system.id"), unique=True)
    incremental_frequency: Mapped[str | None] = mapped_column(String(20))
    full_frequency: Mapped[str | None] = mapped_column(String(20))
    location: Mapped[str] = mapped_column(String(200), default="")
    data_scope: Mapped[str] = mapped_column(Text, default="")
    active_since: Mapped[date] = mapped_column(Date)

    system: Mapped[MaintainedSystem] = relationship(lazy="joined")


class BackupRecord(Timestamped, Base):
    """One backup done: type, when, where, size, and whether a restore test verified it."""

    __tablename__ = "backup_record"
    __table_args__ = (
        Index("ix_backup_record_system_kind_at", "system_id", "kind", "performed_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    system_id: Mapped[int] = mapped_column(ForeignKey("maintained_system.id"))
    kind: Mapped[str] = mapped_column(String(20))
    performed_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    location: Mapped[str] = mapped_column(String(200))
    size_mb: Mapped[float | None] = mapped_column(Float)
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime)
    recorded_by: Mapped[str] = mapped_column(String(50))
    note: Mapped[str] = mapped_column(Text, default="")
    verified_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    verified_by: Mapped[str] = mapped_column(String(50), default="")
    verify_ok: Mapped[bool | None] = mapped_column(Boolean)
    verify_note: Mapped[str] = mapped_column(Text, default="")

    system: Mapped[MaintainedSystem] = relationship(lazy="joined")
