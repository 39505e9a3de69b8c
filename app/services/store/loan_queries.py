"""Reading loans: one loan or a list, open ones first, with whether each is overdue."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session, selectinload

from app.db.models import Ticket
from app.db.models.store import Loan
from app.domain.i18n import QT_TRANSLATE_NOOP
from app.domain.store.inventory import LoanInfo, LoanKind, StockError, loan_overdue
from app.services.context import Desk


class LoanNotFoundError(StockError):
    def __init__(self, loan_id: object) -> None:
        super().__init__(QT_TRANSLATE_NOOP("store", "没有借用记录 {loan_id}"), loan_id=loan_id)


def loan_infos(session: Session, loans: Sequence[Loan], now: datetime) -> list[LoanInfo]:
    ticket_ids = {loan.ticket_id for loan in loans if loan.ticket_id}
    tickets = {t.id: t for t in session.scalars(select(Ticket).where(Ticket.id.in_(ticket_ids)))}
    infos = []
    for loan in loans:
        ticket = tickets.get(loan.ticket_id) if loan.ticket_id else None
        infos.append(
            LoanInfo(
                id=loan.id,
                kind=LoanKind(loan.kind),
                part_id=loan.part_id,
                part_code=loan.part.code if loan.part else "",
                part_name=loan.part.name if loan.part else loan.item,
                model=loan.part.model if loan.part else "",
                unit=loan.part.unit if loan.part else "台",
                serial=loan.serial.serial if loan.serial else "",
                quantity=loan.quantity,
                ticket_id=loan.ticket_id,
                ticket_number=ticket.number if ticket else "",
                ticket_title=ticket.title if ticket else "",
                ticket_place=ticket.place if ticket else "",
                ticket_device=ticket.device if ticket else "",
                borrower=loan.borrower,
                location=loan.location,
                purpose=loan.purpose,
                issued_at=loan.issued_at,
                issued_by=loan.issued_by,
                due_back_at=loan.due_back_at,
                returned_at=loan.returned_at,
                returned_by=loan.returned_by,
                return_note=loan.return_note,
                overdue=loan_overdue(loan.due_back_at, loan.returned_at, now),
            )
        )
    return infos


def loans_statement() -> Select[tuple[Loan]]:
    return select(Loan).options(selectinload(Loan.part), selectinload(Loan.serial))


def list_loans(desk: Desk, open_only: bool = False, kind: LoanKind | None = None) -> list[LoanInfo]:
    """Loans, open ones first (oldest issue first), then returned ones newest first."""
    statement = loans_statement()
    if open_only:
        statement = statement.where(Loan.returned_at.is_(None))
    if kind is not None:
        statement = statement.where(Loan.kind == kind.value)
    statement = statement.order_by(
        Loan.returned_at.is_not(None), Loan.returned_at.desc(), Loan.issued_at, Loan.id
    )
    with desk.db.read() as session:
        return loan_infos(session, list(session.scalars(statement)), desk.clock.now())


def get_loan(desk: Desk, loan_id: int) -> LoanInfo:
    with desk.db.read() as session:
        loan = session.scalar(loans_statement().where(Loan.id == loan_id))
        if loan is None:
            raise LoanNotFoundError(loan_id)
        return loan_infos(session, [loan], desk.clock.now())[0]


def overdue_count(desk: Desk) -> int:
    """Open loans past their agreed return time."""
    now = desk.clock.now()
    with desk.db.read() as session:
        return (
            session.scalar(
                select(func.count(Loan.id)).where(
                    Loan.returned_at.is_(None),
                    Loan.due_back_at.is_not(None),
                    Loan.due_back_at < now,
                )
            )
            or 0
        )
