"""Import the catalogue and opening stock from the service department's Excel file, all or nothing."""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from app.db import audit
from app.db.models.store import Part, PartSerial, StockMovement
from app.domain.audit.actions import PARTS_IMPORT
from app.domain.i18n import QT_TRANSLATE_NOOP, MarkedError
from app.domain.store.import_rows import (
    HEADER_LABELS,
    REQUIRED_HEADERS,
    PartRow,
    RowError,
    UnreadableCell,
    check_duplicates,
    match_headers,
    normalise_cell,
    parse_part_row,
)
from app.domain.store.inventory import MovementKind
from app.services.context import Desk
from app.services.workbook_rows import WorkbookLimitError, sheet_rows

HEADER_SEARCH_ROWS = 10  # a title line or two above the header row is common
MAX_REPORTED_ERRORS = 1000  # a file wrong throughout says so without a list of 100,000 rows
BATCH = 2000  # rows per INSERT: a 100,000-row import never holds ORM objects for all of them


class PartsImportError(MarkedError, ValueError):
    """The file cannot be imported; ``rows`` holds every bad row (row number and reason)."""

    def __init__(self, template: str, rows: list[RowError] | None = None, **values: object) -> None:
        super().__init__("store", template, **values)
        self.rows = rows or []

    def __str__(self) -> str:
        head = super().__str__()
        return "\n".join([head, *(str(r) for r in self.rows)]) if self.rows else head


@dataclass(frozen=True)
class ImportResult:
    parts: int
    units: int
    serials: int


def read_part_rows(path: Path) -> list[PartRow]:
    """Every catalogue row of the file's first sheet; raises with all bad rows if any.

    The file is checked before it is parsed (size, unpacked size), then read row by row.
    """
    path = Path(path).expanduser()
    if not path.is_file():
        raise PartsImportError(QT_TRANSLATE_NOOP("store", "文件不存在：{path}"), path=path)
    parsed: list[PartRow] = []
    errors: list[RowError] = []
    head: list[tuple[Any, ...]] = []
    columns: dict[str, int] | None = None
    header_at = 0
    number = 0
    try:
        for number, cells in sheet_rows(path):
            if columns is None:
                head.append(cells)
                if len(head) < HEADER_SEARCH_ROWS:
                    continue
                header_at, columns = _find_header(head)
                for index, early in enumerate(head[header_at + 1 :], start=header_at + 2):
                    _take(index, early, columns, parsed, errors)
                continue
            _take(number, cells, columns, parsed, errors)
    except WorkbookLimitError as exc:
        raise PartsImportError(exc.template, **exc.values) from exc
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, TypeError, OverflowError) as exc:
        # openpyxl stops at a cell it cannot read (e.g. a number written as "NaN")
        raise PartsImportError(
            QT_TRANSLATE_NOOP(
                "store",
                "无法读取 Excel 文件：{path}（第 {row} 行附近有无法读取的单元格，"
                "例如写成 NaN、INF 的数值：{reason}），未导入任何数据",
            ),
            path=path,
            row=number + 1,
            reason=exc.__class__.__name__,
        ) from exc
    if columns is None:  # fewer rows than the header search
        header_at, columns = _find_header(head)
        for index, early in enumerate(head[header_at + 1 :], start=header_at + 2):
            _take(index, early, columns, parsed, errors)
    errors.extend(check_duplicates(parsed))
    if errors:
        raise PartsImportError(
            QT_TRANSLATE_NOOP("store", "{count} 行有错误，未导入任何数据："),
            rows=sorted(errors, key=lambda e: e.row),
            count=len({e.row for e in errors}),
        )
    if not parsed:
        raise PartsImportError(QT_TRANSLATE_NOOP("store", "文件中没有备件数据行"))
    return parsed


