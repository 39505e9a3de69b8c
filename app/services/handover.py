"""交接班记录: the shift handover document, built from a list of section builders.

``handover_document`` validates the two engineers, gathers the shift (from the last handover, or
a start the user chooses, or 12 hours back when there was none, to the handover time) and prints
it through the document register (serial ``JJ-yyyy-nnnn``, no ticket), all or nothing like every
other document; the handover itself is stored in the same transaction, for the incoming engineer
to accept (``app.services.handover_acceptance``).

The body is the outgoing engineer's 交班说明, then ``SECTION_BUILDERS``: one function per
section, each taking the ``Shift`` and returning a ``HandoverSection`` (title, columns, rows; no
rows prints "无"); one line per item, so that a normal shift fits on one or two pages. The shift's
full event list is an annex, printed only when asked for.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from app.db.models import Document, Handover, Ticket, TicketEvent
from app.domain.clock import FixedClock
from app.domain.enums import DueState, TicketClass
from app.domain.i18n import QT_TRANSLATE_NOOP
from app.domain.inspections.periods import DueStatus
from app.domain.tickets.sla import ClockStatus, LoanerState, next_clock
from app.domain.tickets.workflow import Action, allowed_actions
from app.exports.handover_data import (
    Acceptance,
    HandoverDocument,
    HandoverSection,
    handover_from_json,
    handover_json,
)
from app.exports.pdf_text import BLANK, fmt_time
from app.exports.tickets.clock_text import clock_text
from app.services.context import Desk
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
from app.services.reference import list_systems
from app.services.reports.followups import due_follow_ups
from app.services.store.handover_section import store_section
from app.services.tickets import escalations
from app.services.tickets.queue import (
    OPEN_STATUSES,
    QueueFilter,
    QueueRow,
    SortKey,
    fetch_rows,
    query_ids,
)
from app.services.tickets.state import facts_of

DEFAULT_SHIFT = timedelta(hours=12)  # one day or night shift, when no handover came before


# Always offered, never "what the next shift has to do".
NOT_NEXT_STEPS = frozenset({Action.NOTE, Action.REOPEN, Action.CORRECT})


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


def _next_steps(desk: Desk, ids: Sequence[int]) -> dict[int, str]:
    """For each ticket: the first workflow or clock step offered next (no note, reopen or fix)."""
    found: dict[int, str] = {}
    with desk.db.read() as session:
        for start in range(0, len(ids), 500):
            tickets = session.scalars(
                select(Ticket)
                .where(Ticket.id.in_(ids[start : start + 500]))
                .options(selectinload(Ticket.events))
            )
            for ticket in tickets:
                steps = [a for a in allowed_actions(facts_of(ticket)) if a not in NOT_NEXT_STEPS]
                found[ticket.id] = steps[0].label if steps else BLANK
    return found


def next_clock_text(statuses: Sequence[ClockStatus]) -> str:
    """``修复 剩余 2小时5分``: the clock that matters next, or a dash when none is running."""
    clock = next_clock(statuses)
    return f"{clock.kind.label} {clock_text(clock)}" if clock else BLANK


def _open_rows(shift: Shift) -> tuple[list[QueueRow], dict[int, str]]:
    ids = query_ids(shift.desk, QueueFilter(open_only=True), SortKey.CALLED_AT, descending=False)
    return fetch_rows(shift.desk, ids), _next_steps(shift.desk, ids)


def _active(row: QueueRow) -> bool:
    """Still a fault or a clock to watch: a running clock, or a loaner owed."""
    return next_clock(row.clocks) is not None or row.loaner is LoanerState.DUE


def open_tickets_section(shift: Shift) -> HandoverSection:
    """未关闭工单: one line per ticket with a clock still running, oldest call first: where, what,
    the clock that matters next and the next step."""
    rows, steps = _open_rows(shift)
    lines = []
    for row in rows:
        if not _active(row):
            continue
        status = row.status.label + ("（暂停）" if row.paused else "")
        if row.loaner is LoanerState.DUE:
            status += "，应提供备用机"
        lines.append(
            (
                row.number,
                row.place,
                row.system_name,
                status,
                next_clock_text(row.clocks),
                steps.get(row.id, BLANK),
            )
        )
    return HandoverSection(
        title=f"未关闭工单（{len(lines)} 张在计时）" if lines else "未关闭工单",
        columns=("工单号", "地点", "系统", "状态", "下一个时限", "下一步"),
        widths=(19, 22, 16, 14, 19, 14),
        rows=tuple(lines),
        dense=True,
    )


def paperwork_section(shift: Shift) -> HandoverSection:
    """已恢复、待办结: open tickets whose clocks have all stopped, one line per next step; then
    the follow-ups due (overdue, today)."""
    rows, steps = _open_rows(shift)
    waiting: dict[str, list[str]] = {}
    for row in rows:
        if not _active(row):
            waiting.setdefault(steps.get(row.id, BLANK), []).append(row.number)
    return HandoverSection(
        title="已恢复运行、待办结的工单",
        columns=("下一步", "张数", "工单"),
        widths=(16, 8, 76),
        rows=tuple(
            (step, str(len(numbers)), compact_numbers(numbers)) for step, numbers in waiting.items()
        )
        + tuple(follow_up_rows(shift)),
        dense=True,
    )


def escalations_section(shift: Shift) -> HandoverSection:
    """未处理的逐级上报: escalations nobody has acknowledged yet, whom to call and since when."""
    rows = []
    for e in escalations.unacknowledged(shift.desk):
        contact = " ".join(p for p in (e.contact_role, e.contact_name, e.contact_phone) if p)
        rows.append(
            (
                e.ticket_number,
                f"{e.clock.label}超时",
                f"第{e.level}级",
                contact,
                fmt_time(e.due_at),
            )
        )
    return HandoverSection(
        title="未处理的逐级上报",
        columns=("工单", "时限", "级别", "联系人", "应上报时间"),
        widths=(20, 12, 9, 41, 18),
        rows=tuple(rows),
        dense=True,
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
    "followup": "回访",
}


# Not counted as the shift's work: escalations have their own section, notes are no step.
NOT_WORK = frozenset({"escalation", "acknowledge", Action.NOTE.value})


def _event_kind(kind: str) -> str:
    if kind in _EVENT_KINDS:
        return _EVENT_KINDS[kind]
    try:
        return Action(kind).label if kind != Action.NOTE else "备注"
    except ValueError:
        return kind


def _shift_events(shift: Shift) -> list[tuple[TicketEvent, str]]:
    with shift.desk.db.read() as session:
        return [
            (event, number)
            for event, number in session.execute(
                select(TicketEvent, Ticket.number)
                .join(Ticket, TicketEvent.ticket_id == Ticket.id)
                .where(TicketEvent.at > shift.start, TicketEvent.at <= shift.end)
                .order_by(TicketEvent.at, TicketEvent.id)
            )
        ]


def _runs(numbers: Sequence[str]) -> list[list[str]]:
    """The numbers once each, sorted, grouped into runs of consecutive ``PREFIX-nnnn``."""

    def key(number: str) -> tuple[str, int]:
        head, _, tail = number.rpartition("-")
        return (head, int(tail)) if head and tail.isdigit() else (number, -1)

    runs: list[list[str]] = []
    last: tuple[str, int] | None = None
    for number in sorted(set(numbers), key=key):
        current = key(number)
        follows = last is not None and current[1] >= 0 and current == (last[0], last[1] + 1)
        if follows:
            runs[-1].append(number)
        else:
            runs.append([number])
        last = current
    return runs


def compact_numbers(numbers: Sequence[str]) -> str:
    """``GD-2026-0723～0726、0730``: each number once, in order, three or more consecutive
    numbers written as a range, the year's prefix written only when it changes."""
    parts: list[str] = []
    prefix = ""
    for run in _runs(numbers):
        head, _, first = run[0].rpartition("-")
        shown = [first if head and head == prefix else run[0]]
        tails = [number.rpartition("-")[2] for number in run[1:]]
        shown += [f"～{tails[-1]}"] if len(run) >= 3 else tails
        parts.append(shown[0] + shown[1] if len(run) >= 3 else "、".join(shown))
        prefix = head
    return "、".join(parts)


