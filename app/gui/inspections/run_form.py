"""The run form: a checklist filled at the rack, one row per item; also used for a correction."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import ItemResult
from app.domain.i18n import MarkedError
from app.domain.inspections.periods import period_of
from app.domain.validation import ValidationError
from app.gui.datetime_field import DateTimeField
from app.gui.i18n import tr_error
from app.gui.inspections.formatting import error_text, period_text, when_text
from app.gui.inspections.run_rows import EnterMovesOn, ItemRow
from app.gui.tickets.formatting import from_qdatetime, to_qdatetime
from app.services.context import Desk
from app.services.inspections import runs
from app.services.inspections.checklists import TemplateInfo
from app.services.inspections.runs import RunInfo


def row_of_error(label: str, rows: list[ItemRow]) -> ItemRow | None:
    """The line an error names: its label starts with ``第3项``."""
    for row in rows:
        if label.startswith(f"第{row.position}项"):
            return row
    return None


class RunFormDialog(QDialog):
    """Fill a checklist and save it as one run (or as a correction of ``original``)."""

    def __init__(
        self,
        desk: Desk,
        template: TemplateInfo | None = None,
        original: RunInfo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        if (template is None) == (original is None):
            raise ValueError("a checklist or a run to correct, not both")
        self._desk = desk
        self.template = template
        self.original = original
        self.saved: RunInfo | None = None
        self.setObjectName("RunFormDialog")
        self.resize(1280, 760)
        self._enter = EnterMovesOn(self)

        if template is not None:
            specs, name, system = template.items, template.name, template.system_name
        else:
            assert original is not None
            specs = tuple(item.spec for item in original.items)
            name, system = original.template_name, original.system_name

        self.title_label = QLabel(self)
        self.title_label.setObjectName("title_label")
        self.title_label.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.hint_label = QLabel(
            self.tr(
                "测量值后回车到下一行；Tab 到下一格；结论框按 P/1 合格、F/2 不合格、"
                "N/3 不适用；测量值超出允许范围自动判为不合格。Ctrl+回车保存。"
            ),
            self,
        )
        self.hint_label.setWordWrap(True)
        self.hint_label.setStyleSheet("color: #555;")

        header = QFormLayout()
        header.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setObjectName("reason_edit")
        self.reason_edit.setPlaceholderText(self.tr("如：第3项测量值录入错误"))
        self.place_edit = QLineEdit(self)
        self.place_edit.setObjectName("place_edit")
        self.inspector_edit = QLineEdit(self)
        self.inspector_edit.setObjectName("inspector_edit")
        self.time_edit = DateTimeField(parent=self)
        self.time_edit.setObjectName("time_edit")
        self.notes_edit = QLineEdit(self)
        self.notes_edit.setObjectName("notes_edit")
        self.notes_edit.setPlaceholderText(self.tr("整体情况（可不填）"))
        self._time_default = desk.clock.now()

        if original is None:
            assert template is not None
            period = period_of(template.frequency, desk.today())
            self.title_label.setText(
                self.tr("巡检：{0}（{1}，{2}）").format(name, system, period_text(period))
            )
            self.setWindowTitle(self.tr("巡检 — {0}").format(name))
            self.place_edit.setText(template.place)
            self.inspector_edit.setText(desk.user.display_name)
            self.time_edit.setDateTime(to_qdatetime(self._time_default))
            self.reason_edit.hide()
            who = QHBoxLayout()
            who.addWidget(self.inspector_edit, 1)
            who.addSpacing(12)
            who.addWidget(QLabel(self.tr("巡检时间"), self))
            who.addWidget(self.time_edit)
            who.addSpacing(12)
            who.addWidget(QLabel(self.tr("巡检地点"), self))
            who.addWidget(self.place_edit, 2)
            header.addRow(self.tr("巡检人"), who)
        else:
            self.title_label.setText(
                self.tr("更正 {0}：{1}（{2}，{3}）").format(
                    original.number, name, system, period_text(original.period)
                )
            )
            self.setWindowTitle(self.tr("更正巡检记录 — {0}").format(original.number))
            self._time_default = original.performed_at
            self.notes_edit.setText(original.notes)
            header.addRow(self.tr("更正原因"), self.reason_edit)
            facts = QLabel(
                self.tr("巡检人 {0}　巡检时间 {1}　地点 {2}（更正不改变这些信息）").format(
                    original.inspector, when_text(original.performed_at), original.place or "—"
                ),
                self,
            )
            facts.setObjectName("facts_label")
            header.addRow(self.tr("原记录"), facts)
            for widget in (self.place_edit, self.inspector_edit, self.time_edit):
                widget.hide()
        self._time_shown = self.time_edit.dateTime()
        header.addRow(self.tr("说明"), self.notes_edit)

        self.rows: list[ItemRow] = []
        grid_host = QWidget(self)
        grid = QGridLayout(grid_host)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(6)
        titles = (
            self.tr("序号"),
            self.tr("类别"),
            self.tr("检查项目与方法"),
            self.tr("测量值/情况"),
            self.tr("结论"),
            self.tr("判定"),
            self.tr("备注"),
        )
        for column, title in enumerate(titles):
            label = QLabel(f"<b>{title}</b>", grid_host)
            grid.addWidget(label, 0, column)
        for position, spec in enumerate(specs, 1):
            row = ItemRow(position, spec, grid_host)
            for column, widget in enumerate(row.widgets()):
                grid.addWidget(widget, position * 2 - 1, column)
            line = QFrame(grid_host)
            line.setFrameShape(QFrame.Shape.HLine)
            line.setStyleSheet("color: #e0e0e0;")
            grid.addWidget(line, position * 2, 0, 1, len(titles))
            for widget in row.inputs():
                widget.installEventFilter(self._enter)
            self.rows.append(row)
        for row, following in zip(self.rows, self.rows[1:], strict=False):
            answer = row.answer_field()
            if answer is not None:
                self._enter.jumps[answer] = following.inputs()[0]
        grid.setColumnStretch(2, 4)
        grid.setColumnStretch(3, 3)
        grid.setColumnStretch(6, 3)
        grid.setRowStretch(len(specs) * 2 + 1, 1)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(grid_host)

        if original is not None:
            for row, item in zip(self.rows, original.items, strict=True):
                row.set_answer(item)
        for widget in (
            self.reason_edit,
            self.inspector_edit,
            self.time_edit,
            self.place_edit,
            self.notes_edit,
        ):
            widget.installEventFilter(self._enter)

        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("summary_label")
        self.error_label = QLabel(self)
        self.error_label.setObjectName("error_label")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #c62828; font-weight: bold;")
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.hide()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("保存更正") if original else self.tr("保存巡检记录"))
        self.save_button.setToolTip(self.tr("Ctrl+Enter"))
        self.save_button.setAutoDefault(False)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("取消"))
        cancel.setAutoDefault(False)
        for keys in ("Ctrl+Return", "Ctrl+Enter", "Ctrl+S"):
            QShortcut(QKeySequence(keys), self, self.accept)

        bottom = QHBoxLayout()
        bottom.addWidget(self.summary_label, 1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(self.hint_label)
        layout.addLayout(header)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.error_label)
        layout.addLayout(bottom)

        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        for row in self.rows:
            row.changed.connect(self.on_row_changed)
        self.on_row_changed()
        first = self.reason_edit if original is not None else self.rows[0].inputs()[0]
        first.setFocus()
        self.discard_box: QMessageBox | None = None
        self._initial = self._typed()

    # --- values ------------------------------------------------------------------------------

    def performed_at(self) -> datetime:
        """Exactly "now" at opening unless the engineer changed the time."""
        shown = self.time_edit.dateTime()
        if shown == self._time_shown:
            return self._time_default
        return from_qdatetime(shown)

    def answers(self) -> list[dict]:
        return [row.answer_values() for row in self.rows]

    def show_errors(self, error: ValidationError) -> None:
        """Name every bad line in the red label, mark the lines, put the cursor in the first."""
        messages = [error_text(e) for e in error.errors]
        self.error_label.setText("\n".join(messages))
        self.error_label.show()
        first = None
        bad = set()
        for e in error.errors:
            row = row_of_error(e.label, self.rows)
            if row is not None:
                bad.add(row.position)
                if first is None:
                    first = row.first_input(e.field)
            elif first is None:
                first = {
                    "inspector": self.inspector_edit,
                    "performed_at": self.time_edit,
                    "correction_reason": self.reason_edit,
                }.get(e.field)
        for row in self.rows:
            row.mark_error(row.position in bad)
        if first is not None:
            first.setFocus()
            self.scroll.ensureWidgetVisible(first)

    def _typed(self) -> tuple:
        """Everything the engineer can type, to tell whether anything would be lost."""
        return (
            self.answers(),
            self.reason_edit.text(),
            self.notes_edit.text(),
            self.inspector_edit.text(),
            self.place_edit.text(),
            self.time_edit.dateTime(),
        )

    def reject(self) -> None:
        """Esc or 取消: ask first if answers were typed (a night's readings are not lost by a key)."""
        if self.saved is not None or self._typed() == self._initial:
            super().reject()
            return
        if self.discard_box is not None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("放弃填写"),
            self.tr("已填写的巡检结果尚未保存，确定放弃吗？"),
            parent=self,
        )
        box.setObjectName("discard_box")
        discard = box.addButton(self.tr("放弃"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("继续填写"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        discard.clicked.connect(self.on_discard_clicked)
        box.finished.connect(self.on_discard_box_finished)
        self.discard_box = box
        box.open()

    def accept(self) -> None:
        self.error_label.hide()
        try:
            if self.original is None:
                assert self.template is not None
                self.saved = runs.record_run(
                    self._desk,
                    self.template.id,
                    self.answers(),
                    inspector=self.inspector_edit.text(),
                    performed_at=self.performed_at(),
                    place=self.place_edit.text(),
                    notes=self.notes_edit.text(),
                )
            else:
                self.saved = runs.correct_run(
                    self._desk,
                    self.original.id,
                    self.answers(),
                    self.reason_edit.text(),
                    notes=self.notes_edit.text(),
                )
        except ValidationError as error:
            self.show_errors(error)
            return
        except MarkedError as error:  # refused, or the database failed: nothing saved
            self.error_label.setText(tr_error(error))
            self.error_label.show()
            return
        super().accept()

    # --- slots -------------------------------------------------------------------------------

    def on_discard_clicked(self) -> None:
        super().reject()

    def on_discard_box_finished(self, _result: int) -> None:
        self.discard_box = None

    def on_row_changed(self) -> None:
        verdicts = [row.verdict() for row in self.rows]
        failed = sum(v is ItemResult.FAIL for v in verdicts)
        open_rows = sum(v is None for v in verdicts)
        text = self.tr("共 {0} 项：已填 {1} 项，不合格 {2} 项").format(
            len(self.rows), len(self.rows) - open_rows, failed
        )
        self.summary_label.setText(text)
        self.summary_label.setStyleSheet("color: #c62828; font-weight: bold;" if failed else "")
