"""Long text cut into pieces that fit a page, so no table row is ever taller than a page.

reportlab cannot split a table row: a cell taller than the frame stops the whole document
(``LayoutError``). Cells are therefore cut, before the table is built, into pieces of at most
``MAX_LINES`` wrapped lines, each piece in a continuation row of its own.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from reportlab.pdfbase.pdfmetrics import stringWidth

from app.exports.pdf_fonts import FONT
from app.exports.pdf_text import tidy

# Lines of a cell's piece: at 9.5 pt (13.8 pt leading) 25 lines are about half an A4 frame, so
# a piece fits under a repeated header even if word wrapping needs more lines than this estimate.
MAX_LINES = 25
CELL_PAD = 8  # left + right padding of a table cell (pdf_tables.PAD)
CONTINUED = "（续）"


@lru_cache(maxsize=8192)
def _char_width(char: str, size: float) -> float:
    return stringWidth(char, FONT, size)


def pieces(text: str, width: float, size: float, max_lines: int = MAX_LINES) -> list[str]:
    """``text`` cut into pieces of at most ``max_lines`` lines when wrapped at ``width`` points
    (characters measured one by one, as the CJK wrapping breaks anywhere)."""
    text = tidy(text)
    usable = max(width - CELL_PAD, size)
    cut: list[str] = []
    start = lines = 0
    line_width = 0.0
    for index, char in enumerate(text):
        if char == "\n":
            lines, line_width = lines + 1, 0.0
        else:
            char_width = _char_width(char, size)
            if line_width + char_width > usable:
                lines, line_width = lines + 1, 0.0
            line_width += char_width
        if lines >= max_lines:
            cut.append(text[start:index])
            start, lines, line_width = index, 0, 0.0 if char == "\n" else _char_width(char, size)
    cut.append(text[start:])
    return [piece.strip("\n") for piece in cut] if len(cut) > 1 else [text]


def split_row(
    cells: Sequence[str], widths: Sequence[float], size: float, keep: Sequence[int] = ()
) -> list[list[str]]:
    """One row of cell texts as one or more rows: long cells continue in the rows below.

    Columns in ``keep`` (labels) show their text on the first row and ``（续）`` below it.
    """
    cut = [
        [cell] if index in keep else pieces(cell, width, size)
        for index, (cell, width) in enumerate(zip(cells, widths, strict=True))
    ]
    rows = max(len(c) for c in cut)
    if rows == 1:
        return [list(cells)]

    def cell(index: int, row: int) -> str:
        column = cut[index]
        if row < len(column):
            return column[row]
        beside = cut[index + 1] if index + 1 < len(cut) else []
        return CONTINUED if index in keep and row < len(beside) else ""

    return [[cell(index, row) for index in range(len(cut))] for row in range(rows)]


def text_pieces(text: str, size: float, width: float, lines: int = 40) -> list[str]:
    """Free text cut into paragraphs of at most ``lines`` lines across the page: reportlab wraps a
    Chinese paragraph again at every page it crosses, so one very long paragraph costs minutes."""
    return pieces(text, width, size, lines)


def first_lines(text: str, width: float, size: float, lines: int = 3) -> str:
    """At most ``lines`` wrapped lines of ``text`` (a table's header), cut with "…"."""
    cut = pieces(text, width, size, lines)
    return cut[0] if len(cut) == 1 else cut[0].rstrip() + "…"


def fit_line(text: str, size: float, width: float) -> str:
    """One line of text that fits ``width`` points, cut with "…" if it is longer."""
    text = " ".join(tidy(text).split())
    if stringWidth(text, FONT, size) <= width:
        return text
    used, ellipsis = 0.0, stringWidth("…", FONT, size)
    for index, char in enumerate(text):
        used += _char_width(char, size)
        if used + ellipsis > width:
            return text[:index] + "…"
    return text
