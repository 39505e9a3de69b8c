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
from app.exports.pdf_tables import GRID, end_with, field_grid, grid_or_empty, heading, section
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


# Heights of the blank 接班检查意见 box and of the room to sign: as drawn, and the least they
# shrink to when that keeps the signatures on the page of the last section.
ROOMY = (22 * mm, 11 * mm)
TIGHT = (14 * mm, 8 * mm)


class FirstThatFits(Flowable):
    """The first of some versions of one block (roomy, then tight) that fits the space left on
    the page; when none does, the first, on the next page. Only blank writing room shrinks."""

    def __init__(self, versions: list[list[Flowable]]) -> None:
        super().__init__()
        self._versions = versions
        self._chosen = versions[0]

    def _height(self, version: list[Flowable], width: float, height: float) -> float:
        return sum(
            f.getSpaceBefore() + f.wrapOn(self.canv, width, height)[1] + f.getSpaceAfter()
            for f in version
        )

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        for version in self._versions:
            if self._height(version, availWidth, availHeight) <= availHeight:
                self._chosen = version
                break
        else:
            self._chosen = self._versions[0]
        self.width = availWidth
        self.height = self._height(self._chosen, availWidth, availHeight)
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        return []  # whole or on the next page, where the roomy version fits

    def draw(self) -> None:
        top = self.height
        for flowable in self._chosen:
            top -= flowable.getSpaceBefore()
            _, height = flowable.wrapOn(self.canv, self.width, top)
            top -= height
            flowable.drawOn(self.canv, 0, top)
            top -= flowable.getSpaceAfter()


def acceptance_block(
    index: int,
    styles: Styles,
    acceptance: Acceptance | None = None,
    room: tuple[float, float] = ROOMY,
) -> list[Flowable]:
    """交接确认: the incoming engineer's check remarks, then the three signatures with their
    dates in one compact table kept on one page. Blank, the remarks are a handwriting box in
    that table; recorded in the program, they print as text that may run across pages (any
    length prints), and the table below holds only the signatures."""
    width = BODY_WIDTH / len(SIGNERS)
    names = [BoldParagraph(f"{role}（签字）：", styles.body) for role in SIGNERS]
    dates = [Paragraph("日期：＿＿＿＿年＿＿月＿＿日", styles.body) for _ in SIGNERS]
    rows: list[list[object]] = [names, [""] * len(SIGNERS), dates]
    remarks_room, signing_room = room
    heights: list[float | None] = [7 * mm, signing_room, 7 * mm]
    if acceptance is None:
        rows.insert(0, [Paragraph("接班检查意见：", styles.label)] + [""] * (len(SIGNERS) - 1))
        heights.insert(0, remarks_room)
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
        return [title, table]
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
    index = len(doc.sections) + 1
    if doc.acceptance is None:
        fit = FirstThatFits(
            [acceptance_block(index, styles, None, room) for room in (ROOMY, TIGHT)]
        )
        story = end_with(story, KeepTogether([fit]))  # never the signatures alone on a page
    else:
        story += acceptance_block(index, styles, doc.acceptance)
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
