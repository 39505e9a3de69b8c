"""Sign-offs by the client's side: electronic at the workstation, or on paper until filed."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.db.models.base import Base, Timestamped
from app.db.types import UTCDateTime


class SignOff(Timestamped, Base):
    """One sign-off of one step of one subject (a ticket's confirmation, its follow-up …)."""

    __tablename__ = "sign_off"
    __table_args__ = (Index("ix_sign_off_subject", "subject", "subject_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    subject: Mapped[str] = mapped_column(String(30))  # e.g. ticket.confirm, ticket.close
    subject_id: Mapped[int] = mapped_column(Integer)
    method: Mapped[str] = mapped_column(String(20))  # electronic, paper
    state: Mapped[str] = mapped_column(String(20))  # pending, signed, cancelled
    step_values: Mapped[str] = mapped_column(Text, default="{}")  # JSON: the step's fields
    requested_at: Mapped[datetime] = mapped_column(UTCDateTime)
    requested_by: Mapped[str] = mapped_column(String(50))
    requested_by_id: Mapped[int | None] = mapped_column(ForeignKey("account.id"))
    signer_id: Mapped[int | None] = mapped_column(ForeignKey("account.id"))
    signer_name: Mapped[str] = mapped_column(String(50), default="")
    signed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    document_id: Mapped[int | None] = mapped_column(ForeignKey("document.id"))
