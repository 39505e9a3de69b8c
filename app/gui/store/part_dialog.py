"""A new catalogue line (its stock comes from movements, never typed)."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QSpinBox, QWidget

from app.domain.store.inventory import PartCategory
from app.gui.i18n import tr_domain
from app.gui.store.dialog_base import StoreDialog
from app.services.context import Desk
from app.services.store import inventory


class PartDialog(StoreDialog):
    """Code, name, model, category, unit, shelf, minimum stock, serial tracking."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("新增备件"), parent)
        self.setObjectName("part_dialog")
        self._desk = desk
        self.part_id: int | None = None
        self.code = QLineEdit(self, objectName="code")
        self.name = QLineEdit(self, objectName="name")
        self.model = QLineEdit(self, objectName="model")
        self.category = QComboBox(self, objectName="category")
        for category in PartCategory:
            self.category.addItem(tr_domain("enum", category.label), category.value)
        self.unit = QLineEdit("个", self, objectName="unit")  # data: the unit stored, in Chinese
        self.shelf = QLineEdit(self, objectName="shelf")
        self.shelf.setPlaceholderText(self.tr("如 A-01"))
        self.min_stock = QSpinBox(self, objectName="min_stock")
        self.min_stock.setRange(0, 99999)
        self.serial = QCheckBox(self.tr("按序列号逐件管理（整机、测试设备、硬盘等）"), self)
        self.serial.setObjectName("serial_tracked")
        self.form.addRow(self.tr("编码 *"), self.code)
        self.form.addRow(self.tr("名称 *"), self.name)
        self.form.addRow(self.tr("型号规格"), self.model)
        self.form.addRow(self.tr("类别 *"), self.category)
        self.form.addRow(self.tr("单位"), self.unit)
        self.form.addRow(self.tr("货架"), self.shelf)
        self.form.addRow(self.tr("最低库存"), self.min_stock)
        self.form.addRow("", self.serial)

    def submit(self) -> None:
        self.part_id = inventory.create_part(
            self._desk,
            {
                "code": self.code.text(),
                "name": self.name.text(),
                "model": self.model.text(),
                "category": self.category.currentData(),
                "unit": self.unit.text(),
                "shelf": self.shelf.text(),
                "min_stock": self.min_stock.value(),
                "serial_tracked": self.serial.isChecked(),
            },
        )
