"""The handover's follow-up section: fixed defects whose 回访 is due by the end of the shift."""

from __future__ import annotations

from app.exports.handover_form import HandoverSection
from app.exports.pdf_text import fmt_time
from app.services.reports.followups import due_follow_ups


def follow_ups_section(shift: object) -> HandoverSection:
    """待回访: one line per fixed defect due for its follow-up (overdue marked), with whom to call."""
    desk = shift.desk  # type: ignore[attr-defined]
    rows = []
    for due in due_follow_ups(desk, today=desk.today()):
        state = "已逾期" if due.overdue else "今日到期"
        rows.append(
            (
                due.number,
                f"{due.due_on:%Y-%m-%d}（{state}）",
                f"{due.requester} {due.requester_phone}".strip(),
                fmt_time(due.fixed_at),
                due.title,
            )
        )
    return HandoverSection(
        title="待回访（已修复的缺陷）",
        columns=("工单", "应回访日", "回访对象", "处理完成", "问题"),
        widths=(18, 20, 20, 16, 26),
        rows=tuple(rows),
        dense=True,
    )
