"""The command line's accounts: writes name an account and its password, ``init`` sets up a
database headless, the auditor exports the trail, a printed chain head is checked."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook

from tests.e2e.database import connect
from tests.e2e.test_cli import run

pytestmark = pytest.mark.slow


def _audit(db: Path, last: int = 1) -> list[tuple[str, ...]]:
    with connect(db) as con:
        return con.execute(
            "SELECT action, username, source, outcome, detail FROM audit_record "
            "ORDER BY id DESC LIMIT ?",
            (last,),
        ).fetchall()


def test_a_write_without_user_is_refused_and_nothing_is_written(
    demo_db: Path, home: Path, tmp_path: Path
) -> None:
    out = tmp_path / "x.pdf"
    result = run(
        "pdf", "plans-booklet", "--db", str(demo_db), "--out", str(out), home=home, user=None
    )
    assert result.returncode == 1
    assert "请用 --user 指定执行的账户" in result.stderr
    assert "Traceback" not in result.stderr
    assert not out.exists()
    filed = run("document", "filed", "QX-2026-0001", "--db", str(demo_db), home=home, user=None)
    assert filed.returncode == 1 and "--user" in filed.stderr


def test_a_wrong_password_is_refused_and_audited(demo_db: Path, home: Path, tmp_path: Path) -> None:
    out = tmp_path / "x.pdf"
    result = run(
        "pdf", "plans-booklet", "--db", str(demo_db), "--out", str(out), home=home, password="nope"
    )
    assert result.returncode == 1 and "登录名或密码不正确" in result.stderr
    assert not out.exists()
    assert _audit(demo_db)[0][:4] == ("login.failed", "sungong", "cli", "failure")


def test_a_write_is_attributed_to_the_account(demo_db: Path, home: Path, tmp_path: Path) -> None:
    out = tmp_path / "plans.pdf"
    result = run("pdf", "plans-booklet", "--db", str(demo_db), "--out", str(out), home=home)
    assert result.returncode == 0, result.stderr
    printed, logged_in = _audit(demo_db, 2)
    assert logged_in[:4] == ("login", "sungong", "cli", "success")
    assert printed[:4] == ("document.print", "sungong", "cli", "success")
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    assert "审计链 " in text  # the chain's head in every footer


def test_an_unlogged_export_is_audited_with_the_os_user(
    demo_db: Path, home: Path, tmp_path: Path
) -> None:
    out = tmp_path / "loans.xlsx"
    result = run("export", "loans", "--db", str(demo_db), "--out", str(out), home=home)
    assert result.returncode == 0, result.stderr
    action, username, source, _outcome, detail = _audit(demo_db)[0]
    assert (action, username, source) == ("export", "system", "system")
    assert str(out) in detail and "命令行未登录" in detail


@pytest.mark.sqlite_only("builds its own database file")
def test_init_sets_up_a_database_headless(home: Path, tmp_path: Path) -> None:
    contract = tmp_path / "contract.json"
    contract.write_text(
        json.dumps(
            {
                "project_name": "某市看守所智慧监所项目",
                "client_name": "某市看守所",
                "vendor_name": "某信息技术有限公司",
                "final_acceptance_date": "2025-06-30",
                "targets": {"response_minutes": 10},
                "escalation_ladder": [{"level": 1, "role": "项目经理", "name": "何经理"}],
            },
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    db = tmp_path / "new.sqlite3"
    args = ("init", "--db", str(db), "--contract", str(contract), "--admin", "sungong")
    weak = run(*args, home=home, password="123456")
    assert weak.returncode == 1 and "密码至少需要 8 个字符" in weak.stderr
    assert not db.exists()
    result = run(*args, "--name", "孙工", home=home, password="Zhuchang@123")
    assert result.returncode == 0, result.stderr
    assert "驻场工程师兼系统管理员" in result.stdout
    with connect(db) as con:
        assert con.execute("SELECT roles FROM account").fetchone() == ("engineer admin",)
        assert con.execute("SELECT response_minutes FROM contract").fetchone() == (10.0,)
    assert _audit(db)[0][:3] == ("init", "system", "system")
    again = run(*args, home=home, password="Zhuchang@123")
    assert again.returncode == 2 and "已经初始化过" in again.stderr
    check = run("check", "--db", str(db), home=home)
    assert check.returncode == 0, check.stdout


def test_the_auditor_exports_the_trail_and_checks_a_printed_head(
    demo_db: Path, home: Path, tmp_path: Path
) -> None:
    out = tmp_path / "audit.xlsx"
    refused = run("audit", "export", "--db", str(demo_db), "--out", str(out), "--user", "sungong",
                  home=home)  # fmt: skip
    assert refused.returncode == 1 and "无权执行“导出审计记录”" in refused.stderr
    result = run("audit", "export", "--db", str(demo_db), "--out", str(out), "--user", "shenji",
                 "--action", "refused", home=home)  # fmt: skip
    assert result.returncode == 0, result.stderr
    book = load_workbook(out, read_only=True)
    records = list(book["审计记录"].iter_rows(values_only=True))
    assert records[0][:3] == ("序号", "时间", "登录名")
    assert any(r[2] == "sungong" and r[9] == "已拒绝" for r in records[1:])
    about = dict(book["导出说明"].iter_rows(min_row=2, values_only=True))
    assert about["筛选条件"] == "筛选：操作 refused" and about["导出人"].endswith("（shenji）")
    with connect(demo_db) as con:
        last_id, digest = con.execute(
            "SELECT id, hash FROM audit_record ORDER BY id DESC LIMIT 1"
        ).fetchone()
    code = f"{last_id}-{digest[:8].upper()}"
    found = run("audit", "head", code, "--db", str(demo_db), home=home)
    assert found.returncode == 0 and "一致" in found.stdout
    wrong = run("audit", "head", f"{last_id}-00000000", "--db", str(demo_db), home=home)
    assert wrong.returncode == 1 and "不符" in wrong.stderr
