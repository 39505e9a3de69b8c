"""Monthly-report benchmark on an existing database (not a test): the time to gather and print the
系统运行状况分析报告 of one month, beside the ticket log of the same month as the reference.

Run from the repository root:

    python tests/benchmarks/bench_monthly_report.py --db /tmp/bench100k/bench-100000.sqlite3 \
        [--month 2026-11] [--runs 3]

The target is at most 5 s for a month of the 100k-ticket database. The ticket log exports the
same month's tickets through the same clock engine, so the ratio says how much the other twelve
sections and the charts cost on this machine, whatever its speed. Each time is given as wall
time and as this process's CPU time: on a machine shared with other work, the wall time also
counts the waiting for a core, the CPU time does not.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from app.domain.reports.periods import month_period, previous_month  # noqa: E402
from app.services.accounts import list_accounts, user_named  # noqa: E402
from app.services.reports.monthly_report import build_report, print_monthly_report  # noqa: E402
from app.services.setup import open_desk  # noqa: E402
from app.services.tickets.log_export import export_ticket_log  # noqa: E402

TARGET_SECONDS = 5.0


class Timer:
    """Wall and CPU seconds of one step."""

    def __enter__(self) -> Timer:
        self.wall, self.cpu = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.wall = time.perf_counter() - self.wall
        self.cpu = time.process_time() - self.cpu


def median(timers: list[Timer]) -> tuple[float, float]:
    return statistics.median(t.wall for t in timers), statistics.median(t.cpu for t in timers)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--month", default=None, help="YYYY-MM (default: last month)")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    opened = open_desk(args.db)
    desk = opened.desk
    try:
        engineers = [a for a in list_accounts(desk) if "engineer" in {r.value for r in a.roles}]
        desk.user = user_named(desk, engineers[0].username)  # printing registers a document
        period = (
            month_period(args.month)
            if args.month
            else previous_month(month_period(desk.today().strftime("%Y-%m")))
        )
        with tempfile.TemporaryDirectory() as folder:
            built: list[Timer] = []
            printed: list[Timer] = []
            logged: list[Timer] = []
            for run in range(args.runs):
                with Timer() as timer:
                    report = build_report(desk, period)
                built.append(timer)
                with Timer() as timer:
                    info = print_monthly_report(desk, period, Path(folder) / f"yb{run}.pdf")
                printed.append(timer)
                with Timer() as timer:
                    rows = export_ticket_log(
                        desk, Path(folder) / f"log{run}.xlsx", period.first, period.last
                    )
                logged.append(timer)
            pages = len(report.sections)
    finally:
        opened.close()
    (gather_s, gather_cpu), (report_s, report_cpu) = median(built), median(printed)
    log_s, log_cpu = median(logged)
    print(f"period            {period.key} ({rows} tickets in the ticket log)")
    print(f"gather (median)   {gather_s:.2f} s  (CPU {gather_cpu:.2f} s)")
    print(
        f"report (median)   {report_s:.2f} s  (CPU {report_cpu:.2f} s; gather + render, "
        f"{info.serial}, {pages} sections and the sign-off)"
    )
    print(f"ticket log        {log_s:.2f} s  (CPU {log_cpu:.2f} s; reference, same month)")
    print(f"ratio report/log  {report_s / log_s:.2f}  (CPU {report_cpu / log_cpu:.2f})")
    verdict = "met" if report_s <= TARGET_SECONDS else "MISSED"
    print(f"target ≤ {TARGET_SECONDS:.0f} s     {verdict}")


if __name__ == "__main__":
    main()
