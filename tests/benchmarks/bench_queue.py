"""Queue benchmark on a big demo database (not a test): startup, first page, filter, sort, memory.

Run from the repository root:

    python tests/benchmarks/bench_queue.py [--tickets 100000] [--keep DIR]

It builds the database with ``resident-desk demo`` (timed), starts ``resident-desk gui
--screenshot`` (timed from process start to exit), then times the queue service (and the Qt
table model, if there) beside plain sqlite3 queries for the same rows. ``--keep DIR`` keeps the
database in DIR and reuses it on the next run.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import re
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app.services import accounts  # noqa: E402
from app.services.setup import open_desk  # noqa: E402
from app.services.tickets import queue  # noqa: E402
from app.services.tickets.queue import QueueFilter, SortKey  # noqa: E402

PAGE = 200
TEXT = "摄像"
REPEAT = 5


def _env() -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen"}


def _kib(rusage: Any) -> int:
    """ru_maxrss in KiB (Linux reports KiB, macOS bytes)."""
    return int(rusage.ru_maxrss // 1024 if sys.platform == "darwin" else rusage.ru_maxrss)


def run_timed(args: list[str]) -> tuple[float, int, int, str]:
    """Wall time, exit code, peak memory (KiB) and output of one child process."""
    start = time.perf_counter()
    with tempfile.TemporaryFile("w+", encoding="utf-8") as out:
        child = subprocess.Popen(
            [sys.executable, "-m", "app", *args], cwd=ROOT, env=_env(), stdout=out, stderr=out
        )
        _pid, status, rusage = os.wait4(child.pid, 0)
        child.returncode = os.waitstatus_to_exitcode(status)
        seconds = time.perf_counter() - start
        out.seek(0)
        return seconds, child.returncode, _kib(rusage), out.read()


def timed(
    action: Callable[[Any], Any], setup: Callable[[], Any] = lambda: None
) -> tuple[float, float, Any]:
    """First-run and median milliseconds of ``action(setup())`` over REPEAT runs (setup untimed)."""
    times = []
    result = None
    for _ in range(REPEAT):
        prepared = setup()
        start = time.perf_counter()
        result = action(prepared)
        times.append((time.perf_counter() - start) * 1000)
    return times[0], statistics.median(times), result


def raw_page(
    db: Path, where: str, order: str, params: tuple[Any, ...] = ()
) -> Callable[[Any], int]:
    """The same rows with plain sqlite3: all matching ids in order, then the first page."""

    def run(_: Any) -> int:
        with sqlite3.connect(db) as connection:
            ids = [
                r[0]
                for r in connection.execute(
                    f"SELECT id FROM ticket {where} ORDER BY {order}",  # noqa: S608 - fixed text
                    params,
                )
            ]
            page = ids[:PAGE]
            marks = ",".join("?" * len(page))
            connection.execute(
                "SELECT t.*, s.name FROM ticket t JOIN maintained_system s ON s.id = t.system_id"
                f" WHERE t.id IN ({marks})",
                page,
            ).fetchall()
            connection.execute(
                f"SELECT * FROM ticket_pause WHERE ticket_id IN ({marks})", page
            ).fetchall()
        return len(ids)

    return run


def service_page(
    desk: Any, flt: QueueFilter, sort: SortKey, descending: bool
) -> Callable[[Any], int]:
    """query_ids for every matching ticket, then fetch_rows for the first page."""

    def run(_: Any) -> int:
        ids = queue.query_ids(desk, flt, sort, descending)
        queue.fetch_rows(desk, ids[:PAGE])
        return len(ids)

    return run


class ModelBench:
    """The Qt table model doing the same, with every column of the first page rendered as text.

    The model queries in the background: each measure runs from the request until the result is
    in the model and the first page is rendered. Meanwhile a 2 ms timer on the GUI thread records
    the longest gap between its ticks: how long the GUI could not respond (``stalls``).
    """

    def __init__(self, desk: Any) -> None:
        from PySide6.QtWidgets import QApplication

        from app.gui.tickets.queue_model import QueueModel

        self.app = QApplication.instance() or QApplication([])
        self.desk = desk
        self.model_class = QueueModel
        self.stalls: list[float] = []

    def _wait(self, model: Any) -> None:
        """Run the event loop until the model has its result, noting the longest stall."""
        from PySide6.QtCore import QEventLoop, QTimer

        loop = QEventLoop()
        last = [time.perf_counter()]
        longest = [0.0]

        def tick() -> None:
            now = time.perf_counter()
            longest[0] = max(longest[0], now - last[0])
            last[0] = now
            if not model.busy:
                loop.quit()

        timer = QTimer()
        timer.setInterval(2)
        timer.timeout.connect(tick)
        timer.start()
        if model.busy:
            loop.exec()
        timer.stop()
        self.stalls.append(longest[0] * 1000)

    def _render(self, model: Any) -> int:
        for row in range(min(PAGE, model.rowCount())):
            for column in range(model.columnCount()):
                model.data(model.index(row, column))
        return int(model.rowCount())

    def fresh(self) -> Any:
        return self.model_class(self.desk)

    def queried(self) -> Any:
        model = self.fresh()
        model.requery()
        kept = len(self.stalls)
        self._wait(model)
        del self.stalls[kept:]  # set-up, not measured
        return model

    def first_page(self, model: Any) -> int:
        model.requery()
        self._wait(model)
        return self._render(model)

    def filtered(self, flt: QueueFilter) -> Callable[[Any], int]:
        def run(model: Any) -> int:
            model.set_filter(flt)
            self._wait(model)
            return self._render(model)

        return run

    def sorted_by_call_time(self, model: Any) -> int:
        from PySide6.QtCore import Qt

        from app.gui.tickets.queue_model import COLUMNS

        model.sort(COLUMNS.index(SortKey.CALLED_AT), Qt.SortOrder.AscendingOrder)
        self._wait(model)
        return self._render(model)

    def scrolled(self, model: Any) -> int:
        """Jump to a page mid-queue (fetched in the background) until its rows are there."""
        row = model.rowCount() // 2
        model.data(model.index(row, 0))  # asks for the page
        self._wait(model)
        for column in range(model.columnCount()):
            model.data(model.index(row, column))
        return row


def _startup_note(output: str) -> str:
    """A startup time the program printed itself, if any."""
    for line in output.splitlines():
        if re.search(r"(启动|start)", line, re.IGNORECASE) and re.search(r"\d", line):
            return line.strip()
    return ""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tickets", type=int, default=100_000)
    parser.add_argument("--keep", type=Path, metavar="DIR", help="keep (and reuse) the database")
    args = parser.parse_args(argv)
    folder = args.keep or Path(tempfile.mkdtemp(prefix="resident-desk-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    db = (folder / f"bench-{args.tickets}.sqlite3").resolve()
    try:
        return _bench(db, args.tickets)
    finally:
        if args.keep is None:
            shutil.rmtree(folder, ignore_errors=True)


Line = tuple[str, str, str]  # what, this program, raw SQL


def _build(db: Path, tickets: int) -> bool:
    if db.exists():
        print(f"使用已有数据库 reusing {db}")
        return True
    seconds, code, peak, output = run_timed(
        ["demo", "--db", str(db), "--tickets", str(tickets), "--seed", "1"]
    )
    if code:
        print(output)
        return False
    print(f"生成演示数据库 demo build, {tickets} tickets: {seconds:.1f} s, peak {peak // 1024} MiB")
    return True


def _gui(db: Path) -> list[Line]:
    if importlib.util.find_spec("app.gui.app") is None:
        return [("启动到主窗口 start to main window", "n/a (no app.gui.app)", "")]
    shot = db.with_suffix(".png")
    seconds, code, peak, output = run_timed(["gui", "--db", str(db), "--screenshot", str(shot)])
    if code:
        print(output)
    state = "" if code == 0 else f" (exit {code})"
    lines = [
        (
            "启动到主窗口 start→window (gui --screenshot, to exit)",
            f"{seconds * 1000:.0f}{state}",
            "",
        ),
        ("  GUI 进程峰值内存 GUI peak RSS", f"{peak // 1024} MiB", ""),
    ]
    note = _startup_note(output)
    if note:
        lines.append((f"  程序自报 reported: {note}", "", ""))
    return lines


def _queue(db: Path) -> list[Line]:
    cases = [
        ("队列首页 first page (call time desc)", QueueFilter(), False, "", "called_at DESC, id DESC", ()),
        (f"筛选 filter “{TEXT}”", QueueFilter(text=TEXT), False,
         "WHERE search_text LIKE ?", "called_at DESC, id DESC", (f"%{TEXT}%",)),
        ("排序 sort by call time asc", QueueFilter(), True, "", "called_at ASC, id ASC", ()),
    ]  # fmt: skip
    lines: list[Line] = []
    handle = open_desk(db)
    try:
        desk = handle.desk
        desk.user = accounts.user_named(desk, "sungong")  # the demo's engineer, as in the program
        has_model = importlib.util.find_spec("app.gui.tickets.queue_model") is not None
        bench = ModelBench(desk) if has_model else None
        for index, (label, flt, ascending, where, order, params) in enumerate(cases):
            first, median, count = timed(service_page(desk, flt, SortKey.CALLED_AT, not ascending))
            _first, raw, raw_count = timed(raw_page(db, where, order, params))
            assert count == raw_count, (label, count, raw_count)
            lines.append(
                (f"{label}: {count} rows", f"{median:.0f} (1st {first:.0f})", f"{raw:.0f}")
            )
            if bench is None:
                continue
            action, setup = [
                (bench.first_page, bench.fresh),
                (bench.filtered(flt), bench.fresh),
                (bench.sorted_by_call_time, bench.queried),
            ][index]
            bench.stalls.clear()
            first, median, _rows = timed(action, setup)
            lines.append(
                (
                    "  via QueueModel, until shown (+200 rows × all columns)",
                    f"{median:.0f} (1st {first:.0f})",
                    f"{raw:.0f}",
                )
            )
            lines.append(
                ("    GUI 线程最长停顿 longest GUI stall meanwhile", f"{max(bench.stalls):.0f}", "")
            )
        if bench is not None:
            bench.stalls.clear()
            first, median, _row = timed(bench.scrolled, bench.queried)
            lines.append(
                (
                    "滚动 jump to a page mid-queue, until shown",
                    f"{median:.0f} (1st {first:.0f})",
                    "",
                )
            )
            lines.append(
                ("    GUI 线程最长停顿 longest GUI stall meanwhile", f"{max(bench.stalls):.0f}", "")
            )
    finally:
        handle.close()
    peak = _kib(resource.getrusage(resource.RUSAGE_SELF)) // 1024
    lines.append(("本进程峰值内存 peak RSS (queries + model)", f"{peak} MiB", ""))
    return lines


def _bench(db: Path, tickets: int) -> int:
    if not _build(db, tickets):
        return 1
    print(f"数据库大小 database size: {db.stat().st_size / 1e6:.0f} MB")
    _print_table(_gui(db) + _queue(db))
    return 0


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _cell(text: str, width: int, right: bool = False) -> str:
    pad = " " * max(0, width - _width(text))
    return pad + text if right else text + pad


def _print_table(lines: list[Line]) -> None:
    """Aligned for a terminal (Chinese characters are two columns wide)."""
    print()
    print(_cell("", 56), _cell("ms, median of 5", 22, True), _cell("raw SQL ms", 12, True))
    for label, value, raw in lines:
        print(_cell(label, 56), _cell(value, 22, True), _cell(raw, 12, True))


if __name__ == "__main__":
    sys.exit(main())
