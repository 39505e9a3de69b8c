"""The 登记报修 dialog: log a call in seconds from the keyboard, with pick lists for known values."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QCompleter, QDialog, QDialogButtonBox, QWidget

from app.domain.enums import Channel, Severity, TicketClass
from app.domain.i18n import MarkedError
from app.domain.validation import ValidationError
from app.gui.datetime_field import DateTimeField
from app.gui.devices.picker import DevicePicker, replace_in_layout
from app.gui.forms.ui_new_ticket import Ui_NewTicketDialog
from app.gui.i18n import tr_domain, tr_error, tr_field_error
from app.gui.tickets.formatting import from_qdatetime, to_qdatetime
from app.services import reference
from app.services.context import Desk, StorageError
from app.services.devices.register import DeviceInfo
from app.services.reference import RequesterInfo, SystemInfo
from app.services.tickets import calls


def _contains_completer(combo: QComboBox) -> QCompleter:
    """A completer that finds list entries by any substring (Chinese names, places, devices)."""
    completer = QCompleter(combo.model(), combo)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    return completer


class NewTicketDialog(QDialog):
    """Collects a call and creates the ticket on OK; bad input keeps the dialog open."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self.ui = Ui_NewTicketDialog()
        self.ui.setupUi(self)
        self.device_picker = DevicePicker(desk, self.ui.deviceCombo.parentWidget())
        replace_in_layout(self.ui.deviceCombo, self.device_picker)
        self.ui.deviceCombo = self.device_picker
        self.ui.deviceLabel.setBuddy(self.device_picker)
        called_at = DateTimeField(parent=self.ui.calledAtEdit.parentWidget())
        called_at.setObjectName("calledAtEdit")
        called_at.setToolTip(f"{self.ui.calledAtEdit.toolTip()}\n{called_at.toolTip()}")
        replace_in_layout(self.ui.calledAtEdit, called_at)
        self.ui.calledAtEdit = called_at
        self.ui.calledAtLabel.setBuddy(called_at)
        QWidget.setTabOrder(self.ui.channelCombo, called_at)
        QWidget.setTabOrder(called_at, self.ui.placeCombo)
        QWidget.setTabOrder(self.ui.systemCombo, self.device_picker)
        QWidget.setTabOrder(self.device_picker, self.ui.hardwareCheck)
        QWidget.setTabOrder(self.ui.hardwareCheck, self.ui.classCombo)
        self.created_id: int | None = None
        self.created_number = ""
        # What OK does with the values; ``prefill`` may swap it (e.g. a ticket from a finding).
        self._create: Callable[[dict[str, Any]], tuple[int, str]] = lambda values: (
            calls.create_ticket(self._desk, values)
        )
        self._field_widgets: dict[str, QWidget] = {
            "requester_name": self.ui.requesterCombo,
            "requester_department": self.ui.departmentEdit,
            "requester_phone": self.ui.phoneEdit,
            "channel": self.ui.channelCombo,
            "place": self.ui.placeCombo,
            "system": self.ui.systemCombo,
            "device": self.ui.deviceCombo,
            "ticket_class": self.ui.classCombo,
            "severity": self.ui.severityCombo,
            "title": self.ui.titleEdit,
            "description": self.ui.descriptionEdit,
            "called_at": self.ui.calledAtEdit,
        }
        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("登记"))
        ok.setToolTip(self.tr("Ctrl+Enter"))
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.accept)
        cancel = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("取消"))
        self.ui.errorLabel.hide()
        self._fill_lists()
        self._called_at_default = desk.clock.now()
        self.ui.calledAtEdit.setDateTime(to_qdatetime(self._called_at_default))
        self._called_at_shown = self.ui.calledAtEdit.dateTime()

        self.ui.requesterCombo.currentIndexChanged.connect(
            self.on_requesterCombo_currentIndexChanged
        )
        self.ui.requesterCombo.lineEdit().editingFinished.connect(
            self.on_requesterEdit_editingFinished
        )
        self.ui.systemCombo.currentIndexChanged.connect(self.on_systemCombo_currentIndexChanged)
        self.ui.placeCombo.lineEdit().editingFinished.connect(self.on_placeEdit_editingFinished)
        self.ui.placeCombo.activated.connect(self.on_placeCombo_activated)
        self.device_picker.deviceChosen.connect(self.on_device_picker_deviceChosen)
        self.ui.requesterCombo.setFocus()

    def _fill_lists(self) -> None:
        ui = self.ui
        for requester in reference.list_requesters(self._desk):
            ui.requesterCombo.addItem(requester.name, requester)
            index = ui.requesterCombo.count() - 1
            if requester.department:
                ui.requesterCombo.setItemData(
                    index, requester.department, Qt.ItemDataRole.ToolTipRole
                )
        ui.requesterCombo.setCompleter(_contains_completer(ui.requesterCombo))
        ui.requesterCombo.setCurrentIndex(-1)
        ui.requesterCombo.lineEdit().setPlaceholderText(self.tr("姓名"))

        for channel in Channel:
            ui.channelCombo.addItem(tr_domain("enum", channel.label), channel.value)
        ui.channelCombo.setCurrentIndex(ui.channelCombo.findData(Channel.PHONE.value))

        ui.placeCombo.addItems(reference.list_places(self._desk))
        ui.placeCombo.setCompleter(_contains_completer(ui.placeCombo))
        ui.placeCombo.setCurrentIndex(-1)
        ui.placeCombo.lineEdit().setPlaceholderText(self.tr("如：监区一 3号监仓"))

        for system in reference.list_systems(self._desk):
            ui.systemCombo.addItem(system.name, system)
        ui.systemCombo.setPlaceholderText(self.tr("请选择系统"))
        ui.systemCombo.setCurrentIndex(-1)

        for ticket_class in TicketClass:
            ui.classCombo.addItem(tr_domain("enum", ticket_class.label), ticket_class.value)
        ui.classCombo.setCurrentIndex(ui.classCombo.findData(TicketClass.DEFECT.value))
        for severity in Severity:
            ui.severityCombo.addItem(tr_domain("enum", severity.label), severity.value)
        ui.severityCombo.setCurrentIndex(ui.severityCombo.findData(Severity.GENERAL.value))

    # --- values ------------------------------------------------------------------------------

    def called_at(self) -> datetime:
        """The call time: exactly "now" at opening unless the engineer corrected it."""
        shown = self.ui.calledAtEdit.dateTime()
        if shown == self._called_at_shown:
            return self._called_at_default
        return from_qdatetime(shown)

    def values(self) -> dict[str, Any]:
        """The call as ``calls.create_ticket`` takes it."""
        ui = self.ui
        system: SystemInfo | None = ui.systemCombo.currentData()
        return {
            "requester_name": ui.requesterCombo.currentText(),
            "requester_department": ui.departmentEdit.text(),
            "requester_phone": ui.phoneEdit.text(),
            "channel": ui.channelCombo.currentData() or "",
            "place": ui.placeCombo.currentText(),
            "system": system.code if system else "",
            "device": self.device_picker.device_name(),
            "device_id": self.device_picker.device_id(),
            "is_hardware": ui.hardwareCheck.isChecked(),
            "ticket_class": ui.classCombo.currentData() or "",
            "severity": ui.severityCombo.currentData() or "",
            "title": ui.titleEdit.text(),
            "description": ui.descriptionEdit.toPlainText(),
            "called_at": self.called_at(),
        }

    def show_errors(self, error: ValidationError) -> None:
        """Name every bad field in the red label and put the cursor in the first one."""
        messages = [tr_field_error(e.template, e.label, e.values) for e in error.errors]
        self.ui.errorLabel.setText("\n".join(messages))
        self.ui.errorLabel.show()
        first = next((self._field_widgets.get(e.field) for e in error.errors), None)
        if first is not None:
            first.setFocus()

    def accept(self) -> None:
        try:
            self.created_id, self.created_number = self._create(self.values())
        except ValidationError as error:
            self.show_errors(error)
            return
        except (MarkedError, StorageError) as error:  # e.g. the finding got a ticket meanwhile
            self.ui.errorLabel.setText(tr_error(error))
            self.ui.errorLabel.show()
            return
        super().accept()

    def prefill(
        self,
        values: Mapping[str, Any],
        create: Callable[[dict[str, Any]], tuple[int, str]] | None = None,
    ) -> None:
        """Show ``values`` (keys as ``values()`` returns them); ``create`` replaces what OK does."""
        ui = self.ui
        if create is not None:
            self._create = create
        ui.requesterCombo.setEditText(str(values.get("requester_name") or ""))
        ui.departmentEdit.setText(str(values.get("requester_department") or ""))
        ui.phoneEdit.setText(str(values.get("requester_phone") or ""))
        combos = (
            (ui.channelCombo, "channel"),
            (ui.classCombo, "ticket_class"),
            (ui.severityCombo, "severity"),
        )
        for combo, name in combos:
            index = combo.findData(values.get(name))
            if index >= 0:
                combo.setCurrentIndex(index)
        for index in range(ui.systemCombo.count()):
            system = ui.systemCombo.itemData(index)
            if isinstance(system, SystemInfo) and system.code == values.get("system"):
                ui.systemCombo.setCurrentIndex(index)
        ui.placeCombo.setEditText(str(values.get("place") or ""))
        self._scope_devices()
        ui.deviceCombo.setEditText(str(values.get("device") or ""))
        if "is_hardware" in values:
            ui.hardwareCheck.setChecked(bool(values["is_hardware"]))
        ui.titleEdit.setText(str(values.get("title") or ""))
        ui.descriptionEdit.setPlainText(str(values.get("description") or ""))

    # --- slots -------------------------------------------------------------------------------

    def _fill_requester(self, requester: RequesterInfo) -> None:
        self.ui.departmentEdit.setText(requester.department)
        self.ui.phoneEdit.setText(requester.phone)

    def on_requesterCombo_currentIndexChanged(self, index: int) -> None:
        requester = self.ui.requesterCombo.itemData(index) if index >= 0 else None
        if isinstance(requester, RequesterInfo):
            self._fill_requester(requester)

    def on_requesterEdit_editingFinished(self) -> None:
        """A typed name that is known fills department and phone if they are still empty."""
        combo = self.ui.requesterCombo
        index = combo.findText(combo.currentText().strip())
        if index < 0 or self.ui.departmentEdit.text() or self.ui.phoneEdit.text():
            return
        requester = combo.itemData(index)
        if isinstance(requester, RequesterInfo):
            self._fill_requester(requester)

    def _system(self) -> SystemInfo | None:
        system = self.ui.systemCombo.currentData()
        return system if isinstance(system, SystemInfo) else None

    def _scope_devices(self) -> None:
        """The picker lists the devices at the place (of the chosen system)."""
        system = self._system()
        self.device_picker.set_scope(
            system.code if system else "",
            self.ui.placeCombo.currentText().strip(),
            system.devices if system else (),
        )

    def on_systemCombo_currentIndexChanged(self, _index: int) -> None:
        self._scope_devices()
        system = self._system()
        if system is not None:
            self.ui.hardwareCheck.setChecked(system.hardware)

    def on_placeEdit_editingFinished(self) -> None:
        self._scope_devices()

    def on_placeCombo_activated(self, _index: int) -> None:
        self._scope_devices()

    def on_device_picker_deviceChosen(self, device: DeviceInfo) -> None:
        """A register device fills in its place and system where they are still open."""
        ui = self.ui
        if not ui.placeCombo.currentText().strip():
            ui.placeCombo.setEditText(device.place)
        system = self._system()
        if system is None or system.code != device.system_code:
            for index in range(ui.systemCombo.count()):
                item = ui.systemCombo.itemData(index)
                if isinstance(item, SystemInfo) and item.code == device.system_code:
                    ui.systemCombo.blockSignals(True)
                    ui.systemCombo.setCurrentIndex(index)
                    ui.systemCombo.blockSignals(False)
                    ui.hardwareCheck.setChecked(item.hardware)
