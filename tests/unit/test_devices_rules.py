"""The register's pure rules: kinds from names, field checks, import rows, the line diff,
loaner matching, upgrade charges, attendee and timeline lines, the yearly due date."""

from __future__ import annotations

from datetime import date, time

import pytest

from app.domain.devices.import_rows import (
    DeviceRow,
    check_links,
    check_unique,
    match_headers,
    parse_device_row,
    split_links,
)
from app.domain.devices.register import (
    DeviceKind,
    DeviceStatus,
    check_device,
    device_label,
    kind_of_text,
    model_in_text,
    normalise_mac,
    parse_day,
)
from app.domain.devices.snapshots import DiffTag, decode_text, line_diff
from app.domain.devices.upgrades import Charge, UpgradeResult, charge_for, version_after
from app.domain.store.import_rows import RowError
from app.domain.store.loaners import FailedDevice, LoanerMatch, loaner_match
from app.domain.training.rules import (
    DueKind,
    TrainingError,
    YearlyState,
    parse_attendees,
    parse_timeline,
    yearly_due,
)

SYSTEMS = {"VIDEO": "视频监控系统", "ACCESS": "门禁控制系统"}


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("监区一 3号监仓 半球摄像机 IPC-D320", DeviceKind.CAMERA),
        ("中心机房 UPS-1 蓄电池组 12V100Ah×32", DeviceKind.BATTERY),
        ("中心机房 UPS-1 在线式UPS 80kVA", DeviceKind.UPS),
        ("监控指挥中心 对讲管理主机 IC-M9000", DeviceKind.INTERCOM_HOST),
        ("监区一 5号监仓 监仓对讲分机 IC-T210", DeviceKind.INTERCOM_TERMINAL),
        ("周界 北侧围墙 振动光纤防区 FZ-03", DeviceKind.ALARM_ZONE),
        ("中心机房 振动光纤主机 FV-4000", DeviceKind.ALARM_HOST),
        ("PoE 接入交换机 24口", DeviceKind.SWITCH),
        ("视频综合平台 解码器 DEC-16H", DeviceKind.DECODER),
        ("收押登记模块", DeviceKind.SOFTWARE),
        ("一台说不清的东西", DeviceKind.OTHER),
    ],
)
def test_a_name_says_its_kind(text: str, kind: DeviceKind) -> None:
    assert kind_of_text(text) is kind


def test_free_text_names_its_model() -> None:
    assert model_in_text("监区一 3号监仓 半球摄像机 IPC-D320") == "IPC-D320"
    assert model_in_text("NVR-1 网络硬盘录像机 NVR-6432（监区一）") == "NVR-6432"
    assert model_in_text("收押登记模块") == ""
    assert device_label("NVR-1 录像机", "NVR-6432") == "NVR-1 录像机 NVR-6432"
    assert device_label("半球摄像机 IPC-D320", "ipc-d320") == "半球摄像机 IPC-D320"


def test_field_spellings_are_forgiven() -> None:
    assert parse_day("2025年6月30日") == date(2025, 6, 30)
    assert parse_day("2025/6/3") == date(2025, 6, 3)
    assert parse_day("2025-02-30") is None
    assert normalise_mac("b4a3.8200.0013") == "B4:A3:82:00:00:13"
    assert normalise_mac("B4:A3:82") is None
    data, problems = check_device(
        {"code": " sp-1 ", "name": "AB门 读卡器", "system": "门禁控制系统", "place": "AB门",
         "ip": " 10.20.1.5 ", "status": "正常", "kind": "UPS"},
        SYSTEMS,
    )  # fmt: skip
    assert problems == [] and data is not None
    assert (data.code, data.system_code, data.ip) == ("SP-1", "ACCESS", "10.20.1.5")
    assert data.status is DeviceStatus.IN_USE and data.kind is DeviceKind.UPS


def test_an_import_row_names_every_problem_in_column_order() -> None:
    row = parse_device_row(
        5, {"code": "X", "name": "", "system": "广播系统", "place": "放风场", "mac": "zz"}, SYSTEMS
    )
    assert row == RowError(
        5, "请填写“设备名称”；“所属系统”不存在：广播系统；“MAC地址”不是有效的 MAC 地址：zz"
    )
    assert match_headers(["设备编号", " 名 称 ", "IP", "所属系统", "地点"]) == {
        "code": 0,
        "name": 1,
        "ip": 2,
        "system": 3,
        "place": 4,
    }
    assert [(r.code, r.note) for r in split_links("sw-01：GE1/0/3、 NVR-01")] == [
        ("SW-01", "GE1/0/3"),
        ("NVR-01", ""),
    ]


