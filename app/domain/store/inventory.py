"""The spare-parts store's rules: stock as a sum of movements, serial moves, loans, stocktake."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
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


# --- import rows ----------------------------------------------------------------------------


def normalise_cell(value: object) -> str:
    """A cell as text: full-width letters, digits and spaces folded, spaces trimmed and collapsed."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = unicodedata.normalize("NFKC", str(value))
    return " ".join(text.split())


def parse_int(value: object) -> int | None:
    """A whole number from a cell ("１２", " 3 ", 3.0, "1,200"); None if it is not one."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return int(value) if value.is_integer() else None
    text = normalise_cell(value).replace(",", "").replace(" ", "")
    if re.fullmatch(r"[+-]?\d+", text):
        return int(text)
    if re.fullmatch(r"[+-]?\d+\.0*", text):
        return int(text.split(".")[0])
    return None


def parse_category(value: object) -> PartCategory | None:
    text = normalise_cell(value).replace(" ", "")
    for category in PartCategory:
        if text in (category.value, category.label, category.label.split("（")[0]):
            return category
    return CATEGORY_ALIASES.get(text)


def parse_bool(value: object) -> bool | None:
    text = normalise_cell(value).casefold()
    if text in ("是", "y", "yes", "true", "1", "√", "✓"):
        return True
    if text in ("", "否", "n", "no", "false", "0"):
        return False
    return None


def split_serials(value: object) -> list[str]:
    """Serial numbers in one cell, separated by commas, 顿号, semicolons, spaces or new lines."""
    text = unicodedata.normalize("NFKC", "" if value is None else str(value))
    return [s for s in re.split(r"[\s,;、，；]+", text) if s]


# The workbook's columns, matched by their Chinese headers (several spellings each).
HEADERS: dict[str, tuple[str, ...]] = {
    "code": ("编码", "备件编码", "物料编码", "编号"),
    "name": ("名称", "备件名称", "物料名称"),
    "model": ("型号", "型号规格", "规格型号", "型号/规格"),
    "category": ("类别", "分类", "类型"),
    "unit": ("单位", "计量单位"),
    "shelf": ("货架", "存放架", "货位", "存放位置", "库位"),
    "min_stock": ("最低库存", "安全库存", "最低库存量"),
    "serial_tracked": ("按序列号管理", "序列号管理"),
    "quantity": ("期初数量", "数量", "库存数量", "期初库存"),
    "serials": ("序列号", "序列号清单"),
}
REQUIRED_HEADERS = ("code", "name", "category", "quantity")
HEADER_LABELS = {key: names[0] for key, names in HEADERS.items()}


def match_headers(cells: Iterable[object]) -> dict[str, int]:
    """Column index of each known field, by its header text (spaces and full-width ignored)."""
    found: dict[str, int] = {}
    for index, cell in enumerate(cells):
        text = normalise_cell(cell).replace(" ", "")
        for key, names in HEADERS.items():
            if key not in found and text in names:
                found[key] = index
    return found


@dataclass(frozen=True)
class PartRow:
    """One clean catalogue row with its opening stock."""

    row: int
    code: str
    name: str
    model: str
    category: PartCategory
    unit: str
    shelf: str
    min_stock: int
    serial_tracked: bool
    quantity: int
    serials: tuple[str, ...]


@dataclass(frozen=True)
class RowError:
    """A bad row of an imported workbook: its row number and the reason in Chinese."""

    row: int
    reason: str

    def __str__(self) -> str:
        return f"第 {self.row} 行：{self.reason}"


def parse_part_row(row: int, values: Mapping[str, object]) -> PartRow | list[RowError]:
    """A catalogue row from the workbook's cells (by field), or every reason it is bad."""
    errors: list[str] = []
    code = normalise_cell(values.get("code")).replace(" ", "").upper()
    name = normalise_cell(values.get("name"))
    if not code:
        errors.append("缺少编码")
    if not name:
        errors.append("缺少名称")
    category = parse_category(values.get("category"))
    if category is None:
        shown = normalise_cell(values.get("category"))
        errors.append(f"类别“{shown}”不认识" if shown else "缺少类别")
    quantity = parse_int(values.get("quantity"))
    raw_quantity = normalise_cell(values.get("quantity"))
    if quantity is None and raw_quantity:
        errors.append(f"期初数量“{raw_quantity}”不是整数")
    elif quantity is None:
        quantity = 0
    elif quantity < 0:
        errors.append(f"期初数量不能为负数：{quantity}")
    min_stock = parse_int(values.get("min_stock")) if normalise_cell(values.get("min_stock")) else 0
    if min_stock is None or min_stock < 0:
        errors.append(f"最低库存“{normalise_cell(values.get('min_stock'))}”不是非负整数")
    serials = split_serials(values.get("serials"))
    tracked = parse_bool(values.get("serial_tracked"))
    if tracked is None:
        errors.append(f"按序列号管理“{normalise_cell(values.get('serial_tracked'))}”应为 是/否")
    tracked = bool(tracked) or bool(serials)
    if tracked and quantity is not None and quantity >= 0 and len(serials) != quantity:
        errors.append(f"序列号 {len(serials)} 个，与期初数量 {quantity} 不符")
    if len(set(serials)) != len(serials):
        errors.append("序列号有重复")
    if errors:
        return [RowError(row, "；".join(errors))]
    assert category is not None and quantity is not None and min_stock is not None
    return PartRow(
        row=row,
        code=code,
        name=name,
        model=normalise_cell(values.get("model")),
        category=category,
        unit=normalise_cell(values.get("unit")) or "个",
        shelf=normalise_cell(values.get("shelf")).upper(),
        min_stock=min_stock,
        serial_tracked=tracked,
        quantity=quantity,
        serials=tuple(serials),
    )


def check_duplicates(rows: Iterable[PartRow], existing: Iterable[str] = ()) -> list[RowError]:
    """A code given twice in the file, or already in the catalogue, is an error on each later row."""
    errors: list[RowError] = []
    known = set(existing)
    first: dict[str, int] = {}
    for row in rows:
        if row.code in known:
            errors.append(RowError(row.row, f"编码 {row.code} 已在备件目录中"))
        elif row.code in first:
            errors.append(RowError(row.row, f"编码 {row.code} 与第 {first[row.code]} 行重复"))
        else:
            first[row.code] = row.row
    return errors


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
