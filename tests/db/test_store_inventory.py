"""Stock on a real database: sums of movements, never negative, serial moves, ticket links."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from app.db.models import TicketEvent
from app.db.models.store import StockMovement
from app.domain.store.inventory import MovementKind, StockError
from app.domain.validation import ValidationError
from app.services.store import inventory
from app.services.store.inventory import PartFilter
from app.services.store.stocktake import post_stocktake, sheet_lines
from tests.db.store_helpers import small_store


def _movements(desk) -> int:
    with desk.db.read() as session:
        return session.scalar(select(func.count(StockMovement.id))) or 0


def test_stock_is_the_sum_of_movements_and_low_stock_is_counted(desk) -> None:
    ids = small_store(desk)
    assert inventory.part_info(desk, ids["sfp"]).on_hand == 5
    inventory.move(desk, "sfp-1g", MovementKind.SCRAP, 3, reason="受潮损坏")
    info = inventory.part_info(desk, ids["sfp"])
    assert info.on_hand == 2 and info.low
    assert inventory.low_stock_count(desk) == 1
    low = inventory.list_parts(desk, PartFilter(low_only=True))
    assert [p.code for p in low] == ["SFP-1G"]


def test_a_stock_out_can_never_take_stock_below_zero(desk, make_ticket) -> None:
    ids = small_store(desk)
    ticket_id = make_ticket()
    before = _movements(desk)
    with pytest.raises(StockError, match="库存只有 5，不能减少 6"):
        inventory.move(
            desk, ids["sfp"], MovementKind.STOCK_OUT, 6, ticket=ticket_id, device="核心交换机"
        )
    assert _movements(desk) == before
    inventory.move(
        desk, ids["sfp"], MovementKind.STOCK_OUT, 5, ticket=ticket_id, device="核心交换机"
    )
    assert inventory.part_info(desk, ids["sfp"]).on_hand == 0
    with pytest.raises(StockError, match="库存只有 0"):
        inventory.move(desk, ids["sfp"], MovementKind.ADJUSTMENT, -1, reason="盘亏")


def test_a_stock_out_goes_to_a_ticket_with_its_device_on_the_timeline(desk, make_ticket) -> None:
    ids = small_store(desk)
    ticket_id = make_ticket()
    with desk.db.read() as session:
        from app.db.models import Ticket

        number = session.get(Ticket, ticket_id).number
    inventory.move(
        desk, ids["sfp"], MovementKind.STOCK_OUT, 1, ticket=number, device="汇聚交换机 SW-3"
    )
    rows = inventory.list_movements(desk)
    assert rows[0].ticket_number == number and rows[0].device == "汇聚交换机 SW-3"
    assert rows[0].quantity == -1 and rows[0].actor == "孙工"
    with desk.db.read() as session:
        event = session.scalars(
            select(TicketEvent).where(TicketEvent.ticket_id == ticket_id).order_by(TicketEvent.id)
        ).all()[-1]
    assert event.kind == "store_stock_out"
    assert "SFP-1G 千兆光模块" in event.summary and "汇聚交换机 SW-3" in event.details


def test_a_stock_out_needs_a_ticket_and_a_device(desk) -> None:
    ids = small_store(desk)
    with pytest.raises(ValidationError, match="工单"):
        inventory.move(desk, ids["sfp"], MovementKind.STOCK_OUT, 1, device="交换机")
    with pytest.raises(StockError, match="没有工单 GD-2099-0001"):
        inventory.move(
            desk, ids["sfp"], MovementKind.STOCK_OUT, 1, ticket="GD-2099-0001", device="x"
        )


def test_serial_items_move_by_serial(desk, make_ticket) -> None:
    ids = small_store(desk)
    ticket_id = make_ticket()
    assert inventory.serials_in_stock(desk, ids["cam"]) == ["D320A01", "D320A02"]
    with pytest.raises(StockError, match="序列号 0 个"):
        inventory.move(desk, ids["cam"], MovementKind.STOCK_OUT, 1, ticket=ticket_id, device="x")
    inventory.move(
        desk,
        ids["cam"],
        MovementKind.STOCK_OUT,
        1,
        serials=["D320A02"],
        ticket=ticket_id,
        device="3号监仓",
    )
    assert inventory.serials_in_stock(desk, ids["cam"]) == ["D320A01"]
    with pytest.raises(StockError, match="D320A02（CAM-D320）不在库中"):
        inventory.move(desk, ids["cam"], MovementKind.SCRAP, 1, serials=["D320A02"], reason="坏")
    with pytest.raises(StockError, match="D320A01（CAM-D320）已在库中"):
        inventory.move(desk, ids["cam"], MovementKind.RETURN, 1, serials=["D320A01"], reason="x")
    inventory.move(
        desk,
        ids["cam"],
        MovementKind.RETURN,
        1,
        serials=["D320A02"],
        ticket=ticket_id,
        reason="未用",
    )
    assert inventory.part_info(desk, ids["cam"]).on_hand == 2
    with pytest.raises(StockError, match="不按序列号管理"):
        inventory.move(desk, ids["sfp"], MovementKind.SCRAP, 1, serials=["X"], reason="坏")


def test_a_duplicate_code_is_refused(desk) -> None:
    small_store(desk)
    with pytest.raises(ValidationError, match="编码"):
        inventory.create_part(desk, {"code": " sfp-1g ", "name": "x", "category": "spare"})


def test_stocktake_posts_differences_as_adjustments_in_one_step(desk) -> None:
    ids = small_store(desk)
    lines = sheet_lines(desk, ["a-01"])
    assert [(ln.part.code, ln.book) for ln in lines] == [("SFP-1G", 5)]
    posted = post_stocktake(desk, ["A-01"], {ids["sfp"]: 4})
    assert (posted.counted, posted.adjusted) == (1, 1)
    assert inventory.part_info(desk, ids["sfp"]).on_hand == 4
    entry = inventory.list_movements(desk)[0]
    assert entry.kind is MovementKind.ADJUSTMENT and entry.quantity == -1
    assert "盘亏（账面 5，实盘 4）" in entry.reason


def test_stocktake_refuses_a_serial_difference_and_posts_nothing(desk) -> None:
    ids = small_store(desk)
    before = _movements(desk)
    with pytest.raises(StockError, match="CAM-D320 按序列号管理"):
        post_stocktake(desk, [], {ids["sfp"]: 7, ids["cam"]: 1})
    assert _movements(desk) == before
    assert inventory.part_info(desk, ids["sfp"]).on_hand == 5


def test_the_filter_finds_percent_and_underscore_as_typed(desk) -> None:
    for code, name in (
        ("UPS_100", "UPS 100% 负载电池"),
        ("UPS-200", "UPS 电池组"),
        ("UPSX100", "电池"),
    ):
        inventory.create_part(desk, {"code": code, "name": name, "category": "spare"})

    def codes(text: str) -> list[str]:
        return [p.code for p in inventory.list_parts(desk, PartFilter(text=text))]

    assert codes("UPS_") == ["UPS_100"]  # "_" is not "any one character"
    assert codes("100%") == ["UPS_100"]  # "%" is not "anything"
    assert codes("%") == ["UPS_100"]
    assert codes("ups") == ["UPS-200", "UPSX100", "UPS_100"]