def follow_up_rows(shift: Shift) -> list[tuple[str, str, str]]:
    """待回访: fixed defects whose follow-up is due by the handover day, overdue ones first, as
    rows of the paperwork section (the 报告 tab has whom to call)."""
    due = due_follow_ups(shift.desk, today=shift.desk.today())
    rows = []
    for label, overdue in (("回访已逾期", True), ("今日应回访", False)):
        numbers = [d.number for d in due if d.overdue is overdue]
        if numbers:
            rows.append((label, str(len(numbers)), compact_numbers(numbers)))
    return rows


def shift_work_section(shift: Shift) -> HandoverSection:
    """本班工作: how many of each kind of step the shift recorded, with the tickets concerned."""
    counts: dict[str, list[str]] = {}
    for event, number in _shift_events(shift):
        if event.kind not in NOT_WORK:
            counts.setdefault(_event_kind(event.kind), []).append(number)
    rows = tuple(
        (kind, str(len(numbers)), compact_numbers(numbers)) for kind, numbers in counts.items()
    )
    return HandoverSection(
        title="本班工作",
        columns=("事项", "次数", "工单"),
        widths=(18, 8, 74),
        rows=rows,
        dense=True,
    )


def shift_records_annex(shift: Shift) -> HandoverSection:
    """附件：本班处理记录: every timeline event of the shift, with its full text."""
    rows = tuple(
        (
            fmt_time(event.at),
            number,
            _event_kind(event.kind),
            event.actor,
            f"{event.summary}\n{event.details}" if event.details else event.summary,
        )
        for event, number in _shift_events(shift)
    )
    return HandoverSection(
        title="附件：本班处理记录",
        columns=("时间", "工单", "类型", "操作人", "内容"),
        widths=(17, 16, 12, 13, 42),
        rows=rows,
        dense=True,
    )


