"""Registering a change request (or changing one still only registered), and the steps after
it: submit, start, complete, fail, cancel, the requester's confirmation and re-estimates."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from app.domain.changes.routing import (
    Approver,
    ChangeError,
    ChangeKind,
    approver_for,
    charge_basis,
    parse_effort,
)
from app.domain.changes.states import ChangeStep
from app.domain.i18n import QT_TRANSLATE_NOOP
from app.domain.validation import FieldError, ValidationError
from app.gui.i18n import tr_domain
from app.gui.store.dialog_base import StoreDialog
from app.gui.tickets.formatting import from_qdatetime, to_qdatetime
from app.gui.widgets import fill_enum, fill_systems
from app.services.changes import requests, steps
from app.services.changes.requests import ChangeInfo
from app.services.context import Desk
from app.services.contract import get_contract
from app.services.devices.register import get_device
from app.services.reference import list_systems
from app.services.tickets.calls import TicketNotFoundError
from app.services.tickets.detail import find_ticket_id


def _text(parent: QWidget, name: str, height: int, hint: str = "") -> QPlainTextEdit:
    edit = QPlainTextEdit(parent)
    edit.setObjectName(name)
    edit.setFixedHeight(height)
    edit.setPlaceholderText(hint)
    return edit


def _when(parent: QWidget, name: str, desk: Desk) -> QDateTimeEdit:
    edit = QDateTimeEdit(to_qdatetime(desk.clock.now()), parent)
    edit.setObjectName(name)
    edit.setDisplayFormat("yyyy-MM-dd HH:mm")
    edit.setCalendarPopup(True)
    return edit


class ChangeDialog(StoreDialog):
    """The request: who asks what of which system, its kind and effort (which route it to the
    lead who approves and decide the charge, shown as one types), the plan and the rollback."""

    def __init__(
        self,
        desk: Desk,
        change: ChangeInfo | None = None,
        parent: QWidget | None = None,
        ticket_number: str = "",
    ) -> None:
        super().__init__(self.tr("修改需求变更") if change else self.tr("登记需求变更"), parent)
        self.setObjectName("change_dialog")
        self.setMinimumWidth(640)
        self._desk = desk
        self.change_id = change.id if change else None
        self.number = change.number if change else ""
        contract = get_contract(desk)
        self._warranty_end = contract.warranty_end if contract else None
        self.title_edit = QLineEdit(self, objectName="title")
        self.requester = QLineEdit(self, objectName="requester")
        self.department = QLineEdit(self, objectName="requester_department")
        self.system = QComboBox(self, objectName="system")
        fill_systems(self.system, list_systems(desk))
        self.kind = QComboBox(self, objectName="kind")
        fill_enum(self.kind, ChangeKind)
        self.kind.setPlaceholderText(self.tr("请选择"))
        self.kind.setCurrentIndex(-1)
        self.effort = QLineEdit("1", self, objectName="effort_days")
        self.effort.setPlaceholderText(self.tr("工作日，可填半天，如 2.5"))
        self.route = QLabel(self, objectName="route_label")
        self.route.setWordWrap(True)
        self.description = _text(self, "description", 70)
        self.impact = _text(self, "impact", 44, self.tr("对业务、其他系统和配置项的影响"))
        self.devices = QLineEdit(self, objectName="devices")
        self.devices.setPlaceholderText(self.tr("设备编号，多个用空格或逗号分隔"))
        self.ticket = QLineEdit(ticket_number, self, objectName="ticket")
        self.ticket.setPlaceholderText(self.tr("由工单引出时填写工单编号"))
        self.plan = _text(self, "plan", 60)
        self.rollback = _text(self, "rollback_plan", 60, self.tr("失败时如何恢复到变更前"))
        self.has_window = QCheckBox(self.tr("已约定"), self, objectName="has_window")
        self.window_start = _when(self, "window_start", desk)
        self.window_end = _when(self, "window_end", desk)
        self.window_end.setDateTime(self.window_start.dateTime().addSecs(2 * 3600))
        window = QHBoxLayout()
        window.addWidget(self.has_window)
        window.addWidget(self.window_start, 1)
        window.addWidget(QLabel("—", self))
        window.addWidget(self.window_end, 1)
        for label, widget in (
            (self.tr("变更名称 *"), self.title_edit),
            (self.tr("提出人 *"), self.requester),
            (self.tr("提出部门"), self.department),
            (self.tr("所属系统 *"), self.system),
            (self.tr("变更类别 *"), self.kind),
            (self.tr("预计工作量（工作日）*"), self.effort),
            ("", self.route),
            (self.tr("变更内容 *"), self.description),
            (self.tr("影响分析"), self.impact),
            (self.tr("涉及设备（配置项）"), self.devices),
            (self.tr("关联工单"), self.ticket),
            (self.tr("实施方案 *"), self.plan),
            (self.tr("回退方案 *"), self.rollback),
        ):
            self.form.addRow(label, widget)
        self.form.addRow(self.tr("计划实施窗口"), window)
        if change is not None:
            self._fill(change)
        self.kind.currentIndexChanged.connect(self.on_kind_currentIndexChanged)
        self.effort.textChanged.connect(self.on_effort_textChanged)
        self.has_window.toggled.connect(self.on_has_window_toggled)
        self.window_start.dateTimeChanged.connect(self.on_window_start_dateTimeChanged)
        self.on_has_window_toggled(self.has_window.isChecked())

    def _fill(self, change: ChangeInfo) -> None:
        self.title_edit.setText(change.title)
        self.requester.setText(change.requester)
        self.department.setText(change.requester_department)
        self.system.setCurrentIndex(max(0, self.system.findData(change.system_code)))
        self.kind.setCurrentIndex(self.kind.findData(change.kind.value))
        self.effort.setText(change.effort_text)
        self.description.setPlainText(change.description)
        self.impact.setPlainText(change.impact)
        self.devices.setText(" ".join(code for _id, code, _name in change.devices))
        self.ticket.setText(change.ticket_number)
        self.plan.setPlainText(change.plan)
        self.rollback.setPlainText(change.rollback_plan)
        if change.window_start is not None:
            self.has_window.setChecked(True)
            self.window_start.setDateTime(to_qdatetime(change.window_start))
        if change.window_end is not None:
            self.window_end.setDateTime(to_qdatetime(change.window_end))

    def route_text(self) -> str:
        """Who must approve and on what terms, from the kind and effort as entered now."""
        try:
            effort = parse_effort(self.effort.text())
            kind = ChangeKind(self.kind.currentData())
        except (ChangeError, ValueError):
            return self.tr("填写类别和工作量后显示审批人和费用")
        approver = approver_for(kind, effort)
        start = self.window_start.dateTime() if self.has_window.isChecked() else None
        day = (from_qdatetime(start) if start else self._desk.clock.now()).astimezone().date()
        charge = tr_domain("enum", charge_basis(day, self._warranty_end).label)
        if approver is Approver.NONE:
            return self.tr("缺陷处理：登记后即可实施，无需审批；{0}").format(charge)
        return self.tr("须书面提交{0}审批，批准后方可实施；{1}").format(
            tr_domain("enum", approver.label), charge
        )

    def values(self) -> dict[str, Any]:
        codes = self.devices.text().replace("，", " ").replace(",", " ").split()
        ticket = self.ticket.text().strip()
        windowed = self.has_window.isChecked()
        return {
            "title": self.title_edit.text(),
            "requester": self.requester.text(),
            "requester_department": self.department.text(),
            "system": self.system.currentData(),
            "kind": self.kind.currentData(),
            "effort_days": self.effort.text(),
            "description": self.description.toPlainText(),
            "impact": self.impact.toPlainText(),
            "device_ids": [get_device(self._desk, code).id for code in codes],
            "ticket_id": self._ticket_id(ticket),
            "plan": self.plan.toPlainText(),
            "rollback_plan": self.rollback.toPlainText(),
            "window_start": from_qdatetime(self.window_start.dateTime()) if windowed else None,
            "window_end": from_qdatetime(self.window_end.dateTime()) if windowed else None,
        }

    def _ticket_id(self, number: str) -> int | None:
        if not number:
            return None
        try:
            return find_ticket_id(self._desk, number)
        except TicketNotFoundError:
            label = requests.LABELS["ticket"]
            missing = QT_TRANSLATE_NOOP("validation", "“{label}”不存在")
            raise ValidationError([FieldError("ticket", missing, label)]) from None

    def submit(self) -> None:
        if self.change_id is None:
            self.change_id, self.number = requests.register_change(self._desk, self.values())
        else:
            requests.update_change(self._desk, self.change_id, self.values())

    # --- slots -------------------------------------------------------------------------------

    def on_kind_currentIndexChanged(self, _index: int) -> None:
        self.route.setText(self.route_text())

    def on_effort_textChanged(self, _text: str) -> None:
        self.route.setText(self.route_text())

    def on_has_window_toggled(self, checked: bool) -> None:
        self.window_start.setEnabled(checked)
        self.window_end.setEnabled(checked)
        self.route.setText(self.route_text())

    def on_window_start_dateTimeChanged(self, _value: object) -> None:
        self.route.setText(self.route_text())


class ChangeStepDialog(StoreDialog):
    """One step on a change request, with its note (and the new effort for a re-estimate)."""

    def __init__(
        self, desk: Desk, change: ChangeInfo, step: ChangeStep, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            self.tr("{0}：{1}").format(change.number, tr_domain("enum", step.label)), parent
        )
        self.setObjectName("change_step_dialog")
        self._desk = desk
        self.change_id = change.id
        self.step = step
        self.new_state = ""
        self.effort = QLineEdit(change.effort_text, self, objectName="effort_days")
        label = (
            tr_domain("field", steps.NOTE_LABELS[step])
            if step in steps.NOTE_LABELS
            else self.tr("备注")
        )
        self.note = _text(self, "note", 80)
        if step is ChangeStep.REESTIMATE:
            self.form.addRow(self.tr("新的工作量（工作日）*"), self.effort)
        else:
            self.effort.hide()
        if step is ChangeStep.CONFIRM:
            self.note.setPlaceholderText(self.tr("确认验收的提出人姓名"))
        required = " *" if step in steps.NOTE_REQUIRED else ""
        self.form.addRow(label + required, self.note)
        self.buttons.button(self.buttons.StandardButton.Ok).setText(tr_domain("enum", step.label))

    def submit(self) -> None:
        values: dict[str, Any] = {"note": self.note.toPlainText()}
        if self.step is ChangeStep.REESTIMATE:
            values["effort_days"] = self.effort.text()
        self.new_state = steps.do_step(self._desk, self.change_id, self.step, values)
