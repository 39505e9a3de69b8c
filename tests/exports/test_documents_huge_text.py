"""Every document prints whatever the text: any field of any length, newlines only, many rows.

Each builder gets its real input (taken from a demo database on its way to the renderer), with
every text field replaced, and must produce a valid PDF (qpdf --check) holding the text's end.
"""

from __future__ import annotations

import dataclasses
import subprocess
from collections.abc import Callable
from datetime import UTC, date, datetime
from enum import Enum
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from app.db.models import InspectionRun, Loan, Ticket
from app.demo.builder import build_demo
from app.domain.clock import FixedClock
from app.exports import handover_form
from app.exports.inspections import period_report, report
from app.exports.plans import booklet, incident_report, sheet
from app.exports.store import forms as store_forms
from app.exports.tickets import consultation_record, defect_form
from app.services import handover
from app.services.context import Desk
from app.services.inspections import documents as inspection_documents
from app.services.plans import documents as plan_documents
from app.services.plans import incident_report as incident_service
from app.services.setup import OpenedDesk, open_desk
from app.services.store import documents as store_documents
from app.services.tickets import forms
from tests.conftest import as_demo_engineer

NOW = datetime(2026, 11, 24, 1, 0, tzinfo=UTC)
END = "正文结束ZZ"
# (module, renderer name): the services import each renderer from its module when they print
RENDERERS = {
    "defect_form": (defect_form, "render_defect_form"),
    "consultation": (consultation_record, "render_consultation_record"),
    "handover": (handover_form, "render_handover"),
    "inspection_report": (report, "render_inspection_report"),
    "inspection_summary": (period_report, "render_period_report"),
    "plan": (sheet, "render_plan_sheet"),
    "plans_booklet": (booklet, "render_plans_booklet"),
    "incident_report": (incident_report, "render_incident_report"),
    "loaner_form": (store_forms, "render_loaner_form"),
    "stocktake": (store_forms, "render_stocktake_sheet"),
}
REAL = {
    "defect_form": defect_form.render_defect_form,
    "consultation": consultation_record.render_consultation_record,
    "handover": handover_form.render_handover,
    "inspection_report": report.render_inspection_report,
    "inspection_summary": period_report.render_period_report,
    "plan": sheet.render_plan_sheet,
    "plans_booklet": booklet.render_plans_booklet,
    "incident_report": incident_report.render_incident_report,
    "loaner_form": store_forms.render_loaner_form,
    "stocktake": store_forms.render_stocktake_sheet,
}


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> OpenedDesk:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    build_demo(path, clock=FixedClock(NOW), months=1, seed=7)
    opened = open_desk(path, FixedClock(NOW))
    as_demo_engineer(opened.desk)
    yield opened
    opened.close()


@pytest.fixture(scope="module")
def inputs(demo: OpenedDesk, tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple]:
    return capture_inputs(demo.desk, tmp_path_factory.mktemp("out"))


def capture_inputs(desk: Desk, out: Path) -> dict[str, tuple]:
    """Each builder's (header, document) as the services hand them to the renderer."""
    captured: dict[str, tuple] = {}
    patch = pytest.MonkeyPatch()
    for name, (module, attr) in RENDERERS.items():

        def capture(path: Path, header: Any, doc: Any, _name: str = name) -> None:
            captured[_name] = (header, doc)
            Path(path).write_bytes(b"%PDF-1.4\n")

        patch.setattr(module, attr, capture)
    try:
        with desk.db.read() as session:
            defect = session.scalar(
                select(Ticket.number).where(
                    Ticket.ticket_class == "defect", Ticket.status == "closed"
                )
            )
            consultation = session.scalar(
                select(Ticket.number).where(Ticket.ticket_class == "consultation")
            )
            major = session.scalar(
                select(Ticket.number).where(
                    Ticket.ticket_class == "defect", Ticket.restored_at.is_not(None)
                )
            )
            run_id = session.scalar(select(InspectionRun.id))
            loan_id = session.scalar(select(Loan.id).where(Loan.kind == "loaner"))
        forms.defect_form(desk, defect, out / "a.pdf")
        forms.consultation_record(desk, consultation, out / "b.pdf")
        engineers = ("孙工", "李工")
        handover.handover_document(desk, *engineers, out / "c.pdf", "交接说明")
        inspection_documents.inspection_report(desk, run_id, out / "d.pdf")
        inspection_documents.period_report(
            desk, date(2026, 10, 25), date(2026, 11, 24), out / "e.pdf"
        )
        plan_documents.print_plan(desk, "YA-01", out / "f.pdf")
        plan_documents.print_booklet(desk, out / "g.pdf")
        incident_service.print_incident_report(desk, major, out / "h.pdf")
        store_documents.loaner_form(desk, loan_id, out / "i.pdf")
        store_documents.stocktake_sheet(desk, [], out / "j.pdf")
    finally:
        patch.undo()
    assert set(captured) == set(RENDERERS)
    return captured


def replace_text(value: Any, text: Callable[[str], str], rows: int, top: bool = True) -> Any:
    """``value`` with every text in it replaced by ``text(old)``; the table rows inside it (the
    sequences of records or of rows) made ``rows`` long, their items repeated or cut."""
    if isinstance(value, Enum) or value is None:
        return value
    if isinstance(value, str):
        return text(value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {
            f.name: replace_text(getattr(value, f.name), text, rows, top=False)
            for f in dataclasses.fields(value)
            if f.init
        }
        return dataclasses.replace(value, **changes)
    if isinstance(value, tuple | list):
        items = [replace_text(item, text, rows, top=False) for item in value]
        is_rows = all(dataclasses.is_dataclass(i) or isinstance(i, tuple | list) for i in items)
        if items and is_rows:  # the booklet's list of plans: three of them are enough
            items = (items * rows)[:rows] if not top else items[:3]
        return type(value)(items)
    if isinstance(value, dict):
        return {k: replace_text(v, text, rows, top=False) for k, v in value.items()}
    return value


def huge(_old: str) -> str:
    return ("监区一3号监仓摄像机画面时有时无，NVR-07 通道 12 丢帧；" * 400)[:9990] + END


def newlines(_old: str) -> str:
    return "\n" * 3000


def unbroken(_old: str) -> str:
    return "A" * 9990 + END  # a Latin run with no place to break


def odd_unicode(_old: str) -> str:
    return ("𠮷😀\u200b\u202e\t中\r\n<b>&amp;</b>\x00\x07" * 300) + END


def paragraph(_old: str) -> str:
    return "值班员反映画面卡顿，已逐一排查线路、供电与交换机端口。" * 6 + END


# (text, table rows): the huge texts in two rows of every table, the paragraphs in fifty
CASES = {
    "every field 10,000 characters": (huge, 2),
    "newlines only": (newlines, 2),
    "one unbroken Latin word": (unbroken, 2),
    "unusual Unicode": (odd_unicode, 2),
    "50 table rows of long text": (paragraph, 50),
}


def pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


@pytest.mark.slow
@pytest.mark.parametrize("case", list(CASES))
@pytest.mark.parametrize("builder", list(RENDERERS))
def test_every_builder_prints_any_text(
    inputs: dict[str, tuple], builder: str, case: str, tmp_path: Path
) -> None:
    header, doc = inputs[builder]
    text, rows = CASES[case]
    header = replace_text(header, text, rows) if case != "newlines only" else header
    doc = replace_text(doc, text, rows)
    out = tmp_path / "out.pdf"
    REAL[builder](out, header, doc)
    check = subprocess.run(["qpdf", "--check", str(out)], capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr
    if case != "newlines only":
        assert END[-4:] in pdf_text(out).replace("\n", "")
