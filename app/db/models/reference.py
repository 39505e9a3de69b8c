"""Reference lists for quick entry: the maintained systems, places and requesters."""

from __future__ import annotations

from sqlalchemy import Boolean, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.db.models.base import Base, Timestamped


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
