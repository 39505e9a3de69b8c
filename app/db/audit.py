"""The one mechanism that writes the audit trail: ORM events collect every row a transaction
inserts, updates or deletes in a registered table, and the commit appends one hash-chained audit
record holding them (who, where, when, what, old and new values), in the same transaction.

A write to a registered table without an audit context (``start``) is refused, so no code path
can change audited data unattributed; ``Database.read()`` sessions are never committed and are
left alone.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, bindparam, event, insert, inspect, select, text, update
from sqlalchemy.orm import Mapper, Session, object_session, sessionmaker
from sqlalchemy.orm.base import NO_VALUE

from app.db.models.audit import AuditChange, AuditHead, AuditRecord, AuditSchema
from app.db.models.base import Base
from app.domain.audit.chain import (
    BASELINE,
    DELETE,
    GENESIS_HASH,
    INSERT,
    SUCCESS,
    UPDATE,
    ChangeEntry,
    RecordEntry,
    digest_of,
    fields_json,
    insert_fields,
    plain,
    record_hash,
    row_digest,
    values_text,
)

_CONTEXT = "audit_context"
_PENDING = "audit_pending"
_CHANGES = "audit_changes"
_SCHEMAS = "audit_schemas"
READ_ONLY = "read_only"
MASK = "***"
HOUSEKEEPING = frozenset({"updated_at"})  # bookkeeping: the record's own time says it
UNDIGESTED = HOUSEKEEPING | {"id"}  # the key is kept beside the digest
BATCH = 5000


@dataclass(frozen=True)
class AuditedTable:
    """A table whose rows the trail follows: its Chinese name, columns never shown, and
    columns derived from the others (sort keys, search text) that the trail leaves out."""

    name: str
    label: str
    masked: frozenset[str] = frozenset()
    derived: frozenset[str] = frozenset()


AUDITED: dict[str, AuditedTable] = {}


def register(
    model: type[Base], label: str, masked: Iterable[str] = (), derived: Iterable[str] = ()
) -> None:
    """Follow every write to ``model``'s table (call once per model, at import)."""
    name = model.__table__.name  # type: ignore[attr-defined]
    AUDITED[name] = AuditedTable(name, label, frozenset(masked), frozenset(derived))


@dataclass
class AuditContext:
    """Who does what, from where: set by the service before it writes."""

    account_id: int | None
    username: str
    display_name: str
    workstation: str
    source: str
    action: str
    at: datetime
    object_type: str = ""
    object_label: str = ""
    detail: str = ""
    outcome: str = SUCCESS
    always: bool = False  # record even when no row changed (logins, exports, prints)


class AuditContextMissingError(RuntimeError):
    """A programming error: audited rows were written without saying who and why."""


@dataclass
class _Pending:
    op: str
    table: str
    row_id: int
    old: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class _Change:
    entry: ChangeEntry
    schema_id: int | None


def start(session: Session, context: AuditContext) -> None:
    """Attribute everything this session writes to ``context`` (one record at commit)."""
    session.info[_CONTEXT] = context
    session.info[_PENDING] = []
    session.info[_CHANGES] = []


def context_of(session: Session) -> AuditContext | None:
    return session.info.get(_CONTEXT)


def describe(session: Session, object_type: str, object_label: str, detail: str = "") -> None:
    """Name the object the action concerns (known only once the service has found it)."""
    context = session.info.get(_CONTEXT)
    if context is not None:
        context.object_type = object_type
        context.object_label = object_label[:200]
        if detail:
            context.detail = detail


def install(sessions: sessionmaker[Session]) -> None:
    """Audit every session this factory makes."""
    event.listen(sessions, "after_flush", _after_flush)
    event.listen(sessions, "before_commit", _before_commit)


# --- collecting the rows each flush writes ------------------------------------------------------


def _queue(target: Any, op: str, old: dict[str, Any] | None = None) -> None:
    table = target.__table__.name
    if table not in AUDITED:
        return
    session = object_session(target)
    if session is None:
        return
    session.info.setdefault(_PENDING, []).append(_Pending(op, table, target.id, old or {}))


def _column_keys(mapper: Mapper[Any]) -> list[tuple[str, str]]:
    return [(prop.key, prop.columns[0].name) for prop in mapper.column_attrs]


