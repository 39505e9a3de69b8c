"""timeline events as codes with parameters; whom an acknowledged escalation reached

Revision ID: 0015
Revises: 0014

Every ticket event gets a code and its parameters (JSON) beside its Chinese summary, so the GUI
shows it in the UI's language; events written before keep an empty code and are shown from the
code their Chinese text matches (app/domain/tickets/timeline_text.py), their stored text
untouched. An escalation's acknowledgement records whom the engineer reached, how, and what was
agreed (empty for those acknowledged before).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0015"
down_revision: str | Sequence[str] | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("ticket_event", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("code", sa.String(length=40), nullable=False, server_default="")
        )
        batch_op.add_column(sa.Column("params", sa.Text(), nullable=False, server_default=""))
    with op.batch_alter_table("escalation", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("reached_name", sa.String(length=50), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("reached_method", sa.String(length=20), nullable=False, server_default="")
        )
        batch_op.add_column(sa.Column("agreed", sa.Text(), nullable=False, server_default=""))
    _baseline()


def _baseline() -> None:
    """The rows gained columns: the audit trail's new starting point for them."""
    from app.db import audit

    audit.migration_baseline(
        op.get_bind(),
        "0015",
        ("ticket_event", "escalation"),
        "处理记录增加事件代码与参数，逐级上报确认增加联系对象、方式与商定内容",
    )


def downgrade() -> None:
    with op.batch_alter_table("escalation", schema=None) as batch_op:
        batch_op.drop_column("agreed")
        batch_op.drop_column("reached_method")
        batch_op.drop_column("reached_name")
    with op.batch_alter_table("ticket_event", schema=None) as batch_op:
        batch_op.drop_column("params")
        batch_op.drop_column("code")
