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
    minutes = max(0, round(value.total_seconds() / 60))
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


def printable(text: str) -> str:
    """Text as the embedded font can draw it: its ℃ glyph is blank, so write °C."""
    return text.replace("℃", "°C")


def para_text(value: str, empty: str = BLANK) -> str:
    """Plain text made safe for a reportlab Paragraph, line breaks kept, ℃ drawable.

    Empty text prints as ``empty``: a dash by default, "" to leave room to write by hand.
    """
    text = printable(tidy(value).strip())
    if not text:
        return empty
    return escape(text).replace("\n", "<br/>")
