"""巡检情况汇总: runs done and missed per checklist, failures and their tickets, the backup register."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable

from app.exports.inspections.period_data import (
    BackupSummary,
    PeriodReport,
)
from app.exports.pdf_fonts import BoldParagraph, Paragraph, Styles
from app.exports.pdf_frame import DocumentHeader, write_pdf
from app.exports.pdf_tables import (
    end_with,
    field_grid,
    grid_or_empty,
    section,
    signatures,
    text_block,
)
from app.exports.pdf_text import BLANK, EMPTY, fmt_time, numbered

TITLE = "巡检情况汇总"
BACKUP_COLUMNS = (
    "系统",
    "备份类型",
    "周期",
    "应备份期数",
    "已备份期数",
    "漏备份期数",
    "备份次数",
    "恢复测试",
    "最近一次备份",
)
BACKUP_WIDTHS = (24, 12, 9, 11, 11, 11, 10, 14, 19)
NOTE = (
    "注：应检期数含尚未结束的本期，本期未做不计为漏检；"
    "统计期间开始前几天所做的，计入与统计期间相交的那一期。"
)


def _count(value: int) -> str:
    return str(value) if value else "0"


def _checklist_rows(report: PeriodReport) -> list[list[str]]:
    return [
        [
            c.name,
            c.system_name,
            c.frequency.label,
            str(c.periods_due),
            str(c.periods_done),
            _count(len(c.missed)),
            str(c.runs),
            _count(c.failed_items),
            _count(c.tickets),
        ]
        for c in report.checklists
    ]


def _failure_rows(report: PeriodReport) -> list[list[str]]:
    return [
        [
            f.run_number,
            fmt_time(f.performed_at),
            f.template_name,
            f.check,
            "；".join(p for p in (f.answer, f.note) if p and p != BLANK) or BLANK,
            f.ticket_number or "未开单",
            f.ticket_status or BLANK,
        ]
        for f in report.failures
    ]


def _tests(b: BackupSummary) -> str:
    if not (b.tests_ok or b.tests_failed):
        return EMPTY
    text = f"成功 {b.tests_ok}"
    return text + (f"，失败 {b.tests_failed}" if b.tests_failed else "")


def _backup_rows(report: PeriodReport) -> list[list[str]]:
    return [
        [
            b.system_name,
            b.kind.label,
            b.frequency.label,
            str(b.periods_due),
            str(b.periods_done),
            _count(len(b.missed)),
            str(b.done),
            _tests(b),
            fmt_time(b.last_at),
        ]
        for b in report.backups
    ]


def _missed_lines(items: list[tuple[str, tuple[str, ...]]], styles: Styles) -> list[Flowable]:
    lines = [(name, missed) for name, missed in items if missed]
    if not lines:
        return [Paragraph(EMPTY, styles.body)]
    return [
        paragraph
        for name, missed in lines
        for paragraph in text_block(f"{name}（{len(missed)} 期）：{'、'.join(missed)}", styles.body)
    ]


def summary_story(report: PeriodReport, styles: Styles) -> list[Flowable]:
    """Title, the figures, checklists, missed periods, failures, backups, missed backups, signatures."""
    failed = len(report.failures)
    tickets = len({f.ticket_number for f in report.failures if f.ticket_number})
    backups = sum(b.done for b in report.backups)
    story: list[Flowable] = [
        BoldParagraph(TITLE, styles.title),
        field_grid(
            [
                (
                    "统计期间",
                    f"{report.first.isoformat()} 至 {report.last.isoformat()}",
                    "统计日期",
                    report.today.isoformat(),
                ),
                ("巡检次数", f"{report.runs} 次", "漏检", f"{report.missed} 期"),
                ("不合格项", f"{failed} 项", "开具缺陷工单", f"{tickets} 张"),
                ("备份次数", f"{backups} 次", "漏备份", f"{report.backups_missed} 期"),
            ],
            styles,
        ),
        *section(numbered(0, "巡检完成情况"), styles),
        grid_or_empty(
            (
                "巡检表",
                "系统",
                "周期",
                "应检期数",
                "已检期数",
                "漏检期数",
                "巡检次数",
                "不合格项",
                "开具工单",
            ),
            _checklist_rows(report),
            (34, 24, 11, 11, 11, 11, 11, 11, 11),
            styles,
            dense=True,
        ),
        Paragraph(NOTE, styles.small),
        *section(numbered(1, "漏检明细"), styles),
        *_missed_lines([(c.name, c.missed) for c in report.checklists], styles),
        *section(numbered(2, "不合格项及缺陷工单"), styles),
        grid_or_empty(
            ("巡检编号", "巡检时间", "巡检表", "检查项目", "检查结果", "缺陷工单", "工单状态"),
            _failure_rows(report),
            (21, 18, 25, 22, 33, 22, 14),
            styles,
            dense=True,
        ),
        *section(numbered(3, "备份登记"), styles),
        grid_or_empty(
            BACKUP_COLUMNS,
            _backup_rows(report),
            BACKUP_WIDTHS,
            styles,
            dense=True,
        ),
        *section(numbered(4, "漏备份明细"), styles),
        *_missed_lines(
            [(f"{b.system_name}{b.kind.label}", b.missed) for b in report.backups], styles
        ),
    ]
    return end_with(
        story, signatures(numbered(5, "签字确认"), ["驻场工程师", "甲方确认人"], styles)
    )


def render_period_report(out_path: Path, header: DocumentHeader, report: PeriodReport) -> None:
    """Write the 巡检情况汇总 as a PDF at ``out_path`` (atomically)."""
    write_pdf(out_path, header, lambda styles: summary_story(report, styles))
