"""Reading the audit trail: its head (printed on documents), the records an auditor filters by
time, account, action and object, each record's changes, and finding a printed head again."""

from __future__ import annotations

import getpass
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session

from app.db import audit
from app.db.models import AuditChange, AuditHead, AuditRecord, AuditSchema
from app.domain.audit.actions import AUDIT_VIEW, EXPORT, kind_of
from app.domain.audit.chain import GENESIS_HASH, decode_fields, parse_short_code, short_code
from app.domain.i18n import QT_TRANSLATE_NOOP, Marked
from app.services.context import Desk

OBJECT_LABELS = {
    **{name: table.label for name, table in audit.AUDITED.items()},
    "export": QT_TRANSLATE_NOOP("table", "导出文件"),
    "database": QT_TRANSLATE_NOOP("table", "数据库"),
}


@dataclass(frozen=True)
class ChainHead:
    """The last record of the chain, and its short code as printed on paper."""

    record_id: int
    hash: str

    @property
    def code(self) -> str:
        return short_code(self.record_id, self.hash)


def chain_head(session: Session) -> ChainHead:
    """The chain's head as this transaction sees it."""
    row = session.execute(select(AuditHead.last_record_id, AuditHead.last_hash)).first()
    if row is None:
        return ChainHead(0, GENESIS_HASH)
    return ChainHead(int(row[0]), str(row[1]))


def current_head(desk: Desk) -> ChainHead:
    with desk.db.read() as session:
        return chain_head(session)


@dataclass(frozen=True)
class AuditFilter:
    """What the auditor narrows the trail to; empty fields do not narrow."""

    start: datetime | None = None
    end: datetime | None = None  # exclusive
    username: str = ""
    action: str = ""
    object_type: str = ""
    text: str = ""  # in the object's name or the detail
    outcome: str = ""


@dataclass(frozen=True)
class AuditEntry:
    """One audit record as the audit view and its export show it."""

    id: int
    at: datetime
    username: str
    display_name: str
    workstation: str
    source: str
    action: str
    action_label: Marked
    object_type: str
    object_label: str
    outcome: str
    detail: str
    hash: str
    changes: int

    @property
    def object_type_label(self) -> str:
        return OBJECT_LABELS.get(self.object_type, self.object_type)


@dataclass(frozen=True)
class FieldChange:
    """One field of one row an audit record changed: the old and the new value."""

    table: str
    table_label: str
    row_id: int
    op: str
    field: str
    old: Any
    new: Any


def _filtered(query: Select[Any], flt: AuditFilter) -> Select[Any]:
    r = AuditRecord
    if flt.start is not None:
        query = query.where(r.at >= flt.start)
    if flt.end is not None:
        query = query.where(r.at < flt.end)
    if flt.username:
        query = query.where(r.username == flt.username)
    if flt.action:
        query = query.where(r.action == flt.action)
    if flt.object_type:
        query = query.where(r.object_type == flt.object_type)
    if flt.outcome:
        query = query.where(r.outcome == flt.outcome)
    if flt.text:
        pattern = f"%{flt.text}%"
        query = query.where(or_(r.object_label.like(pattern), r.detail.like(pattern)))
    return query


def count_records(desk: Desk, flt: AuditFilter) -> int:
    desk.require(AUDIT_VIEW)
    with desk.db.read() as session:
        return session.scalar(_filtered(select(func.count(AuditRecord.id)), flt)) or 0


def record_ids(desk: Desk, flt: AuditFilter) -> list[int]:
    """The matching records' numbers, newest first (the view fetches their rows by page)."""
    desk.require(AUDIT_VIEW)
    with desk.db.read() as session:
        query = _filtered(select(AuditRecord.id), flt).order_by(AuditRecord.id.desc())
        return list(session.scalars(query))


