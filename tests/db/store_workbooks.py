"""Workbooks like the service department's parts list, clean and deliberately broken."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook

HEADER = ["编码", "名称", "型号规格", "类别", "单位", "货架", "最低库存", "期初数量", "序列号"]
CLEAN_ROWS = [
    ["CAM-D320", "半球摄像机", "IPC-D320", "整机", "台", "B-02", "1", "２", "D320A01、D320A02"],
    [" sfp-1g ", "千兆光模块 ", "SFP-GE-LX", "备品备件", "个", "a-01", "２", " ５ ", None],
    ["UPS-BAT", "UPS 蓄电池", "12V 100AH", "备件", "节", "D-01", 4, 8.0, None],
    [None, None, None, None, None, None, None, None, None],  # a blank line is skipped
    ["TE-OTDR", "光时域反射仪", "OTDR-200", "测试设备", "台", "C-01", "", "1", "OT001"],
]


def write_workbook(path: Path, rows: Sequence[Sequence[object]], title: str | None = None) -> Path:
    book = Workbook()
    sheet = book.active
    if title:
        sheet.append([title])
    sheet.append(HEADER)
    for row in rows:
        sheet.append(list(row))
    book.save(path)
    return path
