"""The rows of an imported workbook, read cheaply: a file too big is refused before it is parsed.

The limits are checked from the zip directory (the sizes the parts would unpack to), so a small
crafted file cannot make the reader take gigabytes. Rows are streamed (openpyxl's read-only mode),
at most ``MAX_COLUMNS`` wide and ``MAX_ROWS`` long; a formula whose result the file does not hold
is marked (openpyxl would give it as an empty cell, and the import would take it for 0).
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from itertools import zip_longest
from pathlib import Path
from typing import Any

from app.domain.i18n import QT_TRANSLATE_NOOP, MarkedError
from app.domain.store.import_rows import FORMULA_WITHOUT_VALUE

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_UNPACKED_BYTES = 200 * 1024 * 1024
MAX_ROWS = 200_000
MAX_COLUMNS = 40
_FORMULA = re.compile(rb"<(?:\w+:)?f[\s>/]")
_CHUNK = 1 << 20


class WorkbookLimitError(MarkedError):
    """The file is refused as it is; ``template`` and ``values`` say why (marked in "store")."""

    def __init__(self, template: str, **values: object) -> None:
        super().__init__("store", template, **values)


def check_package(path: Path) -> None:
    """Refuse a file too large, not a zip package, or one whose parts unpack too large."""
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise WorkbookLimitError(
            QT_TRANSLATE_NOOP("store", "文件太大（{size} MB，上限 {limit} MB），未导入"),
            size=round(size / 1024 / 1024, 1),
            limit=MAX_FILE_BYTES // 1024 // 1024,
        )
    try:
        with zipfile.ZipFile(path) as package:
            unpacked = sum(info.file_size for info in package.infolist())
    except (zipfile.BadZipFile, OSError) as exc:
        raise WorkbookLimitError(
            QT_TRANSLATE_NOOP("store", "无法读取 Excel 文件：{path}（不是 .xlsx 工作簿）"),
            path=path,
        ) from exc
    if unpacked > MAX_UNPACKED_BYTES:
        raise WorkbookLimitError(
            QT_TRANSLATE_NOOP(
                "store", "文件解压后太大（{size} MB，上限 {limit} MB），可能是异常文件，未导入"
            ),
            size=unpacked // 1024 // 1024,
            limit=MAX_UNPACKED_BYTES // 1024 // 1024,
        )


def has_formulas(path: Path) -> bool:
    """Whether any worksheet of the package holds a formula (a streamed byte search)."""
    with zipfile.ZipFile(path) as package:
        for name in package.namelist():
            if not name.startswith("xl/worksheets/") or not name.endswith(".xml"):
                continue
            with package.open(name) as part:
                tail = b""
                while chunk := part.read(_CHUNK):
                    if _FORMULA.search(tail + chunk):
                        return True
                    tail = chunk[-16:]
    return False


def sheet_rows(path: Path) -> Iterator[tuple[int, tuple[Any, ...]]]:
    """(row number, cell values) of the first sheet; ``FORMULA_WITHOUT_VALUE`` marks a formula
    the file holds no result for. Raises ``WorkbookLimitError`` past ``MAX_ROWS`` rows."""
    from openpyxl import load_workbook

    check_package(path)
    values_book = load_workbook(path, read_only=True, data_only=True)
    formula_book = load_workbook(path, read_only=True) if has_formulas(path) else None
    try:
        if not values_book.worksheets:
            return
        rows = values_book.worksheets[0].iter_rows(max_col=MAX_COLUMNS, values_only=True)
        kinds: Iterator[Any] = iter(())
        if formula_book is not None:
            kinds = formula_book.worksheets[0].iter_rows(max_col=MAX_COLUMNS)
        for number, (values, cells) in enumerate(zip_longest(rows, kinds, fillvalue=()), 1):
            if number > MAX_ROWS:
                raise WorkbookLimitError(
                    QT_TRANSLATE_NOOP("store", "工作表超过 {limit} 行，未导入"), limit=MAX_ROWS
                )
            if cells:
                values = tuple(
                    FORMULA_WITHOUT_VALUE
                    if value is None and getattr(cell, "data_type", "") == "f"
                    else value
                    for value, cell in zip_longest(values, cells)
                )
            yield number, values
    finally:
        values_book.close()
        if formula_book is not None:
            formula_book.close()
