"""Opening a database file: a new one made whole, the program's own migrated, nothing else touched."""

from __future__ import annotations

import logging
import os
from datetime import datetime
from pathlib import Path

from sqlalchemy import URL, text

from app import __version__
from app.db import postgres, sqlite
from app.db.engine import Database, DatabaseOpenError
from app.db.file_check import VERSION_TABLE, FileVerdict, Verdict, judge
from app.db.migrate import MigrationResult, head_revision, known_revisions, upgrade
from app.domain.i18n import QT_TRANSLATE_NOOP

REFUSALS = {
    Verdict.FOLDER: QT_TRANSLATE_NOOP("database", "这是一个文件夹，不是数据库文件：{path}"),
    Verdict.EMPTY: QT_TRANSLATE_NOOP(
        "database",
        "数据库文件是空的：{path}。这通常表示数据已丢失，而不是第一次使用。程序没有改动它。"
        "请从备份恢复；如确认要在此位置新建数据库，请明确选择新建（原文件会改名保留）。",
    ),
    Verdict.FOREIGN: QT_TRANSLATE_NOOP(
        "database",
        "此文件不是驻场运维台的数据库：{path}。程序没有改动它。请检查路径；"
        "如确认要在此位置新建数据库，请明确选择新建（原文件会改名保留）。",
    ),
    Verdict.DAMAGED: QT_TRANSLATE_NOOP(
        "database",
        "数据库文件已损坏：{path}（{problem}）。程序没有改动它。请从备份恢复，"
        "或运行 resident-desk check 查看全部检查结果。",
    ),
    Verdict.NEWER: QT_TRANSLATE_NOOP(
        "database",
        "此数据库由更新版本的驻场运维台创建（数据库结构版本 {revision}），"
        "本程序（版本 {version}）只支持到结构版本 {head}。请用新版本程序打开；本程序没有改动它。",
    ),
}
log = logging.getLogger(__name__)
# What may be replaced by a new database when the user explicitly asks for one.
REPLACEABLE = (Verdict.EMPTY, Verdict.FOREIGN)


class DatabaseRefusedError(DatabaseOpenError):
    """A file the program must not open (empty, foreign, damaged, newer); ``verdict`` says which."""

    def __init__(self, path: Path, verdict: FileVerdict) -> None:
        self.path = path
        self.verdict = verdict
        super().__init__(
            REFUSALS[verdict.verdict],
            path=path,
            problem="；".join(verdict.problems[:3]),
            revision=verdict.revision or "?",
            version=__version__,
            head=head_revision(),
        )

    @property
    def replaceable(self) -> bool:
        """Whether a new database may be made here if the user explicitly chooses it."""
        return self.verdict.verdict in REPLACEABLE


def judge_path(path: Path, verify: bool = True) -> FileVerdict:
    """The verdict on ``path``, with SQLite's quick check if ``verify`` (nothing is written)."""
    return judge(path, known_revisions(), head_revision(), verify)


def open_database(
    path: Path,
    now: datetime,
    create_new: bool = False,
    may_migrate: bool = True,
    verify: bool = True,
) -> tuple[Database, MigrationResult]:
    """Open the program's database at ``path``, creating it if missing; migrate an older one.

    Refuses (``DatabaseRefusedError``) anything else; with ``create_new`` an empty or foreign
    file is renamed aside (``…set-aside-<time>``) and a new database made in its place.
    ``may_migrate`` False: an older schema is refused (the caller cannot lock the file for it).
    ``verify``: the quick integrity check over every page (the GUI's start; commands skip it).
    """
    path = Path(path).expanduser().resolve()
    verdict = judge_path(path, verify)
    if verdict.verdict in REPLACEABLE and create_new:
        set_aside(path, now)
        verdict = FileVerdict(Verdict.MISSING)
    if verdict.verdict is Verdict.MISSING:
        create_database(path, now)
    elif verdict.verdict is Verdict.OLDER and not may_migrate:
        raise DatabaseOpenError(
            QT_TRANSLATE_NOOP(
                "database",
                "数据库需要升级到本程序的结构版本，但另一个程序正在使用它：{path}。"
                "请先关闭正在运行的驻场运维台，再重试。",
            ),
            path=path,
        )
    elif verdict.verdict not in (Verdict.OLDER, Verdict.CURRENT):
        log.warning("refused to open %s: %s %s", path, verdict.verdict, verdict.revision or "")
        raise DatabaseRefusedError(path, verdict)
    database = Database.open_file(path)
    sqlite.make_private(path)
    try:
        migration = upgrade(database, now)
    except BaseException:
        database.dispose()
        raise
    if migration.from_revision != migration.to_revision:
        log.info(
            "%s migrated from %s to %s (copy before: %s)",
            path,
            migration.from_revision,
            migration.to_revision,
            migration.backup_path,
        )
    return database, migration


