"""The database health check: SQLite integrity, foreign keys, and the schema version."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from app.db.engine import Database
from app.db.migrate import current_revision, head_revision
from app.db.models import Base
from app.services.audit_check import TrailReport, verify_trail


@dataclass(frozen=True)
class Finding:
    """One line of the check's report."""

    ok: bool
    message: str


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


def check_database(path: Path) -> list[Finding]:
    """Check a database file without changing it; every problem is one finding."""
    if not Path(path).exists():
        return [Finding(False, f"数据库文件不存在：{path}")]
    database = Database.open_file(path)
    findings: list[Finding] = []
    try:
        with database.engine.connect() as connection:
            integrity = [r[0] for r in connection.execute(text("PRAGMA integrity_check"))]
            if integrity == ["ok"]:
                findings.append(Finding(True, "完整性检查：通过"))
            else:
                findings.extend(Finding(False, f"完整性检查：{line}") for line in integrity)
            broken = list(connection.execute(text("PRAGMA foreign_key_check")))
            if broken:
                findings.append(Finding(False, f"外键检查：{len(broken)} 处引用失效"))
            else:
                findings.append(Finding(True, "外键检查：通过"))
        current, head = current_revision(database), head_revision()
        if current == head:
            findings.append(Finding(True, f"数据库结构版本：{current}（最新）"))
            with database.engine.connect() as connection:
                drift = compare_metadata(MigrationContext.configure(connection), Base.metadata)
            if drift:
                findings.append(Finding(False, f"数据库结构与程序不一致：{len(drift)} 处差异"))
            with database.engine.connect() as connection:
                findings += audit_findings(verify_trail(connection))
        elif current is None:
            findings.append(Finding(False, "数据库结构版本：空数据库（尚未初始化）"))
        else:
            findings.append(
                Finding(
                    False, f"数据库结构版本：{current}，程序需要 {head}（启动程序时会自动升级）"
                )
            )
    finally:
        database.dispose()
    return findings
