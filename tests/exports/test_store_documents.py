"""The store's files read back: the loaner form and stocktake sheet (pdftotext), the workbooks."""

from __future__ import annotations

import subprocess
from datetime import date, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook

from app.domain.store.inventory import MovementKind
from app.services import documents
from app.services.store import inventory, loans
from app.services.store.documents import loaner_form, stocktake_sheet
from app.services.store.exports import export_loans, export_movements, export_stock
from app.services.store.stocktake import post_stocktake
from tests.db.store_helpers import small_store


def _text(path: Path) -> str:
    result = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    )
    return result.stdout


def _pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    return int(next(ln for ln in info.stdout.splitlines() if ln.startswith("Pages:")).split()[1])


@pytest.fixture
def loaned(desk, clock, make_ticket) -> tuple[dict[str, int], int, int]:
    ids = small_store(desk)
    ticket_id = make_ticket(severity="major")
    clock.advance(timedelta(hours=9))
    loan_id = loans.issue_loaner(
        desk,
        ticket_id,
        ids["cam"],
        "D320A01",
        borrower="监管科 张警官",
        due_back_at=clock.now() + timedelta(days=5),
    )
    return ids, ticket_id, loan_id


def test_loaner_form_prints_the_ticket_the_device_and_both_signatures(
    desk, loaned, tmp_path: Path
) -> None:
    _ids, ticket_id, loan_id = loaned
    out = tmp_path / "loaner.pdf"
    info = loaner_form(desk, loan_id, out)
    assert info.serial.startswith("JY-2026-") and info.ticket_id == ticket_id
    assert info.kind_label == "备用机借用单"
    text = _text(out)
    for words in (
        "备用机借用单",
        info.serial,
        info.ticket_number,
        "半球摄像机",
        "IPC-D320",
        "D320A01",
        "监管科 张警官",
        "借出确认（借出时签字）",
        "归还确认（归还时签字）",
        "第 1 页 共 1 页",
    ):
        assert words in text, words
    assert [d.serial for d in documents.documents_of_ticket(desk, ticket_id)] == [info.serial]
    loans.return_loan(desk, loan_id, "原设备已修复装回")
    again = loaner_form(desk, loan_id, tmp_path / "returned.pdf")
    assert "原设备已修复装回" in _text(tmp_path / "returned.pdf") and again.serial != info.serial


def test_stocktake_sheet_blank_and_posted(desk, tmp_path: Path) -> None:
    ids = small_store(desk)
    blank = stocktake_sheet(desk, ["A-01", "B-02"], tmp_path / "blank.pdf")
    assert blank.serial.startswith("PD-2026-")
    text = _text(tmp_path / "blank.pdf")
    assert "备品备件盘点表" in text and "A-01、B-02" in text
    assert "SFP-1G" in text and "CAM-D320" in text and "TE-FLUKE" not in text
    assert "D320A01" in text and "D320A02" in text  # serials to check off
    posted = post_stocktake(desk, ["A-01"], {ids["sfp"]: 3})
    stocktake_sheet(desk, ["A-01"], tmp_path / "posted.pdf", posted.id)
    text = _text(tmp_path / "posted.pdf")
    assert "差异已按上表过账" in text and "-2" in text and "孙工" in text


def test_a_long_stocktake_sheet_stays_inside_a4(desk, tmp_path: Path) -> None:
    for n in range(120):
        inventory.create_part(
            desk,
            {
                "code": f"P-{n:03d}",
                "name": "超五类非屏蔽网线水晶头（RJ45）" * 2,
                "model": "CAT5E-UTP-RJ45-8P8C-镀金",
                "category": "consumable",
                "shelf": f"E-{n % 4:02d}",
            },
        )
    stocktake_sheet(desk, [], tmp_path / "long.pdf")
    assert _pages(tmp_path / "long.pdf") >= 3
    text = _text(tmp_path / "long.pdf")
    assert "P-119" in text and "第 1 页 共" in text


def test_stock_list_marks_low_stock(desk, tmp_path: Path) -> None:
    ids = small_store(desk)
    inventory.move(desk, ids["sfp"], MovementKind.SCRAP, 4, reason="雷击损坏")
    assert export_stock(desk, tmp_path / "stock.xlsx") == 3
    book = load_workbook(tmp_path / "stock.xlsx")
    rows = list(book["库存清单"].iter_rows(values_only=True))
    assert rows[0][:7] == ("货架", "编码", "名称", "型号规格", "类别", "单位", "库存")
    sfp = next(r for r in rows if r[1] == "SFP-1G")
    assert (sfp[6], sfp[8], sfp[9]) == (1, 2, "是")
    cam = next(r for r in rows if r[1] == "CAM-D320")
    assert cam[11] == "D320A01、D320A02"
    assert [r[1] for r in book["低库存"].iter_rows(min_row=2, values_only=True)] == ["SFP-1G"]


def test_movement_ledger_for_a_period_and_loans(desk, loaned, clock, tmp_path: Path) -> None:
    today = clock.now().astimezone().date()
    assert export_movements(desk, tmp_path / "ledger.xlsx", today, today) == 5
    rows = list(load_workbook(tmp_path / "ledger.xlsx").active.iter_rows(values_only=True))
    assert rows[1][1] == "入库" and rows[-1][1] == "借出" and rows[-1][5] == "D320A01"
    assert rows[-1][6] == -1 and rows[-1][8].startswith("GD-")
    assert export_movements(desk, tmp_path / "none.xlsx", date(2026, 1, 1), date(2026, 1, 31)) == 0
    assert export_loans(desk, tmp_path / "loans.xlsx") == 1
    loan_row = list(load_workbook(tmp_path / "loans.xlsx").active.iter_rows(values_only=True))[1]
    assert loan_row[1] == "备用机" and loan_row[8] == "监管科 张警官" and loan_row[-1] == "借出中"


def test_a_test_equipment_loan_prints_as_such_without_a_fault_section(desk, tmp_path: Path) -> None:
    ids = small_store(desk)
    loan_id = loans.lend_equipment(
        desk, ids["meter"], "驻场工程师 钱工", "测监区一弱电间光功率", "FPM001"
    )
    info = loaner_form(desk, loan_id, tmp_path / "meter.pdf")
    text = _text(tmp_path / "meter.pdf")
    assert "测试设备借用单" in text and "FPM001" in text
    assert "备用机借用单" not in text and "故障工单" not in text
    assert info.kind_label == "测试设备借用单" and info.serial.startswith("JY-")
    meta = subprocess.run(
        ["pdfinfo", str(tmp_path / "meter.pdf")], capture_output=True, text=True, check=True
    )
    assert f"测试设备借用单 {info.serial}" in meta.stdout and "备用机" not in meta.stdout
