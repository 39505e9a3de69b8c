"""Loaners for tickets past the 8-hour mark, and test equipment lent out: issue and return."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Select, exists, func, select
from sqlalchemy.orm import Session

from app.db import audit
from app.db.models import Device, Ticket
from app.db.models.store import Loan, Part, PartSerial, StockMovement
from app.domain.audit.actions import LOAN_ISSUE, LOAN_RETURN
from app.domain.devices.register import DeviceKind, DeviceStatus
from app.domain.i18n import QT_TRANSLATE_NOOP
from app.domain.store.inventory import LoanKind, MovementKind, PartCategory, StockError
from app.domain.store.loaners import FailedDevice, LoanerMatch, loaner_match
from app.domain.tickets.sla import LoanerState, loaner_due_at, loaner_state
from app.domain.tickets.timeline_text import event_text
from app.domain.validation import FieldError, ValidationError, clean_text
from app.services.context import Desk
from app.services.contract import load_targets
from app.services.devices.register import set_status
from app.services.store.inventory import find_ticket
from app.services.store.loan_queries import (
    LoanInfo,
    LoanNotFoundError,
    get_loan,
    list_loans,
    loan_infos,
    loans_statement,
    overdue_count,
)
from app.services.store.movements import find_serial, get_part, record, ticket_event

__all__ = [
    "Candidate",
    "LoanInfo",
    "LoanNotFoundError",
    "TicketLoaner",
    "get_loan",
    "has_loaner_column",
    "issue_loaner",
    "issue_outside_loaner",
    "lend_equipment",
    "list_loans",
    "loaned_ticket_ids",
    "loaner_candidates",
    "overdue_count",
    "return_loan",
    "ticket_loaner",
]
from app.services.tickets.state import times_of

LABELS = {
    "item": QT_TRANSLATE_NOOP("field", "备用机（注明）"),
    "borrower": QT_TRANSLATE_NOOP("field", "借用人"),
    "location": QT_TRANSLATE_NOOP("field", "使用地点"),
    "due_back_at": QT_TRANSLATE_NOOP("field", "预计归还时间"),
}


@dataclass(frozen=True)
class Candidate:
    """A whole device on the shelf that can go out as a loaner, and how well it fits."""

    part_id: int
    code: str
    name: str
    model: str
    serial: str
    shelf: str
    match: LoanerMatch = LoanerMatch.SAME_MODEL


@dataclass(frozen=True)
class TicketLoaner:
    """A ticket's loaner rule and its loans; the failed device from the register if linked."""

    state: LoanerState
    due_at: datetime | None
    device: str
    loans: list[LoanInfo]
    device_id: int | None = None
    device_code: str = ""
    device_kind: DeviceKind = DeviceKind.OTHER


def _field(name: str, template: str) -> ValidationError:
    return ValidationError([FieldError(name, template, LABELS[name])])


def _check_people(borrower: str, due_back_at: datetime | None, issued_at: datetime) -> str:
    name = clean_text(borrower)
    if not name:
        raise _field("borrower", QT_TRANSLATE_NOOP("validation", "请填写“{label}”"))
    if due_back_at is not None and due_back_at <= issued_at:
        raise _field("due_back_at", QT_TRANSLATE_NOOP("validation", "“{label}”应晚于借出时间"))
    return name


def loaned_ticket_ids(session: Session, ticket_ids: Sequence[int] | Select[tuple[int]]) -> set[int]:
    """Which of these tickets have had a loaner issued (open or since returned)."""
    return set(
        session.scalars(
            select(Loan.ticket_id).where(
                Loan.kind == LoanKind.LOANER.value, Loan.ticket_id.in_(ticket_ids)
            )
        )
    )


def has_loaner_column() -> Any:
    """A column for a ticket query: whether the ticket has had a loaner issued."""
    return (
        exists()
        .where(Loan.ticket_id == Ticket.id, Loan.kind == LoanKind.LOANER.value)
        .label("has_loaner")
    )


