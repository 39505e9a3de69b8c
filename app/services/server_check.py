"""``check`` of a database on a PostgreSQL server: read-only, every finding it can make.

The server keeps its pages and enforces every constraint on every write itself, so what SQLite's
integrity and foreign-key checks find in a file is asked of the catalogue here: constraints that
are not in force, indexes left broken, triggers that are not the program's. Then, as for a file,
the schema version, the tables against the program's models, the attachments and the audit trail.
"""

from __future__ import annotations

from sqlalchemy import Connection, text
from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from app import __version__
from app.db import postgres
from app.db.engine import Database, DatabaseOpenError
from app.db.file_check import VERSION_TABLE
from app.db.migrate import head_revision, known_revisions
from app.services.audit_check import verify_trail
from app.services.check import ATTACHMENTS_SQL, Finding, attachment_findings, audit_findings


def check_server(url: str) -> list[Finding]:
    """Check the server's database without changing it (a read-only transaction throughout)."""
    try:
        database = Database.open_url(url)
    except DatabaseOpenError as exc:
        return [Finding(False, str(exc))]
    try:
        with database.engine.connect() as connection:
            connection.execute(text("SET TRANSACTION READ ONLY"))
            version = connection.execute(text("SHOW server_version")).scalar_one()
            findings = [
                Finding(True, f"数据库服务器：PostgreSQL {version}，{database.display_name()}")
            ]
            for step in (_integrity, _schema):
                findings += _guarded(step, connection)
            connection.rollback()
    finally:
        database.dispose()
    return findings


def _guarded(step, connection: Connection) -> list[Finding]:  # type: ignore[no-untyped-def]
    try:
        return step(connection)
    except DBAPIError as exc:
        connection.rollback()
        connection.execute(text("SET TRANSACTION READ ONLY"))
        return [Finding(False, f"{_STEP_NAMES[step.__name__]}无法完成：{exc.orig}")]


_STEP_NAMES = {"_integrity": "完整性检查", "_schema": "结构版本检查"}


def _integrity(connection: Connection) -> list[Finding]:
    problems = postgres.integrity_problems(connection)
    if problems:
        return [Finding(False, f"完整性检查：{line}") for line in problems]
    count = connection.execute(
        text(
            "SELECT count(*) FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace "
            "WHERE n.nspname = current_schema() AND c.contype = 'f'"
        )
    ).scalar_one()
    return [
        Finding(True, "完整性检查：通过（约束与索引均有效，由服务器在每次写入时强制执行）"),
        Finding(True, f"外键检查：{count} 个外键约束均已生效"),
    ]


def _schema(connection: Connection) -> list[Finding]:
    tables = postgres.table_names(connection)
    if not tables:
        return [Finding(False, "数据库结构版本：空数据库（没有任何数据表）")]
    if VERSION_TABLE not in tables:
        return [Finding(False, "数据库结构版本：不是驻场运维台的数据库（没有结构版本表）")]
    current = connection.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalar()
    head = head_revision()
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
                False, f"数据库结构版本：{current}，本程序需要 {head}（打开时会先备份再自动升级）"
            )
        ]
    return [
        Finding(
            False,
            f"数据库结构版本：{current}，由更新版本的程序创建；本程序（{__version__}）"
            f"只支持到 {head}，不会打开或改动它",
        )
    ]


def _drift(connection: Connection) -> list[Finding]:
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from app.db.models import Base

    context = MigrationContext.configure(connection, opts={"compare_type": True})
    drift = compare_metadata(context, Base.metadata)
    if drift:
        return [Finding(False, f"数据库结构与程序不一致：{len(drift)} 处差异")]
    return []


def _attachments(connection: Connection) -> list[Finding]:
    streamed = connection.execution_options(stream_results=True, yield_per=1)
    return attachment_findings(streamed.execute(text(ATTACHMENTS_SQL)).tuples())


def _audit(connection: Connection) -> list[Finding]:
    try:
        return audit_findings(verify_trail(connection))
    except SQLAlchemyError as exc:
        return [Finding(False, f"审计记录检查无法完成：{exc}")]
