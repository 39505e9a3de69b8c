"""change requests with their devices and timeline, follow-up visits, improvement advice;
upgrades linked to the change request they implement

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-03 14:09:01.477481

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0014"
down_revision: str | Sequence[str] | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _stamps() -> list[sa.Column]:
    return [
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
    ]


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table(
        "improvement_advice",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("period", sa.String(length=7), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("owner", sa.String(length=50), nullable=False),
        sa.Column("deadline", sa.Date(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("status_note", sa.Text(), nullable=False),
        sa.Column("recorded_by", sa.String(length=50), nullable=False),
        *_stamps(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_improvement_advice")),
    )
    with op.batch_alter_table("improvement_advice", schema=None) as batch_op:
        batch_op.create_index("ix_improvement_advice_period", ["period"], unique=False)

    op.create_table(
        "change_request",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=20), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column("title", sa.String(length=100), nullable=False),
        sa.Column("requester", sa.String(length=50), nullable=False),
        sa.Column("requester_department", sa.String(length=100), nullable=False),
        sa.Column("system_id", sa.Integer(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("effort_days", sa.Float(), nullable=False),
        sa.Column("required_approver", sa.String(length=20), nullable=False),
        sa.Column("impact", sa.Text(), nullable=False),
        sa.Column("plan", sa.Text(), nullable=False),
        sa.Column("rollback_plan", sa.Text(), nullable=False),
        sa.Column("window_start", sa.DateTime(), nullable=True),
        sa.Column("window_end", sa.DateTime(), nullable=True),
        sa.Column("charge", sa.String(length=10), nullable=False),
        sa.Column("ticket_id", sa.Integer(), nullable=True),
        sa.Column("requested_at", sa.DateTime(), nullable=False),
        sa.Column("registered_by", sa.String(length=50), nullable=False),
        sa.Column("submitted_at", sa.DateTime(), nullable=True),
        sa.Column("approved_level", sa.String(length=20), nullable=True),
        sa.Column("decided_by", sa.String(length=50), nullable=False),
        sa.Column("decided_at", sa.DateTime(), nullable=True),
        sa.Column("decision_note", sa.Text(), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=True),
        sa.Column("finished_at", sa.DateTime(), nullable=True),
        sa.Column("result_note", sa.Text(), nullable=False),
        sa.Column("confirmed_at", sa.DateTime(), nullable=True),
        sa.Column("confirmed_by", sa.String(length=50), nullable=False),
        sa.Column("cancel_reason", sa.Text(), nullable=False),
        *_stamps(),
        sa.ForeignKeyConstraint(
            ["system_id"],
            ["maintained_system.id"],
            name=op.f("fk_change_request_system_id_maintained_system"),
        ),
        sa.ForeignKeyConstraint(
            ["ticket_id"],
            ["ticket.id"],
            name=op.f("fk_change_request_ticket_id_ticket"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_change_request")),
        sa.UniqueConstraint("number", name=op.f("uq_change_request_number")),
    )
    with op.batch_alter_table("change_request", schema=None) as batch_op:
        batch_op.create_index("ix_change_request_requested_at", ["requested_at"], unique=False)
        batch_op.create_index("ix_change_request_state", ["state"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_change_request_ticket_id"), ["ticket_id"], unique=False
        )

    op.create_table(
        "follow_up",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("ticket_id", sa.Integer(), nullable=True),
        sa.Column("quarter", sa.String(length=6), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("way", sa.String(length=20), nullable=False),
        sa.Column("contact", sa.String(length=100), nullable=False),
        sa.Column("satisfaction", sa.String(length=20), nullable=True),
        sa.Column("comments", sa.Text(), nullable=False),
        sa.Column("recurred", sa.Boolean(), nullable=False),
        sa.Column("complaint", sa.Text(), nullable=False),
        sa.Column("complaint_result", sa.Text(), nullable=False),
        sa.Column("complaint_closed_at", sa.DateTime(), nullable=True),
        sa.Column("recorded_by", sa.String(length=50), nullable=False),
        *_stamps(),
        sa.ForeignKeyConstraint(
            ["ticket_id"],
            ["ticket.id"],
            name=op.f("fk_follow_up_ticket_id_ticket"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_follow_up")),
    )
    with op.batch_alter_table("follow_up", schema=None) as batch_op:
        batch_op.create_index("ix_follow_up_at", ["at"], unique=False)
        batch_op.create_index(batch_op.f("ix_follow_up_ticket_id"), ["ticket_id"], unique=False)

    op.create_table(
        "change_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("change_request_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(length=50), nullable=False),
        sa.Column("step", sa.String(length=20), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("details", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["change_request_id"],
            ["change_request.id"],
            name=op.f("fk_change_event_change_request_id_change_request"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_change_event")),
    )
    with op.batch_alter_table("change_event", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_change_event_change_request_id"), ["change_request_id"], unique=False
        )

    op.create_table(
        "change_request_device",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("change_request_id", sa.Integer(), nullable=False),
        sa.Column("device_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["change_request_id"],
            ["change_request.id"],
            name=op.f("fk_change_request_device_change_request_id_change_request"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["device_id"], ["device.id"], name=op.f("fk_change_request_device_device_id_device")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_change_request_device")),
        sa.UniqueConstraint(
            "change_request_id",
            "device_id",
            name=op.f("uq_change_request_device_change_request_id"),
        ),
    )
    with op.batch_alter_table("change_request_device", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_change_request_device_device_id"), ["device_id"], unique=False
        )

    # SQLite rebuilds upgrade to add the link; app.db.migrate keeps foreign keys off meanwhile.
    with op.batch_alter_table("upgrade", schema=None) as batch_op:
        batch_op.add_column(sa.Column("change_request_id", sa.Integer(), nullable=True))
        batch_op.create_index(
            batch_op.f("ix_upgrade_change_request_id"), ["change_request_id"], unique=False
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_upgrade_change_request_id_change_request"),
            "change_request",
            ["change_request_id"],
            ["id"],
            ondelete="SET NULL",
        )
    _baseline()


def _baseline() -> None:
    """The audit trail's new starting point for the upgrade rows this migration rebuilt."""
    from app.db import audit

    audit.migration_baseline(
        op.get_bind(),
        "0014",
        ("upgrade",),
        "需求变更迁移：升级记录增加关联需求变更一栏",
    )


def downgrade() -> None:
    """Downgrade schema (run with foreign keys off, as app.db.migrate does)."""
    with op.batch_alter_table("upgrade", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_upgrade_change_request_id_change_request"), type_="foreignkey"
        )
        batch_op.drop_index(batch_op.f("ix_upgrade_change_request_id"))
        batch_op.drop_column("change_request_id")
    for table in (
        "change_request_device",
        "change_event",
        "follow_up",
        "change_request",
        "improvement_advice",
    ):
        op.drop_table(table)
