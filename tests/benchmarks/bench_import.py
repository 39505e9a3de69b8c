"""Import benchmark (not a test): peak memory and time of a parts import of 100,000 rows.

Run from the repository root:

    python tests/benchmarks/bench_import.py [--rows 100000]

Writes a workbook of ``--rows`` parts (every tenth with two serial numbers), then, each in a
process of its own so that its peak memory is its own: the reference (openpyxl reading the rows
in read-only mode and nothing else) and the program's import into a new database. Prints time,
peak resident memory and the import's ratio to the reference; the target is under 300 MB.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

READ_ONLY = """
import resource, sys, time
from openpyxl import load_workbook
started = time.perf_counter()
book = load_workbook(sys.argv[1], read_only=True, data_only=True)
count = sum(1 for _ in book.worksheets[0].iter_rows(values_only=True))
book.close()
print(count, time.perf_counter() - started, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""
IMPORT = """
import resource, sys, time
from datetime import UTC, datetime
from pathlib import Path
from app.domain.clock import FixedClock
from app.services import contract
from app.services.setup import complete_setup, open_desk
from app.services.store.parts_import import import_parts
handle = open_desk(Path(sys.argv[2]), FixedClock(datetime(2026, 11, 24, 1, 0, tzinfo=UTC)))
handle.desk.user = complete_setup(  # the import is made by a person, as in the program
    handle.desk, contract.default_values(datetime(2025, 6, 30).date()), [], "bench", "测试",
    "Ceshi@2026",
)
started = time.perf_counter()
result = import_parts(handle.desk, Path(sys.argv[1]))
seconds = time.perf_counter() - started
handle.close()
print(result.parts, seconds, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def write_parts(path: Path, rows: int) -> None:
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet("备品备件")
    sheet.append(
        ["编码", "名称", "型号规格", "类别", "单位", "货架", "最低库存", "期初数量", "序列号"]
    )
    for n in range(rows):
        tracked = n % 10 == 0
        sheet.append(
            [
                f"P{n:06d}",
                f"半球摄像机 {n}",
                f"IPC-D{n % 900:03d}",
                "备品备件",
                "台",
                f"{'ABCD'[n % 4]}-{n % 40:02d}",
                n % 5,
                2 if tracked else n % 50,
                f"S{n:06d}A、S{n:06d}B" if tracked else None,
            ]
        )
    book.save(path)


def run(code: str, *args: str) -> tuple[int, float, float]:
    out = subprocess.run(
        [sys.executable, "-c", code, *args], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.split()
    return int(out[0]), float(out[1]), int(out[2]) / 1024


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="bench-import-"))
    workbook = folder / "parts.xlsx"
    started = time.perf_counter()
    write_parts(workbook, args.rows)
    print(
        f"workbook: {args.rows} rows, {workbook.stat().st_size / 1e6:.1f} MB "
        f"(written in {time.perf_counter() - started:.1f} s)"
    )
    rows, read_s, read_mb = run(READ_ONLY, str(workbook))
    print(f"reference, openpyxl read-only pass    {read_s:7.1f} s   peak {read_mb:7.0f} MB")
    parts, import_s, import_mb = run(IMPORT, str(workbook), str(folder / "desk.sqlite3"))
    print(f"import_parts ({parts} parts)          {import_s:7.1f} s   peak {import_mb:7.0f} MB")
    print(
        f"import / reference: time {import_s / read_s:.1f}×, memory {import_mb / read_mb:.1f}×; "
        f"target peak < 300 MB: {'met' if import_mb < 300 else 'NOT met'}"
    )


if __name__ == "__main__":
    main()
