"""The change log workbook (变更台账): every change with its routing and outcome, and the
statistics GB/T 28827.1 §9.7 asks for — unapproved, failed, cancelled counts and shares, by kind."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from app.exports.xlsx import LogWriter, PrintHeading

CHANGES = (
    ("变更编号", 15), ("登记时间", 17), ("变更类别", 14), ("变更名称", 28), ("提出人", 10),
    ("所属系统", 14), ("预计工作量（工作日）", 10), ("审批人", 10), ("状态", 14), ("费用", 16),
    ("关联工单", 15), ("涉及设备", 30), ("提交审批时间", 17), ("审批人姓名", 10),
    ("审批时间", 17), ("审批意见", 24), ("开始实施", 17), ("完成时间", 17), ("实施结果", 30),
    ("提出人确认", 17), ("确认人", 10), ("取消原因", 20), ("回退方案", 30),
)  # fmt: skip
STATS = (
    ("变更类别", 16), ("合计", 8), ("审批人", 14), ("未获批准（驳回）", 10), ("驳回占比(%)", 10),
    ("待审批", 8), ("失败（已回退）", 10), ("失败占比(%)", 10), ("已取消", 8), ("取消占比(%)", 10),
    ("已完成或已确认", 10), ("涉及设备（台次）", 10),
)  # fmt: skip


@dataclass(frozen=True)
class KindStats:
    """One line of the statistics sheet (a kind, or 合计)."""

    kind: str
    total: int
    approvers: str
    rejected: int
    waiting: int
    failed: int
    cancelled: int
    done: int
    devices: int

    @staticmethod
    def share(part: int, whole: int) -> float | None:
        return round(100 * part / whole, 1) if whole else None

    def row(self) -> tuple[object, ...]:
        return (
            self.kind,
            self.total,
            self.approvers,
            self.rejected,
            self.share(self.rejected, self.total),
            self.waiting,
            self.failed,
            self.share(self.failed, self.total),
            self.cancelled,
            self.share(self.cancelled, self.total),
            self.done,
            self.devices,
        )


def write_change_log(
    out_path: Path,
    heading: PrintHeading,
    rows: Iterable[Sequence[object]],
    stats: Sequence[KindStats],
) -> int:
    """Write the two sheets atomically; returns the number of change rows."""
    with LogWriter(out_path, [("变更台账", CHANGES), ("变更统计", STATS)], heading) as log:
        changes, summary = log.sheets
        for row in rows:
            changes.append(row)
        for line in stats:
            summary.append(line.row())
        log.commit()
    return changes.rows
