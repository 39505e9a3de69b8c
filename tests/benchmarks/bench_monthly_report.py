"""Monthly-report benchmark on an existing database (not a test): the time to gather and print the
系统运行状况分析报告 of one month, beside the ticket log of the same month as the reference.

Run from the repository root:

    python tests/benchmarks/bench_monthly_report.py --db /tmp/bench100k/bench-100000.sqlite3 \
        [--month 2026-11] [--runs 3]

The target is at most 5 s for a month of the 100k-ticket database. The ticket log exports the
same month's tickets through the same clock engine, so the ratio says how much the other twelve
sections and the charts cost on this machine, whatever its speed.
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
            built, printed, logged = [], [], []
            for run in range(args.runs):
                started = time.perf_counter()
                report = build_report(desk, period)
                built.append(time.perf_counter() - started)
                started = time.perf_counter()
                info = print_monthly_report(desk, period, Path(folder) / f"yb{run}.pdf")
                printed.append(time.perf_counter() - started)
                started = time.perf_counter()
                rows = export_ticket_log(
                    desk, Path(folder) / f"log{run}.xlsx", period.first, period.last
                )
                logged.append(time.perf_counter() - started)
            pages = len(report.sections)
    finally:
        opened.close()
    report_s, log_s = statistics.median(printed), statistics.median(logged)
    print(f"period            {period.key} ({rows} tickets in the ticket log)")
    print(f"gather (median)   {statistics.median(built):.2f} s")
    print(
        f"report (median)   {report_s:.2f} s  (gather + render, {info.serial}, {pages} sections and the sign-off)"
    )
    print(f"ticket log        {log_s:.2f} s  (reference, same month)")
    print(f"ratio report/log  {report_s / log_s:.2f}")
    verdict = "met" if report_s <= TARGET_SECONDS else "MISSED"
    print(f"target ≤ {TARGET_SECONDS:.0f} s     {verdict}")


if __name__ == "__main__":
    main()
