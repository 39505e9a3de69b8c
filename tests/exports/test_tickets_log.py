"""The 工单台账 workbook read back: sheets, headers, types, formats, filters, cancel and failure."""

from __future__ import annotations

import tempfile
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from app.db.models import TicketEvent
from app.domain.tickets.workflow import Action
from app.exports import xlsx
from app.exports.tickets.log import EVENT_HEADERS, TICKET_HEADERS
from app.services.tickets import escalations
from app.services.tickets import log_export as ticket_export
from app.services.tickets.calls import apply_action
from app.services.tickets.log_export import ExportCancelled, export_ticket_log
from app.services.tickets.queue import QueueFilter
from tests.conftest import DEFECT_STEPS, do_step


@pytest.fixture(autouse=True)
def centre_zone(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The workstation runs on the centre's time (UTC+8)."""
    monkeypatch.setenv("TZ", "Asia/Shanghai")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.fixture
def tickets(desk, clock, make_ticket) -> dict[str, int]:
    """Five tickets on 2026-11-24 (local) and one on 2026-10-15; the clock ends at 12:00 local."""
    made: dict[str, int] = {}
    made["october"] = make_ticket(
        called_at=datetime(2026, 10, 15, 2, 0, tzinfo=UTC), title="十月的门禁故障", system="ACCESS"
    )
    made["closed"] = make_ticket()  # 09:00 local, worked through the whole defect workflow
    for action, values in DEFECT_STEPS:
        clock.advance(timedelta(minutes=2))
        do_step(desk, made["closed"], action, values)
    made["consultation"] = make_ticket(
        ticket_class="consultation", title="如何回放录像", description="+咨询回放操作"
    )
    apply_action(desk, made["consultation"], Action.ANSWER, {"answer": "已电话指导"})
    made["formula"] = make_ticket(
        title="对讲主机报错", description="=SUM(A1)\x07 报表异常", system="INTERCOM"
    )
    made["paused"] = make_ticket(title="广播音量异常", system="NETWORK")
    apply_action(desk, made["paused"], Action.RESPOND, {})
    apply_action(desk, made["paused"], Action.PAUSE, {"reason": "等待监区开门"})
    made["breached"] = make_ticket(title="周界报警误报")  # never answered: response breaches
    clock.set(datetime(2026, 11, 24, 4, 0, tzinfo=UTC))
    escalations.sweep(desk)
    return made


def _sheet_rows(path: Path, title: str) -> list[tuple]:
    wb = load_workbook(path)
    return list(wb[title].iter_rows(values_only=True))


def _by_number(rows: list[tuple]) -> dict[str, dict[str, object]]:
    headers = rows[0]
    return {row[0]: dict(zip(headers, row, strict=True)) for row in rows[1:]}


def test_workbook_has_three_sheets_with_headers_types_and_formats(desk, tickets, tmp_path) -> None:
    out = tmp_path / "台账.xlsx"
    assert export_ticket_log(desk, out, None, None) == 6
    wb = load_workbook(out)
    assert wb.sheetnames == ["工单台账", "处理记录", "月度统计"]
    ws = wb["工单台账"]
    assert tuple(c.value for c in ws[1]) == TICKET_HEADERS
    assert ws["A1"].font.b
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == f"A1:{ws.cell(1, len(TICKET_HEADERS)).column_letter}7"
    assert ws.max_row == 7
    # 40 characters as Excel's own column dialog stores them (the width plus the cell padding)
    assert 40 < ws.column_dimensions["H"].width < 41
    called = ws.cell(2, TICKET_HEADERS.index("报修时间") + 1)
    assert called.value == datetime(2026, 10, 15, 10, 0)  # local wall time, naive
    assert called.number_format == "yyyy-mm-dd hh:mm"
    assert wb["处理记录"].freeze_panes == "A2"


def test_ticket_rows_hold_fields_clocks_and_safe_text(desk, tickets, tmp_path) -> None:
    out = tmp_path / "log.xlsx"
    export_ticket_log(desk, out, None, None)
    rows = _by_number(_sheet_rows(out, "工单台账"))
    closed = rows["GD-2026-0002"]
    assert closed["类别"] == "系统缺陷类" and closed["状态"] == "已关闭"
    assert closed["主管领导"] == "马所长" and closed["维护类型"] == "改正性维护"
    assert closed["硬件故障"] == "是"
    assert closed["响应时限(分钟)"] == 5 and isinstance(closed["响应用时(分钟)"], int | float)
    assert [closed[f"{k}结果"] for k in ("响应", "到场", "修复")] == ["达标"] * 3
    assert closed["关闭时间"] == datetime(2026, 11, 24, 9, 16)
    consultation = rows["GD-2026-0003"]
    assert consultation["到场结果"] == "不适用" and consultation["到场用时(分钟)"] is None
    assert consultation["问题描述"] == "+咨询回放操作"
    formula = rows["GD-2026-0004"]
    assert formula["问题描述"] == "=SUM(A1) 报表异常"  # kept as text, control character gone
    paused = rows["GD-2026-0005"]
    assert paused["暂停次数"] == 1 and paused["暂停原因"] == "等待监区开门"
    assert paused["修复结果"] == "已暂停" and paused["暂停时长(分钟)"] > 0
    breached = rows["GD-2026-0006"]
    assert breached["响应结果"] == "超时" and breached["响应用时(分钟)"] == 164.0
    assert breached["逐级上报级别"] >= 1
    ws = load_workbook(out)["工单台账"]
    cell = next(c for c in ws["H"] if c.value == "=SUM(A1) 报表异常")
    assert cell.data_type == "s"


def test_timeline_sheet_has_one_row_per_event(desk, tickets, tmp_path) -> None:
    out = tmp_path / "log.xlsx"
    export_ticket_log(desk, out, None, None)
    rows = _sheet_rows(out, "处理记录")
    assert rows[0] == EVENT_HEADERS
    with desk.db.read() as session:
        stored = session.scalar(select(func.count(TicketEvent.id)))
    assert len(rows) - 1 == stored >= 6 + len(DEFECT_STEPS) + 1 + 2  # + escalation events
    closed = [r for r in rows[1:] if r[0] == "GD-2026-0002"]
    assert [r[3].split("（")[0].split("：")[0] for r in closed][-1] == "回访后关闭"
    assert closed[0][1] == datetime(2026, 11, 24, 9, 0) and closed[0][2] == "孙工"
    october = next(r for r in rows[1:] if r[0] == "GD-2026-0001")
    assert october[5] == datetime(2026, 11, 24, 9, 0)  # logged afterwards: 补记时间 shown
    assert closed[0][5] is None
    ws = load_workbook(out)["处理记录"]
    assert ws.auto_filter.ref == f"A1:F{len(rows)}"


def test_monthly_sheet_counts_and_response_met_rate(desk, tickets, tmp_path) -> None:
    out = tmp_path / "log.xlsx"
    export_ticket_log(desk, out, None, None)
    rows = _by_number(_sheet_rows(out, "月度统计"))
    assert list(rows) == ["2026-10", "2026-11"]
    november = rows["2026-11"]
    assert november["工单总数"] == 5
    assert november["咨询类"] == 1 and november["系统缺陷类"] == 4
    assert november["视频监控系统"] == 3 and november["监仓对讲系统"] == 1
    assert november["网络系统"] == 1 and november["门禁控制系统"] == 0
    # Stopped response clocks in November: closed (met), consultation (met), paused (met);
    # the breached one is still running and does not count.
    assert november["响应达标率(%)"] == 100.0
    assert isinstance(november["响应平均用时(分钟)"], int | float)
    assert rows["2026-10"]["响应达标率(%)"] is None


def test_date_range_and_filter_limit_the_rows(desk, tickets, tmp_path) -> None:
    out = tmp_path / "log.xlsx"
    assert export_ticket_log(desk, out, date(2026, 10, 1), date(2026, 10, 31)) == 1
    assert export_ticket_log(desk, out, date(2026, 11, 24), date(2026, 11, 24)) == 5
    assert export_ticket_log(desk, out, date(2026, 11, 25), None) == 0
    assert len(_sheet_rows(out, "工单台账")) == 1  # header only
    count = export_ticket_log(desk, out, None, None, QueueFilter(text="摄像"))
    rows = _by_number(_sheet_rows(out, "工单台账"))
    assert count == len(rows) >= 1
    assert all("摄像" in r["设备"] or "摄像" in r["标题"] for r in rows.values())
    open_only = QueueFilter(open_only=True)
    assert export_ticket_log(desk, out, date(2026, 11, 1), None, open_only) == 3


def test_rows_past_the_sheet_limit_go_on_in_a_continuation_sheet(
    desk, tickets, tmp_path, monkeypatch
) -> None:
    monkeypatch.setattr(xlsx, "MAX_ROWS", 5)  # header + 4 rows per sheet
    out = tmp_path / "log.xlsx"
    assert export_ticket_log(desk, out, None, None) == 6
    wb = load_workbook(out)
    assert wb.sheetnames[:3] == ["工单台账", "工单台账（续2）", "处理记录"]
    assert wb.sheetnames[-1] == "月度统计"
    assert wb["工单台账"].max_row == 5 and wb["工单台账（续2）"].max_row == 3
    assert wb["工单台账（续2）"]["A2"].value == "GD-2026-0005"
    assert wb["工单台账（续2）"].auto_filter.ref.endswith("3")
    events = [wb[n].max_row - 1 for n in wb.sheetnames if n.startswith("处理记录")]
    assert len(events) > 2 and all(n <= 4 for n in events)


def test_progress_per_batch(desk, tickets, tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(ticket_export, "BATCH_SIZE", 4)
    calls: list[tuple[int, int]] = []
    export_ticket_log(desk, tmp_path / "log.xlsx", None, None, progress=lambda *a: calls.append(a))
    assert calls == [(0, 6), (4, 6), (6, 6)]


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_cancel_leaves_no_file(desk, tickets, tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(ticket_export, "BATCH_SIZE", 2)
    folder = tmp_path / "out"
    folder.mkdir()
    scratch = tmp_path / "scratch"  # where the sheets' row files stream to
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    seen: list[int] = []
    with pytest.raises(ExportCancelled):
        export_ticket_log(
            desk,
            folder / "log.xlsx",
            None,
            None,
            progress=lambda done, total: seen.append(done),
            cancelled=lambda: len(seen) > 1,
        )
    assert seen == [0, 2]
    assert _leftovers(folder) == []
    assert _leftovers(scratch) == []


def test_cancel_inside_a_batch(desk, tickets, tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(ticket_export, "CANCEL_EVERY", 3)
    asked: list[int] = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) > 1  # the check before the batch passes, the one after 3 tickets fails

    with pytest.raises(ExportCancelled):
        export_ticket_log(desk, tmp_path / "log.xlsx", None, None, cancelled=cancelled)
    assert len(asked) == 2
    assert not (tmp_path / "log.xlsx").exists() and not list(tmp_path.glob(".log.*"))


def test_failure_midway_leaves_no_file(desk, tickets, tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(ticket_export, "BATCH_SIZE", 2)
    real = ticket_export.batch_rows
    batches = []

    def failing(*args, **kwargs):
        batches.append(1)
        if len(batches) == 2:
            raise RuntimeError("disk on fire")
        return real(*args, **kwargs)

    monkeypatch.setattr(ticket_export, "batch_rows", failing)
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(RuntimeError, match="disk on fire"):
        export_ticket_log(desk, folder / "log.xlsx", None, None)
    assert len(batches) == 2
    assert _leftovers(folder) == []


def test_existing_file_is_kept_when_export_fails(desk, tickets, tmp_path, monkeypatch) -> None:
    out = tmp_path / "log.xlsx"
    out.write_bytes(b"old")
    monkeypatch.setattr(ticket_export, "batch_rows", lambda *a: (_ for _ in ()).throw(OSError("x")))
    with pytest.raises(OSError):
        export_ticket_log(desk, out, None, None)
    assert out.read_bytes() == b"old"
    assert not list(tmp_path.glob(".log.*"))
