"""One store action on one part: 入库, 出库 (to a ticket), 退库, 报废, 调整."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QSpinBox, QWidget

from app.domain.store.inventory import MovementKind
from app.gui.i18n import tr_domain
from app.gui.store.dialog_base import StoreDialog
from app.services.context import Desk
from app.services.store import inventory
from app.services.store.inventory import PartInfo

OUTGOING = {MovementKind.STOCK_OUT, MovementKind.SCRAP}


class MoveDialog(StoreDialog):
    """Quantity (or the serials), and what the kind asks for: ticket and device, source, reason."""

    def __init__(
        self,
        desk: Desk,
        part: PartInfo,
        kind: MovementKind,
        parent: QWidget | None = None,
        ticket_number: str = "",
    ) -> None:
        super().__init__(
            self.tr("{0} · {1} {2}").format(tr_domain("enum", kind.label), part.code, part.name),
            parent,
        )
        self.setObjectName(f"move_dialog_{kind.value}")
        self._desk = desk
        self.part = part
        self.kind = kind
        self.moved: list[int] = []
        self.form.addRow(
            self.tr("备件"),
            QLineEdit(f"{part.code} {part.name} {part.model}".strip(), readOnly=True),
        )
        self.form.addRow(
            self.tr("当前库存"), QLineEdit(f"{part.on_hand} {part.unit}", readOnly=True)
        )
        self.quantity = QSpinBox(self)
        self.quantity.setObjectName("quantity")
        if kind is MovementKind.ADJUSTMENT:
            self.quantity.setRange(-99999, 99999)
            self.quantity.setToolTip(self.tr("盘盈填正数，盘亏填负数"))
        else:
            self.quantity.setRange(1, 99999)
        self.quantity.setValue(1)
        self.serial_list = QListWidget(self)
        self.serial_list.setObjectName("serial_list")
        self.serial_edit = QLineEdit(self)
        self.serial_edit.setObjectName("serial_edit")
        self.serial_edit.setPlaceholderText(self.tr("多个序列号用逗号或空格分隔"))
        if part.serial_tracked and kind in OUTGOING:
            for serial in inventory.serials_in_stock(desk, part.id):
                item = QListWidgetItem(serial, self.serial_list)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
            self.serial_list.setMaximumHeight(120)
            self.form.addRow(self.tr("选择序列号"), self.serial_list)
        else:
            self.form.addRow(self.tr("数量"), self.quantity)
            if part.serial_tracked:
                self.form.addRow(self.tr("序列号"), self.serial_edit)
        self.ticket_edit = QLineEdit(ticket_number, self)
        self.ticket_edit.setObjectName("ticket_edit")
        self.ticket_edit.setPlaceholderText(self.tr("工单号，如 GD-2026-0001"))
        self.device_edit = QLineEdit(self)
        self.device_edit.setObjectName("device_edit")
        self.device_edit.setPlaceholderText(self.tr("备件装入的设备及位置"))
        self.source_edit = QLineEdit(self)
        self.source_edit.setObjectName("source_edit")
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setObjectName("reason_edit")
        if kind is MovementKind.STOCK_OUT:
            self.form.addRow(self.tr("工单 *"), self.ticket_edit)
            self.form.addRow(self.tr("装入设备 *"), self.device_edit)
        elif kind is MovementKind.RETURN:
            self.form.addRow(self.tr("工单"), self.ticket_edit)
            self.form.addRow(self.tr("说明"), self.reason_edit)
        elif kind is MovementKind.STOCK_IN:
            self.source_edit.setPlaceholderText(self.tr("如：售后服务部补货、厂家返修件"))
            self.form.addRow(self.tr("来源 *"), self.source_edit)
        else:
            self.form.addRow(self.tr("原因 *"), self.reason_edit)
        for field in (
            self.quantity,
            self.serial_list,
            self.serial_edit,
            self.ticket_edit,
            self.device_edit,
            self.source_edit,
            self.reason_edit,
        ):
            if self.form.indexOf(field) < 0:  # not asked for this kind: no stray box at the top
                field.hide()

    def done_text(self) -> str:
        """What was saved, for the tab to confirm: ``已出库：BJ-001 硬盘 ×1 块 → GD-2026-0001``."""
        quantity = self._quantity()
        text = self.tr("已{0}：{1} {2} ×{3} {4}").format(
            tr_domain("enum", self.kind.label),
            self.part.code,
            self.part.name,
            quantity,
            self.part.unit,
        )
        ticket = self.ticket_edit.text().strip()
        return f"{text} → {ticket}" if ticket and self.kind is MovementKind.STOCK_OUT else text

    def _quantity(self) -> int:
        if self.part.serial_tracked and self.kind in OUTGOING:
            return len(self.checked_serials())
        serials = self.serial_edit.text().replace("，", ",").replace(",", " ").split()
        if self.part.serial_tracked and self.kind is not MovementKind.ADJUSTMENT:
            return len(serials) or self.quantity.value()
        return self.quantity.value()

    def checked_serials(self) -> list[str]:
        items = (self.serial_list.item(i) for i in range(self.serial_list.count()))
        return [i.text() for i in items if i.checkState() == Qt.CheckState.Checked]

    def submit(self) -> None:
        if self.part.serial_tracked and self.kind in OUTGOING:
            serials = self.checked_serials()
            quantity = len(serials)
        else:
            serials = self.serial_edit.text().replace("，", ",").replace(",", " ").split()
            quantity = self.quantity.value()
            if self.part.serial_tracked and self.kind is not MovementKind.ADJUSTMENT:
                quantity = len(serials) or quantity
        self.moved = inventory.move(
            self._desk,
            self.part.id,
            self.kind,
            quantity,
            serials=serials,
            ticket=self.ticket_edit.text().strip() or None,
            device=self.device_edit.text(),
            source=self.source_edit.text(),
            reason=self.reason_edit.text(),
        )