def systems_section(shift: Shift) -> HandoverSection:
    """系统运行状态: each maintained system 正常, or 有故障 with its unrestored defect tickets."""
    with shift.desk.db.read() as session:
        faults = session.execute(
            select(Ticket.system_id, Ticket.number)
            .where(
                Ticket.status.in_(OPEN_STATUSES),
                Ticket.ticket_class == TicketClass.DEFECT.value,
                Ticket.restored_at.is_(None),
            )
            .order_by(Ticket.called_at)
        ).all()
    by_system: dict[int, list[str]] = {}
    for system_id, number in faults:
        by_system.setdefault(system_id, []).append(number)
    cells = [
        (
            system.name,
            f"有故障：{compact_numbers(by_system[system.id])}"
            if system.id in by_system
            else "正常",
        )
        for system in list_systems(shift.desk)
    ]
    if len(cells) % 2:
        cells.append(("", ""))
    rows = tuple((*cells[i], *cells[i + 1]) for i in range(0, len(cells), 2))
    return HandoverSection(
        title="系统运行状态",
        columns=("系统", "状态", "系统", "状态"),
        widths=(18, 32, 18, 32),
        rows=rows,
        dense=True,
    )


_DUE_NOW = (DueState.OVERDUE, DueState.DUE_TODAY, DueState.DUE_THIS_WEEK)


def _due_text(status: DueStatus) -> str:
    if status.overdue:
        return f"{status.state.label}（漏 {status.missed} 期）"
    return status.state.label


def inspections_section(shift: Shift) -> HandoverSection:
    """巡检与备份: checklists and backups overdue or due today or this week, with missed periods."""
    rows = []
    for row in due_list(shift.desk):
        if row.status.state in _DUE_NOW:
            last = f"{row.last_run_at.astimezone():%Y-%m-%d}" if row.last_run_at else "无"
            rows.append(
                (
                    "巡检",
                    f"{row.name}（{row.place}）" if row.place else row.name,
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
                    f"{due.last_at.astimezone():%Y-%m-%d}" if due.last_at else "无",
                )
            )
    return HandoverSection(
        title="巡检与备份",
        columns=("类别", "巡检表 / 备份", "周期", "状态", "应完成日期", "上次完成"),
        widths=(8, 44, 8, 18, 11, 11),
        rows=tuple(rows),
        dense=True,
    )


