"""交接班记录: the shift handover, a header, numbered table sections and both signatures."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from reportlab.platypus import Flowable

from app.exports.pdf_fonts import BoldParagraph, Styles
from app.exports.pdf_frame import DocumentHeader, write_pdf
from app.exports.pdf_tables import (
    end_with,
    field_grid,
    grid_or_empty,
    labelled_text,
    section,
    signatures,
)
from app.exports.pdf_text import fmt_time, numbered

TITLE = "交接班记录"


@dataclass(frozen=True)
class HandoverSection:
    """One section: a table of rows (or "无"), then optional free text under its own label."""

    title: str
    columns: tuple[str, ...]
    widths: tuple[float, ...]
    rows: tuple[tuple[str, ...], ...]
    text_label: str = ""
    text: str = ""
    dense: bool = False  # small type, for wide tables


@dataclass(frozen=True)
class HandoverDocument:
    """Everything the handover prints; the sections come from the services' section builders."""

    from_engineer: str
    to_engineer: str
    at: datetime
    shift_start: datetime
    previous_serial: str
    sections: tuple[HandoverSection, ...]


def section_story(index: int, part: HandoverSection, styles: Styles) -> list[Flowable]:
    """A numbered heading, the table or "无", and the free text if the section has a label for it."""
    story: list[Flowable] = [
        *section(numbered(index, part.title), styles),
        grid_or_empty(part.columns, part.rows, part.widths, styles, part.dense),
    ]
    if part.text_label:
        story += labelled_text(part.text_label, part.text, styles)
    return story


def handover_story(doc: HandoverDocument, styles: Styles) -> list[Flowable]:
    """Title, the header fields, every section in order, then the two signatures."""
    since = f"上次交接（{doc.previous_serial}）" if doc.previous_serial else "前24小时"
    story: list[Flowable] = [
        BoldParagraph(TITLE, styles.title),
        field_grid(
            [
                ("交班人", doc.from_engineer, "接班人", doc.to_engineer),
                ("交接时间", fmt_time(doc.at)),
                ("本班起止", f"{fmt_time(doc.shift_start)} 至 {fmt_time(doc.at)}（自{since}起）"),
            ],
            styles,
        ),
    ]
    for index, part in enumerate(doc.sections):
        story += section_story(index, part, styles)
    signed = signatures(numbered(len(doc.sections), "签字确认"), ["交班人", "接班人"], styles)
    return end_with(story, signed)


def render_handover(out_path: Path, header: DocumentHeader, doc: HandoverDocument) -> None:
    """Write the handover as a PDF at ``out_path`` (atomically)."""
    write_pdf(out_path, header, lambda styles: handover_story(doc, styles))
