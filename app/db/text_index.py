"""The ticket text index: bigrams of ``ticket.search_text`` in an FTS5 table (SQLite only).

SQLite 3.40's trigram tokenizer finds nothing for a two-character query, and most Chinese
queries here are two characters (摄像, 门禁, 对讲). So the index holds every pair of neighbouring
characters of the text as a token of its own: migration 0014 creates the table and the triggers
that keep it current on every insert, update and delete of a ticket, whoever writes it (the
program, the demo's bulk writer, a migration). The ``ascii`` tokenizer keeps every non-ASCII
character and ASCII letters and digits as token characters and folds ASCII case, the same for the
stored pairs and for the query's pairs, so a ticket whose text holds a word holds all of that
word's pairs: the index can only find too many, never too few, and the LIKE that follows it gives
exactly today's results. One-character words, and words with no pair of token characters, are
left to the LIKE alone; PostgreSQL has no such index (plain LIKE).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import column, select, table
from sqlalchemy.orm import Session
from sqlalchemy.sql import Select

from app.db import sqlite

TABLE = "ticket_text"
_index = table(TABLE, column("rowid"), column(TABLE))  # MATCH on the table: all its columns


def is_index_table(name: str | None) -> bool:
    """The index and FTS5's shadow tables beside it (not in the models; no schema drift)."""
    return name is not None and (name == TABLE or name.startswith(f"{TABLE}_"))


def outside_models(name: str | None, type_: str, _parents: object) -> bool:
    """Alembic's ``include_name``: compare every table but the index's with the models."""
    return not (type_ == "table" and is_index_table(name))


def _token_character(character: str) -> bool:
    """What the ``ascii`` tokenizer keeps: non-ASCII characters, ASCII letters and digits."""
    return ord(character) > 127 or character.isalnum()


def bigrams(word: str) -> list[str]:
    """The distinct pairs of neighbouring token characters of ``word``, in order."""
    pairs: dict[str, None] = {}
    for left, right in zip(word, word[1:], strict=False):
        if _token_character(left) and _token_character(right):
            pairs[left + right] = None
    return list(pairs)


def match_expression(words: list[str]) -> str | None:
    """An FTS5 query that every ticket containing all ``words`` matches (None: nothing to ask)."""
    pairs = [pair for word in words for pair in bigrams(word)]
    if not pairs:
        return None
    return " AND ".join(f'"{pair}"' for pair in dict.fromkeys(pairs))


def matching_ids(dialect: str, words: list[str]) -> Select[tuple[int]] | None:
    """Ids of the tickets that may contain every word, from the index; None where there is no
    index (PostgreSQL) or the words give it nothing to look up."""
    if dialect != sqlite.DIALECT:
        return None
    expression = match_expression(words)
    if expression is None:
        return None
    return select(_index.c.rowid).where(_index.c[TABLE].match(expression))


# The triggers of migration 0013, by name, as sqlite_master holds them: suspended for a bulk load.
TRIGGERS = ("ticket_text_insert", "ticket_text_delete", "ticket_text_update")


def grams(text: str | None) -> str:
    """What the triggers store for ``text``: its pairs of neighbouring characters, space-separated
    (for one character, the character; for none, nothing), as migration 0013's SQL makes them."""
    if not text:
        return ""
    return " ".join(text[n : n + 2] for n in range(max(len(text) - 1, 1)))


@contextmanager
def bulk_load(session: Session) -> Iterator[None]:
    """Insert many tickets in this transaction without the per-row triggers, then index them.

    Working out the pairs in the triggers' SQL costs some 0.5 ms a ticket (10,000 texts: 5 s
    instead of 50 ms). Here the triggers are dropped, the tickets inserted inside the block are
    indexed at its end in one batch, and the triggers are made again, all in the caller's
    transaction: other connections never see the index without its triggers, and a failure rolls
    the whole back. Only for loads that insert tickets: one that updated or deleted a ticket here
    would leave its old pairs in the index. Nothing to do where there is no index (PostgreSQL).
    """
    connection = session.connection()
    if connection.dialect.name != sqlite.DIALECT:
        yield
        return
    saved = [
        sql
        for (sql,) in connection.exec_driver_sql(
            "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name IN (?, ?, ?)"
            " ORDER BY name",
            TRIGGERS,
        )
    ]
    if len(saved) != len(TRIGGERS):  # an older schema, or triggers changed by hand: leave them
        yield
        return
    last = connection.exec_driver_sql("SELECT coalesce(max(id), 0) FROM ticket").scalar_one()
    for name in TRIGGERS:
        connection.exec_driver_sql(f"DROP TRIGGER {name}")
    yield
    rows = connection.exec_driver_sql(
        "SELECT id, search_text FROM ticket WHERE id > ? ORDER BY id", (last,)
    ).all()
    if rows:
        connection.exec_driver_sql(
            f"INSERT INTO {TABLE}(rowid, grams) VALUES (?, ?)",  # noqa: S608 - a constant
            [(ticket_id, grams(text)) for ticket_id, text in rows],
        )
    for sql in saved:
        connection.exec_driver_sql(sql)
