"""Small pieces the dialogs share: the red error line, the button row, enum and system combos."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import LabelledEnum
from app.domain.validation import ValidationError
from app.gui.i18n import tr_domain, tr_field_error
from app.services.reference import SystemInfo

ERROR_STYLE = "color: #b3261e; font-weight: bold;"
Button = QDialogButtonBox.StandardButton


class ErrorLine(QLabel):
    """The bad fields of the last save, in red; hidden when there are none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("error_label")
        self.setStyleSheet(ERROR_STYLE)
        self.setWordWrap(True)
        self.hide()

    def show_validation(self, error: ValidationError, separator: str = "\n") -> None:
        self.show_text(
            separator.join(tr_field_error(e.template, e.label, e.values) for e in error.errors)
        )

    def show_text(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))


def dialog_buttons(
    parent: QWidget, accept_text: str, cancel_text: str, accept: Button = Button.Save
) -> QDialogButtonBox:
    """An accept/cancel button row with the caller's (translated) texts."""
    buttons = QDialogButtonBox(accept | Button.Cancel, parent)
    buttons.setObjectName("buttons")
    buttons.button(accept).setText(accept_text)
    buttons.button(Button.Cancel).setText(cancel_text)
    return buttons


def fill_enum(combo: QComboBox, values: Iterable[LabelledEnum]) -> None:
    """One item per value: its label in the UI's language, the value as data."""
    for value in values:
        combo.addItem(tr_domain("enum", value.label), value.value)


def fill_systems(combo: QComboBox, systems: Iterable[SystemInfo]) -> None:
    """One item per maintained system: its name, the code as data."""
    for system in systems:
        combo.addItem(system.name, system.code)


def placeholder_label(text: str, parent: QWidget) -> QLabel:
    """Grey centred text shown while nothing is selected."""
    label = QLabel(text, parent)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setStyleSheet("color: #777;")
    return label


def heading_label(name: str, parent: QWidget) -> QLabel:
    """A bold, selectable heading (a ticket's or a run's number and title)."""
    label = QLabel(parent)
    label.setObjectName(name)
    label.setStyleSheet("font-size: 15px; font-weight: bold;")
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def pane_splitter(
    orientation: Qt.Orientation, parent: QWidget, panes: Iterable[tuple[QWidget, int]]
) -> QSplitter:
    """Panes that cannot be collapsed away, each with its stretch factor."""
    splitter = QSplitter(orientation, parent)
    splitter.setChildrenCollapsible(False)
    for index, (pane, stretch) in enumerate(panes):
        splitter.addWidget(pane)
        splitter.setStretchFactor(index, stretch)
    return splitter


def fill_with_stack(owner: QWidget, placeholder: QWidget, content: QWidget) -> QStackedWidget:
    """Fill ``owner`` with a stack of the placeholder (page 0) and the content (page 1)."""
    stack = QStackedWidget(owner)
    stack.addWidget(placeholder)
    stack.addWidget(content)
    layout = QVBoxLayout(owner)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(stack)
    return stack