def _take(
    number: int,
    cells: tuple[Any, ...],
    columns: dict[str, int],
    parsed: list[PartRow],
    errors: list[RowError],
) -> None:
    """Parse one data row into ``parsed`` or its reasons into ``errors``; blank lines are skipped."""
    values = {key: cells[col] if col < len(cells) else None for key, col in columns.items()}
    if not any(normalise_cell(v) or isinstance(v, UnreadableCell) for v in values.values()):
        return
    result = parse_part_row(number, values)
    if isinstance(result, PartRow):
        parsed.append(result)
    elif len(errors) < MAX_REPORTED_ERRORS:
        errors.extend(result)


def _find_header(rows: list[tuple[Any, ...]]) -> tuple[int, dict[str, int]]:
    best: tuple[int, dict[str, int]] = (0, {})
    for index, cells in enumerate(rows[:HEADER_SEARCH_ROWS]):
        columns = match_headers(cells)
        if len(columns) > len(best[1]):
            best = (index, columns)
    missing = [HEADER_LABELS[k] for k in REQUIRED_HEADERS if k not in best[1]]
    if missing:
        raise PartsImportError(
            QT_TRANSLATE_NOOP("store", "第一张工作表缺少表头：{missing}"),
            missing="、".join(missing),
        )
    return best


def import_parts(desk: Desk, path: Path) -> ImportResult:
    """Read the whole file, check every row, then add parts and opening stock in one transaction."""
    rows = read_part_rows(path)
    now = desk.clock.now()
    source = f"期初导入 {Path(path).name}"[:200]
    with desk.write(PARTS_IMPORT, object_type="part") as session:
        existing = set(session.scalars(select(Part.code)))
        clashes = check_duplicates(rows, existing)
        if clashes:
            raise PartsImportError(
                QT_TRANSLATE_NOOP("store", "{count} 行有错误，未导入任何数据："),
                rows=clashes[:MAX_REPORTED_ERRORS],
                count=len(clashes),
            )
        # New parts start empty, so opening stock needs no "below zero" check: the rows go in
        # as plain multi-row inserts, a batch at a time (no ORM object per row: a 100,000-row
        # file would otherwise hold 200,000 of them until the commit).
        common = {"kind": MovementKind.STOCK_IN.value, "at": now, "actor": desk.actor}
        for start in range(0, len(rows), BATCH):
            batch = rows[start : start + BATCH]
            part_ids = _insert(session, Part, [_part_values(row) for row in batch])
            serials = [
                (pid, name)
                for pid, row in zip(part_ids, batch, strict=True)
                for name in row.serials
            ]
            serial_ids = _insert(
                session, PartSerial, [{"part_id": pid, "serial": name} for pid, name in serials]
            )
            movements = [
                {
                    "part_id": pid,
                    "serial_id": None,
                    "quantity": row.quantity,
                    "source": source,
                    **common,
                }
                for pid, row in zip(part_ids, batch, strict=True)
                if row.quantity and not row.serial_tracked
            ]
            movements += [
                {"part_id": pid, "serial_id": sid, "quantity": 1, "source": source, **common}
                for (pid, _name), sid in zip(serials, serial_ids, strict=True)
            ]
            if movements:
                _insert(session, StockMovement, movements)
    return ImportResult(
        parts=len(rows),
        units=sum(r.quantity for r in rows),
        serials=sum(len(r.serials) for r in rows),
    )


def _part_values(row: PartRow) -> dict[str, object]:
    return {
        "code": row.code,
        "name": row.name,
        "model": row.model,
        "category": row.category.value,
        "unit": row.unit,
        "shelf": row.shelf,
        "min_stock": row.min_stock,
        "serial_tracked": row.serial_tracked,
    }


def _insert(
    session: Session,
    model: type[Part] | type[PartSerial] | type[StockMovement],
    values: list[dict],
) -> list[int]:
    """Insert the rows, audited like single ones; their new ids, in the order given."""
    if not values:
        return []
    statement = insert(model).returning(model.id, sort_by_parameter_order=True)
    ids = list(session.scalars(statement, values))
    audit.note_inserted(session, model.__tablename__, ids)
    return ids
