"""Editing a plan (or writing a new one): saving writes the plan's next revision."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import Severity
from app.domain.validation import ValidationError
from app.gui.i18n import tr_error
from app.gui.plans.editor_parts import SystemChecks
from app.gui.tickets.action_dialog import TextField
from app.gui.widgets import ErrorLine, dialog_buttons, fill_enum
from app.services import contract, reference
from app.services.context import Desk, StorageError
from app.services.plans import plans
from app.services.plans.plans import PlanError, PlanInfo


class PlanEditorDialog(QDialog):
    """All fields of a plan; 保存 validates and stores a new revision (nothing if unchanged)."""

    saved = Signal(object)  # PlanInfo

    def __init__(self, desk: Desk, plan: PlanInfo | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self.plan = plan
        self.result_plan: PlanInfo | None = None
        self.setObjectName("PlanEditorDialog")
        self.setWindowTitle(
            self.tr("修订应急预案 {0}").format(plan.code) if plan else self.tr("新建应急预案")
        )
        self.resize(760, 760)

        self.title_edit = QLineEdit(self)
        self.title_edit.setObjectName("title_edit")
        self.severity_combo = QComboBox(self)
        self.severity_combo.setObjectName("severity_combo")
        fill_enum(self.severity_combo, Severity)
        self.systems = SystemChecks(reference.list_systems(desk), self)
        self.situation_edit = TextField(self)
        self.situation_edit.setObjectName("situation_edit")
        self.steps_edit = TextField(self)
        self.steps_edit.setObjectName("steps_edit")
        self.steps_edit.setPlaceholderText(self.tr("每行一步，按处置顺序填写"))
        self.steps_edit.setMinimumHeight(180)
        self.prevention_edit = TextField(self)
        self.prevention_edit.setObjectName("prevention_edit")
        self.level_boxes: dict[int, QCheckBox] = {}
        levels = QWidget(self)
        level_row = QHBoxLayout(levels)
        level_row.setContentsMargins(0, 0, 0, 0)
        for rung in contract.get_ladder(desk):
            box = QCheckBox(f"{rung.role} {rung.name}".strip(), levels)
            box.setObjectName(f"level_{rung.level}")
            self.level_boxes[rung.level] = box
            level_row.addWidget(box)
        level_row.addStretch(1)
        self.contacts_note_edit = QLineEdit(self)
        self.contacts_note_edit.setObjectName("contacts_note_edit")
        self.spare_parts_edit = TextField(self)
        self.spare_parts_edit.setObjectName("spare_parts_edit")
        self.spare_parts_edit.setPlaceholderText(self.tr("每行一种备件"))
        self.note_edit = QLineEdit(self)
        self.note_edit.setObjectName("note_edit")
        self.note_edit.setPlaceholderText(self.tr("本次修订了什么、为什么"))

        form = QFormLayout()
        form.addRow(self.tr("预案名称"), self.title_edit)
        form.addRow(self.tr("严重程度"), self.severity_combo)
        form.addRow(self.tr("涉及系统"), self.systems)
        form.addRow(self.tr("紧急情况"), self.situation_edit)
        form.addRow(self.tr("应急策略（处置步骤）"), self.steps_edit)
        form.addRow(self.tr("预防措施"), self.prevention_edit)
        form.addRow(self.tr("联系人"), levels)
        form.addRow(self.tr("联系说明"), self.contacts_note_edit)
        form.addRow(self.tr("相关备品备件"), self.spare_parts_edit)
        form.addRow(self.tr("修订说明"), self.note_edit)
        self.error_label = ErrorLine(self)
        self.buttons = dialog_buttons(self, self.tr("保存"), self.tr("取消"))
        layout = QVBoxLayout(self)
        layout.addLayout(form, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        if plan is not None:
            self._fill(plan)
        else:
            self.severity_combo.setCurrentIndex(self.severity_combo.findData("major"))
            for box in list(self.level_boxes.values())[:1]:
                box.setChecked(True)

    def _fill(self, plan: PlanInfo) -> None:
        self.title_edit.setText(plan.title)
        self.severity_combo.setCurrentIndex(self.severity_combo.findData(plan.severity.value))
        self.systems.set_codes(plan.systems)
        self.situation_edit.setPlainText(plan.situation)
        self.steps_edit.setPlainText("\n".join(plan.steps))
        self.prevention_edit.setPlainText(plan.prevention)
        for level, box in self.level_boxes.items():
            box.setChecked(level in plan.call_levels)
        self.contacts_note_edit.setText(plan.contacts_note)
        self.spare_parts_edit.setPlainText("\n".join(plan.spare_parts))

    def values(self) -> dict[str, object]:
        return {
            "title": self.title_edit.text(),
            "severity": self.severity_combo.currentData(),
            "systems": self.systems.codes(),
            "situation": self.situation_edit.toPlainText(),
            "steps": self.steps_edit.toPlainText(),
            "prevention": self.prevention_edit.toPlainText(),
            "call_levels": [level for level, box in self.level_boxes.items() if box.isChecked()],
            "contacts_note": self.contacts_note_edit.text(),
            "spare_parts": self.spare_parts_edit.toPlainText(),
        }

    def on_buttons_accepted(self) -> None:
        try:
            saved = plans.save_plan(
                self._desk,
                self.values(),
                self.plan.id if self.plan else None,
                note=self.note_edit.text(),
            )
        except ValidationError as error:
            self.error_label.show_validation(error)
            return
        except (PlanError, StorageError) as error:
            self.error_label.show_text(tr_error(error))
            return
        self.result_plan = saved
        self.saved.emit(saved)
        self.accept()
