"""Engine and sessions: write transactions that take the lock at their start, reads beside them."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import create_engine, event, text
from sqlalchemy.exc import DBAPIError, SQLAlchemyError
from sqlalchemy.orm import ORMExecuteState, Session, sessionmaker

from app.db import audit, sqlite
from app.domain.i18n import QT_TRANSLATE_NOOP, Marked, MarkedError

# Marks the connections of write transactions (SQLite: BEGIN IMMEDIATE).
WRITE_OPTION = "resident_desk_write"
_in_write = threading.local()


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


# What the database driver says, in plain words (the first match wins).
_PLAIN_REASONS = (
    (
        "database is locked",
        Marked(
            "database",
            QT_TRANSLATE_NOOP("database", "数据库正被另一个程序写入，等待超时（请稍后再试）"),
        ),
    ),
    ("database or disk is full", Marked("database", QT_TRANSLATE_NOOP("database", "磁盘空间已满"))),
    ("disk i/o error", Marked("database", QT_TRANSLATE_NOOP("database", "磁盘读写出错"))),
    (
        "readonly database",
        Marked("database", QT_TRANSLATE_NOOP("database", "数据库文件只读，无法写入")),
    ),
    (
        "malformed",
        Marked(
            "database",
            QT_TRANSLATE_NOOP("database", "数据库文件已损坏（请运行检查，必要时从备份恢复）"),
        ),
    ),
    (
        "not a database",
        Marked(
            "database",
            QT_TRANSLATE_NOOP("database", "数据库文件已损坏（请运行检查，必要时从备份恢复）"),
        ),
    ),
)


def plain_reason(error: BaseException) -> object:
    """The driver's message as plain words where it is a known cause, else as it is."""
    text = str(error).casefold()
    for needle, reason in _PLAIN_REASONS:
        if needle in text:
            return reason
    return error


def _storage_error(exc: SQLAlchemyError) -> StorageError:
    return StorageError(plain_reason(exc.orig if isinstance(exc, DBAPIError) else exc))


def sqlite_url(path: Path) -> str:
    return f"sqlite+pysqlite:///{path}"


_CHANGED = "resident_desk_changed"
_BUMP_GENERATION = text(
    "UPDATE data_generation SET value = value + 1, changed_at = :now WHERE id = 1"
)


def _note_flush(session: Session, _context: object) -> None:
    session.info[_CHANGED] = True


def _note_statement(state: ORMExecuteState) -> None:
    if state.is_insert or state.is_update or state.is_delete:
        state.session.info[_CHANGED] = True


class Database:
    """One database: its engine and a session factory. Use ``transaction()`` per user action."""

    def __init__(self, url: str, path: Path | None = None) -> None:
        self.url = url
        self.path = path
        self.engine = create_engine(url)
        self.dialect = self.engine.dialect.name
        if self.dialect == sqlite.DIALECT:
            sqlite.configure(self.engine, WRITE_OPTION)
        # The same pool; its connections begin their transactions as writers.
        self.writer = self.engine.execution_options(**{WRITE_OPTION: True})
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._write_sessions = sessionmaker(self.writer, expire_on_commit=False)
        event.listen(self._write_sessions, "after_flush", _note_flush)
        event.listen(self._write_sessions, "do_orm_execute", _note_statement)
        audit.install(self._sessions)
        audit.install(self._write_sessions)

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
    def transaction(self, counts_as_change: bool = True) -> Iterator[Session]:
        """A session whose work is committed together, or rolled back on any error.

        The one place where write transactions start: the write lock is taken at the start
        (waiting up to the busy timeout for another writer), so keep the block short and free of
        rendering and other file work. A write transaction inside another on the same thread
        would wait for itself, so it is refused. A transaction that changed data bumps the data
        generation (what "changed since the last backup" compares), unless ``counts_as_change``
        is False (the backup bookkeeping itself).
        """
        if getattr(_in_write, "active", False):
            raise RuntimeError("a write transaction is already open on this thread")
        _in_write.active = True
        try:
            with self._write_sessions() as session, session.begin():
                yield session
                if counts_as_change:
                    session.flush()
                    if session.info.pop(_CHANGED, False):
                        session.execute(_BUMP_GENERATION, {"now": datetime.now(UTC)})
        except SQLAlchemyError as exc:
            raise _storage_error(exc) from exc
        finally:
            _in_write.active = False

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
