"""应急预案 as one A4 page to pin up beside the rack: situation, steps, whom to call, spare parts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from app.exports.pdf_fonts import BoldParagraph, Paragraph, Styles
from app.exports.pdf_frame import DocumentHeader, one_page, write_pdf
from app.exports.pdf_split import first_lines, pieces
from app.exports.pdf_tables import PAD, WIDTH, field_grid, grid_table, heading, text_block
from app.exports.pdf_text import BLANK, fmt_time, para_text

TITLE = "应急预案"
STEP_FILL = colors.HexColor("#fff6d6")


@dataclass(frozen=True)
class PlanContact:
    role: str
    name: str
    phone: str


@dataclass(frozen=True)
class PlanSheet:
    """One plan as it prints: plain data filled in by the services layer."""

    code: str
    title: str
    severity: str
    systems: tuple[str, ...]
    situation: str
    prevention: str
    steps: tuple[str, ...]
    contacts: tuple[PlanContact, ...]
    contacts_note: str
    spare_parts: tuple[str, ...]
    revision: int
    revised_at: datetime
    revised_by: str
    resident_engineer: str = ""

    @property
    def serial(self) -> str:
        return f"{self.code}（第{self.revision}版）"


def _steps_table(steps: tuple[str, ...], styles: Styles) -> Table:
    data = [
        [
            BoldParagraph(str(number) if first else "", styles.label),
            Paragraph(para_text(piece), styles.body),
        ]
        for number, step in enumerate(steps, start=1)
        for first, piece in (
            (i == 0, p) for i, p in enumerate(pieces(step, WIDTH - 9 * mm, styles.body.fontSize))
        )
    ]
    table = Table(data, colWidths=[9 * mm, WIDTH - 9 * mm])
    table.setStyle(
        TableStyle(
            [
                *PAD,
                ("BACKGROUND", (0, 0), (0, -1), STEP_FILL),
                ("ALIGN", (0, 0), (0, -1), "CENTER"),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return table


def _contacts_table(plan: PlanSheet, styles: Styles) -> Flowable:
    rows = [[c.role, c.name or BLANK, c.phone or BLANK] for c in plan.contacts]
    if plan.resident_engineer:
        rows.insert(0, ["驻场工程师", plan.resident_engineer, BLANK])
    if not rows:
        rows = [[BLANK, BLANK, BLANK]]
    return grid_table(["职务", "姓名", "电话"], rows, [34, 33, 33], styles)


def plan_story(plan: PlanSheet, styles: Styles) -> list[Flowable]:
    """The plan's page, shrunk if needed so that it always fits on one A4 page."""
    story: list[Flowable] = [
        BoldParagraph(
            para_text(first_lines(f"{TITLE}：{plan.title}", WIDTH, styles.title.fontSize)),
            styles.title,
        ),
        Spacer(1, 2 * mm),
        field_grid(
            [
                ("预案编号", plan.serial, "严重程度", plan.severity),
                ("涉及系统", "、".join(plan.systems) or "全部系统"),
                ("紧急情况", plan.situation),
            ],
            styles,
        ),
        heading("应急策略（按顺序处置）", styles),
        _steps_table(plan.steps, styles),
        heading("预防措施", styles),
        *text_block(plan.prevention, styles.body),
        heading("联系人（逐级上报）", styles),
        _contacts_table(plan, styles),
    ]
    if plan.contacts_note:
        story += text_block(f"说明：{plan.contacts_note}", styles.small)
    if plan.spare_parts:
        story += [
            heading("相关备品备件", styles),
            *text_block("；".join(plan.spare_parts), styles.body),
        ]
    story += [
        Spacer(1, 3 * mm),
        Paragraph(
            para_text(
                f"第 {plan.revision} 版，{fmt_time(plan.revised_at)} 由 {plan.revised_by or BLANK} 修订。"
                "处置后在工单中记录“按应急预案处置”；重大问题处理完毕后形成问题汇报。"
            ),
            styles.small,
        ),
    ]
    return [one_page(story)]


def render_plan_sheet(out_path: Path, header: DocumentHeader, plan: PlanSheet) -> None:
    """Write one plan as a one-page PDF at ``out_path`` (atomically)."""
    write_pdf(out_path, header, lambda styles: plan_story(plan, styles))
