"""The document commands as a user runs them: pdf, export tickets, document filed."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from tests.e2e.database import connect
from tests.e2e.test_cli import CHINESE, run

pytestmark = pytest.mark.slow


def _number(db: Path, ticket_class: str) -> str:
    with connect(db) as con:
        row = con.execute(
            "SELECT t.number FROM ticket t JOIN ticket_event e ON e.ticket_id = t.id "
            "WHERE t.ticket_class = ? GROUP BY t.id ORDER BY count(*) DESC LIMIT 1",
            (ticket_class,),
        ).fetchone()
    return row[0]


def _fails_in_chinese(result: subprocess.CompletedProcess[str], words: str) -> None:
    assert result.returncode != 0
    assert words in result.stderr, result.stderr
    assert CHINESE.search(result.stderr)
    assert "Traceback" not in result.stderr + result.stdout


def test_defect_form_and_filing(demo_db: Path, home: Path, tmp_path: Path) -> None:
    number = _number(demo_db, "defect")
    out = tmp_path / "defect.pdf"
    result = run("pdf", "defect-form", number, "--db", str(demo_db), "--out", str(out), home=home)
    assert result.returncode == 0, result.stderr
    assert out.read_bytes()[:5] == b"%PDF-"
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True)
    assert "系统缺陷类问题提交单" in text.stdout and number in text.stdout
    serial = result.stdout.split("文档编号 ")[1].split("，")[0]
    assert serial in text.stdout
    filed = run("document", "filed", serial, "--db", str(demo_db), home=home)
    assert filed.returncode == 0, filed.stderr
    assert f"已登记签字件归档：{serial}" in filed.stdout
    again = run("document", "filed", serial, "--db", str(demo_db), home=home)
    _fails_in_chinese(again, "无需重复归档")
    unknown = run("document", "filed", "QX-1999-0001", "--db", str(demo_db), home=home)
    _fails_in_chinese(unknown, "没有编号为 QX-1999-0001 的文档")


def test_consultation_record(demo_db: Path, home: Path, tmp_path: Path) -> None:
    number = _number(demo_db, "consultation")
    out = tmp_path / "c.pdf"
    result = run("pdf", "consultation", number, "--db", str(demo_db), "--out", str(out), home=home)
    assert result.returncode == 0, result.stderr
    assert "咨询类问题记录" in result.stdout and out.exists()


def test_missing_ticket(demo_db: Path, home: Path, tmp_path: Path) -> None:
    out = tmp_path / "x.pdf"
    args = ("pdf", "defect-form", "GD-2026-9999", "--db", str(demo_db), "--out", str(out))
    _fails_in_chinese(run(*args, home=home), "找不到工单：GD-2026-9999")
    assert not out.exists()


def test_wrong_class(demo_db: Path, home: Path, tmp_path: Path) -> None:
    out = tmp_path / "x.pdf"
    number = _number(demo_db, "consultation")
    args = ("pdf", "defect-form", number, "--db", str(demo_db), "--out", str(out))
    _fails_in_chinese(run(*args, home=home), "不能打印")
    assert not out.exists()


@pytest.mark.parametrize("where", ["missing-folder", "proc"])
def test_unwritable_output(demo_db: Path, home: Path, tmp_path: Path, where: str) -> None:
    out = tmp_path / "none" / "x.pdf" if where == "missing-folder" else Path("/proc/x.pdf")
    number = _number(demo_db, "defect")
    args = ("pdf", "defect-form", number, "--db", str(demo_db), "--out", str(out))
    _fails_in_chinese(run(*args, home=home), str(out.parent if where != "proc" else out))
    assert not out.exists()


@pytest.mark.sqlite_only("a file that is not there")
def test_missing_database(home: Path, tmp_path: Path) -> None:
    db = tmp_path / "none.sqlite3"
    args = ("pdf", "defect-form", "GD-2026-0001", "--db", str(db), "--out", str(tmp_path / "x.pdf"))
    _fails_in_chinese(run(*args, home=home), "数据库文件不存在")
    assert not db.exists()


def test_export_tickets(demo_db: Path, home: Path, tmp_path: Path) -> None:
    out = tmp_path / "log.xlsx"
    args = ("export", "tickets", "--db", str(demo_db), "--out", str(out), "--from", "2026-01-01")
    result = run(*args, home=home)
    assert result.returncode == 0, result.stderr
    assert "已导出工单台账" in result.stdout and out.exists()
    assert "100%" in result.stderr
    bad = run(
        "export",
        "tickets",
        "--db",
        str(demo_db),
        "--out",
        str(tmp_path / "no" / "x.xlsx"),
        home=home,
    )
    _fails_in_chinese(bad, "文件夹不存在")
