"""Export the follow-up log (回访台账) for a period."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from app.domain.reports.followups import distribution, satisfaction_rate
from app.exports.reports.followup_log import write_follow_up_log
from app.exports.xlsx import PrintHeading, period_text
from app.services.audit_trail import record_export, require_export
from app.services.context import Desk
from app.services.reports.followups import FollowUpInfo, follow_ups_between


def follow_up_row(f: FollowUpInfo) -> tuple[object, ...]:
    return (
        f.at,
        f.kind.label,
        f.ticket_number,
        f.ticket_title,
        f.quarter,
        f.way.label,
        f.contact,
        f.satisfaction.label if f.satisfaction else "未评价",
        f.comments,
        f.recurred,
        f.complaint,
        f.complaint_result,
        f.complaint_closed_at,
        f.recorded_by,
    )


def share_rows(follow_ups: Sequence[FollowUpInfo]) -> list[tuple[str, int, float | None]]:
    """The satisfaction distribution and the 满意率 (satisfied or fairly satisfied)."""
    ratings = [f.satisfaction for f in follow_ups]
    rows: list[tuple[str, int, float | None]] = [
        (s.satisfaction.label, s.count, s.percent) for s in distribution(ratings)
    ]
    rated = sum(r[1] for r in rows)
    rows.append(("满意率（满意+基本满意）", rated, satisfaction_rate(ratings)))
    return rows


def export_follow_up_log(desk: Desk, out_path: Path, first: date | None, last: date | None) -> int:
    """Write the follow-up log of the period; returns the number of follow-ups."""
    require_export(desk)
    with desk.db.read() as session:
        follow_ups = follow_ups_between(session, first, last)
    heading = PrintHeading("回访台账", period_text(first, last), desk.clock.now())
    written = write_follow_up_log(
        Path(out_path), heading, map(follow_up_row, follow_ups), share_rows(follow_ups)
    )
    record_export(desk, "回访台账", Path(out_path), written)
    return written