def _on_insert(_mapper: Mapper[Any], _connection: Connection, target: Any) -> None:
    _queue(target, INSERT)


def _on_update(mapper: Mapper[Any], _connection: Connection, target: Any) -> None:
    table = AUDITED.get(target.__table__.name)
    if table is None:
        return
    state = target._sa_instance_state
    committed = state.committed_state
    ignored = HOUSEKEEPING | table.derived
    changed = [
        (key, name)
        for key, name in _column_keys(mapper)
        if key in committed and name not in ignored and state.attrs[key].history.has_changes()
    ]
    if changed:  # called for every dirty object, also those whose values did not change
        old = {name: committed[key] for key, name in changed if committed[key] is not NO_VALUE}
        _queue(target, UPDATE, old)


def _on_delete(mapper: Mapper[Any], _connection: Connection, target: Any) -> None:
    loaded = target.__dict__
    old = {name: loaded[key] for key, name in _column_keys(mapper) if key in loaded}
    _queue(target, DELETE, old)


event.listen(Base, "after_insert", _on_insert, propagate=True)
event.listen(Base, "after_update", _on_update, propagate=True)
event.listen(Base, "after_delete", _on_delete, propagate=True)


def read_rows(connection: Connection, table: str, ids: list[int]) -> dict[int, dict[str, Any]]:
    """Rows by id exactly as stored (no type conversion): what the digests are computed over."""
    rows: dict[int, dict[str, Any]] = {}
    statement = text(f'SELECT * FROM "{table}" WHERE id IN :ids').bindparams(
        bindparam("ids", expanding=True)
    )
    for start_at in range(0, len(ids), 500):
        result = connection.execute(statement, {"ids": ids[start_at : start_at + 500]})
        for row in result.mappings():
            rows[row["id"]] = dict(row)
    return rows


def digest_columns(table: str, row: Mapping[str, Any]) -> tuple[str, ...]:
    """The columns a row's digest covers, in name order: all but its id, ``updated_at`` and
    the columns derived from the others."""
    skipped = UNDIGESTED | AUDITED[table].derived
    return tuple(sorted(name for name in row if name not in skipped))


def schema_id(
    cache: dict[Any, int], connection: Connection, table: str, columns: tuple[str, ...]
) -> int:
    """The id of a table's column list in ``audit_schema``, added the first time it is seen."""
    key = (table, columns)
    if key in cache:
        return cache[key]
    joined = " ".join(columns)
    schema = AuditSchema.__table__
    found = connection.execute(
        select(schema.c.id).where(schema.c.table_name == table, schema.c.columns == joined)
    ).scalar()
    if found is None:
        found = connection.execute(
            insert(schema).values(table_name=table, columns=joined).returning(schema.c.id)
        ).scalar_one()
    cache[key] = found
    return found


def _after_flush(session: Session, _flush_context: Any) -> None:
    pending: list[_Pending] = session.info.get(_PENDING) or []
    if not pending:
        return
    session.info[_PENDING] = []
    if session.info.get(_CONTEXT) is None:
        if session.info.get(READ_ONLY):
            return  # a read session's changes are rolled back, never stored
        tables = sorted({p.table for p in pending})
        raise AuditContextMissingError(f"unattributed write to {', '.join(tables)}")
    connection = session.connection()
    schemas: dict[Any, int] = session.info.setdefault(_SCHEMAS, {})
    changes: list[_Change] = session.info.setdefault(_CHANGES, [])
    by_table: dict[str, list[int]] = {}
    for item in pending:
        if item.op != DELETE:
            by_table.setdefault(item.table, []).append(item.row_id)
    stored = {table: read_rows(connection, table, ids) for table, ids in by_table.items()}
    for item in pending:
        masked = AUDITED[item.table].masked
        if item.op == DELETE:
            skipped = HOUSEKEEPING | AUDITED[item.table].derived
            fields = {
                k: (MASK if k in masked else v, None)
                for k, v in item.old.items()
                if k not in skipped
            }
            entry = ChangeEntry(item.table, item.row_id, DELETE, fields_json(fields), "")
            changes.append(_Change(entry, None))
            continue
        row = stored[item.table][item.row_id]
        if item.op == INSERT:
            changes.append(inserted(connection, schemas, item.table, row))
            continue
        columns = digest_columns(item.table, row)
        fields = {
            k: (MASK, MASK) if k in masked else (old, row[k])
            for k, old in item.old.items()
            if k not in HOUSEKEEPING and k in row and plain(old) != plain(row[k])
        }
        digest = row_digest(item.table, columns, row)
        entry = ChangeEntry(item.table, item.row_id, UPDATE, fields_json(fields), digest)
        changes.append(_Change(entry, schema_id(schemas, connection, item.table, columns)))


