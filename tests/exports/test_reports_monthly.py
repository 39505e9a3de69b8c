"""The monthly operating-status report against the raw data and the Excel logs: the SLA table
recomputed from the stored step times and pauses, the same figures as the ticket log's monthly
sheet, the change log's statistics and the follow-up log; every section in the PDF."""

from __future__ import annotations

import sqlite3
import subprocess
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook

from app.domain.reports.periods import month_period, previous_month, trend_months
from app.exports.reports.monthly_data import TableBlock
from app.services.changes.log_export import export_change_log
from app.services.contract import load_targets
from app.services.reports.clock_trend import clock_tallies_by_month
from app.services.reports.followup_export import export_follow_up_log
from app.services.reports.monthly_report import build_report
from app.services.reports.ticket_figures import ticket_figures
from app.services.setup import open_desk
from app.services.tickets.log_export import export_ticket_log, local_day_start
from tests.conftest import as_demo_engineer

SECTIONS = (
    "一、概述", "二、服务级别达成", "三、故障统计", "四、问题与知识", "五、变更与升级",
    "六、例行巡检", "七、备份与恢复", "八、备件与借用", "九、应急", "十、回访与满意度",
    "十一、未达标事项", "十二、改进建议", "十三、审批与签收",
)  # fmt: skip
FOUND = ("inspection", "discovery", "monitoring")


def _at(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text).replace(tzinfo=UTC) if text else None


def recompute(
    db: Path, first: datetime, end: datetime, now: datetime
) -> dict[str, tuple[int, int]]:
    """(stopped, met) per clock, straight from the ticket rows and their pauses: the contract's
    5 min response, 30/20 min arrival, 4/8 h fix, paused time left out, found tickets without
    response and arrival (written here without the program's clock engine)."""
    con = sqlite3.connect(db)
    pauses: dict[int, list[tuple[datetime, datetime]]] = {}
    for ticket_id, start, stop in con.execute(
        "SELECT ticket_id, started_at, ended_at FROM ticket_pause"
    ):
        pauses.setdefault(ticket_id, []).append((_at(start), _at(stop) or now))
    result = {"response": [0, 0], "arrival": [0, 0], "fix": [0, 0]}
    rows = con.execute(
        "SELECT id, ticket_class, severity, channel, called_at, responded_at, arrived_at, "
        "restored_at, closed_at FROM ticket WHERE called_at >= ? AND called_at < ?",
        (
            first.astimezone(UTC).replace(tzinfo=None).isoformat(sep=" "),
            end.astimezone(UTC).replace(tzinfo=None).isoformat(sep=" "),
        ),
    )
    for tid, cls, severity, channel, called, responded, arrived, restored, closed in rows:
        called = _at(called)
        responded, arrived, restored, closed = map(_at, (responded, arrived, restored, closed))
        stops = {
            "response": [t for t in (responded, arrived, restored, closed) if t],
            "arrival": [t for t in (arrived, restored, closed) if t],
            "fix": [t for t in (restored, closed) if t],
        }
        targets = {
            "response": timedelta(minutes=5),
            "arrival": timedelta(minutes=20 if severity == "emergency" else 30),
            "fix": timedelta(hours=8 if severity == "major" else 4),
        }
        for clock, stopped in stops.items():
            if cls != "defect" and clock != "response":
                continue
            if channel in FOUND and clock != "fix":
                continue
            if not stopped:
                continue
            stop = min(stopped)
            paused = sum(
                (max(timedelta(), min(b, stop) - max(a, called)) for a, b in pauses.get(tid, [])),
                timedelta(),
            )
            used = stop - called - paused
            result[clock][0] += 1
            result[clock][1] += used <= targets[clock]
    return {k: (v[0], v[1]) for k, v in result.items()}


@pytest.fixture(scope="module")
def figures(demo_documents, tmp_path_factory):
    """The report of the demo's last full month, and the three logs of the same month."""
    folder = tmp_path_factory.mktemp("monthly")
    opened = open_desk(demo_documents.db)
    desk = as_demo_engineer(opened.desk)
    try:
        period = previous_month(month_period(desk.today().strftime("%Y-%m")))
        report = build_report(desk, period)
        export_ticket_log(desk, folder / "tickets.xlsx", period.first, period.last)
        export_change_log(desk, folder / "changes.xlsx", period.first, period.last)
        export_follow_up_log(desk, folder / "followups.xlsx", period.first, period.last)
        now = desk.clock.now()
    finally:
        opened.close()
    return period, report, folder, now


