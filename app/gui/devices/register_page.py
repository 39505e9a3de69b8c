"""The 设备台账 page: filter bar and the register above, the selected device below; keyboard-fast
(Ctrl+F to search, Enter to the list, arrows to move, Enter again to edit)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from app.gui.devices.detail_panel import DeviceDetail
from app.gui.devices.device_dialog import DeviceDialog
from app.gui.devices.device_files import DeviceFiles
from app.gui.devices.filter_bar import DeviceFilterBar
from app.gui.devices.register_model import DevicesModel
from app.gui.table_views import row_table
from app.gui.widgets import pane_splitter
from app.services.context import Desk
from app.services.devices.queries import DeviceFilter

SAMPLES = (
    "SP-00000",
    "监区一 13号监仓 拾音半球摄像机",
    "视频监控系统",
    "监区一 13号监仓",
    "读卡器/门禁终端",
    "IPC-B620IR",
    "10.10.11.250",
    "V4.1.72 build 240506",
    "借用替换中",
    "2028-06-30",
)


class RegisterPage(QWidget):
    """The register and one device; buttons to register, import and export."""

    devicesChanged = Signal()
    ticketRequested = Signal(int)
    changeRequested = Signal(int)

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self.dialog: Any = None
        self.filter_bar = DeviceFilterBar(desk, self)
        self.model = DevicesModel(desk, self)
        self.view = row_table(self.model, "devices_view", SAMPLES, self)
        self.view.setSortingEnabled(True)
        self.view.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.view.setToolTip(self.tr("回车修改选中的设备"))
        self.detail = DeviceDetail(desk, self)
        self.files = DeviceFiles(desk, self)
        self.new_button = QPushButton(self.tr("登记设备…"), self, objectName="new_device")
        self.import_button = QPushButton(
            self.tr("从 Excel 导入…"), self, objectName="import_devices"
        )
        self.export_button = QPushButton(
            self.tr("导出设备台账…"), self, objectName="export_devices"
        )
        top = QHBoxLayout()
        top.addWidget(self.new_button)
        top.addWidget(self.filter_bar, 1)
        top.addWidget(self.import_button)
        top.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(top)
        layout.addWidget(
            pane_splitter(Qt.Orientation.Vertical, self, ((self.view, 1), (self.detail, 1))), 1
        )
        QShortcut(QKeySequence.StandardKey.Find, self, self.focus_search)
        self.filter_bar.filterChanged.connect(self.on_filter_bar_filterChanged)
        self.filter_bar.search.returnPressed.connect(self.on_search_returnPressed)
        self.view.selectionModel().currentRowChanged.connect(self.on_view_currentRowChanged)
        self.view.activated.connect(self.on_view_activated)
        self.model.modelReset.connect(self.on_model_modelReset)
        self.new_button.clicked.connect(self.on_new_button_clicked)
        self.import_button.clicked.connect(self.on_import_button_clicked)
        self.export_button.clicked.connect(self.on_export_button_clicked)
        self.files.imported.connect(self.on_files_imported)
        self.detail.deviceChanged.connect(self.on_detail_deviceChanged)
        self.detail.ticketRequested.connect(self.ticketRequested)
        self.detail.changeRequested.connect(self.changeRequested)
        self._kept: int | None = None

    def refresh(self) -> None:
        """Query the register again, keeping the selected device."""
        self.filter_bar.refresh_places()
        self._kept = self.detail.device_id
        self.model.requery()

    def focus_search(self) -> None:
        self.filter_bar.search.setFocus()
        self.filter_bar.search.selectAll()

    def current_filter(self) -> DeviceFilter:
        return self.model.device_filter

    def show_device(self, device_id: int) -> None:
        """Select a device (clearing the filter if it hides it) and show it."""
        if self.model.row_of(device_id) < 0:
            self.filter_bar.search.clear()
            for combo in (
                self.filter_bar.system_combo,
                self.filter_bar.place_combo,
                self.filter_bar.status_combo,
                self.filter_bar.kind_combo,
            ):
                combo.setCurrentIndex(0)
            self.model.set_filter(DeviceFilter())
        self._select(device_id)
        self.detail.show_device(device_id)

    def _select(self, device_id: int | None) -> None:
        row = self.model.row_of(device_id) if device_id is not None else -1
        if row < 0:
            return
        index = self.model.index(row, 0)
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.view.selectionModel().setCurrentIndex(index, flags)
        self.view.scrollTo(index)

    def _open(self, dialog: Any) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self.on_dialog_accepted)
        self.dialog = dialog
        dialog.open()

    # --- slots -------------------------------------------------------------------------------

    def on_filter_bar_filterChanged(self, flt: DeviceFilter) -> None:
        self._kept = self.detail.device_id
        self.model.set_filter(flt)

    def on_model_modelReset(self) -> None:
        self.filter_bar.set_count(self.model.rowCount())
        self._select(self._kept)
        self._kept = None

    def on_search_returnPressed(self) -> None:
        self.view.setFocus()
        if not self.view.currentIndex().isValid() and self.model.rowCount():
            self._select(self.model.device_id(0))

    def on_view_currentRowChanged(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.detail.show_device(self.model.device_id(current.row()) if current.isValid() else None)

    def on_view_activated(self, index: QModelIndex) -> None:
        device = self.model.device_at(index.row())
        if device is not None:
            self._open(DeviceDialog(self._desk, device, self))

    def on_new_button_clicked(self) -> None:
        self._open(DeviceDialog(self._desk, None, self))

    def on_dialog_accepted(self) -> None:
        dialog, self.dialog = self.dialog, None
        self.refresh()
        if dialog is not None and dialog.device_id is not None:
            self.show_device(dialog.device_id)
        self.devicesChanged.emit()

    def on_import_button_clicked(self) -> None:
        self.files.import_register()

    def on_export_button_clicked(self) -> None:
        self.files.export_register(self.current_filter())

    def on_files_imported(self, _result: object) -> None:
        self.refresh()
        self.devicesChanged.emit()

    def on_detail_deviceChanged(self, _device_id: int) -> None:
        self.refresh()
        self.devicesChanged.emit()
