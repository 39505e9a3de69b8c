"""Configuration snapshots: a device's configuration, dated and numbered, with who and why;
text versions compared line by line; restoring one is a step on the ticket."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.models import ConfigSnapshot, Device, Ticket
from app.domain.audit.actions import CONFIG_RESTORE, SNAPSHOT_SAVE
from app.domain.devices.register import DeviceError
from app.domain.devices.snapshots import (
    MAX_TEXT_CHARS,
    DiffLine,
    SnapshotKind,
    decode_text,
    line_diff,
)
from app.domain.i18n import QT_TRANSLATE_NOOP
from app.domain.tickets.timeline_text import event_text
from app.domain.validation import FieldError, ValidationError, clean_text
from app.services.context import Desk
from app.services.devices import attachments
from app.services.devices.attachments import AttachmentInfo, attachment_info
from app.services.devices.register import find_device, log_event
from app.services.timeline import new_event

SNAPSHOT = "snapshot"
CONFIG_RESTORED = "config_restored"  # the ticket event's kind
LABELS = {
    "reason": QT_TRANSLATE_NOOP("field", "快照原因"),
    "text": QT_TRANSLATE_NOOP("field", "配置内容"),
    "file": QT_TRANSLATE_NOOP("field", "文件"),
}


@dataclass(frozen=True)
class SnapshotInfo:
    """One snapshot: which device, which version, when, who, why, what it holds."""

    id: int
    device_id: int
    device_code: str
    device_label: str
    version: int
    kind: SnapshotKind
    taken_at: datetime
    taken_by: str
    reason: str
    text: str
    attachment: AttachmentInfo | None
    ticket_id: int | None

    @property
    def title(self) -> str:
        return f"{self.device_code} 配置快照 第 {self.version} 版"


def _info(row: ConfigSnapshot, device: Device) -> SnapshotInfo:
    return SnapshotInfo(
        id=row.id,
        device_id=device.id,
        device_code=device.code,
        device_label=device.name,
        version=row.version,
        kind=SnapshotKind(row.kind),
        taken_at=row.taken_at,
        taken_by=row.taken_by,
        reason=row.reason,
        text=row.text,
        attachment=attachment_info(row.attachment) if row.attachment else None,
        ticket_id=row.ticket_id,
    )


def _error(name: str, template: str) -> ValidationError:
    return ValidationError([FieldError(name, template, LABELS[name])])


def add_snapshot(
    desk: Desk,
    device_ref: int | str,
    kind: SnapshotKind,
    reason: str,
    text: str = "",
    file: Path | None = None,
    ticket_id: int | None = None,
) -> SnapshotInfo:
    """Keep a device's configuration as its next version: a text of key parameters, or an
    exported configuration file / a screenshot (stored with its SHA-256). A configuration file
    that is text is kept as text too, so versions can be compared."""
    why = clean_text(reason)
    if not why:
        raise _error("reason", QT_TRANSLATE_NOOP("validation", "请填写“{label}”"))
    body = (text or "").replace("\r\n", "\n").strip("\n")
    name, data = ("", b"")
    if kind is SnapshotKind.TEXT:
        if not body.strip():
            raise _error("text", QT_TRANSLATE_NOOP("validation", "请填写“{label}”"))
    else:
        if file is None:
            raise _error("file", QT_TRANSLATE_NOOP("validation", "请选择“{label}”"))
        name, data = attachments.read_source(file)
        if kind is SnapshotKind.CONFIG_FILE:
            body = (decode_text(data) or "").replace("\r\n", "\n")
    if len(body) > MAX_TEXT_CHARS:
        raise _error("text", QT_TRANSLATE_NOOP("validation", "“{label}”太长"))
    now = desk.clock.now()
    with desk.write(SNAPSHOT_SAVE, object_type="device") as session:
        device = find_device(session, device_ref)
        version = 1 + (
            session.scalar(
                select(func.max(ConfigSnapshot.version)).where(
                    ConfigSnapshot.device_id == device.id
                )
            )
            or 0
        )
        stored = attachments.store(session, name, data, desk.actor) if data else None
        row = ConfigSnapshot(
            device_id=device.id,
            version=version,
            kind=kind.value,
            taken_at=now,
            taken_by=desk.actor,
            reason=why,
            text=body,
            attachment_id=stored.id if stored else None,
            ticket_id=ticket_id,
        )
        session.add(row)
        session.flush()
        what = f"（{stored.file_name}，SHA-256 {stored.sha256[:16]}…）" if stored else ""
        log_event(
            session,
            device.id,
            now,
            desk.actor,
            SNAPSHOT,
            f"保存配置快照第 {version} 版：{kind.label}{what}",
            why,
            ticket_id,
        )
        session.refresh(row)
        return _info(row, device)


def list_snapshots(desk: Desk, device_id: int) -> list[SnapshotInfo]:
    """A device's snapshots, newest version first."""
    with desk.db.read() as session:
        device = find_device(session, device_id)
        rows = session.scalars(
            select(ConfigSnapshot)
            .where(ConfigSnapshot.device_id == device.id)
            .order_by(ConfigSnapshot.version.desc())
        )
        return [_info(r, device) for r in rows]


