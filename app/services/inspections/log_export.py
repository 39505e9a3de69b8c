"""Export the 巡检台账 workbook (runs, item results, backup register) for a date range, in batches."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session, selectinload

from app.db.models import Ticket
from app.db.models.inspections import BackupRecord, InspectionRun
from app.domain.enums import BackupKind, Dimension, Frequency, ItemResult
from app.domain.inspections.periods import period_of
from app.exports.inspections.log import InspectionLogWriter
from app.exports.xlsx import PrintHeading, period_text
from app.services.audit_trail import record_export, require_export
from app.services.context import Desk
from app.services.documents import check_out_path
from app.services.inspections.checklists import spec_of
from app.services.inspections.runs import local_day_range
from app.services.tickets.log_export import ExportCancelled

BATCH_SIZE = 500
RESTORE_RESULT = {True: "成功", False: "失败", None: "未测试"}

__all__ = ["ExportCancelled", "InspectionExportResult", "export_inspection_log"]


@dataclass(frozen=True)
class InspectionExportResult:
    """How many rows each sheet got."""

    path: Path
    runs: int
    items: int
    backups: int


def _range(first: date | None, last: date | None) -> tuple[datetime | None, datetime | None]:
    start = local_day_range(first, first)[0] if first is not None else None
    end = local_day_range(last, last)[1] if last is not None else None
    return start, end


def _where(query: Select, column: object, start: datetime | None, end: datetime | None) -> Select:
    if start is not None:
        query = query.where(column >= start)  # type: ignore[operator]
    if end is not None:
        query = query.where(column < end)  # type: ignore[operator]
    return query


def _run_rows(
    session: Session, runs: list[InspectionRun], numbers: dict[int, str]
) -> list[tuple[list[object], list[list[object]]]]:
    """Each run's row and its lines' rows, ticket numbers and correction links resolved."""
    ticket_ids = {i.ticket_id for r in runs for i in r.items if i.ticket_id is not None}
    tickets = (
        dict(
            session.execute(select(Ticket.id, Ticket.number).where(Ticket.id.in_(ticket_ids))).all()
        )
        if ticket_ids
        else {}
    )
    ids = [r.id for r in runs]
    corrected_by = dict(
        session.execute(
            select(InspectionRun.corrects_id, InspectionRun.number).where(
                InspectionRun.corrects_id.in_(ids)
            )
        ).all()
    )
    rows = []
    for run in runs:
        frequency = Frequency(run.frequency)
        superseded = corrected_by.get(run.id, "")
        lines = []
        failed = 0
        opened: list[str] = []
        for item in run.items:
            spec = spec_of(item)
            result = ItemResult(item.result)
            failed += result is ItemResult.FAIL
            ticket = tickets.get(item.ticket_id, "") if item.ticket_id else ""
            if ticket and ticket not in opened:
                opened.append(ticket)
            lines.append(
                [
                    run.number,
                    run.template_name,
                    run.system.name,
                    run.performed_at,
                    item.position,
                    Dimension(item.dimension).label,
                    item.check_text,
                    item.method,
                    spec.range_text,
                    item.value,
                    item.unit,
                    item.answer_text,
                    result.label,
                    item.note,
                    ticket,
                    bool(superseded),
                ]
            )
        rows.append(
            (
                [
                    run.number,
                    run.template_name,
                    run.system.name,
                    frequency.label,
                    period_of(frequency, run.period_start).label,
                    run.place,
                    run.inspector,
                    run.performed_at,
                    len(run.items),
                    failed,
                    len(opened),
                    "、".join(opened),
                    numbers.get(run.corrects_id, "") if run.corrects_id else "",
                    superseded,
                    run.correction_reason,
                    run.notes,
                    run.recorded_by,
                    run.recorded_at,
                ],
                lines,
            )
        )
    return rows


def _backup_row(record: BackupRecord) -> list[object]:
    return [
        record.system.name,
        BackupKind(record.kind).label,
        record.performed_at,
        record.location,
        record.size_mb,
        record.recorded_by,
        record.note,
        RESTORE_RESULT[record.verify_ok if record.verified_at is not None else None],
        record.verified_at,
        record.verified_by,
        record.verify_note,
    ]


def export_inspection_log(
    desk: Desk,
    out_path: Path,
    first: date | None = None,
    last: date | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> InspectionExportResult:
    """Write runs, item results and backups done in ``first``..``last`` (local days) to a workbook.

    Runs stream in batches of BATCH_SIZE in time order, backups after them. ``progress(done,
    total)`` counts runs and backups; when ``cancelled()`` turns true, ExportCancelled is raised
    and no file is left behind. The file is written under a temporary name and renamed.
    """
    out_path = check_out_path(out_path)
    require_export(desk)
    start, end = _range(first, last)

    def check() -> None:
        if cancelled is not None and cancelled():
            raise ExportCancelled

    with desk.db.read() as session:
        run_ids = session.scalars(
            _where(
                select(InspectionRun.id).order_by(InspectionRun.performed_at, InspectionRun.id),
                InspectionRun.performed_at,
                start,
                end,
            )
        ).all()
        backup_count = session.scalar(
            _where(select(func.count(BackupRecord.id)), BackupRecord.performed_at, start, end)
        )
        total = len(run_ids) + (backup_count or 0)
        numbers = dict(session.execute(select(InspectionRun.id, InspectionRun.number)).all())
        done = 0
        heading = PrintHeading("巡检台账", period_text(first, last), desk.clock.now())
        with InspectionLogWriter(out_path, heading) as log:
            if progress is not None:
                progress(0, total)
            for begin in range(0, len(run_ids), BATCH_SIZE):
                check()
                batch = run_ids[begin : begin + BATCH_SIZE]
                runs = session.scalars(
                    select(InspectionRun)
                    .where(InspectionRun.id.in_(batch))
                    .options(selectinload(InspectionRun.items))
                    .order_by(InspectionRun.performed_at, InspectionRun.id)
                ).all()
                for row, lines in _run_rows(session, list(runs), numbers):
                    log.add_run(row, lines)
                session.expunge_all()
                done += len(batch)
                if progress is not None:
                    progress(done, total)
            query = _where(
                select(BackupRecord).order_by(BackupRecord.performed_at, BackupRecord.id),
                BackupRecord.performed_at,
                start,
                end,
            )
            for index, record in enumerate(session.scalars(query), 1):
                log.add_backup(_backup_row(record))
                if index % BATCH_SIZE == 0:
                    check()
                    if progress is not None:
                        progress(done + index, total)
            check()
            log.commit()
            if progress is not None:
                progress(total, total)
            result = InspectionExportResult(out_path, log.run_rows, log.item_rows, log.backup_rows)
    record_export(desk, "巡检台账", out_path, result.runs + result.items + result.backups)
    return result