def _table(report, section: int, index: int = 0) -> TableBlock:
    return [b for b in report.sections[section].blocks if isinstance(b, TableBlock)][index]


def test_the_sla_table_equals_a_recomputation_from_the_raw_times(demo_documents, figures):
    period, report, _folder, now = figures
    start, end = local_day_start(period.first), local_day_start(period.last + timedelta(days=1))
    expected = recompute(demo_documents.db, start, end, now)
    rows = {row[0][:2]: row for row in _table(report, 1).rows}
    for clock, name in (("response", "响应"), ("arrival", "到场"), ("fix", "修复")):
        stopped, met = expected[clock]
        assert stopped > 0
        assert rows[name][1:3] == (str(stopped), str(met)), clock


def test_rates_changes_and_satisfaction_equal_the_excel_logs(figures) -> None:
    period, report, folder, _now = figures
    monthly = load_workbook(folder / "tickets.xlsx", read_only=True)["月度统计"]
    header, *months = list(monthly.iter_rows(values_only=True))
    [line] = [m for m in months if m[0] == period.key]
    table = {row[0][:2]: row for row in _table(report, 1).rows}
    for name, column in (
        ("响应", "响应达标率(%)"),
        ("到场", "到场达标率(%)"),
        ("修复", "修复达标率(%)"),
    ):
        rate = line[header.index(column)]
        assert table[name][4] == ("—" if rate is None else f"{rate:.1f}%"), name
    changes = load_workbook(folder / "changes.xlsx", read_only=True)["变更统计"]
    total = [r for r in changes.iter_rows(values_only=True) if r[0] == "合计"][0]
    report_total = [r for r in _table(report, 4).rows if r[0] == "合计"][0]
    assert report_total[1] == str(total[1]) and report_total[2] == str(total[3])
    assert report_total[5] == str(total[6]) and report_total[7] == str(total[8])
    shares = load_workbook(folder / "followups.xlsx", read_only=True)["满意度统计"]
    excel = {r[0]: r[1] for r in shares.iter_rows(min_row=2, values_only=True)}
    for level, count, _share in _table(report, 9).rows:
        assert excel[level] == int(count)


def test_every_section_prints_with_its_charts(demo_documents) -> None:
    [last, this] = demo_documents.files["monthly_report"]
    text = subprocess.run(
        ["pdftotext", "-layout", str(last), "-"], capture_output=True, text=True, check=True
    ).stdout
    for title in SECTIONS:
        assert title in text, title
    for words in ("近 6 个月各时限达成率", "各系统故障数", "满意度分布", "甲方签收", "驻场工程师"):
        assert words in text
    assert "YB-" in text
    fonts = subprocess.run(
        ["pdffonts", str(last)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    assert fonts and all(" yes yes yes " in line for line in fonts), fonts  # charts too
    check = subprocess.run(["qpdf", "--check", str(this)], capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr


def test_the_trend_equals_the_full_engine_on_the_demo_database(demo_documents) -> None:
    """The chart's clocks-only count of each month against the full engine's figures."""
    opened = open_desk(demo_documents.db)
    desk = opened.desk
    try:
        period = month_period(desk.today().strftime("%Y-%m"))
        months = trend_months(period)
        with desk.db.read() as session:
            targets = load_targets(session)
            trend = clock_tallies_by_month(session, months, targets)
            now = desk.clock.now()
            full = {m.key: ticket_figures(session, m, targets, now) for m in months}
    finally:
        opened.close()
    assert sum(f.tickets for f in full.values()) > 100
    for key, figures in full.items():
        assert trend[key] == figures.clocks, key


def test_a_trend_with_one_month_of_figures_still_shows_that_month() -> None:
    """The first month of a contract has no earlier months: its rates are drawn as dots (a line
    needs two points, and the chart looked empty)."""
    from app.exports.reports.charts import line_chart
    from app.exports.reports.monthly_data import LineChart

    months = ["2026-06", "2026-07", "2026-08", "2026-09", "2026-10", "2026-11"]
    chart = LineChart("近 6 个月各时限达成率（%）", months, [("响应", [None] * 5 + [95.7])])
    plot = next(c for c in line_chart(chart).getContents() if hasattr(c, "categoryAxis"))

    def shapes(node: object) -> list[object]:
        inner = getattr(node, "contents", None)
        return [node] if inner is None else [s for child in inner for s in shapes(child)]

    assert [type(s).__name__ for s in shapes(plot.draw())].count("Marker") == 1
