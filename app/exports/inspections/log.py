"""The 巡检台账 workbook: runs, their item results and the backup register, streamed flat."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from app.exports.xlsx import ROWS_PER_PAGE, LogWriter, PrintHeading

RUNS_SHEET = "巡检记录"
ITEMS_SHEET = "巡检项结果"
BACKUPS_SHEET = "备份登记"

_RUN_COLUMNS: tuple[tuple[str, float], ...] = (
    ("巡检编号", 15),
    ("巡检表", 22),
    ("系统", 16),
    ("巡检周期", 9),
    ("所属期间", 14),
    ("巡检地点", 16),
    ("巡检人", 10),
    ("巡检时间", 17),
    ("检查项数", 9),
    ("不合格项", 9),
    ("开具工单", 9),
    ("缺陷工单号", 28),
    ("更正的记录", 15),
    ("已被更正为", 15),
    ("更正原因", 24),
    ("巡检说明", 30),
    ("登记人", 10),
    ("登记时间", 17),
)
RUN_HEADERS: tuple[str, ...] = tuple(name for name, _ in _RUN_COLUMNS)

_ITEM_COLUMNS: tuple[tuple[str, float], ...] = (
    ("巡检编号", 15),
    ("巡检表", 22),
    ("系统", 16),
    ("巡检时间", 17),
    ("序号", 6),
    ("检查类别", 13),
    ("检查项目", 24),
    ("检查方法", 36),
    ("标准", 14),
    ("测量值", 10),
    ("单位", 7),
    ("检查情况", 24),
    ("判定", 8),
    ("备注", 28),
    ("缺陷工单", 15),
    ("已被更正", 9),
)
ITEM_HEADERS: tuple[str, ...] = tuple(name for name, _ in _ITEM_COLUMNS)

_BACKUP_COLUMNS: tuple[tuple[str, float], ...] = (
    ("系统", 16),
    ("备份类型", 10),
    ("备份时间", 17),
    ("存放位置", 40),
    ("大小(MB)", 11),
    ("登记人", 10),
    ("备注", 24),
    ("恢复测试结果", 12),
    ("恢复测试时间", 17),
    ("测试人", 10),
    ("恢复测试情况", 36),
)
BACKUP_HEADERS: tuple[str, ...] = tuple(name for name, _ in _BACKUP_COLUMNS)


class InspectionLogWriter(LogWriter):
    """Writes the three sheets to ``out_path`` atomically; use as a context manager, then commit."""

    def __init__(self, out_path: Path, heading: PrintHeading | None = None) -> None:
        super().__init__(
            out_path,
            [
                (RUNS_SHEET, _RUN_COLUMNS),
                (ITEMS_SHEET, _ITEM_COLUMNS),
                (BACKUPS_SHEET, _BACKUP_COLUMNS),
            ],
            heading=heading or PrintHeading("巡检台账"),
            rows_per_page=ROWS_PER_PAGE,
        )
        self._runs, self._items, self._backups = self.sheets

    @property
    def run_rows(self) -> int:
        return self._runs.rows

    @property
    def item_rows(self) -> int:
        return self._items.rows

    @property
    def backup_rows(self) -> int:
        return self._backups.rows

    def add_run(self, row: Sequence[object], items: Sequence[Sequence[object]]) -> None:
        """One run (in RUN_HEADERS order) and its lines (in ITEM_HEADERS order)."""
        self._runs.append(row)
        for item in items:
            self._items.append(item)

    def add_backup(self, row: Sequence[object]) -> None:
        """One backup (in BACKUP_HEADERS order)."""
        self._backups.append(row)
