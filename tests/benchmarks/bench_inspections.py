"""Inspection benchmark (not a test): demo build, the two inspection PDFs and the workbook.

Run from the repository root:

    python tests/benchmarks/bench_inspections.py [--months 3] [--runs 5]

It builds a demo database (its inspection part timed separately), then prints the median and
worst time of ``inspection_report`` (the run with the most lines), ``period_report`` over the
last month and ``export_inspection_log`` over everything.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from app.demo import builder as demo  # noqa: E402
from app.demo import inspections as demo_inspections  # noqa: E402
from app.services import accounts  # noqa: E402
from app.services.inspections.documents import inspection_report, period_report  # noqa: E402
from app.services.inspections.log_export import export_inspection_log  # noqa: E402
from app.services.inspections.runs import list_runs  # noqa: E402
from app.services.setup import open_desk  # noqa: E402


def timed(label: str, runs: int, work: Callable[[int], object]) -> None:
    times = []
    for run in range(runs + 1):
        started = time.perf_counter()
        work(run)
        if run:  # the first run registers the font and warms caches
            times.append(time.perf_counter() - started)
    print(f"{label}: median {statistics.median(times):.3f} s, worst {max(times):.3f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--months", type=float, default=3)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    spent = [0.0]
    original = demo_inspections.add_inspections

    def counting(*a: object, **k: object) -> demo_inspections.InspectionsWritten:
        started = time.perf_counter()
        result = original(*a, **k)  # type: ignore[arg-type]
        spent[0] = time.perf_counter() - started
        return result

    demo.add_inspections = counting  # type: ignore[assignment]
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "demo.sqlite3"
        started = time.perf_counter()
        built = demo.build_demo(db, months=args.months, seed=0)
        total = time.perf_counter() - started
        assert built.inspections is not None
        i = built.inspections
        print(
            f"demo ({args.months:g} months): {total:.1f} s in all, inspection runs and backups "
            f"{spent[0]:.1f} s ({i.runs} runs, {i.backups} backups; {i.tickets} finding tickets "
            "opened among the calls, not in that time)"
        )
        opened = open_desk(db)
        opened.desk.user = accounts.user_named(opened.desk, "sungong")  # the demo's engineer
        desk = opened.desk
        try:
            rows = list_runs(desk)
            biggest = max(rows, key=lambda r: r.items)
            today = desk.today()
            out = Path(folder)
            timed(
                f"inspection_report {biggest.number} ({biggest.items} lines)",
                args.runs,
                lambda n: inspection_report(desk, biggest.id, out / f"r{n}.pdf"),
            )
            timed(
                "period_report of the last 30 days",
                args.runs,
                lambda n: period_report(desk, today - timedelta(days=29), today, out / f"s{n}.pdf"),
            )
            timed(
                f"export_inspection_log ({len(rows)} runs)",
                args.runs,
                lambda n: export_inspection_log(desk, out / f"x{n}.xlsx"),
            )
        finally:
            opened.close()


if __name__ == "__main__":
    main()
