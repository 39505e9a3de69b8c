"""The hash chain's rules: a record's hash covers its fields and changes; digests name columns."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime

from app.domain.audit.chain import (
    GENESIS_HASH,
    ChangeEntry,
    RecordEntry,
    parse_short_code,
    plain,
    record_hash,
    row_digest,
    short_code,
)

AT = datetime(2026, 11, 24, 1, 0, tzinfo=UTC)
RECORD = RecordEntry(1, AT, 1, "sungong", "孙工", "ws-01", "gui", "ticket.confirm", "ticket",
                     "GD-2026-0001", "success", "")  # fmt: skip
CHANGE = ChangeEntry("ticket", 1, "update", '{"status":["analysed","confirmed"]}', "ab" * 16)


def test_every_field_and_change_is_in_the_hash() -> None:
    first = record_hash(GENESIS_HASH, RECORD, [CHANGE])
    assert first == record_hash(GENESIS_HASH, RECORD, [CHANGE])
    for name in ("username", "detail", "outcome", "object_label"):
        assert (
            record_hash(GENESIS_HASH, dataclasses.replace(RECORD, **{name: "x"}), [CHANGE]) != first
        )
    assert record_hash(GENESIS_HASH, dataclasses.replace(RECORD, id=2), [CHANGE]) != first
    assert record_hash("1" * 64, RECORD, [CHANGE]) != first
    assert record_hash(GENESIS_HASH, RECORD, []) != first
    edited = dataclasses.replace(CHANGE, fields='{"status":["analysed","closed"]}')
    assert record_hash(GENESIS_HASH, RECORD, [edited]) != first


def test_row_digest_covers_names_and_values_as_stored() -> None:
    row = {"id": 1, "number": "GD-2026-0001", "severity": "general", "fix_hours": 4.0}
    columns = ("fix_hours", "number", "severity")
    digest = row_digest("ticket", columns, row)
    assert len(digest) == 32
    assert row_digest("ticket", columns, {**row, "severity": "major"}) != digest
    assert row_digest("ticket", columns[:2], row) != digest  # a column left out shows
    assert row_digest("document", columns, row) != digest
    assert row_digest("ticket", columns, {**row, "id": 7}) == digest  # the key is kept beside
    assert plain(True) == 1 and plain(AT) == "2026-11-24 01:00:00.000000"


def test_short_code_round_trip() -> None:
    code = short_code(1234, "9f3a0c1b" + "0" * 56)
    assert code == "1234-9F3A0C1B"
    assert parse_short_code(" 1234-9f3a0c1b ") == (1234, "9F3A0C1B")
    assert parse_short_code("1234-9F3A") is None
    assert parse_short_code("abc-9F3A0C1B") is None
