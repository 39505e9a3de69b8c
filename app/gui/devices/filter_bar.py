"""The register's filter bar: system, place, status, kind and free text (name, code, IP …)."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from app.domain.devices.register import DeviceKind, DeviceStatus
from app.gui.i18n import tr_domain
from app.services import reference
from app.services.context import Desk
from app.services.devices import queries
from app.services.devices.queries import DeviceFilter

DEBOUNCE_MS = 200


class DeviceFilterBar(QWidget):
    """Builds a ``DeviceFilter`` from its widgets and says when it changed."""

    filterChanged = Signal(object)  # DeviceFilter

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self.search = QLineEdit(self)
        self.search.setObjectName("device_search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("查找：名称、编号、IP、型号、序列号（Ctrl+F）"))
        self.system_combo = QComboBox(self, objectName="device_system_combo")
        self.system_combo.addItem(self.tr("全部系统"), "")
        for system in reference.list_systems(desk):
            self.system_combo.addItem(system.name, system.code)
        self.place_combo = QComboBox(self, objectName="device_place_combo")
        self.status_combo = QComboBox(self, objectName="device_status_combo")
        self.status_combo.addItem(self.tr("全部状态"), "")
        for status in DeviceStatus:
            self.status_combo.addItem(tr_domain("enum", status.label), status.value)
        self.kind_combo = QComboBox(self, objectName="device_kind_combo")
        self.kind_combo.addItem(self.tr("全部类型"), "")
        for kind in DeviceKind:
            self.kind_combo.addItem(tr_domain("enum", kind.label), kind.value)
        self.count_label = QLabel(self, objectName="device_count_label")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search, 3)
        for combo in (self.system_combo, self.place_combo, self.status_combo, self.kind_combo):
            layout.addWidget(combo, 1)
        layout.addWidget(self.count_label)
        self.refresh_places()
        self.search.textChanged.connect(self.on_search_textChanged)
        self._timer.timeout.connect(self.on_timer_timeout)
        for combo in (self.system_combo, self.place_combo, self.status_combo, self.kind_combo):
            combo.currentIndexChanged.connect(self.on_combo_currentIndexChanged)

    def refresh_places(self) -> None:
        """The places that have devices (kept selected if still there)."""
        kept = self.place_combo.currentData() or ""
        self.place_combo.blockSignals(True)
        self.place_combo.clear()
        self.place_combo.addItem(self.tr("全部地点"), "")
        for place in queries.places(self._desk):
            self.place_combo.addItem(place, place)
        self.place_combo.setCurrentIndex(max(0, self.place_combo.findData(kept)))
        self.place_combo.blockSignals(False)

    def current_filter(self) -> DeviceFilter:
        status = self.status_combo.currentData()
        kind = self.kind_combo.currentData()
        return DeviceFilter(
            system_code=self.system_combo.currentData() or "",
            place=self.place_combo.currentData() or "",
            status=DeviceStatus(status) if status else None,
            kind=DeviceKind(kind) if kind else None,
            text=self.search.text(),
        )

    def set_count(self, shown: int) -> None:
        self.count_label.setText(self.tr("共 {0} 台").format(shown))

    def on_search_textChanged(self, _text: str) -> None:
        self._timer.start()

    def on_timer_timeout(self) -> None:
        self.filterChanged.emit(self.current_filter())

    def on_combo_currentIndexChanged(self, _index: int) -> None:
        self.filterChanged.emit(self.current_filter())
