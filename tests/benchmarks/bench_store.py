"""Store benchmark (not a test): catalogue, low-stock count, ledger, import, on a big store.

Run from the repository root:

    python tests/benchmarks/bench_store.py [--parts 500] [--movements 50000] [--rows 2000]

Builds a fresh database in a temporary folder: ``--parts`` parts with ``--movements`` movements
written through the store services' ``record`` (in one transaction), then times the calls the
备品备件 tab and the status bar make, and an import of a ``--rows``-row workbook.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from openpyxl import Workbook  # noqa: E402

from app.db.models.store import Part  # noqa: E402
from app.domain.audit.actions import PART_SAVE  # noqa: E402
from app.domain.clock import FixedClock  # noqa: E402
from app.domain.store.inventory import MovementKind  # noqa: E402
from app.services import contract  # noqa: E402
from app.services.setup import complete_setup, open_desk  # noqa: E402
from app.services.store import inventory, loans  # noqa: E402
from app.services.store.movements import record  # noqa: E402
from app.services.store.parts_import import import_parts  # noqa: E402
from app.services.tickets import queue  # noqa: E402

NOW = datetime(2026, 11, 24, 1, 0, tzinfo=UTC)


def timed(label: str, fn: Callable[[], object], runs: int = 5) -> None:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    print(f"{label:<44} median {statistics.median(times):8.1f} ms   max {max(times):8.1f} ms")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--parts", type=int, default=500)
    parser.add_argument("--movements", type=int, default=50_000)
    parser.add_argument("--rows", type=int, default=2000)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="bench-store-"))
    handle = open_desk(folder / "store.sqlite3", FixedClock(NOW))
    desk = handle.desk
    desk.user = complete_setup(  # writes are made by a person, as in the program
        desk, contract.default_values(date(2025, 6, 30)), [], "bench", "测试", "Ceshi@2026"
    )
    started = time.perf_counter()
    with desk.write(PART_SAVE, object_type="part") as session:  # one audited write
        parts = [
            Part(code=f"P{n:05d}", name=f"备件{n}", model=f"M-{n}", category="spare",
                 shelf=f"S-{n % 40:02d}", min_stock=n % 7)
            for n in range(args.parts)
        ]  # fmt: skip
        session.add_all(parts)
        session.flush()
        per_part = args.movements // args.parts
        for part in parts:
            record(session, part, MovementKind.STOCK_IN, per_part + 5, NOW, "bench", source="x")
            for _ in range(per_part - 1):
                record(session, part, MovementKind.SCRAP, 1, NOW, "bench", reason="x")
    print(f"built {args.parts} parts, {args.movements} movements "
          f"in {time.perf_counter() - started:.1f} s")  # fmt: skip
    timed("list_parts (whole catalogue)", lambda: inventory.list_parts(desk))
    timed(
        "list_parts (low only)",
        lambda: inventory.list_parts(desk, inventory.PartFilter(low_only=True)),
    )
    timed("low_stock_count (status bar)", lambda: inventory.low_stock_count(desk))
    timed("list_movements (501 newest, the tab)", lambda: inventory.list_movements(desk, limit=501))
    timed("list_movements (2000 newest)", lambda: inventory.list_movements(desk, limit=2000))
    timed("list_loans + overdue_count", lambda: (loans.list_loans(desk), loans.overdue_count(desk)))
    timed("queue.summary (with loaner column)", lambda: queue.summary(desk))
    book = Workbook()
    sheet = book.active
    sheet.append(["编码", "名称", "型号规格", "类别", "单位", "货架", "最低库存", "期初数量"])
    for n in range(args.rows):
        sheet.append(
            [f"IMP{n:05d}", f"导入备件{n}", f"X-{n}", "备件", "个", "A-01", "２", f"{n % 50}"]
        )
    path = folder / "parts.xlsx"
    book.save(path)
    start = time.perf_counter()
    result = import_parts(desk, path)
    print(f"import {result.parts} rows ({result.units} units)"
          f"{'':<16} {(time.perf_counter() - start) * 1000:8.1f} ms")  # fmt: skip
    handle.close()


if __name__ == "__main__":
    main()
