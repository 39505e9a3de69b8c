"""应急预案汇编: every plan in one booklet, a contents page first, then one page per plan."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer
from reportlab.platypus.flowables import _listWrapOn

from app.exports.pdf_fonts import BoldParagraph, Paragraph, Styles
from app.exports.pdf_frame import BODY_HEIGHT, BODY_WIDTH, DocumentHeader, write_pdf
from app.exports.pdf_tables import grid_table
from app.exports.pdf_text import para_text
from app.exports.plans.sheet import PlanSheet, plan_story

TITLE = "应急预案汇编"
INTRO = (
    "本汇编收录本项目全部应急预案，每个预案一页，可单独取出张贴在机柜旁。"
    "发生突发事件时，先按预案步骤处置并逐级上报，"
    "问题得到稳定或彻底解决后形成问题汇报，避免以后类似重大紧急情况的发生。"
)


def contents(plans: Sequence[PlanSheet], styles: Styles, pages: bool) -> list[Flowable]:
    """Title, introduction and the table of plans; ``pages``: with the page of each plan."""
    header = ["序号", "编号", "预案名称", "严重程度", "涉及系统"]
    widths = [7, 19, 32, 11, 31]
    rows = [
        [str(number), p.serial, p.title, p.severity, "、".join(p.systems) or "全部系统"]
        for number, p in enumerate(plans, start=1)
    ]
    if pages:  # the contents is page 1, plan n is on page n + 1
        header.append("页码")
        widths.append(7)
        rows = [[*row, str(number + 1)] for number, row in enumerate(rows, start=1)]
    return [
        BoldParagraph(TITLE, styles.title),
        Spacer(1, 3 * mm),
        Paragraph(para_text(INTRO), styles.body),
        Spacer(1, 4 * mm),
        grid_table(header, rows, widths, styles),
    ]


def booklet_story(plans: Sequence[PlanSheet], styles: Styles) -> list[Flowable]:
    """Contents (order, code, title, severity, systems, page), then one page per plan, in order."""
    story = contents(plans, styles, pages=True)
    if _listWrapOn(story, BODY_WIDTH, None)[1] > BODY_HEIGHT:  # a contents of several pages
        story = contents(plans, styles, pages=False)
    for plan in plans:
        story += [PageBreak(), *plan_story(plan, styles)]
    return story


def render_plans_booklet(
    out_path: Path, header: DocumentHeader, plans: Sequence[PlanSheet]
) -> None:
    """Write the booklet as a PDF at ``out_path`` (atomically)."""
    write_pdf(out_path, header, lambda styles: booklet_story(plans, styles))
