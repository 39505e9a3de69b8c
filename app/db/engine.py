"""Engine and sessions: SQLite with foreign keys, WAL, synchronous=FULL and real transactions."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.exc import DBAPIError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from app.db import audit
from app.domain.i18n import QT_TRANSLATE_NOOP, MarkedError


class DatabaseOpenError(MarkedError, RuntimeError):
    """The database file cannot be opened or written; the message says why, in Chinese."""

    def __init__(self, template: str, **values: object) -> None:
        super().__init__("database", template, **values)


class StorageError(MarkedError, RuntimeError):
    """A database read or write failed (locked, disk full, I/O error); nothing was saved."""

    def __init__(self, reason: object) -> None:
        super().__init__(
            "database", QT_TRANSLATE_NOOP("database", "数据库操作失败：{reason}"), reason=reason
        )


def _storage_error(exc: SQLAlchemyError) -> StorageError:
    return StorageError(exc.orig if isinstance(exc, DBAPIError) else exc)


def sqlite_url(path: Path) -> str:
    return f"sqlite+pysqlite:///{path}"


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        # Let SQLAlchemy's "begin" event issue BEGIN, so transactions are real ones.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=5000")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def on_begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN")


class Database:
    """One database: its engine and a session factory. Use ``transaction()`` per user action."""

    def __init__(self, url: str, path: Path | None = None) -> None:
        self.url = url
        self.path = path
        self.engine = create_engine(url)
        if self.engine.dialect.name == "sqlite":
            _configure_sqlite(self.engine)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        audit.install(self._sessions)

    @classmethod
    def open_file(cls, path: Path) -> Database:
        """Open (creating if needed) a SQLite file, with a clear message if that is impossible."""
        path = Path(path).expanduser().resolve()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DatabaseOpenError(
                QT_TRANSLATE_NOOP("database", "无法创建数据库所在的文件夹：{path}（{reason}）"),
                path=path.parent,
                reason=exc.strerror or exc,
            ) from exc
        if path.exists() and not _writable(path):
            raise DatabaseOpenError(
                QT_TRANSLATE_NOOP("database", "数据库文件不可写：{path}。请检查文件权限。"),
                path=path,
            )
        database = cls(sqlite_url(path), path)
        try:
            with database.engine.connect() as connection:
                connection.execute(text("SELECT count(*) FROM sqlite_master")).scalar_one()
        except DBAPIError as exc:
            database.engine.dispose()
            raise DatabaseOpenError(
                QT_TRANSLATE_NOOP(
                    "database",
                    "无法打开数据库文件：{path}（{reason}）。它可能不是本程序的数据库或已损坏。",
                ),
                path=path,
                reason=exc.orig,
            ) from exc
        return database

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session whose work is committed together, or rolled back on any error."""
        try:
            with self._sessions() as session, session.begin():
                yield session
        except SQLAlchemyError as exc:
            raise _storage_error(exc) from exc

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading; nothing it does is committed.

        Closing ends the transaction but leaves loaded objects readable (detached, not expired).
        """
        try:
            with self._sessions() as session:
                session.info[audit.READ_ONLY] = True
                yield session
        except SQLAlchemyError as exc:
            raise _storage_error(exc) from exc

    def dispose(self) -> None:
        self.engine.dispose()


def _writable(path: Path) -> bool:
    try:
        with open(path, "r+b"):
            return True
    except OSError:
        return False
