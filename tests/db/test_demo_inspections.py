"""The demo's inspections and backups: runs with findings worked as tickets, overdue items today."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.db.models import Ticket, TicketEvent
from app.db.models.inspections import BackupRecord, InspectionRun, InspectionRunItem
from app.demo.builder import DemoResult, build_demo
from app.domain.clock import FixedClock
from app.domain.enums import BackupKind, DueState, TicketStatus
from app.services.context import Desk
from app.services.inspections import backups, checklists
from app.services.inspections import findings as inspection_findings
from app.services.inspections import runs as inspections
from app.services.setup import open_desk
from tests.conftest import START


def _build(path: Path) -> DemoResult:
    return build_demo(path, FixedClock(START), seed=3, months=1)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> DemoResult:
    return _build(tmp_path_factory.mktemp("demo") / "demo.sqlite3")


@pytest.fixture
def desk(built: DemoResult) -> Iterator[Desk]:
    handle = open_desk(built.path, FixedClock(START))
    yield handle.desk
    handle.close()


def _runs(path: Path) -> list[tuple]:
    handle = open_desk(path, FixedClock(START))
    try:
        with handle.desk.db.read() as session:
            return list(
                session.execute(
                    select(
                        InspectionRun.number,
                        InspectionRun.template_name,
                        InspectionRun.performed_at,
                        InspectionRun.inspector,
                        func.group_concat(InspectionRunItem.value),
                        func.group_concat(InspectionRunItem.result),
                    )
                    .join(InspectionRunItem)
                    .group_by(InspectionRun.id)
                    .order_by(InspectionRun.id)
                )
            )
    finally:
        handle.close()


def test_every_checklist_has_runs_over_the_month_in_number_order(
    built: DemoResult, desk: Desk
) -> None:
    assert built.inspections is not None and built.inspections.runs > 150
    rows = inspections.list_runs(desk)
    assert len(rows) == built.inspections.runs + 1  # and the one correction
    names = {t.name for t in checklists.list_templates(desk)}
    assert {r.template_name for r in rows} == names
    times = [r.performed_at for r in sorted(rows, key=lambda r: r.number)]
    assert times[0] < START - timedelta(days=25) and times[-1] <= START
    originals = [r for r in rows if not r.corrects_number]
    assert sorted(originals, key=lambda r: r.number) == sorted(
        originals, key=lambda r: (r.performed_at, r.number)
    )  # numbered in the order they were done


def test_failures_opened_tickets_that_were_worked(built: DemoResult, desk: Desk) -> None:
    with desk.db.read() as session:
        linked = session.execute(
            select(InspectionRun.performed_at, Ticket.called_at, Ticket.status, Ticket.title)
            .join(InspectionRunItem, InspectionRunItem.run_id == InspectionRun.id)
            .join(Ticket, Ticket.id == InspectionRunItem.ticket_id)
            .where(InspectionRun.corrects_id.is_(None))
        ).all()
        findings = session.scalar(
            select(func.count(TicketEvent.id)).where(TicketEvent.kind == "inspection_finding")
        )
        failed = session.scalar(
            select(func.count(InspectionRunItem.id)).where(InspectionRunItem.result == "fail")
        )
    assert built.inspections is not None
    assert len(linked) == findings == built.inspections.tickets >= 3
    assert failed > len(linked)  # the corrected slip, and any finding not yet opened
    assert all(performed < called for performed, called, _s, _t in linked)
    assert all(title.startswith("巡检发现：") for *_rest, title in linked)
    assert any(status == TicketStatus.CLOSED for _p, _c, status, _t in linked)


def test_today_some_checklists_and_a_backup_are_overdue(desk: Desk) -> None:
    due = {row.name: row.status for row in inspections.due_list(desk)}
    assert due["周界报警系统日巡检"].state is DueState.OVERDUE
    assert due["周界报警系统日巡检"].missed == 2
    assert due["网络系统周巡检"].state is DueState.OVERDUE
    assert due["UPS及供电日巡检"].state is DueState.DUE_TODAY  # at 01:00, the round is at 08:00
    assert inspections.overdue_count(desk) == 2
    late = [d for d in backups.backups_due(desk) if d.status.overdue]
    assert [(d.system_code, d.kind) for d in late] == [("ACCESS", BackupKind.INCREMENTAL)]


def test_backups_follow_the_policies_with_restore_tests(desk: Desk) -> None:
    with desk.db.read() as session:
        kinds = dict(
            session.execute(
                select(BackupRecord.kind, func.count(BackupRecord.id)).group_by(BackupRecord.kind)
            ).all()
        )
        tested = session.scalar(
            select(func.count(BackupRecord.id)).where(BackupRecord.verified_at.is_not(None))
        )
        early = session.scalar(
            select(func.count(BackupRecord.id)).where(
                BackupRecord.verified_at < BackupRecord.performed_at
            )
        )
    assert kinds["incremental"] > 60 and kinds["full"] > 5
    assert tested and not early


def test_one_run_was_corrected(desk: Desk) -> None:
    (corrected,) = [r for r in inspections.list_runs(desk) if r.corrects_number]
    run = inspections.get_run(desk, corrected.id)
    original = inspections.get_run(desk, inspections.find_run_id(desk, run.corrects_number))
    assert original.corrected_by_number == run.number
    assert run.correction_reason and not run.failed and original.failed


def test_the_same_seed_gives_the_same_runs(built: DemoResult, tmp_path: Path) -> None:
    again = _build(tmp_path / "again.sqlite3")
    assert _runs(again.path) == _runs(built.path)


def test_the_latest_finding_waits_for_its_ticket(desk: Desk) -> None:
    latest = inspections.list_runs(desk, template_id=_template(desk, "服务器及存储日巡检"), limit=1)
    run = inspections.get_run(desk, latest[0].id)
    (finding,) = run.failed
    assert finding.spec.check == "机房温度" and finding.ticket_id is None
    assert finding.value is not None and finding.value > 27
    values = inspection_findings.ticket_values_for_item(desk, finding.id)
    assert values["title"] == "巡检发现：机房温度" and run.number in values["description"]


def _template(desk: Desk, name: str) -> int:
    return next(t.id for t in checklists.list_templates(desk) if t.name == name)


def test_ticket_numbers_follow_the_time_each_ticket_was_opened(desk: Desk) -> None:
    """Findings' tickets are numbered among the calls by the time they were opened, old ones
    (written beside the bulk of old calls) and recent ones alike."""
    with desk.db.read() as session:
        rows = session.execute(select(Ticket.number, Ticket.called_at, Ticket.channel)).all()
    by_number = sorted(rows, key=lambda r: r.number)
    times = [r.called_at for r in by_number]
    out_of_order = [
        (a.number, a.called_at, b.number, b.called_at)
        for a, b in zip(by_number, by_number[1:], strict=False)
        if b.called_at < a.called_at
    ]
    assert out_of_order == []
    assert times == sorted(times)
    findings = [r for r in by_number if r.channel == "inspection"]
    assert len(findings) >= 3
    # Findings are neither all first nor all last: calls come before and after them.
    first, last = by_number.index(findings[0]), by_number.index(findings[-1])
    assert first > 0 and last < len(by_number) - 1
