"""Shift handovers: who handed over to whom, the shift's window, and the incoming acceptance."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.db.models.base import Base, Timestamped
from app.db.types import UTCDateTime


class Handover(Timestamped, Base):
    """One 交接班记录 as handed over; accepted once the incoming engineer signs in to accept it."""

    __tablename__ = "handover"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("document.id"), unique=True)
    from_engineer: Mapped[str] = mapped_column(String(50))
    to_engineer: Mapped[str] = mapped_column(String(50))
    shift_start: Mapped[datetime] = mapped_column(UTCDateTime)
    shift_end: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    notes: Mapped[str] = mapped_column(Text, default="")
    accepted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    accepted_account_id: Mapped[int | None] = mapped_column(ForeignKey("account.id"))
    accepted_by: Mapped[str] = mapped_column(String(50), default="")
    acceptance_remarks: Mapped[str] = mapped_column(Text, default="")
    # What the handover printed (JSON of HandoverDocument, no acceptance): a reprint prints it.
    content: Mapped[str] = mapped_column(Text, default="")
