"""Copies of the database file: made online and verified, and put back with the old one kept.

SQLite only; the checks are those of ``file_check`` (a copy is verified with the full integrity
check, not the quick one).
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from app.db import sqlite
from app.db.file_check import FileVerdict, Verdict, judge
from app.db.migrate import head_revision, known_revisions
from app.domain.i18n import QT_TRANSLATE_NOOP, MarkedError


class BackupError(MarkedError, RuntimeError):
    """A backup could not be made or a file cannot be restored; the message says why."""

    def __init__(self, template: str, **values: object) -> None:
        super().__init__("backup", template, **values)


@dataclass(frozen=True)
class CopyInfo:
    """A verified copy: where, how big, its schema revision and the data generation it holds."""

    path: Path
    size_bytes: int
    revision: str
    generation: int


_UNFIT = {
    Verdict.MISSING: QT_TRANSLATE_NOOP("backup", "备份文件不存在：{path}"),
    Verdict.FOLDER: QT_TRANSLATE_NOOP("backup", "这是一个文件夹，不是备份文件：{path}"),
    Verdict.EMPTY: QT_TRANSLATE_NOOP("backup", "备份文件是空的：{path}"),
    Verdict.FOREIGN: QT_TRANSLATE_NOOP("backup", "此文件不是驻场运维台的数据库备份：{path}"),
    Verdict.DAMAGED: QT_TRANSLATE_NOOP("backup", "备份文件已损坏，不能使用：{path}（{problem}）"),
    Verdict.NEWER: QT_TRANSLATE_NOOP(
        "backup",
        "此备份由更新版本的驻场运维台创建（数据库结构版本 {revision}），本程序只支持到 {head}，"
        "不能用它恢复。请使用新版本程序。",
    ),
}


def verify_copy(path: Path) -> FileVerdict:
    """A copy fit to restore: the program's own, sound (full integrity check), not from a newer
    program; ``BackupError`` otherwise."""
    verdict = judge(path, known_revisions(), head_revision(), verify=False)
    if verdict.verdict in (Verdict.CURRENT, Verdict.OLDER):
        try:
            with sqlite.read_only(path) as connection:
                problems = sqlite.integrity_problems(connection)
        except sqlite3.DatabaseError as exc:
            problems = [str(exc)]
        if problems:
            verdict = FileVerdict(Verdict.DAMAGED, verdict.revision, tuple(problems))
    if verdict.verdict not in (Verdict.CURRENT, Verdict.OLDER):
        raise BackupError(
            _UNFIT[verdict.verdict],
            path=path,
            problem="；".join(verdict.problems[:3]),
            revision=verdict.revision or "?",
            head=head_revision(),
        )
    return verdict


def make_copy(source: Path, destination: Path) -> CopyInfo:
    """Copy the live database ``source`` to ``destination`` (private), then verify the copy.

    A copy that fails its check is deleted; nothing half-made is left at ``destination``.
    """
    destination = Path(destination)
    try:
        sqlite.online_copy(source, destination)
    except sqlite3.Error as exc:  # the source could not be read
        raise BackupError(
            QT_TRANSLATE_NOOP("backup", "无法复制数据库：{reason}"), reason=exc
        ) from exc
    try:
        verdict = verify_copy(destination)
        with sqlite.read_only(destination) as connection:
            row = connection.execute("SELECT value FROM data_generation WHERE id = 1").fetchone()
    except BaseException:
        with contextlib.suppress(OSError):
            destination.unlink()
        raise
    return CopyInfo(
        path=destination,
        size_bytes=destination.stat().st_size,
        revision=verdict.revision or "",
        generation=int(row[0]) if row else 0,
    )


def restore_copy(source: Path, target: Path, keep_as: Path) -> tuple[Path | None, FileVerdict]:
    """Verify the copy ``source`` and put it in place of the database ``target``.

    The current file (with its write-ahead log) is moved to ``keep_as`` first, whatever state it
    is in. Returns where it went (None if there was none) and the copy's verdict. The caller
    holds the program lock.
    """
    verdict = verify_copy(source)
    target = Path(target)
    staged = target.with_name(f".{target.name}.restore-{os.getpid()}")
    sqlite.online_copy(source, staged)
    kept: Path | None = None
    try:
        if target.exists():
            keep_as.parent.mkdir(parents=True, exist_ok=True)
            _move_with_companions(target, keep_as)
            kept = keep_as
        for suffix in sqlite.COMPANIONS:  # a stale log must never be replayed on the restored file
            Path(f"{target}{suffix}").unlink(missing_ok=True)
        os.replace(staged, target)
    except BaseException:
        sqlite.remove_with_companions(staged)
        if kept is not None and not target.exists():
            _move_with_companions(kept, target)  # put the old file back as it was
        raise
    return kept, verdict


def _move_with_companions(source: Path, destination: Path) -> None:
    for suffix in ("", *sqlite.COMPANIONS):
        moving = Path(f"{source}{suffix}")
        if moving.exists():
            os.replace(moving, Path(f"{destination}{suffix}"))


@dataclass(frozen=True)
class CopyAccount:
    """An account as a backup holds it: enough to check who may restore that backup."""

    username: str
    display_name: str
    password_hash: str
    active: bool
    roles: str


def account_in_copy(path: Path, username: str) -> CopyAccount | None:
    """The account ``username`` in the copy ``path`` (read only); None if it has none, or the copy
    predates accounts."""
    try:
        with sqlite.read_only(path) as connection:
            row = connection.execute(
                "SELECT username, display_name, password_hash, active, roles FROM account"
                " WHERE username = ?",
                (username,),
            ).fetchone()
    except sqlite3.DatabaseError:  # no account table: a copy from before accounts
        return None
    if row is None:
        return None
    return CopyAccount(str(row[0]), str(row[1]), str(row[2]), bool(row[3]), str(row[4] or ""))
