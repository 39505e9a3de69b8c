"""Typing into widgets as a user does: key presses for ASCII, an input-method commit for Chinese."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QAbstractSpinBox, QLineEdit, QWidget


def retype(qtbot, widget: QWidget, text: str) -> None:
    """Replace a field's text by typing, as a user would after selecting it.

    QTest cannot press keys for Chinese characters; a Chinese input method delivers them as one
    committed string, which is what this sends.
    """
    if isinstance(widget, QAbstractSpinBox | QLineEdit):
        widget.selectAll()
    if text.isascii():
        qtbot.keyClicks(widget, text)
        return
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QCoreApplication.sendEvent(widget, event)
