"""Files kept in the database (configuration exports, screenshots, manuals): stored with their
SHA-256 inside the caller's transaction, checked again whenever they are read."""

from __future__ import annotations

import mimetypes
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.models import Attachment, AttachmentData
from app.domain.devices.register import DeviceError
from app.domain.devices.snapshots import check_file_size, sha256_hex, verified
from app.domain.i18n import QT_TRANSLATE_NOOP
from app.services.context import Desk


@dataclass(frozen=True)
class AttachmentInfo:
    id: int
    file_name: str
    media_type: str
    size: int
    sha256: str


def attachment_info(row: Attachment) -> AttachmentInfo:
    return AttachmentInfo(row.id, row.file_name, row.media_type, row.size, row.sha256)


def read_source(path: Path) -> tuple[str, bytes]:
    """A file's name and bytes, refusing a missing, empty or too large one before reading it."""
    path = Path(path).expanduser()
    if not path.is_file():
        raise DeviceError(QT_TRANSLATE_NOOP("devices", "文件不存在：{path}"), path=path)
    check_file_size(path.name, path.stat().st_size, 0)
    try:
        return path.name, path.read_bytes()
    except OSError as exc:
        raise DeviceError(
            QT_TRANSLATE_NOOP("devices", "无法读取文件：{path}（{reason}）"),
            path=path,
            reason=exc.strerror or exc,
        ) from exc


def stored_total(session: Session) -> int:
    return int(session.scalar(select(func.coalesce(func.sum(Attachment.size), 0))) or 0)


def store(session: Session, file_name: str, data: bytes, actor: str) -> Attachment:
    """Add a file inside the caller's transaction; the limits per file and in total hold."""
    check_file_size(file_name, len(data), stored_total(session))
    media_type = mimetypes.guess_type(file_name)[0] or "application/octet-stream"
    row = Attachment(
        file_name=file_name[-255:],
        media_type=media_type,
        size=len(data),
        sha256=sha256_hex(data),
        added_by=actor,
    )
    session.add(row)
    session.flush()
    session.add(AttachmentData(attachment_id=row.id, data=data))
    return row


def load(session: Session, attachment_id: int) -> tuple[AttachmentInfo, bytes]:
    """A file's bytes, checked against the SHA-256 taken when it was stored."""
    row = session.get(Attachment, attachment_id)
    blob = session.get(AttachmentData, attachment_id)
    if row is None or blob is None:
        raise DeviceError(QT_TRANSLATE_NOOP("devices", "附件 {id} 不存在"), id=attachment_id)
    return attachment_info(row), verified(row.file_name, blob.data, row.sha256)


def read_attachment(desk: Desk, attachment_id: int) -> tuple[AttachmentInfo, bytes]:
    with desk.db.read() as session:
        return load(session, attachment_id)


def save_attachment(desk: Desk, attachment_id: int, out_path: Path) -> Path:
    """Write a stored file out (checked first), to a temporary name and then renamed."""
    _info, data = read_attachment(desk, attachment_id)
    out_path = Path(out_path).expanduser()
    handle, temp = tempfile.mkstemp(prefix=f".{out_path.name}.", dir=out_path.parent)
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(data)
        os.replace(temp, out_path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    return out_path


def usage(desk: Desk) -> tuple[int, int]:
    """(files, bytes) stored."""
    with desk.db.read() as session:
        count, size = session.execute(
            select(func.count(Attachment.id), func.coalesce(func.sum(Attachment.size), 0))
        ).one()
        return int(count), int(size)


def verify_all(desk: Desk) -> list[str]:
    """The names of stored files whose bytes no longer match their SHA-256 (for the check)."""
    damaged = []
    with desk.db.read() as session:
        for attachment_id, name, expected in session.execute(
            select(Attachment.id, Attachment.file_name, Attachment.sha256)
        ):
            blob = session.get(AttachmentData, attachment_id)
            if blob is None or sha256_hex(blob.data) != expected:
                damaged.append(name)
            session.expunge_all()  # one file's bytes in memory at a time
    return damaged
