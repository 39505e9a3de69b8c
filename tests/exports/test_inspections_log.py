"""The 巡检台账 workbook read back with openpyxl: sheets, headers, real dates, counts, no leftovers."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from app.db.models.inspections import BackupRecord, InspectionRun, InspectionRunItem
from app.exports.inspections.log import BACKUP_HEADERS, ITEM_HEADERS, RUN_HEADERS
from app.exports.xlsx import local_naive
from app.services.context import Desk
from app.services.inspections import backups, findings
from app.services.inspections import runs as inspections
from app.services.inspections.log_export import ExportCancelled, export_inspection_log
from tests.conftest import START
from tests.db.test_inspections_runs import GOOD, OVERLOADED, template_id


@pytest.fixture
def filled(desk: Desk, clock) -> dict[str, str]:
    ups = template_id(desk)
    first = inspections.record_run(desk, ups, OVERLOADED, inspector="孙工", notes="=SUM(A1:A2)")
    _, ticket = findings.open_ticket_for_item(desk, first.items[2].id)
    correction = inspections.correct_run(
        desk, first.id, [{"result": "pass"}, {"value": "221"}, {"value": "93"}, {"value": "24"}],
        reason="电压抄错",
    )  # fmt: skip
    done = backups.record_backup(
        desk,
        {"system": "SERVER", "kind": "incremental", "location": "BAK-01 /backup", "size_mb": "35"},
    )
    backups.record_restore_test(desk, done.id, False, "恢复后数据库无法启动")
    clock.advance(timedelta(days=2))
    inspections.record_run(desk, ups, GOOD, inspector="钱工")
    backups.record_backup(desk, {"system": "PLATFORM", "kind": "full", "location": "离线硬盘"})
    return {"first": first.number, "correction": correction.number, "ticket": ticket}


def _rows(path: Path, sheet: str) -> list[tuple]:
    book = load_workbook(path)
    return list(book[sheet].iter_rows(values_only=True))


def test_the_workbook_holds_runs_lines_and_backups(
    desk: Desk, filled: dict[str, str], tmp_path: Path
) -> None:
    out = tmp_path / "inspections.xlsx"
    result = export_inspection_log(desk, out)
    book = load_workbook(out)
    assert book.sheetnames == ["巡检记录", "巡检项结果", "备份登记"]
    runs = list(book["巡检记录"].iter_rows(values_only=True))
    items = list(book["巡检项结果"].iter_rows(values_only=True))
    records = list(book["备份登记"].iter_rows(values_only=True))
    assert runs[0] == RUN_HEADERS and items[0] == ITEM_HEADERS and records[0] == BACKUP_HEADERS
    with desk.db.read() as session:
        assert len(runs) - 1 == session.scalar(select(func.count(InspectionRun.id))) == 3
        assert len(items) - 1 == session.scalar(select(func.count(InspectionRunItem.id))) == 12
        assert len(records) - 1 == session.scalar(select(func.count(BackupRecord.id))) == 2
    assert (result.runs, result.items, result.backups) == (3, 12, 2)
    first = dict(zip(RUN_HEADERS, runs[1], strict=True))
    assert first["巡检编号"] == filled["first"]
    assert isinstance(first["巡检时间"], datetime)
    assert first["巡检时间"] == local_naive(START)
    assert first["不合格项"] == 1 and first["缺陷工单号"] == filled["ticket"]
    assert first["已被更正为"] == filled["correction"]
    assert first["巡检说明"] == "=SUM(A1:A2)"  # text, not a formula
    second = dict(zip(RUN_HEADERS, runs[2], strict=True))
    assert second["更正的记录"] == filled["first"] and second["更正原因"] == "电压抄错"
    load = dict(zip(ITEM_HEADERS, items[3], strict=True))
    assert load["检查项目"] == "UPS负载率" and load["检查类别"] == "运行状态检查"
    assert load["测量值"] == 92 and load["单位"] == "%" and load["标准"] == "≤ 80 %"
    assert load["判定"] == "不合格" and load["缺陷工单"] == filled["ticket"]
    assert load["已被更正"] == "是"
    backup = dict(zip(BACKUP_HEADERS, records[1], strict=True))
    assert backup["系统"] == "服务器与存储" and backup["备份类型"] == "增量备份"
    assert isinstance(backup["备份时间"], datetime) and backup["大小(MB)"] == 35
    assert backup["恢复测试结果"] == "失败" and backup["恢复测试情况"] == "恢复后数据库无法启动"
    assert dict(zip(BACKUP_HEADERS, records[2], strict=True))["恢复测试结果"] == "未测试"


def test_a_date_range_keeps_only_those_days(
    desk: Desk, filled: dict[str, str], tmp_path: Path
) -> None:
    out = tmp_path / "later.xlsx"
    day = (START + timedelta(days=2)).astimezone().date()
    result = export_inspection_log(desk, out, first=day, last=day)
    assert (result.runs, result.items, result.backups) == (1, 4, 1)
    assert _rows(out, "巡检记录")[1][6] == "钱工"
    empty = export_inspection_log(desk, tmp_path / "none.xlsx", date(2025, 1, 1), date(2025, 1, 2))
    assert (empty.runs, empty.items, empty.backups) == (0, 0, 0)


def test_progress_is_reported_and_a_cancel_leaves_no_file(
    desk: Desk, filled: dict[str, str], tmp_path: Path
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    seen: list[tuple[int, int]] = []
    export_inspection_log(desk, folder / "ok.xlsx", progress=lambda d, t: seen.append((d, t)))
    assert seen[0] == (0, 5) and seen[-1] == (5, 5)
    with pytest.raises(ExportCancelled):
        export_inspection_log(desk, folder / "cancelled.xlsx", cancelled=lambda: True)
    assert [p.name for p in folder.iterdir()] == ["ok.xlsx"]
