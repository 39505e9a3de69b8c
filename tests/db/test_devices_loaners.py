"""Loaners follow the device: the same model from the store first, then a whole unit of the same
kind, else one from outside the store; the device is 借用替换中 while it is out."""

from __future__ import annotations

from datetime import timedelta

import pytest

from app.domain.devices.register import DeviceStatus
from app.domain.store.inventory import MovementKind, StockError
from app.domain.store.loaners import LoanerMatch
from app.domain.tickets.sla import LoanerState
from app.services.devices import history, register
from app.services.store import inventory, loans
from tests.db.device_helpers import small_register
from tests.db.store_helpers import small_store


def _decoder_part(desk) -> int:
    part = inventory.create_part(
        desk,
        {
            "code": "DEC-8H",
            "name": "视频解码器",
            "model": "DEC-8H",
            "category": "device",
            "unit": "台",
            "shelf": "A-04",
            "serial_tracked": True,
        },
    )
    inventory.move(desk, part, MovementKind.STOCK_IN, 1, serials=["DC8001"], source="厂家")
    return part


def test_a_model_the_store_lacks_is_offered_the_same_kind(desk, clock, make_ticket) -> None:
    ids = small_register(desk)
    small_store(desk)  # cameras, a module, a meter: no DEC-16H
    part = _decoder_part(desk)
    ticket_id = make_ticket(severity="major", device_id=ids["decoder"])
    clock.advance(timedelta(hours=8, minutes=5))
    offer = loans.loaner_candidates(desk, ticket_id)
    assert [(c.code, c.serial, c.match) for c in offer] == [
        ("DEC-8H", "DC8001", LoanerMatch.SAME_KIND)
    ]
    loan_id = loans.issue_loaner(desk, ticket_id, part, "DC8001", borrower="指挥中心 王值班员")
    info = loans.ticket_loaner(desk, ticket_id)
    assert info.state is LoanerState.ISSUED and info.device_code == "SP-0100"
    assert register.get_device(desk, ids["decoder"]).status is DeviceStatus.ON_LOANER
    detail = history.device_history(desk, ids["decoder"])
    assert detail.log[0].summary == "状态：在用 → 借用替换中"
    assert "同类替代，非相同型号" in detail.log[0].details
    assert [p.kind for p in detail.parts] == [MovementKind.LOAN_OUT]  # the unit lent for it
    clock.advance(timedelta(days=2))
    loans.return_loan(desk, loan_id, "原设备修复装回")
    assert register.get_device(desk, ids["decoder"]).status is DeviceStatus.IN_USE
    assert history.device_history(desk, ids["decoder"]).log[0].summary == (
        "状态：借用替换中 → 在用"
    )


def test_the_same_model_comes_before_the_same_kind(desk, clock, make_ticket) -> None:
    ids = small_register(desk)
    store = small_store(desk)
    inventory.create_part(
        desk,
        {
            "code": "CAM-B420",
            "name": "枪式摄像机",
            "model": "IPC-B420",
            "category": "device",
            "serial_tracked": True,
        },
    )
    inventory.move(desk, "CAM-B420", MovementKind.STOCK_IN, 1, serials=["B420X1"], source="厂家")
    ticket_id = make_ticket(severity="major", device_id=ids["camera"])
    offer = loans.loaner_candidates(desk, ticket_id)
    assert [(c.model, c.match) for c in offer] == [
        ("IPC-D320", LoanerMatch.SAME_MODEL),
        ("IPC-D320", LoanerMatch.SAME_MODEL),
        ("IPC-B420", LoanerMatch.SAME_KIND),
    ]
    assert store["cam"] == offer[0].part_id


def test_a_loaner_from_outside_the_store_is_named_in_words(desk, clock, make_ticket) -> None:
    ids = small_register(desk)
    ticket_id = make_ticket(severity="major", device_id=ids["decoder"])
    clock.advance(timedelta(hours=9))
    assert loans.loaner_candidates(desk, ticket_id) == []
    with pytest.raises(Exception, match="备用机（注明）"):
        loans.issue_outside_loaner(desk, ticket_id, " ", borrower="王值班员")
    loan_id = loans.issue_outside_loaner(
        desk, ticket_id, "售后服务部调拨 解码器 DEC-16H 1台", borrower="指挥中心 王值班员"
    )
    loan = loans.get_loan(desk, loan_id)
    assert loan.part_id is None and loan.part_name == "售后服务部调拨 解码器 DEC-16H 1台"
    assert loans.ticket_loaner(desk, ticket_id).state is LoanerState.ISSUED
    assert register.get_device(desk, ids["decoder"]).status is DeviceStatus.ON_LOANER
    loans.return_loan(desk, loan_id, "原设备返厂修复装回")
    assert register.get_device(desk, ids["decoder"]).status is DeviceStatus.IN_USE
    software = make_ticket(is_hardware=False)
    with pytest.raises(StockError, match="不是硬件故障"):
        loans.issue_outside_loaner(desk, software, "任意", borrower="x")
