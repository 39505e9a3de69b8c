"""Verifying the audit trail: the hash chain record by record, then every audited row against
the digest its last audit record holds. Read-only; names the first record that does not match
and each row changed, deleted or inserted behind the program's back."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, inspect, select, text

from app.db import audit
from app.db.models import AuditChange, AuditHead, AuditRecord, AuditSchema
from app.domain.audit.actions import AUDIT_VIEW
from app.domain.audit.chain import (
    DELETE,
    GENESIS_HASH,
    INSERT,
    ChangeEntry,
    RecordEntry,
    decode_fields,
    plain,
    record_hash,
    row_digest,
    short_code,
)
from app.services.context import Desk

MAX_SHOWN = 20  # row problems listed one by one; the rest are counted
PAGE = 2000
# The column that names a row to a person, where a table has one.
NAME_COLUMNS = {
    "ticket": "number",
    "document": "serial",
    "account": "username",
    "part": "code",
    "inspection_run": "number",
    "emergency_plan": "code",
    "inspection_template": "name",
    "maintained_system": "code",
}


@dataclass(frozen=True)
class TrailProblem:
    """One thing that does not match: in the chain (``record_id``) or in a row."""

    kind: str  # chain, head, changed, deleted, inserted
    message: str


@dataclass
class TrailReport:
    """What the verification found."""

    records: int = 0
    changes: int = 0
    rows: int = 0
    head_code: str = "0-00000000"
    first_at: Any = None
    chain_ok: bool = True
    problems: list[TrailProblem] = field(default_factory=list)
    row_problems: int = 0

    @property
    def ok(self) -> bool:
        return self.chain_ok and not self.row_problems and not self.problems


def _changes(connection: Connection) -> Iterator[tuple[int, ChangeEntry]]:
    c = AuditChange.__table__.c
    query = select(c.record_id, c.table_name, c.row_id, c.op, c.fields, c.digest).order_by(
        c.record_id, c.id
    )
    for row in connection.execution_options(yield_per=PAGE).execute(query):
        yield row.record_id, ChangeEntry(row.table_name, row.row_id, row.op, row.fields, row.digest)


def verify_chain(connection: Connection, report: TrailReport) -> None:
    """Recompute every record's hash in order; stop at the first that does not match."""
    r = AuditRecord.__table__.c
    changes = _changes(connection)
    pending = next(changes, None)
    expected_id, prev = 1, GENESIS_HASH
    query = select(AuditRecord.__table__).order_by(r.id)
    for row in connection.execution_options(yield_per=PAGE).execute(query):
        own: list[ChangeEntry] = []
        while pending is not None and pending[0] <= row.id:
            if pending[0] == row.id:
                own.append(pending[1])
            pending = next(changes, None)
        report.changes += len(own)
        if report.first_at is None:
            report.first_at = row.at
        problem = _record_problem(row, own, expected_id, prev)
        if problem:
            report.chain_ok = False
            report.problems.append(TrailProblem("chain", problem))
            return
        report.records += 1
        expected_id, prev = row.id + 1, row.hash
        report.head_code = short_code(row.id, row.hash)
    if pending is not None:
        report.chain_ok = False
        report.problems.append(
            TrailProblem("chain", f"审计变更明细指向不存在的审计记录 #{pending[0]}（记录被删除）")
        )
        return
    head = connection.execute(select(AuditHead.__table__)).first()
    if head is not None and (head.last_record_id, head.last_hash) != (expected_id - 1, prev):
        report.chain_ok = False
        report.problems.append(
            TrailProblem(
                "head",
                f"审计链头记录为 #{head.last_record_id}，而最后一条审计记录是 #{expected_id - 1}"
                "（末尾的审计记录被删除或被追加）",
            )
        )


def _record_problem(row: Any, own: list[ChangeEntry], expected_id: int, prev: str) -> str:
    if row.id > expected_id:
        return f"审计记录 #{expected_id} 缺失（被删除）；其后的记录 #{row.id} 无法接续哈希链"
    if row.id < expected_id:  # pragma: no cover - ids are unique
        return f"审计记录 #{row.id} 重复"
    entry = RecordEntry(
        id=row.id,
        at=row.at,
        account_id=row.account_id,
        username=row.username,
        display_name=row.display_name,
        workstation=row.workstation,
        source=row.source,
        action=row.action,
        object_type=row.object_type,
        object_label=row.object_label,
        outcome=row.outcome,
        detail=row.detail,
    )
    if row.prev_hash != prev:
        return f"审计记录 #{row.id} 与前一条记录接不上（前一条被修改、删除、插入或调换了顺序）"
    if record_hash(prev, entry, own) != row.hash:
        return f"审计记录 #{row.id} 的内容与其哈希值不符（被修改，或其变更明细被改动）"
    return ""


