"""The 升级记录 page and its dialog: software and firmware upgrades with their test and rollback
plan; recording one moves the devices' versions."""

from __future__ import annotations

import re
from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.devices.upgrades import UpgradeKind, UpgradeResult
from app.gui.devices.device_files import DeviceFiles
from app.gui.i18n import list_separator, tr_domain, tr_label
from app.gui.rows_model import Colours, RowsModel
from app.gui.store.dialog_base import StoreDialog
from app.gui.table_views import row_table
from app.gui.tickets.formatting import from_qdatetime, local_text, to_qdatetime
from app.services.context import Desk
from app.services.devices import upgrades
from app.services.devices.upgrades import UpgradeInfo


class UpgradesModel(RowsModel[UpgradeInfo]):
    """The upgrade register, newest first; a rolled-back or failed one in amber."""

    def headers(self) -> Sequence[str]:
        return [
            self.tr("升级单号"),
            self.tr("时间"),
            self.tr("类型"),
            self.tr("设备"),
            self.tr("目标版本"),
            self.tr("结果"),
            self.tr("关联工单/变更"),
            self.tr("费用"),
            self.tr("实施人"),
            self.tr("原因"),
        ]

    def cell(self, row: UpgradeInfo, column: int) -> str:
        devices = list_separator().join(d.code for d in row.devices)
        reference = " ".join(x for x in (row.ticket_number, row.change_ref) if x)
        return [
            row.number,
            local_text(row.performed_at),
            tr_domain("enum", row.kind.label),
            devices,
            row.to_version,
            tr_domain("enum", row.result.label),
            reference,
            tr_label("enum", row.charge.label),
            row.performed_by,
            row.reason,
        ][column]

    def tooltip(self, row: UpgradeInfo, column: int) -> str:
        return "\n".join(
            f"{d.code} {d.name}：{d.from_version} → {d.to_version}" for d in row.devices
        )

    def colours(self, row: UpgradeInfo, column: int) -> Colours | None:
        return ("#ffe0b2", None) if row.result is not UpgradeResult.SUCCESS else None


class UpgradeDialog(StoreDialog):
    """Which devices, from what to what, why, how it was tested, the way back, how it went."""

    def __init__(
        self, desk: Desk, codes: Sequence[str] = (), parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("登记升级"), parent)
        self.setObjectName("upgrade_dialog")
        self.setMinimumWidth(620)
        self._desk = desk
        self.upgrade: UpgradeInfo | None = None
        self.devices = QLineEdit("、".join(codes), self, objectName="devices")
        self.devices.setPlaceholderText(
            self.tr("设备编号，多台用顿号或空格分隔，如 SP-0001、SP-0002")
        )
        self.kind = QComboBox(self, objectName="kind")
        for kind in UpgradeKind:
            self.kind.addItem(tr_domain("enum", kind.label), kind.value)
        self.to_version = QLineEdit(self, objectName="to_version")
        self.reason = QLineEdit(self, objectName="reason")
        self.ticket = QLineEdit(self, objectName="ticket")
        self.ticket.setPlaceholderText(self.tr("如 GD-2026-0012（可不填）"))
        self.change_ref = QLineEdit(self, objectName="change_ref")
        self.change_ref.setPlaceholderText(self.tr("需求变更单编号（可不填）"))
        self.test_done = QPlainTextEdit(self, objectName="test_done")
        self.rollback_plan = QPlainTextEdit(self, objectName="rollback_plan")
        for edit in (self.test_done, self.rollback_plan):
            edit.setFixedHeight(60)
        self.result = QComboBox(self, objectName="result")
        for result in UpgradeResult:
            self.result.addItem(tr_domain("enum", result.label), result.value)
        self.result_note = QLineEdit(self, objectName="result_note")
        self.performed_at = QDateTimeEdit(to_qdatetime(desk.clock.now()), self)
        self.performed_at.setObjectName("performed_at")
        self.performed_at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.performed_at.setCalendarPopup(True)
        self.performed_by = QLineEdit(desk.actor, self, objectName="performed_by")
        for label, widget in (
            (self.tr("升级设备 *"), self.devices),
            (self.tr("升级类型"), self.kind),
            (self.tr("目标版本 *"), self.to_version),
            (self.tr("升级原因 *"), self.reason),
            (self.tr("关联工单"), self.ticket),
            (self.tr("关联变更"), self.change_ref),
            (self.tr("测试情况 *"), self.test_done),
            (self.tr("回退方案 *"), self.rollback_plan),
            (self.tr("升级结果"), self.result),
            (self.tr("结果说明"), self.result_note),
            (self.tr("升级时间"), self.performed_at),
            (self.tr("实施人"), self.performed_by),
        ):
            self.form.addRow(label, widget)

    def submit(self) -> None:
        codes = [c for c in re.split(r"[\s,，、;；]+", self.devices.text()) if c]
        self.upgrade = upgrades.record_upgrade(
            self._desk,
            {
                "devices": codes,
                "kind": self.kind.currentData(),
                "to_version": self.to_version.text(),
                "reason": self.reason.text(),
                "ticket": self.ticket.text(),
                "change_ref": self.change_ref.text(),
                "test_done": self.test_done.toPlainText(),
                "rollback_plan": self.rollback_plan.toPlainText(),
                "result": self.result.currentData(),
                "result_note": self.result_note.text(),
                "performed_at": from_qdatetime(self.performed_at.dateTime()),
                "performed_by": self.performed_by.text(),
            },
        )


class UpgradesPage(QWidget):
    """Every upgrade, newest first; 登记升级… and the register in Excel."""

    upgraded = Signal()

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self.dialog: UpgradeDialog | None = None
        self.model = UpgradesModel(self)
        self.view = row_table(self.model, "upgrades_view", None, self, stretch=9)
        self.files = DeviceFiles(desk, self)
        self.new_button = QPushButton(self.tr("登记升级…"), self, objectName="new_upgrade")
        self.export_button = QPushButton(
            self.tr("导出升级记录…"), self, objectName="export_upgrades"
        )
        bar = QHBoxLayout()
        bar.addWidget(self.new_button)
        bar.addStretch(1)
        bar.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        self.new_button.clicked.connect(self.on_new_button_clicked)
        self.export_button.clicked.connect(self.on_export_button_clicked)

    def refresh(self) -> None:
        self.model.set_rows(upgrades.list_upgrades(self._desk))

    def new_upgrade(self, codes: Sequence[str] = ()) -> UpgradeDialog:
        dialog = UpgradeDialog(self._desk, codes, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self.on_dialog_accepted)
        self.dialog = dialog
        dialog.open()
        return dialog

    def on_new_button_clicked(self) -> None:
        self.new_upgrade()

    def on_export_button_clicked(self) -> None:
        self.files.export_upgrades()

    def on_dialog_accepted(self) -> None:
        self.dialog = None
        self.refresh()
        self.upgraded.emit()
