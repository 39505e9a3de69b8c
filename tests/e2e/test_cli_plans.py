"""The plan commands as a user runs them: pdf plan, plans-booklet, incident-report, plans search."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from tests.e2e.database import connect
from tests.e2e.test_cli import CHINESE, run

pytestmark = pytest.mark.slow


def text_of(path: Path) -> str:
    done = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True)
    return "".join(done.stdout.split())


def fails_in_chinese(result: subprocess.CompletedProcess[str], words: str) -> None:
    assert result.returncode != 0
    assert words in result.stderr, result.stderr
    assert CHINESE.search(result.stderr)
    assert "Traceback" not in result.stderr + result.stdout


def test_pdf_plan_and_booklet(demo_db: Path, home: Path, tmp_path: Path) -> None:
    out = tmp_path / "plan.pdf"
    result = run("pdf", "plan", "YA-08", "--db", str(demo_db), "--out", str(out), home=home)
    assert result.returncode == 0, result.stderr
    assert "已生成应急预案" in result.stdout and "YA-08 门禁系统故障" in result.stdout
    assert "应急预案：门禁系统故障" in text_of(out)
    by_number = run(
        "pdf", "plan", "3", "--db", str(demo_db), "--out", str(out), "--force", home=home
    )
    assert by_number.returncode == 0 and "YA-03 数据丢失" in by_number.stdout
    booklet = tmp_path / "all.pdf"
    result = run("pdf", "plans-booklet", "--db", str(demo_db), "--out", str(booklet), home=home)
    assert result.returncode == 0, result.stderr
    assert "共 13 个预案" in result.stdout
    assert "应急预案汇编" in text_of(booklet)
    missing = run(
        "pdf", "plan", "YA-99", "--db", str(demo_db), "--out", str(out), "--force", home=home
    )
    fails_in_chinese(missing, "找不到预案：YA-99")


def _fixed_defect(db: Path) -> str:
    with connect(db) as con:
        return con.execute(
            "SELECT number FROM ticket WHERE ticket_class = 'defect' AND fixed_at IS NOT NULL "
            "ORDER BY called_at DESC LIMIT 1"
        ).fetchone()[0]


def test_pdf_incident_report(demo_db: Path, home: Path, tmp_path: Path) -> None:
    number = _fixed_defect(demo_db)
    out = tmp_path / "hb.pdf"
    result = run(
        "pdf", "incident-report", number, "--db", str(demo_db), "--out", str(out),
        "--impact", "监区一图像中断约两小时，期间民警现场看护。",
        home=home,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    serial = result.stdout.split("文档编号 ")[1].split("，")[0]
    assert serial.startswith("HB-")
    text = text_of(out)
    assert "问题汇报" in text and number in text and serial in text
    assert "监区一图像中断约两小时，期间民警现场看护。" in text
    # The impact given is kept: a second print without it shows it again, a reprint of the same
    # serial; an existing file is replaced only with --force.
    refused = run(
        "pdf", "incident-report", number, "--db", str(demo_db), "--out", str(out), home=home
    )
    fails_in_chinese(refused, "文件已存在")
    again = run(
        "pdf", "incident-report", number, "--db", str(demo_db), "--out", str(out), "--force",
        home=home,
    )  # fmt: skip
    assert again.returncode == 0, again.stderr
    assert f"文档编号 {serial}，补打（第 1 次）" in again.stdout
    assert "监区一图像中断约两小时" in text_of(out)
    assert "补打（第1次）" in text_of(out)  # text_of drops spaces
    unknown = run(
        "pdf", "incident-report", "GD-1999-0001", "--db", str(demo_db), "--out", str(out),
        "--impact", "x", "--force", home=home,
    )  # fmt: skip
    fails_in_chinese(unknown, "找不到工单：GD-1999-0001")


def test_plans_search_and_list(demo_db: Path, home: Path) -> None:
    result = run("plans", "search", "NVR 离线", "--db", str(demo_db), home=home)
    assert result.returncode == 0, result.stderr
    first = result.stdout.splitlines()[0]
    assert "摄像机或NVR离线" in first and first.startswith("[预案")
    assert "[知识库" in result.stdout
    two = run("plans", "search", "断网", "--db", str(demo_db), home=home)
    assert "网络中断（断网）" in two.stdout.splitlines()[0]
    none = run("plans", "search", "潜水艇", "--db", str(demo_db), home=home)
    assert none.returncode == 1 and "没有找到" in none.stdout
    listing = run("plans", "list", "--db", str(demo_db), home=home)
    assert listing.returncode == 0
    assert len(listing.stdout.splitlines()) == 13
    assert listing.stdout.startswith("YA-01  操作失误")
