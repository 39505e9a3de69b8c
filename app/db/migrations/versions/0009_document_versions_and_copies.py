"""document register: subject, content fingerprint, version and copies; one row per copy made

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-03 11:00:00.000000

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0009"
down_revision: str | Sequence[str] | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Upgrade schema."""
    with op.batch_alter_table("document", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("subject", sa.String(length=100), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("fingerprint", sa.String(length=64), nullable=False, server_default="")
        )
        batch_op.add_column(sa.Column("version", sa.Integer(), nullable=False, server_default="1"))
        # documents made before this revision were each saved once
        batch_op.add_column(sa.Column("copies", sa.Integer(), nullable=False, server_default="1"))
        batch_op.create_index("ix_document_kind_subject", ["kind", "subject"], unique=False)
    op.create_table(
        "document_copy",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(length=50), nullable=False),
        sa.Column("how", sa.String(length=10), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("target", sa.String(length=500), nullable=False),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["document.id"],
            name=op.f("fk_document_copy_document_id_document"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_document_copy")),
    )
    with op.batch_alter_table("document_copy", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_document_copy_document_id"), ["document_id"], unique=False
        )


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table("document_copy", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_document_copy_document_id"))
    op.drop_table("document_copy")
    with op.batch_alter_table("document", schema=None) as batch_op:
        batch_op.drop_index("ix_document_kind_subject")
        batch_op.drop_column("copies")
        batch_op.drop_column("version")
        batch_op.drop_column("fingerprint")
        batch_op.drop_column("subject")
