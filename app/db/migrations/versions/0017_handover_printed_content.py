"""what a handover printed, kept so that a reprint is the same document

Revision ID: 0017
Revises: 0016

A handover is a snapshot of the shift at its time; rebuilding it later from the tickets as they
are now printed a different document (a new version of the serial). Each handover now keeps the
content it printed (JSON); handovers made before keep an empty value and are rebuilt for their
own window as before.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0017"
down_revision: str | Sequence[str] | None = "0016"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("handover", schema=None) as batch_op:
        batch_op.add_column(sa.Column("content", sa.Text(), nullable=False, server_default=""))
    from app.db import audit

    audit.migration_baseline(
        op.get_bind(), "0017", ("handover",), "交接班记录增加所打印内容，补打时原样输出"
    )


def downgrade() -> None:
    with op.batch_alter_table("handover", schema=None) as batch_op:
        batch_op.drop_column("content")
