"""The store commands as a user runs them: import parts, export stock, print a loaner form."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook

from tests.db.store_workbooks import write_workbook
from tests.e2e.database import connect
from tests.e2e.test_cli import CHINESE, run

pytestmark = pytest.mark.slow

ROWS = [
    [
        "E2E-CAM",
        "半球摄像机（测试批）",
        "IPC-D320",
        "整机",
        "台",
        "ｆ-01",
        "１",
        "２",
        "E2E01，E2E02",
    ],
    ["E2E-SFP", " 千兆光模块 ", "SFP-GE-LX", "备件", "个", " F-02 ", "2", " １０ ", None],
]


def _parts(db: Path) -> int:
    with connect(db) as con:
        return con.execute("SELECT count(*) FROM part").fetchone()[0]


def _db_bytes(db: Path) -> tuple[int, int]:
    with connect(db) as con:
        return (
            con.execute("SELECT count(*) FROM part").fetchone()[0],
            con.execute("SELECT count(*) FROM stock_movement").fetchone()[0],
        )


def test_a_broken_parts_file_is_refused_with_its_row_errors(
    demo_db: Path, home: Path, tmp_path: Path
) -> None:
    bad = write_workbook(
        tmp_path / "bad.xlsx",
        [*ROWS, [None, "网线", "", "耗材", "箱", "F-03", "", "十", None]],
    )
    before = _db_bytes(demo_db)
    result = run("import", "parts", str(bad), "--db", str(demo_db), home=home)
    assert result.returncode != 0
    assert "1 行有错误，未导入任何数据" in result.stderr
    assert "第 4 行：缺少编码；期初数量“十”不是整数" in result.stderr
    assert "Traceback" not in result.stderr
    assert _db_bytes(demo_db) == before
    garbage = tmp_path / "garbage.xlsx"
    garbage.write_bytes(b"not a workbook")
    result = run("import", "parts", str(garbage), "--db", str(demo_db), home=home)
    assert result.returncode != 0 and "无法读取 Excel 文件" in result.stderr
    assert _db_bytes(demo_db) == before


def test_import_then_export_the_stock_list(demo_db: Path, home: Path, tmp_path: Path) -> None:
    before = _parts(demo_db)
    good = write_workbook(tmp_path / "parts.xlsx", ROWS, title="备品备件清单（售后服务部）")
    result = run("import", "parts", str(good), "--db", str(demo_db), home=home)
    assert result.returncode == 0, result.stderr
    assert "已导入备件 2 种，期初库存 12 件（其中按序列号 2 件）" in result.stdout
    assert _parts(demo_db) == before + 2
    again = run("import", "parts", str(good), "--db", str(demo_db), home=home)
    assert again.returncode != 0 and "编码 E2E-CAM 已在备件目录中" in again.stderr
    out = tmp_path / "stock.xlsx"
    result = run("export", "stock", "--db", str(demo_db), "--out", str(out), home=home)
    assert result.returncode == 0, result.stderr
    assert f"（{before + 2} 种备件）" in result.stdout
    rows = {r[1]: r for r in load_workbook(out)["库存清单"].iter_rows(values_only=True)}
    assert rows["E2E-SFP"][0] == "F-02" and rows["E2E-SFP"][6] == 10
    assert rows["E2E-CAM"][11] == "E2E01、E2E02"
    assert "BAT-12V100" in rows  # the demo store is there too


def test_loaner_form_of_the_demo_loan(demo_db: Path, home: Path, tmp_path: Path) -> None:
    with connect(demo_db) as con:
        loan_id, number = con.execute(
            "SELECT l.id, t.number FROM loan l JOIN ticket t ON t.id = l.ticket_id "
            "WHERE l.kind = 'loaner' LIMIT 1"
        ).fetchone()
    out = tmp_path / "loaner.pdf"
    result = run(
        "pdf", "loaner-form", str(loan_id), "--db", str(demo_db), "--out", str(out), home=home
    )
    assert result.returncode == 0, result.stderr
    assert "已生成备用机借用单" in result.stdout and "JY-" in result.stdout
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True)
    assert "备用机借用单" in text.stdout and number in text.stdout
    missing = run(
        "pdf", "loaner-form", "9999", "--db", str(demo_db), "--out", str(out), "--force", home=home
    )
    assert missing.returncode != 0 and "没有借用记录 9999" in missing.stderr
    assert CHINESE.search(missing.stderr)


def test_movement_ledger_and_loans_exports(demo_db: Path, home: Path, tmp_path: Path) -> None:
    ledger = tmp_path / "ledger.xlsx"
    result = run("export", "movements", "--db", str(demo_db), "--out", str(ledger), home=home)
    assert result.returncode == 0, result.stderr
    kinds = {r[1] for r in load_workbook(ledger).active.iter_rows(min_row=2, values_only=True)}
    assert {"入库", "出库", "报废", "借出", "归还"} <= kinds
    loans = tmp_path / "loans.xlsx"
    result = run("export", "loans", "--db", str(demo_db), "--out", str(loans), home=home)
    assert result.returncode == 0, result.stderr
    states = [r[-1] for r in load_workbook(loans).active.iter_rows(min_row=2, values_only=True)]
    assert "逾期未还" in states and "已归还" in states
    sheet = tmp_path / "stocktake.pdf"
    result = run(
        "pdf", "stocktake", "--shelf", "D-02", "--db", str(demo_db), "--out", str(sheet), home=home
    )
    assert result.returncode == 0, result.stderr
    text = subprocess.run(["pdftotext", "-layout", str(sheet), "-"], capture_output=True, text=True)
    assert "BAT-12V100" in text.stdout and "CAM-D320" not in text.stdout
