"""The 变更 tab: the change requests with their state and approver, the steps offered for the
selected one, its approval, the devices it names (links to the register), its timeline, the
printed 需求变更申请单 and the change log."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.changes.states import ChangeState, ChangeStep
from app.domain.tickets.timeline_text import CHANGE
from app.gui.changes.approval_dialog import ApprovalDialog
from app.gui.changes.dialogs import ChangeDialog, ChangeStepDialog
from app.gui.documents_runner import FileRunner, ask_workbook
from app.gui.i18n import list_separator, tr_domain, tr_label
from app.gui.print_preview import PrintedFile
from app.gui.rows_model import Colours, RowsModel
from app.gui.table_views import current_row, row_table, select_row
from app.gui.tickets.formatting import actor_name, event_texts, local_text
from app.gui.widgets import pane_splitter
from app.services.changes.requests import ChangeInfo, get_change, list_changes
from app.services.context import Desk

WAITING: Colours = (None, "#8a5a00")
FAILED: Colours = (None, "#b3261e")
# Steps with their own button; the rest are offered in the 下一步 menu.
OWN_BUTTONS = (ChangeStep.EDIT, ChangeStep.APPROVE, ChangeStep.REJECT)


class ChangesModel(RowsModel[ChangeInfo]):
    def headers(self) -> Sequence[str]:
        return [
            self.tr("编号"),
            self.tr("登记时间"),
            self.tr("状态"),
            self.tr("类别"),
            self.tr("工作量"),
            self.tr("审批人"),
            self.tr("费用"),
            self.tr("系统"),
            self.tr("提出人"),
            self.tr("关联工单"),
            self.tr("变更名称"),
        ]

    def cell(self, row: ChangeInfo, column: int) -> str:
        return [
            row.number,
            local_text(row.requested_at),
            tr_domain("enum", row.state.label),
            tr_domain("enum", row.kind.label),
            row.effort_text,
            tr_label("enum", row.required.label),
            tr_label("enum", row.charge.label),
            row.system_name,
            row.requester,
            row.ticket_number,
            row.title,
        ][column]

    def colours(self, row: ChangeInfo, column: int) -> Colours | None:
        if row.state is ChangeState.SUBMITTED:
            return WAITING
        if row.state in (ChangeState.FAILED, ChangeState.REJECTED):
            return FAILED
        return None


class ChangePrinter(FileRunner):
    """The form in the print preview; the change log saved as a workbook."""

    def print_form(self, change: ChangeInfo) -> None:
        from app.services.changes.printing import print_change_request

        name = tr_domain("document", "需求变更申请单")

        def make(desk: Desk, path: Path) -> PrintedFile:
            info = print_change_request(desk, change.id, path)
            return PrintedFile.of(info, f"{name}_{change.number}.pdf")

        self.open_preview(name, make)

    def export_log(self) -> None:
        from app.services.changes.log_export import export_change_log

        today = self._desk.today().isoformat()
        title = self.tr("导出变更台账")
        path = ask_workbook(self._parent, title, self.tr("变更台账_{0}.xlsx").format(today))
        if path is None:
            return

        def work(desk: Desk) -> int:
            return export_change_log(desk, path, None, None)

        def done(rows: int) -> None:
            text = self.tr("已导出 {0} 条需求变更及变更统计到：\n{1}").format(rows, path)
            self.show_saved(title, text, path)

        self.run(work, done)


class ChangesTab(QWidget):
    """The list above, the selected change's timeline below; buttons for what can be done."""

    changesChanged = Signal()
    deviceRequested = Signal(int)  # show this device in the register

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ChangesTab")
        self._desk = desk
        self.dialog: Any = None
        self.printer = ChangePrinter(desk, self, key="change_print")
        self.model = ChangesModel(self)
        self.view = row_table(self.model, "changes_view", None, self, 10)
        self.timeline = QPlainTextEdit(self, objectName="change_timeline")
        self.timeline.setReadOnly(True)
        self.devices_label = QLabel(self, objectName="change_devices")
        self.devices_label.setTextFormat(Qt.TextFormat.RichText)
        self.devices_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.devices_label.setToolTip(self.tr("点击设备在设备台账中查看"))
        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.devices_label)
        lower_layout.addWidget(self.timeline, 1)
        self.buttons: dict[str, QPushButton] = {}
        bar = QHBoxLayout()
        for name, text in (
            ("new_change", self.tr("登记变更…")),
            ("edit_change", self.tr("修改申请…")),
            ("approve_change", self.tr("审批…")),
            ("step_change", self.tr("下一步")),
            ("print_change", self.tr("打印申请单…")),
            ("export_changes", self.tr("导出变更台账…")),
        ):
            button = QPushButton(text, self, objectName=name)
            self.buttons[name] = button
            bar.addWidget(button)
        bar.addStretch(1)
        # the writing buttons by name, for what the client's side does not see (app/gui/access.py)
        self.new_button = self.buttons["new_change"]
        self.edit_button = self.buttons["edit_change"]
        self.approve_button = self.buttons["approve_change"]
        self.step_button = self.buttons["step_change"]
        self.print_button = self.buttons["print_change"]
        self.step_menu = QMenu(self)
        self.step_menu.setObjectName("change_step_menu")
        self.buttons["step_change"].setMenu(self.step_menu)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(
            pane_splitter(Qt.Orientation.Vertical, self, ((self.view, 3), (lower, 1))), 1
        )
        self.buttons["new_change"].clicked.connect(self.on_new_change_clicked)
        self.buttons["edit_change"].clicked.connect(self.on_edit_change_clicked)
        self.buttons["approve_change"].clicked.connect(self.on_approve_change_clicked)
        self.buttons["print_change"].clicked.connect(self.on_print_change_clicked)
        self.buttons["export_changes"].clicked.connect(self.on_export_changes_clicked)
        self.step_menu.triggered.connect(self.on_step_menu_triggered)
        self.view.activated.connect(self.on_view_activated)
        self.devices_label.linkActivated.connect(self.on_devices_label_linkActivated)
        self.view.selectionModel().currentRowChanged.connect(self.on_view_currentRowChanged)
        self._stale = True
        self._show_selected()

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def refresh(self, select_id: int | None = None) -> None:
        self._stale = False
        keep = select_id or (self.selected().id if self.selected() else None)
        rows = list_changes(self._desk)
        self.model.set_rows(rows)
        ids = [r.id for r in rows]
        select_row(self.view, ids.index(keep) if keep in ids else 0)
        self._show_selected()

    def show_change(self, change_id: int) -> None:
        """Select one change request (asked for from a device's list of changes)."""
        self.refresh(change_id)
        self.view.setFocus()

    def mark_stale(self) -> None:
        """Refresh now if shown, else when next shown."""
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def selected(self) -> ChangeInfo | None:
        return self.model.row_at(current_row(self.view))

    def _show_selected(self) -> None:
        change = self.selected()
        offered = change.steps if change else []
        self.buttons["edit_change"].setEnabled(ChangeStep.EDIT in offered)
        self.buttons["approve_change"].setEnabled(ChangeStep.APPROVE in offered)
        self.buttons["print_change"].setEnabled(change is not None)
        self.step_menu.clear()
        for step in offered:
            if step not in OWN_BUTTONS:
                action = self.step_menu.addAction(tr_domain("enum", step.label))
                action.setData(step.value)
        self.buttons["step_change"].setEnabled(not self.step_menu.isEmpty())
        self._show_devices(change.devices if change else ())
        self.timeline.setPlainText(self._timeline_text(change) if change else "")

    def _show_devices(self, devices: Sequence[tuple[int, str, str]]) -> None:
        """The devices the change names, each a link to the register."""
        links = list_separator().join(
            f"<a href='device:{device_id}'>{escape(code)} {escape(name)}</a>"
            for device_id, code, name in devices
        )
        self.devices_label.setText(self.tr("涉及设备：{0}").format(links) if links else "")
        self.devices_label.setVisible(bool(links))

    def _timeline_text(self, change: ChangeInfo) -> str:
        full = get_change(self._desk, change.id)
        lines = [f"{full.number}  {full.title}", full.description, ""]  # devices: the links above
        for event in full.events:
            summary, details = event_texts(
                event.code, event.params, event.summary, event.details, CHANGE
            )
            line = f"{local_text(event.at)}  {actor_name(event.actor)}  {summary}"
            lines.append(line + (self.tr("：{0}").format(details) if details else ""))
        return "\n".join(lines)

    def _open(self, dialog: Any) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self.on_dialog_accepted)
        self.dialog = dialog
        dialog.open()

    def new_change(self, ticket_number: str = "") -> None:
        """Open the registration (from a ticket: with its number filled in)."""
        self._open(ChangeDialog(self._desk, None, self, ticket_number))

    # --- slots -------------------------------------------------------------------------------

    def on_new_change_clicked(self) -> None:
        self.new_change()

    def on_edit_change_clicked(self) -> None:
        change = self.selected()
        if change is not None and ChangeStep.EDIT in change.steps:
            self._open(ChangeDialog(self._desk, get_change(self._desk, change.id), self))

    def on_approve_change_clicked(self) -> None:
        change = self.selected()
        if change is not None and ChangeStep.APPROVE in change.steps:
            self._open(ApprovalDialog(self._desk, change, self))

    def on_step_menu_triggered(self, action: Any) -> None:
        change = self.selected()
        if change is not None:
            self._open(ChangeStepDialog(self._desk, change, ChangeStep(action.data()), self))

    def on_print_change_clicked(self) -> None:
        change = self.selected()
        if change is not None:
            self.printer.print_form(change)

    def on_export_changes_clicked(self) -> None:
        self.printer.export_log()

    def on_view_activated(self, _index: QModelIndex) -> None:
        self.on_edit_change_clicked()

    def on_devices_label_linkActivated(self, link: str) -> None:
        kind, _, device_id = link.partition(":")
        if kind == "device" and device_id.isdigit():
            self.deviceRequested.emit(int(device_id))

    def on_view_currentRowChanged(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_selected()

    def on_dialog_accepted(self) -> None:
        dialog, self.dialog = self.dialog, None
        self.refresh(getattr(dialog, "change_id", None))
        self.changesChanged.emit()
