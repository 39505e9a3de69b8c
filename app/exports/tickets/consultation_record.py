"""咨询类问题记录: the record of one consultation, answered on the spot."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable

from app.domain.enums import ClockKind
from app.exports.pdf_fonts import BoldParagraph, Styles
from app.exports.pdf_frame import DocumentHeader, write_pdf
from app.exports.pdf_tables import end_with, field_grid, section, signatures
from app.exports.pdf_text import fmt_label, fmt_time
from app.exports.tickets.document_data import TicketDocument
from app.exports.tickets.sections import clocks_section

TITLE = "咨询类问题记录"


def consultation_story(
    ticket: TicketDocument, header: DocumentHeader, styles: Styles
) -> list[Flowable]:
    """The record's flowables: the call, the question, the answer, the response clock, signatures."""
    t = ticket
    story = [
        BoldParagraph(TITLE, styles.title),
        *section("一、咨询内容", styles),
        field_grid(
            [
                ("咨询时间", fmt_time(t.called_at), "咨询方式", fmt_label(t.channel)),
                ("咨询人", t.requester, "联系电话", t.requester_phone),
                ("地点", t.place, "解答时间", fmt_time(t.closed_at) if t.closed_at else ""),
                ("系统及设备", t.system_and_device),
                ("问题标题", t.title),
                ("问题描述", t.description),
                ("解答", t.answer),
            ],
            styles,
            write_in=True,
        ),
        *clocks_section(t, styles, "二、响应时限", (ClockKind.RESPONSE,)),
    ]
    return end_with(story, signatures("三、签字确认", ["咨询人", "驻场工程师"], styles))


def render_consultation_record(
    out_path: Path, header: DocumentHeader, ticket: TicketDocument
) -> None:
    """Write the consultation record as a PDF at ``out_path`` (atomically)."""
    write_pdf(out_path, header, lambda styles: consultation_story(ticket, header, styles))
