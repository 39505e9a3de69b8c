"""Which embedded font draws each character: the main face, the rare-character fallback, or none.

WenQuanYi Micro Hei draws common Chinese; HanExtAB (a Hanazono subset, see
``resources/fonts/LICENSE-HanExtAB.txt``) draws CJK Extensions A–D and the symbols the main face
lacks or leaves empty (its ℃ is blank). A character neither face has prints as ``MISSING_MARK``
and is recorded for the caller to report (``collect_missing``); nothing is dropped silently.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from contextvars import ContextVar
from pathlib import Path

from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

FONT = "WenQuanYiMicroHei"
FONT_FILE_NAME = "wqy-microhei.ttc"
FALLBACK_FONT = "HanExtAB"
FALLBACK_FILE_NAME = "HanExtAB.ttf"
MISSING_MARK = "〓"  # the geta mark: the usual sign for "no type for this character"
# Characters a font is allowed to draw as nothing.
_BLANKS = frozenset(" \u00a0\u3000\t\n\r")
_IGNORABLE = frozenset("\u200b\u200c\u200d\u2060\ufeff\ufe0e\ufe0f")

_lock = threading.Lock()
_drawable: dict[str, frozenset[int]] = {}
_fallback_file: list[Path] = []  # where the fallback face is, once the main face is registered
_missing: ContextVar[list[str] | None] = ContextVar("missing_characters", default=None)


def _drawn_codes(font: TTFont) -> frozenset[int]:
    """The code points a face has a glyph with an outline for (spaces count as drawn)."""
    face = font.face
    positions = face.glyphPos
    return frozenset(
        code
        for code, glyph in face.charToGlyph.items()
        if positions[glyph] != positions[glyph + 1] or chr(code) in _BLANKS
    )


def register_font(font_file: Path) -> str:
    """Register the main face (once); the fallback beside it is loaded when first needed."""
    with _lock:
        if FONT not in pdfmetrics.getRegisteredFontNames():
            _fix_to_unicode()
            font = TTFont(FONT, str(font_file), subfontIndex=0)
            pdfmetrics.registerFont(font)
            _drawable[FONT] = _drawn_codes(font)
        if not _fallback_file:
            _fallback_file.append(Path(font_file).with_name(FALLBACK_FILE_NAME))
    return FONT


def _fallback_codes() -> frozenset[int]:
    with _lock:
        if FALLBACK_FONT not in _drawable:
            path = _fallback_file[0] if _fallback_file else None
            if path is None or not path.is_file():
                _drawable[FALLBACK_FONT] = frozenset()
            else:
                font = TTFont(FALLBACK_FONT, str(path))
                pdfmetrics.registerFont(font)
                _drawable[FALLBACK_FONT] = _drawn_codes(font)
        return _drawable[FALLBACK_FONT]


def font_of(char: str) -> str | None:
    """The face that draws ``char``, or None when no shipped face has it."""
    code = ord(char)
    if code in _drawable.get(FONT, ()):
        return FONT
    if code in _fallback_codes():
        return FALLBACK_FONT
    return None


def font_runs(text: str) -> list[tuple[str, str]]:
    """``text`` as (font, run) pairs; a character no face has becomes ``MISSING_MARK`` (recorded),
    zero-width joiners and variation selectors are left out (no face draws them)."""
    runs: list[tuple[str, str]] = []
    for char in text:
        if char in _IGNORABLE:
            continue
        font = font_of(char)
        if font is None:
            note_missing(char)
            font, char = FONT, MISSING_MARK
        if runs and runs[-1][0] == font:
            runs[-1] = (font, runs[-1][1] + char)
        else:
            runs.append((font, char))
    return runs


def note_missing(char: str) -> None:
    """Record a character that printed as the marker, for ``collect_missing``."""
    found = _missing.get()
    if found is not None and char not in found:
        found.append(char)


@contextlib.contextmanager
def collect_missing() -> Iterator[list[str]]:
    """Collect, in order, the characters no shipped face could print while the block runs."""
    found: list[str] = []
    token = _missing.set(found)
    try:
        yield found
    finally:
        _missing.reset(token)


def describe_missing(chars: list[str] | tuple[str, ...]) -> str:
    """``U+2B81D 𫠝、U+…`` for a warning."""
    return "、".join(f"U+{ord(c):04X} {c}" for c in chars)


def _fix_to_unicode() -> None:
    """Make reportlab's ToUnicode map write characters past U+FFFF as UTF-16 surrogate pairs.

    reportlab writes ``<%04X>`` of the code point, which for 𠀀 (U+20000) is five digits and not a
    UTF-16 value, so text extraction and search lose every Extension B character.
    """
    original = ttfonts.makeToUnicodeCMap
    if getattr(original, "surrogates", False):
        return

    def make_to_unicode_cmap(fontname: str, subset: list[int]) -> str:
        text = original(fontname, [0] * len(subset))
        zero_lines = [f"<{i:02X}> <0000>" for i in range(len(subset))]
        real_lines = [f"<{i:02X}> <{_utf16_hex(code)}>" for i, code in enumerate(subset)]
        head, _, tail = text.partition("\n".join(zero_lines))
        return head + "\n".join(real_lines) + tail

    make_to_unicode_cmap.surrogates = True  # type: ignore[attr-defined]
    ttfonts.makeToUnicodeCMap = make_to_unicode_cmap


def _utf16_hex(code: int) -> str:
    return chr(code).encode("utf-16-be", "surrogatepass").hex().upper()