# --- rows against their last audit record ---------------------------------------------------


def _schemas(connection: Connection) -> dict[int, tuple[str, ...]]:
    s = AuditSchema.__table__.c
    return {
        row.id: tuple(row.columns.split()) for row in connection.execute(select(s.id, s.columns))
    }


def _last_changes(connection: Connection, table: str) -> Iterator[Any]:
    statement = text(
        "SELECT c.row_id, c.op, c.digest, c.schema_id, c.record_id FROM audit_change c "
        "JOIN (SELECT max(id) AS id FROM audit_change WHERE table_name = :t GROUP BY row_id) "
        "last ON last.id = c.id ORDER BY c.row_id"
    )
    yield from connection.execution_options(yield_per=PAGE).execute(statement, {"t": table})


def _rows(connection: Connection, table: str) -> Iterator[dict[str, Any]]:
    statement = text(f'SELECT * FROM "{table}" ORDER BY id')
    for row in connection.execution_options(yield_per=PAGE).execute(statement).mappings():
        yield dict(row)


def _name(table: str, row_id: int, row: dict[str, Any] | None) -> str:
    label = audit.AUDITED[table].label
    key = NAME_COLUMNS.get(table)
    if row is not None and key and row.get(key):
        return f"{label} {row[key]}（id {row_id}）"
    return f"{label}（id {row_id}）"


def verify_rows(connection: Connection, report: TrailReport) -> None:
    """Every row of every audited table against its last audit record's digest."""
    present = set(inspect(connection).get_table_names())
    schemas = _schemas(connection)
    for table in audit.AUDITED:
        if table not in present:
            continue
        rows, changes = _rows(connection, table), _last_changes(connection, table)
        row, change = next(rows, None), next(changes, None)
        while row is not None or change is not None:
            if change is None or (row is not None and row["id"] < change.row_id):
                _add(
                    report,
                    "inserted",
                    f"{_name(table, row['id'], row)}：没有审计记录（在程序之外插入）",
                )
                row = next(rows, None)
                report.rows += 1
                continue
            if row is None or row["id"] > change.row_id:
                if change.op != DELETE:
                    _add(
                        report,
                        "deleted",
                        f"{_name(table, change.row_id, None)}：已不存在，但最后的审计记录 "
                        f"#{change.record_id} 并未删除它（在程序之外删除）",
                    )
                change = next(changes, None)
                continue
            report.rows += 1
            if change.op == DELETE:
                _add(
                    report,
                    "inserted",
                    f"{_name(table, row['id'], row)}：审计记录 #{change.record_id} 已将其删除，"
                    "它却又出现了（在程序之外插入）",
                )
            else:
                columns = schemas.get(change.schema_id, ())
                missing = [c for c in columns if c not in row]
                if missing or row_digest(table, columns, row) != change.digest:
                    detail = _differences(connection, table, row, columns)
                    _add(
                        report,
                        "changed",
                        f"{_name(table, row['id'], row)}：与审计记录 #{change.record_id} 不符"
                        f"（在程序之外修改）{detail}",
                    )
            row, change = next(rows, None), next(changes, None)


def _add(report: TrailReport, kind: str, message: str) -> None:
    report.row_problems += 1
    if report.row_problems <= MAX_SHOWN:
        report.problems.append(TrailProblem(kind, message))


def _differences(
    connection: Connection, table: str, row: dict[str, Any], columns: tuple[str, ...]
) -> str:
    """Which columns differ from the values the audit records hold, where they hold them."""
    c = AuditChange.__table__.c
    s = AuditSchema.__table__.c
    known: dict[str, Any] = {}
    for op, fields_text, schema_columns in connection.execute(
        select(c.op, c.fields, s.columns)
        .outerjoin(AuditSchema.__table__, s.id == c.schema_id)
        .where(c.table_name == table, c.row_id == row["id"])
        .order_by(c.id)
    ):
        if op == INSERT:
            known = {}
        decoded = decode_fields(op, fields_text, (schema_columns or "").split())
        for name, (_old, new) in decoded.items():
            known[name] = new
    masked = audit.AUDITED[table].masked
    diffs = [
        f"{name}：审计记录为“{known[name]}”，现为“{plain(row.get(name))}”"
        for name in columns
        if name in known and name not in masked and known[name] != plain(row.get(name))
    ]
    return "：" + "；".join(diffs) if diffs else ""


def verify_trail(connection: Connection) -> TrailReport:
    """The whole verification of a database at the newest schema."""
    report = TrailReport()
    verify_chain(connection, report)
    verify_rows(connection, report)
    return report


def verify_open_database(desk: Desk) -> TrailReport:
    """The auditor's verification of the database in use (read-only, in its own connection)."""
    desk.require(AUDIT_VIEW)
    with desk.db.engine.connect() as connection:
        return verify_trail(connection)
