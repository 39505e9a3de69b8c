"""The inspection commands as a user runs them: pdf inspection-report / -summary, export."""

from __future__ import annotations

import subprocess
from datetime import date, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook

from tests.e2e.database import connect
from tests.e2e.test_cli import run
from tests.e2e.test_cli_tickets import _fails_in_chinese

pytestmark = pytest.mark.slow


def _query(db: Path, sql: str) -> list[tuple]:
    with connect(db) as con:
        return con.execute(sql).fetchall()


def _rows(path: Path, sheet: str) -> int:
    """Data rows of a sheet (a streamed workbook does not record its size)."""
    return sum(1 for _ in load_workbook(path, read_only=True)[sheet].iter_rows()) - 1


def _text(path: Path) -> str:
    result = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True)
    return "".join(result.stdout.split())


def test_report_of_a_run_with_a_finding(demo_db: Path, home: Path, tmp_path: Path) -> None:
    ((run_id, number, ticket),) = _query(
        demo_db,
        "SELECT r.id, r.number, t.number FROM inspection_run r "
        "JOIN inspection_run_item i ON i.run_id = r.id JOIN ticket t ON t.id = i.ticket_id "
        "ORDER BY r.id LIMIT 1",
    )
    out = tmp_path / "report.pdf"
    typed = f" {number.lower()} "  # as typed, in any case and spacing
    result = run(
        "pdf", "inspection-report", typed, "--db", str(demo_db), "--out", str(out), home=home
    )
    assert result.returncode == 0, result.stderr
    assert f"已生成巡检报告：{out}" in result.stdout and f"巡检 {number}" in result.stdout
    serial = result.stdout.split("文档编号 ")[1].split("，")[0]
    assert serial.startswith("XB-")
    text = _text(out)
    for expected in (
        serial,
        number,
        ticket,
        "不合格",
        "巡检结论",
        "巡检人（签字）",
        "甲方确认人（签字）",
    ):
        assert expected in text, expected
    by_id = run("pdf", "inspection-report", str(run_id), "--db", str(demo_db), "--out",
                str(tmp_path / "by-id.pdf"), home=home)  # fmt: skip
    assert by_id.returncode == 0, by_id.stderr
    assert number in _text(tmp_path / "by-id.pdf")
    ((filed,),) = _query(
        demo_db, f"SELECT inspection_run_id FROM document WHERE serial = '{serial}'"
    )
    assert filed == run_id


def test_an_unknown_run_is_refused_in_chinese(demo_db: Path, home: Path, tmp_path: Path) -> None:
    out = tmp_path / "none.pdf"
    result = run("pdf", "inspection-report", "XJ-2026-9999", "--db", str(demo_db), "--out",
                 str(out), home=home)  # fmt: skip
    assert result.returncode == 1
    _fails_in_chinese(result, "没有这条巡检记录：XJ-2026-9999")
    assert list(tmp_path.iterdir()) == []


def test_period_summary(demo_db: Path, home: Path, tmp_path: Path) -> None:
    last = date.today()
    first = last - timedelta(days=27)
    out = tmp_path / "summary.pdf"
    args = ("--from", first.isoformat(), "--to", last.isoformat(), "--db", str(demo_db))
    result = run("pdf", "inspection-summary", *args, "--out", str(out), home=home)
    assert result.returncode == 0, result.stderr
    assert "已生成巡检情况汇总" in result.stdout
    text = _text(out)
    for expected in ("巡检情况汇总", "巡检完成情况", "漏检明细", "周界报警系统日巡检（", "备份登记",
                     "门禁控制系统增量备份（", "GD-", "驻场工程师（签字）"):  # fmt: skip
        assert expected in text, expected
    backwards = ("--from", last.isoformat(), "--to", first.isoformat(), "--db", str(demo_db))
    refused = run("pdf", "inspection-summary", *backwards, "--out", str(tmp_path / "b.pdf"),
                  home=home)  # fmt: skip
    _fails_in_chinese(refused, "开始日期不能晚于结束日期")
    assert not (tmp_path / "b.pdf").exists()


def test_export_inspections(demo_db: Path, home: Path, tmp_path: Path) -> None:
    out = tmp_path / "inspections.xlsx"
    result = run("export", "inspections", "--db", str(demo_db), "--out", str(out), home=home)
    assert result.returncode == 0, result.stderr
    assert "已导出巡检台账" in result.stdout and "导出进度 100%" in result.stderr
    book = load_workbook(out, read_only=True)
    assert book.sheetnames == ["巡检记录", "巡检项结果", "备份登记"]
    ((runs,),) = _query(demo_db, "SELECT count(*) FROM inspection_run")
    ((items,),) = _query(demo_db, "SELECT count(*) FROM inspection_run_item")
    ((records,),) = _query(demo_db, "SELECT count(*) FROM backup_record")
    assert _rows(out, "巡检记录") == runs
    assert _rows(out, "巡检项结果") == items
    assert _rows(out, "备份登记") == records
    day = date.today() - timedelta(days=3)
    narrow = tmp_path / "day.xlsx"
    ranged = run("export", "inspections", "--db", str(demo_db), "--out", str(narrow),
                 "--from", day.isoformat(), "--to", day.isoformat(), home=home)  # fmt: skip
    assert ranged.returncode == 0, ranged.stderr
    assert 0 < _rows(narrow, "巡检记录") < runs
    missing = tmp_path / "none" / "x.xlsx"
    _fails_in_chinese(
        run("export", "inspections", "--db", str(demo_db), "--out", str(missing), home=home),
        "文件夹不存在",
    )
    assert not missing.parent.exists()
