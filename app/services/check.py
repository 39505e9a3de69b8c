"""The database health check: every finding it can make, even on a damaged or foreign file.

Read-only from start to end: the file is never changed, whatever it holds. The list of findings
is meant to grow (the audit chain, the backups).
"""

from __future__ import annotations

import os
import sqlite3
import stat
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from app import __version__
from app.db import sqlite, text_index
from app.db.file_check import VERSION_TABLE
from app.db.migrate import head_revision, known_revisions
from app.domain.devices.snapshots import sha256_hex
from app.services.audit_check import TrailReport, verify_trail

if TYPE_CHECKING:
    from sqlalchemy import Engine


@dataclass(frozen=True)
class Finding:
    """One line of the check's report."""

    ok: bool
    message: str


_NOT_A_DATABASE = {
    sqlite.FileState.MISSING: "数据库文件不存在：{path}",
    sqlite.FileState.FOLDER: "这是一个文件夹，不是数据库文件：{path}",
    sqlite.FileState.EMPTY: "数据库文件是空的（0 字节）：{path}。数据可能已丢失，请从备份恢复",
    sqlite.FileState.FOREIGN: "不是 SQLite 数据库文件（文件头不符）：{path}",
}


def check_database(path: Path) -> list[Finding]:
    """Check a database file without changing it; every problem is one finding."""
    path = Path(path).expanduser()
    state = sqlite.file_state(path)
    if state is not sqlite.FileState.SQLITE:
        return [Finding(False, _NOT_A_DATABASE[state].format(path=path))]
    findings = _permissions(path)
    try:
        with sqlite.read_only(path) as connection:
            for step in (_integrity, _foreign_keys, _schema):
                findings.extend(_guarded(step, connection))
    except sqlite3.DatabaseError as exc:
        findings.append(Finding(False, f"无法打开数据库文件：{exc}"))
    return findings


def _guarded(
    step: Callable[[sqlite3.Connection], list[Finding]], connection: sqlite3.Connection
) -> list[Finding]:
    """One step's findings; a step that cannot finish on a damaged file is a finding itself."""
    try:
        return step(connection)
    except sqlite3.DatabaseError as exc:
        return [Finding(False, f"{_STEP_NAMES[step.__name__]}无法完成：{exc}")]


_STEP_NAMES = {"_integrity": "完整性检查", "_foreign_keys": "外键检查", "_schema": "结构版本检查"}


def _borrowed(connection: sqlite3.Connection) -> Engine:
    """A SQLAlchemy engine on the read-only connection (closed by its owner, not the engine)."""
    from sqlalchemy import create_engine
    from sqlalchemy.pool import StaticPool

    return create_engine("sqlite://", creator=lambda: connection, poolclass=StaticPool)


def _permissions(path: Path) -> list[Finding]:
    if os.name != "posix":  # pragma: no cover - Windows keeps the user folder's ACL
        return []
    mode = stat.S_IMODE(path.stat().st_mode)
    if mode & 0o077:
        return [Finding(False, f"文件权限：{mode:04o}，其他用户可读（应为 0600，仅本人可读写）")]
    return [Finding(True, "文件权限：仅本人可读写")]


def _integrity(connection: sqlite3.Connection) -> list[Finding]:
    try:
        problems = sqlite.integrity_problems(connection)
    except sqlite3.DatabaseError as exc:  # too damaged for one pass: table by table
        try:
            tables = _by_table(connection)
        except sqlite3.DatabaseError as schema_error:  # the list of tables itself is damaged
            return [
                Finding(
                    False,
                    f"完整性检查：整库检查中断（{exc}），数据表目录也已损坏（{schema_error}），"
                    "无法逐表检查；请从备份恢复",
                )
            ]
        return [Finding(False, f"完整性检查：整库检查中断（{exc}），逐表检查："), *tables]
    if not problems:
        return [Finding(True, "完整性检查：通过")]
    return [Finding(False, f"完整性检查：{line}") for line in problems]


def _by_table(connection: sqlite3.Connection) -> list[Finding]:
    """``integrity_check`` of each table on its own, so one damaged table hides no other."""
    findings = []
    for table in sorted(sqlite.table_names(connection)):
        try:
            rows = connection.execute(f'PRAGMA integrity_check("{table}")').fetchall()
        except sqlite3.DatabaseError as exc:
            findings.append(Finding(False, f"完整性检查：表 {table} 无法读取（{exc}）"))
            continue
        lines = [str(row[0]) for row in rows]
        if lines == ["ok"]:
            findings.append(Finding(True, f"完整性检查：表 {table} 通过"))
        else:
            findings += [Finding(False, f"完整性检查：表 {table}：{line}") for line in lines]
    return findings


def _foreign_keys(connection: sqlite3.Connection) -> list[Finding]:
    try:
        broken = connection.execute("PRAGMA foreign_key_check").fetchall()
    except sqlite3.DatabaseError:  # table by table: those still readable are checked
        broken, unreadable = [], []
        for table in sorted(sqlite.table_names(connection)):
            try:
                broken += connection.execute(f'PRAGMA foreign_key_check("{table}")').fetchall()
            except sqlite3.DatabaseError:
                unreadable.append(table)
        if unreadable:
            return [Finding(False, f"外键检查：{'、'.join(unreadable)} 无法读取"), *_broken(broken)]
    return _broken(broken) or [Finding(True, "外键检查：通过")]