def _in_stock_serials(session: Session) -> Select[tuple[int]]:
    return (
        select(StockMovement.serial_id)
        .where(StockMovement.serial_id.is_not(None))
        .group_by(StockMovement.serial_id)
        .having(func.sum(StockMovement.quantity) == 1)
    )


def failed_device(session: Session, ticket: Ticket) -> FailedDevice:
    """The device the ticket is about: the register's model and kind, else its free text."""
    device = session.get(Device, ticket.device_id) if ticket.device_id else None
    if device is None:
        return FailedDevice.from_text(ticket.device)
    return FailedDevice(f"{device.name} {device.model}", device.model, DeviceKind(device.kind))


def loaner_candidates(desk: Desk, ticket_ref: int | str) -> list[Candidate]:
    """Whole units on the shelf for the ticket's device: the same model first, then any unit
    of the same kind; each by serial."""
    with desk.db.read() as session:
        ticket = find_ticket(session, ticket_ref)
        failed = failed_device(session, ticket)
        rows = session.execute(
            select(Part, PartSerial.serial)
            .join(PartSerial, PartSerial.part_id == Part.id)
            .where(
                Part.category == PartCategory.DEVICE.value,
                PartSerial.id.in_(_in_stock_serials(session)),
            )
            .order_by(Part.code, PartSerial.serial)
        )
        found = []
        for part, serial in rows:
            match = loaner_match(failed, part.name, part.model)
            if match is not None:
                found.append(
                    Candidate(part.id, part.code, part.name, part.model, serial, part.shelf, match)
                )
        order = list(LoanerMatch)
        return sorted(found, key=lambda c: order.index(c.match))


def _device_on_loaner(
    session: Session, ticket: Ticket, loan: Loan, what: str, now: datetime, actor: str
) -> None:
    device = session.get(Device, ticket.device_id) if ticket.device_id else None
    if device is not None:
        why = f"{ticket.number} 提供备用机（借用单 {loan.id}）：{what}"
        set_status(session, device, DeviceStatus.ON_LOANER, now, actor, why, ticket.id)


def issue_loaner(
    desk: Desk,
    ticket_ref: int | str,
    part_ref: int | str,
    serial: str,
    borrower: str,
    location: str = "",
    due_back_at: datetime | None = None,
    note: str = "",
) -> int:
    """Lend a same-model whole device to a hardware ticket: stock out by serial, the loan, and
    a line on the ticket's timeline, in one transaction. Returns the loan id."""
    now = desk.clock.now()
    name = _check_people(borrower, due_back_at, now)
    with desk.write(LOAN_ISSUE, object_type="loan") as session:
        ticket = find_ticket(session, ticket_ref)
        part = get_part(session, part_ref)
        targets = load_targets(session)
        state = loaner_state(times_of(ticket), targets, now)
        if state is LoanerState.NOT_APPLICABLE:
            raise StockError(
                QT_TRANSLATE_NOOP("store", "工单 {number} 不是硬件故障的系统缺陷，不提供备用机"),
                number=ticket.number,
            )
        if part.category != PartCategory.DEVICE.value or not part.serial_tracked:
            raise StockError(
                QT_TRANSLATE_NOOP("store", "备件 {code} 不是按序列号管理的整机，不能作备用机"),
                code=part.code,
            )
        match = loaner_match(failed_device(session, ticket), part.name, part.model)
        if match is None:
            raise StockError(
                QT_TRANSLATE_NOOP(
                    "store",
                    "备用机须与故障设备型号相同或同类：工单设备“{device}”，备件“{name} {model}”",
                ),
                device=ticket.device or "—",
                name=part.name,
                model=part.model or "—",
            )
        serial_row = find_serial(session, part, serial)
        loan = Loan(
            kind=LoanKind.LOANER.value,
            part_id=part.id,
            serial_id=serial_row.id,
            ticket_id=ticket.id,
            borrower=name,
            location=clean_text(location) or ticket.place,
            purpose=clean_text(note) or f"{ticket.number} {ticket.title}",
            issued_at=now,
            issued_by=desk.actor,
            due_back_at=due_back_at,
        )
        session.add(loan)
        session.flush()
        record(
            session,
            part,
            MovementKind.LOAN_OUT,
            1,
            now,
            desk.actor,
            serials=[serial_row.serial],
            ticket=ticket,
            device=ticket.device,
            loan_id=loan.id,
        )
        what = f"{part.name} {part.model} 序列号 {serial_row.serial}"
        if match is LoanerMatch.SAME_KIND:
            what += "（同类替代，非相同型号）"
        text = event_text(
            "loaner_issued.same_kind" if match is LoanerMatch.SAME_KIND else "loaner_issued",
            part=f"{part.name} {part.model}".strip(),
            serial=serial_row.serial,
            borrower=name,
            location=loan.location,
            loan=loan.id,
        )
        ticket_event(session, ticket.id, now, desk.actor, "loaner_issued", text)
        audit.describe(session, "loan", f"{loan.id} {part.code} {name}")
        _device_on_loaner(session, ticket, loan, what, now, desk.actor)
        return loan.id


