"""In a ticket's detail: the inspection lines that found it, each with a way to see the run.

Kept free of ``app.gui.tickets`` imports: the ticket detail panel imports this module.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class FindingsSection(QGroupBox):
    """巡检发现: the run number, the line and its check; hidden when no inspection found it."""

    runRequested = Signal(int, int)  # run id, line (1-based)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("巡检发现"), parent)
        self.setObjectName("findings_section")
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(8, 6, 8, 8)
        self._body: QWidget | None = None
        self.run_buttons: list[QPushButton] = []
        self.texts: list[str] = []
        self.hide()

    def set_findings(self, findings: list[tuple[int, str, int, str]]) -> None:
        """``findings`` as ``inspections.runs_of_ticket`` gives them."""
        if self._body is not None:
            self._body.hide()
            self._body.deleteLater()
        self._body = QWidget(self)
        self._layout.addWidget(self._body)
        layout = QVBoxLayout(self._body)
        layout.setContentsMargins(0, 0, 0, 0)
        self.run_buttons = []
        self.texts = []
        for run_id, number, position, check in findings:
            text = self.tr("由巡检发现：{0} 第{1}项「{2}」").format(number, position, check)
            label = QLabel(text, self._body)
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            button = QPushButton(self.tr("查看巡检记录"), self._body)
            button.setObjectName(f"finding_{run_id}_{position}")
            button.setToolTip(self.tr("转到“巡检”页，显示 {0}").format(number))
            button.clicked.connect(
                lambda _checked=False, r=run_id, p=position: self.runRequested.emit(r, p)
            )
            row = QHBoxLayout()
            row.addWidget(label, 1)
            row.addWidget(button)
            layout.addLayout(row)
            self.run_buttons.append(button)
            self.texts.append(text)
        self._body.show()
        self.setVisible(bool(findings))
