"""accounts with roles and lockout, security settings, sign-offs, the hash-chained audit trail

Existing accounts were all engineers (the only kind there was): they stay engineers, and the
first active one (the account the first-start wizard made) is also the administrator, so that
someone can add the auditor and the client's confirmers. Each keeps its password; the password
clock starts now and a password that fails the new policy must be changed at the next login.
The audit trail starts with one baseline record fingerprinting every existing row.

Revision ID: 0007
Revises: 0005
Create Date: 2026-11-25

"""

import platform
from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

from app.db.types import UTCDateTime

# revision identifiers, used by Alembic.
revision: str = "0007"
down_revision: str | Sequence[str] | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

GENESIS_HASH = "0" * 64


def upgrade() -> None:
    """Upgrade schema."""
    # ALTER TABLE … ADD COLUMN in place: rebuilding the account table (batch mode) would break
    # the foreign keys of every row that names an account.
    op.add_column(
        "account",
        sa.Column("roles", sa.String(length=100), nullable=False, server_default="engineer"),
    )
    op.add_column(
        "account",
        sa.Column("must_change_password", sa.Boolean(), nullable=False, server_default=sa.false()),
    )
    op.add_column("account", sa.Column("password_changed_at", sa.DateTime(), nullable=True))
    op.add_column(
        "account", sa.Column("failed_logins", sa.Integer(), nullable=False, server_default="0")
    )
    op.add_column("account", sa.Column("locked_until", sa.DateTime(), nullable=True))

    op.create_table(
        "security_setting",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("password_min_length", sa.Integer(), nullable=False),
        sa.Column("password_min_classes", sa.Integer(), nullable=False),
        sa.Column("password_max_age_days", sa.Integer(), nullable=False),
        sa.Column("lockout_failures", sa.Integer(), nullable=False),
        sa.Column("lockout_minutes", sa.Integer(), nullable=False),
        sa.Column("idle_lock_minutes", sa.Integer(), nullable=False),
        sa.Column("separate_admin_auditor", sa.Boolean(), nullable=False),
        sa.Column("separate_engineer_client", sa.Boolean(), nullable=False),
        sa.Column("audit_retention_days", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_security_setting")),
    )
    op.create_table(
        "audit_record",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=True),
        sa.Column("username", sa.String(length=50), nullable=False),
        sa.Column("display_name", sa.String(length=50), nullable=False),
        sa.Column("workstation", sa.String(length=100), nullable=False),
        sa.Column("source", sa.String(length=10), nullable=False),
        sa.Column("action", sa.String(length=40), nullable=False),
        sa.Column("object_type", sa.String(length=30), nullable=False),
        sa.Column("object_label", sa.String(length=200), nullable=False),
        sa.Column("outcome", sa.String(length=10), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_record")),
    )
    with op.batch_alter_table("audit_record", schema=None) as batch_op:
        batch_op.create_index("ix_audit_record_account_id", ["account_id"], unique=False)
        batch_op.create_index("ix_audit_record_action", ["action"], unique=False)
        batch_op.create_index("ix_audit_record_at", ["at"], unique=False)
    op.create_table(
        "audit_schema",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("table_name", sa.String(length=60), nullable=False),
        sa.Column("columns", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_schema")),
    )
    op.create_table(
        "audit_change",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=False),
        sa.Column("table_name", sa.String(length=60), nullable=False),
        sa.Column("row_id", sa.Integer(), nullable=False),
        sa.Column("op", sa.String(length=10), nullable=False),
        sa.Column("schema_id", sa.Integer(), nullable=True),
        sa.Column("fields", sa.Text(), nullable=False),
        sa.Column("digest", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["record_id"],
            ["audit_record.id"],
            name=op.f("fk_audit_change_record_id_audit_record"),
        ),
        sa.ForeignKeyConstraint(
            ["schema_id"],
            ["audit_schema.id"],
            name=op.f("fk_audit_change_schema_id_audit_schema"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_change")),
    )
    with op.batch_alter_table("audit_change", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_change_record_id"), ["record_id"], unique=False)
        batch_op.create_index(
            "ix_audit_change_table_row", ["table_name", "row_id", "id"], unique=False
        )
    op.create_table(
        "audit_head",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("last_record_id", sa.Integer(), nullable=False),
        sa.Column("last_hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_head")),
    )
    op.create_table(
        "sign_off",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("subject", sa.String(length=30), nullable=False),
        sa.Column("subject_id", sa.Integer(), nullable=False),
        sa.Column("method", sa.String(length=20), nullable=False),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column("step_values", sa.Text(), nullable=False),
        sa.Column("requested_at", sa.DateTime(), nullable=False),
        sa.Column("requested_by", sa.String(length=50), nullable=False),
        sa.Column("requested_by_id", sa.Integer(), nullable=True),
        sa.Column("signer_id", sa.Integer(), nullable=True),
        sa.Column("signer_name", sa.String(length=50), nullable=False),
        sa.Column("signed_at", sa.DateTime(), nullable=True),
        sa.Column("document_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["document_id"], ["document.id"], name=op.f("fk_sign_off_document_id_document")
        ),
        sa.ForeignKeyConstraint(
            ["requested_by_id"], ["account.id"], name=op.f("fk_sign_off_requested_by_id_account")
        ),
        sa.ForeignKeyConstraint(
            ["signer_id"], ["account.id"], name=op.f("fk_sign_off_signer_id_account")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sign_off")),
    )
    with op.batch_alter_table("sign_off", schema=None) as batch_op:
        batch_op.create_index("ix_sign_off_subject", ["subject", "subject_id"], unique=False)

    _existing_accounts_and_defaults()
    _baseline()


def _existing_accounts_and_defaults() -> None:
    now = datetime.now(UTC)
    account = sa.table(
        "account",
        sa.column("id", sa.Integer()),
        sa.column("active", sa.Boolean()),
        sa.column("roles", sa.String()),
        sa.column("password_changed_at", UTCDateTime()),
    )
    op.execute(account.update().values(roles="engineer", password_changed_at=now))
    bind = op.get_bind()
    first = bind.execute(
        sa.select(account.c.id).where(account.c.active).order_by(account.c.id).limit(1)
    ).scalar()
    if first is not None:
        op.execute(account.update().where(account.c.id == first).values(roles="engineer admin"))
    settings = sa.table(
        "security_setting",
        *(
            sa.column(name, sa.Integer())
            for name in (
                "id",
                "password_min_length",
                "password_min_classes",
                "password_max_age_days",
                "lockout_failures",
                "lockout_minutes",
                "idle_lock_minutes",
                "audit_retention_days",
            )
        ),
        sa.column("separate_admin_auditor", sa.Boolean()),
        sa.column("separate_engineer_client", sa.Boolean()),
        sa.column("created_at", UTCDateTime()),
        sa.column("updated_at", UTCDateTime()),
    )
    op.execute(
        settings.insert().values(
            id=1,
            password_min_length=8,
            password_min_classes=3,
            password_max_age_days=90,
            lockout_failures=5,
            lockout_minutes=10,
            idle_lock_minutes=10,
            audit_retention_days=184,
            separate_admin_auditor=True,
            separate_engineer_client=True,
            created_at=now,
            updated_at=now,
        )
    )
    head = sa.table(
        "audit_head",
        sa.column("id", sa.Integer()),
        sa.column("last_record_id", sa.Integer()),
        sa.column("last_hash", sa.String()),
    )
    op.execute(head.insert().values(id=1, last_record_id=0, last_hash=GENESIS_HASH))


def _baseline() -> None:
    """The trail's first record: a digest of every row of every audited table that exists now."""
    from app.db import audit
    from app.domain.audit.actions import MIGRATION

    bind = op.get_bind()
    present = set(sa.inspect(bind).get_table_names())
    tables = [name for name in audit.AUDITED if name in present]
    context = audit.AuditContext(
        account_id=None,
        username="system",
        display_name="系统",
        workstation=platform.node()[:100],
        source="system",
        action=MIGRATION,
        at=datetime.now(UTC),
        object_type="database",
        object_label="0007",
        detail="审计记录开始：为已有数据建立基线",
        always=True,
    )
    audit.baseline(bind, context, tables)


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table("sign_off", schema=None) as batch_op:
        batch_op.drop_index("ix_sign_off_subject")
    op.drop_table("sign_off")
    op.drop_table("audit_head")
    with op.batch_alter_table("audit_change", schema=None) as batch_op:
        batch_op.drop_index("ix_audit_change_table_row")
        batch_op.drop_index(batch_op.f("ix_audit_change_record_id"))
    op.drop_table("audit_change")
    op.drop_table("audit_schema")
    with op.batch_alter_table("audit_record", schema=None) as batch_op:
        batch_op.drop_index("ix_audit_record_at")
        batch_op.drop_index("ix_audit_record_action")
        batch_op.drop_index("ix_audit_record_account_id")
    op.drop_table("audit_record")
    op.drop_table("security_setting")
    # ALTER TABLE … DROP COLUMN in place (SQLite ≥ 3.35), for the same reason as upgrade().
    for column in (
        "locked_until",
        "failed_logins",
        "password_changed_at",
        "must_change_password",
        "roles",
    ):
        op.execute(f"ALTER TABLE account DROP COLUMN {column}")
