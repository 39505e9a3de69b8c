"""The spare-parts store's rules: stock as a sum of movements, serial moves, loans, stocktake."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from app.domain.i18n import QT_TRANSLATE_NOOP, MarkedError


class PartCategory(StrEnum):
    SPARE = "spare"
    CONSUMABLE = "consumable"
    DEVICE = "device"
    TEST_EQUIPMENT = "test_equipment"

    @property
    def label(self) -> str:
        return CATEGORY_LABELS[self]


class MovementKind(StrEnum):
    STOCK_IN = "stock_in"
    STOCK_OUT = "stock_out"
    RETURN = "return"
    SCRAP = "scrap"
    ADJUSTMENT = "adjustment"
    LOAN_OUT = "loan_out"
    LOAN_BACK = "loan_back"

    @property
    def label(self) -> str:
        return MOVEMENT_LABELS[self]


class LoanKind(StrEnum):
    LOANER = "loaner"
    TEST_EQUIPMENT = "test_equipment"

    @property
    def label(self) -> str:
        return LOAN_LABELS[self]


CATEGORY_LABELS = {
    PartCategory.SPARE: QT_TRANSLATE_NOOP("enum", "备品备件"),
    PartCategory.CONSUMABLE: QT_TRANSLATE_NOOP("enum", "耗材"),
    PartCategory.DEVICE: QT_TRANSLATE_NOOP("enum", "整机（替换/备用机）"),
    PartCategory.TEST_EQUIPMENT: QT_TRANSLATE_NOOP("enum", "测试设备"),
}
MOVEMENT_LABELS = {
    MovementKind.STOCK_IN: QT_TRANSLATE_NOOP("enum", "入库"),
    MovementKind.STOCK_OUT: QT_TRANSLATE_NOOP("enum", "出库"),
    MovementKind.RETURN: QT_TRANSLATE_NOOP("enum", "退库"),
    MovementKind.SCRAP: QT_TRANSLATE_NOOP("enum", "报废"),
    MovementKind.ADJUSTMENT: QT_TRANSLATE_NOOP("enum", "调整"),
    MovementKind.LOAN_OUT: QT_TRANSLATE_NOOP("enum", "借出"),
    MovementKind.LOAN_BACK: QT_TRANSLATE_NOOP("enum", "归还"),
}
LOAN_LABELS = {
    LoanKind.LOANER: QT_TRANSLATE_NOOP("enum", "备用机"),
    LoanKind.TEST_EQUIPMENT: QT_TRANSLATE_NOOP("enum", "测试设备"),
}
# Also accepted in an imported workbook's 类别 column.
CATEGORY_ALIASES = {
    "备件": PartCategory.SPARE,
    "备品": PartCategory.SPARE,
    "配件": PartCategory.SPARE,
    "整机": PartCategory.DEVICE,
    "替换设备": PartCategory.DEVICE,
    "备用机": PartCategory.DEVICE,
    "仪器仪表": PartCategory.TEST_EQUIPMENT,
}

# Which way each kind moves stock: +1 in, -1 out, 0 either (an adjustment carries its own sign).
DIRECTION = {
    MovementKind.STOCK_IN: 1,
    MovementKind.STOCK_OUT: -1,
    MovementKind.RETURN: 1,
    MovementKind.SCRAP: -1,
    MovementKind.ADJUSTMENT: 0,
    MovementKind.LOAN_OUT: -1,
    MovementKind.LOAN_BACK: 1,
}


class StockError(MarkedError, ValueError):
    """A movement the store's rules refuse; the message says why, in Chinese."""

    def __init__(self, template: str, **values: object) -> None:
        super().__init__("store", template, **values)


def stock_level(quantities: Iterable[int]) -> int:
    """The quantity on hand: the sum of the signed movements."""
    return sum(quantities)


def signed_quantity(kind: MovementKind, quantity: int) -> int:
    """The movement's effect on stock: positive in, negative out; an adjustment keeps its sign."""
    if DIRECTION[kind] == 0:
        if quantity == 0:
            raise StockError(QT_TRANSLATE_NOOP("store", "调整数量不能为 0"))
        return quantity
    if quantity <= 0:
        raise StockError(QT_TRANSLATE_NOOP("store", "数量必须是正整数"))
    return DIRECTION[kind] * quantity


def check_available(code: str, on_hand: int, change: int) -> int:
    """The stock after ``change``; a movement that would take it below zero is refused."""
    after = on_hand + change
    if after < 0:
        raise StockError(
            QT_TRANSLATE_NOOP("store", "备件 {code} 库存只有 {on_hand}，不能减少 {wanted}"),
            code=code,
            on_hand=on_hand,
            wanted=-change,
        )
    return after


def is_low(on_hand: int, min_stock: int) -> bool:
    """Low stock: at or below the minimum (a minimum of 0 means never low)."""
    return min_stock > 0 and on_hand <= min_stock


def serial_in_stock(quantities: Iterable[int]) -> bool:
    """A serial-numbered item is on the shelf when its movements add up to one."""
    return sum(quantities) == 1


def check_serial_move(code: str, serial: str, in_stock: bool, change: int) -> None:
    """A serial item moves one at a time: out only from the shelf, in only when not on it."""
    if change not in (1, -1):
        raise StockError(
            QT_TRANSLATE_NOOP("store", "备件 {code} 按序列号管理，每次只能移动一件"), code=code
        )
    if change < 0 and not in_stock:
        raise StockError(
            QT_TRANSLATE_NOOP("store", "序列号 {serial}（{code}）不在库中"),
            serial=serial,
            code=code,
        )
    if change > 0 and in_stock:
        raise StockError(
            QT_TRANSLATE_NOOP("store", "序列号 {serial}（{code}）已在库中"),
            serial=serial,
            code=code,
        )


def loan_overdue(due_back_at: datetime | None, returned_at: datetime | None, now: datetime) -> bool:
    """An open loan past its agreed return time."""
    return returned_at is None and due_back_at is not None and now > due_back_at


def normalise_model(text: str) -> str:
    """A model number compared loosely: full-width folded, case and spaces ignored."""
    return re.sub(r"[\s\-_/]+", "", unicodedata.normalize("NFKC", text)).casefold()


def same_model(device_text: str, model: str) -> bool:
    """Whether a ticket's device (free text, e.g. "半球摄像机 IPC-D320") is of ``model``."""
    wanted = normalise_model(model)
    return bool(wanted) and wanted in normalise_model(device_text)


@dataclass(frozen=True)
class CountLine:
    """One part on the stocktake sheet: its book quantity and what was counted."""

    part_id: int
    code: str
    book: int
    counted: int | None

    @property
    def difference(self) -> int:
        return 0 if self.counted is None else self.counted - self.book


def differences(lines: Iterable[CountLine]) -> list[CountLine]:
    """The lines whose count differs from the book (uncounted lines are left alone)."""
    return [line for line in lines if line.counted is not None and line.difference != 0]


@dataclass(frozen=True)
class LoanInfo:
    """One loan as lists, forms and exports show it."""

    id: int
    kind: LoanKind
    part_id: int | None  # None: a loaner from outside the store, named in part_name
    part_code: str
    part_name: str
    model: str
    unit: str
    serial: str
    quantity: int
    ticket_id: int | None
    ticket_number: str
    ticket_title: str
    ticket_place: str
    ticket_device: str
    borrower: str
    location: str
    purpose: str
    issued_at: datetime
    issued_by: str
    due_back_at: datetime | None
    returned_at: datetime | None
    returned_by: str
    return_note: str
    overdue: bool

    @property
    def open(self) -> bool:
        return self.returned_at is None
