"""A date and time entered in one Tab stop: ←/→ choose the year, month, day, hour or minute,
↑/↓ (or the wheel) change it, digits overwrite it, Tab leaves the field.

Qt's QDateTimeEdit walks Tab through its sections before leaving, so a fast "Tab, type the
reply" typed into the month. Here Tab always moves to the next field, as in every other field.
"""

from __future__ import annotations

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import QDateTimeEdit, QWidget

DISPLAY_FORMAT = "yyyy-MM-dd HH:mm"


class DateTimeField(QDateTimeEdit):
    """``yyyy-MM-dd HH:mm`` with a calendar; one Tab stop."""

    def __init__(self, value: QDateTime | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat(DISPLAY_FORMAT)
        self.setCalendarPopup(True)
        if value is not None:
            self.setDateTime(value)
        self.setToolTip(self.tr("←/→ 选择年、月、日、时、分；↑/↓ 调整；Tab 到下一项"))

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: A002, N802 - Qt's names
        return QWidget.focusNextPrevChild(self, next)  # past QDateTimeEdit's section stepping
