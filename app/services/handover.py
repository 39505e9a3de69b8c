"""交接班记录: the shift handover document, built from a list of section builders.

``handover_document`` validates the two engineers, gathers the shift (from the previous handover
document's time, or 24 hours back, to the handover time) and prints it through the document
register (serial ``JJ-yyyy-nnnn``, no ticket), all or nothing like every other document.

The body is ``SECTION_BUILDERS``: one function per section, each taking the ``Shift`` and
returning a ``HandoverSection`` (title, columns, rows; no rows prints "无"). A later capability
(inspections due, loans out, stock alerts) adds its section by appending one function to this
list; the sections are numbered in list order and the signatures come last.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from app.db.models import Document, Ticket, TicketEvent
from app.domain.clock import FixedClock
from app.domain.enums import DueState
from app.domain.i18n import QT_TRANSLATE_NOOP
from app.domain.inspections.periods import DueStatus
from app.domain.tickets.sla import LoanerState, loaner_due_at
from app.domain.tickets.workflow import Action, allowed_actions
from app.exports.handover_form import HandoverDocument, HandoverSection, render_handover
from app.exports.pdf_text import BLANK, fmt_time
from app.exports.tickets.clock_text import clocks_text
from app.services.context import Desk
from app.services.contract import load_targets
from app.services.document_versions import SAVED
from app.services.documents import (
    HANDOVER,
    DocumentError,
    DocumentInfo,
    check_out_path,
    register_and_render,
)
from app.services.inspections.backups import backups_due
from app.services.inspections.runs import due_list
from app.services.store.handover_section import store_section
from app.services.tickets import escalations
from app.services.tickets.queue import QueueFilter, SortKey, fetch_rows, query_ids
from app.services.tickets.state import facts_of, times_of

DEFAULT_SHIFT = timedelta(hours=24)


# Always offered, never "what the next shift has to do".
NOT_NEXT_STEPS = frozenset({Action.NOTE, Action.REOPEN})


@dataclass(frozen=True)
class Shift:
    """What a section builder is given: the desk (its clock set to the handover time) and period."""

    desk: Desk
    from_engineer: str
    to_engineer: str
    start: datetime
    end: datetime
    notes: str


SectionBuilder = Callable[[Shift], HandoverSection]


def _next_steps(desk: Desk, ids: Sequence[int]) -> dict[int, tuple[str, str]]:
    """For each ticket: the step labels offered next (no 添加备注), and its loaner mark."""
    found: dict[int, tuple[str, str]] = {}
    with desk.db.read() as session:
        targets = load_targets(session)
        for start in range(0, len(ids), 500):
            tickets = session.scalars(
                select(Ticket)
                .where(Ticket.id.in_(ids[start : start + 500]))
                .options(selectinload(Ticket.pauses))
            )
            for ticket in tickets:
                steps = [
                    a.label for a in allowed_actions(facts_of(ticket)) if a not in NOT_NEXT_STEPS
                ]
                mark = loaner_due_at(times_of(ticket), targets)
                found[ticket.id] = ("、".join(steps) or BLANK, fmt_time(mark))
    return found


_LOANER = {
    LoanerState.NOT_APPLICABLE: "",
    LoanerState.NOT_NEEDED: "无需",
    LoanerState.PENDING: "未到期\n{due}",
    LoanerState.DUE: "已到期，应提供\n{due}",
    LoanerState.ISSUED: "已提供",
}


def open_tickets_section(shift: Shift) -> HandoverSection:
    """未关闭工单: every open ticket, oldest call first, with clocks, loaner mark and next step."""
    ids = query_ids(shift.desk, QueueFilter(open_only=True), SortKey.CALLED_AT, descending=False)
    rows = fetch_rows(shift.desk, ids)
    extra = _next_steps(shift.desk, ids)
    lines = []
    for row in rows:
        steps, loaner_due = extra.get(row.id, (BLANK, BLANK))
        if loaner_due == BLANK and row.loaner is LoanerState.PENDING:
            loaner_due = "暂停计时"  # the 8-hour mark moves on when the clocks resume
        loaner = _LOANER[row.loaner].format(due=loaner_due) or BLANK
        status = row.status.label + ("\n已暂停" if row.paused else "")
        lines.append(
            (
                row.number,
                f"{row.ticket_class.label}\n{row.severity.label}",
                status,
                f"{row.title}\n{row.system_name}　{row.place}",
                clocks_text(row.clocks),
                loaner,
                steps,
            )
        )
    return HandoverSection(
        title=f"未关闭工单（{len(lines)} 张）" if lines else "未关闭工单",
        columns=("工单号", "类别", "状态", "问题及地点", "时限", "备用机", "下一步"),
        widths=(22, 17, 12, 35, 30, 26, 32),
        rows=tuple(lines),
        dense=True,
    )


def escalations_section(shift: Shift) -> HandoverSection:
    """未处理的逐级上报: escalations nobody has acknowledged yet, whom to call and since when."""
    rows = []
    for e in escalations.unacknowledged(shift.desk):
        contact = " ".join(p for p in (e.contact_role, e.contact_name, e.contact_phone) if p)
        rows.append(
            (
                f"{e.ticket_number}\n{e.ticket_title}",
                f"{e.clock.label}超时",
                f"第{e.level}级",
                contact,
                fmt_time(e.due_at),
            )
        )
    return HandoverSection(
        title="未处理的逐级上报",
        columns=("工单", "时限", "级别", "联系人", "应上报时间"),
        widths=(30, 12, 9, 31, 18),
        rows=tuple(rows),
    )


_EVENT_KINDS = {
    "created": "登记",
    "escalation": "逐级上报",
    "acknowledge": "确认上报",
    "plan_followed": "按预案处置",
    "inspection_finding": "巡检发现",
    "store_stock_out": "备件出库",
    "store_return": "备件退库",
    "loaner_issued": "提供备用机",
    "loaner_returned": "备用机归还",
}


def _event_kind(kind: str) -> str:
    if kind in _EVENT_KINDS:
        return _EVENT_KINDS[kind]
    try:
        return Action(kind).label if kind != Action.NOTE else "备注"
    except ValueError:
        return kind


def shift_records_section(shift: Shift) -> HandoverSection:
    """本班记录: every timeline event of the shift (notes marked 备注), and the notes typed now."""
    with shift.desk.db.read() as session:
        events = session.execute(
            select(TicketEvent, Ticket.number)
            .join(Ticket, TicketEvent.ticket_id == Ticket.id)
            .where(TicketEvent.at > shift.start, TicketEvent.at <= shift.end)
            .order_by(TicketEvent.at, TicketEvent.id)
        ).all()
        rows = tuple(
            (
                fmt_time(event.at),
                number,
                _event_kind(event.kind),
                event.actor,
                f"{event.summary}\n{event.details}" if event.details else event.summary,
            )
            for event, number in events
        )
    return HandoverSection(
        title="本班记录",
        columns=("时间", "工单", "类型", "操作人", "内容"),
        widths=(17, 16, 12, 13, 42),
        rows=rows,
        text_label="交班说明",
        text=shift.notes,
    )


_DUE_NOW = (DueState.OVERDUE, DueState.DUE_TODAY, DueState.DUE_THIS_WEEK)


def _due_text(status: DueStatus) -> str:
    if status.overdue:
        return f"{status.state.label}\n漏 {status.missed} 期"
    return status.state.label


def inspections_section(shift: Shift) -> HandoverSection:
    """巡检与备份: checklists and backups overdue or due today or this week, with missed periods."""
    rows = []
    for row in due_list(shift.desk):
        if row.status.state in _DUE_NOW:
            last = (
                f"{row.last_run_number}\n{fmt_time(row.last_run_at)}" if row.last_run_at else "无"
            )
            rows.append(
                (
                    "巡检",
                    f"{row.name}\n{row.place}" if row.place else row.name,
                    row.frequency.label,
                    _due_text(row.status),
                    row.status.due_date.isoformat(),
                    last,
                )
            )
    for due in backups_due(shift.desk):
        if due.status.state in _DUE_NOW:
            rows.append(
                (
                    "备份",
                    f"{due.system_name}{due.kind.label}",
                    due.frequency.label,
                    _due_text(due.status),
                    due.status.due_date.isoformat(),
                    fmt_time(due.last_at) if due.last_at else "无",
                )
            )
    return HandoverSection(
        title="巡检与备份",
        columns=("类别", "巡检表 / 备份", "周期", "状态", "应完成日期", "上次完成"),
        widths=(9, 42, 10, 16, 17, 22),
        rows=tuple(rows),
    )


SECTION_BUILDERS: list[SectionBuilder] = [
    open_tickets_section,
    escalations_section,
    shift_records_section,
    inspections_section,
    store_section,
]


def _name(value: str, template: str) -> str:
    name = " ".join((value or "").split())
    if not name:
        raise DocumentError(template)
    return name


def check_engineers(from_engineer: str, to_engineer: str) -> tuple[str, str]:
    """Both names given (spaces tidied) and different; a Chinese error naming the field if not."""
    giver = _name(from_engineer, QT_TRANSLATE_NOOP("document", "请填写交班人"))
    taker = _name(to_engineer, QT_TRANSLATE_NOOP("document", "请填写接班人"))
    if giver.casefold() == taker.casefold():
        raise DocumentError(
            QT_TRANSLATE_NOOP("document", "接班人不能与交班人是同一人：{name}"), name=giver
        )
    return giver, taker


def previous_handover(desk: Desk, before: datetime) -> tuple[datetime, str] | None:
    """The time and serial of the last handover document before ``before``, if any."""
    with desk.db.read() as session:
        row = session.execute(
            select(Document.created_at, Document.serial)
            .where(Document.kind == HANDOVER, Document.created_at < before)
            .order_by(Document.created_at.desc(), Document.id.desc())
            .limit(1)
        ).first()
    return (row.created_at, row.serial) if row else None


def handover_document(
    desk: Desk,
    from_engineer: str,
    to_engineer: str,
    out_path: Path,
    notes: str = "",
    at: datetime | None = None,
    copy: str | None = SAVED,
) -> DocumentInfo:
    """Number, register and print the 交接班记录 for a handover at ``at`` (default: now)."""
    giver, taker = check_engineers(from_engineer, to_engineer)
    out_path = check_out_path(out_path)
    at = (at or desk.clock.now()).astimezone(UTC)
    escalations.sweep(desk)  # what fell due is recorded before the list is printed
    previous = previous_handover(desk, at)
    start, previous_serial = previous if previous else (at - DEFAULT_SHIFT, "")
    shift = Shift(
        desk=dataclasses.replace(desk, clock=FixedClock(at)),
        from_engineer=giver,
        to_engineer=taker,
        start=start,
        end=at,
        notes=notes.strip(),
    )
    doc = HandoverDocument(
        from_engineer=giver,
        to_engineer=taker,
        at=at,
        shift_start=start,
        previous_serial=previous_serial,
        sections=tuple(build(shift) for build in SECTION_BUILDERS),
    )
    return register_and_render(
        desk,
        HANDOVER,
        out_path,
        lambda path, header: render_handover(path, header, doc),
        created_at=at,
        subject=f"handover:{at.isoformat(timespec='minutes')}",
        content=doc,
        copy=copy,
    )
