"""What other workstations changed: the audit chain's head as a cheap change counter.

Every write of every workstation appends its audit record in the same transaction, so the head
moves exactly when committed data changes, and is seen only once that data is visible (a
sequence or a notification sent before the commit could be seen before the rows are).
"""

from __future__ import annotations

from sqlalchemy import select

from app.db.models.audit import AuditHead
from app.services.context import Desk


def change_mark(desk: Desk) -> int:
    """The number of the newest audit record: it grows with every committed write."""
    with desk.db.read() as session:
        return int(session.scalar(select(AuditHead.last_record_id).where(AuditHead.id == 1)) or 0)


def watches_others(desk: Desk) -> bool:
    """Whether other workstations may write this database (a server; a file has one program)."""
    return desk.db.is_server
