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
from app.domain.devices.snapshots import sha256_hex


@dataclass(frozen=True)
class Finding:
    """One line of the check's report."""

    ok: bool
    message: str


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
            findings.extend(_attachments(database))
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


def _attachments(database: Database) -> list[Finding]:
    """Every stored file against the SHA-256 taken when it was attached (none: no finding)."""
    damaged, count = [], 0
    with database.engine.connect() as connection:
        rows = connection.execute(
            text(
                "SELECT a.file_name, a.sha256, d.data FROM attachment a "
                "LEFT JOIN attachment_data d ON d.attachment_id = a.id"
            )
        )
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