def get_snapshot(desk: Desk, snapshot_id: int) -> SnapshotInfo:
    with desk.db.read() as session:
        row = session.get(ConfigSnapshot, snapshot_id)
        if row is None:
            raise DeviceError(QT_TRANSLATE_NOOP("devices", "没有配置快照 {id}"), id=snapshot_id)
        return _info(row, find_device(session, row.device_id))


def latest_snapshot(desk: Desk, device_id: int) -> SnapshotInfo | None:
    snapshots = list_snapshots(desk, device_id)
    return snapshots[0] if snapshots else None


def _previous_text(session: Session, row: ConfigSnapshot) -> ConfigSnapshot | None:
    """The newest older version of the same device that holds a text."""
    return session.scalar(
        select(ConfigSnapshot)
        .where(
            ConfigSnapshot.device_id == row.device_id,
            ConfigSnapshot.version < row.version,
            ConfigSnapshot.text != "",
        )
        .order_by(ConfigSnapshot.version.desc())
        .limit(1)
    )


@dataclass(frozen=True)
class SnapshotDiff:
    """A text snapshot against the previous text version of the same device."""

    snapshot: SnapshotInfo
    previous: SnapshotInfo | None
    lines: list[DiffLine]


def diff_with_previous(desk: Desk, snapshot_id: int) -> SnapshotDiff:
    """The line diff of a snapshot's text against the previous one (all lines added if first)."""
    with desk.db.read() as session:
        row = session.get(ConfigSnapshot, snapshot_id)
        if row is None:
            raise DeviceError(QT_TRANSLATE_NOOP("devices", "没有配置快照 {id}"), id=snapshot_id)
        device = find_device(session, row.device_id)
        before = _previous_text(session, row) if row.text else None
        current = _info(row, device)
        previous = _info(before, device) if before else None
        lines = line_diff(before.text if before else "", row.text)
        return SnapshotDiff(current, previous, lines)


def save_snapshot_file(desk: Desk, snapshot_id: int, out_path: Path) -> Path:
    """Write a snapshot's stored file out, after checking its SHA-256."""
    snapshot = get_snapshot(desk, snapshot_id)
    if snapshot.attachment is None:
        raise DeviceError(QT_TRANSLATE_NOOP("devices", "此快照没有附件文件"))
    return attachments.save_attachment(desk, snapshot.attachment.id, out_path)


def record_restore(desk: Desk, ticket_id: int, snapshot_id: int, note: str = "") -> str:
    """The engineer restored a device's configuration from a snapshot: a step on the ticket's
    timeline and a line in the device's log, together. Returns the summary written."""
    now = desk.clock.now()
    with desk.write(CONFIG_RESTORE, object_type="ticket") as session:
        ticket = session.get(Ticket, ticket_id)
        row = session.get(ConfigSnapshot, snapshot_id)
        if ticket is None or row is None:
            raise DeviceError(QT_TRANSLATE_NOOP("devices", "工单或配置快照不存在"))
        device = find_device(session, row.device_id)
        if row.attachment is not None:  # refuse to record a restore from damaged bytes
            attachments.load(session, row.attachment.id)
        details = clean_text(note)
        text = event_text(
            "config_restored",
            code=device.code,
            version=row.version,
            taken_at=row.taken_at,
            note=details,
        )
        event = new_event(text, at=now, actor=desk.actor, kind=CONFIG_RESTORED, ticket_id=ticket.id)
        session.add(event)
        summary = event.summary
        log_event(session, device.id, now, desk.actor, CONFIG_RESTORED, summary, details, ticket.id)
        return summary


def latest_per_device(desk: Desk, limit: int = 50) -> list[SnapshotInfo]:
    """Each device's newest snapshot, the most recently taken first (for the 配置丢失 plan)."""
    newest = (
        select(ConfigSnapshot.device_id, func.max(ConfigSnapshot.version).label("version"))
        .group_by(ConfigSnapshot.device_id)
        .subquery()
    )
    statement = (
        select(ConfigSnapshot, Device)
        .join(
            newest,
            (newest.c.device_id == ConfigSnapshot.device_id)
            & (newest.c.version == ConfigSnapshot.version),
        )
        .join(Device, Device.id == ConfigSnapshot.device_id)
        .order_by(ConfigSnapshot.taken_at.desc())
        .limit(limit)
    )
    with desk.db.read() as session:
        return [_info(row, device) for row, device in session.execute(statement)]
