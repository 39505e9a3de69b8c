"""The register workbook imported all or nothing: every bad row named, known codes updated,
links made, free-text tickets matched, and an exported register imports back unchanged."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import text

from app.services.devices import history, links, queries
from app.services.devices.exports import export_devices
from app.services.devices.importing import DeviceImportError, import_devices
from app.services.tickets import calls
from tests.conftest import call_values
from tests.db.device_helpers import register_workbook

CLEAN = [
    ["SP-0001", "中心机房 NVR-1 网络硬盘录像机", "视频监控系统", "中心机房", "硬盘录像机", "视安科技",
     "NVR-6432", "N6432001", "YZKSS-2025-00001", "10.10.1.2", "B4A382000002",
     "V4.1.60", datetime(2025, 4, 1), "2028-06-30", "在用", None, None],
    [" sp-0003 ", "监区一 3号监仓 半球摄像机", "VIDEO", "监区一 3号监仓", "", "视安科技",
     "IPC-D320", "D3202501003", "YZKSS-2025-00003", "１０.10.1.13", "", "V5.6.2",
     "2025/4/20", "2028年6月30日", "", "SP-0001：通道 D3", "东侧墙角"],
    [None] * 17,  # a blank line is skipped
    ["DJ-0003", "监区一 3号监仓 监仓对讲分机", "监仓对讲系统", "监区一 3号监仓", "对讲分机", "声联通信",
     "IC-T210", "T210001", "", "10.30.1.13", "", "V2.4.0", None, None, "备用", None, None],
]  # fmt: skip


def _counts(desk) -> tuple[int, int, int]:
    with desk.db.read() as session:
        return tuple(  # type: ignore[return-value]
            session.execute(text(f"SELECT count(*) FROM {t}")).scalar_one()
            for t in ("device", "device_link", "device_event")
        )


def test_a_clean_register_is_imported_with_its_links(desk, tmp_path: Path) -> None:
    path = register_workbook(tmp_path / "register.xlsx", CLEAN, title="青岚市看守所 设备台账")
    result = import_devices(desk, path)
    assert (result.added, result.updated, result.unchanged, result.links) == (3, 0, 0, 1)
    camera = queries.fetch_rows(desk, queries.query_ids(desk, queries.DeviceFilter(text="SP-0003")))
    assert camera[0].ip == "10.10.1.13" and camera[0].kind.value == "camera"
    assert camera[0].warranty_end.isoformat() == "2028-06-30"
    assert [(x.code, x.note) for x in links.list_links(desk, camera[0].id)] == [
        ("SP-0001", "通道 D3")
    ]
    assert history.device_history(desk, camera[0].id).log[-1].summary == (
        "导入设备台账 register.xlsx"
    )


def test_an_import_with_bad_rows_is_refused_with_every_row_and_nothing_saved(
    desk, db_path: Path, tmp_path: Path
) -> None:
    rows = [
        *CLEAN,
        ["SP-0004", "", "视频监控系统", "放风场", "", "", "", "", "", "10.10.1.300", "", "",
         "2025-13-01", "", "坏了", None, None],
        ["SP-0005", "放风场 红外枪式摄像机1", "视频监控系统", "放风场", "", "", "", "", "",
         "10.10.1.2", "", "", None, None, "", "SP-9999", None],
    ]  # fmt: skip
    before = _counts(desk)
    with pytest.raises(DeviceImportError) as refused:
        import_devices(desk, register_workbook(tmp_path / "bad.xlsx", rows, title="设备台账"))
    message = str(refused.value)
    assert message.startswith("2 行有错误，未导入任何数据：")
    assert (
        "第 7 行：请填写“设备名称”；“IP地址”不是有效的 IP 地址：10.10.1.300；"
        "“安装日期”不是有效的日期：2025-13-01；“状态”不认识：坏了"
    ) in message
    assert "第 8 行：IP地址 10.10.1.2 与第 3 行重复" in message
    assert _counts(desk) == before == (0, 0, 0)


def test_missing_headers_and_unknown_links_are_refused(desk, tmp_path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    book.active.append(["编号", "名称", "型号"])
    book.save(tmp_path / "short.xlsx")
    with pytest.raises(DeviceImportError, match="第一张工作表缺少表头：所属系统、安装位置"):
        import_devices(desk, tmp_path / "short.xlsx")
    rows = [CLEAN[1]]
    with pytest.raises(DeviceImportError, match="第 2 行：关联设备不存在：SP-0001"):
        import_devices(desk, register_workbook(tmp_path / "links.xlsx", rows))
    (tmp_path / "garbage.xlsx").write_bytes(b"not a workbook")
    with pytest.raises(DeviceImportError, match="无法读取 Excel 文件"):
        import_devices(desk, tmp_path / "garbage.xlsx")


def test_known_codes_are_updated_and_each_change_logged(desk, tmp_path: Path) -> None:
    import_devices(desk, register_workbook(tmp_path / "a.xlsx", CLEAN))
    changed = [list(row) for row in CLEAN]
    changed[0][11] = "V4.1.72"
    result = import_devices(desk, register_workbook(tmp_path / "b.xlsx", changed))
    assert (result.added, result.updated, result.unchanged, result.links) == (0, 1, 2, 0)
    nvr = queries.fetch_rows(desk, queries.query_ids(desk, queries.DeviceFilter(text="SP-0001")))[0]
    line = history.device_history(desk, nvr.id).log[0]
    assert (line.summary, line.details) == (
        "导入设备台账 b.xlsx",
        "固件/软件版本：V4.1.60 → V4.1.72",
    )


def test_the_exported_register_imports_back_unchanged(desk, tmp_path: Path) -> None:
    import_devices(desk, register_workbook(tmp_path / "a.xlsx", CLEAN))
    out = tmp_path / "export.xlsx"
    assert export_devices(desk, out) == 3
    sheet = load_workbook(out).active
    header = [c.value for c in sheet[1]]
    assert header[:4] == ["设备编号", "设备名称", "所属系统", "安装位置"]
    rows = {row[0]: row for row in sheet.iter_rows(min_row=2, values_only=True)}
    assert list(rows) == ["DJ-0003", "SP-0001", "SP-0003"]
    nvr_row = rows["SP-0001"]
    assert nvr_row[12].date().isoformat() == "2025-04-01"
    assert rows["SP-0003"][header.index("关联设备")] == "SP-0001:通道 D3"
    assert nvr_row[header.index("状态")] == "在用"
    result = import_devices(desk, out)
    assert (result.added, result.updated, result.unchanged) == (0, 0, 3)


def test_free_text_tickets_are_matched_to_imported_devices(desk, tmp_path: Path) -> None:
    matched, _ = calls.create_ticket(desk, call_values(device="监区一 3号监仓 半球摄像机 IPC-D320"))
    kept, _ = calls.create_ticket(desk, call_values(device="3号仓那个摄像头"))
    result = import_devices(desk, register_workbook(tmp_path / "a.xlsx", CLEAN))
    assert result.tickets_linked == 1
    camera_id = queries.query_ids(desk, queries.DeviceFilter(text="SP-0003"))[0]
    assert [t.id for t in history.device_history(desk, camera_id).tickets] == [matched]
    assert queries.tickets_without_device(desk) == 1  # the vague one stays text
    assert kept != matched


def test_a_file_past_the_workbook_limits_is_refused_before_it_is_read(
    desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.services import workbook_rows

    path = register_workbook(tmp_path / "register.xlsx", CLEAN)
    monkeypatch.setattr(workbook_rows, "MAX_FILE_BYTES", path.stat().st_size - 1)
    with pytest.raises(DeviceImportError, match="文件太大") as refused:
        import_devices(desk, path)
    assert refused.value.context == "store"  # translated where the limit's message is marked
    assert _counts(desk) == (0, 0, 0)
    not_a_workbook = tmp_path / "台账.xlsx"
    not_a_workbook.write_text("编号,名称\n", encoding="utf-8")
    with pytest.raises(DeviceImportError, match="不是 .xlsx 工作簿"):
        import_devices(desk, not_a_workbook)
    assert _counts(desk) == (0, 0, 0)
