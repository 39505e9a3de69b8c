"""系统运行状况分析报告 (GB/T 28827.1 §9.3): numbered sections of text, tables and charts, and the
approval and receipt block."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from app.domain.reports.periods import chinese_numeral
from app.exports.pdf_fonts import BoldParagraph, Paragraph, Styles
from app.exports.pdf_frame import DocumentHeader, write_pdf
from app.exports.pdf_tables import end_with, grid_or_empty, section, signatures, text_block
from app.exports.pdf_text import para_text
from app.exports.reports.charts import bar_chart, line_chart, pie_chart
from app.exports.reports.monthly_data import (
    BarChart,
    Block,
    LineChart,
    MonthlyReport,
    Para,
    PieChart,
    Subheading,
    TableBlock,
)

TITLE = "系统运行状况分析报告"


def _block(block: Block, styles: Styles) -> list[Flowable]:
    if isinstance(block, Para):
        return text_block(block.text, styles.body)
    if isinstance(block, Subheading):
        label = Paragraph(para_text(block.text), styles.subtitle)
        label.keepWithNext = True
        return [Spacer(1, 1.5 * mm), label]
    if isinstance(block, TableBlock):
        return [grid_or_empty(block.header, block.rows, block.widths, styles, block.dense)]
    if isinstance(block, LineChart):
        return [KeepTogether([line_chart(block)])]
    if isinstance(block, BarChart):
        return [KeepTogether([bar_chart(block)])]
    if isinstance(block, PieChart):
        return [KeepTogether([pie_chart(block)])]
    raise TypeError(type(block).__name__)


def report_story(report: MonthlyReport, styles: Styles) -> list[Flowable]:
    story: list[Flowable] = [
        BoldParagraph(TITLE, styles.title),
        Paragraph(para_text(f"报告期间：{report.period_title}"), styles.subtitle),
    ]
    for index, part in enumerate(report.sections, 1):
        story += section(f"{chinese_numeral(index)}、{part.title}", styles)
        for block in part.blocks:
            story += _block(block, styles)
            story.append(Spacer(1, 1.5 * mm))
    number = chinese_numeral(len(report.sections) + 1)
    return end_with(story, signatures(f"{number}、审批与签收", report.signers, styles))


def render_monthly_report(out_path: Path, header: DocumentHeader, report: MonthlyReport) -> None:
    write_pdf(out_path, header, lambda styles: report_story(report, styles))
