"""Workbooks that print: A4 landscape, one page wide, header row on every page, header and footer
with title, period and export time, wrapped multi-line cells, and a dimension on every sheet."""

from __future__ import annotations

import shutil
import subprocess
import zipfile
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from app.exports.xlsx import LogWriter, PrintHeading, period_text
from app.services.inspections.log_export import export_inspection_log
from app.services.setup import open_desk
from app.services.store import exports as store_exports
from app.services.tickets.log_export import export_ticket_log
from tests.conftest import as_demo_engineer
from tests.exports.demo_documents import DemoDocuments

EXPORTED = datetime(2026, 11, 24, 1, 30, tzinfo=UTC)


def check_print_setup(path: Path, title: str) -> None:
    book = load_workbook(path)
    for ws in book.worksheets:
        setup = ws.page_setup
        assert (setup.orientation, setup.paperSize) == ("landscape", 9)
        # one page wide: fitToWidth="1" is the file format's default, which XlsxWriter leaves out
        assert setup.fitToWidth in (1, None)
        assert ws.sheet_properties.pageSetUpPr.fitToPage is True
        assert ws.print_title_rows == "$1:$1", ws.title
        assert ws.oddHeader.left.text == title
        assert ws.oddHeader.center.text == ws.title
        assert ws.oddHeader.right.text.startswith("期间：")
        assert "&P" in ws.oddFooter.center.text and "&N" in ws.oddFooter.center.text
        assert ws.oddFooter.left.text.startswith("导出时间：20")
        assert ws.freeze_panes == "A2" and ws.auto_filter.ref.startswith("A1:")
    read_only = load_workbook(path, read_only=True)
    for ws in read_only.worksheets:
        assert ws.max_row is not None and ws.max_row >= 1 and ws.max_column >= 2, ws.title
        assert ws.calculate_dimension() == book[ws.title].dimensions


def test_a_log_writer_sets_the_print_setup_and_dimensions(tmp_path: Path) -> None:
    out = tmp_path / "log.xlsx"
    heading = PrintHeading("测试台账", period_text(date(2026, 11, 1), date(2026, 11, 30)), EXPORTED)
    with LogWriter(out, [("记录", [("编号", 12), ("说明", 20)])], heading, 100) as log:
        for index in range(250):
            log.sheets[0].append([f"GD-{index:04d}", "第一行\n第二行" if index % 2 else "短"])
        log.sheets[0].append(["长", "很长的说明文字" * 5])
        log.commit()
    check_print_setup(out, "测试台账")
    ws = load_workbook(out)["记录"]
    assert ws.page_setup.fitToHeight == 3  # 252 rows at 100 a page
    assert ws.oddHeader.right.text == "期间：2026-11-01 至 2026-11-30"
    assert ws.oddFooter.left.text == "导出时间：" + EXPORTED.astimezone().strftime("%Y-%m-%d %H:%M")
    assert ws["B3"].alignment.wrap_text is True  # two lines
    assert ws.row_dimensions[3].height == 30  # readers do not grow wrapped rows themselves
    assert not ws["B2"].alignment.wrap_text  # one short line
    assert ws["B252"].alignment.wrap_text is True  # wider than its column
    with zipfile.ZipFile(out) as book:
        sheet = book.read("xl/worksheets/sheet1.xml").decode()
    assert '<dimension ref="A1:B252"/>' in sheet
    assert sheet.index("<dimension") < sheet.index("<sheetViews")


def test_every_workbook_of_the_demo_prints(demo_documents: DemoDocuments, tmp_path: Path) -> None:
    opened = open_desk(demo_documents.db)
    as_demo_engineer(opened.desk)
    try:
        desk = opened.desk
        export_ticket_log(desk, tmp_path / "tickets.xlsx", None, None)
        export_inspection_log(desk, tmp_path / "inspections.xlsx", None, None)
        store_exports.export_stock(desk, tmp_path / "stock.xlsx")
        store_exports.export_movements(desk, tmp_path / "movements.xlsx")
        store_exports.export_loans(desk, tmp_path / "loans.xlsx")
    finally:
        opened.close()
    for name, title in (
        ("tickets", "工单台账"),
        ("inspections", "巡检台账"),
        ("stock", "库存清单"),
        ("movements", "出入库台账"),
        ("loans", "借用登记"),
    ):
        check_print_setup(tmp_path / f"{name}.xlsx", title)
    tickets = load_workbook(tmp_path / "tickets.xlsx", read_only=True)["工单台账"]
    rows = tickets.max_row
    full = load_workbook(tmp_path / "tickets.xlsx")["工单台账"]
    assert full.page_setup.fitToHeight == -(-rows // 100)


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is installed by .ci/run")
def test_libreoffice_prints_the_ticket_log_at_about_100_rows_a_page(
    demo_documents: DemoDocuments, tmp_path: Path
) -> None:
    opened = open_desk(demo_documents.db)
    as_demo_engineer(opened.desk)
    try:
        export_ticket_log(opened.desk, tmp_path / "tickets.xlsx", None, None)
    finally:
        opened.close()
    subprocess.run(
        ["soffice", f"-env:UserInstallation=file://{tmp_path}/lo", "--headless",
         "--convert-to", "pdf", "--outdir", str(tmp_path), str(tmp_path / "tickets.xlsx")],
        check=True, capture_output=True, timeout=600,
    )  # fmt: skip
    pdf = tmp_path / "tickets.pdf"
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    pages = int(next(line.split()[-1] for line in info.stdout.splitlines() if "Pages" in line))
    sheets = []
    for page in range(1, pages + 1):
        text = subprocess.run(
            ["pdftotext", "-f", str(page), "-l", str(page), str(pdf), "-"],
            capture_output=True, text=True, check=True,
        ).stdout  # fmt: skip
        lines = [line.strip() for line in text.splitlines()]
        assert f"第 {page} 页 / 共 {pages} 页" in lines, page
        assert "工单台账" in lines and "期间：全部" in lines
        sheets.append(next((s for s in ("处理记录", "月度统计") if s in lines), "工单台账"))
    rows = load_workbook(tmp_path / "tickets.xlsx", read_only=True)["工单台账"].max_row
    assert 1 <= sheets.count("工单台账") <= -(-rows // 100) + 1
    assert sheets.count("月度统计") == 1
