"""Pieces the plan and article editors share: system check boxes and the error line."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel, QWidget

from app.domain.validation import ValidationError
from app.gui.i18n import tr_field_error
from app.services.reference import SystemInfo

ERROR_STYLE = "color: #b3261e; font-weight: bold;"
COLUMNS = 3


class SystemChecks(QWidget):
    """One check box per maintained system, in a grid."""

    def __init__(self, systems: Iterable[SystemInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[str, QCheckBox] = {}
        for index, system in enumerate(systems):
            box = QCheckBox(system.name, self)
            box.setObjectName(f"system_{system.code}")
            self.boxes[system.code] = box
            grid.addWidget(box, index // COLUMNS, index % COLUMNS)

    def set_codes(self, codes: Iterable[str]) -> None:
        wanted = set(codes)
        for code, box in self.boxes.items():
            box.setChecked(code in wanted)

    def codes(self) -> list[str]:
        return [code for code, box in self.boxes.items() if box.isChecked()]


class ErrorLine(QLabel):
    """The bad fields of the last save, in red; hidden when there are none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("error_label")
        self.setStyleSheet(ERROR_STYLE)
        self.setWordWrap(True)
        self.hide()

    def show_validation(self, error: ValidationError) -> None:
        self.show_text("\n".join(tr_field_error(e.template, e.label) for e in error.errors))

    def show_text(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))
