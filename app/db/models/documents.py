"""The document register (printed documents and their filed signed copies) and the number sequences."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, String
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
    # What the document is of ("ticket:12", "run:5", "loan:3", …; "" for one-off documents), a
    # fingerprint of what it prints, its version (the serial gets "-2", "-3" when the printed
    # content changed) and how many copies were made of it (saved or printed; the 2nd is 补打 1).
    subject: Mapped[str] = mapped_column(String(100), default="")
    fingerprint: Mapped[str] = mapped_column(String(64), default="")
    version: Mapped[int] = mapped_column(Integer, default=1)
    copies: Mapped[int] = mapped_column(Integer, default=0)

    __table_args__ = (Index("ix_document_kind_subject", "kind", "subject"),)


class DocumentCopy(Base):
    """One copy made of a registered document: saved as a file or sent to a printer."""

    __tablename__ = "document_copy"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(
        ForeignKey("document.id", ondelete="CASCADE"), index=True
    )
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    actor: Mapped[str] = mapped_column(String(50))
    how: Mapped[str] = mapped_column(String(10))  # "saved" or "printed"
    number: Mapped[int] = mapped_column(Integer)  # 1 = the original, 2 = 补打（第 1 次）, …
    target: Mapped[str] = mapped_column(String(500), default="")  # the file or printer
