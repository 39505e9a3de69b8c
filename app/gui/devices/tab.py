"""The 设备 tab: 设备台账 (the register and one device), 升级记录, 维护资料."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from app.gui.devices.documents_page import DocumentsPage
from app.gui.devices.register_page import RegisterPage
from app.gui.devices.upgrades_page import UpgradesPage
from app.services.context import Desk

REGISTER_PAGE, UPGRADES_PAGE, DOCUMENTS_PAGE = range(3)


class DevicesTab(QWidget):
    """The configuration register; read when first shown, so start-up does not wait for it."""

    devicesChanged = Signal()
    ticketRequested = Signal(int)
    changeRequested = Signal(int)  # show this change request in the 变更 tab

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("DevicesTab")
        self.register = RegisterPage(desk, self)
        self.upgrades = UpgradesPage(desk, self)
        self.documents = DocumentsPage(desk, self)
        self.pages = QTabWidget(self)
        self.pages.setObjectName("device_tab_pages")
        self.pages.addTab(self.register, self.tr("设备台账"))
        self.pages.addTab(self.upgrades, self.tr("升级记录"))
        self.pages.addTab(self.documents, self.tr("维护资料"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.pages)
        self._stale = True
        self.register.devicesChanged.connect(self.on_register_devicesChanged)
        self.register.ticketRequested.connect(self.ticketRequested)
        self.register.changeRequested.connect(self.changeRequested)
        self.upgrades.upgraded.connect(self.on_upgrades_upgraded)
        self.register.detail.upgradeRequested.connect(self.on_detail_upgradeRequested)

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        self._stale = False
        self.register.refresh()
        self.upgrades.refresh()
        self.documents.refresh()

    def show_device(self, device_id: int) -> None:
        if self._stale:
            self.refresh()
        self.pages.setCurrentIndex(REGISTER_PAGE)
        self.register.show_device(device_id)

    def show_page(self, page: int) -> None:
        if self._stale:
            self.refresh()
        self.pages.setCurrentIndex(page)

    def mark_stale(self) -> None:
        """Something elsewhere changed devices (a loaner, a ticket): read again when shown."""
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def on_register_devicesChanged(self) -> None:
        self.upgrades.refresh()
        self.devicesChanged.emit()

    def on_detail_upgradeRequested(self, code: str) -> None:
        self.upgrades.new_upgrade([code])

    def on_upgrades_upgraded(self) -> None:
        self.register.refresh()
        if self.register.detail.device_id is not None:
            self.register.detail.reload()
        self.devicesChanged.emit()
