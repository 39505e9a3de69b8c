"""The hash chain: each audit record hashes the one before it and the rows it changed.

A row is fingerprinted by a digest of its stored column values (names included), so ``check`` can
compare every audited row with the digest its last audit record holds, and an edit, deletion or
insertion made behind the program's back shows. The record hashes chain, so editing, deleting,
inserting or reordering audit records breaks the chain at the first record touched.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal

GENESIS_HASH = "0" * 64
DIGEST_LENGTH = 32  # hex characters of a row digest (128 bits)
SHORT_HASH = 8  # hex characters of the chain head printed on paper

INSERT = "insert"
UPDATE = "update"
DELETE = "delete"
BASELINE = "baseline"  # a row that existed before the trail began (or a schema change)

SUCCESS = "success"
REFUSED = "refused"
FAILURE = "failure"


def utc_text(moment: datetime) -> str:
    """A moment as the chain hashes it: UTC, microseconds, no zone suffix."""
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def plain(value: object) -> object:
    """A stored column value in a form JSON keeps exactly (what SQLite or PostgreSQL returned)."""
    if value is None or isinstance(value, str | int | float):
        return int(value) if isinstance(value, bool) else value
    if isinstance(value, datetime):
        return utc_text(value) if value.tzinfo else value.strftime("%Y-%m-%d %H:%M:%S.%f")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, bytes | bytearray | memoryview):
        return bytes(value).hex()
    return str(value)


_ENCODER = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def canonical(value: object) -> str:
    """One exact JSON text for a value: sorted keys, no spaces, Chinese kept as it is."""
    return _ENCODER.encode(value)


def values_text(columns: Sequence[str], row: Mapping[str, object]) -> str:
    """The named columns' stored values, in that order, as one canonical JSON list."""
    return _ENCODER.encode([plain(row[name]) for name in columns])


def digest_of(table: str, columns: Sequence[str], text: str) -> str:
    """The fingerprint of a row from its table, its column names and ``values_text``."""
    whole = f"{table}\n{' '.join(columns)}\n{text}"
    return hashlib.sha256(whole.encode("utf-8")).hexdigest()[:DIGEST_LENGTH]


def row_digest(table: str, columns: Sequence[str], row: Mapping[str, object]) -> str:
    """The fingerprint of one row: its table and the named columns' stored values."""
    return digest_of(table, columns, values_text(columns, row))


@dataclass(frozen=True)
class ChangeEntry:
    """One row an audit record changed: how, which fields (old and new), and its digest after."""

    table: str
    row_id: int
    op: str
    fields: str  # canonical JSON {column: [old, new]}; "" for a baseline
    digest: str  # the row's digest after the change; "" once deleted


@dataclass(frozen=True)
class RecordEntry:
    """The fields of an audit record that its hash covers."""

    id: int
    at: datetime
    account_id: int | None
    username: str
    display_name: str
    workstation: str
    source: str
    action: str
    object_type: str
    object_label: str
    outcome: str
    detail: str


def record_hash(prev_hash: str, record: RecordEntry, changes: Iterable[ChangeEntry]) -> str:
    """The hash of a record: the previous hash, the record's fields and its changes in order."""
    digest = hashlib.sha256()
    digest.update(prev_hash.encode("ascii"))
    head = [
        record.id,
        utc_text(record.at),
        record.account_id,
        record.username,
        record.display_name,
        record.workstation,
        record.source,
        record.action,
        record.object_type,
        record.object_label,
        record.outcome,
        record.detail,
    ]
    digest.update(b"\n" + canonical(head).encode("utf-8"))
    for change in changes:
        line = [change.table, change.row_id, change.op, change.fields, change.digest]
        digest.update(b"\n" + canonical(line).encode("utf-8"))
    return digest.hexdigest()


def short_code(record_id: int, record_hash_hex: str) -> str:
    """The chain head as printed on paper: the record number and the start of its hash."""
    return f"{record_id}-{record_hash_hex[:SHORT_HASH].upper()}"


def parse_short_code(text: str) -> tuple[int, str] | None:
    """``(record id, hash start)`` from a printed head such as ``1234-9F3A0C1B``."""
    number, _, start = text.strip().upper().replace("·", "-").partition("-")
    if not number.isdigit() or len(start) != SHORT_HASH:
        return None
    if any(c not in "0123456789ABCDEF" for c in start):
        return None
    return int(number), start


def fields_json(changed: Mapping[str, tuple[object, object]]) -> str:
    """The fields of a change as stored: ``{column: [old, new]}`` of plain values."""
    return canonical({name: [plain(old), plain(new)] for name, (old, new) in changed.items()})


def insert_fields(values: Sequence[object]) -> str:
    """The fields of an inserted row as stored: its values in the digest's column order (the
    column names are in the change's column list, so they are not repeated on every row)."""
    return canonical([plain(v) for v in values])


def decode_fields(op: str, fields: str, columns: Sequence[str]) -> dict[str, tuple[object, object]]:
    """``{column: (old, new)}`` of a stored change, whichever form it was stored in."""
    if not fields:
        return {}
    values = json.loads(fields)
    if op == INSERT and isinstance(values, list):
        return {name: (None, value) for name, value in zip(columns, values, strict=False)}
    return {name: (pair[0], pair[1]) for name, pair in values.items()}
