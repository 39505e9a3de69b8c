"""Shared set-up for the device tests: a few devices added through the services, workbooks."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook

from app.services.context import Desk
from app.services.devices.register import create_device


def device_values(**overrides: Any) -> dict[str, Any]:
    values: dict[str, Any] = {
        "code": "SP-0003",
        "name": "监区一 3号监仓 半球摄像机",
        "system": "VIDEO",
        "place": "监区一 3号监仓",
        "kind": "camera",
        "brand": "视安科技",
        "model": "IPC-D320",
        "serial_no": "D3202501003",
        "asset_no": "YZKSS-2025-00003",
        "ip": "10.10.1.13",
        "mac": "b4-a3-82-00-00-13",
        "version": "V5.6.2 build 231108",
        "installed_on": "2025-04-20",
        "warranty_end": "2028-06-30",
        "status": "在用",
        "notes": "",
    }
    values.update(overrides)
    return values


def small_register(desk: Desk) -> dict[str, int]:
    """A cell camera, the NVR it records to, a decoder, a reader on another system."""
    return {
        "camera": create_device(desk, device_values()),
        "nvr": create_device(
            desk,
            device_values(
                code="SP-0001",
                name="中心机房 NVR-1 网络硬盘录像机",
                place="中心机房",
                kind="",
                model="NVR-6432",
                serial_no="N6432001",
                asset_no="YZKSS-2025-00001",
                ip="10.10.1.2",
                mac="",
                version="V4.1.60 build 230915",
            ),
        ),
        "decoder": create_device(
            desk,
            device_values(
                code="SP-0100",
                name="监控指挥中心 视频综合平台 解码器",
                place="监控指挥中心",
                kind="",
                model="DEC-16H",
                serial_no="DC16001",
                asset_no="YZKSS-2025-00100",
                ip="10.10.1.200",
                mac="",
                version="V3.0.12",
            ),
        ),
        "reader": create_device(
            desk,
            device_values(
                code="MJ-0003",
                name="AB门 读卡器1",
                system="门禁控制系统",
                place="AB门",
                kind="读卡器",
                model="RD-M30",
                serial_no="M30R001",
                asset_no="YZKSS-2025-00200",
                ip="",
                mac="",
                version="V1.2",
            ),
        ),
    }


REGISTER_HEADER = [
    "设备编号", "设备名称", "所属系统", "安装位置", "设备类型", "品牌", "型号", "序列号",
    "资产编号", "IP地址", "MAC地址", "固件/软件版本", "安装日期", "质保到期", "状态", "关联设备",
    "备注",
]  # fmt: skip


def register_workbook(
    path: Path, rows: Sequence[Sequence[object]], title: str | None = None
) -> Path:
    book = Workbook()
    sheet = book.active
    if title:
        sheet.append([title])
    sheet.append(REGISTER_HEADER)
    for row in rows:
        sheet.append(list(row))
    book.save(path)
    return path
