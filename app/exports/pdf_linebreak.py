"""Where a line of Chinese text may break (GB/T 15834 punctuation and the usual typesetting rules).

No line starts with closing punctuation (，。、；：？！）」』》…) and no line ends with opening
punctuation (（「『《…); a run of Latin letters and digits (GD-2026-0001, 192.168.1.10, NVR) is
not cut unless it is longer than a line; paired ellipses and dashes stay together; a paragraph
does not end with one character alone on its last line. Pure: widths come in, break points go out.
"""

from __future__ import annotations

from collections.abc import Sequence

CANNOT_START = frozenset(
    "，。、；：？！）」』》〉】〕］｝〗〙”’…—～·・‰℃°%％,.;:?!)]}>"
    "々ゝゞヽヾーぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ"
)
CANNOT_END = frozenset("（「『《〈【〔［｛〖〘“‘([{<￥＄$#＃@＠№")
_WORD_CHARS = frozenset(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    "ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ"
    "０１２３４５６７８９"
)
_WORD_JOINERS = frozenset("-_./:@#+&'")  # inside a word: GD-2026-0001, 10.0.0.1, a/b
_PAIRED = frozenset("—…")  # —— and …… are one mark
FUZZ = 1e-6
# A label's colon or a slash between terms opens a unit as a space does: "接班人：孙工",
# "资产编号/序列号".
UNIT_OPENERS = frozenset("：:/／")
MAX_UNIT = 8  # longer runs between spaces are sentences, broken by the usual rules


def is_word_char(char: str) -> bool:
    return char in _WORD_CHARS


def may_break(text: Sequence[str], at: int) -> bool:
    """Whether a line may end before ``text[at]`` (``0 < at < len(text)``)."""
    before, after = text[at - 1], text[at]
    if after in CANNOT_START or before in CANNOT_END:
        return False
    if before in _PAIRED and after == before:
        return False
    return not _inside_word(text, at)


def _inside_word(text: Sequence[str], at: int) -> bool:
    before, after = text[at - 1], text[at]
    if is_word_char(before) and is_word_char(after):
        return True
    if before in _WORD_JOINERS and is_word_char(after):
        return at >= 2 and is_word_char(text[at - 2])
    if after in _WORD_JOINERS and is_word_char(before):
        return at + 1 < len(text) and is_word_char(text[at + 1])
    return False


def _punctuation_ok(text: Sequence[str], at: int) -> bool:
    before, after = text[at - 1], text[at]
    return after not in CANNOT_START and before not in CANNOT_END


def break_points(
    text: Sequence[str], widths: Sequence[float], max_widths: Sequence[float]
) -> list[int]:
    """The end index of each line of ``text`` (the last is ``len(text)``).

    ``max_widths[i]`` is the width of line i (the last repeats). A line holds at least one
    character, so a character wider than the line still goes on.
    """
    ends: list[int] = []
    start, count = 0, len(text)
    while start < count:
        limit = max_widths[min(len(ends), len(max_widths) - 1)]
        used, end = 0.0, start
        while end < count and used + widths[end] <= limit + FUZZ:
            used += widths[end]
            end += 1
        if end >= count:
            ends.append(count)
            break
        end = _choose_break(text, start, max(end, start + 1))
        ends.append(end)
        start = end
    _avoid_lone_last_character(text, ends)
    return ends


def _choose_break(text: Sequence[str], start: int, end: int) -> int:
    """The best break at or before ``end``: every rule, then punctuation only, then anywhere."""
    if end >= len(text):
        return end
    for rule in (may_break, _punctuation_ok):
        for at in range(end, start, -1):
            if rule(text, at):
                return _keep_short_unit(text, start, at)
    return end


def _keep_short_unit(text: Sequence[str], start: int, at: int) -> int:
    """Move a short unit set off by spaces (a title, a name: "驻场工程师 孙工") to the next
    line whole instead of cutting it, when the line has room to break before it."""
    if text[at - 1].isspace() or text[at].isspace():
        return at
    # Both scans stop past MAX_UNIT, so a long text without spaces costs nothing extra.
    left, lowest = at, max(start, at - MAX_UNIT)
    while left > lowest and not text[left - 1].isspace() and text[left - 1] not in UNIT_OPENERS:
        left -= 1
    right, highest = at, min(len(text), at + MAX_UNIT)
    while right < highest and not text[right].isspace():
        right += 1
    opened = left > start and (text[left - 1].isspace() or text[left - 1] in UNIT_OPENERS)
    closed = right == len(text) or text[right].isspace()
    if opened and closed and right - left <= MAX_UNIT and may_break(text, left):
        return left
    return at


def _avoid_lone_last_character(text: Sequence[str], ends: list[int]) -> None:
    """Take one more character down when the last line would hold a single character."""
    if len(ends) < 2:
        return
    last_start = ends[-2]
    previous_start = ends[-3] if len(ends) > 2 else 0
    if ends[-1] - last_start != 1 or last_start - previous_start < 4:
        return
    if text[last_start] in CANNOT_START or text[last_start].isspace():
        return
    moved = last_start - 1
    if may_break(text, moved):
        ends[-2] = moved
