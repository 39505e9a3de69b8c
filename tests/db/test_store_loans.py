"""Loaners and test equipment on a real database: the 8-hour boundary, issue, return, overdue."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from app.db.models import TicketEvent
from app.domain.store.inventory import LoanKind, StockError
from app.domain.tickets.sla import LoanerState
from app.domain.validation import ValidationError
from app.services.contract import load_targets
from app.services.store import inventory, loans
from app.services.tickets import queue
from app.services.tickets.detail import ticket_detail
from app.services.tickets.log_rows import batch_rows
from tests.db.store_helpers import small_store

EIGHT_HOURS = timedelta(hours=8)


def _queue_loaner(desk, ticket_id: int) -> LoanerState:
    return queue.fetch_rows(desk, [ticket_id])[0].loaner


def test_the_loaner_falls_due_just_after_the_8_hour_mark(desk, clock, make_ticket) -> None:
    small_store(desk)
    ticket_id = make_ticket(severity="major")
    clock.advance(EIGHT_HOURS)
    assert _queue_loaner(desk, ticket_id) is LoanerState.PENDING
    assert queue.summary(desk).loaners_due == 0
    assert loans.ticket_loaner(desk, ticket_id).state is LoanerState.PENDING
    clock.advance(timedelta(seconds=1))
    assert _queue_loaner(desk, ticket_id) is LoanerState.DUE
    assert queue.summary(desk).loaners_due == 1
    assert ticket_detail(desk, ticket_id).loaner is LoanerState.DUE
    info = loans.ticket_loaner(desk, ticket_id)
    assert info.state is LoanerState.DUE
    assert info.due_at == clock.now() - timedelta(seconds=1)


def test_issuing_a_same_model_loaner_links_it_and_stops_the_alarm(desk, clock, make_ticket) -> None:
    ids = small_store(desk)
    ticket_id = make_ticket(severity="major")
    clock.advance(EIGHT_HOURS + timedelta(minutes=5))
    candidates = loans.loaner_candidates(desk, ticket_id)
    assert [(c.code, c.serial) for c in candidates] == [
        ("CAM-D320", "D320A01"),
        ("CAM-D320", "D320A02"),
    ]
    loan_id = loans.issue_loaner(
        desk,
        ticket_id,
        ids["cam"],
        "D320A02",
        borrower="监管科 张警官",
        due_back_at=clock.now() + timedelta(days=7),
    )
    assert _queue_loaner(desk, ticket_id) is LoanerState.ISSUED
    assert queue.summary(desk).loaners_due == 0
    assert ticket_detail(desk, ticket_id).loaner is LoanerState.ISSUED
    with desk.db.read() as session:  # the Excel ticket log says so too
        ((row, _events, _figures),) = batch_rows(
            session, [ticket_id], load_targets(session), clock.now()
        )
    assert row[-1] == "已提供"
    assert inventory.serials_in_stock(desk, ids["cam"]) == ["D320A01"]
    loan = loans.get_loan(desk, loan_id)
    assert loan.ticket_id == ticket_id and loan.serial == "D320A02" and loan.open
    assert loan.location == "监区一 3号监仓"  # where it went: the ticket's place by default
    with desk.db.read() as session:
        kinds = list(
            session.scalars(select(TicketEvent.kind).where(TicketEvent.ticket_id == ticket_id))
        )
    assert "loaner_issued" in kinds
    assert [c.serial for c in loans.loaner_candidates(desk, ticket_id)] == ["D320A01"]
    with pytest.raises(StockError, match="不在库中"):
        loans.issue_loaner(desk, ticket_id, ids["cam"], "D320A02", borrower="x")


def test_returning_the_loaner_closes_the_loan_and_restocks_it(desk, clock, make_ticket) -> None:
    ids = small_store(desk)
    ticket_id = make_ticket(severity="major")
    clock.advance(timedelta(hours=9))
    loan_id = loans.issue_loaner(desk, ticket_id, ids["cam"], "D320A01", borrower="张警官")
    clock.advance(timedelta(days=2))
    info = loans.return_loan(desk, loan_id, "原设备修复返回")
    assert not info.open and info.returned_by == "孙工"
    assert inventory.serials_in_stock(desk, ids["cam"]) == ["D320A01", "D320A02"]
    assert loans.list_loans(desk, open_only=True) == []
    with pytest.raises(StockError, match="已于"):
        loans.return_loan(desk, loan_id)
    assert _queue_loaner(desk, ticket_id) is LoanerState.ISSUED  # a loaner was provided


def test_a_loaner_must_be_the_same_model_or_kind_and_for_a_hardware_defect(
    desk, make_ticket
) -> None:
    ids = small_store(desk)
    other = make_ticket(system="ACCESS", device="AB门 读卡器 RD-M30")
    assert loans.loaner_candidates(desk, other) == []
    with pytest.raises(StockError, match="型号相同或同类"):
        loans.issue_loaner(desk, other, ids["cam"], "D320A01", borrower="x")
    software = make_ticket(is_hardware=False)
    with pytest.raises(StockError, match="不是硬件故障"):
        loans.issue_loaner(desk, software, ids["cam"], "D320A01", borrower="x")
    with pytest.raises(ValidationError, match="借用人"):
        loans.issue_loaner(desk, other, ids["cam"], "D320A01", borrower=" ")
    assert inventory.part_info(desk, ids["cam"]).on_hand == 2


def test_test_equipment_is_lent_and_overdue_stands_out(desk, clock) -> None:
    ids = small_store(desk)
    loan_id = loans.lend_equipment(
        desk,
        ids["meter"],
        borrower="网络组 李工",
        purpose="测光纤衰减",
        serial="FPM001",
        due_back_at=clock.now() + timedelta(days=1),
    )
    info = inventory.part_info(desk, ids["meter"])
    assert (info.on_hand, info.on_loan) == (0, 1)
    assert loans.overdue_count(desk) == 0
    clock.advance(timedelta(days=1, minutes=1))
    [open_loan] = loans.list_loans(desk, open_only=True, kind=LoanKind.TEST_EQUIPMENT)
    assert open_loan.id == loan_id and open_loan.overdue and open_loan.borrower == "网络组 李工"
    assert loans.overdue_count(desk) == 1
    loans.return_loan(desk, loan_id)
    assert loans.overdue_count(desk) == 0
    assert inventory.part_info(desk, ids["meter"]).on_hand == 1
    with pytest.raises(StockError, match="不是测试设备"):
        loans.lend_equipment(desk, ids["sfp"], borrower="x")
