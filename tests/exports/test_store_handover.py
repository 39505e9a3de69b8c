"""The handover's store section: loans out, with overdue marked; low stock left to the store."""

from __future__ import annotations

import subprocess
from datetime import timedelta
from pathlib import Path

from app.domain.store.inventory import MovementKind
from app.services import handover
from app.services.store import inventory, loans
from tests.db.store_helpers import small_store


def test_handover_lists_loans_out_not_low_stock(desk, clock, tmp_path: Path) -> None:
    ids = small_store(desk)
    inventory.move(desk, ids["sfp"], MovementKind.SCRAP, 4, reason="雷击损坏")
    loans.lend_equipment(
        desk,
        ids["meter"],
        borrower="网络组 李工",
        serial="FPM001",
        due_back_at=clock.now() + timedelta(hours=2),
    )
    clock.advance(timedelta(hours=3))
    handover.handover_document(desk, "孙工", "李工", tmp_path / "h.pdf")
    text = subprocess.run(
        ["pdftotext", "-layout", str(tmp_path / "h.pdf"), "-"], capture_output=True, text=True
    ).stdout
    section = text.split("借出在外（备用机与测试设备）")[1].split("巡检与备份")[0]
    assert "低库存" not in text and "SFP-1G" not in text
    assert "测试设备逾期未还" in section and "FPM001" in section and "网络组 李工" in section
    assert "CAM-D320" not in section  # two on the shelf, minimum one: not low
