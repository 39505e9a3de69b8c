"""The embedded CJK font, the paragraph styles, and bold-looking text for a font with no bold face."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

FONT = "WenQuanYiMicroHei"
FONT_FILE_NAME = "wqy-microhei.ttc"
_lock = threading.Lock()

# Fill and stroke the glyphs with a thin outline of the text colour: a fake bold that prints well.
BOLD_STROKE = 0.035  # of the font size


def register_font(font_file: Path) -> str:
    """Register the WenQuanYi Micro Hei face with reportlab once; returns its font name."""
    with _lock:
        if FONT not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(FONT, str(font_file), subfontIndex=0))
    return FONT


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


def draw_bold_string(canvas: Canvas, x: float, y: float, text: str, size: float) -> None:
    """Draw one line of bold-looking text on the canvas at (x, y)."""
    canvas.saveState()
    canvas.setFont(FONT, size)
    canvas.setLineWidth(size * BOLD_STROKE)
    canvas.drawString(x, y, text, mode=2)
    canvas.restoreState()


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
