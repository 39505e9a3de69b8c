"""Ctrl+K from any tab: type a few characters, pick a plan or an article with the arrow keys."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.gui.plans.results_model import SearchResultsModel, kind_text
from app.services.context import Desk
from app.services.plans.search import ARTICLE, PLAN

QUICK_LIMIT = 30
MOVE_KEYS = (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp)


class QuickFindDialog(QDialog):
    """A search box over plans and articles; Enter (or a double click) opens the chosen one."""

    itemChosen = Signal(str, int)  # kind, id

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("QuickFindDialog")
        self.setWindowTitle(self.tr("快速查找预案和知识库"))
        self.resize(760, 460)
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("quick_search_edit")
        self.search_edit.setPlaceholderText(
            self.tr("输入关键词，如 断网、NVR 离线；↑↓ 选择，回车打开")
        )
        self.model = SearchResultsModel(desk, self, limit=QUICK_LIMIT)
        self.view = QTableView(self)
        self.view.setObjectName("quick_results_view")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # typing stays in the box
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        kinds = (kind_text(PLAN), kind_text(ARTICLE))
        header.resizeSection(0, max(self.fontMetrics().horizontalAdvance(k) for k in kinds) + 24)
        header.resizeSection(1, self.fontMetrics().horizontalAdvance("摄" * 18) + 16)
        header.setStretchLastSection(True)
        self.view.setColumnHidden(2, True)
        self.hint = QLabel(self)
        self.hint.setObjectName("quick_hint")
        self.hint.setStyleSheet("color: #555;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.hint)
        self.search_edit.installEventFilter(self)
        self.search_edit.textChanged.connect(self.on_search_edit_textChanged)
        self.search_edit.returnPressed.connect(self.on_search_edit_returnPressed)
        self.model.searched.connect(self.on_model_searched)
        self.view.doubleClicked.connect(self.on_view_doubleClicked)
        self.model.set_query("")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Arrow keys in the box move the selection in the list."""
        if (
            watched is self.search_edit
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in MOVE_KEYS
            and self.model.rowCount()
        ):
            step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: 10}
            row = self.view.currentIndex().row() + step.get(event.key(), -10)
            row = max(0, min(self.model.rowCount() - 1, row))
            self.view.selectRow(row)
            return True
        return super().eventFilter(watched, event)

    def choose(self, row: int) -> None:
        hit = self.model.hit(row)
        if hit is not None:
            self.itemChosen.emit(hit.kind, hit.id)
            self.accept()

    def on_search_edit_textChanged(self, text: str) -> None:
        self.model.set_query(text)

    def on_search_edit_returnPressed(self) -> None:
        self.choose(self.view.currentIndex().row() if self.view.currentIndex().isValid() else 0)

    def on_model_searched(self, query: str, count: int) -> None:
        if count:
            self.view.selectRow(0)
        if not query.strip():
            self.hint.setText(self.tr("全部应急预案和最新的知识库条目"))
        elif count:
            self.hint.setText(self.tr("找到 {0} 条，回车打开第一条").format(count))
        else:
            self.hint.setText(self.tr("没有找到“{0}”").format(query.strip()))

    def on_view_doubleClicked(self, index: QModelIndex) -> None:
        self.choose(index.row())
