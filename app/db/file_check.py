"""What lies at a database path, judged before anything writes to it.

A missing file becomes a new database; the program's own file, older or current, is opened (an
older one migrated after a backup). Everything else is refused untouched: a zero-byte or blank
file (a lost database looks like that, never like a fresh install), a foreign file, a damaged one,
and one written by a newer program.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from app.db import sqlite

VERSION_TABLE = "alembic_version"


class Verdict(StrEnum):
    MISSING = "missing"
    FOLDER = "folder"
    EMPTY = "empty"  # zero bytes, or an SQLite file without a single table
    FOREIGN = "foreign"  # not SQLite, or SQLite without this program's tables
    DAMAGED = "damaged"
    NEWER = "newer"
    OLDER = "older"
    CURRENT = "current"


@dataclass(frozen=True)
class FileVerdict:
    """The verdict, the schema revision seen (if any) and what a damaged file's check found."""

    verdict: Verdict
    revision: str | None = None
    problems: tuple[str, ...] = ()


def judge(path: Path, known: list[str], head: str, verify: bool = True) -> FileVerdict:
    """Look at ``path`` read-only; ``known`` are the revisions this program can upgrade from.

    ``verify``: run SQLite's quick check over every page (about 2 s for a 560 MB file); without
    it only the schema pages are read.
    """
    state = sqlite.file_state(path)
    if state is not sqlite.FileState.SQLITE:
        return FileVerdict(Verdict(state.value))
    try:
        with sqlite.read_only(path) as connection:
            tables = sqlite.table_names(connection)
            if not tables:
                return FileVerdict(Verdict.EMPTY)
            if VERSION_TABLE not in tables:
                return FileVerdict(Verdict.FOREIGN)
            revision = _revision(connection)
            problems = sqlite.integrity_problems(connection, quick=True) if verify else []
    except sqlite3.DatabaseError as exc:  # "file is not a database", "malformed" …
        return FileVerdict(Verdict.DAMAGED, problems=(str(exc),))
    if problems:
        return FileVerdict(Verdict.DAMAGED, revision, tuple(problems))
    if revision is None:
        return FileVerdict(Verdict.FOREIGN)
    if revision == head:
        return FileVerdict(Verdict.CURRENT, revision)
    if revision in known:
        return FileVerdict(Verdict.OLDER, revision)
    return FileVerdict(Verdict.NEWER, revision)


def _revision(connection: sqlite3.Connection) -> str | None:
    row = connection.execute(f"SELECT version_num FROM {VERSION_TABLE}").fetchone()
    return str(row[0]) if row else None