def judge_server(database: Database) -> FileVerdict:
    """The verdict on a server's database, as ``judge`` gives it for a file (nothing written)."""
    with database.engine.connect() as connection:
        tables = postgres.table_names(connection)
        if not tables:
            return FileVerdict(Verdict.MISSING)
        if VERSION_TABLE not in tables:
            return FileVerdict(Verdict.FOREIGN)
        revision = connection.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalar()
    if revision is None:
        return FileVerdict(Verdict.FOREIGN)
    if revision == head_revision():
        return FileVerdict(Verdict.CURRENT, revision)
    if revision in known_revisions():
        return FileVerdict(Verdict.OLDER, revision)
    return FileVerdict(Verdict.NEWER, revision)


def open_server(url: str | URL, now: datetime) -> tuple[Database, MigrationResult]:
    """Open the program's database on a PostgreSQL server: an empty database gets the schema, an
    older one is dumped (pg_dump) and migrated; anything else is refused untouched.

    Several workstations may start at once: the migration runs under a server-wide lock and the
    second one finds the work done.
    """
    database = Database.open_url(url)
    try:
        verdict = judge_server(database)
        if verdict.verdict not in (Verdict.MISSING, Verdict.OLDER, Verdict.CURRENT):
            where = database.display_name()
            log.warning("refused to open %s: %s %s", where, verdict.verdict, verdict.revision or "")
            raise DatabaseRefusedError(where, verdict)  # type: ignore[arg-type]
        migration = upgrade(database, now)
    except BaseException:
        database.dispose()
        raise
    if migration.from_revision not in (None, migration.to_revision):
        log.info(
            "%s migrated from %s to %s (dump before: %s)",
            database.display_name(),
            migration.from_revision,
            migration.to_revision,
            migration.backup_path,
        )
    return database, migration


def create_database(path: Path, now: datetime) -> None:
    """Make a new database at ``path`` whole: built under a temporary name, then linked into place.

    A crash while it is built leaves only the temporary file, never a half-made database that the
    next start would take for a lost one.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.new-{os.getpid()}")
    sqlite.remove_with_companions(partial)
    sqlite.create_private(partial)
    try:
        database = Database.open_file(partial)
        try:
            upgrade(database, now)
        finally:
            database.dispose()
        sqlite.checkpoint(partial)
        for suffix in sqlite.COMPANIONS:
            Path(f"{partial}{suffix}").unlink(missing_ok=True)
        try:
            os.link(partial, path)  # never over a file another program made meanwhile
        except FileExistsError:
            pass
        except OSError:  # a file system without hard links
            if not path.exists():
                os.replace(partial, path)
    finally:
        sqlite.remove_with_companions(partial)


def set_aside(path: Path, now: datetime) -> Path:
    """Rename a file the user chose to replace (and its companions) out of the way; kept, not lost."""
    stamp = now.astimezone().strftime("%Y%m%d-%H%M%S")  # the workstation's time, as elsewhere
    aside = path.with_name(f"{path.name}.set-aside-{stamp}")
    for suffix in ("", *sqlite.COMPANIONS):
        source = Path(f"{path}{suffix}")
        if source.exists():
            os.replace(source, Path(f"{aside}{suffix}"))
    return aside
