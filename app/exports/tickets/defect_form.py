"""系统缺陷类问题提交单: the defect form of one ticket, carrying what a 故障报修单 carries."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Table, TableStyle

from app.domain.enums import LabelledEnum, TicketStatus
from app.exports.pdf_fonts import FONT, BoldParagraph, Paragraph, Styles
from app.exports.pdf_frame import BODY_WIDTH, DocumentHeader, write_pdf
from app.exports.pdf_tables import GRID, field_grid, grid_table, heading, section
from app.exports.pdf_text import BLANK, fmt_duration, fmt_label, fmt_time
from app.exports.tickets.document_data import TicketDocument
from app.exports.tickets.sections import clocks_section, timeline_section

TITLE = "系统缺陷类问题提交单"
# Handwriting room on an open ticket's form: three lines for these.
TALL = ("问题原因", "处理结果", "预防建议", "遗留问题")
# Steps whose text has no field of its own on the form (the others print theirs once, above).
TIMELINE_DETAILS = frozenset({"note", "restore", "report", "reopen", "correct_time"})
SATISFACTION = "□ 满意　　□ 基本满意　　□ 不满意"


def _label(value: LabelledEnum | None) -> str:
    return fmt_label(value) if value is not None else ""


def _time(value: datetime | None) -> str:
    return fmt_time(value) if value is not None else ""


def _reply(t: TicketDocument) -> str:
    """The reply's time, and its text when it says more than the cause and resolution above."""
    if t.replied_at is None:
        return ""
    said = [line for line in t.reply.splitlines() if line.strip()]
    repeated = all(
        any(part and part in line for part in (t.cause, t.resolution, t.prevention))
        for line in said
    )
    text = "" if repeated else f"：{t.reply}"
    return (
        f"已于 {fmt_time(t.replied_at)} 回复提出人（原因与变更记录同上）"
        if repeated
        else (f"{fmt_time(t.replied_at)}{text}")
    )


def parts_table(t: TicketDocument, styles: Styles) -> Flowable:
    """更换配件: the parts issued to the ticket; blank rows to fill in on an open ticket."""
    rows = [[p.code, p.name, p.serial or BLANK, f"{p.quantity}{p.unit}"] for p in t.parts]
    if not rows:
        if t.status is TicketStatus.CLOSED:
            return Paragraph("更换配件：无", styles.body)
        rows = [["", "", "", ""], ["", "", "", ""]]
    return KeepTogether(
        [
            Paragraph("更换配件：", styles.subtitle),
            grid_table(
                ["编码", "名称", "序列号", "数量"], rows, [20, 40, 28, 12], styles, empty=""
            ),
        ]
    )


def confirmation_block(t: TicketDocument, styles: Styles) -> KeepTogether:
    """修复确认: the requester ticks satisfaction beside their signature; then the two others."""
    width = BODY_WIDTH / 3
    cells = [
        [
            Paragraph("用户修复确认：故障已排除，设备恢复正常运行。", styles.body),
            "",
            "",
        ],
        [Paragraph(f"满意度：{SATISFACTION}", styles.body), "", ""],
        [
            BoldParagraph("提出人（签字）：", styles.body),
            BoldParagraph("驻场工程师（签字）：", styles.body),
            BoldParagraph("主管领导（签字）：", styles.body),
        ],
        ["", "", ""],
        [Paragraph("日期：＿＿＿＿年＿＿月＿＿日", styles.body)] * 3,
    ]
    table = Table(
        cells, colWidths=[width] * 3, rowHeights=[7 * mm, 7 * mm, 7 * mm, 12 * mm, 7 * mm]
    )
    table.setStyle(
        TableStyle(
            [
                ("SPAN", (0, 0), (-1, 0)),
                ("SPAN", (0, 1), (-1, 1)),
                ("BOX", (0, 0), (-1, -1), 0.6, GRID),
                ("LINEBELOW", (0, 1), (-1, 1), 0.6, GRID),
                ("LINEAFTER", (0, 2), (-2, -1), 0.6, GRID),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("FONTNAME", (0, 0), (-1, -1), FONT),
            ]
        )
    )
    return KeepTogether([heading("六、修复确认与签字", styles), table])


def defect_story(ticket: TicketDocument, header: DocumentHeader, styles: Styles) -> list[Flowable]:
    """The form: the call, analysis and sign-off, the repair with its parts, the clocks, the steps
    (each text once), and the user's 修复确认 with the signatures.

    What the ticket has not reached yet is left blank, with room to fill it in by hand.
    """
    t = ticket
    supervisor = "　".join(p for p in (t.supervisor_name, _time(t.confirmed_at)) if p)
    phone = f"电话 {t.requester_phone}" if t.requester_phone else ""
    restored = t.fixed_at is not None
    story: list[Flowable] = [
        BoldParagraph(TITLE, styles.title),
        *section("一、报修信息", styles),
        field_grid(
            [
                ("报修时间", fmt_time(t.called_at), "报修方式", fmt_label(t.channel)),
                ("接报人", t.call_taker, "严重程度", fmt_label(t.severity)),
                ("提出人", "，".join(p for p in (t.requester, phone) if p), "地点", t.place),
                ("系统及设备", t.system_and_device),
                ("资产编号/序列号", t.asset_number, "保内/保外", _label(t.warranty)),
                (
                    "问题描述",
                    f"{t.title}\n{t.description}"
                    if t.title not in t.description
                    else t.description,
                ),
            ],
            styles,
            write_in=True,
        ),
        *section("二、问题分析与确认", styles),
        field_grid(
            [
                ("分析结果", _label(t.triage_result), "当前状态", fmt_label(t.status)),
                ("分析意见", t.analysis),
                ("主管领导确认", supervisor),
                ("处理方案", t.plan),
            ],
            styles,
            write_in=True,
        ),
        *section("三、维修情况", styles),
        field_grid(
            [
                ("维修人员", t.repairer, "完成时间", _time(t.fixed_at)),
                ("维护类型", _label(t.maintenance_type), "责任认定", _label(t.liability)),
                ("问题原因", t.cause),
                ("处理结果", t.resolution),
                ("预防建议", t.prevention),
                ("遗留问题", t.outstanding if not restored or t.outstanding else "无"),
                ("中断时长", fmt_duration(t.outage) if restored else "", "回访情况", t.follow_up),
                ("回复提出人", _reply(t)),
            ],
            styles,
            write_in=True,
            tall=TALL,
        ),
        parts_table(t, styles),
        *clocks_section(t, styles, "四、服务时限（自报修时间起计，扣除暂停）"),
        *timeline_section(t, styles, "五、处理过程记录", TIMELINE_DETAILS),
        confirmation_block(t, styles),
    ]
    return story


def render_defect_form(out_path: Path, header: DocumentHeader, ticket: TicketDocument) -> None:
    """Write the defect form as a PDF at ``out_path`` (atomically)."""
    write_pdf(out_path, header, lambda styles: defect_story(ticket, header, styles))