def inserted(
    connection: Connection, schemas: dict[Any, int], table: str, row: Mapping[str, Any]
) -> _Change:
    """The change of a row just inserted (read back as stored): all its values, its digest."""
    masked = AUDITED[table].masked
    columns = digest_columns(table, row)
    text = values_text(columns, row)  # the stored values once: the digest and the fields
    shown = text
    if masked & set(columns):
        shown = insert_fields([MASK if k in masked else row[k] for k in columns])
    entry = ChangeEntry(table, row["id"], INSERT, shown, digest_of(table, columns, text))
    return _Change(entry, schema_id(schemas, connection, table, columns))


def note_inserted(session: Session, table: str, ids: Iterable[int]) -> None:
    """Audit rows a bulk (Core) insert added in this session, as the ORM events would have."""
    ids = list(ids)
    if table not in AUDITED or not ids:
        return
    connection = session.connection()
    schemas: dict[Any, int] = session.info.setdefault(_SCHEMAS, {})
    changes: list[_Change] = session.info.setdefault(_CHANGES, [])
    rows = read_rows(connection, table, ids)
    changes.extend(inserted(connection, schemas, table, rows[row_id]) for row_id in ids)


def _before_commit(session: Session) -> None:
    context: AuditContext | None = session.info.get(_CONTEXT)
    if context is None:
        return
    session.flush()
    changes: list[_Change] = session.info.get(_CHANGES) or []
    if not changes and not context.always:
        return
    append_record(session.connection(), context, changes)
    session.info[_CHANGES] = []
    session.info[_CONTEXT] = None  # one record per transaction


# --- appending to the chain -------------------------------------------------------------------


def _lock_head(connection: Connection) -> tuple[int, str]:
    """Take the writer's lock on the head row, then read it (no other append can interleave)."""
    head = AuditHead.__table__
    connection.execute(
        update(head).where(head.c.id == 1).values(last_record_id=head.c.last_record_id)
    )
    row = connection.execute(select(head.c.last_record_id, head.c.last_hash)).first()
    if row is None:
        connection.execute(insert(head).values(id=1, last_record_id=0, last_hash=GENESIS_HASH))
        return 0, GENESIS_HASH
    return int(row.last_record_id), str(row.last_hash)


def _entry(context: AuditContext, record_id: int) -> RecordEntry:
    return RecordEntry(
        id=record_id,
        at=context.at,
        account_id=context.account_id,
        username=context.username,
        display_name=context.display_name,
        workstation=context.workstation,
        source=context.source,
        action=context.action,
        object_type=context.object_type,
        object_label=context.object_label,
        outcome=context.outcome,
        detail=context.detail,
    )


def _record_row(
    context: AuditContext, record_id: int, prev_hash: str, digest: str
) -> dict[str, Any]:
    return {
        "id": record_id,
        "at": context.at,
        "account_id": context.account_id,
        "username": context.username,
        "display_name": context.display_name,
        "workstation": context.workstation,
        "source": context.source,
        "action": context.action,
        "object_type": context.object_type,
        "object_label": context.object_label,
        "outcome": context.outcome,
        "detail": context.detail,
        "prev_hash": prev_hash,
        "hash": digest,
    }


def _change_row(record_id: int, change: _Change) -> dict[str, Any]:
    e = change.entry
    return {
        "record_id": record_id,
        "table_name": e.table,
        "row_id": e.row_id,
        "op": e.op,
        "schema_id": change.schema_id,
        "fields": e.fields,
        "digest": e.digest,
    }


def _set_head(connection: Connection, record_id: int, digest: str) -> None:
    head = AuditHead.__table__
    connection.execute(
        update(head).where(head.c.id == 1).values(last_record_id=record_id, last_hash=digest)
    )


