"""Building blocks of forms: field grids, plain tables, section headings and signature blocks."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from app.exports.pdf_fonts import FONT, BoldParagraph, Styles
from app.exports.pdf_frame import MARGIN_X, PAGE_WIDTH
from app.exports.pdf_text import para_text

WIDTH = PAGE_WIDTH - 2 * MARGIN_X
LABEL_WIDTH = 25 * mm
LABEL_FILL = colors.HexColor("#eeeeee")
GRID = colors.HexColor("#444444")
PAD = [
    ("LEFTPADDING", (0, 0), (-1, -1), 4),
    ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ("TOPPADDING", (0, 0), (-1, -1), 3.5),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 4.5),
    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ("GRID", (0, 0), (-1, -1), 0.6, GRID),
    # Cells default to Helvetica, which would be referenced (unembedded) even with no text in it.
    ("FONTNAME", (0, 0), (-1, -1), FONT),
]

Row = tuple[str, str] | tuple[str, str, str, str]


def heading(text: str, styles: Styles) -> Flowable:
    """A bold section heading."""
    return BoldParagraph(para_text(text), styles.heading)


def section(text: str, styles: Styles) -> list[Flowable]:
    """A heading that starts a new page rather than sit alone at the foot of one."""
    return [CondPageBreak(35 * mm), heading(text, styles)]


def field_grid(rows: Sequence[Row], styles: Styles) -> Table:
    """Label/value pairs, two per row or one across the full width; values wrap."""
    half = (WIDTH - 2 * LABEL_WIDTH) / 2
    data: list[list[Flowable | str]] = []
    commands: list[tuple] = list(PAD)
    for index, row in enumerate(rows):
        cells: list[Flowable | str] = []
        for position, text in enumerate(row):
            style = styles.label if position % 2 == 0 else styles.body
            cells.append(Paragraph(para_text(text), style))
        if len(row) == 2:
            cells += ["", ""]
            commands.append(("SPAN", (1, index), (3, index)))
        else:
            commands.append(("BACKGROUND", (2, index), (2, index), LABEL_FILL))
        commands.append(("BACKGROUND", (0, index), (0, index), LABEL_FILL))
        data.append(cells)
    table = Table(data, colWidths=[LABEL_WIDTH, half, LABEL_WIDTH, half])
    table.setStyle(TableStyle(commands))
    return table


def grid_table(
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    widths: Sequence[float],
    styles: Styles,
    dense: bool = False,
) -> Table:
    """A table with a shaded header row repeated on every page; cells wrap; ``dense``: small type."""
    head_style, cell_style = (styles.small, styles.small) if dense else (styles.label, styles.body)
    data = [[BoldParagraph(para_text(h), head_style) for h in header]]
    data += [[Paragraph(para_text(cell), cell_style) for cell in row] for row in rows]
    scale = WIDTH / sum(widths)
    table = Table(data, colWidths=[w * scale for w in widths], repeatRows=1)
    table.setStyle(
        TableStyle(
            [*PAD, ("BACKGROUND", (0, 0), (-1, 0), LABEL_FILL), ("VALIGN", (0, 0), (-1, -1), "TOP")]
        )
    )
    return table


def signatures(title: str, roles: Sequence[str], styles: Styles) -> Flowable:
    """A heading and one box per signer: role, room to sign by hand, a date line; on one page."""
    cell_width = WIDTH / len(roles)
    date_line = "日期：＿＿＿＿年＿＿月＿＿日"
    row_titles = [BoldParagraph(f"{role}（签字）：", styles.body) for role in roles]
    row_blank = ["" for _ in roles]
    row_dates = [Paragraph(date_line, styles.body) for _ in roles]
    table = Table(
        [row_titles, row_blank, row_dates],
        colWidths=[cell_width] * len(roles),
        rowHeights=[8 * mm, 18 * mm, 9 * mm],
    )
    table.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 0.6, GRID),
                ("LINEAFTER", (0, 0), (-2, -1), 0.6, GRID),
                ("LEFTPADDING", (0, 0), (-1, -1), 6),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("FONTNAME", (0, 0), (-1, -1), FONT),
            ]
        )
    )
    return KeepTogether([heading(title, styles), Spacer(1, 2 * mm), table])
