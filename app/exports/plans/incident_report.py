"""问题汇报: the written report after a serious incident, with the ticket's timeline and signatures."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from reportlab.platypus import Flowable

from app.exports.pdf_fonts import BoldParagraph, Styles
from app.exports.pdf_frame import DocumentHeader, write_pdf
from app.exports.pdf_tables import end_with, field_grid, section, signatures, text_block
from app.exports.pdf_text import fmt_duration, fmt_label, fmt_time
from app.exports.tickets.document_data import TicketDocument
from app.exports.tickets.sections import timeline_section

TITLE = "问题汇报"


@dataclass(frozen=True)
class IncidentDocument:
    """The report: the ticket (fields and timeline) and the text the engineer wrote."""

    ticket: TicketDocument
    restored_at: datetime | None
    outage: timedelta | None
    happened: str
    impact: str
    cause: str
    actions: str
    prevention: str
    plans_followed: tuple[str, ...] = ()


def _text(title: str, text: str, styles: Styles) -> list[Flowable]:
    return [*section(title, styles), *text_block(text, styles.body)]


def incident_story(doc: IncidentDocument, styles: Styles) -> list[Flowable]:
    """Overview, what happened, impact, cause, what was done, prevention, timeline, signatures."""
    t = doc.ticket
    outage = fmt_duration(doc.outage) if doc.outage is not None else "尚未恢复"
    actions = doc.actions
    if doc.plans_followed:
        actions = (
            "\n".join([actions, *doc.plans_followed]) if actions else "\n".join(doc.plans_followed)
        )
    story = [
        BoldParagraph(TITLE, styles.title),
        *section("一、基本情况", styles),
        field_grid(
            [
                ("工单号", t.number, "严重程度", fmt_label(t.severity)),
                ("报修时间", fmt_time(t.called_at), "恢复时间", fmt_time(doc.restored_at)),
                ("地点", t.place, "中断时长", outage),
                ("系统及设备", t.system_and_device),
                ("问题标题", t.title),
                ("提出人", t.requester),
            ],
            styles,
        ),
        *_text("二、事件经过", doc.happened, styles),
        *_text("三、影响范围", doc.impact, styles),
        *_text("四、原因分析", doc.cause, styles),
        *_text("五、处理措施", actions, styles),
        *_text("六、预防措施（避免再次发生）", doc.prevention, styles),
        *timeline_section(t, styles, "七、处理过程记录（摘自工单）"),
    ]
    signed = signatures("八、签字确认", ["驻场工程师", "项目经理", "用户主管领导"], styles)
    return end_with(story, signed)


def render_incident_report(out_path: Path, header: DocumentHeader, doc: IncidentDocument) -> None:
    """Write the incident report as a PDF at ``out_path`` (atomically)."""
    write_pdf(out_path, header, lambda styles: incident_story(doc, styles))
