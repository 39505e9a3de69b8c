"""The date-time field: one Tab stop, ←/→ choose a part, ↑/↓ change it, digits overwrite a
selected part."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from app.gui.datetime_field import DateTimeField

START = QDateTime(QDate(2026, 4, 3), QTime(14, 5))


@pytest.fixture
def host(qtbot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def form(qtbot, host: QWidget) -> tuple[QLineEdit, DateTimeField, QLineEdit]:
    before, field, after = QLineEdit(host), DateTimeField(START, host), QLineEdit(host)
    layout = QVBoxLayout(host)
    for widget in (before, field, after):
        layout.addWidget(widget)
    host.show()
    host.activateWindow()
    qtbot.waitUntil(host.isActiveWindow, timeout=2000)
    before.setFocus()
    return before, field, after


def test_one_tab_in_one_tab_out_and_back(qtbot, form) -> None:
    before, field, after = form
    qtbot.keyClick(before, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is field
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is after
    qtbot.keyClick(after, Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is field
    qtbot.keyClick(field, Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is before
    assert field.dateTime() == START  # passing through changed nothing


def test_tab_then_typing_never_lands_in_the_time(qtbot, form) -> None:
    """The night-shift slip: Tab out of the time, then the reply's first character."""
    _before, field, after = form
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), "4 ok")
    assert after.text() == "4 ok"
    assert field.dateTime() == START


def test_arrows_choose_the_part_and_step_it(qtbot, form) -> None:
    _before, field, _after = form
    field.setFocus()
    field.setCurrentSection(DateTimeField.Section.MinuteSection)
    qtbot.keyClick(field, Qt.Key.Key_Up)
    assert field.dateTime() == START.addSecs(60)
    qtbot.keyClick(field, Qt.Key.Key_Left)  # to the hour
    qtbot.keyClick(field, Qt.Key.Key_Left)
    qtbot.keyClick(field, Qt.Key.Key_Left)
    assert field.currentSection() is DateTimeField.Section.HourSection
    qtbot.keyClick(field, Qt.Key.Key_Down)
    assert field.dateTime() == START.addSecs(60 - 3600)
    assert field.text() == "2026-04-03 13:06"


def test_digits_overwrite_the_chosen_part(qtbot, form) -> None:
    _before, field, _after = form
    field.setFocus()
    field.setSelectedSection(DateTimeField.Section.HourSection)
    qtbot.keyClicks(field, "09")
    assert field.time() == QTime(9, 5)