def _entry(row: AuditRecord, changes: int) -> AuditEntry:
    kind = kind_of(row.action)
    return AuditEntry(
        id=row.id,
        at=row.at,
        username=row.username,
        display_name=row.display_name,
        workstation=row.workstation,
        source=row.source,
        action=row.action,
        action_label=Marked(kind.context, kind.label),
        object_type=row.object_type,
        object_label=row.object_label,
        outcome=row.outcome,
        detail=row.detail,
        hash=row.hash,
        changes=changes,
    )


def entries(session: Session, ids: list[int]) -> list[AuditEntry]:
    """The records with these numbers, in the order given."""
    if not ids:
        return []
    counts = dict(
        session.execute(
            select(AuditChange.record_id, func.count(AuditChange.id))
            .where(AuditChange.record_id.in_(ids))
            .group_by(AuditChange.record_id)
        ).all()
    )
    rows = {r.id: r for r in session.scalars(select(AuditRecord).where(AuditRecord.id.in_(ids)))}
    return [_entry(rows[i], counts.get(i, 0)) for i in ids if i in rows]


def fetch_entries(desk: Desk, ids: list[int]) -> list[AuditEntry]:
    desk.require(AUDIT_VIEW)
    with desk.db.read() as session:
        return entries(session, ids)


def field_changes(session: Session, record_id: int) -> list[FieldChange]:
    """Every field each row of one record changed, as stored (masked values stay masked)."""
    result: list[FieldChange] = []
    c = AuditChange
    for table, row_id, op, fields_text, columns in session.execute(
        select(c.table_name, c.row_id, c.op, c.fields, AuditSchema.columns)
        .outerjoin(AuditSchema, AuditSchema.id == c.schema_id)
        .where(c.record_id == record_id)
        .order_by(c.id)
    ):
        label = OBJECT_LABELS.get(table, table)
        values = decode_fields(op, fields_text, (columns or "").split())
        if not values:
            result.append(FieldChange(table, label, row_id, op, "", None, None))
        for name, (old, new) in values.items():
            result.append(FieldChange(table, label, row_id, op, name, old, new))
    return result


def changes_of(desk: Desk, record_id: int) -> list[FieldChange]:
    desk.require(AUDIT_VIEW)
    with desk.db.read() as session:
        return field_changes(session, record_id)


def accounts_seen(desk: Desk) -> list[tuple[str, str]]:
    """``(username, display name)`` of everyone in the trail, for the auditor's account filter."""
    desk.require(AUDIT_VIEW)
    with desk.db.read() as session:
        rows = session.execute(
            select(AuditRecord.username, func.max(AuditRecord.display_name))
            .group_by(AuditRecord.username)
            .order_by(AuditRecord.username)
        )
        return [(u, d or "") for u, d in rows]


@dataclass(frozen=True)
class HeadMatch:
    """Whether a head printed on paper is still the record it names."""

    found: bool
    record_id: int
    at: datetime | None


def find_printed_head(desk: Desk, code: str) -> HeadMatch | None:
    """Look up a head printed on a document (``1234-9F3A0C1B``); None if it is not a head code."""
    parsed = parse_short_code(code)
    if parsed is None:
        return None
    record_id, start = parsed
    with desk.db.read() as session:
        row = session.execute(
            select(AuditRecord.hash, AuditRecord.at).where(AuditRecord.id == record_id)
        ).first()
    if row is None or not row.hash.upper().startswith(start):
        return HeadMatch(False, record_id, None)
    return HeadMatch(True, record_id, row.at)


def require_export(desk: Desk) -> None:
    """An export needs the right to read the records (the command line unlogged: the program)."""
    if not desk.user.is_system:
        desk.require(EXPORT, "export")


def record_export(desk: Desk, what: str, path: Path, rows: int) -> None:
    """An export is audited: what, to which file, how many rows, by whom."""
    detail = f"{path}（{rows} 行）"
    if desk.user.is_system:  # the command line without --user: name the operating system's user
        detail += f"；命令行未登录，操作系统用户 {getpass.getuser()}"
    desk.record(
        EXPORT,
        object_type="export",
        object_label=what,
        detail=detail,
        as_system=desk.user.is_system,
    )
