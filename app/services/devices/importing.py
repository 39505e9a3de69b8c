"""Import the device register from a workbook (Chinese headers), all or nothing: new codes are
added, known codes updated (each change in the device's log), related devices linked."""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import Device, Ticket
from app.domain.audit.actions import DEVICE_IMPORT
from app.domain.devices.import_rows import (
    HEADER_LABELS,
    REQUIRED_HEADERS,
    DeviceRow,
    check_links,
    check_unique,
    match_headers,
    parse_device_row,
)
from app.domain.devices.register import cell_text, fold
from app.domain.i18n import QT_TRANSLATE_NOOP, MarkedError
from app.domain.store.import_rows import FORMULA_WITHOUT_VALUE, RowError
from app.services.context import Desk
from app.services.devices.links import link
from app.services.devices.register import (
    EDITED,
    add_devices,
    apply_data,
    log_event,
    systems_map,
)
from app.services.workbook_rows import WorkbookLimitError, sheet_rows

HEADER_SEARCH_ROWS = 10  # a title line or two above the header row is common


class DeviceImportError(MarkedError, ValueError):
    """The file cannot be imported; ``rows`` holds every bad row (row number and reason)."""

    def __init__(self, template: str, rows: list[RowError] | None = None, **values: object) -> None:
        super().__init__("devices", template, **values)
        self.rows = rows or []

    def __str__(self) -> str:
        head = super().__str__()
        return "\n".join([head, *(str(r) for r in self.rows)]) if self.rows else head


@dataclass(frozen=True)
class DeviceImportResult:
    added: int
    updated: int
    unchanged: int
    links: int
    tickets_linked: int


def _read_cells(path: Path) -> list[tuple]:
    """The first sheet's rows, read with the same limits as every workbook import (size,
    unpacked size, rows); a formula the file holds no result for reads as empty."""
    path = Path(path).expanduser()
    if not path.is_file():
        raise DeviceImportError(QT_TRANSLATE_NOOP("devices", "文件不存在：{path}"), path=path)
    try:
        return [
            tuple(None if v is FORMULA_WITHOUT_VALUE else v for v in cells)
            for _number, cells in sheet_rows(path)
        ]
    except WorkbookLimitError as exc:
        refused = DeviceImportError(exc.template, **exc.values)
        refused.context = exc.context  # the limits' messages are marked once, under "store"
        raise refused from exc
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, TypeError, OverflowError) as exc:
        raise DeviceImportError(
            QT_TRANSLATE_NOOP("devices", "无法读取 Excel 文件：{path}（{reason}）"),
            path=path,
            reason=exc.__class__.__name__,
        ) from exc


def _find_header(rows: list[tuple]) -> tuple[int, dict[str, int]]:
    best: tuple[int, dict[str, int]] = (0, {})
    for index, cells in enumerate(rows[:HEADER_SEARCH_ROWS]):
        columns = match_headers(cells)
        if len(columns) > len(best[1]):
            best = (index, columns)
    missing = [HEADER_LABELS[k] for k in REQUIRED_HEADERS if k not in best[1]]
    if missing:
        raise DeviceImportError(
            QT_TRANSLATE_NOOP("devices", "第一张工作表缺少表头：{missing}"),
            missing="、".join(missing),
        )
    return best


def _refuse(errors: list[RowError]) -> DeviceImportError:
    return DeviceImportError(
        QT_TRANSLATE_NOOP("devices", "{count} 行有错误，未导入任何数据："),
        rows=sorted(errors, key=lambda e: e.row),
        count=len({e.row for e in errors}),
    )


def read_device_rows(path: Path, systems: dict[str, str]) -> list[DeviceRow]:
    """Every device row of the file's first sheet; raises with all bad rows if any."""
    rows = _read_cells(path)
    header_at, columns = _find_header(rows)
    parsed: list[DeviceRow] = []
    errors: list[RowError] = []
    for index, cells in enumerate(rows[header_at + 1 :], start=header_at + 2):
        values = {key: cells[col] if col < len(cells) else None for key, col in columns.items()}
        if not any(cell_text(v) for v in values.values()):
            continue  # blank line
        result = parse_device_row(index, values, systems)
        if isinstance(result, RowError):
            errors.append(result)
        else:
            parsed.append(result)
    errors.extend(check_unique(parsed))
    if errors:
        raise _refuse(errors)
    if not parsed:
        raise DeviceImportError(QT_TRANSLATE_NOOP("devices", "文件中没有设备数据行"))
    return parsed


def _existing_keys(session: Session) -> dict[str, dict[str, str]]:
    keys: dict[str, dict[str, str]] = {"code": {}, "asset_no": {}, "ip": {}, "serial": {}}
    for code, asset, ip, model, serial in session.execute(
        select(Device.code, Device.asset_no, Device.ip, Device.model, Device.serial_no)
    ):
        keys["code"][code] = code
        if asset:
            keys["asset_no"][asset] = code
        if ip:
            keys["ip"][ip] = code
        if serial:
            keys["serial"][f"{fold(model)}|{fold(serial)}"] = code
    return keys


def import_devices(desk: Desk, path: Path) -> DeviceImportResult:
    """Check the whole file, then add and update the devices and links in one transaction."""
    now = desk.clock.now()
    source = f"导入设备台账 {Path(path).name}"
    with desk.db.read() as session:
        systems = systems_map(session)
    rows = read_device_rows(path, systems)
    with desk.write(DEVICE_IMPORT, object_type="device") as session:
        existing = _existing_keys(session)
        errors = check_unique(rows, existing) + check_links(rows, existing["code"])
        if errors:
            raise _refuse(errors)
        by_code = {d.code: d for d in session.scalars(select(Device))}
        new = [row.device for row in rows if row.device.code not in by_code]
        for device in add_devices(session, new, now, desk.actor, source):
            by_code[device.code] = device
        added, updated, unchanged = len(new), 0, 0
        fresh = {data.code for data in new}
        for row in rows:
            device = by_code[row.device.code]
            if row.device.code in fresh:
                continue
            changes = apply_data(session, device, row.device)
            if changes:
                log_event(session, device.id, now, desk.actor, EDITED, source, "\n".join(changes))
                updated += 1
            else:
                unchanged += 1
        session.flush()
        links = sum(
            link(session, by_code[row.device.code], by_code[ref.code], ref.note, now, desk.actor)
            for row in rows
            for ref in row.links
        )
        linked = match_tickets(session, list(by_code.values()))
    return DeviceImportResult(added, updated, unchanged, links, linked)


def match_tickets(session: Session, devices: list[Device]) -> int:
    """Link tickets whose free-text device is exactly a device's name (with or without its
    model) in the same system; other texts stay as they are. Returns the tickets linked."""
    names: dict[tuple[int, str], int | None] = {}
    for device in devices:
        for text in {device.name, f"{device.name} {device.model}".strip()}:
            key = (device.system_id, fold(text))
            names[key] = None if key in names and names[key] != device.id else device.id
    linked = 0
    for ticket in session.scalars(
        select(Ticket).where(Ticket.device_id.is_(None), Ticket.device != "")
    ):
        device_id = names.get((ticket.system_id, fold(ticket.device)))
        if device_id is not None:  # None too when two devices share the name: ambiguous
            ticket.device_id = device_id
            linked += 1
    return linked
