"""Rows of an imported parts workbook: cells read loosely, every bad value a reason in Chinese."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from app.domain.store.inventory import CATEGORY_ALIASES, PartCategory

MAX_QUANTITY = 1_000_000  # an opening stock or minimum beyond this is a typing slip, not stock
# The longest text each column holds (the database columns' lengths; a test keeps them equal).
MAX_LENGTHS = {"code": 40, "name": 100, "model": 100, "unit": 10, "shelf": 30, "serials": 60}


@dataclass(frozen=True)
class UnreadableCell:
    """A cell whose value the file does not hold (e.g. a formula never calculated)."""

    reason: str


FORMULA_WITHOUT_VALUE = UnreadableCell(
    "是公式但文件中没有计算结果（请在 Excel 中打开并保存后再导入）"
)


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
    if isinstance(value, float):  # NaN and infinity are no whole numbers either
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


@dataclass(frozen=True, slots=True)  # a 100,000-row import holds them all at once
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
    errors: list[str] = [
        f"{HEADER_LABELS[key]}{value.reason}"
        for key, value in values.items()
        if isinstance(value, UnreadableCell)
    ]
    values = {k: None if isinstance(v, UnreadableCell) else v for k, v in values.items()}
    for key, limit in MAX_LENGTHS.items():
        if key != "serials" and len(normalise_cell(values.get(key))) > limit:
            errors.append(f"{HEADER_LABELS[key]}超过 {limit} 个字符")
    code = normalise_cell(values.get("code")).replace(" ", "").upper()
    name = normalise_cell(values.get("name"))
    if not code:
        errors.append("缺少编码")
    if not name:
        errors.append("缺少名称")
    category = parse_category(values.get("category"))
    if category is None:
        shown = _shown(values.get("category"))
        errors.append(f"类别“{shown}”不认识" if shown else "缺少类别")
    quantity = parse_int(values.get("quantity"))
    raw_quantity = normalise_cell(values.get("quantity"))
    if quantity is None and raw_quantity:
        errors.append(f"期初数量“{_shown(raw_quantity)}”不是整数")
    elif quantity is None:
        quantity = 0
    elif quantity < 0:
        errors.append(f"期初数量不能为负数：{quantity}")
    elif quantity > MAX_QUANTITY:
        errors.append(f"期初数量超出范围（不超过 {MAX_QUANTITY}）：{_shown(quantity)}")
        quantity = None
    min_stock = parse_int(values.get("min_stock")) if normalise_cell(values.get("min_stock")) else 0
    if min_stock is None or min_stock < 0:
        errors.append(f"最低库存“{_shown(values.get('min_stock'))}”不是非负整数")
    elif min_stock > MAX_QUANTITY:
        errors.append(f"最低库存超出范围（不超过 {MAX_QUANTITY}）：{_shown(min_stock)}")
    serials = split_serials(values.get("serials"))
    tracked = parse_bool(values.get("serial_tracked"))
    if tracked is None:
        errors.append(f"按序列号管理“{_shown(values.get('serial_tracked'))}”应为 是/否")
    tracked = bool(tracked) or bool(serials)
    if tracked and quantity is not None and quantity >= 0 and len(serials) != quantity:
        errors.append(f"序列号 {len(serials)} 个，与期初数量 {quantity} 不符")
    if len(set(serials)) != len(serials):
        errors.append("序列号有重复")
    if any(len(serial) > MAX_LENGTHS["serials"] for serial in serials):
        errors.append(f"序列号超过 {MAX_LENGTHS['serials']} 个字符")
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


def _shown(value: object, limit: int = 20) -> str:
    """A bad cell's text as the message quotes it: short."""
    text = normalise_cell(value)
    return text if len(text) <= limit else text[:limit] + "…"


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
