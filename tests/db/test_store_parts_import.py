"""Importing the parts list: full-width digits are fine, any bad row stops the whole file."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.db.models.store import Part, StockMovement
from app.services.store import inventory
from app.services.store.parts_import import PartsImportError, import_parts
from tests.db.store_workbooks import CLEAN_ROWS, HEADER, write_workbook


def _counts(desk) -> tuple[int, int]:
    with desk.db.read() as session:
        return (
            session.scalar(select(func.count(Part.id))) or 0,
            session.scalar(select(func.count(StockMovement.id))) or 0,
        )


def test_a_clean_file_with_full_width_digits_and_spaces_imports(desk, tmp_path: Path) -> None:
    path = write_workbook(tmp_path / "备件清单.xlsx", CLEAN_ROWS, title="看守所备品备件清单")
    result = import_parts(desk, path)
    assert (result.parts, result.units, result.serials) == (4, 16, 3)
    parts = {p.code: p for p in inventory.list_parts(desk)}
    assert set(parts) == {"CAM-D320", "SFP-1G", "UPS-BAT", "TE-OTDR"}
    sfp = parts["SFP-1G"]
    assert (sfp.name, sfp.shelf, sfp.on_hand, sfp.min_stock) == ("千兆光模块", "A-01", 5, 2)
    assert parts["CAM-D320"].serial_tracked and parts["CAM-D320"].on_hand == 2
    assert inventory.serials_in_stock(desk, parts["CAM-D320"].id) == ["D320A01", "D320A02"]
    assert parts["UPS-BAT"].on_hand == 8
    assert inventory.list_movements(desk)[0].source == "期初导入 备件清单.xlsx"


def test_every_bad_row_is_reported_and_nothing_is_imported(desk, tmp_path: Path) -> None:
    rows = [
        *CLEAN_ROWS,
        [None, "网线", "", "耗材", "箱", "E-01", "", "3", None],  # row 7: missing code
        ["CAB-5E", "超五类网线", "", "耗材", "箱", "E-01", "", "三箱", None],  # row 8: not a number
        ["CAM-D320", "半球摄像机", "IPC-D320", "整机", "台", "B-02", "", "0", None],  # row 9: dup
        [
            "PWR-12V",
            "12V 电源",
            "",
            "杂项",
            "个",
            "E-02",
            "",
            "4",
            None,
        ],  # row 10: unknown category
    ]
    path = write_workbook(tmp_path / "bad.xlsx", rows)
    with pytest.raises(PartsImportError) as caught:
        import_parts(desk, path)
    assert [str(r) for r in caught.value.rows] == [
        "第 7 行：缺少编码",
        "第 8 行：期初数量“三箱”不是整数",
        "第 9 行：编码 CAM-D320 与第 2 行重复",
        "第 10 行：类别“杂项”不认识",
    ]
    assert "4 行有错误，未导入任何数据" in str(caught.value)
    assert _counts(desk) == (0, 0)


def test_a_code_already_in_the_catalogue_stops_the_import(desk, tmp_path: Path) -> None:
    import_parts(desk, write_workbook(tmp_path / "first.xlsx", CLEAN_ROWS[:1]))
    before = _counts(desk)
    with pytest.raises(PartsImportError) as caught:
        import_parts(desk, write_workbook(tmp_path / "again.xlsx", CLEAN_ROWS[:2]))
    assert [str(r) for r in caught.value.rows] == ["第 2 行：编码 CAM-D320 已在备件目录中"]
    assert _counts(desk) == before


def test_a_file_that_is_not_a_workbook_gets_a_message(desk, tmp_path: Path) -> None:
    fake = tmp_path / "parts.xlsx"
    fake.write_text("编码,名称\nA,B\n", encoding="utf-8")
    with pytest.raises(PartsImportError, match="无法读取 Excel 文件"):
        import_parts(desk, fake)
    good = write_workbook(tmp_path / "good.xlsx", CLEAN_ROWS)
    truncated = tmp_path / "truncated.xlsx"
    truncated.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    with pytest.raises(PartsImportError, match="无法读取 Excel 文件"):
        import_parts(desk, truncated)
    with pytest.raises(PartsImportError, match="文件不存在"):
        import_parts(desk, tmp_path / "missing.xlsx")
    assert _counts(desk) == (0, 0)


def test_missing_headers_and_empty_sheets_are_refused(desk, tmp_path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    book.active.append([h for h in HEADER if h not in ("类别", "期初数量")])
    book.active.append(["A", "名称", "型号", "台", "A-01", "1", ""])
    book.save(tmp_path / "headers.xlsx")
    with pytest.raises(PartsImportError, match="缺少表头：类别、期初数量"):
        import_parts(desk, tmp_path / "headers.xlsx")
    with pytest.raises(PartsImportError, match="没有备件数据行"):
        import_parts(desk, write_workbook(tmp_path / "empty.xlsx", []))
    assert _counts(desk) == (0, 0)
