"""ticket text index: bigrams of every ticket's search text in an FTS5 table kept by triggers
(SQLite; nothing on PostgreSQL, where the free-text filter stays a plain LIKE)

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-10

"""

from collections.abc import Sequence

from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0013"
down_revision: str | Sequence[str] | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _pairs(text: str) -> str:
    """SQL for the space-separated pairs of neighbouring characters of ``text`` (an expression).

    Written out here rather than imported, so this migration stays what it was when it ran.
    """
    return (
        "(WITH RECURSIVE position(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM position"
        f" WHERE n < length({text}) - 1)"
        f" SELECT coalesce(group_concat(substr({text}, n, 2), ' '), '') FROM position)"
    )


TRIGGERS = (
    f"""CREATE TRIGGER ticket_text_insert AFTER INSERT ON ticket BEGIN
        INSERT INTO ticket_text(rowid, grams) VALUES (new.id, {_pairs("new.search_text")});
    END""",
    f"""CREATE TRIGGER ticket_text_delete AFTER DELETE ON ticket BEGIN
        INSERT INTO ticket_text(ticket_text, rowid, grams)
        VALUES ('delete', old.id, {_pairs("old.search_text")});
    END""",
    f"""CREATE TRIGGER ticket_text_update AFTER UPDATE OF search_text ON ticket
    WHEN old.search_text IS NOT new.search_text BEGIN
        INSERT INTO ticket_text(ticket_text, rowid, grams)
        VALUES ('delete', old.id, {_pairs("old.search_text")});
        INSERT INTO ticket_text(rowid, grams) VALUES (new.id, {_pairs("new.search_text")});
    END""",
)


def upgrade() -> None:
    """Upgrade schema."""
    if op.get_bind().dialect.name != "sqlite":
        return
    # Contentless (the text is in ticket.search_text already), tokens only (no positions): a
    # query asks whether a pair occurs, never where.
    op.execute(
        "CREATE VIRTUAL TABLE ticket_text USING fts5("
        "grams, content='', tokenize='ascii', detail='none')"
    )
    op.execute(
        f"INSERT INTO ticket_text(rowid, grams) SELECT id, {_pairs('search_text')} FROM ticket"
    )
    for trigger in TRIGGERS:
        op.execute(trigger)


def downgrade() -> None:
    """Downgrade schema."""
    if op.get_bind().dialect.name != "sqlite":
        return
    for name in ("ticket_text_update", "ticket_text_delete", "ticket_text_insert"):
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP TABLE IF EXISTS ticket_text")
