"""Make resources/fonts/HanExtAB.ttf, the fallback font for what WenQuanYi Micro Hei cannot draw.

Source: Debian's ``fonts-hanazono`` (HanaMinA.ttf, HanaMinB.ttf, GlyphWiki Project, Hanazono Font
License or SIL OFL 1.1; redistributed here under the Hanazono Font License, which allows
modification). Kept: CJK Extension A (from HanaMinA), Extensions B, C and D (from HanaMinB), and
the symbols of the BMP that WenQuanYi Micro Hei lacks or draws empty (℃ among them); layout tables
and hinting dropped, both halves merged into one TrueType font renamed "HanExtAB". Run once with
fontTools (``pip install fonttools``; a developer tool, not a dependency of the program):

    apt-get install fonts-hanazono
    .venv/bin/python packaging/make_fallback_font.py
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from fontTools import subset
from fontTools.merge import Merger
from fontTools.ttLib import TTFont

HANAZONO = Path("/usr/share/fonts/truetype/hanazono")
ROOT = Path(__file__).resolve().parent.parent
MAIN_FONT = ROOT / "resources" / "fonts" / "wqy-microhei.ttc"
OUT = ROOT / "resources" / "fonts" / "HanExtAB.ttf"
FAMILY = "HanExtAB"
EXT_A = range(0x3400, 0x4DC0)
EXT_B_TO_D = range(0x20000, 0x2B820)
# Blocks of symbols a form may hold (punctuation, letterlike ℃ №, numbers ①, arrows, shapes,
# CJK symbols and compatibility squares ㎡, full-width forms) taken where the main font falls short.
SYMBOL_BLOCKS = [
    (0x2000, 0x2BFF),
    (0x2E80, 0x33FF),
    (0xF900, 0xFAFF),
    (0xFE10, 0xFE4F),
    (0xFF00, 0xFFEF),
]
KEEP_EMPTY = {0x20, 0xA0, 0x3000}  # spaces are meant to be empty


def main_font_draws() -> set[int]:
    """The code points the main font has a non-empty glyph for."""
    font = TTFont(MAIN_FONT, fontNumber=0)
    glyphs = font["glyf"]
    return {
        code
        for code, name in font.getBestCmap().items()
        if code in KEEP_EMPTY or glyphs[name].numberOfContours != 0
    }


def subset_font(source: Path, codes: set[int], out: Path) -> None:
    options = subset.Options()
    options.layout_features = []
    options.hinting = False
    options.notdef_outline = True
    options.name_IDs = ["*"]
    options.drop_tables += ["GSUB", "GPOS", "GDEF", "vhea", "vmtx", "VORG", "FFTM"]
    font = TTFont(source)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=sorted(codes))
    subsetter.subset(font)
    font.save(out)


def rename(font: TTFont) -> None:
    """A modified font takes a name of its own."""
    names = font["name"]
    for record in list(names.names):
        if record.nameID in (1, 4, 6, 16, 17, 3):
            value = {1: FAMILY, 4: FAMILY, 6: FAMILY, 16: FAMILY, 17: "Regular", 3: FAMILY}
            names.setName(value[record.nameID], record.nameID, *_ids(record))


def _ids(record) -> tuple[int, int, int]:  # noqa: ANN001 - a fontTools NameRecord
    return record.platformID, record.platEncID, record.langID


def main() -> int:
    drawn = main_font_draws()
    symbols = {c for low, high in SYMBOL_BLOCKS for c in range(low, high + 1) if c not in drawn}
    with tempfile.TemporaryDirectory() as folder:
        part_a = Path(folder) / "a.ttf"
        part_b = Path(folder) / "b.ttf"
        subset_font(HANAZONO / "HanaMinA.ttf", set(EXT_A) | symbols, part_a)
        subset_font(HANAZONO / "HanaMinB.ttf", set(EXT_B_TO_D), part_b)
        merged = Merger().merge([str(part_a), str(part_b)])
    rename(merged)
    merged.save(OUT)
    print(f"{OUT}: {len(merged.getGlyphOrder())} glyphs, {OUT.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
