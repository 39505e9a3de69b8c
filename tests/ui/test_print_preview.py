"""The print preview of every kind of document: pages rendered from the registered PDF, paged,
zoomed, printed to a PDF printer with the same page count, cancelled, saved."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QPushButton, QWidget

from app.demo.builder import build_demo
from app.gui import print_job
from app.gui.print_preview import PrintedFile, PrintPreviewDialog
from app.gui.tasks import MAX_THREADS, TaskRunner
from app.services import accounts
from app.services.context import Desk
from app.services.handover import handover_document
from app.services.inspections import documents as inspection_docs
from app.services.inspections.runs import list_runs
from app.services.plans import documents as plan_docs
from app.services.plans.incident_report import print_incident_report
from app.services.setup import OpenedDesk, open_desk
from app.services.store import documents as store_docs
from app.services.store.loan_queries import list_loans
from app.services.tickets import forms
from tests.ui.preview import page_through, pdf_pages, print_with_dialog

Make = Callable[[Desk, Path], PrintedFile]


@dataclass
class Demo:
    opened: OpenedDesk
    db: Path


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Demo]:
    db = tmp_path_factory.mktemp("preview") / "demo.sqlite3"
    build_demo(db, months=1, seed=5)
    opened = open_desk(db)
    opened.desk.user = accounts.user_named(opened.desk, "sungong")  # the demo's engineer
    yield Demo(opened, db)
    opened.close()


def _one(db: Path, sql: str) -> str:
    with sqlite3.connect(db) as con:
        return con.execute(sql).fetchone()[0]


KINDS = [
    "defect_form",
    "consultation",
    "handover",
    "inspection_report",
    "inspection_summary",
    "incident_report",
    "loaner_form",
    "stocktake_sheet",
    "plan",
    "plans_booklet",
]


def make_for(kind: str, demo: Demo) -> Make:
    """How the GUI makes a document of ``kind`` for the preview (copy not yet counted)."""
    db, desk = demo.db, demo.opened.desk

    def of(info, name: str) -> PrintedFile:  # noqa: ANN001
        return PrintedFile.of(info, name)

    if kind in ("defect_form", "consultation"):
        ticket_class = "defect" if kind == "defect_form" else "consultation"
        number = _one(db, f"SELECT number FROM ticket WHERE ticket_class = '{ticket_class}'")
        form = forms.defect_form if kind == "defect_form" else forms.consultation_record
        return lambda d, p: of(form(d, number, p, copy=None), "f.pdf")
    if kind == "handover":
        at = desk.clock.now()
        return lambda d, p: of(handover_document(d, "孙工", "李工", p, at=at, copy=None), "h.pdf")
    if kind == "inspection_report":
        run_id = list_runs(desk, limit=1)[0].id
        return lambda d, p: of(inspection_docs.inspection_report(d, run_id, p, copy=None), "r.pdf")
    if kind == "inspection_summary":
        today = desk.today()
        first = today - timedelta(days=30)
        return lambda d, p: of(
            inspection_docs.period_report(d, first, today, p, copy=None), "s.pdf"
        )
    if kind == "incident_report":
        number = _one(
            db,
            "SELECT number FROM ticket WHERE ticket_class = 'defect' AND restored_at IS NOT NULL",
        )
        return lambda d, p: of(print_incident_report(d, number, p, copy=None), "i.pdf")
    if kind == "loaner_form":
        loan_id = list_loans(desk)[0].id
        return lambda d, p: of(store_docs.loaner_form(d, loan_id, p, copy=None), "l.pdf")
    if kind == "stocktake_sheet":
        return lambda d, p: of(store_docs.stocktake_sheet(d, [], p, copy=None), "t.pdf")
    if kind == "plan":
        return lambda d, p: PrintedFile(
            plan_docs.print_plan(d, "YA-01", p)[1], "预案", "YA-01", "p"
        )
    return lambda d, p: PrintedFile(plan_docs.print_booklet(d, p)[1], "汇编", "YA", "b.pdf")


_PARENTS: list[QWidget] = []


def open_dialog(qtbot, demo: Demo, kind: str) -> PrintPreviewDialog:
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = PrintPreviewDialog(demo.opened.desk, parent, kind, make_for(kind, demo))
    _PARENTS.append(parent)  # the parent owns the dialog: keep it alive for the test
    dialog.show()
    dialog.start()
    qtbot.waitUntil(
        lambda: dialog.pages is not None and dialog.print_button.isEnabled(), timeout=30_000
    )
    return dialog


@pytest.mark.parametrize("kind", KINDS)
def test_every_document_previews_pages_through_and_prints(
    qtbot, demo: Demo, kind: str, tmp_path: Path, pdf_printer
) -> None:
    dialog = open_dialog(qtbot, demo, kind)
    shown = dialog.document.path
    assert shown.read_bytes().startswith(b"%PDF")
    count = page_through(qtbot, dialog)
    assert count == pdf_pages(shown)
    printed = tmp_path / "printed.pdf"
    print_with_dialog(qtbot, dialog, pdf_printer, printed)
    assert pdf_pages(printed) == count
    if dialog.document.document_id is not None:
        assert "补打（第 1 次）" in dialog.banner.text()
    dialog.close()


def test_zoom_changes_the_rendered_size(qtbot, demo: Demo) -> None:
    dialog = open_dialog(qtbot, demo, "plan")
    dialog.zoom_box.setCurrentIndex(dialog.zoom_box.findData(0.5))
    small = dialog.page_label.pixmap().width()
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    qtbot.keyClick(dialog, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert dialog.zoom_box.currentData() == 0.75
    assert dialog.page_label.pixmap().width() > small * 1.4
    dialog.close()


def test_two_copies_on_a_printer_that_cannot_make_copies(qtbot, demo: Demo, tmp_path) -> None:
    dialog = open_dialog(qtbot, demo, "plan")
    printer = dialog.new_printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "two.pdf"))
    printer.setResolution(72)
    printer.setCopyCount(2)
    dialog.print_to(printer)
    qtbot.waitUntil(lambda: dialog.job is None, timeout=30_000)
    assert pdf_pages(tmp_path / "two.pdf") == 2
    dialog.close()


def test_cancel_stops_the_print_job(
    qtbot, demo: Demo, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = open_dialog(qtbot, demo, "plans_booklet")
    gate = threading.Event()
    real_render = print_job.PdfPages.render

    def held(self, index: int, dpi: float):  # noqa: ANN001, ANN202
        if index >= 1:
            gate.wait(10)
        return real_render(self, index, dpi)

    monkeypatch.setattr(print_job.PdfPages, "render", held)
    printer = dialog.new_printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "cancelled.pdf"))
    printer.setResolution(72)
    dialog.print_to(printer)
    progress = dialog.progress
    assert progress is not None
    qtbot.waitUntil(lambda: progress.value() >= 1, timeout=10_000)
    job = dialog.job
    cancel = progress.findChild(QPushButton)
    assert cancel is not None and cancel.text() == "取消"
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    gate.set()
    qtbot.waitUntil(lambda: dialog.job is None, timeout=10_000)
    assert job is not None and job.outcome == print_job.CANCELLED
    assert dialog.message_box is not None and "已取消打印" in dialog.message_box.text()
    dialog.message_box.close()
    dialog.close()


def test_every_copy_is_counted_though_the_next_is_made_before_it_was(
    qtbot, demo: Demo, tmp_path: Path
) -> None:
    """Two saves while the workers are busy: the register counts both (a later copy's request
    once skipped the earlier one that had not started yet)."""
    dialog = open_dialog(qtbot, demo, "defect_form")
    document_id = dialog.document.document_id
    assert document_id is not None

    def copies() -> int:
        return int(_one(demo.db, f"SELECT copies FROM document WHERE id = {document_id}"))

    before = copies()
    release = threading.Event()
    blockers = TaskRunner(demo.opened.desk, dialog)
    for _ in range(MAX_THREADS):  # both workers busy: the copies' requests wait in the queue
        blockers.run(lambda _desk: release.wait(10), lambda _done: None)
    dialog.save_to(tmp_path / "第一份.pdf")
    dialog.save_to(tmp_path / "第二份.pdf")
    release.set()
    qtbot.waitUntil(lambda: copies() == before + 2, timeout=10_000)
    qtbot.waitUntil(lambda: not dialog.runner.busy and not blockers.busy, timeout=10_000)
    dialog.close()
