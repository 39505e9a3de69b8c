"""巡检报告: one inspection run on A4 — header, the lines by dimension, a summary, signatures."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from reportlab.platypus import Flowable

from app.domain.enums import Dimension, ItemResult
from app.domain.inspections.checklist import RunInfo, RunItemInfo
from app.exports.pdf_fonts import BoldParagraph, Paragraph, Styles
from app.exports.pdf_frame import DocumentHeader, one_page, write_pdf
from app.exports.pdf_tables import (
    end_with,
    field_grid,
    grid_table,
    labelled_text,
    section,
    signatures,
    text_block,
)
from app.exports.pdf_text import BLANK, fmt_time, numbered, para_text

TITLE = "巡检报告"
LINE_COLUMNS = ("序号", "检查项目", "检查方法", "标准", "结果", "判定", "备注", "缺陷工单")
LINE_WIDTHS = (8, 26, 34, 17, 15, 11, 24, 19)
# A run a little too long for one page is printed a little smaller rather than sending its notes
# and signatures alone to a second sheet; a longer one flows over pages at full size.
ONE_PAGE_SMALLEST = 0.88


def summary_text(report: RunInfo) -> str:
    """共 N 项：合格 a 项，不合格 b 项，不适用 c 项；开具缺陷工单 k 张（…）。"""
    failed = report.count(ItemResult.FAIL)
    text = (
        f"共 {len(report.items)} 项：合格 {report.count(ItemResult.PASS)} 项，"
        f"不合格 {failed} 项，不适用 {report.count(ItemResult.NOT_APPLICABLE)} 项。"
    )
    tickets = report.tickets
    if tickets:
        text += f"\n开具缺陷工单 {len(tickets)} 张：{'、'.join(tickets)}。"
    elif failed:
        text += "\n不合格项尚未开具缺陷工单。"
    else:
        text += "\n未发现问题，未开具缺陷工单。"
    return text


def _correction_rows(report: RunInfo) -> list[tuple[str, str]]:
    rows: list[tuple[str, str]] = []
    if report.corrects_number:
        rows.append(
            (
                "更正说明",
                f"本记录更正 {report.corrects_number}；更正原因：{report.correction_reason or BLANK}",
            )
        )
    if report.corrected_by_number:
        rows.append(("记录状态", f"已被 {report.corrected_by_number} 更正，以更正后的记录为准"))
    return rows


def _line_rows(lines: list[RunItemInfo]) -> list[list[str]]:
    return [
        [
            str(line.position),
            line.spec.check,
            line.spec.method,
            line.spec.range_text or BLANK,
            line.answer_text,
            line.result.label,
            line.note,
            line.ticket_number,
        ]
        for line in lines
    ]


def by_dimension(items: Sequence[RunItemInfo]) -> list[tuple[Dimension, list[RunItemInfo]]]:
    """The lines grouped by dimension, in checklist order: the dimensions in the order the
    checklist first names them, the lines of each in their checklist positions."""
    groups: dict[Dimension, list[RunItemInfo]] = {}
    for line in sorted(items, key=lambda line: line.position):
        groups.setdefault(line.spec.dimension, []).append(line)
    return list(groups.items())


def lines_table(report: RunInfo, styles: Styles) -> Flowable:
    """Every line in one table, grouped under a row per dimension (数据完整性检查 …)."""
    lines: list[RunItemInfo] = []
    groups: list[tuple[int, str]] = []
    for dimension, of_dimension in by_dimension(report.items):
        groups.append((len(lines), dimension.label))
        lines += of_dimension
    if not lines:
        return Paragraph("无检查项。", styles.body)
    rows = _line_rows(lines)
    return grid_table(LINE_COLUMNS, rows, LINE_WIDTHS, styles, dense=True, groups=groups)


def report_story(report: RunInfo, styles: Styles) -> list[Flowable]:
    """Title, the header fields, the lines grouped by dimension, the summary and the signatures."""
    story: list[Flowable] = [BoldParagraph(TITLE, styles.title)]
    if report.corrected_by_number:
        story.append(
            BoldParagraph(para_text(f"（已被 {report.corrected_by_number} 更正）"), styles.subtitle)
        )
    story.append(
        field_grid(
            [
                ("巡检编号", report.number, "巡检周期", report.frequency.label),
                ("巡检表", report.template_name),
                ("系统", report.system_name, "所属期间", report.period_label),
                ("巡检地点", report.place, "巡检人", report.inspector),
                ("巡检时间", fmt_time(report.performed_at), "登记", _recorded(report)),
                *_correction_rows(report),
            ],
            styles,
        )
    )
    story += [*section(numbered(0, "检查结果"), styles), lines_table(report, styles)]
    story += section(numbered(1, "巡检结论"), styles)
    story += text_block(summary_text(report), styles.body)
    if report.notes:
        story += labelled_text("巡检说明", report.notes, styles)
    story = end_with(story, signatures(numbered(2, "签字确认"), ["巡检人", "甲方确认人"], styles))
    return [one_page(story, ONE_PAGE_SMALLEST)]


def _recorded(report: RunInfo) -> str:
    return f"{report.recorded_by}　{fmt_time(report.recorded_at)}"


def render_inspection_report(out_path: Path, header: DocumentHeader, report: RunInfo) -> None:
    """Write the 巡检报告 as a PDF at ``out_path`` (atomically)."""
    write_pdf(out_path, header, lambda styles: report_story(report, styles))
