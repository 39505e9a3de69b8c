"""The command-line tests' database: a demo on a SQLite file, or on the test PostgreSQL server
with ``--db-backend postgresql``, and plain SQL to read it back with."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

DbTarget = Path | str  # a file, or a server URL (with its password, as --db-url takes it)


def demo_target(request: pytest.FixtureRequest, home: Path, name: str) -> DbTarget:
    """Where a module's demo goes: ``home/name`` on SQLite, a new empty server database on
    PostgreSQL (the demo builds it, as on an empty database an administrator made)."""
    if request.getfixturevalue("db_backend") != "postgresql":
        return home / name
    from tests.pg_server import url_text

    return url_text(request.getfixturevalue("pg_server").fresh(migrated=False))


class _Rows:
    def __init__(self, rows: list[tuple[Any, ...]]) -> None:
        self._rows = rows

    def fetchone(self) -> tuple[Any, ...] | None:
        return self._rows[0] if self._rows else None

    def fetchall(self) -> list[tuple[Any, ...]]:
        return self._rows


class _Reader:
    """``execute(sql, params)`` with sqlite3's ``?`` marks on either database."""

    def __init__(self, connection: Any, server: bool) -> None:
        self._connection = connection
        self._server = server

    def execute(self, sql: str, params: Sequence[Any] = ()) -> _Rows:
        if not self._server:
            return _Rows([tuple(row) for row in self._connection.execute(sql, params)])
        statement = sql.replace("%", "%%").replace("?", "%s")
        result = self._connection.exec_driver_sql(statement, tuple(params))
        return _Rows([tuple(row) for row in result])


@contextmanager
def connect(db: DbTarget) -> Iterator[_Reader]:
    """Read the test's database with plain SQL (never through the program's own code)."""
    if isinstance(db, Path):
        connection = sqlite3.connect(db)
        try:
            yield _Reader(connection, server=False)
        finally:
            connection.close()
        return
    from sqlalchemy import create_engine
    from sqlalchemy.pool import NullPool

    engine = create_engine(db, poolclass=NullPool)
    try:
        with engine.connect() as connection:
            yield _Reader(connection, server=True)
    finally:
        engine.dispose()
