"""Device register benchmark (not a test): import, filter, page, picker, export, at scale.

Run from the repository root:

    python tests/benchmarks/bench_devices.py [--devices 5000]

Writes a ``--devices``-row register workbook, imports it (all or nothing, one transaction) and
prints how long that took; then times the calls the 设备 tab and the new-ticket picker make,
each beside the raw SQL for the same rows measured in the same run, and the Excel export.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
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

from app.domain.clock import FixedClock  # noqa: E402
from app.services import contract  # noqa: E402
from app.services.devices import queries  # noqa: E402
from app.services.devices.exports import export_devices  # noqa: E402
from app.services.devices.importing import import_devices  # noqa: E402
from app.services.devices.queries import DeviceFilter, DeviceSort  # noqa: E402
from app.services.setup import complete_setup, open_desk  # noqa: E402

NOW = datetime(2026, 11, 24, 1, 0, tzinfo=UTC)
HEADER = [
    "设备编号",
    "设备名称",
    "所属系统",
    "安装位置",
    "型号",
    "序列号",
    "IP地址",
    "固件/软件版本",
]


def timed(label: str, fn: Callable[[], object], runs: int = 7) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    median = statistics.median(times)
    print(f"{label:<46} median {median:8.2f} ms   max {max(times):8.2f} ms")
    return median


def workbook(path: Path, count: int) -> None:
    book = Workbook(write_only=True)
    sheet = book.create_sheet()
    sheet.append(HEADER)
    for n in range(count):
        block, cell = divmod(n, 40)
        sheet.append(
            [f"SP-{n:05d}", f"监区{block % 9 + 1} {cell + 1}号监仓 半球摄像机{n}", "VIDEO",
             f"监区{block % 9 + 1} {cell + 1}号监仓", "IPC-D320", f"D320{n:07d}",
             f"10.{10 + n // 62500}.{n // 250 % 250}.{n % 250 + 2}", "V5.6.2"]
        )  # fmt: skip
    book.save(path)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--devices", type=int, default=5000)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="bench-devices-"))
    handle = open_desk(folder / "devices.sqlite3", FixedClock(NOW))
    desk = handle.desk
    desk.user = complete_setup(  # writes are made by a person, as in the program
        desk, contract.default_values(date(2025, 6, 30)), [], "bench", "测试", "Ceshi@2026"
    )
    source = folder / "register.xlsx"
    workbook(source, args.devices)
    started = time.perf_counter()
    result = import_devices(desk, source)
    print(f"import of {result.added} devices: {time.perf_counter() - started:.1f} s")
    raw = sqlite3.connect(folder / "devices.sqlite3")
    flt = DeviceFilter(text="监仓 10.10.1")
    ids = queries.query_ids(desk, flt)
    print(f"filter “监仓 10.10.1” finds {len(ids)} devices")
    sql = timed(
        "raw SQL: ids of the same filter",
        lambda: raw.execute(
            "SELECT id FROM device WHERE search_text LIKE '%监仓%' AND search_text LIKE "
            "'%10.10.1%' ORDER BY code"
        ).fetchall(),
    )
    ours = timed("query_ids (filter, sorted by code)", lambda: queries.query_ids(desk, flt))
    print(f"{'':<46} ratio {ours / sql:8.1f}×")
    timed("query_ids (everything, sorted by IP)", lambda: queries.query_ids(
        desk, DeviceFilter(), DeviceSort.IP))  # fmt: skip
    every = queries.query_ids(desk)
    page_sql = f"SELECT * FROM device WHERE id IN ({','.join(map(str, every[:200]))})"
    sql = timed("raw SQL: one page of 200 rows", lambda: raw.execute(page_sql).fetchall())
    ours = timed("fetch_rows (one page of 200)", lambda: queries.fetch_rows(desk, every[:200]))
    print(f"{'':<46} ratio {ours / sql:8.1f}×")
    timed("picker: place's devices", lambda: queries.pick_candidates(desk, "监区1 1号监仓"))
    timed("picker: typed “10.10.3”", lambda: queries.pick_candidates(desk, "", "", "10.10.3"))
    started = time.perf_counter()
    rows = export_devices(desk, folder / "export.xlsx")
    print(f"export of {rows} devices: {time.perf_counter() - started:.1f} s")
    started = time.perf_counter()
    again = import_devices(desk, folder / "export.xlsx")
    print(f"re-import of the export ({again.unchanged} unchanged): "
          f"{time.perf_counter() - started:.1f} s")  # fmt: skip
    raw.close()
    handle.close()


if __name__ == "__main__":
    main()
