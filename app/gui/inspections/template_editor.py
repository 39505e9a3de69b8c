"""The checklist editor: name, system, frequency, place, and its lines in an editable table."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import AnswerKind, Dimension, Frequency
from app.domain.i18n import MarkedError
from app.domain.inspections.checklist import ItemSpec, number_text
from app.domain.validation import ValidationError
from app.gui.i18n import tr_error
from app.gui.inspections.formatting import enum_text, error_text
from app.gui.widgets import ErrorLine, dialog_buttons, fill_enum, fill_systems
from app.services import reference
from app.services.context import Desk
from app.services.inspections import checklists
from app.services.inspections.checklists import TemplateInfo

COL_DIMENSION, COL_CHECK, COL_METHOD, COL_KIND, COL_UNIT, COL_MIN, COL_MAX = range(7)
TEXT_COLUMNS = {COL_CHECK: "check", COL_METHOD: "method", COL_UNIT: "unit"}
NUMBER_COLUMNS = {COL_MIN: "minimum", COL_MAX: "maximum"}


class TemplateEditorDialog(QDialog):
    """Create or edit a checklist; saving never changes runs already done."""

    def __init__(
        self,
        desk: Desk,
        template: TemplateInfo | None = None,
        copy: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._desk = desk
        self.template_id = template.id if template is not None and not copy else None
        self.saved: TemplateInfo | None = None
        self.setObjectName("TemplateEditorDialog")
        self.resize(1180, 640)
        if self.template_id is None:
            self.setWindowTitle(self.tr("新建巡检表"))
        else:
            self.setWindowTitle(self.tr("编辑巡检表 — {0}").format(template.name))  # type: ignore[union-attr]

        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("name_edit")
        self.system_combo = QComboBox(self)
        self.system_combo.setObjectName("system_combo")
        fill_systems(self.system_combo, reference.list_systems(desk))
        self.frequency_combo = QComboBox(self)
        self.frequency_combo.setObjectName("frequency_combo")
        fill_enum(self.frequency_combo, Frequency)
        self.place_edit = QLineEdit(self)
        self.place_edit.setObjectName("place_edit")
        self.place_edit.setPlaceholderText(self.tr("如：中心机房"))
        form = QFormLayout()
        form.addRow(self.tr("巡检表名称"), self.name_edit)
        row = QHBoxLayout()
        row.addWidget(self.system_combo, 2)
        row.addSpacing(12)
        row.addWidget(QLabel(self.tr("巡检周期"), self))
        row.addWidget(self.frequency_combo, 1)
        row.addSpacing(12)
        row.addWidget(QLabel(self.tr("巡检地点"), self))
        row.addWidget(self.place_edit, 2)
        form.addRow(self.tr("系统"), row)

        self.note_label = QLabel(
            self.tr(
                "修改巡检表只影响以后的巡检：已完成的巡检记录保存了当时的检查项，不会随之改变。"
            ),
            self,
        )
        self.note_label.setObjectName("note_label")
        self.note_label.setWordWrap(True)
        self.note_label.setStyleSheet("background: #fff4cc; color: #5a3d00; padding: 4px 6px;")

        self.table = QTableWidget(0, 7, self)
        self.table.setObjectName("items_table")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("检查类别"),
                self.tr("检查项目"),
                self.tr("检查方法"),
                self.tr("结果类型"),
                self.tr("单位"),
                self.tr("下限"),
                self.tr("上限"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        for column, width in enumerate((120, 240, 420, 110, 60, 60, 60)):
            header.resizeSection(column, width)
        header.setStretchLastSection(True)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 14)

        self.add_button = QPushButton(self.tr("添加一项"), self)
        self.add_button.setObjectName("add_button")
        self.remove_button = QPushButton(self.tr("删除此项"), self)
        self.remove_button.setObjectName("remove_button")
        self.up_button = QPushButton(self.tr("上移"), self)
        self.up_button.setObjectName("up_button")
        self.down_button = QPushButton(self.tr("下移"), self)
        self.down_button.setObjectName("down_button")
        line_bar = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            button.setAutoDefault(False)
            line_bar.addWidget(button)
        line_bar.addStretch(1)

        self.error_label = ErrorLine(self)
        self.buttons = dialog_buttons(self, self.tr("保存巡检表"), self.tr("取消"))
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setAutoDefault(False)
        for keys in ("Ctrl+Return", "Ctrl+Enter", "Ctrl+S"):
            QShortcut(QKeySequence(keys), self, self.accept)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(line_bar)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

        if template is not None:
            name = template.name if not copy else self.tr("{0}（副本）").format(template.name)
            self.name_edit.setText(name)
            self.system_combo.setCurrentIndex(self.system_combo.findData(template.system_code))
            self.frequency_combo.setCurrentIndex(
                self.frequency_combo.findData(template.frequency.value)
            )
            self.place_edit.setText(template.place)
            for spec in template.items:
                self.add_line(spec)
        else:
            self.system_combo.setCurrentIndex(-1)
            self.frequency_combo.setCurrentIndex(self.frequency_combo.findData("daily"))
            self.add_line()

        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.add_button.clicked.connect(self.on_add_button_clicked)
        self.remove_button.clicked.connect(self.on_remove_button_clicked)
        self.up_button.clicked.connect(self.on_up_button_clicked)
        self.down_button.clicked.connect(self.on_down_button_clicked)
        self.name_edit.setFocus()

    # --- lines -------------------------------------------------------------------------------

    def add_line(self, spec: ItemSpec | None = None, row: int | None = None) -> int:
        """Insert a line (empty or from ``spec``) at ``row`` (default: the end); returns the row."""
        row = self.table.rowCount() if row is None else row
        self.table.insertRow(row)
        dimension = QComboBox(self.table)
        for value in Dimension:
            dimension.addItem(enum_text(value), value.value)
        kind = QComboBox(self.table)
        for value in AnswerKind:
            kind.addItem(enum_text(value), value.value)
        dimension.setCurrentIndex(
            dimension.findData(spec.dimension.value if spec else Dimension.RUN_STATUS.value)
        )
        kind.setCurrentIndex(kind.findData(spec.kind.value if spec else AnswerKind.PASS_FAIL.value))
        self.table.setCellWidget(row, COL_DIMENSION, dimension)
        self.table.setCellWidget(row, COL_KIND, kind)
        texts = {
            COL_CHECK: spec.check if spec else "",
            COL_METHOD: spec.method if spec else "",
            COL_UNIT: spec.unit if spec else "",
            COL_MIN: number_text(spec.minimum) if spec and spec.minimum is not None else "",
            COL_MAX: number_text(spec.maximum) if spec and spec.maximum is not None else "",
        }
        for column, text in texts.items():
            item = QTableWidgetItem(text)
            if column == COL_METHOD:
                item.setToolTip(text)
            self.table.setItem(row, column, item)
        return row

    def line_values(self, row: int) -> dict[str, Any]:
        def text(column: int) -> str:
            item = self.table.item(row, column)
            return item.text() if item is not None else ""

        dimension = self.table.cellWidget(row, COL_DIMENSION)
        kind = self.table.cellWidget(row, COL_KIND)
        assert isinstance(dimension, QComboBox) and isinstance(kind, QComboBox)
        values: dict[str, Any] = {
            "dimension": dimension.currentData() or "",
            "kind": kind.currentData() or "",
        }
        for column, name in {**TEXT_COLUMNS, **NUMBER_COLUMNS}.items():
            values[name] = text(column)
        return values

    def _take_line(self, row: int) -> dict[str, Any]:
        values = self.line_values(row)
        self.table.removeRow(row)
        return values

    def _put_line(self, row: int, values: dict[str, Any]) -> None:
        spec_row = self.add_line(row=row)
        for combo_column, name in ((COL_DIMENSION, "dimension"), (COL_KIND, "kind")):
            combo = self.table.cellWidget(spec_row, combo_column)
            assert isinstance(combo, QComboBox)
            combo.setCurrentIndex(combo.findData(values[name]))
        for column, name in {**TEXT_COLUMNS, **NUMBER_COLUMNS}.items():
            self.table.item(spec_row, column).setText(values[name])

    def _move(self, step: int) -> None:
        row = self.table.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.table.rowCount():
            return
        values = self._take_line(row)
        self._put_line(target, values)
        self.table.setCurrentCell(target, COL_CHECK)

    # --- values ------------------------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        """The checklist as ``save_template`` takes it."""
        return {
            "name": self.name_edit.text(),
            "system": self.system_combo.currentData() or "",
            "frequency": self.frequency_combo.currentData() or "",
            "place": self.place_edit.text(),
            "items": [self.line_values(row) for row in range(self.table.rowCount())],
        }

    def show_errors(self, error: ValidationError) -> None:
        self.error_label.show_text("\n".join(error_text(e) for e in error.errors))
        for e in error.errors:
            for row in range(self.table.rowCount()):
                if e.label.startswith(f"第{row + 1}项"):
                    self.table.setCurrentCell(row, COL_CHECK)
                    self.table.setFocus()
                    return
        first = error.errors[0].field if error.errors else ""
        widget = {
            "name": self.name_edit,
            "system": self.system_combo,
            "frequency": self.frequency_combo,
        }.get(first)
        if widget is not None:
            widget.setFocus()

    def accept(self) -> None:
        editor = QApplication.focusWidget()
        if editor is not None and self.table.viewport().isAncestorOf(editor):
            self.table.commitData(editor)  # a cell still being typed in counts
        try:
            self.saved = checklists.save_template(self._desk, self.values(), self.template_id)
        except ValidationError as error:
            self.show_errors(error)
            return
        except MarkedError as error:  # e.g. the database failed: nothing saved
            self.error_label.show_text(tr_error(error))
            return
        super().accept()

    # --- slots -------------------------------------------------------------------------------

    def on_add_button_clicked(self) -> None:
        current = self.table.currentRow()
        row = self.add_line(row=current + 1 if current >= 0 else None)
        self.table.setCurrentCell(row, COL_CHECK)
        self.table.editItem(self.table.item(row, COL_CHECK))

    def on_remove_button_clicked(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)

    def on_up_button_clicked(self) -> None:
        self._move(-1)

    def on_down_button_clicked(self) -> None:
        self._move(1)
