"""The spare-parts store's use cases: the catalogue, stock in/out, return, scrap, adjustment."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session

from app.db import audit
from app.db.models import Ticket
from app.db.models.store import Loan, Part, PartSerial, StockMovement
from app.domain.audit.actions import PART_SAVE, STOCK_MOVE
from app.domain.i18n import QT_TRANSLATE_NOOP
from app.domain.store.inventory import MovementKind, PartCategory, StockError, is_low
from app.domain.tickets.timeline_text import event_text
from app.domain.validation import FieldError, ValidationError, clean_text
from app.services.context import Desk
from app.services.like import ESCAPE, contains_pattern
from app.services.store.movements import get_part, record, ticket_event

FIELD_LABELS = {
    "code": QT_TRANSLATE_NOOP("field", "编码"),
    "name": QT_TRANSLATE_NOOP("field", "名称"),
    "category": QT_TRANSLATE_NOOP("field", "类别"),
    "min_stock": QT_TRANSLATE_NOOP("field", "最低库存"),
    "ticket": QT_TRANSLATE_NOOP("field", "工单"),
    "device": QT_TRANSLATE_NOOP("field", "装入设备"),
    "source": QT_TRANSLATE_NOOP("field", "来源"),
    "reason": QT_TRANSLATE_NOOP("field", "原因"),
}


class TicketRefError(StockError):
    """No ticket with that number or id."""

    def __init__(self, ref: object) -> None:
        super().__init__(QT_TRANSLATE_NOOP("store", "没有工单 {ref}"), ref=ref)


@dataclass(frozen=True)
class PartInfo:
    """A catalogue line with its stock."""

    id: int
    code: str
    name: str
    model: str
    category: PartCategory
    unit: str
    shelf: str
    min_stock: int
    serial_tracked: bool
    note: str
    on_hand: int
    on_loan: int

    @property
    def low(self) -> bool:
        return is_low(self.on_hand, self.min_stock)


@dataclass(frozen=True)
class PartFilter:
    """What the catalogue shows; empty means everything."""

    text: str = ""
    category: PartCategory | None = None
    shelf: str = ""
    low_only: bool = False


def _error(name: str, template: str) -> ValidationError:
    return ValidationError([FieldError(name, template, FIELD_LABELS[name])])


def _required(values: Mapping[str, Any], name: str) -> str:
    text = clean_text(values.get(name))
    if not text:
        raise _error(name, QT_TRANSLATE_NOOP("validation", "请填写“{label}”"))
    return text


def create_part(desk: Desk, values: Mapping[str, Any]) -> int:
    """Add a catalogue line (no stock: stock comes from movements); returns its id."""
    code = "".join(_required(values, "code").split()).upper()
    name = _required(values, "name")
    try:
        category = PartCategory(values.get("category"))
    except ValueError:
        raise _error("category", QT_TRANSLATE_NOOP("validation", "请选择“{label}”")) from None
    min_stock = values.get("min_stock") or 0
    if not isinstance(min_stock, int) or min_stock < 0:
        raise _error("min_stock", QT_TRANSLATE_NOOP("validation", "“{label}”应为非负整数"))
    with desk.write(PART_SAVE, object_type="part", object_label=f"{code} {name}") as session:
        if session.scalar(select(Part.id).where(Part.code == code)) is not None:
            raise _error("code", QT_TRANSLATE_NOOP("validation", "“{label}”已存在"))
        part = Part(
            code=code,
            name=name,
            model=clean_text(values.get("model")),
            category=category.value,
            unit=clean_text(values.get("unit")) or "个",
            shelf=clean_text(values.get("shelf")).upper(),
            min_stock=min_stock,
            serial_tracked=bool(values.get("serial_tracked")),
            note=clean_text(values.get("note")),
        )
        session.add(part)
        session.flush()
        return part.id


def find_ticket(session: Session, ref: int | str) -> Ticket:
    """A ticket by id or by number (GD-2026-0001, case and spaces ignored)."""
    ticket = None
    if isinstance(ref, int):
        ticket = session.get(Ticket, ref)
    else:
        text = "".join(str(ref).split()).upper()
        if text:
            ticket = session.scalar(select(Ticket).where(Ticket.number == text))
            if ticket is None and text.isdigit():
                ticket = session.get(Ticket, int(text))
    if ticket is None:
        raise TicketRefError(ref)
    return ticket


def move(
    desk: Desk,
    part_ref: int | str,
    kind: MovementKind,
    quantity: int,
    *,
    serials: Sequence[str] = (),
    ticket: int | str | None = None,
    device: str = "",
    source: str = "",
    reason: str = "",
) -> list[int]:
    """One store action in one transaction: 入库 (source), 出库 (ticket and device), 退库, 报废,
    调整 (reason). A stock-out or return against a ticket is written on the ticket's timeline."""
    values = {"device": device, "source": source, "reason": reason}
    if kind is MovementKind.STOCK_IN:
        _required(values, "source")
    if kind is MovementKind.STOCK_OUT:
        if ticket is None or not str(ticket).strip():
            raise _error("ticket", QT_TRANSLATE_NOOP("validation", "请填写“{label}”"))
        _required(values, "device")
    if kind in (MovementKind.SCRAP, MovementKind.ADJUSTMENT):
        _required(values, "reason")
    if kind in (MovementKind.LOAN_OUT, MovementKind.LOAN_BACK):
        raise StockError(QT_TRANSLATE_NOOP("store", "借出与归还请在借用登记中办理"))
    now = desk.clock.now()
    with desk.write(STOCK_MOVE, object_type="part") as session:
        part = get_part(session, part_ref)
        audit.describe(session, "part", f"{part.code} {part.name}")
        linked = find_ticket(session, ticket) if ticket not in (None, "") else None
        moved = record(
            session,
            part,
            kind,
            quantity,
            now,
            desk.actor,
            serials=serials,
            ticket=linked,
            device=clean_text(device),
            source=clean_text(source),
            reason=clean_text(reason),
        )
        if linked is not None:
            text = event_text(
                "store",
                movement=kind,
                part=f"{part.code} {part.name}" + (f"（{part.model}）" if part.model else ""),
                quantity=abs(quantity),
                unit=part.unit,
                serials="、".join(serials),
                device=clean_text(device),
                reason="" if device else clean_text(reason),
            )
            ticket_event(session, linked.id, now, desk.actor, f"store_{kind.value}", text)
        return [m.id for m in moved]


