"""The shift handover as a user prints it: resident-desk pdf handover."""

from __future__ import annotations

import subprocess
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from tests.e2e.test_cli import run
from tests.e2e.test_cli_tickets import _fails_in_chinese

pytestmark = pytest.mark.slow


def _handover(db: Path, out: Path, home: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    return run("pdf", "handover", "--db", str(db), "--out", str(out), *extra, home=home)


def test_handover(demo_db: Path, home: Path, tmp_path: Path) -> None:
    out = tmp_path / "handover.pdf"
    names = ("--from-engineer", "孙工", "--to-engineer", "李工")
    result = _handover(demo_db, out, home, *names, "--notes", "机房空调滤网待更换")
    assert result.returncode == 0, result.stderr
    assert "已生成交接班记录" in result.stdout
    serial = result.stdout.split("文档编号 ")[1].split("，")[0]
    assert serial.startswith("JJ-")
    assert out.read_bytes()[:5] == b"%PDF-"
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True)
    for expected in ("交接班记录", "孙工", "李工", serial, "未关闭工单", "本班工作", "GD-"):
        assert expected in text.stdout, expected
    assert "机房空调滤网待更换" in text.stdout
    pages = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True).stdout
    assert int(pages.split("Pages:")[1].split()[0]) <= 2  # the demo shift, without the annex
    day = (datetime.now() - timedelta(hours=24)).strftime("%Y-%m-%d %H:%M")
    whole_day = _handover(demo_db, tmp_path / "day.pdf", home, *names, "--since", day)
    assert whole_day.returncode == 0, whole_day.stderr
    day_pages = subprocess.run(["pdftotext", str(tmp_path / "day.pdf"), "-"], capture_output=True)
    pages = day_pages.stdout.decode().split("\f")[:-1]
    assert len(pages) <= 2 and "交接确认" in pages[-1]  # a 24-hour shift fits two pages too
    annexed = _handover(demo_db, tmp_path / "annex.pdf", home, *names, "--annex")
    assert annexed.returncode == 0, annexed.stderr
    full = subprocess.run(
        ["pdftotext", str(tmp_path / "annex.pdf"), "-"], capture_output=True, text=True
    )
    assert "附件：本班处理记录" in full.stdout
    again = _handover(
        demo_db, tmp_path / "again.pdf", home, "--from-engineer", "李工", "--to-engineer", "孙工"
    )
    assert again.returncode == 0, again.stderr
    second = subprocess.run(
        ["pdftotext", str(tmp_path / "again.pdf"), "-"], capture_output=True, text=True
    )
    assert "上次交接（JJ-" in "".join(second.stdout.split())


def test_same_engineer_is_refused(demo_db: Path, home: Path, tmp_path: Path) -> None:
    out = tmp_path / "h.pdf"
    names = ("--from-engineer", "孙工", "--to-engineer", "孙工")
    _fails_in_chinese(_handover(demo_db, out, home, *names), "接班人不能与交班人是同一人")
    assert not out.exists()


def test_empty_name_and_missing_folder(demo_db: Path, home: Path, tmp_path: Path) -> None:
    out = tmp_path / "h.pdf"
    empty = _handover(demo_db, out, home, "--from-engineer", " ", "--to-engineer", "李工")
    _fails_in_chinese(empty, "请填写交班人")
    assert not out.exists()
    missing = tmp_path / "none" / "h.pdf"
    names = ("--from-engineer", "孙工", "--to-engineer", "李工")
    _fails_in_chinese(_handover(demo_db, missing, home, *names), "文件夹不存在")
    assert not missing.exists()


@pytest.mark.sqlite_only("a file that is not there")
def test_missing_database(home: Path, tmp_path: Path) -> None:
    db = tmp_path / "none.sqlite3"
    names = ("--from-engineer", "孙工", "--to-engineer", "李工")
    _fails_in_chinese(_handover(db, tmp_path / "h.pdf", home, *names), "数据库文件不存在")
    assert not db.exists()


def test_a_chosen_start_then_the_incoming_engineer_accepts(
    demo_db: Path, home: Path, tmp_path: Path
) -> None:
    out = tmp_path / "since.pdf"
    names = ("--from-engineer", "驻场工程师 孙工", "--to-engineer", "售后工程师 钱工")
    bad = _handover(demo_db, out, home, *names, "--since", "昨天")
    assert bad.returncode == 2 and "时间格式应为 YYYY-MM-DD HH:MM" in bad.stderr
    made = _handover(demo_db, out, home, *names, "--since", "2020-01-01 08:00")
    assert made.returncode == 0, made.stderr
    serial = made.stdout.split("文档编号 ")[1].split("，")[0]
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    assert "2020-01-01 08:00" in text and "所选开始时间" in "".join(text.split())
    pending = run("handover", "pending", "--db", str(demo_db), home=home)
    assert pending.returncode == 0 and serial in pending.stdout
    db = ("--db", str(demo_db))
    anyone = run(
        "handover", "accept", serial, *db, "--user", "sungong", "--remarks", "已核对", home=home
    )
    assert anyone.returncode == 1 and "接班人是 售后工程师 钱工" in anyone.stderr
    accepted = run(
        "handover",
        "accept",
        serial,
        *db,
        "--user",
        "qiangong",
        "--remarks",
        "已核对工单",
        home=home,
    )
    assert accepted.returncode == 0, accepted.stderr
    assert f"已确认接班：{serial}（接班人 售后工程师 钱工" in accepted.stdout
    assert serial not in run("handover", "pending", *db, home=home).stdout
    again = run(
        "handover", "accept", serial, *db, "--user", "qiangong", "--remarks", "再次", home=home
    )
    assert again.returncode == 1 and "已由 售后工程师 钱工 确认接班" in again.stderr


def test_printing_an_accepted_handover_again_reprints_it(
    demo_db: Path, home: Path, tmp_path: Path
) -> None:
    names = ("--from-engineer", "驻场工程师 孙工", "--to-engineer", "售后工程师 钱工")
    since = (datetime.now() - timedelta(hours=2)).strftime("%Y-%m-%d %H:%M")
    made = _handover(
        demo_db, tmp_path / "h.pdf", home, *names, "--notes", "机房空调滤网待更换", "--since", since
    )
    serial = made.stdout.split("文档编号 ")[1].split("，")[0].rstrip("）")
    db = ("--db", str(demo_db))
    accepted = run(
        "handover", "accept", serial, *db, "--user", "qiangong", "--remarks", "已核对", home=home
    )
    assert accepted.returncode == 0, accepted.stderr
    again = _handover(demo_db, tmp_path / "again.pdf", home, *names)
    assert again.returncode == 0, again.stderr
    assert f"文档编号 {serial}，补打（第 1 次）" in again.stdout
    text = subprocess.run(["pdftotext", str(tmp_path / "again.pdf"), "-"], capture_output=True)
    flat = "".join(text.stdout.decode().split())
    assert f"编号：{serial}" in flat and "机房空调滤网待更换" in flat and "确认接班" in flat
    assert "（自上次交接（" not in flat  # the same shift, not one from the handover to now
