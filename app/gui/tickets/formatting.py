"""How the tickets tab shows times, durations and clock states (text and colours)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QCoreApplication, QDateTime
from PySide6.QtGui import QColor

from app.domain.enums import ClockState
from app.domain.tickets.sla import ClockStatus
from app.domain.tickets.timeline_text import TICKET, actor_text, render_stored
from app.gui.i18n import tr_domain

DASH = "—"


def local_text(value: datetime | None, missing: str = DASH) -> str:
    """An aware datetime as local ``yyyy-MM-dd HH:mm``; ``missing`` (a dash) when missing."""
    if value is None:
        return missing
    return value.astimezone().strftime("%Y-%m-%d %H:%M")


def duration_text(delta: timedelta) -> str:
    """A duration in days, hours and minutes, e.g. ``1小时5分``."""
    minutes = max(int(delta.total_seconds() // 60), 0)
    days, rest = divmod(minutes, 24 * 60)
    hours, minutes = divmod(rest, 60)
    if days:
        return QCoreApplication.translate("TicketFormat", "{0}天{1}小时").format(days, hours)
    if hours:
        return QCoreApplication.translate("TicketFormat", "{0}小时{1}分").format(hours, minutes)
    if delta < timedelta(minutes=1):
        return QCoreApplication.translate("TicketFormat", "不足1分")
    return QCoreApplication.translate("TicketFormat", "{0}分").format(minutes)


def clock_text(status: ClockStatus) -> str:
    """Short state of one clock: ``达标 3分``, ``剩余 12分``, ``超时 1小时5分``, ``已暂停`` or a dash."""
    state = status.state
    if state is ClockState.NOT_APPLICABLE:
        return DASH
    if state is ClockState.SELF_FOUND:
        return tr_domain("enum", ClockState.SELF_FOUND.label)
    if state is ClockState.MET:
        return QCoreApplication.translate("TicketFormat", "达标 {0}").format(
            duration_text(status.elapsed)
        )
    if state is ClockState.BREACHED:
        return QCoreApplication.translate("TicketFormat", "超时 {0}").format(
            duration_text(status.elapsed - status.target)
        )
    if state is ClockState.PAUSED:
        return tr_domain("enum", ClockState.PAUSED.label)
    return QCoreApplication.translate("TicketFormat", "剩余 {0}").format(
        duration_text(status.remaining)
    )


def clock_tooltip(status: ClockStatus) -> str:
    """The longer explanation of one clock: target, due time, when it stopped."""
    if status.state is ClockState.NOT_APPLICABLE:
        return QCoreApplication.translate("TicketFormat", "{0}：不适用").format(
            tr_domain("enum", status.kind.label)
        )
    parts = [
        QCoreApplication.translate("TicketFormat", "{0}：{1}").format(
            tr_domain("enum", status.kind.label), tr_domain("enum", status.state.label)
        ),
        QCoreApplication.translate("TicketFormat", "时限 {0}").format(duration_text(status.target)),
    ]
    if status.due_at is not None:
        parts.append(
            QCoreApplication.translate("TicketFormat", "应于 {0}").format(local_text(status.due_at))
        )
    if status.stopped_at is not None:
        parts.append(
            QCoreApplication.translate("TicketFormat", "实际 {0}").format(
                local_text(status.stopped_at)
            )
        )
    return "\n".join(parts)


# Background and text colours per clock state: soft green, amber, red, grey.
CLOCK_COLOURS: dict[ClockState, tuple[str, str]] = {
    ClockState.MET: ("#dcefd9", "#1e5b23"),
    ClockState.SELF_FOUND: ("#dcefd9", "#1e5b23"),
    ClockState.WARNING: ("#ffd978", "#5a3d00"),
    ClockState.BREACHED: ("#d93a3a", "#ffffff"),
    ClockState.PAUSED: ("#dedede", "#4a4a4a"),
}


def clock_background(state: ClockState) -> QColor | None:
    colours = CLOCK_COLOURS.get(state)
    return QColor(colours[0]) if colours else None


def clock_foreground(state: ClockState) -> QColor | None:
    colours = CLOCK_COLOURS.get(state)
    return QColor(colours[1]) if colours else None


def clock_style(state: ClockState) -> str:
    """A style sheet for a label showing a clock in ``state``."""
    colours = CLOCK_COLOURS.get(state)
    if colours is None:
        return "padding: 2px 6px; border: 1px solid #c8c8c8; border-radius: 3px;"
    return f"padding: 2px 6px; border-radius: 3px; background: {colours[0]}; color: {colours[1]};"


class UiWords:
    """The UI's language for timeline events (``timeline_text.render``)."""

    def translate(self, context: str, text: str) -> str:
        return tr_domain(context, text)

    def time(self, value: datetime) -> str:
        return local_text(value)

    def duration(self, minutes: int) -> str:
        return duration_text(timedelta(minutes=minutes))


UI_WORDS = UiWords()


def event_texts(
    code: str, params: str, summary: str, details: str, timeline: str = TICKET
) -> tuple[str, str]:
    """A timeline event's summary and details in the UI's language (a ticket's timeline, or a
    change request's with ``timeline=CHANGE``)."""
    return render_stored(code, params, summary, details, UI_WORDS, timeline)


def actor_name(actor: str) -> str:
    """Who did it; the program itself in the UI's language."""
    return actor_text(actor, tr_domain)


def to_qdatetime(value: datetime) -> QDateTime:
    """An aware datetime as a local QDateTime."""
    return QDateTime.fromMSecsSinceEpoch(int(value.timestamp() * 1000))


def from_qdatetime(value: QDateTime) -> datetime:
    """A QDateTime (local) as an aware UTC datetime."""
    return datetime.fromtimestamp(value.toMSecsSinceEpoch() / 1000, UTC)
