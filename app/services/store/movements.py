"""Recording stock movements inside a transaction: the one place stock may change."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.models import Ticket
from app.db.models.store import Part, PartSerial, StockMovement
from app.domain.i18n import QT_TRANSLATE_NOOP
from app.domain.store.inventory import (
    MovementKind,
    StockError,
    check_available,
    check_serial_move,
    serial_in_stock,
    signed_quantity,
)
from app.domain.tickets.timeline_text import EventText
from app.services.timeline import new_event


class PartNotFoundError(StockError):
    """No part with that id or code."""

    def __init__(self, ref: object) -> None:
        super().__init__(QT_TRANSLATE_NOOP("store", "备件目录中没有 {ref}"), ref=ref)


def lock_part(session: Session, part_id: int) -> None:
    """Hold the part's row until the transaction ends, so that no other workstation moves its
    stock in between: the check "never below zero" and the movement it allows are one step.
    (A PostgreSQL row lock, ``SELECT … FOR UPDATE``; SQLite's one writer holds everything.)"""
    session.execute(select(Part.id).where(Part.id == part_id).with_for_update())


def on_hand(session: Session, part_id: int) -> int:
    """The stock of a part: the sum of its movements."""
    total = session.scalar(
        select(func.coalesce(func.sum(StockMovement.quantity), 0)).where(
            StockMovement.part_id == part_id
        )
    )
    return int(total or 0)


def serial_is_in_stock(session: Session, serial_id: int) -> bool:
    quantities = session.scalars(
        select(StockMovement.quantity).where(StockMovement.serial_id == serial_id)
    )
    return serial_in_stock(quantities)


def get_part(session: Session, ref: int | str) -> Part:
    """A part by id or by code (spaces and case ignored)."""
    if isinstance(ref, int):
        part = session.get(Part, ref)
    else:
        code = "".join(str(ref).split()).upper()
        part = session.scalar(select(Part).where(Part.code == code))
    if part is None:
        raise PartNotFoundError(ref)
    return part


def find_serial(session: Session, part: Part, serial: str, create: bool = False) -> PartSerial:
    """A serial of ``part``; created on stock-in when new."""
    text = "".join(serial.split())
    if not text:
        raise StockError(QT_TRANSLATE_NOOP("store", "请填写序列号（{code}）"), code=part.code)
    found = session.scalar(
        select(PartSerial).where(PartSerial.part_id == part.id, PartSerial.serial == text)
    )
    if found is None:
        if not create:
            raise StockError(
                QT_TRANSLATE_NOOP("store", "备件 {code} 没有序列号 {serial}"),
                code=part.code,
                serial=text,
            )
        found = PartSerial(part_id=part.id, serial=text)
        session.add(found)
        session.flush()
    return found


def ticket_event(
    session: Session, ticket_id: int, at: datetime, actor: str, kind: str, text: EventText
) -> None:
    """A line on the ticket's timeline, as the ticket services write them."""
    session.add(new_event(text, at=at, actor=actor, kind=kind, ticket_id=ticket_id))


def record(
    session: Session,
    part: Part,
    kind: MovementKind,
    quantity: int,
    at: datetime,
    actor: str,
    *,
    serials: Sequence[str] = (),
    ticket: Ticket | None = None,
    device: str = "",
    source: str = "",
    reason: str = "",
    loan_id: int | None = None,
    stocktake_id: int | None = None,
) -> list[StockMovement]:
    """Add the movements of one action; stock never goes below zero, serials move one by one."""
    change = signed_quantity(kind, quantity)
    lock_part(session, part.id)
    common = {
        "part_id": part.id,
        "kind": kind.value,
        "at": at,
        "actor": actor,
        "ticket_id": ticket.id if ticket is not None else None,
        "device": device,
        "source": source,
        "reason": reason,
        "loan_id": loan_id,
        "stocktake_id": stocktake_id,
    }
    if not part.serial_tracked:
        if serials:
            raise StockError(
                QT_TRANSLATE_NOOP("store", "备件 {code} 不按序列号管理，不需要序列号"),
                code=part.code,
            )
        check_available(part.code, on_hand(session, part.id), change)
        movement = StockMovement(quantity=change, **common)
        session.add(movement)
        session.flush()
        return [movement]
    names = [s for s in ("".join(s.split()) for s in serials) if s]
    if len(names) != abs(change):
        raise StockError(
            QT_TRANSLATE_NOOP(
                "store", "备件 {code} 按序列号管理：数量 {quantity}，序列号 {count} 个"
            ),
            code=part.code,
            quantity=abs(change),
            count=len(names),
        )
    if len(set(names)) != len(names):
        raise StockError(QT_TRANSLATE_NOOP("store", "序列号有重复（{code}）"), code=part.code)
    step = 1 if change > 0 else -1
    moved = []
    for name in names:
        serial = find_serial(session, part, name, create=step > 0)
        check_serial_move(part.code, serial.serial, serial_is_in_stock(session, serial.id), step)
        movement = StockMovement(quantity=step, serial_id=serial.id, **common)
        session.add(movement)
        session.flush()
        moved.append(movement)
    return moved
