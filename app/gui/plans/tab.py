"""The 应急预案 tab: a search box over plans and knowledge articles, the hits, the chosen one.

Typing searches as you go (in the background, a newer query superseding an older one). The
chosen plan can be revised (a new revision), its history read and printed as one page; the
booklet prints every plan. Knowledge articles can be written and edited here too.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, QUrl, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.gui.plans.article_editor import ArticleEditorDialog
from app.gui.plans.config_snapshots import about_configuration, device_of_link, snapshots_html
from app.gui.plans.item_view import ItemView
from app.gui.plans.plan_editor import PlanEditorDialog
from app.gui.plans.printing import PlanPrinter
from app.gui.plans.results_model import SearchResultsModel, kind_text
from app.gui.plans.revisions_dialog import RevisionsDialog
from app.gui.table_views import row_table
from app.services.context import Desk
from app.services.plans import knowledge, plans
from app.services.plans.knowledge import ArticleInfo
from app.services.plans.plans import PlanInfo
from app.services.plans.search import ARTICLE, PLAN

TYPING_DELAY_MS = 120  # search once the typing pauses this long
KIND_FILTERS = ((PLAN, ARTICLE), (PLAN,), (ARTICLE,))


class PlansTab(QWidget):
    """Find a plan or an article fast; read, revise and print it."""

    deviceRequested = Signal(int)  # a device linked from the 配置丢失 plan

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._wanted: tuple[str, int] | None = None  # to select once the results are in
        self.editor: PlanEditorDialog | ArticleEditorDialog | None = None
        self.revisions_dialog: RevisionsDialog | None = None

        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("search_edit")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(
            self.tr("查找应急预案和知识库（Ctrl+K）：如 断网、NVR 离线、电磁锁")
        )
        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("kind_combo")
        self.kind_combo.addItems([self.tr("全部"), self.tr("应急预案"), self.tr("知识库")])
        self.count_label = QLabel(self)
        self.count_label.setObjectName("count_label")
        self.count_label.setStyleSheet("color: #555;")
        self.new_plan_button = QPushButton(self.tr("新建预案"), self)
        self.new_plan_button.setObjectName("new_plan_button")
        self.new_article_button = QPushButton(self.tr("新建知识库条目"), self)
        self.new_article_button.setObjectName("new_article_button")
        self.booklet_button = QPushButton(self.tr("打印预案汇编…"), self)
        self.booklet_button.setObjectName("booklet_button")
        self.booklet_button.setToolTip(self.tr("全部应急预案保存为一个 PDF，每个预案一页"))
        top = QHBoxLayout()
        top.addWidget(self.search_edit, 1)
        top.addWidget(self.kind_combo)
        top.addWidget(self.count_label)
        top.addWidget(self.new_plan_button)
        top.addWidget(self.new_article_button)
        top.addWidget(self.booklet_button)

        self.model = SearchResultsModel(desk, self)
        kinds = sorted(
            (kind_text(PLAN), kind_text(ARTICLE)), key=self.fontMetrics().horizontalAdvance
        )
        samples = (kinds[-1], "摄像机或NVR离线（图像丢失）", "视频监控系统、网络系统")
        self.view = row_table(self.model, "results_view", samples, self)

        self.item_view = ItemView(self)
        self.item_view.clear_item()
        self.item_view.anchorClicked.connect(self.on_item_view_anchorClicked)
        self.edit_button = QPushButton(self.tr("修订…"), self)
        self.edit_button.setObjectName("edit_button")
        self.history_button = QPushButton(self.tr("修订历史"), self)
        self.history_button.setObjectName("history_button")
        self.print_button = QPushButton(self.tr("打印本预案…"), self)
        self.print_button.setObjectName("print_button")
        self.print_button.setToolTip(self.tr("保存为一页 PDF，打印后张贴在机柜旁"))
        actions = QHBoxLayout()
        for button in (self.edit_button, self.history_button, self.print_button):
            actions.addWidget(button)
        actions.addStretch(1)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(actions)
        right_layout.addWidget(self.item_view, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("plans_splitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(right)
        self.splitter.setSizes([620, 680])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)

        self.printer = PlanPrinter(desk, self)
        self.typing_timer = QTimer(self)
        self.typing_timer.setSingleShot(True)
        self.typing_timer.setInterval(TYPING_DELAY_MS)

        self.search_edit.textChanged.connect(self.on_search_edit_textChanged)
        self.search_edit.returnPressed.connect(self.on_search_edit_returnPressed)
        self.kind_combo.currentIndexChanged.connect(self.on_kind_combo_currentIndexChanged)
        self.typing_timer.timeout.connect(self.on_typing_timer_timeout)
        self.model.searched.connect(self.on_model_searched)
        self.view.selectionModel().currentRowChanged.connect(self.on_view_currentRowChanged)
        self.new_plan_button.clicked.connect(self.on_new_plan_button_clicked)
        self.new_article_button.clicked.connect(self.on_new_article_button_clicked)
        self.booklet_button.clicked.connect(self.on_booklet_button_clicked)
        self.edit_button.clicked.connect(self.on_edit_button_clicked)
        self.history_button.clicked.connect(self.on_history_button_clicked)
        self.print_button.clicked.connect(self.on_print_button_clicked)
        self._update_buttons()
        self.model.set_query("")

    # --- behaviour ---------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    def show_item(self, kind: str, item_id: int) -> None:
        """Show a plan or an article (from Ctrl+K or a ticket), selecting it in the list if there."""
        if kind == PLAN:
            self._show_plan(plans.get_plan(self._desk, item_id))
        else:
            self._show_article(knowledge.get_article(self._desk, item_id))
        self._select(kind, item_id)

    def _select(self, kind: str, item_id: int) -> None:
        row = self.model.row_of(kind, item_id)
        if row < 0:
            self._wanted = (kind, item_id) if self.model.busy else None
            self.view.clearSelection()
            return
        self._wanted = None
        index = self.model.index(row, 0)
        self.view.selectionModel().blockSignals(True)
        self.view.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.view.selectionModel().blockSignals(False)
        self.view.scrollTo(index)

    def _show_plan(self, plan: PlanInfo) -> None:
        self.item_view.show_plan(plan)
        if about_configuration(plan):
            self.item_view.append(snapshots_html(self._desk))
        self._update_buttons()

    def _show_article(self, article: ArticleInfo) -> None:
        self.item_view.show_article(article)
        self._update_buttons()

    def on_item_view_anchorClicked(self, url: QUrl) -> None:
        device_id = device_of_link(url.toString())
        if device_id is not None:
            self.deviceRequested.emit(device_id)

    def _update_buttons(self) -> None:
        is_plan = self.item_view.plan is not None
        self.edit_button.setEnabled(is_plan or self.item_view.article is not None)
        self.edit_button.setText(self.tr("修订…") if is_plan else self.tr("编辑…"))
        self.history_button.setEnabled(is_plan)
        self.print_button.setEnabled(is_plan)

    def refresh(self) -> None:
        self.model.refresh()

    def _search(self) -> None:
        self.typing_timer.stop()
        self.model.set_query(self.search_edit.text(), KIND_FILTERS[self.kind_combo.currentIndex()])

    def _open_editor(self, dialog: PlanEditorDialog | ArticleEditorDialog) -> None:
        self.editor = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self.on_editor_saved)
        dialog.finished.connect(self.on_editor_finished)
        dialog.open()

    # --- slots -------------------------------------------------------------------------------

    def on_search_edit_textChanged(self, _text: str) -> None:
        self.typing_timer.start()

    def on_search_edit_returnPressed(self) -> None:
        self._search()
        self.view.setFocus()

    def on_typing_timer_timeout(self) -> None:
        self._search()

    def on_kind_combo_currentIndexChanged(self, _index: int) -> None:
        self._search()

    def on_model_searched(self, query: str, count: int) -> None:
        if query.strip():
            self.count_label.setText(self.tr("找到 {0} 条").format(count))
        else:
            self.count_label.setText(self.tr("共 {0} 条").format(count))
        if self._wanted is not None:
            self._select(*self._wanted)
        elif count and query.strip():
            self.view.selectRow(0)

    def on_view_currentRowChanged(self, current: QModelIndex, _previous: QModelIndex) -> None:
        hit = self.model.hit(current.row())
        if hit is None:
            return
        if hit.kind == PLAN:
            self._show_plan(plans.get_plan(self._desk, hit.id))
        else:
            self._show_article(knowledge.get_article(self._desk, hit.id))

    def on_new_plan_button_clicked(self) -> None:
        self._open_editor(PlanEditorDialog(self._desk, None, self))

    def on_new_article_button_clicked(self) -> None:
        self._open_editor(ArticleEditorDialog(self._desk, parent=self))

    def on_edit_button_clicked(self) -> None:
        if self.item_view.plan is not None:
            self._open_editor(PlanEditorDialog(self._desk, self.item_view.plan, self))
        elif self.item_view.article is not None:
            self._open_editor(ArticleEditorDialog(self._desk, self.item_view.article, parent=self))

    def on_editor_saved(self, saved: object) -> None:
        if isinstance(saved, PlanInfo):
            self._show_plan(saved)
            self._wanted = (PLAN, saved.id)
        elif isinstance(saved, ArticleInfo):
            self._show_article(saved)
            self._wanted = (ARTICLE, saved.id)
        self.model.refresh()

    def on_editor_finished(self, _result: int) -> None:
        self.editor = None

    def on_history_button_clicked(self) -> None:
        if self.item_view.plan is None:
            return
        dialog = RevisionsDialog(self._desk, self.item_view.plan.id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self.on_revisions_dialog_finished)
        self.revisions_dialog = dialog
        dialog.open()

    def on_revisions_dialog_finished(self, _result: int) -> None:
        self.revisions_dialog = None

    def on_print_button_clicked(self) -> None:
        if self.item_view.plan is not None:
            self.printer.print_plan(self.item_view.plan)

    def on_booklet_button_clicked(self) -> None:
        self.printer.print_booklet()
