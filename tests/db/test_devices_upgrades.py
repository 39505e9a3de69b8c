"""Upgrades: the devices' versions follow a successful one, a rolled-back one leaves them; free
inside the contract's warranty, at cost after; the register as a workbook."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook

from app.domain.devices.upgrades import Charge, UpgradeResult
from app.domain.validation import ValidationError
from app.services.devices import history, register, upgrades
from app.services.devices.exports import export_upgrades
from tests.db.device_helpers import small_register


def _values(**overrides):
    values = {
        "devices": [],
        "kind": "firmware",
        "to_version": "V4.1.72 build 240506",
        "reason": "厂家公告修复停电后校时配置丢失",
        "test_done": "先升级 NVR-4 观察 48 小时",
        "rollback_plan": "保留旧固件和配置快照，异常时降级",
        "result": "success",
    }
    values.update(overrides)
    return values


def test_an_upgrade_changes_the_devices_version(desk, clock, make_ticket) -> None:
    ids = small_register(desk)
    ticket_id = make_ticket(device_id=ids["nvr"])
    number = history.device_history(desk, ids["nvr"]).tickets[0].number
    info = upgrades.record_upgrade(
        desk, _values(devices=[ids["nvr"], "SP-0100"], ticket=number.lower(), change_ref="BG-1")
    )
    assert info.number == "SJ-2026-0001" and info.ticket_id == ticket_id
    assert info.charge is Charge.FREE and not info.rollback_used
    assert [(d.code, d.from_version, d.to_version) for d in info.devices] == [
        ("SP-0001", "V4.1.60 build 230915", "V4.1.72 build 240506"),
        ("SP-0100", "V3.0.12", "V4.1.72 build 240506"),
    ]
    assert register.get_device(desk, ids["nvr"]).version == "V4.1.72 build 240506"
    line = history.device_history(desk, ids["nvr"]).log[0]
    assert line.summary == (
        "固件升级 SJ-2026-0001：V4.1.60 build 230915 → V4.1.72 build 240506，升级成功"
    )
    [seen] = history.device_history(desk, ids["nvr"]).upgrades
    assert seen.number == "SJ-2026-0001"


def test_a_rolled_back_upgrade_keeps_the_version(desk) -> None:
    ids = small_register(desk)
    info = upgrades.record_upgrade(
        desk, _values(devices=[ids["reader"]], to_version="V2.0", result="rolled_back")
    )
    assert info.result is UpgradeResult.ROLLED_BACK and info.rollback_used
    assert info.devices[0].to_version == "V1.2"
    assert register.get_device(desk, ids["reader"]).version == "V1.2"


def test_after_the_warranty_an_upgrade_is_at_cost(desk, clock) -> None:
    ids = small_register(desk)
    clock.advance(timedelta(days=3 * 366))  # the contract's warranty ends 2028-06-30
    info = upgrades.record_upgrade(desk, _values(devices=[ids["nvr"]]))
    assert info.charge is Charge.AT_COST


def test_an_incomplete_upgrade_is_refused_naming_each_field(desk, clock) -> None:
    with pytest.raises(ValidationError) as refused:
        upgrades.record_upgrade(
            desk,
            _values(
                rollback_plan=" ",
                test_done="",
                result="maybe",
                ticket="",
                performed_at=clock.now() + timedelta(hours=1),
            ),
        )
    assert {e.field for e in refused.value.errors} == {
        "devices",
        "test_done",
        "rollback_plan",
        "result",
        "performed_at",
    }
    ids = small_register(desk)
    with pytest.raises(ValidationError, match="“关联工单”不存在"):
        upgrades.record_upgrade(desk, _values(devices=[ids["nvr"]], ticket="GD-2026-9999"))
    assert upgrades.list_upgrades(desk) == []


def test_the_upgrade_register_is_a_workbook_row_per_device(desk, tmp_path: Path) -> None:
    ids = small_register(desk)
    upgrades.record_upgrade(desk, _values(devices=[ids["nvr"], ids["decoder"]]))
    out = tmp_path / "upgrades.xlsx"
    assert export_upgrades(desk, out) == 2
    sheet = load_workbook(out).active
    header = [c.value for c in sheet[1]]
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    assert rows[0][header.index("设备编号")] == "SP-0001"
    assert rows[0][header.index("原版本")] == "V4.1.60 build 230915"
    assert rows[1][header.index("费用")] == "免费（质保期内）"
    assert rows[1][header.index("是否回退")] == "否"
