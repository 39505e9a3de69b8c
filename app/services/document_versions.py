"""Reprints and versions of registered documents: an unchanged document printed again keeps its
serial and is marked 补打（第 n 次）; a changed one gets the next version of the serial
(QX-2026-0001-2); every copy made (saved or printed) is a row of ``document_copy``.

Kept apart from ``register_and_render`` so the register's transaction can be reshaped freely:
it asks ``reusable_document`` and ``next_serial`` inside its transaction and calls ``add_copy``
once a copy is made.
"""

from __future__ import annotations

import dataclasses
import enum
import hashlib
import json
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import PurePath

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import Document, DocumentCopy
from app.domain.audit.actions import DOCUMENT_COPY
from app.domain.i18n import QT_TRANSLATE_NOOP, MarkedError
from app.services.context import Desk
from app.services.numbering import next_number

SAVED = "saved"
PRINTED = "printed"
REPRINT_NOTE = QT_TRANSLATE_NOOP("document", "补打（第 {n} 次）")


class CopyError(MarkedError, ValueError):
    """A copy cannot be recorded; the message says why, in Chinese."""

    def __init__(self, template: str, **values: object) -> None:
        super().__init__("document", template, **values)


def _plain(value: object) -> object:
    """``value`` as JSON-able data, the same for the same content on every run."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, enum.Enum):
        return _plain(value.value)
    if isinstance(value, datetime):
        return value.isoformat(timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, timedelta):
        return value.total_seconds()
    if isinstance(value, str | int | float | bool) or value is None:
        return value
    if isinstance(value, Decimal | PurePath):
        return str(value)
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in sorted(value.items(), key=lambda i: str(i[0]))}
    if isinstance(value, list | tuple):
        return [_plain(item) for item in value]
    if isinstance(value, set | frozenset):
        return sorted(str(_plain(item)) for item in value)
    raise TypeError(f"cannot fingerprint {type(value).__name__}")


def content_fingerprint(content: object) -> str:
    """A SHA-256 of what a document prints (its data, not its serial or print time)."""
    text = json.dumps(_plain(content), ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def latest_version(session: Session, kind: str, subject: str) -> Document | None:
    """The newest version of the document of ``kind`` about ``subject`` ("" has no versions)."""
    if not subject:
        return None
    return session.scalar(
        select(Document)
        .where(Document.kind == kind, Document.subject == subject)
        .order_by(Document.version.desc(), Document.id.desc())
        .limit(1)
    )


def reusable_document(
    session: Session, kind: str, subject: str, fingerprint: str
) -> Document | None:
    """The registered document this print is a copy of: the latest version of the same subject
    with the same content (or, for a one-off document, any with the same content); else None."""
    if not fingerprint:
        return None
    if subject:
        latest = latest_version(session, kind, subject)
        return latest if latest is not None and latest.fingerprint == fingerprint else None
    return session.scalar(
        select(Document)
        .where(Document.kind == kind, Document.subject == "", Document.fingerprint == fingerprint)
        .order_by(Document.id.desc())
        .limit(1)
    )


def base_serial(document: Document) -> str:
    """QX-2026-0001 for every version of it."""
    return document.serial if document.version <= 1 else document.serial.rsplit("-", 1)[0]


def next_serial(
    session: Session, kind: str, subject: str, year: int, prefix: str
) -> tuple[str, int]:
    """(serial, version) for a new document: the next version of the subject's serial when it
    has one (QX-2026-0001-2), else a new number of the year."""
    latest = latest_version(session, kind, subject)
    if latest is None:
        return next_number(session, year, prefix), 1
    version = latest.version + 1
    return f"{base_serial(latest)}-{version}", version


def copy_note(copies_before: int) -> str:
    """What a copy says beside its serial: nothing on the first, 补打（第 n 次）after it."""
    return "" if copies_before < 1 else REPRINT_NOTE.format(n=copies_before)


def add_copy(
    session: Session, document: Document, how: str, target: str, at: datetime, actor: str
) -> int:
    """Record one copy made of ``document``; returns its number (1 = the original)."""
    # Read the count again under a row lock: on a server two copies counted at once would
    # both read the same count (SQLite's single writer kept this; FOR UPDATE is not sent there).
    session.refresh(document, attribute_names=["copies"], with_for_update=True)
    document.copies = (document.copies or 0) + 1
    session.add(
        DocumentCopy(
            document_id=document.id,
            at=at,
            actor=actor,
            how=how,
            number=document.copies,
            target=target[:500],
        )
    )
    session.flush()
    return document.copies


def record_copy(desk: Desk, document_id: int, how: str, target: str) -> int:
    """Record that a copy of a registered document was saved or printed; returns its number."""
    with desk.write(DOCUMENT_COPY, object_type="document") as session:
        document = session.get(Document, document_id)
        if document is None:
            raise CopyError(QT_TRANSLATE_NOOP("document", "文档已不在登记簿中，无法登记这份副本"))
        return add_copy(session, document, how, target, desk.clock.now(), desk.actor)


def copies_of(desk: Desk, document_id: int) -> list[tuple[int, str, datetime, str, str]]:
    """(number, how, at, actor, target) of every copy made, oldest first."""
    with desk.db.read() as session:
        rows = session.scalars(
            select(DocumentCopy)
            .where(DocumentCopy.document_id == document_id)
            .order_by(DocumentCopy.number)
        )
        return [(c.number, c.how, c.at, c.actor, c.target) for c in rows]
