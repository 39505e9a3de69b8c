"""SQLite's own ways, kept in one place: pragmas, BEGIN IMMEDIATE, online copies, checks, 0600 files.

Everything here is for the embedded SQLite file; a PostgreSQL server gets its counterparts beside
these functions (``Database.dialect`` says which applies).
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, event

DIALECT = "sqlite"
BUSY_TIMEOUT_MS = 5000
HEADER = b"SQLite format 3\x00"
PRIVATE = 0o600  # the contract calls the workstation's data 涉密: owner only
COMPANIONS = ("-wal", "-shm", "-journal")


def configure(engine: Engine, write_option: str) -> None:
    """Pragmas on every connection; ``BEGIN IMMEDIATE`` for connections marked ``write_option``.

    A deferred BEGIN that reads and then writes fails at once with "database is locked" when
    another connection writes (the busy timeout never applies); IMMEDIATE takes the write lock at
    the start and waits up to the busy timeout for it.
    """

    @event.listens_for(engine, "connect")
    def on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        # Let SQLAlchemy's "begin" event issue BEGIN, so transactions are real ones.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def on_begin(connection: Any) -> None:
        immediate = connection.get_execution_options().get(write_option, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


class FileState(StrEnum):
    """What lies at a database path before anything opens it."""

    MISSING = "missing"
    EMPTY = "empty"  # zero bytes: a lost database looks like this, never a fresh install
    SQLITE = "sqlite"
    FOREIGN = "foreign"  # not an SQLite file at all
    FOLDER = "folder"


def file_state(path: Path) -> FileState:
    """Look at the file's first bytes only (nothing is created or changed)."""
    if not path.exists():
        return FileState.MISSING
    if path.is_dir():
        return FileState.FOLDER
    with open(path, "rb") as handle:
        head = handle.read(len(HEADER))
    if not head:
        return FileState.EMPTY
    return FileState.SQLITE if head == HEADER else FileState.FOREIGN


@contextlib.contextmanager
def read_only(path: Path) -> Iterator[sqlite3.Connection]:
    """A read-only connection that changes nothing (for checks and copies).

    Without a write-ahead log beside the file everything is in the file itself, so it is read as
    immutable: no -wal or -shm file is created beside a file that may not even be ours.
    """
    path = Path(path).resolve()
    immutable = "" if Path(f"{path}-wal").exists() else "&immutable=1"
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro{immutable}", uri=True)
    try:
        connection.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        yield connection
    finally:
        connection.close()


def integrity_problems(connection: sqlite3.Connection, quick: bool = False) -> list[str]:
    """What ``PRAGMA integrity_check`` (or the faster ``quick_check``) finds; [] when sound."""
    pragma = "quick_check" if quick else "integrity_check(1000)"
    lines = [str(row[0]) for row in connection.execute(f"PRAGMA {pragma}")]
    return [] if lines == ["ok"] else lines


def table_names(connection: sqlite3.Connection) -> set[str]:
    return {
        row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
    }


def create_private(path: Path) -> None:
    """Create an empty file readable by its owner only (SQLite's -wal/-shm copy its mode)."""
    if os.name == "posix":
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE))
    else:  # pragma: no cover - Windows keeps the user folder's ACL
        path.touch(exist_ok=False)


def make_private(path: Path) -> None:
    """Take group and other access away from a database and its companion files (best effort)."""
    if os.name != "posix":  # pragma: no cover
        return
    for name in (str(path), *(str(path) + suffix for suffix in COMPANIONS)):
        with contextlib.suppress(OSError):  # not there, or not ours to change
            if os.stat(name).st_mode & 0o077:
                os.chmod(name, PRIVATE)


def online_copy(source: Path, destination: Path) -> Path:
    """A consistent copy of a live database through SQLite's backup API (one step, pages=-1).

    Written to a private temporary name, synced, then renamed: a crash never leaves half a copy.
    """
    destination = Path(destination)
    partial = destination.with_name(f".{destination.name}.partial-{os.getpid()}")
    remove_with_companions(partial)
    create_private(partial)
    try:
        with read_only(source) as src:
            dst = sqlite3.connect(partial)
            try:
                src.backup(dst, pages=-1)
                dst.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
            finally:
                dst.close()
        _fsync(partial)
        os.replace(partial, destination)
    except BaseException:
        remove_with_companions(partial)
        raise
    return destination


def copy_into(source: Path, target: Path) -> None:
    """Replace the contents of the database ``target`` with ``source``'s, through SQLite.

    Other connections to ``target`` wait (busy timeout) and then see the copied contents.
    """
    with read_only(source) as src:
        dst = sqlite3.connect(target)
        try:
            dst.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            src.backup(dst, pages=-1)
        finally:
            dst.close()


def checkpoint(path: Path) -> None:
    """Fold the write-ahead log into the file and empty it (before a file-level move)."""
    connection = sqlite3.connect(path)
    try:
        connection.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        connection.close()


def remove_with_companions(path: Path) -> None:
    for name in (str(path), *(str(path) + suffix for suffix in COMPANIONS)):
        Path(name).unlink(missing_ok=True)


def _fsync(path: Path) -> None:
    with open(path, "rb") as handle:
        os.fsync(handle.fileno())
