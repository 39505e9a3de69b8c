"""A plan's revision history: every saved version, newest first, each readable as it was."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QListWidget,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.gui.plans.item_view import ItemView
from app.gui.tickets.formatting import local_text
from app.services.context import Desk
from app.services.plans import plans
from app.services.plans.plans import PlanRevisionInfo


class RevisionsDialog(QDialog):
    """The list of revisions on the left; the chosen one as it read, on the right."""

    def __init__(self, desk: Desk, plan_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("RevisionsDialog")
        self.revisions: list[PlanRevisionInfo] = plans.plan_revisions(desk, plan_id)
        title = self.revisions[0].plan.title if self.revisions else ""
        self.setWindowTitle(self.tr("修订历史：{0}").format(title))
        self.resize(980, 640)
        self.list = QListWidget(self)
        self.list.setObjectName("revision_list")
        for rev in self.revisions:
            line = self.tr("第 {0} 版　{1}　{2}").format(
                rev.revision, local_text(rev.saved_at), rev.saved_by or "—"
            )
            if rev.note:
                line += f"\n{rev.note}"
            self.list.addItem(line)
        self.view = ItemView(self)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.list)
        splitter.addWidget(self.view)
        splitter.setSizes([300, 680])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.list.currentRowChanged.connect(self.on_list_currentRowChanged)
        if self.revisions:
            self.list.setCurrentRow(0)

    def on_list_currentRowChanged(self, row: int) -> None:
        if 0 <= row < len(self.revisions):
            self.view.show_plan(self.revisions[row].plan)
