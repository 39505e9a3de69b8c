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

from sqlalchemy import column, select, table
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
