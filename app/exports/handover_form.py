"""交接班记录: the outgoing engineer's notes first, one-line sections, signatures, an optional annex."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from app.exports.handover_data import Acceptance, HandoverDocument, HandoverSection
from app.exports.pdf_fonts import FONT, BoldParagraph, Styles
from app.exports.pdf_frame import BODY_WIDTH, DocumentHeader, write_pdf
from app.exports.pdf_tables import GRID, field_grid, grid_or_empty, heading, section
from app.exports.pdf_text import EMPTY, fmt_time, numbered, para_text

TITLE = "交接班记录"
NOTES_TITLE = "交班说明"
SIGNERS = ["交班人", "接班人", "值班领导"]


def section_story(index: int, part: HandoverSection, styles: Styles) -> list[Flowable]:
    """A numbered heading and the table, or "无"."""
    return [
        *section(numbered(index, part.title), styles),
        grid_or_empty(part.columns, part.rows, part.widths, styles, part.dense),
    ]


def acceptance_block(
    index: int, styles: Styles, acceptance: Acceptance | None = None
) -> list[Flowable]:
    """交接确认: the incoming engineer's check remarks, then the three signatures with their
    dates in one compact table kept on one page. Blank, the remarks are a handwriting box in
    that table; recorded in the program, they print as text that may run across pages (any
    length prints), and the table below holds only the signatures."""
    width = BODY_WIDTH / len(SIGNERS)
    names = [BoldParagraph(f"{role}（签字）：", styles.body) for role in SIGNERS]
    dates = [Paragraph("日期：＿＿＿＿年＿＿月＿＿日", styles.body) for _ in SIGNERS]
    rows: list[list[object]] = [names, [""] * len(SIGNERS), dates]
    heights: list[float | None] = [7 * mm, 11 * mm, 7 * mm]
    if acceptance is None:
        rows.insert(0, [Paragraph("接班检查意见：", styles.label)] + [""] * (len(SIGNERS) - 1))
        heights.insert(0, 22 * mm)
    table = Table(rows, colWidths=[width] * len(SIGNERS), rowHeights=heights)
    first_signature_row = len(rows) - 3
    commands: list[tuple] = [
        ("BOX", (0, 0), (-1, -1), 0.6, GRID),
        ("LINEAFTER", (0, first_signature_row), (-2, -1), 0.6, GRID),
        ("FONTNAME", (0, 0), (-1, -1), FONT),
    ]
    if acceptance is None:
        commands += [
            ("SPAN", (0, 0), (-1, 0)),
            ("VALIGN", (0, 0), (-1, 0), "TOP"),
            ("LINEBELOW", (0, 0), (-1, 0), 0.6, GRID),
        ]
    table.setStyle(TableStyle(commands))
    title = heading(numbered(index, "交接确认"), styles)
    if acceptance is None:
        return [KeepTogether([title, table])]
    remarks = Paragraph(
        f"接班检查意见：{para_text(acceptance.remarks)}<br/>（{para_text(acceptance.by)} 已于 "
        f"{fmt_time(acceptance.at)} 在系统中确认接班）",
        styles.label,
    )
    return [title, remarks, Spacer(1, 2 * mm), KeepTogether([table])]


def handover_story(doc: HandoverDocument, styles: Styles) -> list[Flowable]:
    """Title, header fields, 交班说明, every section in order, the signatures, then the annex."""
    story: list[Flowable] = [
        BoldParagraph(TITLE, styles.title),
        field_grid(
            [
                ("交班人", doc.from_engineer, "接班人", doc.to_engineer),
                (
                    "本班起止",
                    f"{fmt_time(doc.shift_start)} 至 {fmt_time(doc.at)}（自{doc.since}起）",
                ),
            ],
            styles,
        ),
        heading(numbered(0, NOTES_TITLE), styles),
        Paragraph(para_text(doc.notes or EMPTY), styles.body),
    ]
    for index, part in enumerate(doc.sections, 1):
        story += section_story(index, part, styles)
    story += acceptance_block(len(doc.sections) + 1, styles, doc.acceptance)
    if doc.annex is not None:
        story += [
            PageBreak(),
            heading(doc.annex.title, styles),
            grid_or_empty(
                doc.annex.columns, doc.annex.rows, doc.annex.widths, styles, doc.annex.dense
            ),
        ]
    return story


def render_handover(out_path: Path, header: DocumentHeader, doc: HandoverDocument) -> None:
    """Write the handover as a PDF at ``out_path`` (atomically)."""
    write_pdf(out_path, header, lambda styles: handover_story(doc, styles))
