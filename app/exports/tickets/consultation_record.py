"""咨询类问题记录: the record of one consultation, answered on the spot, on one page."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Table, TableStyle

from app.domain.enums import ClockKind, TicketStatus
from app.domain.tickets.workflow import Action
from app.exports.pdf_fonts import FONT, BoldParagraph, Paragraph, Styles
from app.exports.pdf_frame import BODY_WIDTH, DocumentHeader, write_pdf
from app.exports.pdf_tables import GRID, field_grid, heading, section
from app.exports.pdf_text import fmt_label, fmt_time
from app.exports.tickets.defect_form import SATISFACTION
from app.exports.tickets.document_data import TicketDocument
from app.exports.tickets.sections import clocks_section, timeline_section

TITLE = "咨询类问题记录"
# Handwriting room on an open consultation's record: three lines for the answer.
TALL = ("解答内容", "后续处理")
# Steps beyond call and answer that the record lists: a reopening and why, notes, corrections.
LISTED_STEPS = frozenset({"reopen", "note", "correct_time"})


def answerer(t: TicketDocument) -> str:
    """解答人: who recorded the answer, the last time it was given (a defect found to be a
    question of use is answered by its analysis)."""
    answers = (Action.ANSWER.value, Action.TRIAGE.value)
    actors = [step.actor for step in t.timeline if step.kind in answers]
    return actors[-1] if actors else ""


def question(t: TicketDocument) -> str:
    """The title and the description, the title once when the description already says it."""
    if not t.description.strip() or t.title in t.description:
        return t.description or t.title
    return f"{t.title}\n{t.description}"


def confirmation_block(styles: Styles) -> KeepTogether:
    """解答确认: the requester ticks satisfaction beside their signature, the engineer beside."""
    width = BODY_WIDTH / 2
    cells = [
        [Paragraph("咨询人确认：所咨询的问题已得到解答。", styles.body), ""],
        [Paragraph(f"满意度：{SATISFACTION}", styles.body), ""],
        [
            BoldParagraph("咨询人（签字）：", styles.body),
            BoldParagraph("驻场工程师（签字）：", styles.body),
        ],
        ["", ""],
        [Paragraph("日期：＿＿＿＿年＿＿月＿＿日", styles.body)] * 2,
    ]
    table = Table(
        cells, colWidths=[width] * 2, rowHeights=[7 * mm, 7 * mm, 7 * mm, 14 * mm, 7 * mm]
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
    return KeepTogether([heading("四、解答确认与签字", styles), table])


def consultation_story(
    ticket: TicketDocument, header: DocumentHeader, styles: Styles
) -> list[Flowable]:
    """The call, the question (once), the answer and who gave it, the response clock, any
    reopening, and the requester's confirmation with the signatures.

    An open consultation leaves the answer blank with three lines to write it in by hand.
    """
    t = ticket
    phone = f"电话 {t.requester_phone}" if t.requester_phone else ""
    answered = t.status is TicketStatus.CLOSED
    answered_at = fmt_time(t.closed_at) if answered and t.closed_at else ""
    story: list[Flowable] = [
        BoldParagraph(TITLE, styles.title),
        *section("一、咨询信息", styles),
        field_grid(
            [
                ("咨询时间", fmt_time(t.called_at), "咨询方式", fmt_label(t.channel)),
                ("接报人", t.call_taker, "地点", t.place),
                ("咨询人", "，".join(p for p in (t.requester, phone) if p)),
                ("系统及设备", t.system_and_device),
                ("咨询内容", question(t)),
            ],
            styles,
            write_in=True,
        ),
        *section("二、解答", styles),
        field_grid(
            [
                ("解答人", answerer(t) if answered else "", "解答时间", answered_at),
                ("解答内容", t.answer if answered else ""),
                *([] if answered else [("后续处理", "")]),
            ],
            styles,
            write_in=True,
            tall=TALL,
        ),
        *clocks_section(t, styles, "三、响应时限", (ClockKind.RESPONSE,)),
    ]
    if any(step.kind in LISTED_STEPS for step in t.timeline):
        story += timeline_section(t, styles, "处理过程记录", LISTED_STEPS)
    return [*story, confirmation_block(styles)]


def render_consultation_record(
    out_path: Path, header: DocumentHeader, ticket: TicketDocument
) -> None:
    """Write the consultation record as a PDF at ``out_path`` (atomically)."""
    write_pdf(out_path, header, lambda styles: consultation_story(ticket, header, styles))
