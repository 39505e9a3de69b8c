"""Queue benchmark on SQLite and PostgreSQL side by side (not a test): first page, filter, sort.

Run from the repository root on two demo databases built the same way, e.g.

    resident-desk demo --db /tmp/b.sqlite3 --tickets 100000 --seed 1
    resident-desk demo --db-url postgresql+psycopg://USER@HOST/DB --tickets 100000 --seed 1
    python tests/benchmarks/bench_queue_server.py /tmp/b.sqlite3 postgresql+psycopg://USER@HOST/DB

Each line times the queue service (``query_ids`` for every matching ticket, then ``fetch_rows``
for the first page) on both databases in the same run: first run and median of five, and the
server's median as a multiple of the file's.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from app.services.context import CLI  # noqa: E402
from app.services.setup import open_desk  # noqa: E402
from app.services.tickets.queue import QueueFilter, SortKey  # noqa: E402
from tests.benchmarks.bench_queue import TEXT, service_page, timed  # noqa: E402

CASES = (
    ("第一页 first page (newest first)", QueueFilter(), SortKey.CALLED_AT, True),
    (f"“{TEXT}”筛选 filter", QueueFilter(text=TEXT), SortKey.CALLED_AT, True),
    ("按报修时间升序 sort by call time", QueueFilter(), SortKey.CALLED_AT, False),
    ("按状态排序 sort by status", QueueFilter(), SortKey.STATUS, False),
)


def main(file_path: str, url: str) -> int:
    opened = [open_desk(Path(file_path), exclusive=False, source=CLI), open_desk(url, source=CLI)]
    try:
        desks = [handle.desk for handle in opened]
        print(f"{'':36} {'SQLite 首次/中位 ms':>22} {'PostgreSQL 首次/中位 ms':>26} {'倍数':>6}")
        for name, flt, sort, descending in CASES:
            results = [timed(service_page(desk, flt, sort, descending)) for desk in desks]
            (f_first, f_median, f_rows), (s_first, s_median, s_rows) = results
            assert f_rows == s_rows, (name, f_rows, s_rows)
            print(
                f"{name:36} {f_first:9.0f} / {f_median:7.0f}   {s_first:11.0f} / {s_median:7.0f}"
                f"   {s_median / f_median:5.1f}×  ({f_rows} 张)"
            )
    finally:
        for handle in opened:
            handle.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1], sys.argv[2]))
