"""系统缺陷类问题提交单: the defect form for one system-defect ticket, signed by hand."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from reportlab.platypus import Flowable

from app.domain.enums import LabelledEnum
from app.exports.pdf_fonts import BoldParagraph, Styles
from app.exports.pdf_frame import DocumentHeader, write_pdf
from app.exports.pdf_tables import end_with, field_grid, section, signatures
from app.exports.pdf_text import fmt_label, fmt_time
from app.exports.tickets.document_data import TicketDocument
from app.exports.tickets.sections import clocks_section, timeline_section

TITLE = "系统缺陷类问题提交单"


def _label(value: LabelledEnum | None) -> str:
    return fmt_label(value) if value is not None else ""


def _time(value: datetime | None) -> str:
    return fmt_time(value) if value is not None else ""


def defect_story(ticket: TicketDocument, header: DocumentHeader, styles: Styles) -> list[Flowable]:
    """The form's flowables: submission, analysis, sign-off, resolution, clocks, timeline, signatures.

    What the ticket has not reached yet is left blank, with room to fill it in by hand.
    """
    t = ticket
    supervisor = "　".join(p for p in (t.supervisor_name, _time(t.confirmed_at)) if p)
    phone = f"电话 {t.requester_phone}" if t.requester_phone else ""
    reply = f"{t.reply}（{fmt_time(t.replied_at)}）" if t.reply else ""
    story = [
        BoldParagraph(TITLE, styles.title),
        *section("一、问题提交", styles),
        field_grid(
            [
                ("报修时间", fmt_time(t.called_at), "报修方式", fmt_label(t.channel)),
                ("地点", t.place, "严重程度", fmt_label(t.severity)),
                ("提出人", "，".join(p for p in (t.requester, phone) if p)),
                ("系统及设备", t.system_and_device),
                ("问题标题", t.title),
                ("问题描述", t.description),
            ],
            styles,
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
        *section("三、问题处理", styles),
        field_grid(
            [
                ("处理完成时间", _time(t.fixed_at), "维护类型", _label(t.maintenance_type)),
                ("问题原因", t.cause),
                ("处理结果", t.resolution),
                ("预防建议", t.prevention),
                ("责任认定", _label(t.liability)),
                ("回复提出人", reply),
                ("回访情况", t.follow_up),
            ],
            styles,
            write_in=True,
        ),
        *clocks_section(t, styles, "四、服务时限（自报修时间起计）"),
        *timeline_section(t, styles, "五、处理过程记录"),
    ]
    return end_with(story, signatures("六、签字确认", ["提出人", "驻场工程师", "主管领导"], styles))


def render_defect_form(out_path: Path, header: DocumentHeader, ticket: TicketDocument) -> None:
    """Write the defect form as a PDF at ``out_path`` (atomically)."""
    write_pdf(out_path, header, lambda styles: defect_story(ticket, header, styles))
