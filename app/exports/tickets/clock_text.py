"""Clock states as short Chinese text, the same words the tickets tab shows, without Qt."""

from __future__ import annotations

from datetime import timedelta

from app.domain.enums import ClockState
from app.domain.tickets.sla import ClockStatus
from app.exports.pdf_text import BLANK


def duration_text(delta: timedelta) -> str:
    """A duration in days, hours and minutes: ``2天3小时``, ``1小时5分``, ``12分``, ``不足1分``."""
    minutes = max(int(delta.total_seconds() // 60), 0)
    days, rest = divmod(minutes, 24 * 60)
    hours, minutes = divmod(rest, 60)
    if days:
        return f"{days}天{hours}小时"
    if hours:
        return f"{hours}小时{minutes}分"
    if delta < timedelta(minutes=1):
        return "不足1分"
    return f"{minutes}分"


def clock_text(status: ClockStatus) -> str:
    """Short state of one clock: ``达标 3分``, ``剩余 12分``, ``超时 1小时5分``, ``已暂停`` or a dash."""
    state = status.state
    if state is ClockState.NOT_APPLICABLE:
        return BLANK
    if state is ClockState.SELF_FOUND:
        return state.label
    if state is ClockState.MET:
        return f"达标 {duration_text(status.elapsed)}"
    if state is ClockState.BREACHED:
        return f"超时 {duration_text(status.elapsed - status.target)}"
    if state is ClockState.PAUSED:
        return ClockState.PAUSED.label
    prefix = "预警 剩余" if state is ClockState.WARNING else "剩余"
    return f"{prefix} {duration_text(status.remaining)}"


def clocks_text(statuses: list[ClockStatus]) -> str:
    """Every clock a ticket runs, one per line: ``响应 达标 3分``; not-applicable ones left out."""
    lines = [
        f"{s.kind.label} {clock_text(s)}"
        for s in statuses
        if s.state is not ClockState.NOT_APPLICABLE
    ]
    return "\n".join(lines) or BLANK
