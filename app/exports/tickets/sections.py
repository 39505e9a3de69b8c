"""Sections both ticket documents share: the clocks and pauses, and the timeline of steps."""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether

from app.domain.enums import ClockKind, ClockState
from app.exports.pdf_fonts import Paragraph, Styles
from app.exports.pdf_tables import grid_table, heading, section
from app.exports.pdf_text import BLANK, fmt_duration, fmt_time
from app.exports.tickets.document_data import TicketDocument

_RESULT = {
    ClockState.MET: "达标",
    ClockState.BREACHED: "超时",
}


def clock_result(state: ClockState, stopped: bool) -> str:
    """Met / breached for a stopped clock; the running state (计时中, 预警 …) otherwise."""
    if state is ClockState.NOT_APPLICABLE:
        return state.label
    if stopped:
        return _RESULT.get(state, state.label)
    return f"未完成（{state.label}）"


def clock_rows(ticket: TicketDocument, kinds: tuple[ClockKind, ...]) -> list[list[str]]:
    """Target, actual time, time used and the result of each clock asked for."""
    rows = []
    for clock in ticket.clocks:
        if clock.kind not in kinds:
            continue
        applicable = clock.state is not ClockState.NOT_APPLICABLE
        if clock.state is ClockState.SELF_FOUND:  # the engineer was there: no response to time
            rows.append([clock.kind.label, fmt_duration(clock.target), "登记时", BLANK, "自行发现"])
            continue
        rows.append(
            [
                clock.kind.label,
                fmt_duration(clock.target),
                fmt_time(clock.stopped_at) if applicable else BLANK,
                fmt_duration(clock.elapsed) if applicable else BLANK,
                clock_result(clock.state, clock.stopped_at is not None),
            ]
        )
    return rows


def clocks_section(
    ticket: TicketDocument,
    styles: Styles,
    title: str,
    kinds: tuple[ClockKind, ...] = tuple(ClockKind),
) -> list[Flowable]:
    """The contract's clocks: target, actual, met or breached; then the pauses with reasons."""
    story: list[Flowable] = [
        heading(title, styles),
        grid_table(
            ["时限", "目标", "实际完成时间", "实际用时（扣除暂停）", "结果"],
            clock_rows(ticket, kinds),
            [14, 16, 26, 26, 18],
            styles,
        ),
    ]
    if ticket.pauses:
        rows = [
            [
                fmt_time(p.start),
                fmt_time(p.end) if p.end else "暂停中",
                fmt_duration(p.end - p.start) if p.end else BLANK,
                p.reason,
            ]
            for p in ticket.pauses
        ]
        story += [
            Paragraph("计时暂停记录：", styles.subtitle),
            grid_table(["暂停开始", "暂停结束", "时长", "原因"], rows, [22, 22, 14, 42], styles),
        ]
    return [KeepTogether(story)]


def timeline_section(
    ticket: TicketDocument,
    styles: Styles,
    title: str,
    details_of: frozenset[str] | None = None,
) -> list[Flowable]:
    """Every step with who and when; ``details_of``: the kinds of step whose text is printed
    too (None: all), so a form prints each text once, where it has its own field."""
    rows = []
    for step in ticket.timeline:
        shown = step.details and (details_of is None or step.kind in details_of)
        what = f"{step.summary}\n{step.details}" if shown else step.summary
        rows.append([fmt_time(step.at), step.actor, what])
    return [
        *section(title, styles),
        grid_table(["时间", "操作人", "内容"], rows, [20, 17, 63], styles),
    ]
