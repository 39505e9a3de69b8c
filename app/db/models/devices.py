"""The device register's tables: devices and their links and change log, attachments,
configuration snapshots, upgrades and maintenance documents."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.db.models.base import Base, Timestamped
from app.db.models.reference import MaintainedSystem
from app.db.types import UTCDateTime


class Device(Timestamped, Base):
    """A configuration item: what it is, where it is, what it runs, and its state."""

    __tablename__ = "device"
    __table_args__ = (
        Index("ix_device_system_id_place", "system_id", "place"),
        Index("ix_device_place", "place"),
        Index("ix_device_status", "status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    system_id: Mapped[int] = mapped_column(ForeignKey("maintained_system.id"))
    place: Mapped[str] = mapped_column(String(100))
    kind: Mapped[str] = mapped_column(String(30))
    brand: Mapped[str] = mapped_column(String(50), default="")
    model: Mapped[str] = mapped_column(String(100), default="")
    serial_no: Mapped[str] = mapped_column(String(60), default="")
    asset_no: Mapped[str] = mapped_column(String(60), default="")
    ip: Mapped[str] = mapped_column(String(45), default="", index=True)
    mac: Mapped[str] = mapped_column(String(17), default="")
    version: Mapped[str] = mapped_column(String(100), default="")
    installed_on: Mapped[date | None] = mapped_column(Date)
    warranty_end: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20))
    notes: Mapped[str] = mapped_column(Text, default="")
    # Folded text of every searchable field, so the register filters with one LIKE per word.
    search_text: Mapped[str] = mapped_column(Text, default="")

    system: Mapped[MaintainedSystem] = relationship(lazy="joined")


class DeviceLink(Timestamped, Base):
    """Two related devices (a camera and its NVR, a switch port): stored once, shown on both."""

    __tablename__ = "device_link"
    __table_args__ = (UniqueConstraint("device_id", "other_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    device_id: Mapped[int] = mapped_column(ForeignKey("device.id", ondelete="CASCADE"), index=True)
    other_id: Mapped[int] = mapped_column(ForeignKey("device.id", ondelete="CASCADE"), index=True)
    note: Mapped[str] = mapped_column(String(100), default="")


class DeviceEvent(Timestamped, Base):
    """One line of a device's change log: registered, edited, status, upgraded, snapshot …"""

    __tablename__ = "device_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    device_id: Mapped[int] = mapped_column(ForeignKey("device.id", ondelete="CASCADE"), index=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    actor: Mapped[str] = mapped_column(String(50))
    kind: Mapped[str] = mapped_column(String(30))
    summary: Mapped[str] = mapped_column(Text)
    details: Mapped[str] = mapped_column(Text, default="")
    ticket_id: Mapped[int | None] = mapped_column(
        ForeignKey("ticket.id", ondelete="SET NULL"), index=True
    )


class Attachment(Timestamped, Base):
    """A stored file's name, size and SHA-256; its bytes are in ``attachment_data``."""

    __tablename__ = "attachment"

    id: Mapped[int] = mapped_column(primary_key=True)
    file_name: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(100), default="application/octet-stream")
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    added_by: Mapped[str] = mapped_column(String(50), default="")


class AttachmentData(Base):
    """The bytes of one attachment, apart so that lists never read them."""

    __tablename__ = "attachment_data"

    attachment_id: Mapped[int] = mapped_column(
        ForeignKey("attachment.id", ondelete="CASCADE"), primary_key=True
    )
    data: Mapped[bytes] = mapped_column(LargeBinary)


class ConfigSnapshot(Timestamped, Base):
    """A dated, numbered version of a device's configuration: a text, a file or a screenshot."""

    __tablename__ = "config_snapshot"
    __table_args__ = (UniqueConstraint("device_id", "version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    device_id: Mapped[int] = mapped_column(ForeignKey("device.id", ondelete="CASCADE"), index=True)
    version: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(20))
    taken_at: Mapped[datetime] = mapped_column(UTCDateTime)
    taken_by: Mapped[str] = mapped_column(String(50))
    reason: Mapped[str] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text, default="")
    attachment_id: Mapped[int | None] = mapped_column(ForeignKey("attachment.id"))
    ticket_id: Mapped[int | None] = mapped_column(
        ForeignKey("ticket.id", ondelete="SET NULL"), index=True
    )

    attachment: Mapped[Attachment | None] = relationship(lazy="joined")


