"""ticket origin (found tickets), defect-form fields, handover records with acceptance

Revision ID: 0008
Revises: 0007

Tickets opened for a failed inspection line become "巡检发现" (found by the engineer), so their
response and arrival are met at logging; the response and arrival escalations those tickets got
are dropped and their level recounted. The defect form's new fields (接报人, asset number,
保内/保外, 遗留问题) are added; 接报人 of an existing ticket is whoever logged it. Handovers get
their own table with the incoming engineer's acceptance.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | Sequence[str] | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

FOUND = "('inspection', 'discovery', 'monitoring')"


def upgrade() -> None:
    with op.batch_alter_table("ticket", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("call_taker", sa.String(length=50), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("asset_number", sa.String(length=60), nullable=False, server_default="")
        )
        batch_op.add_column(sa.Column("warranty", sa.String(length=10), nullable=True))
        batch_op.add_column(sa.Column("outstanding", sa.Text(), nullable=False, server_default=""))
    op.execute(
        "UPDATE ticket SET channel = 'inspection' WHERE id IN "
        "(SELECT ticket_id FROM inspection_run_item WHERE ticket_id IS NOT NULL)"
    )
    op.execute(
        "UPDATE ticket SET call_taker = COALESCE((SELECT e.actor FROM ticket_event e "
        "WHERE e.ticket_id = ticket.id AND e.kind = 'created' ORDER BY e.id LIMIT 1), '')"
    )
    op.execute(
        "DELETE FROM escalation WHERE clock IN ('response', 'arrival') AND ticket_id IN "
        f"(SELECT id FROM ticket WHERE channel IN {FOUND})"
    )
    op.execute(
        "UPDATE ticket SET escalation_level = (SELECT COUNT(*) FROM escalation e "
        f"WHERE e.ticket_id = ticket.id) WHERE channel IN {FOUND}"
    )
    op.execute(
        f"UPDATE ticket SET response_due_at = NULL, arrival_due_at = NULL WHERE channel IN {FOUND}"
    )
    op.create_table(
        "handover",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("from_engineer", sa.String(length=50), nullable=False),
        sa.Column("to_engineer", sa.String(length=50), nullable=False),
        sa.Column("shift_start", sa.DateTime(), nullable=False),
        sa.Column("shift_end", sa.DateTime(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("accepted_at", sa.DateTime(), nullable=True),
        sa.Column("accepted_account_id", sa.Integer(), nullable=True),
        sa.Column("accepted_by", sa.String(length=50), nullable=False),
        sa.Column("acceptance_remarks", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["accepted_account_id"],
            ["account.id"],
            name=op.f("fk_handover_accepted_account_id_account"),
        ),
        sa.ForeignKeyConstraint(
            ["document_id"], ["document.id"], name=op.f("fk_handover_document_id_document")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_handover")),
        sa.UniqueConstraint("document_id", name=op.f("uq_handover_document_id")),
    )
    with op.batch_alter_table("handover", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_handover_shift_end"), ["shift_end"], unique=False)
    _baseline()


def _baseline() -> None:
    """The audit trail's new starting point for the ticket rows and escalations rewritten here."""
    from app.db import audit

    audit.migration_baseline(
        op.get_bind(),
        "0008",
        ("ticket", "escalation"),
        "工单来源迁移：巡检发现的工单不计响应与到场",
    )


def downgrade() -> None:
    with op.batch_alter_table("handover", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_handover_shift_end"))
    op.drop_table("handover")
    op.execute(f"UPDATE ticket SET channel = 'onsite' WHERE channel IN {FOUND}")
    with op.batch_alter_table("ticket", schema=None) as batch_op:
        batch_op.drop_column("outstanding")
        batch_op.drop_column("warranty")
        batch_op.drop_column("asset_number")
        batch_op.drop_column("call_taker")