def issue_outside_loaner(
    desk: Desk,
    ticket_ref: int | str,
    item: str,
    borrower: str,
    location: str = "",
    due_back_at: datetime | None = None,
    note: str = "",
) -> int:
    """A loaner that is not in the store (其他（注明）: from the service department, the maker
    …), described in words: the loan and the ticket's timeline, no stock movement."""
    now = desk.clock.now()
    name = _check_people(borrower, due_back_at, now)
    what = clean_text(item)
    if not what:
        raise _field("item", QT_TRANSLATE_NOOP("validation", "请填写“{label}”"))
    with desk.write(LOAN_ISSUE, object_type="loan") as session:
        ticket = find_ticket(session, ticket_ref)
        state = loaner_state(times_of(ticket), load_targets(session), now)
        if state is LoanerState.NOT_APPLICABLE:
            raise StockError(
                QT_TRANSLATE_NOOP("store", "工单 {number} 不是硬件故障的系统缺陷，不提供备用机"),
                number=ticket.number,
            )
        loan = Loan(
            kind=LoanKind.LOANER.value,
            part_id=None,
            item=what[:200],
            ticket_id=ticket.id,
            borrower=name,
            location=clean_text(location) or ticket.place,
            purpose=clean_text(note) or f"{ticket.number} {ticket.title}",
            issued_at=now,
            issued_by=desk.actor,
            due_back_at=due_back_at,
        )
        session.add(loan)
        session.flush()
        text = event_text(
            "loaner_issued.other", item=what, borrower=name, location=loan.location, loan=loan.id
        )
        ticket_event(session, ticket.id, now, desk.actor, "loaner_issued", text)
        audit.describe(session, "loan", f"{loan.id} {what} {name}")
        _device_on_loaner(session, ticket, loan, what, now, desk.actor)
        return loan.id


