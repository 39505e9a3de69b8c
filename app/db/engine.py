"""Engine and sessions: write transactions that take the lock at their start, reads beside them."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import URL, create_engine, event, text
from sqlalchemy.exc import DBAPIError, SQLAlchemyError
from sqlalchemy.orm import ORMExecuteState, Session, sessionmaker

from app.db import audit, postgres, sqlite
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


# What a PostgreSQL server or the network says, in plain words.
_SERVER_REASONS = (
    (
        "password authentication failed",
        Marked("database", QT_TRANSLATE_NOOP("database", "用户名或密码不对")),
    ),
    (
        "no password supplied",
        Marked("database", QT_TRANSLATE_NOOP("database", "服务器要求密码，但没有填写")),
    ),
    (
        "does not exist",
        Marked("database", QT_TRANSLATE_NOOP("database", "服务器上没有这个数据库或用户")),
    ),
    (
        "connection refused",
        Marked(
            "database",
            QT_TRANSLATE_NOOP("database", "服务器拒绝连接（地址、端口不对或服务未启动）"),
        ),
    ),
    (
        "could not translate host name",
        Marked("database", QT_TRANSLATE_NOOP("database", "找不到这个服务器名")),
    ),
    ("timeout expired", Marked("database", QT_TRANSLATE_NOOP("database", "连接服务器超时"))),
    (
        "lock timeout",
        Marked(
            "database",
            QT_TRANSLATE_NOOP("database", "另一台工作站正在修改同一条记录，等待超时（请稍后再试）"),
        ),
    ),
    (
        "deadlock detected",
        Marked("database", QT_TRANSLATE_NOOP("database", "与另一台工作站的修改冲突（请再试一次）")),
    ),
    ("ssl", Marked("database", QT_TRANSLATE_NOOP("database", "加密连接（TLS）失败"))),
    (
        "server closed the connection",
        Marked("database", QT_TRANSLATE_NOOP("database", "与数据库服务器的连接断开")),
    ),
    (
        "consuming input failed",
        Marked("database", QT_TRANSLATE_NOOP("database", "与数据库服务器的连接断开")),
    ),
    ("no space left", Marked("database", QT_TRANSLATE_NOOP("database", "服务器磁盘空间已满"))),
)


def server_reason(error: BaseException | None) -> object:
    """A server's or the network's failure in plain words (any password in it hidden)."""
    text = str(error).casefold()
    for needle, reason in _SERVER_REASONS:
        if needle in text:
            return reason
    return postgres.display_text(str(error).strip().splitlines()[0] if str(error).strip() else "?")


def plain_reason(error: BaseException) -> object:
    """The driver's message as plain words where it is a known cause, else as it is."""
    text = str(error).casefold()
    for needle, reason in _PLAIN_REASONS:
        if needle in text:
            return reason
    return error


def _storage_error(exc: SQLAlchemyError) -> StorageError:
    error = exc.orig if isinstance(exc, DBAPIError) else exc
    if type(error).__module__.startswith("psycopg"):
        return StorageError(server_reason(error))
    return StorageError(plain_reason(error))


def sqlite_url(path: Path) -> str:
    return f"sqlite+pysqlite:///{path}"


_CHANGED = "resident_desk_changed"
_BUMP_GENERATION = text(
    "UPDATE data_generation SET value = value + 1, changed_at = :now WHERE id = 1"
)


def _bump_generation(session: Session, dialect: str) -> None:
    if dialect == postgres.DIALECT:
        session.execute(postgres.BUMP_GENERATION)  # a sequence: writers never wait for it
    else:
        session.execute(_BUMP_GENERATION, {"now": datetime.now(UTC)})


def _note_flush(session: Session, _context: object) -> None:
    session.info[_CHANGED] = True


def _note_statement(state: ORMExecuteState) -> None:
    if state.is_insert or state.is_update or state.is_delete:
        state.session.info[_CHANGED] = True


class Database:
    """One database: its engine and a session factory. Use ``transaction()`` per user action."""

    def __init__(self, url: str | URL, path: Path | None = None) -> None:
        self.url = url
        self.path = path
        server = postgres.is_server_url(url)
        self.engine = create_engine(
            url,
            connect_args=postgres.connect_args() if server else {},
            pool_pre_ping=server,
            hide_parameters=True,
        )
        self.dialect = self.engine.dialect.name
        if self.dialect == sqlite.DIALECT:
            sqlite.configure(self.engine, WRITE_OPTION)
        elif self.dialect == postgres.DIALECT:
            postgres.configure(self.engine, WRITE_OPTION)
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

    @classmethod
    def open_url(cls, url: str | URL) -> Database:
        """Connect to a PostgreSQL server (``postgresql+psycopg://…``); a clear message if not."""
        try:
            parsed = postgres.parse_url(url)
        except ValueError as exc:
            raise DatabaseOpenError(QT_TRANSLATE_NOOP("database", "{reason}"), reason=exc) from None
        database = cls(parsed)
        try:
            with database.engine.connect() as connection:
                connection.execute(text("SELECT 1")).scalar_one()
        except DBAPIError as exc:
            database.engine.dispose()
            raise DatabaseOpenError(
                QT_TRANSLATE_NOOP("database", "无法连接数据库服务器：{where}（{reason}）"),
                where=postgres.display_url(parsed),
                reason=server_reason(exc.orig),
            ) from exc
        return database

    @property
    def is_server(self) -> bool:
        return self.dialect == postgres.DIALECT

    def display_name(self) -> str:
        """Where the data is, as it may be shown and logged (never a password)."""
        return str(self.path) if self.path is not None else postgres.display_url(self.url)

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
                        _bump_generation(session, self.dialect)
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