def _row(row: int, **values: str) -> DeviceRow:
    base = {"code": f"D{row}", "name": "摄像机", "system": "VIDEO", "place": "放风场"}
    parsed = parse_device_row(row, {**base, **values}, SYSTEMS)
    assert isinstance(parsed, DeviceRow)
    return parsed


def test_duplicates_in_the_file_and_the_register_are_errors() -> None:
    rows = [_row(2, ip="10.0.0.1"), _row(3, ip="10.0.0.1", links="D9"), _row(4, code="D2")]
    assert check_unique(rows) == [
        RowError(3, "IP地址 10.0.0.1 与第 2 行重复"),
        RowError(4, "设备编号 D2 与第 2 行重复"),
    ]
    taken = {"ip": {"10.0.0.1": "OLD-1"}}
    assert check_unique([rows[0]], taken) == [RowError(2, "IP地址 10.0.0.1 已属于设备 OLD-1")]
    assert check_links(rows, []) == [RowError(3, "关联设备不存在：D9")]


def test_the_line_diff_marks_added_and_removed_lines() -> None:
    lines = line_diff("a\nb\nc", "a\nc\nd")
    assert [(x.tag, x.text, x.old_line, x.new_line) for x in lines] == [
        (DiffTag.SAME, "a", 1, 1),
        (DiffTag.REMOVED, "b", 2, None),
        (DiffTag.SAME, "c", 3, 2),
        (DiffTag.ADDED, "d", None, 3),
    ]
    assert decode_text("校时".encode("gb18030")) == "校时"
    assert decode_text(b"\x00\x01binary") is None


def test_a_loaner_fits_by_model_then_by_kind() -> None:
    failed = FailedDevice.from_text("监控指挥中心 视频综合平台 解码器 DEC-16H")
    assert loaner_match(failed, "视频解码器", "DEC-16H") is LoanerMatch.SAME_MODEL
    assert loaner_match(failed, "视频解码器", "DEC-8H") is LoanerMatch.SAME_KIND
    assert loaner_match(failed, "半球摄像机", "IPC-D320") is None
    vague = FailedDevice.from_text("那个设备")
    assert loaner_match(vague, "半球摄像机", "IPC-D320") is None


def test_upgrades_are_free_in_warranty_and_versions_follow_success() -> None:
    end = date(2028, 6, 30)
    assert charge_for(date(2028, 6, 30), end) is Charge.FREE
    assert charge_for(date(2028, 7, 1), end) is Charge.AT_COST
    assert version_after(UpgradeResult.SUCCESS, "V1", "V2") == "V2"
    assert version_after(UpgradeResult.ROLLED_BACK, "V1", "V2") == "V1"
    assert version_after(UpgradeResult.FAILED, "V1", "V2") == "V1"


def test_attendees_and_timeline_lines() -> None:
    people = parse_attendees("张科长 监管科\n指挥中心：王值班员、刘值班员\n\n赵主任")
    assert [(p.name, p.department) for p in people] == [
        ("张科长", "监管科"),
        ("王值班员", "指挥中心"),
        ("刘值班员", "指挥中心"),
        ("赵主任", ""),
    ]
    steps = parse_timeline("9:05 报修\n09:30：恢复完成")
    assert [(s.at, s.text) for s in steps] == [(time(9, 5), "报修"), (time(9, 30), "恢复完成")]
    with pytest.raises(TrainingError, match="第 1 行应以时间开头"):
        parse_timeline("报修")
    with pytest.raises(TrainingError, match="第 2 行的时间无效"):
        parse_timeline("09:00 开始\n25:10 结束")


def test_yearly_due() -> None:
    today = date(2026, 11, 24)
    assert yearly_due(DueKind.DRILL, None, today).state is YearlyState.NEVER
    assert yearly_due(DueKind.DRILL, date(2025, 11, 20), today).state is YearlyState.OVERDUE
    soon = yearly_due(DueKind.DRILL, date(2025, 12, 20), today)
    assert (soon.state, soon.due, soon.days_left) == (YearlyState.DUE_SOON, date(2026, 12, 20), 26)
    assert yearly_due(DueKind.TRAINING, date(2026, 6, 1), today).state is YearlyState.OK
