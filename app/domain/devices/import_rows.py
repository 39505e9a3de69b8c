"""The device register workbook: Chinese headers, one device per row, every bad row named."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from app.domain.devices.register import FIELD_LABELS, DeviceData, cell_text, check_device, fold
from app.domain.store.import_rows import RowError

# The workbook's columns, matched by their Chinese headers (several spellings each). The export
# writes the first spelling, so an exported register can be edited and imported again.
HEADERS: dict[str, tuple[str, ...]] = {
    "code": ("设备编号", "编号", "配置项编号"),
    "name": ("设备名称", "名称"),
    "system": ("所属系统", "系统"),
    "place": ("安装位置", "位置", "地点", "安装地点"),
    "kind": ("设备类型", "类型", "类别"),
    "brand": ("品牌", "厂家", "生产厂家"),
    "model": ("型号", "规格型号", "型号规格"),
    "serial_no": ("序列号", "SN"),
    "asset_no": ("资产编号", "固定资产编号"),
    "ip": ("IP地址", "IP"),
    "mac": ("MAC地址", "MAC"),
    "version": ("固件/软件版本", "版本", "固件版本", "软件版本"),
    "installed_on": ("安装日期", "安装时间"),
    "warranty_end": ("质保到期", "质保到期日", "保修到期"),
    "status": ("状态", "设备状态"),
    "notes": ("备注", "说明"),
    "links": ("关联设备", "上级设备"),
}
REQUIRED_HEADERS = ("code", "name", "system", "place")
HEADER_LABELS = {key: names[0] for key, names in HEADERS.items()}


def match_headers(cells: Iterable[object]) -> dict[str, int]:
    """Column index of each known field, by its header text (spaces, case, full-width ignored)."""
    found: dict[str, int] = {}
    for index, cell in enumerate(cells):
        text = fold(cell_text(cell))
        for key, names in HEADERS.items():
            if key not in found and text in {fold(n) for n in names}:
                found[key] = index
    return found


@dataclass(frozen=True)
class LinkRef:
    """A related device named in the 关联设备 column: its code and what links them (a port)."""

    code: str
    note: str


@dataclass(frozen=True)
class DeviceRow:
    """One clean row of the workbook."""

    row: int
    device: DeviceData
    links: tuple[LinkRef, ...]


def split_links(value: object) -> list[LinkRef]:
    """``SW-01:Gi0/12、NVR-01`` → links by code, each with an optional note after the colon."""
    text = unicodedata.normalize("NFKC", "" if value is None else str(value))
    refs = []
    for piece in re.split(r"[,;、，；\n]+", text):
        code, _sep, note = piece.partition(":")
        code = "".join(code.split()).upper()
        if code:
            refs.append(LinkRef(code, note.strip()))
    return refs


def parse_device_row(
    row: int, values: Mapping[str, object], systems: Mapping[str, str]
) -> DeviceRow | RowError:
    """A device from the workbook's cells (by field), or the row's reasons in one line."""
    device, problems = check_device(values, systems)
    if problems:
        reasons = []
        order = list(FIELD_LABELS)
        for name, template in sorted(problems, key=lambda p: order.index(p[0])):
            reason = template.format(label=FIELD_LABELS[name])
            raw = cell_text(values.get(name))
            reasons.append(f"{reason}：{raw}" if raw and name not in ("code",) else reason)
        return RowError(row, "；".join(reasons))
    assert device is not None
    return DeviceRow(row, device, tuple(split_links(values.get("links"))))


# Fields that name one device only: a second device with the same value is an error.
UNIQUE_FIELDS = (
    ("code", "设备编号"),
    ("asset_no", "资产编号"),
    ("ip", "IP地址"),
)


def _keys(device: DeviceData) -> dict[str, str]:
    keys = {"code": device.code, "asset_no": device.asset_no, "ip": device.ip}
    if device.serial_no:  # a serial number is unique within its model
        keys["serial"] = f"{fold(device.model)}|{fold(device.serial_no)}"
    return {k: v for k, v in keys.items() if v}


def check_unique(
    rows: Iterable[DeviceRow], existing: Mapping[str, Mapping[str, str]] | None = None
) -> list[RowError]:
    """A code, asset number, IP or serial number given twice in the file is an error on each
    later row; one that another device of the register already has is an error too.

    ``existing`` maps each key ("code", "asset_no", "ip", "serial") to {value: device code} of
    the devices already stored; a row updating a device (same code) may keep its own values.
    """
    existing = existing or {}
    labels = dict(UNIQUE_FIELDS) | {"serial": "序列号"}
    first: dict[tuple[str, str], int] = {}
    errors: list[RowError] = []
    for row in rows:
        reasons = []
        for key, value in _keys(row.device).items():
            owner = existing.get(key, {}).get(value)
            shown = value.split("|")[-1] if key == "serial" else value
            if (key, value) in first:
                reasons.append(f"{labels[key]} {shown} 与第 {first[(key, value)]} 行重复")
            elif key != "code" and owner is not None and owner != row.device.code:
                reasons.append(f"{labels[key]} {shown} 已属于设备 {owner}")
            else:
                first[(key, value)] = row.row
        if reasons:
            errors.append(RowError(row.row, "；".join(reasons)))
    return errors


def check_links(rows: Iterable[DeviceRow], known_codes: Iterable[str]) -> list[RowError]:
    """Every related device named must be in the file or the register, and not the row itself."""
    rows = list(rows)
    codes = set(known_codes) | {r.device.code for r in rows}
    errors = []
    for row in rows:
        missing = [link.code for link in row.links if link.code not in codes]
        if any(link.code == row.device.code for link in row.links):
            errors.append(RowError(row.row, "关联设备不能是设备自己"))
        if missing:
            errors.append(RowError(row.row, f"关联设备不存在：{'、'.join(missing)}"))
    return errors
