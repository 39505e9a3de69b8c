"""The change, follow-up and report commands as a user runs them: register a change, submit it,
the lead approves with their own password (a wrong lead refused in Chinese), the BG- form and the
change log; a follow-up recorded, the follow-up log; advice and the monthly report."""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from tests.e2e.database import connect
from tests.e2e.test_cli import CHINESE, DEMO_PASSWORD, DEMO_USER, run

pytestmark = pytest.mark.slow
AS_ENGINEER = ("--user", DEMO_USER)


def text_of(path: Path) -> str:
    done = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True)
    return "".join(done.stdout.split())


def ok(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    return result.stdout


def test_a_change_from_registration_to_approval_form_and_log(
    demo_db: Path, home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = ("--db", str(demo_db))
    added = ok(
        run(
            "change", "add", "--kind", "new", "--title", "会见预约短信提醒", "--requester",
            "王科长", "--system", "PLATFORM", "--description", "会见预约成功后短信提醒家属",
            "--effort", "10", "--plan", "对接短信网关，测试后夜间发布", "--rollback",
            "关闭提醒开关并恢复 V3.2.1", *db, *AS_ENGINEER, home=home,
        )
    )  # fmt: skip
    assert "新增需求，审批人：部门领导" in added
    number = added.split("已登记需求变更 ")[1].split("：")[0]
    assert number.startswith("BG-")
    assert "书面提交" in ok(run("change", "step", number, "submit", *db, *AS_ENGINEER, home=home))
    monkeypatch.setenv("RESIDENT_DESK_SIGNER_PASSWORD", DEMO_PASSWORD)
    wrong = run("change", "approve", number, "--signer", "hezong", *db, *AS_ENGINEER, home=home)
    assert wrong.returncode != 0 and "Traceback" not in wrong.stderr
    assert "须由部门领导（沈部长）审批" in wrong.stderr and CHINESE.search(wrong.stderr)
    approved = run("change", "approve", number, "--signer", "shenbu", *db, *AS_ENGINEER, home=home)
    assert f"{number}：已批准（shenbu 电子签字）" in ok(approved)
    assert number in ok(run("change", "list", *db, home=home))

    form = tmp_path / "bg.pdf"
    ok(run("pdf", "change-request", number, *db, "--out", str(form), home=home))
    text = text_of(form)
    assert number in text and "需求变更申请单" in text and "沈部长" in text
    book = tmp_path / "changes.xlsx"
    ok(run("export", "changes", *db, "--out", str(book), *AS_ENGINEER, home=home))
    sheets = load_workbook(book, read_only=True)
    assert "变更统计" in sheets.sheetnames
    rows = [r for s in sheets.worksheets for r in s.iter_rows(values_only=True)]
    assert any(number in [str(v) for v in row] for row in rows)


def test_follow_up_advice_and_the_monthly_report(demo_db: Path, home: Path, tmp_path: Path) -> None:
    db = ("--db", str(demo_db))
    due = ok(run("followup", "due", "--ahead", "30", *db, home=home))
    assert "件待回访" in due
    with connect(demo_db) as con:
        fixed = con.execute(
            "SELECT number FROM ticket WHERE ticket_class = 'defect' AND fixed_at IS NOT NULL "
            "AND closed_at IS NULL ORDER BY fixed_at DESC LIMIT 1"
        ).fetchone()
    if fixed is not None:
        recorded = run(
            "followup", "record", fixed[0], "--way", "phone", "--contact", "张警官",
            "--satisfaction", "dissatisfied", "--comments", "夜间到场慢", *db, *AS_ENGINEER,
            home=home,
        )  # fmt: skip
        assert recorded.returncode != 0 and "不满意原因" in recorded.stderr
    missing = run(
        "followup", "record", "GD-2026-9999", "--way", "phone", "--contact", "张警官",
        "--satisfaction", "satisfied", "--comments", "好", *db, *AS_ENGINEER, home=home,
    )  # fmt: skip
    assert missing.returncode != 0 and "Traceback" not in missing.stderr
    assert CHINESE.search(missing.stderr)
    ok(
        run(
            "followup", "survey", "--way", "visit", "--contact", "马所长", "--satisfaction",
            "fair", "--comments", "希望缩短夜间到场时间", *db, *AS_ENGINEER, home=home,
        )
    )  # fmt: skip
    today = date.today()
    month = f"{today.year}-{today.month:02d}"
    ok(
        run(
            "advice", "add", "--month", month, "--text", "夜间值守增加一人", "--owner", "何经理",
            "--deadline", f"{today.year + 1}-01-31", *db, *AS_ENGINEER, home=home,
        )
    )  # fmt: skip
    assert "夜间值守增加一人" in ok(run("advice", "list", "--month", month, *db, home=home))
    book = tmp_path / "followups.xlsx"
    ok(run("export", "followups", *db, "--out", str(book), *AS_ENGINEER, home=home))
    assert "满意度统计" in load_workbook(book, read_only=True).sheetnames
    report = tmp_path / "yb.pdf"
    printed = ok(
        run("pdf", "monthly-report", "--month", month, *db, "--out", str(report), home=home)
    )
    assert "文档编号 YB-" in printed
    text = text_of(report)
    assert "十三、审批与签收" in text and "夜间值守增加一人" in text
    bad = run(
        "pdf", "monthly-report", "--month", "2026-13", *db, "--out", str(tmp_path / "x.pdf"),
        home=home,
    )  # fmt: skip
    assert bad.returncode != 0 and "Traceback" not in bad.stderr
    assert "2026-13" in bad.stderr and CHINESE.search(bad.stderr)
