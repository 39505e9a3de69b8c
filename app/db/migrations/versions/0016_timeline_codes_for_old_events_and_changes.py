"""old timeline events converted to codes; change request timelines as codes with parameters

Revision ID: 0016
Revises: 0015

A change request's timeline gains a code and its parameters beside its Chinese summary, as the
ticket timeline did in 0015. Events written before codes (on tickets and on change requests)
whose Chinese wording has a known shape get the code and parameters it was made from, so they
show in the UI's language; their stored text is untouched, and events of an unknown shape stay
as text only. The rewritten rows are baselined in the audit trail.
"""

from collections.abc import Iterator, Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0016"
down_revision: str | Sequence[str] | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BATCH = 2000


def upgrade() -> None:
    with op.batch_alter_table("change_event", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("code", sa.String(length=40), nullable=False, server_default="")
        )
        batch_op.add_column(sa.Column("params", sa.Text(), nullable=False, server_default=""))
    bind = op.get_bind()
    from app.domain.tickets.timeline_text import CHANGE, TICKET

    _convert(bind, "ticket_event", TICKET)
    _convert(bind, "change_event", CHANGE)
    _baseline()


def _old_events(bind: sa.Connection, table: str) -> Iterator[list[sa.Row]]:
    """The events without a code, in batches by id (read before each batch is rewritten)."""
    last = 0
    while True:
        rows = bind.execute(
            sa.text(
                f"SELECT id, summary, details FROM {table} "  # noqa: S608 - a fixed table name
                "WHERE code = '' AND id > :last ORDER BY id LIMIT :batch"
            ),
            {"last": last, "batch": BATCH},
        ).all()
        if not rows:
            return
        yield rows
        last = rows[-1].id


def _convert(bind: sa.Connection, table: str, timeline: str) -> int:
    """Give each recognisable old event its code and parameters; returns how many."""
    from app.domain.tickets.timeline_text import legacy_text

    update = sa.text(f"UPDATE {table} SET code = :code, params = :params WHERE id = :id")  # noqa: S608
    count = 0
    for rows in _old_events(bind, table):
        changes = []
        for row in rows:
            text = legacy_text(row.summary, row.details or "", timeline)
            if text is not None:
                changes.append({"id": row.id, "code": text.code, "params": text.params_json()})
        if changes:
            bind.execute(update, changes)
        count += len(changes)
    return count


def _baseline() -> None:
    """The rows gained codes: the audit trail's new starting point for them."""
    from app.db import audit

    audit.migration_baseline(
        op.get_bind(),
        "0016",
        ("ticket_event", "change_event"),
        "旧处理记录与变更记录按原文识别出事件代码与参数（原文不变）",
    )


def downgrade() -> None:
    with op.batch_alter_table("change_event", schema=None) as batch_op:
        batch_op.drop_column("params")
        batch_op.drop_column("code")
    # Ticket events keep the codes they were given: 0015's schema has the columns, and a code
    # written by the program cannot be told apart from one this migration recognised.
