"""Document benchmark (not a test): the time to number, register and render one defect form.

Run from the repository root:

    python tests/benchmarks/bench_documents.py [--runs 10]

It builds a one-month demo database in a temporary folder, picks the defect ticket with the
longest timeline, and prints the median and worst time of ``forms.defect_form`` over the runs.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from app.demo.builder import build_demo  # noqa: E402
from app.services import accounts  # noqa: E402
from app.services.setup import open_desk  # noqa: E402
from app.services.tickets import forms  # noqa: E402


def longest_defect(db: Path) -> tuple[str, int]:
    with sqlite3.connect(db) as con:
        return con.execute(
            "SELECT t.number, count(*) FROM ticket t JOIN ticket_event e ON e.ticket_id = t.id "
            "WHERE t.ticket_class = 'defect' GROUP BY t.id ORDER BY count(*) DESC LIMIT 1"
        ).fetchone()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "demo.sqlite3"
        build_demo(db, months=1, seed=3)
        number, events = longest_defect(db)
        opened = open_desk(db)
        opened.desk.user = accounts.user_named(opened.desk, "sungong")  # the demo's engineer
        try:
            times = []
            for run in range(args.runs + 1):
                started = time.perf_counter()
                info = forms.defect_form(opened.desk, number, Path(folder) / f"f{run}.pdf")
                elapsed = time.perf_counter() - started
                if run:  # the first run registers the font and warms caches
                    times.append(elapsed)
                else:
                    first = elapsed
            size = (Path(folder) / "f1.pdf").stat().st_size
        finally:
            opened.close()
    print(
        f"defect form of {number} ({events} timeline steps, {size / 1024:.0f} KiB, {info.serial})"
    )
    print(f"  first (font registration): {first * 1000:.0f} ms")
    print(f"  median of {args.runs}: {statistics.median(times) * 1000:.0f} ms")
    print(f"  worst: {max(times) * 1000:.0f} ms")


if __name__ == "__main__":
    main()
