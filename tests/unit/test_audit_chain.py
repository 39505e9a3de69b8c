"""The hash chain's rules: a record's hash covers its fields and changes; digests name columns."""

from __future__ import annotations

import dataclasses
import time
from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path

from app.domain.audit.chain import (
    BASELINE,
    GENESIS_HASH,
    INSERT,
    UPDATE,
    ChangeEntry,
    RecordEntry,
    decode_fields,
    fields_json,
    insert_fields,
    parse_short_code,
    plain,
    record_hash,
    row_digest,
    short_code,
    utc_text,
    values_text,
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


def test_hashes_printed_by_earlier_versions_still_verify() -> None:
    # Footers and backups carry these values: the format may never drift, or old paper fails.
    assert record_hash(GENESIS_HASH, RECORD, [CHANGE]) == (
        "cc1043a31e8c5e607550aba9554259aba33053d95890afa87bbdecd13e29f7e5"
    )
    row = {"id": 1, "number": "GD-2026-0001", "fix_hours": 4.0}
    assert row_digest("ticket", ["id", "number", "fix_hours"], row) == (
        "4407afb3b2c5f6448df5f59f0ea21e67"
    )


def test_a_record_hashes_the_same_whatever_zone_its_time_was_read_in() -> None:
    beijing = AT.astimezone(timezone(timedelta(hours=8)))
    moved = dataclasses.replace(RECORD, at=beijing)
    assert record_hash(GENESIS_HASH, moved, [CHANGE]) == record_hash(GENESIS_HASH, RECORD, [CHANGE])
    assert utc_text(beijing) == "2026-11-24 01:00:00.000000"


def test_a_row_digests_the_same_from_sqlite_and_from_postgresql() -> None:
    # SQLite returns flags as 1/0, bytes as bytes, dates as text; PostgreSQL as bool, memoryview
    columns = ("active", "blob", "day", "price", "at", "naive", "other")
    sqlite_row = {
        "active": 1,
        "blob": b"\x00\xff",
        "day": date(2026, 11, 24),
        "price": Decimal("12.50"),
        "at": AT,
        "naive": datetime(2026, 11, 24, 9, 0),
        "other": "GD-2026-0001",
    }
    server_row = {
        **sqlite_row,
        "active": True,
        "blob": memoryview(b"\x00\xff"),
        "at": AT.astimezone(timezone(timedelta(hours=8))),
    }
    assert row_digest("t", columns, server_row) == row_digest("t", columns, sqlite_row)
    assert values_text(columns, sqlite_row) == (
        '[1,"00ff","2026-11-24","12.50","2026-11-24 01:00:00.000000",'
        '"2026-11-24 09:00:00.000000","GD-2026-0001"]'
    )
    assert plain(bytearray(b"\x01")) == "01" and plain(Path("a")) == "a"
    assert plain(None) is None and plain(2.5) == 2.5


def test_the_columns_are_part_of_a_row_digest_each_on_its_own() -> None:
    row = {"ab": 1, "c": 1, "a": 1, "bc": 1}
    assert row_digest("t", ("ab", "c"), row) != row_digest("t", ("a", "bc"), row)


def test_a_printed_head_is_read_back_however_it_was_typed() -> None:
    assert parse_short_code("1234·9f3a0c1b") == (1234, "9F3A0C1B")
    assert parse_short_code("1234-9F3A0C1G") is None  # not a hexadecimal digit
    assert parse_short_code("12-34-9F3A0C1B") is None
    assert parse_short_code("1234 9F3A0C1B") is None


def test_a_change_keeps_its_old_and_new_values_as_stored() -> None:
    stored = fields_json({"status": ("analysed", "confirmed"), "urgent": (False, True)})
    assert stored == '{"status":["analysed","confirmed"],"urgent":[0,1]}'
    assert decode_fields(UPDATE, stored, ()) == {
        "status": ("analysed", "confirmed"),
        "urgent": (0, 1),
    }
    inserted = insert_fields(["GD-2026-0001", True, None])
    assert inserted == '["GD-2026-0001",1,null]'
    assert decode_fields(INSERT, inserted, ("number", "urgent", "closed_at")) == {
        "number": (None, "GD-2026-0001"),
        "urgent": (None, 1),
        "closed_at": (None, None),
    }
    assert decode_fields(BASELINE, "", ("number",)) == {}
    # an insert stored in the older {column: [old, new]} form still reads
    assert decode_fields(INSERT, '{"number":[null,"GD-2026-0002"]}', ("number",)) == {
        "number": (None, "GD-2026-0002")
    }


def test_hashes_do_not_depend_on_the_workstations_time_zone(monkeypatch) -> None:
    naive = {"at": datetime(2026, 11, 24, 9, 0)}
    in_utc = (record_hash(GENESIS_HASH, RECORD, [CHANGE]), row_digest("t", ("at",), naive))
    monkeypatch.setenv("TZ", "Asia/Shanghai")
    time.tzset()
    try:
        in_beijing = (record_hash(GENESIS_HASH, RECORD, [CHANGE]), row_digest("t", ("at",), naive))
    finally:
        monkeypatch.undo()
        time.tzset()
    assert in_beijing == in_utc


def test_an_insert_recorded_before_a_column_was_added_still_reads() -> None:
    stored = insert_fields(["GD-2026-0001"])
    assert decode_fields(INSERT, stored, ("number", "origin")) == {"number": (None, "GD-2026-0001")}
    assert parse_short_code("1234-9F3A0C1X") is None
