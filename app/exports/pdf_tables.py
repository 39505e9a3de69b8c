"""Building blocks of forms: field grids, fitted tables, section headings and signature blocks."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Spacer,
    Table,
    TableStyle,
)

from app.exports.pdf_fonts import BOLD_STROKE, FONT, BoldParagraph, Paragraph, Styles, text_width
from app.exports.pdf_frame import BODY_WIDTH
from app.exports.pdf_split import first_lines, fit_line, pieces, split_row, text_pieces
from app.exports.pdf_text import BLANK, EMPTY, para_text

WIDTH = BODY_WIDTH
LABEL_WIDTH = 25 * mm
LABEL_FILL = colors.HexColor("#eeeeee")
GRID = colors.HexColor("#444444")
GROUP_FILL = colors.HexColor("#f6f6f6")
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

CELL_PAD = 8  # left + right padding of a cell
WRITE_IN_HEIGHT = 9 * mm  # an empty field on a paper form: room to write by hand
TALL_WRITE_IN_HEIGHT = 24 * mm  # three handwritten lines (8 mm each) for a longer answer

Row = tuple[str, str] | tuple[str, str, str, str]


def heading(text: str, styles: Styles) -> Flowable:
    """A bold section heading (a few lines at most)."""
    return BoldParagraph(
        para_text(first_lines(text, WIDTH, styles.heading.fontSize, 4)), styles.heading
    )


def text_block(text: str, style: ParagraphStyle, empty: str = BLANK) -> list[Flowable]:
    """Free text of any length as paragraphs, the long ones cut into page-sized pieces."""
    parts = text_pieces(text, style.fontSize, WIDTH) if text.strip() else [""]
    return [Paragraph(para_text(part, empty), style) for part in parts]


def section(text: str, styles: Styles) -> list[Flowable]:
    """A heading that starts a new page rather than sit alone at the foot of one."""
    return [CondPageBreak(35 * mm), heading(text, styles)]


def field_grid(
    rows: Sequence[Row], styles: Styles, write_in: bool = False, tall: Collection[str] = ()
) -> Table:
    """Label/value pairs, two per row or one across the full width; values wrap.

    ``write_in``: an empty value is left blank (not a dash) with room to fill it in by hand; a
    row whose label is in ``tall`` gets three lines for it.
    """
    half = (WIDTH - 2 * LABEL_WIDTH) / 2
    data: list[list[Flowable | str]] = []
    heights: list[float | None] = []
    commands: list[tuple] = list(PAD)
    pieces: list[Sequence[str]] = []
    for row in rows:  # a long value continues in rows below, labelled （续）
        widths = [LABEL_WIDTH, WIDTH - LABEL_WIDTH] if len(row) == 2 else [LABEL_WIDTH, half] * 2
        keep = (0,) if len(row) == 2 else (0, 2)
        split = split_row(row, widths, styles.body.fontSize, keep)
        pieces += [tuple(piece) for piece in split]
    for index, row in enumerate(pieces):
        cells: list[Flowable | str] = []
        blank = write_in and any(not text.strip() for text in row[1::2])
        height = TALL_WRITE_IN_HEIGHT if row[0] in tall else WRITE_IN_HEIGHT
        heights.append(height if blank else None)
        for position, text in enumerate(row):
            style = styles.label if position % 2 == 0 else styles.body
            empty = "" if write_in and position % 2 else BLANK
            cells.append(Paragraph(para_text(text, empty), style))
        if len(row) == 2:
            cells += ["", ""]
            commands.append(("SPAN", (1, index), (3, index)))
        else:
            commands.append(("BACKGROUND", (2, index), (2, index), LABEL_FILL))
        commands.append(("BACKGROUND", (0, index), (0, index), LABEL_FILL))
        data.append(cells)
    table = Table(data, colWidths=[LABEL_WIDTH, half, LABEL_WIDTH, half], rowHeights=heights)
    table.setStyle(TableStyle(commands))
    return table


def natural_width(text: str, style: ParagraphStyle, bold: bool = False) -> float:
    """The width a cell needs to show ``text`` without wrapping, paddings included."""
    lines = text.strip().split("\n") or [""]
    widest = max(text_width(line, style.fontSize) for line in lines)
    extra = style.fontSize * BOLD_STROKE * 2 if bold else 0.0
    return widest + extra + CELL_PAD + 1


CODE_CHARS = 16  # dates, serials, IP addresses: ASCII terms up to this many characters
TERM_CHARS = 8  # a cell this short and without spaces is a term: 主管领导确认, 上报服务中心


def is_term(text: str) -> bool:
    """Whether a cell's text is a short term that should never be split across lines: a few
    Chinese characters, or a date, time, number or code (``2025-06-25``, ``GD-2026-0001``)."""
    text = text.strip()
    if not text or any(c.isspace() for c in text):
        return False
    if text.isascii():
        return len(text) <= CODE_CHARS
    return len(text) <= TERM_CHARS


def fit_widths(
    natural: Sequence[float],
    preferred: Sequence[float],
    minimum: Sequence[float] | None = None,
) -> list[float]:
    """Column widths summing to the preferred total: columns whose text is shorter than their share
    give the rest to those that would wrap, the nearest to fitting first; what is left over goes to
    the columns still too narrow (or to all), in proportion to their preferred widths. Then each
    column gets at least its ``minimum`` (the width of its longest term), taken from the columns
    with room above their own minimum, while there is such room."""
    widths = _share_widths(natural, preferred)
    if minimum is not None:
        _raise_to_minimum(widths, minimum)
    return widths


def _raise_to_minimum(widths: list[float], minimum: Sequence[float]) -> None:
    for index in sorted(range(len(widths)), key=lambda i: minimum[i] - widths[i]):
        deficit = minimum[index] - widths[index]
        if deficit <= 0:
            continue
        room = {i: widths[i] - minimum[i] for i in range(len(widths)) if widths[i] > minimum[i]}
        available = sum(room.values())
        if available <= 0:
            return
        taken = min(deficit, available)
        for other, spare in room.items():
            widths[other] -= taken * spare / available
        widths[index] += taken


def _share_widths(natural: Sequence[float], preferred: Sequence[float]) -> list[float]:
    widths = [min(n, p) for n, p in zip(natural, preferred, strict=True)]
    slack = sum(preferred) - sum(widths)
    wanting = sorted(
        (n - w, i) for i, (n, w) in enumerate(zip(natural, widths, strict=True)) if n > w
    )
    for deficit, index in wanting:
        if deficit > slack:
            break
        widths[index] += deficit
        slack -= deficit
    short = [i for i, (n, w) in enumerate(zip(natural, widths, strict=True)) if n > w + 0.01]
    targets = short or list(range(len(widths)))
    share = sum(preferred[i] for i in targets) or 1.0
    for index in targets:
        widths[index] += slack * preferred[index] / share
    return widths


def grid_table(
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    widths: Sequence[float],
    styles: Styles,
    dense: bool = False,
    empty: str = BLANK,
    groups: Sequence[tuple[int, str]] = (),
) -> Table:
    """A table with a shaded header row repeated on every page; cells wrap; columns fitted to text.

    ``widths`` are proportions; a column of short values gives its spare width to one that would
    wrap (see ``fit_widths``). ``dense``: small type. ``empty``: what an empty cell prints ("" keeps
    it blank to write in). ``groups``: (row index, title) rows spanning the table, in ``rows`` order.
    """
    head_style, cell_style = (styles.small, styles.small) if dense else (styles.label, styles.body)
    preferred = [w * WIDTH / sum(widths) for w in widths]
    natural = [natural_width(h, head_style, bold=True) for h in header]
    minimum = [n if is_term(h) else CELL_PAD for n, h in zip(natural, header, strict=True)]
    for row in rows:
        minimum = [
            max(m, natural_width(cell, cell_style)) if is_term(cell) else m
            for m, cell in zip(minimum, row, strict=True)
        ]
        natural = [
            # a blank left to write in keeps all of its column's width
            max(n, p if not (empty or cell.strip()) else natural_width(cell, cell_style))
            for n, p, cell in zip(natural, preferred, row, strict=True)
        ]
    fitted = fit_widths(natural, preferred, minimum)
    data: list[list[Flowable | str]] = [
        [  # repeated on every page: a few lines at most
            BoldParagraph(para_text(first_lines(h, width, head_style.fontSize)), head_style)
            for h, width in zip(header, fitted, strict=True)
        ]
    ]
    commands: list[tuple] = [
        *PAD,
        ("BACKGROUND", (0, 0), (-1, 0), LABEL_FILL),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]
    titles = dict(groups)
    for index, row in enumerate(rows):
        for title in pieces(titles[index], WIDTH, head_style.fontSize) if index in titles else []:
            data.append([BoldParagraph(para_text(title), head_style)] + [""] * (len(row) - 1))
            at = len(data) - 1
            commands += [("SPAN", (0, at), (-1, at)), ("BACKGROUND", (0, at), (-1, at), GROUP_FILL)]
        for piece in split_row(row, fitted, cell_style.fontSize):  # long cells continue below
            data.append([Paragraph(para_text(cell, empty), cell_style) for cell in piece])
    if dense:  # a list of one-line items: tight rows
        commands += [
            ("TOPPADDING", (0, 0), (-1, -1), 1.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ]
    table = Table(data, colWidths=fitted, repeatRows=1)
    table.setStyle(TableStyle(commands))
    return table


def grid_or_empty(
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    widths: Sequence[float],
    styles: Styles,
    dense: bool = False,
) -> Flowable:
    """``grid_table`` of the rows, or the paragraph "无" when there are none."""
    if not rows:
        return Paragraph(EMPTY, styles.body)
    return grid_table(header, rows, widths, styles, dense)


def labelled_text(label: str, text: str, styles: Styles) -> list[Flowable]:
    """A small ``label：`` line and the free text under it ("无" when there is none)."""
    return [
        Paragraph(
            f"{para_text(first_lines(label, WIDTH, styles.subtitle.fontSize))}：", styles.subtitle
        ),
        *text_block(text, styles.body, EMPTY),
    ]


def signatures(title: str, roles: Sequence[str], styles: Styles) -> KeepTogether:
    """A heading and one box per signer: role, room to sign by hand, a date line; on one page."""
    return KeepTogether(signature_block(title, roles, styles))


def signature_block(title: str, roles: Sequence[str], styles: Styles) -> list[Flowable]:
    """The flowables of ``signatures``, to keep together with something else."""
    cell_width = WIDTH / len(roles)
    date_line = "日期：＿＿＿＿年＿＿月＿＿日"
    row_titles = [
        BoldParagraph(
            para_text(fit_line(f"{role}（签字）：", styles.body.fontSize, cell_width - 14)),
            styles.body,
        )
        for role in roles
    ]
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
    return [heading(title, styles), Spacer(1, 2 * mm), table]


def _height_in(flowables: list[Flowable], width: float, height: float, canv: object) -> float:
    """How tall ``flowables`` stand one under the other, each measured in the space left (a
    block that shrinks its blank room to fit is measured as it would be drawn there)."""
    total = 0.0
    for index, flowable in enumerate(flowables):
        total += flowable.wrapOn(canv, width, height - total)[1]
        if index:
            total += flowable.getSpaceBefore()
        if index < len(flowables) - 1:
            total += flowable.getSpaceAfter()
    return total


class KeepWithTail(Flowable):
    """A table and what must follow it (signatures): the follower never opens a page on its own,
    the table's last row at least goes over with it, under the repeated header row."""

    def __init__(self, table: Table, follower: list[Flowable]) -> None:
        super().__init__()
        self._table = table
        self._follower = follower

    @property
    def _content(self) -> list[Flowable]:
        """What it keeps together, like KeepTogether's, to measure it (``pdf_frame.OnePage``)."""
        return [self._table, *self._follower]

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return availWidth, 0xFFFFFF  # like KeepTogether: always asked to split

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        table_height = self._table.wrapOn(self.canv, availWidth, availHeight)[1]
        follower_height = _height_in(
            self._follower, availWidth, availHeight - table_height, self.canv
        )
        if table_height + follower_height <= availHeight:
            return [self._table, *self._follower]
        if table_height > availHeight:
            parts = self._table.splitOn(self.canv, availWidth, availHeight)
            if len(parts) < 2:
                return []
            return [*parts[:-1], KeepWithTail(parts[-1], self._follower)]
        parts = self._table.splitOn(self.canv, availWidth, table_height - 1)
        if len(parts) < 2:
            return []
        return [*parts[:-1], KeepTogether([parts[-1], *self._follower])]


def end_with(story: list[Flowable], block: KeepTogether) -> list[Flowable]:
    """``story`` then ``block`` (``signatures``), taking the table row or paragraph before it along
    (and a label kept with that paragraph)."""
    follower: list[Flowable] = list(block._content)
    last = story[-1] if story else None
    if isinstance(last, Table):
        return [*story[:-1], KeepWithTail(last, follower)]
    if isinstance(last, Paragraph):
        start = len(story) - 1
        while start > 0 and story[start - 1].getKeepWithNext():
            start -= 1
        return [*story[:start], KeepTogether([*story[start:], *follower])]
    return [*story, block]
