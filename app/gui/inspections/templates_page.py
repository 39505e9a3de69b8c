"""The 巡检表 page: the checklists, to add, edit, copy, retire or restore."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.domain.i18n import MarkedError
from app.gui.i18n import tr_error
from app.gui.inspections.models import TemplatesModel
from app.gui.inspections.template_editor import TemplateEditorDialog
from app.gui.messages import show_error
from app.gui.table_views import current_row, row_table, select_row
from app.services.context import Desk
from app.services.inspections import checklists as inspection_templates
from app.services.inspections.checklists import TemplateInfo

SAMPLES = (
    "服务器及存储季度巡检（副本）",
    "监所管理平台系统",
    "每季度",
    "中心机房及各监区弱电间",
    "检查项",
)


class TemplatesPage(QWidget):
    """The checklist list; editing happens in ``TemplateEditorDialog``."""

    templatesChanged = Signal()

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self.editor: TemplateEditorDialog | None = None
        self.model = TemplatesModel(self)
        self.view = row_table(self.model, "templates_view", SAMPLES, self)
        self.view.setToolTip(self.tr("回车或双击编辑"))
        self.retired_check = QCheckBox(self.tr("显示已停用的"), self)
        self.retired_check.setObjectName("retired_check")
        self.new_button = QPushButton(self.tr("新建巡检表…"), self)
        self.new_button.setObjectName("new_template_button")
        self.edit_button = QPushButton(self.tr("编辑…"), self)
        self.edit_button.setObjectName("edit_template_button")
        self.copy_button = QPushButton(self.tr("复制为新表…"), self)
        self.copy_button.setObjectName("copy_template_button")
        self.active_button = QPushButton(self.tr("停用"), self)
        self.active_button.setObjectName("active_button")
        note = QLabel(
            self.tr(
                "修改巡检表不会改变已完成的巡检记录；停用的巡检表不再出现在待办中，"
                "其巡检记录仍然保留，可随时恢复使用。"
            ),
            self,
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")
        bar = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.copy_button, self.active_button):
            bar.addWidget(button)
        bar.addStretch(1)
        bar.addWidget(self.retired_check)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(note)
        layout.addWidget(self.view, 1)

        self.new_button.clicked.connect(self.on_new_button_clicked)
        self.edit_button.clicked.connect(self.on_edit_button_clicked)
        self.copy_button.clicked.connect(self.on_copy_button_clicked)
        self.active_button.clicked.connect(self.on_active_button_clicked)
        self.retired_check.toggled.connect(self.on_retired_check_toggled)
        self.view.activated.connect(self.on_view_activated)
        self.view.selectionModel().currentRowChanged.connect(self.on_selection_currentRowChanged)

    def refresh(self, select_id: int | None = None) -> None:
        keep = select_id if select_id is not None else self._selected_id()
        rows = inspection_templates.list_templates(
            self._desk, include_retired=self.retired_check.isChecked()
        )
        self.model.set_rows(rows)
        select_row(self.view, next((i for i, r in enumerate(rows) if r.id == keep), 0))
        self._update_buttons()

    def selected(self) -> TemplateInfo | None:
        return self.model.row_at(current_row(self.view))

    def _selected_id(self) -> int | None:
        info = self.selected()
        return info.id if info else None

    def _update_buttons(self) -> None:
        info = self.selected()
        for button in (self.edit_button, self.copy_button, self.active_button):
            button.setEnabled(info is not None)
        self.active_button.setText(
            self.tr("恢复使用") if info is not None and not info.active else self.tr("停用")
        )

    def open_editor(self, template: TemplateInfo | None, copy: bool = False) -> None:
        if self.editor is not None:
            self.editor.raise_()
            return
        dialog = TemplateEditorDialog(self._desk, template, copy, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self.on_editor_accepted)
        dialog.finished.connect(self.on_editor_finished)
        self.editor = dialog
        dialog.open()

    # --- slots -------------------------------------------------------------------------------

    def on_new_button_clicked(self) -> None:
        self.open_editor(None)

    def on_edit_button_clicked(self) -> None:
        info = self.selected()
        if info is not None:
            self.open_editor(info)

    def on_copy_button_clicked(self) -> None:
        info = self.selected()
        if info is not None:
            self.open_editor(info, copy=True)

    def on_view_activated(self, _index: QModelIndex) -> None:
        self.on_edit_button_clicked()

    def on_active_button_clicked(self) -> None:
        info = self.selected()
        if info is None:
            return
        try:
            inspection_templates.set_template_active(self._desk, info.id, not info.active)
        except MarkedError as error:  # e.g. the database failed: nothing changed
            show_error(self, self.tr("无法保存"), tr_error(error))
            return
        if info.active and not self.retired_check.isChecked():
            self.retired_check.setChecked(True)  # keep the retired checklist in sight
        self.refresh(info.id)
        self.templatesChanged.emit()

    def on_retired_check_toggled(self, _checked: bool) -> None:
        self.refresh()

    def on_selection_currentRowChanged(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_buttons()

    def on_editor_accepted(self) -> None:
        editor = self.editor
        saved = editor.saved if editor is not None else None
        self.refresh(saved.id if saved else None)
        self.templatesChanged.emit()

    def on_editor_finished(self, _result: int) -> None:
        self.editor = None
