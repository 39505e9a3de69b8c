"""One clock engine: every document reads the same durations for every demo ticket."""

from __future__ import annotations

import subprocess
from datetime import timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from app.db.models import Ticket
from app.demo.builder import build_demo
from app.domain.clock import FixedClock
from app.domain.enums import ClockKind, ClockState, TicketClass
from app.exports.pdf_text import fmt_duration
from app.exports.tickets.clock_text import clock_text
from app.exports.tickets.log import TICKET_HEADERS
from app.exports.tickets.sections import clock_rows
from app.services import accounts
from app.services.plans.incident_report import print_incident_report
from app.services.setup import open_desk
from app.services.tickets import forms, queue
from app.services.tickets.document_data import ticket_document
from app.services.tickets.log_export import export_ticket_log
from tests.conftest import START


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory):
    path = tmp_path_factory.mktemp("engine") / "demo.sqlite3"
    build_demo(path, FixedClock(START), seed=11, months=1)
    handle = open_desk(path, FixedClock(START))
    handle.desk.user = accounts.user_named(handle.desk, "sungong")  # the demo's engineer prints
    yield handle.desk
    handle.close()


def _numbers(desk, ticket_class: TicketClass) -> list[str]:
    with desk.db.read() as session:
        return list(
            session.scalars(
                select(Ticket.number)
                .where(Ticket.ticket_class == ticket_class.value)
                .order_by(Ticket.id)
            )
        )


def test_every_figure_of_every_demo_defect_comes_from_the_same_clocks(demo, tmp_path: Path) -> None:
    """The defect form's fix 实际用时, the 中断时长 of the incident report and of the defect form,
    the ticket log's 修复用时 and the queue (handover, status bar) agree on every defect ticket."""
    log = tmp_path / "log.xlsx"
    export_ticket_log(demo, log, None, None)
    sheet = load_workbook(log, read_only=True)["工单台账"]
    fix_minutes = TICKET_HEADERS.index("修复用时(分钟)")
    logged = {row[0]: row[fix_minutes] for row in sheet.iter_rows(min_row=2, values_only=True)}
    numbers = _numbers(demo, TicketClass.DEFECT)
    ids = queue.query_ids(demo, queue.QueueFilter())
    queued = {row.number: row for row in queue.fetch_rows(demo, ids)}
    assert len(numbers) > 50
    for number in numbers:
        document = ticket_document(demo, number).document
        fix = next(c for c in document.clocks if c.kind is ClockKind.FIX)
        assert fix.elapsed == document.outage, number
        form_row = next(r for r in clock_rows(document, (ClockKind.FIX,)))
        assert form_row[3] == fmt_duration(document.outage), number
        assert logged[number] == round(document.outage / timedelta(minutes=1), 1), number
        row_fix = next(c for c in queued[number].clocks if c.kind is ClockKind.FIX)
        assert row_fix.elapsed == fix.elapsed and clock_text(row_fix) == clock_text(fix), number


def test_a_reopened_tickets_outage_prints_the_same_on_both_forms(demo, tmp_path: Path) -> None:
    """A restored-then-reopened ticket: its 中断时长 leaves out the time it was thought fixed."""
    with demo.db.read() as session:
        reopened = session.scalars(
            select(Ticket.number)
            .join(Ticket.events)
            .where(Ticket.ticket_class == "defect", Ticket.status == "closed")
            .where(Ticket.events.any(kind="reopen"))
            .limit(1)
        ).first()
    assert reopened is not None
    document = ticket_document(demo, reopened).document
    assert document.outage < document.fixed_at - document.called_at  # the reopen gap is left out
    forms.defect_form(demo, reopened, tmp_path / "form.pdf")
    print_incident_report(demo, reopened, tmp_path / "report.pdf")
    outage = fmt_duration(document.outage)
    for name in ("form.pdf", "report.pdf"):
        text = subprocess.run(
            ["pdftotext", str(tmp_path / name), "-"], capture_output=True, text=True
        ).stdout
        squeezed = "".join(text.split())
        assert f"中断时长{outage}" in squeezed, name


def test_found_tickets_show_self_found_not_a_zero_minute_response(demo) -> None:
    with demo.db.read() as session:
        found = session.scalars(
            select(Ticket.number).where(Ticket.channel == "inspection").limit(1)
        ).first()
    assert found is not None
    document = ticket_document(demo, found).document
    response = next(c for c in document.clocks if c.kind is ClockKind.RESPONSE)
    assert response.state is ClockState.SELF_FOUND
    assert clock_rows(document, (ClockKind.RESPONSE,))[0][-1] == "自行发现"


def _pdf(path: Path) -> tuple[str, int]:
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True).stdout
    return "".join(text.split()), int(info.split("Pages:")[1].split()[0])


def test_a_closed_defect_form_carries_a_repair_slips_fields_once_on_two_pages(
    demo, tmp_path: Path
) -> None:
    with demo.db.read() as session:
        number = session.scalars(
            select(Ticket.number)
            .where(Ticket.ticket_class == "defect", Ticket.status == "closed")
            .where(
                Ticket.id.in_(
                    select(Ticket.id)
                    .join(Ticket.events)
                    .where(Ticket.events.any(kind="store_stock_out"))
                )
            )
            .limit(1)
        ).first()
    assert number is not None
    document = ticket_document(demo, number).document
    assert document.parts and document.call_taker and document.repairer
    forms.defect_form(demo, number, tmp_path / "closed.pdf")
    text, pages = _pdf(tmp_path / "closed.pdf")
    assert pages <= 2
    for label in (
        "接报人",
        "维修人员",
        "资产编号/序列号",
        "保内/保外",
        "遗留问题",
        "更换配件",
        "修复确认",
        "满意",
        "基本满意",
        "不满意",
        "提出人（签字）",
    ):
        assert label in text, label
    assert document.parts[0].code in text
    assert text.count("".join(document.prevention.split())) == 1  # each text printed once
    assert text.count("".join(document.resolution.split())) == 1


def test_an_open_defect_form_leaves_three_lines_to_write_in(demo, tmp_path: Path) -> None:
    from reportlab.platypus import Table

    from app.exports.pdf_fonts import make_styles
    from app.exports.pdf_tables import TALL_WRITE_IN_HEIGHT
    from app.exports.tickets.defect_form import defect_story

    with demo.db.read() as session:
        number = session.scalars(
            select(Ticket.number).where(
                Ticket.status == "submitted", Ticket.ticket_class == "defect"
            )
        ).first()
    document = ticket_document(demo, number).document
    story = defect_story(document, None, make_styles())  # type: ignore[arg-type]
    repair = [f for f in story if isinstance(f, Table)][2]
    assert repair._argH[2:5] == [TALL_WRITE_IN_HEIGHT] * 3  # 原因, 处理结果, 预防建议
    assert TALL_WRITE_IN_HEIGHT >= 3 * 8 * 2.83  # three lines of 8 mm