class Upgrade(Timestamped, Base):
    """A software or firmware upgrade of one or more devices, with its test and rollback plan."""

    __tablename__ = "upgrade"
    __table_args__ = (Index("ix_upgrade_performed_at", "performed_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(20), unique=True)
    kind: Mapped[str] = mapped_column(String(20))
    to_version: Mapped[str] = mapped_column(String(100))
    reason: Mapped[str] = mapped_column(Text)
    ticket_id: Mapped[int | None] = mapped_column(
        ForeignKey("ticket.id", ondelete="SET NULL"), index=True
    )
    # The change request it implements: linked when the reference names one (BG-…); a
    # reference to something outside the register stays text.
    change_ref: Mapped[str] = mapped_column(String(100), default="")
    change_request_id: Mapped[int | None] = mapped_column(
        ForeignKey("change_request.id", ondelete="SET NULL"), index=True
    )
    test_done: Mapped[str] = mapped_column(Text)
    rollback_plan: Mapped[str] = mapped_column(Text)
    rollback_used: Mapped[bool] = mapped_column(Boolean, default=False)
    result: Mapped[str] = mapped_column(String(20))
    result_note: Mapped[str] = mapped_column(Text, default="")
    performed_at: Mapped[datetime] = mapped_column(UTCDateTime)
    performed_by: Mapped[str] = mapped_column(String(50))
    charge: Mapped[str] = mapped_column(String(20))
    recorded_by: Mapped[str] = mapped_column(String(50), default="")

    devices: Mapped[list[UpgradeDevice]] = relationship(
        back_populates="upgrade", order_by="UpgradeDevice.id", cascade="all, delete-orphan"
    )


class UpgradeDevice(Base):
    """One device of an upgrade: the version it ran before and after."""

    __tablename__ = "upgrade_device"
    __table_args__ = (UniqueConstraint("upgrade_id", "device_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    upgrade_id: Mapped[int] = mapped_column(ForeignKey("upgrade.id", ondelete="CASCADE"))
    device_id: Mapped[int] = mapped_column(ForeignKey("device.id"), index=True)
    from_version: Mapped[str] = mapped_column(String(100), default="")
    to_version: Mapped[str] = mapped_column(String(100), default="")

    upgrade: Mapped[Upgrade] = relationship(back_populates="devices")
    device: Mapped[Device] = relationship()


class MaintenanceDocument(Timestamped, Base):
    """A maintenance document handed over, one version of it; a newer version replaces it."""

    __tablename__ = "maintenance_document"

    id: Mapped[int] = mapped_column(primary_key=True)
    system_id: Mapped[int | None] = mapped_column(ForeignKey("maintained_system.id"), index=True)
    kind: Mapped[str] = mapped_column(String(30))
    title: Mapped[str] = mapped_column(String(200))
    version: Mapped[str] = mapped_column(String(50), default="")
    issued_on: Mapped[date | None] = mapped_column(Date)
    handed_over_by: Mapped[str] = mapped_column(String(50))
    handed_over_on: Mapped[date] = mapped_column(Date)
    copies: Mapped[int] = mapped_column(Integer, default=1)
    paper: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str] = mapped_column(Text, default="")
    attachment_id: Mapped[int | None] = mapped_column(ForeignKey("attachment.id"))
    replaces_id: Mapped[int | None] = mapped_column(
        ForeignKey("maintenance_document.id"), index=True
    )
    recorded_by: Mapped[str] = mapped_column(String(50), default="")

    system: Mapped[MaintainedSystem | None] = relationship(lazy="joined")
    attachment: Mapped[Attachment | None] = relationship(lazy="joined")
