"""The follow-up log workbook (回访台账): every follow-up and survey, the satisfaction shares and
the complaint notes."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from app.exports.xlsx import LogWriter, PrintHeading

FOLLOW_UPS = (
    ("回访时间", 17), ("类型", 12), ("工单号", 15), ("工单标题", 26), ("调查季度", 9),
    ("回访方式", 10), ("回访对象", 14), ("满意度", 9), ("回访意见", 34), ("问题复发", 8),
    ("投诉内容", 26), ("投诉处理结果", 26), ("投诉处理时间", 17), ("登记人", 9),
)  # fmt: skip
SHARES = (("满意度", 12), ("次数", 8), ("占比(%)", 10))


def write_follow_up_log(
    out_path: Path,
    heading: PrintHeading,
    rows: Iterable[Sequence[object]],
    shares: Sequence[tuple[str, int, float | None]],
) -> int:
    """Write the follow-ups and the satisfaction shares atomically; returns the follow-up rows."""
    with LogWriter(out_path, [("回访台账", FOLLOW_UPS), ("满意度统计", SHARES)], heading) as log:
        follow_ups, summary = log.sheets
        for row in rows:
            follow_ups.append(row)
        for line in shares:
            summary.append(line)
        log.commit()
    return follow_ups.rows