def append_record(
    connection: Connection, context: AuditContext, changes: Iterable[_Change]
) -> tuple[int, str]:
    """Append one record with its changes to the chain; returns its number and hash.

    The changes are streamed (a migration's baseline may hold millions of rows).
    """
    last_id, prev_hash = _lock_head(connection)
    record_id = last_id + 1
    records = AuditRecord.__table__
    connection.execute(insert(records).values(_record_row(context, record_id, prev_hash, "")))

    def stored() -> Iterator[ChangeEntry]:
        batch: list[dict[str, Any]] = []
        for change in changes:
            batch.append(_change_row(record_id, change))
            yield change.entry
            if len(batch) >= BATCH:
                connection.execute(insert(AuditChange.__table__), batch)
                batch = []
        if batch:
            connection.execute(insert(AuditChange.__table__), batch)

    digest = record_hash(prev_hash, _entry(context, record_id), stored())
    connection.execute(update(records).where(records.c.id == record_id).values(hash=digest))
    _set_head(connection, record_id, digest)
    return record_id, digest


def append_many(
    connection: Connection, items: Sequence[tuple[AuditContext, Sequence[_Change]]]
) -> None:
    """Append several records in order (bulk writers): one lock, one INSERT per table."""
    if not items:
        return
    last_id, prev_hash = _lock_head(connection)
    record_rows: list[dict[str, Any]] = []
    change_rows: list[dict[str, Any]] = []
    for offset, (context, changes) in enumerate(items, 1):
        record_id = last_id + offset
        digest = record_hash(prev_hash, _entry(context, record_id), (c.entry for c in changes))
        record_rows.append(_record_row(context, record_id, prev_hash, digest))
        change_rows += [_change_row(record_id, c) for c in changes]
        prev_hash = digest
    connection.execute(insert(AuditRecord.__table__), record_rows)
    for start in range(0, len(change_rows), BATCH):
        connection.execute(insert(AuditChange.__table__), change_rows[start : start + BATCH])
    _set_head(connection, last_id + len(items), prev_hash)


def change(entry: ChangeEntry, schema: int | None) -> _Change:
    """A change as ``append_record`` takes it (for writers outside the ORM: demo, migrations)."""
    return _Change(entry, schema)


def baseline(connection: Connection, context: AuditContext, tables: Iterable[str]) -> int:
    """Append one record fingerprinting every row of ``tables`` as it is now; returns the count.

    The trail's starting point for rows written before it existed (or by a migration): from
    here on, ``check`` compares these rows with these digests.
    """
    counted = [0]
    cache: dict[Any, int] = {}

    def rows() -> Iterator[_Change]:
        for table in tables:
            last = 0
            statement = text(f'SELECT * FROM "{table}" WHERE id > :last ORDER BY id LIMIT {BATCH}')
            while True:
                page = [dict(r) for r in connection.execute(statement, {"last": last}).mappings()]
                if not page:
                    break
                for row in page:
                    columns = digest_columns(table, row)
                    entry = ChangeEntry(
                        table, row["id"], BASELINE, "", row_digest(table, columns, row)
                    )
                    counted[0] += 1
                    yield _Change(entry, schema_id(cache, connection, table, columns))
                last = page[-1]["id"]

    append_record(connection, context, rows())
    return counted[0]


def migration_baseline(
    connection: Connection, revision: str, tables: Iterable[str], detail: str
) -> int:
    """A baseline record for the rows a migration rewrote (as the program, by the migration)."""
    import platform
    from datetime import UTC, datetime

    from app.domain.audit.actions import MIGRATION

    present = set(inspect(connection).get_table_names())
    context = AuditContext(
        account_id=None,
        username="system",
        display_name="系统",
        workstation=platform.node()[:100],
        source="system",
        action=MIGRATION,
        at=datetime.now(UTC),
        object_type="database",
        object_label=revision,
        detail=detail,
        always=True,
    )
    return baseline(connection, context, [t for t in tables if t in present and t in AUDITED])


def _register_models() -> None:
    from app.db.models import AUDITED_MODELS, DERIVED_COLUMNS, MASKED_COLUMNS

    for model, label in AUDITED_MODELS:
        register(model, label, MASKED_COLUMNS.get(model, ()), DERIVED_COLUMNS.get(model, ()))


_register_models()
