"""The selected device: its fields and links, tickets, parts and loaners, change log, upgrades,
the change requests naming it and configuration snapshots; buttons for what the engineer does to
it."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.gui.devices.device_dialog import DeviceDialog, LinkDialog, StatusDialog
from app.gui.devices.history_models import (
    DeviceChangesModel,
    DeviceTicketsModel,
    DeviceUpgradesModel,
    LinksModel,
    LogModel,
    PartsUsedModel,
)
from app.gui.devices.snapshot_pane import SnapshotPane
from app.gui.i18n import tr_domain
from app.gui.table_views import row_table
from app.gui.widgets import fill_with_stack, heading_label, placeholder_label
from app.services.context import Desk
from app.services.devices import history, links
from app.services.devices.history import DeviceHistory
from app.services.devices.register import DeviceNotFoundError

DETAIL_TAB, TICKETS_TAB, PARTS_TAB, LOG_TAB, SNAPSHOTS_TAB, UPGRADES_TAB, CHANGES_TAB = range(7)


class DeviceDetail(QWidget):
    """Shows one device; its dialogs change it through the services."""

    deviceChanged = Signal(int)
    ticketRequested = Signal(int)
    upgradeRequested = Signal(str)  # the device's code
    changeRequested = Signal(int)  # show this change request in the 变更 tab

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self.history: DeviceHistory | None = None
        self.dialog: Any = None
        self.heading = heading_label("device_heading", self)
        self.status_label = QLabel(self, objectName="device_status")
        self.edit_button = QPushButton(self.tr("修改…"), self, objectName="edit_device")
        self.status_button = QPushButton(self.tr("变更状态…"), self, objectName="change_status")
        self.link_button = QPushButton(self.tr("关联设备…"), self, objectName="add_link")
        self.upgrade_button = QPushButton(self.tr("登记升级…"), self, objectName="device_upgrade")
        self.unlink_button = QPushButton(self.tr("取消关联"), self, objectName="remove_link")
        head = QHBoxLayout()
        head.addWidget(self.heading)
        head.addWidget(self.status_label)
        head.addStretch(1)
        for button in (
            self.edit_button,
            self.status_button,
            self.link_button,
            self.upgrade_button,
        ):
            head.addWidget(button)
        self.fields = QTextBrowser(self, objectName="device_fields")
        self.links_model = LinksModel(self)
        self.links_view = row_table(self.links_model, "links_view", None, self, stretch=1)
        overview = QWidget(self)
        column = QVBoxLayout(overview)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.fields, 3)
        links_bar = QHBoxLayout()
        links_bar.addWidget(QLabel(self.tr("关联设备"), overview))
        links_bar.addStretch(1)
        links_bar.addWidget(self.unlink_button)
        column.addLayout(links_bar)
        column.addWidget(self.links_view, 2)
        self.tickets_model = DeviceTicketsModel(self)
        self.tickets_view = row_table(self.tickets_model, "device_tickets_view", None, self, 4)
        self.tickets_view.setToolTip(self.tr("双击打开工单"))
        self.parts_model = PartsUsedModel(self)
        self.parts_view = row_table(self.parts_model, "device_parts_view", None, self, 2)
        self.log_model = LogModel(self)
        self.log_view = row_table(self.log_model, "device_log_view", None, self, 3)
        self.upgrades_model = DeviceUpgradesModel(self)
        self.upgrades_view = row_table(self.upgrades_model, "device_upgrades_view", None, self)
        self.changes_model = DeviceChangesModel(self)
        self.changes_view = row_table(self.changes_model, "device_changes_view", None, self, 2)
        self.changes_view.setToolTip(self.tr("双击或按回车打开需求变更"))
        self.snapshots = SnapshotPane(desk, self)
        self.pages = QTabWidget(self)
        self.pages.setObjectName("device_pages")
        self.pages.addTab(overview, self.tr("基本信息"))
        self.pages.addTab(self.tickets_view, self.tr("工单"))
        self.pages.addTab(self.parts_view, self.tr("备件与备用机"))
        self.pages.addTab(self.log_view, self.tr("变更记录"))
        self.pages.addTab(self.snapshots, self.tr("配置快照"))
        self.pages.addTab(self.upgrades_view, self.tr("升级"))
        self.pages.addTab(self.changes_view, self.tr("需求变更"))
        content = QWidget(self)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(head)
        layout.addWidget(self.pages, 1)
        self.placeholder = placeholder_label(
            self.tr("在设备台账中选择一台设备，查看其工单、变更和配置快照。"), self
        )
        self.stack = fill_with_stack(self, self.placeholder, content)
        self.edit_button.clicked.connect(self.on_edit_button_clicked)
        self.status_button.clicked.connect(self.on_status_button_clicked)
        self.link_button.clicked.connect(self.on_link_button_clicked)
        self.upgrade_button.clicked.connect(self.on_upgrade_button_clicked)
        self.unlink_button.clicked.connect(self.on_unlink_button_clicked)
        self.tickets_view.doubleClicked.connect(self.on_tickets_view_doubleClicked)
        self.changes_view.activated.connect(self.on_changes_view_activated)
        self.snapshots.snapshotAdded.connect(self.on_snapshots_snapshotAdded)

    @property
    def device_id(self) -> int | None:
        return self.history.device.id if self.history else None

    def show_device(self, device_id: int | None) -> None:
        if device_id is None:
            self.history = None
            self.stack.setCurrentIndex(0)
            return
        try:
            found = history.device_history(self._desk, device_id)
        except DeviceNotFoundError:
            self.show_device(None)
            return
        same = self.history is not None and self.history.device.id == device_id
        self.history = found
        d = found.device
        self.heading.setText(f"{d.code}  {d.label}")
        self.status_label.setText(tr_domain("enum", d.status.label))
        self.fields.setHtml(self._fields_html(found))
        self.links_model.reset_rows(found.links)
        self.tickets_model.reset_rows(found.tickets)
        self.parts_model.reset_rows(found.parts)
        self.log_model.reset_rows(found.log)
        self.upgrades_model.reset_rows(found.upgrades)
        self.changes_model.reset_rows(found.changes)
        self.pages.setTabText(TICKETS_TAB, self.tr("工单（{0}）").format(len(found.tickets)))
        self.pages.setTabText(CHANGES_TAB, self.tr("需求变更（{0}）").format(len(found.changes)))
        self.snapshots.set_device(d)
        if not same:
            self.pages.setCurrentIndex(DETAIL_TAB)
        self.stack.setCurrentIndex(1)

    def reload(self) -> None:
        self.show_device(self.device_id)

    def _fields_html(self, found: DeviceHistory) -> str:
        d = found.device
        rows = [
            (self.tr("所属系统"), d.system_name),
            (self.tr("安装位置"), d.place),
            (self.tr("设备类型"), tr_domain("enum", d.kind.label)),
            (self.tr("品牌 / 型号"), " ".join(x for x in (d.brand, d.model) if x)),
            (self.tr("序列号"), d.serial_no),
            (self.tr("资产编号"), d.asset_no),
            (self.tr("IP地址"), d.ip),
            (self.tr("MAC地址"), d.mac),
            (self.tr("固件/软件版本"), d.version),
            (self.tr("安装日期"), d.installed_on.isoformat() if d.installed_on else ""),
            (self.tr("质保到期"), d.warranty_end.isoformat() if d.warranty_end else ""),
            (self.tr("备注"), d.notes),
        ]
        cells = "".join(
            f"<tr><td style='color:#555;padding-right:12px;'>{escape(k)}</td>"
            f"<td>{escape(v) or '—'}</td></tr>"
            for k, v in rows
        )
        return f"<table>{cells}</table>"

    def _open(self, dialog: Any) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self.on_dialog_accepted)
        self.dialog = dialog
        dialog.open()

    # --- slots -------------------------------------------------------------------------------

    def on_edit_button_clicked(self) -> None:
        if self.history is not None:
            self._open(DeviceDialog(self._desk, self.history.device, self))

    def on_status_button_clicked(self) -> None:
        if self.history is not None:
            self._open(StatusDialog(self._desk, self.history.device, self))

    def on_link_button_clicked(self) -> None:
        if self.history is not None:
            self._open(LinkDialog(self._desk, self.history.device, self))

    def on_upgrade_button_clicked(self) -> None:
        if self.history is not None:
            self.upgradeRequested.emit(self.history.device.code)

    def on_unlink_button_clicked(self) -> None:
        index = self.links_view.currentIndex()
        row = self.links_model.row_at(index.row()) if index.isValid() else None
        if row is not None and self.device_id is not None:
            links.remove_link(self._desk, row.link_id)
            self.reload()
            self.deviceChanged.emit(self.device_id)

    def on_dialog_accepted(self) -> None:
        self.dialog = None
        if self.device_id is not None:
            self.reload()
            self.deviceChanged.emit(self.device_id)

    def on_tickets_view_doubleClicked(self, index: QModelIndex) -> None:
        row = self.tickets_model.row_at(index.row())
        if row is not None:
            self.ticketRequested.emit(row.id)

    def on_changes_view_activated(self, index: QModelIndex) -> None:
        row = self.changes_model.row_at(index.row())
        if row is not None:
            self.changeRequested.emit(row.id)

    def on_snapshots_snapshotAdded(self, _snapshot_id: int) -> None:
        if self.device_id is not None:
            self.reload()
            self.pages.setCurrentIndex(SNAPSHOTS_TAB)
            self.deviceChanged.emit(self.device_id)
