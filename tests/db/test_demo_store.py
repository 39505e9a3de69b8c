"""The demo store: a realistic catalogue, stock-outs to real tickets, low stock and loans."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from app.db.models import Device, Part, Ticket, TicketEvent
from app.demo.builder import build_demo
from app.demo.store import load_demo_store
from app.domain.clock import FixedClock
from app.domain.store.inventory import LoanKind, MovementKind, PartCategory
from app.services.context import Desk
from app.services.setup import open_desk
from app.services.store import inventory, loans
from tests.conftest import START


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("store") / "demo.sqlite3"
    build_demo(path, FixedClock(START), seed=3, months=2)
    return path


@pytest.fixture
def desk(demo_path: Path) -> Iterator[Desk]:
    handle = open_desk(demo_path, FixedClock(START))
    yield handle.desk
    handle.close()


def test_the_catalogue_covers_the_maintained_systems(desk: Desk) -> None:
    parts = inventory.list_parts(desk)
    names = " ".join(p.name for p in parts)
    for word in ("摄像机", "硬盘", "交换机", "读卡器", "电源", "蓄电池", "光纤跳线", "光功率计"):
        assert word in names, word
    assert {p.category for p in parts} == set(PartCategory)
    assert all(p.on_hand >= 0 for p in parts)
    assert inventory.low_stock_count(desk) >= 2


def test_stock_outs_went_to_hardware_tickets_and_show_on_their_timelines(desk: Desk) -> None:
    moves = inventory.list_movements(desk)
    outs = [m for m in moves if m.kind is MovementKind.STOCK_OUT]
    assert len(outs) >= 5
    assert all(m.ticket_number and m.device for m in outs)
    kinds = {m.kind for m in moves}
    assert {MovementKind.STOCK_IN, MovementKind.SCRAP, MovementKind.ADJUSTMENT} <= kinds
    with desk.db.read() as session:
        events = session.scalars(select(TicketEvent.kind).where(TicketEvent.kind.like("store_%")))
        assert len(list(events)) == len(outs)


def test_a_returned_loaner_and_test_equipment_out_one_overdue(desk: Desk) -> None:
    all_loans = loans.list_loans(desk)
    loaners = [x for x in all_loans if x.kind is LoanKind.LOANER]
    assert loaners and not loaners[0].open and loaners[0].ticket_number
    out = [x for x in all_loans if x.open]
    assert out and all(x.kind is LoanKind.TEST_EQUIPMENT for x in out)
    assert loans.overdue_count(desk) >= 1


def test_a_stock_out_is_the_part_its_ticket_speaks_of(desk: Desk) -> None:
    """No 8 TB disk for a ticket about a fibre link: the part fits the call's or the fix's words."""
    symptoms = load_demo_store()["part_symptoms"]
    outs = [m for m in inventory.list_movements(desk) if m.kind is MovementKind.STOCK_OUT]
    assert len(outs) >= 5
    with desk.db.read() as session:
        for move in outs:
            ticket = session.scalars(
                select(Ticket).where(Ticket.number == move.ticket_number)
            ).one()
            text = f"{ticket.title} {ticket.description} {ticket.resolution}"
            code = session.scalar(select(Part.code).where(Part.name == move.part_name))
            assert any(word in text for word in symptoms[code]), (move.ticket_number, code, text)


def test_a_hardware_ticket_is_where_its_device_is(desk: Desk) -> None:
    with desk.db.read() as session:
        rows = session.execute(
            select(Ticket.number, Ticket.place, Device.place)
            .join(Device, Device.id == Ticket.device_id)
            .where(Ticket.is_hardware.is_(True))
        ).all()
    assert len(rows) > 20
    assert [row for row in rows if row[1] != row[2]] == []