# --- the catalogue --------------------------------------------------------------------------


_PART_COLUMNS = (
    Part.id,
    Part.code,
    Part.name,
    Part.model,
    Part.category,
    Part.unit,
    Part.shelf,
    Part.min_stock,
    Part.serial_tracked,
    Part.note,
)


def _stock_columns() -> tuple[Any, Any, Any]:
    """Stock and quantity lent out per part: two grouped subqueries (one pass over each table)."""
    stock = (
        select(StockMovement.part_id, func.sum(StockMovement.quantity).label("quantity"))
        .group_by(StockMovement.part_id)
        .subquery()
    )
    lent = (
        select(Loan.part_id, func.sum(Loan.quantity).label("quantity"))
        .where(Loan.returned_at.is_(None))
        .group_by(Loan.part_id)
        .subquery()
    )
    on_hand = func.coalesce(stock.c.quantity, 0)
    on_loan = func.coalesce(lent.c.quantity, 0)
    statement = (
        select(*_PART_COLUMNS, on_hand.label("on_hand"), on_loan.label("on_loan"))
        .outerjoin(stock, stock.c.part_id == Part.id)
        .outerjoin(lent, lent.c.part_id == Part.id)
    )
    return statement, on_hand, on_loan


def _parts_statement(flt: PartFilter) -> Select[Any]:
    statement, on_hand, _on_loan = _stock_columns()
    for word in flt.text.split():
        like = contains_pattern(word)  # a % or _ typed is looked for, not a wildcard
        statement = statement.where(
            or_(
                Part.code.ilike(like, escape=ESCAPE),
                Part.name.ilike(like, escape=ESCAPE),
                Part.model.ilike(like, escape=ESCAPE),
            )
        )
    if flt.category is not None:
        statement = statement.where(Part.category == flt.category.value)
    if flt.shelf:
        statement = statement.where(Part.shelf == flt.shelf)
    if flt.low_only:
        statement = statement.where(Part.min_stock > 0, on_hand <= Part.min_stock)
    return statement.order_by(Part.shelf, Part.code)


