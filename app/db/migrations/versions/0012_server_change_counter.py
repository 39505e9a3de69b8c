"""on a PostgreSQL server, the backup schedule's change counter is a sequence (writers never wait)

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-03 14:40:00

"""

from collections.abc import Sequence

from alembic import op

revision: str = "0012"
down_revision: str | Sequence[str] | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """A sequence beside ``data_generation`` on PostgreSQL, starting from its value.

    Every write transaction bumps the counter; an UPDATE of one row would make every writer of
    every workstation wait for the one before it to commit. SQLite has one writer anyway and
    keeps the row.
    """
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("CREATE SEQUENCE data_generation_seq MINVALUE 0 START WITH 0")
    op.execute(
        "SELECT setval('data_generation_seq', "
        "COALESCE((SELECT value FROM data_generation WHERE id = 1), 0), true)"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP SEQUENCE IF EXISTS data_generation_seq")
