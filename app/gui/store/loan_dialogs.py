"""Lending: a same-model loaner to a ticket, test equipment to a person, and taking them back."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import QComboBox, QDateTimeEdit, QLabel, QLineEdit, QWidget

from app.domain.i18n import QT_TRANSLATE_NOOP
from app.domain.store.inventory import PartCategory, StockError
from app.domain.store.loaners import LoanerMatch
from app.gui.i18n import gap
from app.gui.store.dialog_base import StoreDialog
from app.services.context import Desk
from app.services.store import inventory, loans
from app.services.store.inventory import PartFilter
from app.services.store.loans import LoanInfo

DEFAULT_LOAN_DAYS = 7


def to_qdatetime(value: datetime) -> QDateTime:
    return QDateTime.fromMSecsSinceEpoch(int(value.timestamp() * 1000))


def from_qdatetime(value: QDateTime) -> datetime:
    return datetime.fromtimestamp(value.toMSecsSinceEpoch() / 1000, UTC)


def _due_edit(desk: Desk, parent: QWidget, days: int) -> QDateTimeEdit:
    edit = QDateTimeEdit(parent)
    edit.setObjectName("due_back")
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd HH:mm")
    edit.setDateTime(to_qdatetime(desk.clock.now() + timedelta(days=days)))
    return edit


class LoanerDialog(StoreDialog):
    """Issue a loaner for a ticket: the same model from the shelf first, then a whole unit of the
    same kind, or one from outside the store (其他（注明）) described in words."""

    def __init__(
        self, desk: Desk, ticket_id: int, ticket_number: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("提供备用机 · {0}").format(ticket_number), parent)
        self.setObjectName("loaner_dialog")
        self._desk = desk
        self._ticket_id = ticket_id
        self.loan_id: int | None = None
        info = loans.ticket_loaner(desk, ticket_id)
        self.candidates = loans.loaner_candidates(desk, ticket_id)
        failed = f"{info.device_code} {info.device}".strip() if info.device_code else info.device
        self.form.addRow(self.tr("故障设备"), QLabel(failed or "—", self))
        self.device = QComboBox(self, objectName="device")
        for c in self.candidates:
            text = self.tr("{0} {1}　序列号 {2}（货架 {3}）").format(
                c.name, c.model, c.serial, c.shelf
            )
            if c.match is LoanerMatch.SAME_KIND:
                text = self.tr("同类替代：{0}").format(text)
            self.device.addItem(text)
        self.device.addItem(self.tr("其他（注明）…"))
        self.other = QLineEdit(self, objectName="other")
        self.other.setPlaceholderText(self.tr("如：售后服务部调拨 解码器 DEC-16H 1台，序列号 …"))
        self.form.addRow(self.tr("备用机 *"), self.device)
        self.form.addRow(self.tr("注明"), self.other)
        self.borrower = QLineEdit(self, objectName="borrower")
        self.borrower.setPlaceholderText(self.tr("甲方签收人，如 监管科 值班民警"))
        self.location = QLineEdit(self, objectName="location")
        self.location.setPlaceholderText(self.tr("默认为工单地点"))
        self.due_back = _due_edit(desk, self, DEFAULT_LOAN_DAYS)
        self.form.addRow(self.tr("借用人 *"), self.borrower)
        self.form.addRow(self.tr("使用地点"), self.location)
        self.form.addRow(self.tr("预计归还"), self.due_back)
        self.device.currentIndexChanged.connect(self.on_device_currentIndexChanged)
        self.on_device_currentIndexChanged(self.device.currentIndex())
        if not self.candidates:
            self.show_error(
                self.tr(
                    "库存中没有与“{0}”相同型号或同类的整机：请注明其他来源的备用机，或联系售后服务部调拨。"
                ).format(info.device or "—")
            )
        elif all(c.match is LoanerMatch.SAME_KIND for c in self.candidates):
            self.show_error(self.tr("库存中没有相同型号的整机，以下为同类替代设备。"))

    def other_chosen(self) -> bool:
        return self.device.currentIndex() >= len(self.candidates)

    def submit(self) -> None:
        if self.other_chosen():
            self.loan_id = loans.issue_outside_loaner(
                self._desk,
                self._ticket_id,
                self.other.text(),
                borrower=self.borrower.text(),
                location=self.location.text(),
                due_back_at=from_qdatetime(self.due_back.dateTime()),
            )
            return
        chosen = self.candidates[self.device.currentIndex()]
        self.loan_id = loans.issue_loaner(
            self._desk,
            self._ticket_id,
            chosen.part_id,
            chosen.serial,
            borrower=self.borrower.text(),
            location=self.location.text(),
            due_back_at=from_qdatetime(self.due_back.dateTime()),
        )

    def on_device_currentIndexChanged(self, _index: int) -> None:
        self.other.setEnabled(self.other_chosen())


class LendDialog(StoreDialog):
    """Lend test equipment: which instrument (and serial), to whom, what for, until when."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("借出测试设备"), parent)
        self.setObjectName("lend_dialog")
        self._desk = desk
        self.loan_id: int | None = None
        flt = PartFilter(category=PartCategory.TEST_EQUIPMENT)
        self.items: list[tuple[int, str]] = []
        self.equipment = QComboBox(self, objectName="equipment")
        for part in inventory.list_parts(desk, flt):
            serials = inventory.serials_in_stock(desk, part.id) if part.serial_tracked else [""]
            for serial in serials if part.on_hand > 0 else []:
                self.items.append((part.id, serial))
                text = f"{part.name} {part.model}" + (f"{gap()}{serial}" if serial else "")
                self.equipment.addItem(text)
        self.borrower = QLineEdit(self, objectName="borrower")
        self.purpose = QLineEdit(self, objectName="purpose")
        self.due_back = _due_edit(desk, self, 1)
        self.form.addRow(self.tr("测试设备 *"), self.equipment)
        self.form.addRow(self.tr("借用人 *"), self.borrower)
        self.form.addRow(self.tr("用途"), self.purpose)
        self.form.addRow(self.tr("预计归还"), self.due_back)
        if not self.items:
            self.show_error(self.tr("没有在库的测试设备"))

    def submit(self) -> None:
        if not self.items:
            raise StockError(QT_TRANSLATE_NOOP("store", "没有在库的测试设备"))
        part_id, serial = self.items[self.equipment.currentIndex()]
        self.loan_id = loans.lend_equipment(
            self._desk,
            part_id,
            borrower=self.borrower.text(),
            purpose=self.purpose.text(),
            serial=serial,
            due_back_at=from_qdatetime(self.due_back.dateTime()),
        )


class ReturnDialog(StoreDialog):
    """Take a loan back, with a note on its condition."""

    def __init__(self, desk: Desk, loan: LoanInfo, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("归还 · 借用单 {0}").format(loan.id), parent)
        self.setObjectName("return_dialog")
        self._desk = desk
        self.loan = loan
        what = f"{loan.part_name} {loan.model} {loan.serial}".strip()
        self.form.addRow(self.tr("借出物品"), QLabel(what, self))
        self.form.addRow(self.tr("借用人"), QLabel(loan.borrower, self))
        self.note = QLineEdit(self, objectName="note")
        self.note.setPlaceholderText(self.tr("如：完好归还；原设备修复装回"))
        self.form.addRow(self.tr("归还情况"), self.note)

    def submit(self) -> None:
        loans.return_loan(self._desk, self.loan.id, self.note.text())
