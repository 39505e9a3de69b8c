"""The device register's commands as a user runs them on a demo database: import refused with
its row errors and nothing saved, import and export, the upgrade register, the printed lists."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook

from tests.db.device_helpers import register_workbook
from tests.e2e.database import connect
from tests.e2e.test_cli import CHINESE, run

pytestmark = pytest.mark.slow

ROWS = [
    ["E2E-0001", "放风场 红外枪式摄像机9", "视频监控系统", "放风场", "", "视安科技", "IPC-B620IR",
     "E2EB620001", "", "10.10.99.1", "", "V5.6.2", "2025-05-01", "2028-06-30", "在用", "", ""],
    ["E2E-0002", "放风场 对讲分机9", "监仓对讲系统", "放风场", "", "声联通信", "IC-T310",
     "E2ET310001", "", "10.30.99.1", "", "V2.4.0", "", "", "", "E2E-0001：同杆", ""],
]  # fmt: skip


def _count(db: Path, table: str) -> int:
    with connect(db) as con:
        return con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def _pdf_text(path: Path) -> str:
    """The PDF's text with line breaks and spaces taken out (a long name wraps in its cell)."""
    text = subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return "".join(text.split())


def test_a_bad_register_is_refused_with_its_rows_and_nothing_saved(
    demo_db: Path, home: Path, tmp_path: Path
) -> None:
    bad = [
        *ROWS,
        ["E2E-0003", "", "广播系统", "放风场"],
        ["E2E-0004", "放风场 枪式摄像机", "VIDEO", "放风场", "", "", "", "", "", "10.10.99.1"],
    ]
    before = (_count(demo_db, "device"), _count(demo_db, "device_event"))
    result = run(
        "import", "devices", str(register_workbook(tmp_path / "bad.xlsx", bad)),
        "--db", str(demo_db), home=home,
    )  # fmt: skip
    assert result.returncode == 1
    assert "2 行有错误，未导入任何数据" in result.stderr
    assert "第 4 行：请填写“设备名称”；“所属系统”不存在：广播系统" in result.stderr
    assert "第 5 行：IP地址 10.10.99.1 与第 2 行重复" in result.stderr
    assert "Traceback" not in result.stderr
    assert (_count(demo_db, "device"), _count(demo_db, "device_event")) == before


def test_import_then_export_the_register(demo_db: Path, home: Path, tmp_path: Path) -> None:
    before = _count(demo_db, "device")
    good = register_workbook(tmp_path / "good.xlsx", ROWS, title="设备台账（补充）")
    result = run("import", "devices", str(good), "--db", str(demo_db), home=home)
    assert result.returncode == 0, result.stderr
    assert "新增 2 台，更新 0 台，未变 0 台，新建关联 1 条" in result.stdout
    assert _count(demo_db, "device") == before + 2
    out = tmp_path / "register.xlsx"
    result = run("export", "devices", "--db", str(demo_db), "--out", str(out), home=home)
    assert result.returncode == 0, result.stderr
    assert f"（{before + 2} 台设备）" in result.stdout
    sheet = load_workbook(out)["设备台账"]
    rows = {r[0]: r for r in sheet.iter_rows(min_row=2, values_only=True)}
    assert rows["E2E-0002"][15] == "E2E-0001:同杆"
    nvr = next(r for r in rows.values() if "NVR-1" in r[1])
    assert nvr[17].startswith("第 2 版")  # the demo's snapshots
    again = run("import", "devices", str(out), "--db", str(demo_db), home=home)
    assert again.returncode == 0 and f"未变 {before + 2} 台" in again.stdout


def test_upgrade_register_and_printed_lists(demo_db: Path, home: Path, tmp_path: Path) -> None:
    out = tmp_path / "upgrades.xlsx"
    result = run("export", "upgrades", "--db", str(demo_db), "--out", str(out), home=home)
    assert result.returncode == 0, result.stderr
    rows = list(load_workbook(out).active.iter_rows(min_row=2, values_only=True))
    assert {r[14] for r in rows} == {"升级成功", "已回退"} and len(rows) == 6
    handover = tmp_path / "handover.pdf"
    result = run(
        "pdf", "handover-documents", "--db", str(demo_db), "--out", str(handover), home=home
    )
    assert result.returncode == 0 and "ZL-" in result.stdout, result.stderr
    text = _pdf_text(handover)
    assert "维护资料移交清单" in text and "监所综合管理平台操作手册" in text
    listing = run("training", "list", "--db", str(demo_db), home=home)
    assert listing.returncode == 0 and "下次应急演练" in listing.stdout
    sheet, report = tmp_path / "sheet.pdf", tmp_path / "drill.pdf"
    result = run("pdf", "training-sheet", "1", "--db", str(demo_db), "--out", str(sheet), home=home)
    assert result.returncode == 0 and "PX-" in result.stdout, result.stderr
    assert "培训签到表" in _pdf_text(sheet)
    result = run("pdf", "drill-report", "1", "--db", str(demo_db), "--out", str(report), home=home)
    assert result.returncode == 0 and "YL-" in result.stdout, result.stderr
    assert "配置丢失" in _pdf_text(report)
    missing = run(
        "pdf",
        "drill-report",
        "99",
        "--db",
        str(demo_db),
        "--out",
        str(tmp_path / "missing.pdf"),
        home=home,
    )
    assert missing.returncode == 1 and "没有演练记录 99" in missing.stderr
    assert CHINESE.search(missing.stderr) and "Traceback" not in missing.stderr
    check = run("check", "--db", str(demo_db), home=home)
    assert (
        check.returncode == 0 and "附件校验" in check.stdout and "SHA-256 全部一致" in check.stdout
    )