def _info(row: Any) -> PartInfo:
    return PartInfo(
        id=row.id,
        code=row.code,
        name=row.name,
        model=row.model,
        category=PartCategory(row.category),
        unit=row.unit,
        shelf=row.shelf,
        min_stock=row.min_stock,
        serial_tracked=row.serial_tracked,
        note=row.note,
        on_hand=int(row.on_hand),
        on_loan=int(row.on_loan),
    )


def list_parts(desk: Desk, flt: PartFilter | None = None) -> list[PartInfo]:
    """The catalogue with stock, shelf by shelf; filter and low-stock selection run in SQL."""
    with desk.db.read() as session:
        return [_info(row) for row in session.execute(_parts_statement(flt or PartFilter()))]


def part_info(desk: Desk, part_ref: int | str) -> PartInfo:
    with desk.db.read() as session:
        part = get_part(session, part_ref)
        statement, _on_hand, _on_loan = _stock_columns()
        return _info(session.execute(statement.where(Part.id == part.id)).one())


def low_stock_count(desk: Desk) -> int:
    """How many parts are at or below their minimum stock."""
    statement, on_hand, _on_loan = _stock_columns()
    low = statement.where(Part.min_stock > 0, on_hand <= Part.min_stock).subquery()
    with desk.db.read() as session:
        return session.scalar(select(func.count()).select_from(low)) or 0


def shelves(desk: Desk) -> list[str]:
    with desk.db.read() as session:
        return [s for s in session.scalars(select(Part.shelf).distinct().order_by(Part.shelf))]


def serials_in_stock(desk: Desk, part_id: int) -> list[str]:
    """The serial numbers of a part now on the shelf."""
    with desk.db.read() as session:
        return list(
            session.scalars(
                select(PartSerial.serial)
                .join(StockMovement, StockMovement.serial_id == PartSerial.id)
                .where(PartSerial.part_id == part_id)
                .group_by(PartSerial.id)
                .having(func.sum(StockMovement.quantity) == 1)
                .order_by(PartSerial.serial)
            )
        )


# --- the movement ledger --------------------------------------------------------------------


@dataclass(frozen=True)
class MovementInfo:
    """One line of the ledger."""

    id: int
    at: datetime
    kind: MovementKind
    part_code: str
    part_name: str
    model: str
    unit: str
    serial: str
    quantity: int
    ticket_number: str
    device: str
    source: str
    reason: str
    actor: str


def list_movements(
    desk: Desk,
    start: datetime | None = None,
    end: datetime | None = None,
    part_id: int | None = None,
    limit: int | None = None,
) -> list[MovementInfo]:
    """Movements in [start, end), newest first."""
    statement = (
        select(StockMovement, Part, PartSerial.serial, Ticket.number)
        .join(Part, StockMovement.part_id == Part.id)
        .outerjoin(PartSerial, StockMovement.serial_id == PartSerial.id)
        .outerjoin(Ticket, StockMovement.ticket_id == Ticket.id)
        .order_by(StockMovement.at.desc(), StockMovement.id.desc())
    )
    if start is not None:
        statement = statement.where(StockMovement.at >= start)
    if end is not None:
        statement = statement.where(StockMovement.at < end)
    if part_id is not None:
        statement = statement.where(StockMovement.part_id == part_id)
    if limit is not None:
        statement = statement.limit(limit)
    with desk.db.read() as session:
        return [
            MovementInfo(
                id=m.id,
                at=m.at,
                kind=MovementKind(m.kind),
                part_code=p.code,
                part_name=p.name,
                model=p.model,
                unit=p.unit,
                serial=serial or "",
                quantity=m.quantity,
                ticket_number=number or "",
                device=m.device,
                source=m.source,
                reason=m.reason,
                actor=m.actor,
            )
            for m, p, serial, number in session.execute(statement)
        ]
