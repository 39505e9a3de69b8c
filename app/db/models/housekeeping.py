"""The program's own bookkeeping: business settings, the data generation, its database backups."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from app.db.models.base import Base, Timestamped
from app.db.types import UTCDateTime


class Setting(Timestamped, Base):
    """A business setting by name (e.g. how many daily backups to keep); UI state stays in QSettings."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(String(200))


class DataGeneration(Base):
    """One row counting the write transactions that changed data (for "changed since the backup")."""

    __tablename__ = "data_generation"

    id: Mapped[int] = mapped_column(primary_key=True)
    value: Mapped[int] = mapped_column(Integer, default=0)
    changed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class DatabaseBackup(Timestamped, Base):
    """A verified copy of this database the program made (automatic or by hand)."""

    __tablename__ = "database_backup"

    id: Mapped[int] = mapped_column(primary_key=True)
    made_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    kind: Mapped[str] = mapped_column(String(20))
    path: Mapped[str] = mapped_column(String(1000))
    size_bytes: Mapped[int] = mapped_column(BigInteger)
    generation: Mapped[int] = mapped_column(Integer)
    actor: Mapped[str] = mapped_column(String(50), default="")
