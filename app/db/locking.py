"""Critical sections across workstations, the same call on both databases.

SQLite has one writer at a time (every write transaction begins IMMEDIATE), so what one write
transaction reads stays true until it commits. On PostgreSQL, writers run side by side under
READ COMMITTED; where an invariant spans rows that no single row lock covers, the transaction
takes a named advisory lock that the next writer of the same kind waits for.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from app.db import postgres


def exclusive(session: Session, name: str) -> None:
    """Hold the lock ``name`` until this write transaction ends (a no-op on SQLite)."""
    connection = session.connection()
    if connection.dialect.name == postgres.DIALECT:
        postgres.lock_for_transaction(connection, name)
