"""巡检报告 and 巡检情况汇总, printed through the register and read back with pdftotext."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from app.db.models import Document
from app.domain.enums import BackupKind, Dimension
from app.domain.inspections.checklist import RunInfo
from app.exports.inspections.report import by_dimension, render_inspection_report
from app.services.context import Desk
from app.services.documents import DocumentError, documents_of_run
from app.services.inspections import backups, findings, runs
from app.services.inspections.documents import inspection_report, period_report, period_summary
from tests.conftest import START
from tests.db.test_inspections_runs import GOOD, OVERLOADED, template_id
from tests.exports.test_pdf_rare_characters import header
from tests.exports.test_tickets_forms import flat, pdf_text


@pytest.fixture
def story(desk: Desk, clock) -> dict[str, object]:
    """Day 1: an overloaded UPS (ticket opened), then corrected; day 4: a good run; backups."""
    ups = template_id(desk)
    first = runs.record_run(desk, ups, OVERLOADED, inspector="孙工", notes="负载偏高")
    item = first.items[2]
    ticket_id, ticket_number = findings.open_ticket_for_item(desk, item.id)
    corrected_answers = [{"result": "pass"}, {"value": "221"}, {"value": "93"}, {"value": "24"}]
    correction = runs.correct_run(desk, first.id, corrected_answers, reason="电压抄错")
    backups.record_backup(
        desk, {"system": "SERVER", "kind": "full", "location": "BAK-01", "size_mb": "2048"}
    )
    done = backups.record_backup(
        desk, {"system": "SERVER", "kind": "incremental", "location": "BAK-01", "size_mb": "35"}
    )
    backups.record_restore_test(desk, done.id, True, "抽取数据库文件恢复到测试机，校验一致")
    clock.advance(timedelta(days=3))
    later = runs.record_run(desk, ups, GOOD, inspector="钱工")
    return {
        "first": first,
        "correction": correction,
        "later": later,
        "ticket": ticket_number,
        "ticket_id": ticket_id,
    }


def test_the_report_of_a_run_prints_lines_results_ticket_and_signatures(
    desk: Desk, story: dict, tmp_path: Path
) -> None:
    first = story["first"]
    out = tmp_path / "report.pdf"
    info = inspection_report(desk, first.id, out)
    assert info.serial == "XB-2026-0001"
    assert info.kind_label == "巡检报告"
    assert info.inspection_run_id == first.id
    text = pdf_text(out)
    compact = flat(text)
    for expected in (
        "巡检报告",
        "XB-2026-0001",
        first.number,
        "UPS及供电日巡检",
        "UPS及供电",
        "中心机房",
        "孙工",
        "2026-11-24",
        "运行状态检查",
        "UPS负载率",
        "≤80%",
        "92%",
        "15–30℃",  # drawn by the fallback face (the main face's ℃ is blank)
        "不合格",
        story["ticket"],
        "共4项",
        "不合格1项",
        f"开具缺陷工单1张：{story['ticket']}",
        "负载偏高",
        "巡检人（签字）",
        "甲方确认人（签字）",
        f"已被{story['correction'].number}更正",
    ):
        assert expected in compact, expected
    assert [d.serial for d in documents_of_run(desk, first.id)] == ["XB-2026-0001"]


def test_a_correction_says_what_it_corrects_and_why(
    desk: Desk, story: dict, tmp_path: Path
) -> None:
    out = tmp_path / "correction.pdf"
    inspection_report(desk, story["correction"].id, out)
    compact = flat(pdf_text(out))
    assert f"本记录更正{story['first'].number}" in compact
    assert "更正原因：电压抄错" in compact
    assert "221V" in compact
    assert story["ticket"] in compact  # the finding's ticket stays with the finding


def test_a_missing_run_prints_nothing_and_registers_nothing(desk: Desk, tmp_path: Path) -> None:
    out = tmp_path / "none.pdf"
    with pytest.raises(runs.InspectionError, match="没有这条巡检记录"):
        inspection_report(desk, 999, out)
    assert not out.exists()
    with desk.db.read() as session:
        assert session.scalars(select(Document)).all() == []


def test_the_period_summary_counts_runs_missed_days_failures_and_backups(
    desk: Desk, story: dict
) -> None:
    report = period_summary(desk, date(2026, 11, 23), date(2026, 11, 29))
    ups = next(c for c in report.checklists if c.name == "UPS及供电日巡检")
    assert ups.runs == 2  # the correction is not a run of its own
    assert ups.missed == ("2026-11-25", "2026-11-26")
    assert ups.periods_due == 4 and ups.periods_done == 2
    assert ups.failed_items == 1 and ups.tickets == 1
    video = next(c for c in report.checklists if c.name == "视频监控系统日巡检")
    assert video.runs == 0 and len(video.missed) == 3  # 24th–26th; the 27th is still open
    assert [f.ticket_number for f in report.failures] == [story["ticket"]]
    assert report.failures[0].run_number == story["correction"].number
    assert report.failures[0].ticket_status == "已提交"
    server = {(b.system_name, b.kind): b for b in report.backups if b.system_name == "服务器与存储"}
    incremental = server[("服务器与存储", BackupKind.INCREMENTAL)]
    assert incremental.done == 1 and incremental.tests_ok == 1
    assert (incremental.periods_due, incremental.periods_done) == (4, 1)  # 24th–27th
    assert incremental.missed == ("2026-11-25", "2026-11-26")


def test_the_period_report_prints_every_part(desk: Desk, story: dict, tmp_path: Path) -> None:
    out = tmp_path / "summary.pdf"
    info = period_report(desk, date(2026, 11, 23), date(2026, 11, 29), out)
    assert info.serial == "XH-2026-0001"
    assert info.inspection_run_id is None
    compact = flat(pdf_text(out))
    for expected in (
        "巡检情况汇总",
        "XH-2026-0001",
        "2026-11-23至2026-11-29",
        "巡检完成情况",
        "UPS及供电日巡检（2期）：2026-11-25、2026-11-26",
        "不合格项及缺陷工单",
        story["correction"].number,
        story["ticket"],
        "已提交",
        "备份登记",
        "服务器与存储",
        "增量备份",
        "全备份",
        "成功1",
        "漏备份明细",
        "驻场工程师（签字）",
        "甲方确认人（签字）",
    ):
        assert expected in compact, expected


def test_a_backwards_range_is_refused_and_leaves_no_file(desk: Desk, tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(DocumentError, match="开始日期不能晚于结束日期"):
        period_report(desk, date(2026, 11, 30), date(2026, 11, 1), folder / "summary.pdf")
    assert list(folder.iterdir()) == []
    with desk.db.read() as session:
        assert session.scalars(select(Document)).all() == []


def test_a_round_done_just_before_the_range_counts_for_its_period(
    desk: Desk, story: dict, clock
) -> None:
    clock.set(START)  # Tuesday: the access-control weekly round, before a range from Wednesday
    access = template_id(desk, "门禁控制系统周巡检")
    runs.record_run(desk, access, [{"result": "pass"}] * 6)
    clock.set(START + timedelta(days=3))
    report = period_summary(desk, date(2026, 11, 25), date(2026, 11, 30))
    weekly = next(c for c in report.checklists if c.name == "门禁控制系统周巡检")
    assert (weekly.periods_due, weekly.periods_done, weekly.runs, weekly.missed) == (1, 1, 0, ())
    intercom = next(c for c in report.checklists if c.name == "对讲系统周巡检")
    assert (intercom.periods_due, intercom.periods_done, intercom.missed) == (
        1,
        0,
        (),
    )  # next week: not yet


def _longer(run: RunInfo, count: int, dimensions: list[Dimension] | None = None) -> RunInfo:
    """The run with ``count`` lines (its own repeated), in the dimensions given, line by line."""
    items = [
        dataclasses.replace(run.items[i % len(run.items)], position=i + 1) for i in range(count)
    ]
    if dimensions is not None:
        items = [
            dataclasses.replace(line, spec=dataclasses.replace(line.spec, dimension=dimension))
            for line, dimension in zip(items, dimensions, strict=True)
        ]
    return dataclasses.replace(run, items=tuple(reversed(items)))


def _pages(path: Path) -> list[str]:
    return [flat(page) for page in pdf_text(path).split("\f") if page.strip()]


def test_lines_print_in_checklist_order_within_each_dimension(
    desk: Desk, story: dict, tmp_path: Path
) -> None:
    run = story["later"]
    order = [Dimension.RUN_STATUS, Dimension.FUNCTION, Dimension.FUNCTION]
    order += [Dimension.DATA_INTEGRITY, Dimension.RUN_STATUS]
    longer = _longer(run, 5, order)
    groups = [(d, [line.position for line in lines]) for d, lines in by_dimension(longer.items)]
    assert groups == [
        (Dimension.RUN_STATUS, [1, 5]),
        (Dimension.FUNCTION, [2, 3]),
        (Dimension.DATA_INTEGRITY, [4]),
    ]
    out = tmp_path / "order.pdf"
    render_inspection_report(out, header(), longer)
    text = flat(pdf_text(out))
    labels = [d.label for d, _lines in groups]
    assert [text.index(label) for label in labels] == sorted(text.index(x) for x in labels)


def test_a_run_that_nearly_fits_keeps_its_notes_and_signatures_on_page_one(
    desk: Desk, story: dict, tmp_path: Path
) -> None:
    run = dataclasses.replace(story["later"], notes="机房空调运行正常，门窗已关闭。")
    nearly = tmp_path / "nearly.pdf"
    render_inspection_report(nearly, header(), _longer(run, 18))
    [page] = _pages(nearly)
    assert "巡检说明：机房空调运行正常" in page and "巡检人（签字）" in page and "共18项" in page
    long = tmp_path / "long.pdf"
    render_inspection_report(long, header(), _longer(run, 40))
    pages = _pages(long)
    assert len(pages) == 2 and "共40项" not in pages[0]  # flows over at full size
    assert "巡检说明" in pages[-1] and "巡检人（签字）" in pages[-1]
