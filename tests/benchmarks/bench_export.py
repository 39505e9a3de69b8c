"""Ticket-log export benchmark on an existing database (not a test): rows, time, memory, size.

Run from the repository root:

    python tests/benchmarks/bench_export.py --db /tmp/bench100k/bench-100000.sqlite3

Exports every ticket (no date range, no filter) to a temporary folder, or to ``--out FILE``.
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from app.services import accounts  # noqa: E402
from app.services.setup import open_desk  # noqa: E402
from app.services.tickets.log_export import export_ticket_log  # noqa: E402


def _peak_mib() -> float:
    """Peak resident memory of this process (Linux reports KiB, macOS bytes)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    opened = open_desk(args.db)
    opened.desk.user = accounts.user_named(opened.desk, "sungong")  # the demo's engineer
    try:
        with tempfile.TemporaryDirectory() as folder:
            out = args.out or Path(folder) / "工单台账.xlsx"
            before = _peak_mib()
            batches = 0

            def progress(done: int, total: int) -> None:
                nonlocal batches
                batches += 1

            start = time.perf_counter()
            rows = export_ticket_log(opened.desk, out, None, None, progress=progress)
            seconds = time.perf_counter() - start
            size = out.stat().st_size
    finally:
        opened.close()
    print(f"rows         {rows}")
    print(f"seconds      {seconds:.1f}")
    print(f"rows/s       {rows / seconds:.0f}")
    print(f"progress     {batches} calls")
    print(f"peak memory  {_peak_mib():.0f} MiB (before export {before:.0f} MiB)")
    print(f"file size    {size / 1024 / 1024:.1f} MiB")


if __name__ == "__main__":
    main()
