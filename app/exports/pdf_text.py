"""How documents print times, durations and empty values."""

from __future__ import annotations

from datetime import datetime, timedelta
from xml.sax.saxutils import escape

from app.domain.enums import LabelledEnum

BLANK = "—"


def fmt_time(value: datetime | None) -> str:
    """A time in the workstation's zone as yyyy-mm-dd HH:MM; a dash when unknown."""
    return value.astimezone().strftime("%Y-%m-%d %H:%M") if value is not None else BLANK


def fmt_duration(value: timedelta) -> str:
    """A duration as 1小时05分 / 12分."""
    minutes = max(0, round(value.total_seconds() / 60))
    hours, minutes = divmod(minutes, 60)
    return f"{hours}小时{minutes:02d}分" if hours else f"{minutes}分"


def fmt_label(value: LabelledEnum | None) -> str:
    """An enum value by its Chinese label; a dash when unset."""
    return value.label if value is not None else BLANK


def printable(text: str) -> str:
    """Text as the embedded font can draw it: its ℃ glyph is blank, so write °C."""
    return text.replace("℃", "°C")


def para_text(value: str) -> str:
    """Plain text made safe for a reportlab Paragraph, line breaks kept, ℃ drawable."""
    text = printable(value.strip())
    if not text:
        return BLANK
    return escape(text).replace("\n", "<br/>")
