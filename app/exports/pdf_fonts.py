"""The paragraph styles of every document: the embedded faces, Chinese line breaking, bold-looking text.

``Paragraph`` here is reportlab's with the Chinese line-breaking rules of ``pdf_linebreak``;
documents use it (never reportlab's own) so every paragraph and table cell breaks the same way.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import paragraph as rl_paragraph

from app.exports.pdf_glyphs import (
    FALLBACK_FONT,
    FONT,
    FONT_FILE_NAME,
    font_runs,
    register_font,
)
from app.exports.pdf_linebreak import break_points

__all__ = ["FALLBACK_FONT", "FONT", "FONT_FILE_NAME", "register_font"]

# Fill and stroke the glyphs with a thin outline of the text colour: a fake bold that prints well.
BOLD_STROKE = 0.035  # of the font size


class Paragraph(rl_paragraph.Paragraph):
    """A paragraph broken into lines by the Chinese rules (style ``wordWrap='CJK'``).

    Its lines are kept for the last width asked: a one-page form measures its story, the frame
    wraps it again and a table wraps its cells per pass, each time at the same width."""

    _wrapped: tuple[float, float, Any] | None = None  # width, height, reportlab's blPara

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        wrapped = self._wrapped
        if (
            wrapped is not None
            and wrapped[0] == availWidth
            and self.__dict__.get("blPara") is wrapped[2]
        ):
            self.width, self.height = availWidth, wrapped[1]
            return availWidth, wrapped[1]
        width, height = super().wrap(availWidth, availHeight)
        if availWidth >= rl_paragraph._FUZZ:
            self._wrapped = (availWidth, height, self.blPara)
        return width, height

    def breakLinesCJK(self, maxWidths: Any) -> Any:  # noqa: N802, N803 - reportlab's names
        if not isinstance(maxWidths, list | tuple):
            maxWidths = [maxWidths]  # noqa: N806
        if not self.frags or self.style.endDots:
            return super().breakLinesCJK(maxWidths)
        self.height = 0
        rl_paragraph._handleBulletWidth(self.bulletText, self.style, maxWidths)
        if hasattr(self, "blPara") and getattr(self, "_splitpara", 0):
            return self.blPara
        auto_leading = getattr(self, "autoLeading", getattr(self.style, "autoLeading", ""))
        return chinese_frag_split(self.frags, maxWidths, auto_leading not in ("", "off"))


def chinese_frag_split(frags: list[Any], max_widths: list[float], calc_bounds: bool) -> Any:
    """reportlab's ``cjkFragSplit`` with the break points of ``pdf_linebreak``."""
    glyphs = []
    for frag in frags:
        text = frag.text.decode("utf8") if isinstance(frag.text, bytes) else frag.text
        if text:
            glyphs.extend(rl_paragraph.cjkU(char, frag, "utf8") for char in text)
        else:
            glyphs.append(rl_paragraph.cjkU(text, frag, "utf8"))
    lines = []
    start = 0
    for index, glyph in enumerate([*glyphs, None]):
        hard = glyph is not None and hasattr(glyph.frag, "lineBreak")
        if glyph is not None and not hard:
            continue
        segment = glyphs[start:index]
        widths = [float(g.width) for g in segment]
        available = max_widths[len(lines) :] or max_widths[-1:]
        begin = start
        for end in break_points([str(g) for g in segment], widths, available):
            line = glyphs[begin : start + end]
            used = sum(float(g.width) for g in line)
            width = max_widths[min(len(lines), len(max_widths) - 1)]
            last = start + end == index
            if last and hard:
                line = [*line, glyph]
            lines.append(
                rl_paragraph.makeCJKParaLine(
                    line, width, used, width - used, last and hard, calc_bounds
                )
            )
            begin = start + end
        if hard and not segment:
            width = max_widths[min(len(lines), len(max_widths) - 1)]
            lines.append(rl_paragraph.makeCJKParaLine([glyph], width, 0, width, True, calc_bounds))
        start = index + 1
    return rl_paragraph.ParaLines(kind=1, lines=lines)


class BoldParagraph(Paragraph):
    """A paragraph drawn in text render mode 2 (fill + stroke), so headings look bold."""

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setStrokeColor(self.style.textColor)
        canvas.setLineWidth(self.style.fontSize * BOLD_STROKE)
        canvas.addLiteral("2 Tr")
        super().draw()
        canvas.restoreState()


def text_width(text: str, size: float) -> float:
    """The width of one line of text in the embedded faces."""
    return sum(stringWidth(run, font, size) for font, run in font_runs(text))


def draw_text(
    canvas: Canvas,
    x: float,
    y: float,
    text: str,
    size: float,
    align: str = "left",
    bold: bool = False,
) -> None:
    """Draw one line at (x, y), each character in the face that has it; ``align`` left, right or
    centre about ``x``; ``bold``: filled and stroked."""
    runs = font_runs(text)
    total = sum(stringWidth(run, font, size) for font, run in runs)
    x -= {"left": 0.0, "right": total, "centre": total / 2}[align]
    canvas.saveState()
    if bold:
        canvas.setLineWidth(size * BOLD_STROKE)
    for font, run in runs:
        canvas.setFont(font, size)
        canvas.drawString(x, y, run, mode=2 if bold else None)
        x += stringWidth(run, font, size)
    canvas.restoreState()


def draw_bold_string(canvas: Canvas, x: float, y: float, text: str, size: float) -> None:
    """Draw one line of bold-looking text on the canvas at (x, y)."""
    draw_text(canvas, x, y, text, size, bold=True)


@dataclass(frozen=True)
class Styles:
    """The paragraph styles every document uses."""

    title: ParagraphStyle
    heading: ParagraphStyle
    label: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    subtitle: ParagraphStyle


def _style(name: str, size: float, **extra: Any) -> ParagraphStyle:
    values: dict[str, Any] = {"textColor": colors.black, **extra}
    return ParagraphStyle(
        name, fontName=FONT, fontSize=size, leading=size * 1.45, wordWrap="CJK", **values
    )


def make_styles() -> Styles:
    """Styles in the embedded font; long Chinese text wraps at any character (wordWrap='CJK')."""
    return Styles(
        title=_style("title", 18, alignment=TA_CENTER, spaceAfter=2),
        heading=_style("heading", 11.5, spaceBefore=9, spaceAfter=4),
        label=_style("label", 9.5),
        body=_style("body", 9.5),
        small=_style("small", 8, textColor=colors.HexColor("#333333")),
        subtitle=_style("subtitle", 9.5, spaceBefore=6, spaceAfter=3, keepWithNext=1),
    )
