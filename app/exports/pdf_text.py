"""How documents print times, durations, empty values and numbered section titles."""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from xml.sax.saxutils import escape

from app.domain.enums import LabelledEnum

BLANK = "—"
EMPTY = "无"  # a section or table with nothing in it
_NUMERALS = "一二三四五六七八九十"
_BLANK_RUNS = re.compile(r"\n{3,}")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def fmt_time(value: datetime | None) -> str:
    """A time in the workstation's zone as yyyy-mm-dd HH:MM; a dash when unknown."""
    return value.astimezone().strftime("%Y-%m-%d %H:%M") if value is not None else BLANK


def fmt_duration(value: timedelta) -> str:
    """A duration as 5天22小时18分 / 4小时 / 1小时05分 / 12分."""
    minutes = max(0, int(value.total_seconds() // 60))  # whole minutes, like every clock figure
    days, minutes = divmod(minutes, 24 * 60)
    hours, minutes = divmod(minutes, 60)
    text = f"{days}天" if days else ""
    if hours or days:
        text += f"{hours}小时"
        return text + (f"{minutes:02d}分" if minutes else "")
    return f"{minutes}分"


def numbered(index: int, title: str) -> str:
    """``一、title`` for the first section (index 0), and so on."""
    numeral = _NUMERALS[index] if index < len(_NUMERALS) else str(index + 1)
    return f"{numeral}、{title}"


def fmt_label(value: LabelledEnum | None) -> str:
    """An enum value by its Chinese label; a dash when unset."""
    return value.label if value is not None else BLANK


def tidy(text: str) -> str:
    """Text fit for print: line ends made one, tabs spaces, control characters and runs of more
    than one empty line dropped (a field of nothing but new lines prints as empty)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", "    ")
    return _BLANK_RUNS.sub("\n\n", _CONTROL.sub("", text))


def para_text(value: str, empty: str = BLANK) -> str:
    """Plain text as Paragraph markup: escaped, line breaks kept, each character in the face that
    has it (a character no face has prints as 〓 and is reported).

    Empty text prints as ``empty``: a dash by default, "" to leave room to write by hand.
    """
    text = tidy(value).strip()
    if not text:
        return empty
    return "<br/>".join(_marked_up(line) for line in text.split("\n"))


def _marked_up(line: str) -> str:
    # Imported here: the GUI formats clock texts with this module long before it prints anything.
    from app.exports.pdf_glyphs import FONT, font_runs

    return "".join(
        escape(run) if font == FONT else f'<font name="{font}">{escape(run)}</font>'
        for font, run in font_runs(line)
    )
