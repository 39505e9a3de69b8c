"""COPY's text format as pg_restore prints a dump's rows (read to check a server restorer)."""

from __future__ import annotations

from app.db.postgres import _copy_field, dump_created_at


def test_null_plain_and_escaped_fields() -> None:
    assert _copy_field("\\N") is None
    assert _copy_field("驻场工程师 孙工") == "驻场工程师 孙工"
    assert _copy_field("a\\tb\\\\c\\n") == "a\tb\\c\n"
    assert _copy_field("\\345\\255\\231工") == "孙工"  # octal bytes of UTF-8
    assert _copy_field("\\x41\\x42") == "AB"


def test_the_time_a_dump_was_made_comes_from_its_listing() -> None:
    listing = [";", "; Archive created at 2026-12-03 14:18:05 UTC", ";     dbname: desk"]
    assert dump_created_at(listing) == "2026-12-03 14:18:05 UTC"
    assert dump_created_at(["; nothing"]) == ""
