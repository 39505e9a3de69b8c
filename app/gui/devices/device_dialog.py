"""Register a device or change one: every field of the configuration item, and why it changed."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from app.domain.devices.register import DeviceKind, DeviceStatus
from app.domain.i18n import QT_TRANSLATE_NOOP
from app.domain.validation import FieldError, ValidationError
from app.gui.i18n import tr_domain
from app.gui.store.dialog_base import StoreDialog
from app.services import reference
from app.services.context import Desk
from app.services.devices import queries, register
from app.services.devices.register import DeviceInfo

TEXT_FIELDS = ("code", "name", "brand", "model", "serial_no", "asset_no", "ip", "mac", "version")


class DeviceDialog(StoreDialog):
    """The device form; OK registers it (new) or saves the changes with their reason."""

    def __init__(
        self, desk: Desk, device: DeviceInfo | None = None, parent: QWidget | None = None
    ) -> None:
        title = self.tr("修改设备 · {0}").format(device.code) if device else self.tr("登记设备")
        super().__init__(title, parent)
        self.setObjectName("device_dialog")
        self.setMinimumWidth(560)
        self._desk = desk
        self.device = device
        self.device_id: int | None = device.id if device else None
        self.edits: dict[str, QLineEdit] = {
            name: QLineEdit(self, objectName=name) for name in TEXT_FIELDS
        }
        self.edits["code"].setPlaceholderText(self.tr("如 SP-0001（台账内唯一）"))
        self.edits["ip"].setPlaceholderText(self.tr("如 10.10.1.13"))
        self.edits["mac"].setPlaceholderText(self.tr("如 B4:A3:82:00:00:13"))
        self.system = QComboBox(self, objectName="system")
        for system in reference.list_systems(desk):
            self.system.addItem(system.name, system.code)
        self.place = QComboBox(self, objectName="place")
        self.place.setEditable(True)
        self.place.addItems(sorted(set(reference.list_places(desk)) | set(queries.places(desk))))
        self.place.setCurrentIndex(-1)
        self.kind = QComboBox(self, objectName="kind")
        self.kind.addItem(self.tr("按名称判断"), "")
        for kind in DeviceKind:
            self.kind.addItem(tr_domain("enum", kind.label), kind.value)
        self.status = QComboBox(self, objectName="status")
        for status in DeviceStatus:
            self.status.addItem(tr_domain("enum", status.label), status.value)
        self.installed_on = QLineEdit(self, objectName="installed_on")
        self.warranty_end = QLineEdit(self, objectName="warranty_end")
        for edit in (self.installed_on, self.warranty_end):
            edit.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.notes = QPlainTextEdit(self, objectName="notes")
        self.notes.setFixedHeight(56)
        self.reason = QLineEdit(self, objectName="reason")
        self.reason.setPlaceholderText(self.tr("如：更换主板后重新配置 IP"))
        rows = [
            (self.tr("设备编号 *"), self.edits["code"]),
            (self.tr("设备名称 *"), self.edits["name"]),
            (self.tr("所属系统 *"), self.system),
            (self.tr("安装位置 *"), self.place),
            (self.tr("设备类型"), self.kind),
            (self.tr("品牌"), self.edits["brand"]),
            (self.tr("型号"), self.edits["model"]),
            (self.tr("序列号"), self.edits["serial_no"]),
            (self.tr("资产编号"), self.edits["asset_no"]),
            (self.tr("IP地址"), self.edits["ip"]),
            (self.tr("MAC地址"), self.edits["mac"]),
            (self.tr("固件/软件版本"), self.edits["version"]),
            (self.tr("安装日期"), self.installed_on),
            (self.tr("质保到期"), self.warranty_end),
            (self.tr("状态"), self.status),
            (self.tr("备注"), self.notes),
        ]
        if device is not None:
            rows.append((self.tr("变更原因"), self.reason))
        for label, widget in rows:
            self.form.addRow(label, widget)
        if device is not None:
            self._show(register.form_values(device))

    def _show(self, values: dict[str, Any]) -> None:
        for name, edit in self.edits.items():
            edit.setText(str(values.get(name) or ""))
        self.system.setCurrentIndex(max(0, self.system.findData(values["system"])))
        self.place.setEditText(str(values.get("place") or ""))
        self.kind.setCurrentIndex(max(0, self.kind.findData(values["kind"])))
        self.status.setCurrentIndex(max(0, self.status.findData(values["status"])))
        for edit, name in (
            (self.installed_on, "installed_on"),
            (self.warranty_end, "warranty_end"),
        ):
            day = values.get(name)
            edit.setText(day.isoformat() if day else "")
        self.notes.setPlainText(str(values.get("notes") or ""))

    def values(self) -> dict[str, Any]:
        values: dict[str, Any] = {name: edit.text() for name, edit in self.edits.items()}
        values.update(
            system=self.system.currentData() or "",
            place=self.place.currentText(),
            kind=self.kind.currentData() or "",
            status=self.status.currentData() or "",
            installed_on=self.installed_on.text(),
            warranty_end=self.warranty_end.text(),
            notes=self.notes.toPlainText(),
        )
        return values

    def submit(self) -> None:
        if self.device_id is None:
            self.device_id = register.create_device(self._desk, self.values())
        else:
            register.update_device(self._desk, self.device_id, self.values(), self.reason.text())


class StatusDialog(StoreDialog):
    """Set a device's status (维修中, 报废 …) with the reason, which goes into its log."""

    def __init__(self, desk: Desk, device: DeviceInfo, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("变更状态 · {0}").format(device.code), parent)
        self.setObjectName("status_dialog")
        self._desk = desk
        self.device = device
        self.status = QComboBox(self, objectName="status")
        for status in DeviceStatus:
            self.status.addItem(tr_domain("enum", status.label), status.value)
        self.status.setCurrentIndex(self.status.findData(device.status.value))
        self.reason = QLineEdit(self, objectName="reason")
        self.reason.setPlaceholderText(self.tr("如：硬盘故障送厂维修"))
        self.form.addRow(self.tr("设备"), QLineEdit(device.label, self, readOnly=True))
        self.form.addRow(self.tr("新状态"), self.status)
        self.form.addRow(self.tr("原因 *"), self.reason)

    def submit(self) -> None:
        register.change_status(
            self._desk, self.device.id, DeviceStatus(self.status.currentData()), self.reason.text()
        )


class LinkDialog(StoreDialog):
    """Link a related device by its code (a camera to its NVR channel, a switch port …)."""

    def __init__(self, desk: Desk, device: DeviceInfo, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("关联设备 · {0}").format(device.code), parent)
        self.setObjectName("link_dialog")
        self._desk = desk
        self.device = device
        self.other = QLineEdit(self, objectName="other")
        self.other.setPlaceholderText(self.tr("关联设备的编号，如 SP-0001"))
        self.note = QLineEdit(self, objectName="note")
        self.note.setPlaceholderText(self.tr("如：通道 D3、端口 GE1/0/12"))
        self.form.addRow(self.tr("关联设备编号 *"), self.other)
        self.form.addRow(self.tr("说明"), self.note)

    def submit(self) -> None:
        from app.services.devices import links

        code = self.other.text().strip()
        if not code:
            raise ValidationError(
                [FieldError("other", QT_TRANSLATE_NOOP("validation", "请填写“{label}”"),
                            QT_TRANSLATE_NOOP("field", "关联设备编号"))]
            )  # fmt: skip
        links.add_link(self._desk, self.device.id, code, self.note.text())
