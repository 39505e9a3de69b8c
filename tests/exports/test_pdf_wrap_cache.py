"""A paragraph keeps its lines for the width last asked, and breaks them again for another."""

from __future__ import annotations

from app.exports.pdf_fonts import FONT_FILE_NAME, Paragraph, make_styles, register_font
from app.paths import resources_dir

TEXT = "监控中心值班室三号摄像机画面黑屏，已更换电源适配器并恢复录像，请值班民警确认。" * 3


def fresh_height(width: float) -> float:
    return Paragraph(TEXT, make_styles().body).wrap(width, 1000)[1]


def test_a_paragraph_rewrapped_at_another_width_has_that_widths_lines() -> None:
    register_font(resources_dir() / "fonts" / FONT_FILE_NAME)
    paragraph = Paragraph(TEXT, make_styles().body)
    narrow, wide = fresh_height(120), fresh_height(400)
    assert narrow > wide
    assert paragraph.wrap(120, 1000)[1] == narrow
    lines = paragraph.blPara.lines
    assert paragraph.wrap(120, 1000)[1] == narrow and paragraph.blPara.lines is lines  # kept
    assert paragraph.wrap(400, 1000)[1] == wide  # another width: broken again
    assert len(paragraph.blPara.lines) < len(lines)
    assert paragraph.wrap(120, 1000)[1] == narrow
    assert len(paragraph.blPara.lines) == len(lines)
    assert (paragraph.width, paragraph.height) == (120, narrow)
