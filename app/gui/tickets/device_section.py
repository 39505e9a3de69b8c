"""The ticket detail's 设备与配置 section: the register's device, its latest configuration
snapshot and "restore from it" as a step on the ticket; or linking a free-text device."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from app.domain.i18n import QT_TRANSLATE_NOOP
from app.domain.validation import FieldError, ValidationError
from app.gui.i18n import tr_domain
from app.gui.store.dialog_base import StoreDialog
from app.gui.tickets.detail_sections import Section, value_label
from app.gui.tickets.formatting import local_text
from app.services.context import Desk
from app.services.devices import register, snapshots
from app.services.devices.snapshots import SnapshotInfo
from app.services.devices.ticket_link import link_ticket_device
from app.services.tickets.detail import TicketDetail


class RestoreDialog(StoreDialog):
    """Record that the device's configuration was restored from a snapshot, with a note."""

    def __init__(
        self, desk: Desk, ticket_id: int, snapshot: SnapshotInfo, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("按配置快照恢复配置"), parent)
        self.setObjectName("restore_dialog")
        self._desk = desk
        self._ticket_id = ticket_id
        self.snapshot = snapshot
        what = self.tr("{0} 第 {1} 版（{2}，{3}）").format(
            snapshot.device_code, snapshot.version, local_text(snapshot.taken_at), snapshot.reason
        )
        self.note = QLineEdit(self, objectName="note")
        self.note.setPlaceholderText(self.tr("如：已按快照恢复录像计划与校时参数，抽查正常"))
        self.form.addRow(self.tr("配置快照"), value_label(what, self))
        self.form.addRow(self.tr("恢复情况"), self.note)

    def submit(self) -> None:
        snapshots.record_restore(self._desk, self._ticket_id, self.snapshot.id, self.note.text())


class LinkDeviceDialog(StoreDialog):
    """Link the ticket to a register device by its code."""

    def __init__(self, desk: Desk, ticket_id: int, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("关联设备台账"), parent)
        self.setObjectName("link_device_dialog")
        self._desk = desk
        self._ticket_id = ticket_id
        self.code = QLineEdit(self, objectName="code")
        self.code.setPlaceholderText(self.tr("设备编号，如 SP-0003"))
        self.form.addRow(self.tr("设备编号 *"), self.code)

    def submit(self) -> None:
        code = self.code.text().strip()
        if not code:
            raise ValidationError(
                [FieldError("code", QT_TRANSLATE_NOOP("validation", "请填写“{label}”"),
                            QT_TRANSLATE_NOOP("field", "设备编号"))]
            )  # fmt: skip
        link_ticket_device(self._desk, self._ticket_id, code)


class TicketDeviceSection(Section):
    """The device from the register (with its newest snapshot), or a way to link one."""

    deviceRequested = Signal(int)  # device id
    ticketChanged = Signal(int)

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("设备与配置"), parent)
        self.setObjectName("ticket_device")
        self._desk = desk
        self.detail: TicketDetail | None = None
        self.latest: SnapshotInfo | None = None
        self.dialog: Any = None
        self.open_button: QPushButton | None = None
        self.restore_button: QPushButton | None = None
        self.link_button: QPushButton | None = None
        self.device_label: QLabel | None = None

    def fill(self, detail: TicketDetail) -> None:
        self.detail = detail
        body = self.fresh_body()
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        self.open_button = self.restore_button = self.link_button = None
        self.device_label = None
        self.latest = None
        row = QHBoxLayout()
        if detail.device_id is None:
            text = self.tr("未关联设备台账（登记为：{0}）").format(detail.device or "—")
            row.addWidget(value_label(text, body), 1)
            self.link_button = QPushButton(self.tr("关联设备…"), body, objectName="link_device")
            self.link_button.clicked.connect(self.on_link_button_clicked)
            row.addWidget(self.link_button)
            column.addLayout(row)
            return
        device = register.get_device(self._desk, detail.device_id)
        text = f"{device.code}  {device.label}（{tr_domain('enum', device.status.label)}）"
        self.device_label = value_label(text, body)
        self.device_label.setObjectName("ticket_device_label")
        row.addWidget(self.device_label, 1)
        self.open_button = QPushButton(self.tr("查看设备"), body, objectName="open_device")
        self.open_button.clicked.connect(self.on_open_button_clicked)
        row.addWidget(self.open_button)
        column.addLayout(row)
        self.latest = snapshots.latest_snapshot(self._desk, device.id)
        line = QHBoxLayout()
        if self.latest is None:
            none = QLabel(self.tr("此设备还没有配置快照"), body)
            none.setStyleSheet("color: #777;")
            line.addWidget(none, 1)
        else:
            s = self.latest
            text = self.tr("最新配置快照：第 {0} 版，{1}，{2}（{3}）").format(
                s.version, local_text(s.taken_at), s.taken_by, s.reason
            )
            label = value_label(text, body)
            label.setObjectName("latest_snapshot")
            line.addWidget(label, 1)
            self.restore_button = QPushButton(
                self.tr("按快照恢复配置…"), body, objectName="restore_config"
            )
            self.restore_button.setToolTip(self.tr("配置丢失时按此快照重新配置，并记入处理记录"))
            self.restore_button.setEnabled(detail.closed_at is None)
            self.restore_button.clicked.connect(self.on_restore_button_clicked)
            line.addWidget(self.restore_button)
        column.addLayout(line)

    def _open(self, dialog: Any) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self.on_dialog_accepted)
        self.dialog = dialog
        dialog.open()

    def on_open_button_clicked(self) -> None:
        if self.detail is not None and self.detail.device_id is not None:
            self.deviceRequested.emit(self.detail.device_id)

    def on_restore_button_clicked(self) -> None:
        if self.detail is not None and self.latest is not None:
            self._open(RestoreDialog(self._desk, self.detail.id, self.latest, self))

    def on_link_button_clicked(self) -> None:
        if self.detail is not None:
            self._open(LinkDeviceDialog(self._desk, self.detail.id, self))

    def on_dialog_accepted(self) -> None:
        self.dialog = None
        if self.detail is not None:
            self.ticketChanged.emit(self.detail.id)
