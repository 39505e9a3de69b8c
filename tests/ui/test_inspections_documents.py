"""巡检报告, 巡检情况汇总 and the 巡检台账 from the 巡检 tab: previewed, printed, saved, read back."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QFileDialog
from sqlalchemy import select

from app.db.models import Document
from app.gui.inspections.tab import InspectionsTab
from app.services.context import Desk
from app.services.inspections import backups, runs
from tests.exports.test_tickets_forms import flat, pdf_text
from tests.ui.preview import (
    page_through,
    pdf_pages,
    print_with_dialog,
    wait_for_pages,
    wait_settled,
)


class SaveDialog:
    """Stands in for QFileDialog.getSaveFileName: records the proposed name, answers ``answer``."""

    def __init__(self) -> None:
        self.answer: Path | None = None
        self.proposed: list[str] = []

    def __call__(self, _parent: Any, _title: str, proposed: str, name_filter: str, *_rest: Any):
        self.proposed.append(Path(proposed).name)
        return (str(self.answer) if self.answer else "", name_filter)


@pytest.fixture
def save_dialog(monkeypatch: pytest.MonkeyPatch) -> SaveDialog:
    fake = SaveDialog()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake)
    return fake


@pytest.fixture
def itab(qtbot, desk: Desk) -> InspectionsTab:
    template = next(r for r in runs.due_list(desk) if r.name == "UPS及供电日巡检")
    runs.record_run(
        desk,
        template.template_id,
        [
            {"result": "pass"},
            {"value": "236", "note": "输出电压偏高"},
            {"value": "45"},
            {"value": "24"},
        ],
    )
    backups.record_backup(desk, {"system": "SERVER", "kind": "incremental", "location": "BAK-01"})
    widget = InspectionsTab(desk)
    qtbot.addWidget(widget)
    widget.resize(1400, 800)
    widget.show()
    qtbot.waitUntil(lambda: not widget.busy, timeout=5000)
    return widget


def test_print_the_report_of_a_run(qtbot, itab, desk, tmp_path, save_dialog, pdf_printer) -> None:
    run = runs.list_runs(desk)[0]
    itab.show_run(run.id)
    qtbot.waitUntil(lambda: itab.run_view.run_id == run.id, timeout=5000)
    view = itab.run_view
    qtbot.mouseClick(view.print_button, Qt.MouseButton.LeftButton)
    preview = wait_for_pages(qtbot, view.printer)
    assert page_through(qtbot, preview) == pdf_pages(preview.document.path)
    printed = tmp_path / "printed.pdf"
    print_with_dialog(qtbot, preview, pdf_printer, printed)
    assert pdf_pages(printed) == pdf_pages(preview.document.path)
    out = tmp_path / "report.pdf"
    save_dialog.answer = out
    qtbot.mouseClick(preview.save_button, Qt.MouseButton.LeftButton)
    assert save_dialog.proposed == [f"巡检报告_{run.number}.pdf"]
    text = flat(pdf_text(out))
    assert run.number in text and "UPS输出电压" in text and "236" in text
    with desk.db.read() as session:
        document = session.scalars(select(Document)).one()
        assert document.kind == "inspection_report" and document.serial.startswith("XB-")
    assert document.serial in preview.banner.text()
    assert "补打（第1次）" in text  # printed first, so the saved copy is the first reprint
    wait_settled(qtbot, preview)
    preview.close()


def test_print_the_period_summary(qtbot, itab, tmp_path, save_dialog, pdf_printer) -> None:
    out = tmp_path / "summary.pdf"
    save_dialog.answer = out
    page = itab.history_page
    qtbot.mouseClick(page.summary_button, Qt.MouseButton.LeftButton)
    dialog = page.period_dialog
    assert dialog is not None and dialog.preset_combo.currentText() == "本月"
    assert [d.isoformat() for d in dialog.span()] == ["2026-11-01", "2026-11-30"]
    dialog.preset_combo.setCurrentIndex(dialog.preset_combo.findText("本周"))
    assert [d.isoformat() for d in dialog.span()] == ["2026-11-23", "2026-11-29"]
    dialog.to_edit.setDate(QDate(2026, 11, 25))
    assert dialog.preset_combo.currentText() == "自定义"
    dialog.to_edit.setDate(QDate(2026, 11, 29))
    assert dialog.preset_combo.currentText() == "本周"
    dialog.accept()
    preview = wait_for_pages(qtbot, page.printer)
    page_through(qtbot, preview)
    qtbot.mouseClick(preview.save_button, Qt.MouseButton.LeftButton)
    assert save_dialog.proposed == ["巡检情况汇总_20261123-20261129.pdf"]
    text = flat(pdf_text(out))
    assert "巡检情况汇总" in text and "UPS输出电压" in text
    printed = tmp_path / "printed.pdf"
    print_with_dialog(qtbot, preview, pdf_printer, printed)
    assert pdf_pages(printed) == pdf_pages(out)
    preview.close()


def test_export_the_inspection_log(qtbot, itab, tmp_path, save_dialog) -> None:
    out = tmp_path / "log.xlsx"
    save_dialog.answer = out
    page = itab.history_page
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.exporter.message_box is not None, timeout=20_000)
    assert save_dialog.proposed == ["巡检台账_2026-11-24.xlsx"]
    assert "已导出 1 次巡检（4 个检查项）和 1 条备份记录" in page.exporter.message_box.text()
    assert page.exporter.progress is None
    book = load_workbook(out)
    assert book["巡检记录"].max_row == 2
    assert book["巡检项结果"].max_row == 5
    assert book["备份登记"].max_row == 2
