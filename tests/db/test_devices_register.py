"""The device register on a real database: fields checked, every change logged, SQL filter and
paging, the picker, links, and a ticket picked by device in the device's history."""

from __future__ import annotations

from datetime import date

import pytest

from app.domain.devices.register import DeviceKind, DeviceStatus
from app.domain.validation import ValidationError
from app.services.devices import history, links, queries, register
from app.services.devices.queries import DeviceFilter, DeviceSort
from app.services.tickets import calls
from tests.conftest import call_values
from tests.db.device_helpers import device_values, small_register


def test_a_device_is_registered_clean_and_logged(desk) -> None:
    device_id = register.create_device(desk, device_values(kind="", status=""))
    info = register.get_device(desk, device_id)
    assert info.kind is DeviceKind.CAMERA  # from its name
    assert info.status is DeviceStatus.IN_USE
    assert info.mac == "B4:A3:82:00:00:13"
    assert info.installed_on == date(2025, 4, 20)
    assert info.label == "监区一 3号监仓 半球摄像机 IPC-D320"
    assert register.get_device(desk, " sp-0003 ").id == device_id
    log = history.device_history(desk, device_id).log
    assert [(line.kind, line.summary, line.actor) for line in log] == [
        ("registered", "登记设备", "孙工")
    ]


def test_bad_fields_are_named_and_nothing_is_saved(desk) -> None:
    with pytest.raises(ValidationError) as refused:
        register.create_device(
            desk,
            device_values(
                code="", ip="10.10.1.300", mac="xx", system="不存在的系统", installed_on="昨天"
            ),
        )
    fields = {e.field for e in refused.value.errors}
    assert fields == {"code", "ip", "mac", "system", "installed_on"}
    assert "“IP地址”不是有效的 IP 地址" in str(refused.value)
    assert queries.query_ids(desk) == []


def test_a_second_device_with_the_same_ip_or_serial_is_refused(desk) -> None:
    small_register(desk)
    with pytest.raises(ValidationError, match="“IP地址”已被其他设备使用"):
        register.create_device(
            desk, device_values(code="SP-0004", asset_no="X-4", serial_no="S4", ip="10.10.1.13")
        )
    with pytest.raises(ValidationError, match="同型号设备中已有此“序列号”"):
        register.create_device(desk, device_values(code="SP-0004", asset_no="X-4", ip="10.10.1.14"))


def test_each_change_is_one_line_of_the_log(desk, clock) -> None:
    ids = small_register(desk)
    values = register.form_values(register.get_device(desk, ids["camera"]))
    assert register.update_device(desk, ids["camera"], values) == 0  # nothing changed
    values.update(ip="10.10.1.99", version="V5.7.0")
    assert register.update_device(desk, ids["camera"], values, "更换主板后重新配置") == 2
    line = history.device_history(desk, ids["camera"]).log[0]
    assert line.summary == "修改设备信息：更换主板后重新配置"
    assert line.details.splitlines() == [
        "IP地址：10.10.1.13 → 10.10.1.99",
        "固件/软件版本：V5.6.2 build 231108 → V5.7.0",
    ]
    with pytest.raises(ValidationError, match="变更原因"):
        register.change_status(desk, ids["camera"], DeviceStatus.SCRAPPED, " ")
    register.change_status(desk, ids["camera"], DeviceStatus.SCRAPPED, "护罩及镜头损毁，无法修复")
    assert history.device_history(desk, ids["camera"]).log[0].summary == "状态：在用 → 报废"


def test_the_register_filters_and_sorts_in_sql(desk) -> None:
    ids = small_register(desk)
    everything = queries.query_ids(desk)
    assert [d.code for d in queries.fetch_rows(desk, everything)] == [
        "MJ-0003",
        "SP-0001",
        "SP-0003",
        "SP-0100",
    ]
    video = queries.query_ids(desk, DeviceFilter(system_code="VIDEO"), DeviceSort.IP, True)
    assert [d.ip for d in queries.fetch_rows(desk, video)] == [
        "10.10.1.200",
        "10.10.1.2",
        "10.10.1.13",
    ]  # text order, as stored
    assert queries.query_ids(desk, DeviceFilter(place="AB门")) == [ids["reader"]]
    assert queries.query_ids(desk, DeviceFilter(text="nvr 中心机房")) == [ids["nvr"]]
    assert queries.query_ids(desk, DeviceFilter(text="10.10.1.2")) == [ids["nvr"], ids["decoder"]]
    assert queries.query_ids(desk, DeviceFilter(kind=DeviceKind.DECODER)) == [ids["decoder"]]
    register.change_status(desk, ids["nvr"], DeviceStatus.IN_REPAIR, "硬盘故障送修")
    repair = DeviceFilter(status=DeviceStatus.IN_REPAIR)
    assert queries.query_ids(desk, repair) == [ids["nvr"]]
    assert queries.fetch_rows(desk, [ids["decoder"], 999, ids["nvr"]])[1].id == ids["nvr"]


def test_the_picker_offers_the_place_first_then_what_is_typed(desk) -> None:
    ids = small_register(desk)
    at_place = queries.pick_candidates(desk, place="监区一 3号监仓")
    assert [d.id for d in at_place] == [ids["camera"]]
    typed = queries.pick_candidates(desk, place="监区一 3号监仓", text="10.10.1")
    assert [d.id for d in typed][0] == ids["camera"]  # the place's device first
    assert {d.id for d in typed} == {ids["camera"], ids["nvr"], ids["decoder"]}
    assert [d.id for d in queries.pick_candidates(desk, text="rd-m30")] == [ids["reader"]]
    assert queries.pick_candidates(desk) == []


def test_a_ticket_picked_by_device_is_in_the_devices_history(desk) -> None:
    ids = small_register(desk)
    ticket_id, number = calls.create_ticket(
        desk, call_values(device="随便写的", device_id=ids["camera"])
    )
    calls.create_ticket(desk, call_values(device="手写的设备"))  # free text: not linked
    found = history.device_history(desk, ids["camera"])
    assert [(t.id, t.number) for t in found.tickets] == [(ticket_id, number)]
    from app.services.tickets.detail import ticket_detail

    assert ticket_detail(desk, ticket_id).device == "监区一 3号监仓 半球摄像机 IPC-D320"
    with pytest.raises(ValidationError, match="“设备”不存在"):
        calls.create_ticket(desk, call_values(device_id=4242))
    assert queries.tickets_without_device(desk) == 1


def test_links_are_seen_from_both_ends_and_logged(desk) -> None:
    ids = small_register(desk)
    links.add_link(desk, ids["camera"], "SP-0001", "通道 D3")
    from app.domain.devices.register import DeviceError

    with pytest.raises(DeviceError, match="已经关联"):
        links.add_link(desk, ids["nvr"], ids["camera"])
    with pytest.raises(DeviceError, match="自己"):
        links.add_link(desk, ids["nvr"], ids["nvr"])
    [seen] = links.list_links(desk, ids["nvr"])
    assert (seen.code, seen.note) == ("SP-0003", "通道 D3")
    assert links.list_links(desk, ids["camera"])[0].code == "SP-0001"
    assert history.device_history(desk, ids["nvr"]).log[0].summary == (
        "关联设备：SP-0003 ↔ SP-0001（通道 D3）"
    )
    links.remove_link(desk, seen.link_id)
    assert links.list_links(desk, ids["camera"]) == []