def lend_equipment(
    desk: Desk,
    part_ref: int | str,
    borrower: str,
    purpose: str = "",
    serial: str = "",
    quantity: int = 1,
    due_back_at: datetime | None = None,
    location: str = "",
) -> int:
    """Lend test equipment (by serial if it has one): who has it, since when. Returns the loan id."""
    now = desk.clock.now()
    name = _check_people(borrower, due_back_at, now)
    with desk.write(LOAN_ISSUE, object_type="loan") as session:
        part = get_part(session, part_ref)
        if part.category != PartCategory.TEST_EQUIPMENT.value:
            raise StockError(QT_TRANSLATE_NOOP("store", "备件 {code} 不是测试设备"), code=part.code)
        serial_row = find_serial(session, part, serial) if part.serial_tracked else None
        loan = Loan(
            kind=LoanKind.TEST_EQUIPMENT.value,
            part_id=part.id,
            serial_id=serial_row.id if serial_row else None,
            quantity=1 if serial_row else quantity,
            borrower=name,
            location=clean_text(location),
            purpose=clean_text(purpose),
            issued_at=now,
            issued_by=desk.actor,
            due_back_at=due_back_at,
        )
        session.add(loan)
        session.flush()
        record(
            session,
            part,
            MovementKind.LOAN_OUT,
            loan.quantity,
            now,
            desk.actor,
            serials=[serial_row.serial] if serial_row else (),
            reason=loan.purpose,
            loan_id=loan.id,
        )
        audit.describe(session, "loan", f"{loan.id} {part.code} {name}")
        return loan.id


def return_loan(desk: Desk, loan_id: int, note: str = "") -> LoanInfo:
    """The item comes back: stock in, the loan closed, the ticket's timeline told."""
    now = desk.clock.now()
    with desk.write(LOAN_RETURN, object_type="loan") as session:
        loan = session.get(Loan, loan_id)
        if loan is None:
            raise LoanNotFoundError(loan_id)
        if loan.returned_at is not None:
            raise StockError(
                QT_TRANSLATE_NOOP("store", "借用记录 {loan_id} 已于 {at} 归还"),
                loan_id=loan_id,
                at=loan.returned_at.astimezone().strftime("%Y-%m-%d %H:%M"),
            )
        audit.describe(
            session,
            "loan",
            f"{loan.id} {loan.part.code if loan.part else loan.item} {loan.borrower}",
        )
        loan.returned_at = now
        loan.returned_by = desk.actor
        loan.return_note = clean_text(note)
        ticket = session.get(Ticket, loan.ticket_id) if loan.ticket_id else None
        if loan.part is not None:
            record(
                session,
                loan.part,
                MovementKind.LOAN_BACK,
                loan.quantity,
                now,
                desk.actor,
                serials=[loan.serial.serial] if loan.serial else (),
                ticket=ticket,
                reason=loan.return_note,
                loan_id=loan.id,
            )
        what = loan.part.name if loan.part is not None else loan.item
        if ticket is not None:
            serial = loan.serial.serial if loan.serial else ""
            text = event_text(
                "loaner_returned" if serial else "loaner_returned.no_serial",
                item=what,
                serial=serial,
                note=loan.return_note,
            )
            ticket_event(session, ticket.id, now, desk.actor, "loaner_returned", text)
            device = session.get(Device, ticket.device_id) if ticket.device_id else None
            if device is not None and device.status == DeviceStatus.ON_LOANER.value:
                why = f"{ticket.number} 备用机归还（借用单 {loan.id}），原设备恢复使用"
                set_status(session, device, DeviceStatus.IN_USE, now, desk.actor, why, ticket.id)
        session.flush()
        return loan_infos(session, [loan], now)[0]


def ticket_loaner(desk: Desk, ticket_id: int) -> TicketLoaner:
    """The ticket's loaner rule (due, issued …) and its loans."""
    now = desk.clock.now()
    with desk.db.read() as session:
        ticket = find_ticket(session, ticket_id)
        targets = load_targets(session)
        times = times_of(ticket)
        loans = list(
            session.scalars(loans_statement().where(Loan.ticket_id == ticket.id).order_by(Loan.id))
        )
        infos = loan_infos(session, loans, now)
        state = loaner_state(times, targets, now, issued=any(loans))
        device = session.get(Device, ticket.device_id) if ticket.device_id else None
        return TicketLoaner(
            state,
            loaner_due_at(times, targets),
            ticket.device,
            infos,
            device.id if device else None,
            device.code if device else "",
            DeviceKind(device.kind) if device else FailedDevice.from_text(ticket.device).kind,
        )
