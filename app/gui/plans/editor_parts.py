"""The system check boxes the plan and article editors share."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QCheckBox, QGridLayout, QWidget

from app.services.reference import SystemInfo

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
