"""Rare characters print from the fallback face and read back; one no face has is marked and
reported, never dropped."""

from __future__ import annotations

import subprocess
from datetime import UTC, datetime
from pathlib import Path

from reportlab.platypus import Flowable

from app.exports.pdf_fonts import Paragraph, Styles
from app.exports.pdf_frame import DocumentHeader, write_pdf
from app.exports.pdf_glyphs import (
    FALLBACK_FONT,
    FONT,
    MISSING_MARK,
    collect_missing,
    describe_missing,
    font_of,
)
from app.exports.pdf_tables import grid_table
from app.exports.pdf_text import para_text
from app.paths import resources_dir

RARE = "王䶮𡒄 𠀀 ℃ ① ㎡"
PUNCTUATION = "，。、；：？！（）《》「」『』…—"
NO_FACE = "\U00013000"  # an Egyptian hieroglyph: in no shipped face


def header(
    project: str = "智慧监所项目",
    title: str = "测试",
    serial: str = "QX-2026-0001",
    ticket_number: str = "GD-2026-0001",
) -> DocumentHeader:
    """A document's page heading for tests that render PDFs."""
    return DocumentHeader(
        title=title,
        serial=serial,
        ticket_number=ticket_number,
        project_name=project,
        client_name="某看守所",
        classification="内部资料",
        printed_at=datetime(2026, 11, 24, 1, 0, tzinfo=UTC),
        font_file=resources_dir() / "fonts" / "wqy-microhei.ttc",
    )


def render(path: Path, text: str, head: DocumentHeader | None = None) -> list[str]:
    def story(styles: Styles) -> list[Flowable]:
        return [
            Paragraph(para_text(text), styles.body),
            grid_table(["申请人", "说明"], [[text, text]], [1, 3], styles),
        ]

    with collect_missing() as missing:
        write_pdf(path, head or header(), story)
    return missing


def text_of(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_rare_characters_print_and_read_back(tmp_path: Path) -> None:
    path = tmp_path / "rare.pdf"
    missing = render(path, RARE + PUNCTUATION)
    text = text_of(path)
    for char in "䶮𡒄𠀀℃①㎡" + PUNCTUATION:
        assert char in text, f"U+{ord(char):04X}"
    assert "王䶮𡒄" in text
    assert "°C" not in text
    assert missing == []
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True).stdout
    assert "HanExtAB" in fonts and "WenQuanYiMicroHei" in fonts


def test_each_character_takes_the_face_that_draws_it() -> None:
    assert font_of("王") == FONT
    assert font_of("䶮") == FALLBACK_FONT  # Extension A
    assert font_of("𡒄") == FALLBACK_FONT  # Extension B
    assert font_of("℃") == FALLBACK_FONT  # the main face's ℃ is an empty glyph
    assert font_of(NO_FACE) is None


def test_a_character_no_face_has_is_marked_and_reported(tmp_path: Path) -> None:
    path = tmp_path / "missing.pdf"
    missing = render(path, f"王{NO_FACE}明", header(project=f"项目{NO_FACE}"))
    assert missing == [NO_FACE]
    assert f"王{MISSING_MARK}明" in text_of(path)
    assert describe_missing(missing) == f"U+13000 {NO_FACE}"