SECTION_BUILDERS: list[SectionBuilder] = [
    open_tickets_section,
    paperwork_section,
    escalations_section,
    store_section,
    inspections_section,
    systems_section,
    shift_work_section,
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
    """The end and serial of the last handover before ``before``, if any."""
    with desk.db.read() as session:
        row = session.execute(
            select(Document.created_at, Document.serial)
            .where(Document.kind == HANDOVER, Document.created_at < before)
            .order_by(Document.created_at.desc(), Document.id.desc())
            .limit(1)
        ).first()
    return (row.created_at, row.serial) if row else None


def recorded_acceptance(desk: Desk, subject: str) -> Acceptance | None:
    """The incoming engineer's acceptance of the handover printed as ``subject``, if recorded."""
    with desk.db.read() as session:
        row = session.execute(
            select(Handover.accepted_by, Handover.accepted_at, Handover.acceptance_remarks)
            .join(Document, Handover.document_id == Document.id)
            .where(
                Document.kind == HANDOVER,
                Document.subject == subject,
                Handover.accepted_at.is_not(None),
            )
            .order_by(Document.id.desc())
            .limit(1)
        ).first()
    return Acceptance(row[0], row[1], row[2]) if row else None


@dataclass(frozen=True)
class KeptHandover:
    """The handover a print repeats: its register entry and what it printed."""

    handover_id: int
    serial: str
    subject: str
    shift_start: datetime
    shift_end: datetime
    notes: str
    content: str  # empty for handovers made before their content was kept (migration 0017)
    accepted_by: str
    accepted: bool


def handover_to_reprint(desk: Desk, giver: str, taker: str, at: datetime) -> KeptHandover | None:
    """The handover that a print by ``giver`` to ``taker`` at ``at`` repeats: the last one, when
    the same two engineers made it within one shift of ``at``; else None (a new handover)."""
    with desk.db.read() as session:
        row = session.execute(
            select(Handover, Document.serial, Document.subject)
            .join(Document, Handover.document_id == Document.id)
            .where(Handover.shift_end <= at)
            .order_by(Handover.shift_end.desc(), Handover.id.desc())
            .limit(1)
        ).first()
    if row is None:
        return None
    kept, serial, subject = row
    same = (kept.from_engineer.casefold(), kept.to_engineer.casefold()) == (
        giver.casefold(),
        taker.casefold(),
    )
    if not same or at - kept.shift_end >= DEFAULT_SHIFT:
        return None
    return KeptHandover(
        handover_id=kept.id,
        serial=serial,
        subject=subject,
        shift_start=kept.shift_start,
        shift_end=kept.shift_end,
        notes=kept.notes,
        content=kept.content,
        accepted_by=kept.accepted_by,
        accepted=kept.accepted_at is not None,
    )


def _since(desk: Desk, start: datetime | None, at: datetime) -> tuple[datetime, str]:
    """Where the shift starts and why: the start chosen, the last handover, or 12 hours back."""
    if start is not None:
        return start.astimezone(UTC), "所选开始时间"
    previous = previous_handover(desk, at)
    if previous:
        return previous[0].astimezone(UTC), f"上次交接（{previous[1]}）"
    return at - DEFAULT_SHIFT, "前12小时（无上次交接）"


def _shift(desk: Desk, giver: str, taker: str, start: datetime, at: datetime, notes: str) -> Shift:
    return Shift(
        desk=dataclasses.replace(desk, clock=FixedClock(at)),
        from_engineer=giver,
        to_engineer=taker,
        start=start,
        end=at,
        notes=notes,
    )


def _fresh(shift: Shift, since: str) -> HandoverDocument:
    """The handover of ``shift`` as the tickets, stock and due lists stand now."""
    return HandoverDocument(
        from_engineer=shift.from_engineer,
        to_engineer=shift.to_engineer,
        at=shift.end,
        shift_start=shift.start,
        since=since,
        notes=shift.notes,
        sections=tuple(build(shift) for build in SECTION_BUILDERS),
    )


def _reprinted(desk: Desk, kept: KeptHandover, giver: str, taker: str, notes: str) -> Shift:
    """The shift of the kept handover, with its notes unless corrected before acceptance."""
    typed = notes.strip()
    if typed and typed != kept.notes and kept.accepted:
        raise DocumentError(
            QT_TRANSLATE_NOOP(
                "document",
                "交接班记录 {serial} 已由 {who} 确认接班，交班说明不能再改；"
                "另行交接请选择本班开始时间",
            ),
            serial=kept.serial,
            who=kept.accepted_by,
        )
    start = kept.shift_start.astimezone(UTC)
    return _shift(desk, giver, taker, start, kept.shift_end.astimezone(UTC), typed or kept.notes)


def handover_document(
    desk: Desk,
    from_engineer: str,
    to_engineer: str,
    out_path: Path,
    notes: str = "",
    at: datetime | None = None,
    start: datetime | None = None,
    annex: bool = False,
    copy: str | None = SAVED,
) -> DocumentInfo:
    """Number, register, store and print the 交接班记录 for a handover at ``at`` (default: now).

    The shift runs from ``start`` if given, else from the last handover (12 hours back when there
    was none). ``annex``: also print every event of the shift, in full, as an annex.

    Without a chosen start, the same two engineers printing again within a shift of their last
    handover print that handover again: its serial, its shift and what it printed then (补打),
    with the acceptance once recorded. Notes typed differently before the acceptance make the
    next version of it (JJ-2026-0001-2); after the acceptance they are refused.
    """
    giver, taker = check_engineers(from_engineer, to_engineer)
    out_path = check_out_path(out_path)
    at = (at or desk.clock.now()).astimezone(UTC)
    kept = handover_to_reprint(desk, giver, taker, at) if start is None else None
    if kept is not None:
        shift = _reprinted(desk, kept, giver, taker, notes)
        subject = kept.subject
        if kept.content:
            printed = handover_from_json(kept.content)
        else:  # made before the content was kept: rebuilt for its own window
            printed = _fresh(shift, _since(desk, None, shift.end)[1])
        printed = dataclasses.replace(printed, notes=shift.notes)
    else:
        escalations.sweep(desk)  # what fell due is recorded before the list is printed
        start, since = _since(desk, start, at)
        if start >= at:
            raise DocumentError(QT_TRANSLATE_NOOP("document", "本班开始时间必须早于交接时间"))
        shift = _shift(desk, giver, taker, start, at, notes.strip())
        # to the second: two handovers within one minute (one each way) are two documents
        subject = f"handover:{at.isoformat(timespec='seconds')}"
        printed = _fresh(shift, since)
    doc = dataclasses.replace(
        printed,
        annex=shift_records_annex(shift) if annex else None,
        acceptance=recorded_acceptance(desk, subject),
    )
    content = handover_json(printed)

    def store(session: Session, document: Document) -> None:
        if session.scalar(select(Handover.id).where(Handover.document_id == document.id)):
            return  # a reprint of the same handover: already recorded
        if kept is not None:  # notes corrected before the acceptance: the handover's new version
            handover = session.get(Handover, kept.handover_id)
            assert handover is not None
            handover.document_id, handover.notes, handover.content = document.id, doc.notes, content
            return
        session.add(
            Handover(
                document_id=document.id,
                from_engineer=giver,
                to_engineer=taker,
                shift_start=shift.start,
                shift_end=shift.end,
                notes=shift.notes,
                content=content,
            )
        )

    from app.exports.handover_form import render_handover  # reportlab on first use

    return register_and_render(
        desk,
        HANDOVER,
        out_path,
        lambda path, header: render_handover(path, header, doc),
        created_at=shift.end,
        also=store,
        subject=subject,
        # What the handover printed when handed over: the acceptance recorded after it and the
        # annex asked for on a later print leave it the same document printed again (补打).
        content=printed,
        copy=copy,
    )
