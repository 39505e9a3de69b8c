"""The program's own backups: the contract's 数据丢失 plan applied to its own database.

Automatic copies once a day when the data changed, into ``backups/`` beside the database, thinned
like Anki's; copies by hand to any place (a USB stick); every copy verified by a full integrity
check before it counts; a restore that keeps the database it replaces as ``pre-restore``.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select

from app.db import sqlite
from app.db.backup import (
    BackupError,
    CopyInfo,
    account_in_copy,
    make_copy,
    restore_copy,
    verify_copy,
)
from app.db.lock import InstanceLock
from app.db.models import DatabaseBackup, DataGeneration
from app.db.opening import open_database
from app.domain.audit.actions import DATABASE_BACKUP
from app.domain.backup_policy import KeepLimits, backup_due, obsolete
from app.domain.i18n import QT_TRANSLATE_NOOP
from app.domain.validation import clean_text
from app.services.context import GUI, Desk
from app.services.restorers import Restorer, check_restorer, record_restore_in
from app.services.settings import (
    BACKUP_AUTO,
    BACKUP_KEEP_DAILY,
    BACKUP_KEEP_MONTHLY,
    BACKUP_KEEP_WEEKLY,
    read_int,
)

__all__ = ["BackupError", "BackupInfo", "Restorer", "RestoreResult"]
AUTO = "auto"
MANUAL = "manual"
FOLDER = "backups"
SUFFIX = ".sqlite3"
STAMP = "%Y%m%d-%H%M%S"
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class BackupInfo:
    """One verified backup of this database."""

    made_at: datetime
    kind: str
    path: Path
    size_bytes: int


@dataclass(frozen=True)
class RestoreResult:
    """What a restore put in place, and where the database it replaced was kept."""

    source: Path
    target: Path
    kept: Path | None
    revision: str
    recorded: bool = True  # the audit record of the restore was written in the restored database


def backup_folder(database_path: Path) -> Path:
    """``backups/`` beside the database (the data folder's own for the default database)."""
    return Path(database_path).parent / FOLDER


def default_name(database_path: Path, now: datetime) -> str:
    """The proposed file name of a backup by hand: ``<database>-备份-<time>.sqlite3``."""
    return f"{Path(database_path).stem}-备份-{now.astimezone().strftime(STAMP)}{SUFFIX}"


def proposed_name(desk: Desk) -> str:
    """The file name a backup by hand proposes: a copy of the file, or a server's pg_dump."""
    if desk.db.is_server:
        from app.services import server_backups

        return server_backups.default_name(server_backups._url(desk.db), desk.clock.now())
    return default_name(desk.db.path or Path("desk.sqlite3"), desk.clock.now())


def _database_file(desk: Desk) -> Path:
    if desk.db.dialect != sqlite.DIALECT or desk.db.path is None:
        raise BackupError(
            QT_TRANSLATE_NOOP("backup", "此数据库不在本机文件中，请用数据库服务器的备份工具备份。")
        )
    return desk.db.path


def back_up_to(desk: Desk, out_path: Path, overwrite: bool = False) -> BackupInfo:
    """A verified copy by hand at ``out_path`` (a folder gets a file named by the time).

    On a PostgreSQL server: a pg_dump of the database (``server_backups``).
    """
    if desk.db.is_server:
        return _dump_to(desk, out_path, overwrite)
    source = _database_file(desk)
    now = desk.clock.now()
    out = Path(out_path).expanduser()
    if out.is_dir():
        out = out / default_name(source, now)
    if not out.parent.is_dir():
        raise BackupError(
            QT_TRANSLATE_NOOP("backup", "保存位置的文件夹不存在：{path}"), path=out.parent
        )
    if out.resolve() == source.resolve():
        raise BackupError(QT_TRANSLATE_NOOP("backup", "不能把数据库备份到它自己：{path}"), path=out)
    if out.exists() and not overwrite:
        raise BackupError(
            QT_TRANSLATE_NOOP("backup", "文件已存在：{path}。为免覆盖，请换一个文件名。"), path=out
        )
    copy = make_copy(source, out.resolve())
    return _record(desk, copy, MANUAL, now)


def _dump_to(desk: Desk, out_path: Path, overwrite: bool) -> BackupInfo:
    from app.services import server_backups

    now = desk.clock.now()
    out = Path(out_path).expanduser()
    if out.is_dir():
        out = out / server_backups.default_name(server_backups._url(desk.db), now)
    if not out.parent.is_dir():
        raise BackupError(
            QT_TRANSLATE_NOOP("backup", "保存位置的文件夹不存在：{path}"), path=out.parent
        )
    if out.exists() and not overwrite:
        raise BackupError(
            QT_TRANSLATE_NOOP("backup", "文件已存在：{path}。为免覆盖，请换一个文件名。"), path=out
        )
    return _record(desk, server_backups.dump_to(desk.db, out.resolve()), MANUAL, now)


def auto_backup_if_due(desk: Desk) -> BackupInfo | None:
    """Today's automatic backup, if none was made today and the data changed since the last;
    then the old automatic copies are thinned. None when nothing was due.

    Not on a PostgreSQL server: its scheduled dumps are the server's (several workstations would
    each copy the same database); backups by hand and before upgrades are pg_dumps.
    """
    if desk.db.is_server:
        return None
    source = _database_file(desk)
    if not read_int(desk, BACKUP_AUTO):
        return None
    now = desk.clock.now()
    with desk.db.read() as session:
        last = session.scalar(
            select(DatabaseBackup)
            .where(DatabaseBackup.kind == AUTO)
            .order_by(DatabaseBackup.made_at.desc())
            .limit(1)
        )
        generation = session.scalar(select(DataGeneration.value).where(DataGeneration.id == 1))
    changed = last is None or generation != last.generation
    if not backup_due(last.made_at if last else None, now, changed):
        return None
    folder = backup_folder(source)
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    stamp = now.astimezone().strftime(STAMP)
    copy = make_copy(source, folder / f"{source.stem}-auto-{stamp}{SUFFIX}")
    info = _record(desk, copy, AUTO, now)
    thin(desk)
    return info


def _record(desk: Desk, copy: CopyInfo, kind: str, now: datetime) -> BackupInfo:
    """Note the verified copy in the database; bookkeeping, not a change of the data."""
    automatic = kind == AUTO
    with desk.write(
        DATABASE_BACKUP,
        object_type="backup",
        object_label=copy.path.name,
        as_system=automatic or desk.user.is_system,  # the daily copy, or a command without login
        counts_as_change=False,
    ) as session:
        session.add(
            DatabaseBackup(
                made_at=now,
                kind=kind,
                path=str(copy.path),
                size_bytes=copy.size_bytes,
                generation=copy.generation,
                actor=desk.actor,
            )
        )
    log.info("%s backup made: %s (%d bytes, verified)", kind, copy.path, copy.size_bytes)
    return BackupInfo(now, kind, copy.path, copy.size_bytes)


def automatic_backups(database_path: Path) -> list[tuple[Path, datetime]]:
    """The automatic backup files of this database in its ``backups/`` folder, with their times."""
    pattern = re.compile(
        rf"^{re.escape(Path(database_path).stem)}-auto-(\d{{8}}-\d{{6}})\.sqlite3$"
    )
    found = []
    folder = backup_folder(database_path)
    for path in folder.iterdir() if folder.is_dir() else ():
        match = pattern.match(path.name)
        if match:
            local = datetime.strptime(match.group(1), STAMP).astimezone()
            found.append((path, local))
    return found


def keep_limits(desk: Desk) -> KeepLimits:
    return KeepLimits(
        daily=read_int(desk, BACKUP_KEEP_DAILY),
        weekly=read_int(desk, BACKUP_KEEP_WEEKLY),
        monthly=read_int(desk, BACKUP_KEEP_MONTHLY),
    )


def thin(desk: Desk) -> list[Path]:
    """Delete the automatic copies the thinning rule lets go; returns them."""
    source = _database_file(desk)
    today = desk.clock.now().astimezone().date()
    doomed = obsolete(automatic_backups(source), today, keep_limits(desk))
    for path in doomed:
        try:
            path.unlink()
        except OSError:
            log.warning("old backup could not be deleted: %s", path)
    return doomed


def last_good_backup(desk: Desk) -> BackupInfo | None:
    """The newest verified backup of this database, automatic or by hand."""
    with desk.db.read() as session:
        row = session.scalar(
            select(DatabaseBackup).order_by(DatabaseBackup.made_at.desc()).limit(1)
        )
    if row is None:
        return None
    return BackupInfo(row.made_at, row.kind, Path(row.path), row.size_bytes)


def verify_restorer(source: Path, username: str, password: str) -> Restorer:
    """The account that may restore ``source``: it must exist in that backup, active, engineer or
    administrator, with this password. Checked before anything is replaced."""
    source = Path(source).expanduser().resolve()
    verify_copy(source)  # a damaged or foreign file is said as such, not as a wrong password
    name = clean_text(username)
    return check_restorer(account_in_copy(source, name), name, password)


def restore_backup(
    source: Path,
    target: Path,
    now: datetime | None = None,
    lock_held: bool = False,
    restorer: Restorer | None = None,
    origin: str = GUI,
) -> RestoreResult:
    """Restore the backup ``source`` as the database ``target``, keeping the current file.

    The copy is verified first (the program's own, sound, not from a newer program). The current
    database, whatever its state, is moved to ``backups/<name>-pre-restore-<time>.sqlite3``.
    Refused while the program runs on ``target`` unless the caller is that program
    (``lock_held``, before its login). The restored database then records who restored what from
    which file: ``restorer`` (see ``verify_restorer``), or the program itself when None.
    """
    source = Path(source).expanduser().resolve()
    target = Path(target).expanduser().resolve()
    now = now or datetime.now(UTC)
    if source == target:
        raise BackupError(
            QT_TRANSLATE_NOOP("backup", "备份文件就是当前数据库，无需恢复：{path}"), path=source
        )
    lock = InstanceLock(target)
    if not lock_held and not lock.try_acquire():
        raise BackupError(
            QT_TRANSLATE_NOOP(
                "backup", "驻场运维台正在使用此数据库：{path}。请先退出程序，再恢复备份。"
            ),
            path=target,
        )
    try:
        folder = backup_folder(target)
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        keep_as = folder / f"{target.stem}-pre-restore-{now.astimezone().strftime(STAMP)}{SUFFIX}"
        kept, verdict = restore_copy(source, target, keep_as)
        sqlite.make_private(target)
        result = RestoreResult(source, target, kept, verdict.revision or "")
        log.info("restored %s from %s; the replaced database kept as %s", target, source, kept)
        recorded = _record_restore(result, restorer, origin, now)
    finally:
        if not lock_held:
            lock.release()
    return RestoreResult(source, target, kept, result.revision, recorded)


def _record_restore(
    result: RestoreResult, restorer: Restorer | None, origin: str, now: datetime
) -> bool:
    """Append the restore to the restored database's audit trail (migrating an older copy, as
    the next start would); False, and logged, if that fails: the restore itself stands."""
    kept = f"；原数据库保留为 {result.kept}" if result.kept else "；原来没有数据库文件"
    who = "" if restorer else "（登录前，由程序执行）"
    detail = f"从备份文件 {result.source} 恢复{who}，备份的数据库结构版本 {result.revision}{kept}"
    return record_restore_in(
        lambda: open_database(result.target, now, verify=False)[0],
        restorer,
        origin,
        now,
        result.source.name,
        detail,
    )


def file_size_text(size: int) -> str:
    """A file size for people: 5.3 MB."""
    return f"{size / 1_000_000:.1f} MB" if size >= 100_000 else f"{size / 1000:.0f} KB"
