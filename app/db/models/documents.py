"""The document register (printed documents and their filed signed copies) and the number sequences."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from app.db.models.base import Base, Timestamped
from app.db.types import UTCDateTime


class NumberSequence(Base):
    """The last number handed out per prefix and year, bumped inside the ticket's transaction."""

    __tablename__ = "number_sequence"

    prefix: Mapped[str] = mapped_column(String(10), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    last_value: Mapped[int] = mapped_column(Integer, default=0)


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
    # A serial whose file could not be made after a later serial was handed out: kept, voided,
    # so the register stays gap-free.
    voided_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    void_reason: Mapped[str] = mapped_column(String(200), default="")