def _broken(rows: list) -> list[Finding]:
    if not rows:
        return []
    tables = "、".join(sorted({str(row[0]) for row in rows}))
    return [Finding(False, f"外键检查：{len(rows)} 处引用失效（{tables}）")]


def _schema(connection: sqlite3.Connection) -> list[Finding]:
    tables = sqlite.table_names(connection)
    if not tables:
        return [Finding(False, "数据库结构版本：空数据库（没有任何数据表）")]
    if VERSION_TABLE not in tables:
        return [Finding(False, "数据库结构版本：不是驻场运维台的数据库（没有结构版本表）")]
    row = connection.execute(f"SELECT version_num FROM {VERSION_TABLE}").fetchone()
    current, head = (str(row[0]) if row else None), head_revision()
    if current == head:
        return [
            Finding(True, f"数据库结构版本：{current}（最新）"),
            *_drift(connection),
            *_attachments(connection),
            *_audit(connection),
        ]
    if current is None:
        return [Finding(False, "数据库结构版本：空数据库（尚未初始化）")]
    if current in known_revisions():
        return [
            Finding(
                False,
                f"数据库结构版本：{current}，本程序需要 {head}（打开时会先备份再自动升级）",
            )
        ]
    return [
        Finding(
            False,
            f"数据库结构版本：{current}，由更新版本的程序创建；本程序（{__version__}）"
            f"只支持到 {head}，不会打开或改动它",
        )
    ]


def _drift(connection: sqlite3.Connection) -> list[Finding]:
    """Tables and columns that differ from what the program's models expect."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from app.db.models import Base

    with _borrowed(connection).connect() as sa_connection:
        context = MigrationContext.configure(
            sa_connection, opts={"include_name": text_index.outside_models}
        )
        drift = compare_metadata(context, Base.metadata)
    if drift:
        return [Finding(False, f"数据库结构与程序不一致：{len(drift)} 处差异")]
    return []


def _audit(connection: sqlite3.Connection) -> list[Finding]:
    """The audit trail: its hash chain, then every audited row against its last record."""
    from sqlalchemy.exc import DatabaseError

    try:
        with _borrowed(connection).connect() as sa_connection:
            return audit_findings(verify_trail(sa_connection))
    except DatabaseError as exc:  # damaged pages: the trail cannot be read to its end
        return [Finding(False, f"审计记录检查无法完成：{exc.orig}")]


def audit_findings(report: TrailReport) -> list[Finding]:
    """The audit trail's lines of the report: the chain, then the rows."""
    findings: list[Finding] = []
    if report.chain_ok:
        since = (
            f"，最早一条 {report.first_at.astimezone():%Y-%m-%d %H:%M}" if report.first_at else ""
        )
        findings.append(
            Finding(
                True,
                f"审计记录：{report.records} 条（{report.changes} 项变更）哈希链完整{since}，"
                f"链头 {report.head_code}",
            )
        )
    findings += [Finding(False, p.message) for p in report.problems if p.kind in ("chain", "head")]
    row_problems = [p for p in report.problems if p.kind not in ("chain", "head")]
    if not report.row_problems:
        findings.append(Finding(True, f"受审计的数据：{report.rows} 行均与最后的审计记录一致"))
    else:
        findings += [Finding(False, p.message) for p in row_problems]
        hidden = report.row_problems - len(row_problems)
        more = f"（以上列出前 {len(row_problems)} 处）" if hidden else ""
        findings.append(
            Finding(False, f"受审计的数据：{report.row_problems} 处与审计记录不符{more}")
        )
    return findings


ATTACHMENTS_SQL = (
    "SELECT a.file_name, a.sha256, d.data FROM attachment a "
    "LEFT JOIN attachment_data d ON d.attachment_id = a.id"
)


def _attachments(connection: sqlite3.Connection) -> list[Finding]:
    """Every stored file against the SHA-256 taken when it was attached (none: no finding)."""
    return attachment_findings(connection.execute(ATTACHMENTS_SQL))  # one row at a time


def attachment_findings(rows: Iterable[tuple[str, str, bytes | None]]) -> list[Finding]:
    """Judge (file name, SHA-256 at attaching, stored bytes) rows, read one at a time."""
    damaged, count = [], 0
    for name, expected, data in rows:
        count += 1
        if data is None or sha256_hex(bytes(data)) != expected:
            damaged.append(name)
    if not count:
        return []
    if damaged:
        names = "、".join(damaged[:5]) + ("……" if len(damaged) > 5 else "")
        return [Finding(False, f"附件校验：{len(damaged)} 个文件与登记的 SHA-256 不符：{names}")]
    return [Finding(True, f"附件校验：{count} 个文件，SHA-256 全部一致")]
