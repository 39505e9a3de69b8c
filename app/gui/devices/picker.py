"""The device picker of the new-ticket dialog: the place's devices in the list, and any device of
the register found by name, code, IP or model as one types; free text stays allowed."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QStringListModel, Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QLayout, QWidget

from app.services.context import Desk
from app.services.devices import queries
from app.services.devices.register import DeviceInfo

SEARCH_LIMIT = 30


def device_text(device: DeviceInfo) -> str:
    """How the picker shows a device: what a ticket calls it, its code and address."""
    extra = " · ".join(part for part in (device.code, device.ip) if part)
    return f"{device.label}（{extra}）"


class DevicePicker(QComboBox):
    """An editable combo: ``set_scope`` lists the devices at the call's place (of its system);
    typing searches the whole register. ``deviceChosen`` when a register device is picked."""

    deviceChosen = Signal(object)  # DeviceInfo

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self.setObjectName("deviceCombo")
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(15)
        self._listed: list[DeviceInfo] = []  # the combo's items that are register devices
        self._found: list[DeviceInfo] = []  # the completer's rows
        self._chosen: DeviceInfo | None = None
        self._system = ""
        self._place = ""
        self.results = QStringListModel(self)
        self.finder = QCompleter(self.results, self)
        self.finder.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.finder.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompleter(self.finder)
        self.lineEdit().setPlaceholderText(self.tr("按地点列出设备；输入名称、编号或 IP 查找"))
        self.lineEdit().textEdited.connect(self.on_lineEdit_textEdited)
        self.finder.activated[QModelIndex].connect(self.on_finder_activated)
        self.activated.connect(self.on_self_activated)

    # --- what the dialog asks --------------------------------------------------------------

    @property
    def chosen(self) -> DeviceInfo | None:
        """The register device picked, unless the text was changed after picking it."""
        if self._chosen is not None and self.currentText() == device_text(self._chosen):
            return self._chosen
        return None

    def device_id(self) -> int | None:
        return self.chosen.id if self.chosen else None

    def device_name(self) -> str:
        """What the ticket stores as its device text (the device's name, or the typed text)."""
        return self.chosen.label if self.chosen else self.currentText()

    def set_scope(self, system_code: str, place: str, shipped: Sequence[str] = ()) -> None:
        """List the devices at ``place`` (of the system, if chosen); with none in the register,
        the shipped list of the system's devices as text suggestions. A typed text is kept."""
        if (system_code, place) == (self._system, self._place) and self.count():
            return
        self._system, self._place = system_code, place
        typed, chosen = self.currentText(), self.chosen
        devices = queries.pick_candidates(self._desk, place, system_code) if place else []
        self.blockSignals(True)
        self.clear()
        self._listed = list(devices)
        for device in devices:
            self.addItem(device_text(device), device.id)
        if not devices:
            self.addItems(list(shipped))
        self.setCurrentIndex(-1)
        self.setEditText(typed)
        self.blockSignals(False)
        self._chosen = chosen if chosen and self.currentText() == device_text(chosen) else None

    def choose(self, device: DeviceInfo) -> None:
        """Show ``device`` as the one picked (and say so)."""
        self._chosen = device
        self.setEditText(device_text(device))
        self.deviceChosen.emit(device)

    # --- slots -------------------------------------------------------------------------------

    def on_lineEdit_textEdited(self, text: str) -> None:
        """Search the register as the engineer types (the place's devices come first)."""
        self._chosen = None
        words = text.strip()
        self._found = (
            queries.pick_candidates(self._desk, self._place, self._system, words, SEARCH_LIMIT)
            if words
            else []
        )
        if words and not self._found and self._system:  # maybe it is filed under another system
            self._found = queries.pick_candidates(self._desk, self._place, "", words, SEARCH_LIMIT)
        self.results.setStringList([device_text(d) for d in self._found])
        if self._found:
            self.finder.complete()

    def on_finder_activated(self, index: QModelIndex | QPersistentModelIndex) -> None:
        if 0 <= index.row() < len(self._found):
            self.choose(self._found[index.row()])

    def on_self_activated(self, row: int) -> None:
        if 0 <= row < len(self._listed):
            self.choose(self._listed[row])


def replace_in_layout(old: QWidget, new: QWidget) -> None:
    """Put ``new`` where ``old`` is in its parent's layout and drop ``old``."""
    layout = old.parentWidget().layout() if old.parentWidget() else None
    assert isinstance(layout, QLayout)
    layout.replaceWidget(old, new)
    old.hide()
    old.setObjectName("")
    old.setParent(None)  # out of the focus chain at once
    old.deleteLater()
