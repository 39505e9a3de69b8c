"""The spare-parts store's tables: parts, serial numbers, movements, loans and stocktakes."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.db.models.base import Base, Timestamped
from app.db.types import UTCDateTime


class Part(Timestamped, Base):
    """A catalogue line: what it is, where it lies, how low it may go. No quantity column."""

    __tablename__ = "part"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    model: Mapped[str] = mapped_column(String(100), default="")
    category: Mapped[str] = mapped_column(String(20))
    unit: Mapped[str] = mapped_column(String(10), default="个")
    shelf: Mapped[str] = mapped_column(String(30), default="", index=True)
    min_stock: Mapped[int] = mapped_column(Integer, default=0)
    serial_tracked: Mapped[bool] = mapped_column(Boolean, default=False)
    note: Mapped[str] = mapped_column(Text, default="")


class PartSerial(Timestamped, Base):
    """One serial-numbered item of a part; whether it is on the shelf follows from its movements."""

    __tablename__ = "part_serial"
    __table_args__ = (UniqueConstraint("part_id", "serial"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    part_id: Mapped[int] = mapped_column(ForeignKey("part.id"))
    serial: Mapped[str] = mapped_column(String(60))

    part: Mapped[Part] = relationship()


class Stocktake(Timestamped, Base):
    """One stocktake of one or more shelves, posted as adjustments in one step."""

    __tablename__ = "stocktake"

    id: Mapped[int] = mapped_column(primary_key=True)
    shelves: Mapped[str] = mapped_column(String(200))
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    actor: Mapped[str] = mapped_column(String(50))
    note: Mapped[str] = mapped_column(Text, default="")

    lines: Mapped[list[StocktakeLine]] = relationship(
        back_populates="stocktake", order_by="StocktakeLine.id", cascade="all, delete-orphan"
    )


class StocktakeLine(Base):
    """A counted part: the book quantity at the time and the count."""

    __tablename__ = "stocktake_line"

    id: Mapped[int] = mapped_column(primary_key=True)
    stocktake_id: Mapped[int] = mapped_column(
        ForeignKey("stocktake.id", ondelete="CASCADE"), index=True
    )
    part_id: Mapped[int] = mapped_column(ForeignKey("part.id"))
    book: Mapped[int] = mapped_column(Integer)
    counted: Mapped[int] = mapped_column(Integer)

    stocktake: Mapped[Stocktake] = relationship(back_populates="lines")
    part: Mapped[Part] = relationship()


class Loan(Timestamped, Base):
    """A loaner for a ticket, or test equipment lent out: who has it, since when, until when."""

    __tablename__ = "loan"
    __table_args__ = (Index("ix_loan_returned_at", "returned_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    # None for a loaner from outside the store (其他（注明）), described by ``item``.
    part_id: Mapped[int | None] = mapped_column(ForeignKey("part.id"))
    item: Mapped[str] = mapped_column(String(200), default="")
    serial_id: Mapped[int | None] = mapped_column(ForeignKey("part_serial.id"))
    quantity: Mapped[int] = mapped_column(Integer, default=1)
    ticket_id: Mapped[int | None] = mapped_column(
        ForeignKey("ticket.id", ondelete="SET NULL"), index=True
    )
    borrower: Mapped[str] = mapped_column(String(100))
    location: Mapped[str] = mapped_column(String(200), default="")
    purpose: Mapped[str] = mapped_column(Text, default="")
    issued_at: Mapped[datetime] = mapped_column(UTCDateTime)
    issued_by: Mapped[str] = mapped_column(String(50))
    due_back_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    returned_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    returned_by: Mapped[str] = mapped_column(String(50), default="")
    return_note: Mapped[str] = mapped_column(Text, default="")

    part: Mapped[Part | None] = relationship()
    serial: Mapped[PartSerial | None] = relationship()


class StockMovement(Timestamped, Base):
    """One change of stock, signed (+ in, - out), with who, when and what for."""

    __tablename__ = "stock_movement"
    __table_args__ = (
        Index("ix_stock_movement_part_id", "part_id"),
        Index("ix_stock_movement_at", "at"),
        Index("ix_stock_movement_serial_id", "serial_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    part_id: Mapped[int] = mapped_column(ForeignKey("part.id"))
    serial_id: Mapped[int | None] = mapped_column(ForeignKey("part_serial.id"))
    kind: Mapped[str] = mapped_column(String(20))
    quantity: Mapped[int] = mapped_column(Integer)
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    actor: Mapped[str] = mapped_column(String(50))
    ticket_id: Mapped[int | None] = mapped_column(
        ForeignKey("ticket.id", ondelete="SET NULL"), index=True
    )
    device: Mapped[str] = mapped_column(String(200), default="")
    source: Mapped[str] = mapped_column(String(200), default="")
    reason: Mapped[str] = mapped_column(Text, default="")
    loan_id: Mapped[int | None] = mapped_column(ForeignKey("loan.id"))
    stocktake_id: Mapped[int | None] = mapped_column(ForeignKey("stocktake.id"))

    part: Mapped[Part] = relationship()
    serial: Mapped[PartSerial | None] = relationship()
