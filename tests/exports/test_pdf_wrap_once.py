"""A long table breaks each cell's text into lines once, though reportlab wraps every cell again
to split the table across pages and to draw it; the page text is the same as breaking it anew."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from reportlab.platypus import Flowable

from app.exports import pdf_fonts
from app.exports.pdf_fonts import Styles
from app.exports.pdf_frame import write_pdf
from app.exports.pdf_tables import grid_table
from tests.exports.test_pdf_rare_characters import header

ROWS = [
    (f"GD-2026-{n:05d}", "修复超时", f"超出 {n % 7 + 1}小时{n % 60}分", "交换机端口供电失效，摄像机掉电离线。" * (n % 3 + 1))
    for n in range(1, 301)
]  # fmt: skip


def render(path: Path) -> None:
    def story(styles: Styles) -> list[Flowable]:
        return [grid_table(("对象", "未达标项", "情况", "原因"), ROWS, (22, 14, 18, 46), styles)]

    write_pdf(path, header(), story)


def page_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_each_cell_is_broken_into_lines_once_across_pages(tmp_path, monkeypatch) -> None:
    split = pdf_fonts.chinese_frag_split
    calls = 0

    def counting(*args, **kwargs):  # type: ignore[no-untyped-def]
        nonlocal calls
        calls += 1
        return split(*args, **kwargs)

    monkeypatch.setattr(pdf_fonts, "chinese_frag_split", counting)
    render(tmp_path / "kept.pdf")
    kept_calls, kept_text = calls, page_text(tmp_path / "kept.pdf")
    cells = (len(ROWS) + 1) * 4
    assert cells <= kept_calls < cells * 1.1  # the header row repeats on every page

    def fresh(paragraph: pdf_fonts.Paragraph, width, height):  # type: ignore[no-untyped-def]
        paragraph._wrapped = None  # what it did before: break the lines at every wrap
        return original(paragraph, width, height)

    original = pdf_fonts.Paragraph.wrap
    monkeypatch.setattr(pdf_fonts.Paragraph, "wrap", fresh)
    calls = 0
    render(tmp_path / "fresh.pdf")
    assert calls > kept_calls * 2
    assert page_text(tmp_path / "fresh.pdf") == kept_text
    assert len(re.findall(r"GD-2026-\d{5}", kept_text)) == len(ROWS)  # every row printed
