"""Shared set-up for the store tests: a small catalogue added through the services."""

from __future__ import annotations

from app.domain.store.inventory import MovementKind
from app.services.context import Desk
from app.services.store import inventory


def small_store(desk: Desk) -> dict[str, int]:
    """A switch port module (plain), a dome camera (serial, whole device), a multimeter."""
    ids = {
        "sfp": inventory.create_part(
            desk,
            {
                "code": "SFP-1G",
                "name": "千兆光模块",
                "model": "SFP-GE-LX",
                "category": "spare",
                "unit": "个",
                "shelf": "A-01",
                "min_stock": 2,
            },
        ),
        "cam": inventory.create_part(
            desk,
            {
                "code": "CAM-D320",
                "name": "半球摄像机",
                "model": "IPC-D320",
                "category": "device",
                "unit": "台",
                "shelf": "B-02",
                "min_stock": 1,
                "serial_tracked": True,
            },
        ),
        "meter": inventory.create_part(
            desk,
            {
                "code": "TE-FLUKE",
                "name": "光功率计",
                "model": "FPM-300",
                "category": "test_equipment",
                "unit": "台",
                "shelf": "C-01",
                "serial_tracked": True,
            },
        ),
    }
    inventory.move(desk, ids["sfp"], MovementKind.STOCK_IN, 5, source="合同备件首批到货")
    inventory.move(
        desk, ids["cam"], MovementKind.STOCK_IN, 2, serials=["D320A01", "D320A02"], source="厂家"
    )
    inventory.move(desk, ids["meter"], MovementKind.STOCK_IN, 1, serials=["FPM001"], source="厂家")
    return ids
