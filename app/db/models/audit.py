"""The audit trail: hash-chained records, the rows each changed, column lists, the chain head."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.db.models.base import Base
from app.db.types import UTCDateTime


class AuditRecord(Base):
    """One audited action: who, where, when, what, its outcome, and the chain's hashes."""

    __tablename__ = "audit_record"
    __table_args__ = (
        Index("ix_audit_record_at", "at"),
        Index("ix_audit_record_action", "action"),
        Index("ix_audit_record_account_id", "account_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    account_id: Mapped[int | None] = mapped_column(Integer)  # no foreign key: never blocks
    username: Mapped[str] = mapped_column(String(50))
    display_name: Mapped[str] = mapped_column(String(50))
    workstation: Mapped[str] = mapped_column(String(100))
    source: Mapped[str] = mapped_column(String(10))  # gui, cli, system
    action: Mapped[str] = mapped_column(String(40))
    object_type: Mapped[str] = mapped_column(String(30), default="")
    object_label: Mapped[str] = mapped_column(String(200), default="")
    outcome: Mapped[str] = mapped_column(String(10))  # success, refused, failure
    detail: Mapped[str] = mapped_column(Text, default="")
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class AuditSchema(Base):
    """A table's column list as the digests of some changes were computed over it."""

    __tablename__ = "audit_schema"

    id: Mapped[int] = mapped_column(primary_key=True)
    table_name: Mapped[str] = mapped_column(String(60))
    columns: Mapped[str] = mapped_column(Text)  # space-separated, in digest order


class AuditChange(Base):
    """One row one audit record changed: how, the fields' old and new values, its digest after."""

    __tablename__ = "audit_change"
    __table_args__ = (Index("ix_audit_change_table_row", "table_name", "row_id", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    record_id: Mapped[int] = mapped_column(ForeignKey("audit_record.id"), index=True)
    table_name: Mapped[str] = mapped_column(String(60))
    row_id: Mapped[int] = mapped_column(Integer)
    op: Mapped[str] = mapped_column(String(10))
    schema_id: Mapped[int | None] = mapped_column(ForeignKey("audit_schema.id"))
    fields: Mapped[str] = mapped_column(Text, default="")
    digest: Mapped[str] = mapped_column(String(32), default="")


class AuditHead(Base):
    """The chain's head: the last record's number and hash (one row, locked by every append)."""

    __tablename__ = "audit_head"

    id: Mapped[int] = mapped_column(primary_key=True)
    last_record_id: Mapped[int] = mapped_column(Integer, default=0)
    last_hash: Mapped[str] = mapped_column(String(64))
