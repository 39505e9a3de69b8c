"""审计记录 as Excel: one sheet of records, one of the fields each record changed."""

from __future__ import annotations

from pathlib import Path
from types import TracebackType
from typing import Self

from app.exports.xlsx import Columns, LogWriter

RECORD_COLUMNS: Columns = (
    ("序号", 9),
    ("时间", 17),
    ("登录名", 12),
    ("姓名", 14),
    ("工作站", 14),
    ("来源", 8),
    ("操作", 22),
    ("对象类型", 12),
    ("对象", 26),
    ("结果", 8),
    ("说明", 40),
    ("变更行数", 9),
    ("哈希值", 66),
)
CHANGE_COLUMNS: Columns = (
    ("审计记录序号", 12),
    ("表", 14),
    ("行号", 8),
    ("变更", 8),
    ("字段", 20),
    ("原值", 30),
    ("新值", 30),
)
SOURCES = {"gui": "图形界面", "cli": "命令行", "system": "程序"}
OUTCOMES = {"success": "成功", "refused": "已拒绝", "failure": "失败"}
OPS = {"insert": "新增", "update": "修改", "delete": "删除", "baseline": "基线"}


class AuditWorkbook:
    """Streams records and their changes into an atomically written workbook."""

    def __init__(self, out_path: Path, about: list[tuple[str, object]]) -> None:
        """``about``: what the export is (chain head, filter, who, when), on its own sheet."""
        self._log = LogWriter(
            out_path,
            [
                ("审计记录", RECORD_COLUMNS),
                ("变更明细", CHANGE_COLUMNS),
                ("导出说明", (("项目", 14), ("内容", 90))),
            ],
        )
        for row in about:
            self._log.sheets[2].append(row)

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._log.__exit__(exc_type, exc, tb)

    def add_record(self, row: tuple[object, ...]) -> None:
        """序号, 时间, 登录名, 姓名, 工作站, source, 操作, 对象类型, 对象, outcome, …"""
        values = list(row)
        values[5] = SOURCES.get(str(values[5]), values[5])
        values[9] = OUTCOMES.get(str(values[9]), values[9])
        self._log.sheets[0].append(values)

    def add_change(self, row: tuple[object, ...]) -> None:
        """审计记录序号, 表, 行号, op, 字段, 原值, 新值 (values as stored, shown as text)."""
        values = list(row)
        values[3] = OPS.get(str(values[3]), values[3])
        values[5:7] = ["" if v is None else str(v) for v in values[5:7]]
        self._log.sheets[1].append(values)

    def commit(self) -> None:
        self._log.commit()
