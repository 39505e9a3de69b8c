"""The inspection documents: 巡检报告 of one run (XB-…) and 巡检情况汇总 of a date range (XH-…)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select

from app.db.models import Ticket
from app.domain.enums import BackupKind, Frequency, TicketStatus
from app.domain.i18n import QT_TRANSLATE_NOOP
from app.domain.inspections.periods import Period, missed_periods, period_of, periods_between
from app.exports.inspections.period_data import (
    BackupSummary,
    ChecklistSummary,
    FailureLine,
    PeriodReport,
)
from app.services.context import Desk
from app.services.document_versions import SAVED
from app.services.documents import (
    INSPECTION_REPORT,
    INSPECTION_SUMMARY,
    DocumentError,
    DocumentInfo,
    check_out_path,
    register_and_render,
)
from app.services.inspections.backups import BackupInfo, list_backups, list_policies
from app.services.inspections.checklists import list_templates
from app.services.inspections.runs import (
    RunInfo,
    RunItemInfo,
    RunRow,
    get_run,
    list_runs,
    local_day_range,
)

MAX_RANGE_DAYS = 366 * 3


def inspection_report(
    desk: Desk, run_id: int, out_path: Path, copy: str | None = SAVED
) -> DocumentInfo:
    """Number (XB-yyyy-nnnn), register and print the 巡检报告 of one run, all or nothing."""
    from app.exports.inspections.report import render_inspection_report

    out_path = check_out_path(out_path)
    run = get_run(desk, run_id)
    return register_and_render(
        desk,
        INSPECTION_REPORT,
        out_path,
        lambda path, header: render_inspection_report(path, header, run),
        inspection_run_id=run_id,
        subject=f"run:{run_id}",
        content=run,
        copy=copy,
    )


# --- the period report -----------------------------------------------------------------------


def check_range(first: date, last: date) -> None:
    """A range of at least one day and at most three years, or a Chinese error."""
    if first > last:
        raise DocumentError(QT_TRANSLATE_NOOP("document", "开始日期不能晚于结束日期"))
    if (last - first).days > MAX_RANGE_DAYS:
        raise DocumentError(QT_TRANSLATE_NOOP("document", "统计期间不能超过三年"))


def _local_day(at: datetime) -> date:
    return at.astimezone().date()


def _periods_due(
    frequency: Frequency, active_since: date, first: date, last: date, today: date
) -> list[Period]:
    """Periods overlapping the range, from the one the task began in, that have begun by today."""
    begin = period_of(frequency, active_since).start
    return [p for p in periods_between(frequency, max(first, begin), last) if p.start <= today]


def _ticket_statuses(desk: Desk, numbers: Iterable[str]) -> dict[str, str]:
    wanted = sorted({n for n in numbers if n})
    if not wanted:
        return {}
    with desk.db.read() as session:
        rows = session.execute(
            select(Ticket.number, Ticket.status).where(Ticket.number.in_(wanted))
        ).all()
    return {number: TicketStatus(status).label for number, status in rows}


def _checklists(
    desk: Desk, runs: list[RunRow], first: date, last: date, today: date
) -> tuple[list[ChecklistSummary], list[RunRow]]:
    """Per checklist; and the runs in the range that count (the latest of each correction chain)."""
    by_name: dict[str, list[RunRow]] = defaultdict(list)
    for run in runs:
        by_name[run.template_name].append(run)
    summaries = []
    counted: list[RunRow] = []
    for template in list_templates(desk, include_retired=True):
        mine = by_name.pop(template.name, [])
        days = [_local_day(r.performed_at) for r in mine]
        inside = [r for r in mine if first <= _local_day(r.performed_at) <= last]
        current = [r for r in inside if not r.corrected_by_number]
        originals = [r for r in inside if not r.corrects_number]
        if not template.active and not inside:
            continue
        if template.active:
            due = set(_periods_due(template.frequency, template.active_since, first, last, today))
            missed = missed_periods(
                template.frequency, days, template.active_since, first, last, today
            )
            # a round done just before ``first`` still counts for a period it overlaps
            done = {period_of(template.frequency, day) for day in days} & due
        else:  # retired: only what was done
            done = due = {period_of(template.frequency, _local_day(r.performed_at)) for r in inside}
            missed = []
        summaries.append(
            ChecklistSummary(
                name=template.name,
                system_name=template.system_name,
                frequency=template.frequency,
                periods_due=len(due),
                periods_done=len(done),
                missed=tuple(p.label for p in missed),
                runs=len(originals),
                failed_items=sum(r.failed for r in current),
                tickets=sum(r.tickets for r in current),
            )
        )
        counted += current
    for name, mine in by_name.items():  # a checklist renamed since: its runs still count
        inside = [r for r in mine if first <= _local_day(r.performed_at) <= last]
        current = [r for r in inside if not r.corrected_by_number]
        if not inside:
            continue
        periods = {period_of(r.frequency, _local_day(r.performed_at)) for r in inside}
        summaries.append(
            ChecklistSummary(
                name=name,
                system_name=inside[0].system_name,
                frequency=inside[0].frequency,
                periods_due=len(periods),
                periods_done=len(periods),
                missed=(),
                runs=sum(not r.corrects_number for r in inside),
                failed_items=sum(r.failed for r in current),
                tickets=sum(r.tickets for r in current),
            )
        )
        counted += current
    return summaries, counted


def _failures(desk: Desk, runs: list[RunRow]) -> list[FailureLine]:
    found: list[tuple[RunInfo, RunItemInfo]] = []
    for row in sorted(runs, key=lambda r: (r.performed_at, r.id)):
        if row.failed:
            run = get_run(desk, row.id)
            found += [(run, item) for item in run.failed]
    statuses = _ticket_statuses(desk, (item.ticket_number for _, item in found))
    lines = []
    for run, item in found:
        standard = f"（标准 {item.spec.range_text}）" if item.spec.range_text else ""
        lines.append(
            FailureLine(
                run_number=run.number,
                performed_at=run.performed_at,
                template_name=run.template_name,
                check=item.spec.check,
                answer=item.answer_text + standard,
                note=item.note,
                ticket_number=item.ticket_number,
                ticket_status=statuses.get(item.ticket_number, ""),
            )
        )
    return lines


def _backups(
    desk: Desk, records: list[BackupInfo], first: date, last: date, today: date
) -> list[BackupSummary]:
    by_key: dict[tuple[str, BackupKind], list[BackupInfo]] = defaultdict(list)
    for record in records:
        by_key[(record.system_code, record.kind)].append(record)
    summaries = []
    for policy in list_policies(desk):
        for kind, frequency in (
            (BackupKind.INCREMENTAL, policy.incremental),
            (BackupKind.FULL, policy.full),
        ):
            mine = by_key.get((policy.system_code, kind), [])
            if frequency is None:
                continue
            days = [_local_day(r.performed_at) for r in mine]
            inside = [r for r in mine if first <= _local_day(r.performed_at) <= last]
            due = _periods_due(frequency, policy.active_since, first, last, today)
            done = {period_of(frequency, day) for day in days} & set(due)
            missed = missed_periods(frequency, days, policy.active_since, first, last, today)
            summaries.append(
                BackupSummary(
                    system_name=policy.system_name,
                    kind=kind,
                    frequency=frequency,
                    periods_due=len(due),
                    periods_done=len(done),
                    done=len(inside),
                    missed=tuple(p.label for p in missed),
                    tests_ok=sum(r.verify_ok is True for r in inside),
                    tests_failed=sum(r.verify_ok is False for r in inside),
                    last_at=max((r.performed_at for r in inside), default=None),
                )
            )
    return summaries


def period_summary(desk: Desk, first: date, last: date) -> PeriodReport:
    """What the 巡检情况汇总 of ``first``..``last`` (local days, both included) holds."""
    check_range(first, last)
    today = desk.today()
    # Runs and backups of every period the range touches (a week may begin before ``first``).
    since = min(period_of(f, first).start for f in Frequency)
    until = max(period_of(f, last).end for f in Frequency)
    start, end = local_day_range(since, until)
    runs = list_runs(desk, start, end)
    checklists, counted = _checklists(desk, runs, first, last, today)
    backups = _backups(desk, list_backups(desk, start, end), first, last, today)
    return PeriodReport(
        first=first,
        last=last,
        today=today,
        checklists=tuple(checklists),
        failures=tuple(_failures(desk, counted)),
        backups=tuple(backups),
    )


def period_report(
    desk: Desk, first: date, last: date, out_path: Path, copy: str | None = SAVED
) -> DocumentInfo:
    """Number (XH-yyyy-nnnn), register and print the 巡检情况汇总 of a range, all or nothing."""
    from app.exports.inspections.period_report import render_period_report

    out_path = check_out_path(out_path)
    report = period_summary(desk, first, last)
    return register_and_render(
        desk,
        INSPECTION_SUMMARY,
        out_path,
        lambda path, header: render_period_report(path, header, report),
        subject=f"period:{first.isoformat()}:{last.isoformat()}",
        content=report,
        copy=copy,
    )
