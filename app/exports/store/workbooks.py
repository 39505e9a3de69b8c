"""The store's Excel workbooks: stock list, movement ledger, loans."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from app.exports.xlsx import ROWS_PER_PAGE, LogWriter, PrintHeading

STOCK_HEADER = (
    "货架", "编码", "名称", "型号规格", "类别", "单位", "库存", "借出在外", "最低库存",
    "低于最低库存", "按序列号管理", "在库序列号",
)  # fmt: skip
STOCK_WIDTHS = (10, 16, 22, 20, 16, 6, 8, 10, 10, 12, 12, 40)
LEDGER_HEADER = (
    "时间", "类型", "编码", "名称", "型号规格", "序列号", "数量", "单位", "工单号", "装入设备",
    "来源", "原因/说明", "经办人",
)  # fmt: skip
LEDGER_WIDTHS = (17, 8, 16, 20, 18, 16, 7, 6, 15, 22, 20, 30, 10)
LOANS_HEADER = (
    "借用单号", "类型", "编码", "名称", "型号规格", "序列号", "数量", "工单号", "借用人",
    "使用地点", "用途", "借出时间", "经办人", "预计归还", "归还时间", "接收人", "状态",
)  # fmt: skip
LOANS_WIDTHS = (9, 9, 14, 18, 16, 14, 6, 15, 14, 18, 24, 17, 9, 17, 17, 9, 10)


def write_sheets(
    out_path: Path,
    sheets: Sequence[tuple[str, Sequence[str], Sequence[float], Iterable[Sequence[object]]]],
    heading: PrintHeading | None = None,
) -> int:
    """Write one workbook of (title, header, widths, rows) sheets atomically; returns data rows."""
    columns = [
        (title, list(zip(header, widths, strict=True))) for title, header, widths, _ in sheets
    ]
    with LogWriter(out_path, columns, heading, rows_per_page=ROWS_PER_PAGE) as log:
        for sheet, (*_, rows) in zip(log.sheets, sheets, strict=True):
            for row in rows:
                sheet.append(row)
        log.commit()
    return sum(sheet.rows for sheet in log.sheets)
