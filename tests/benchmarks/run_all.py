"""All speed goals of issue 16 in one run (not a test): each measurement beside its reference.

Run from the repository root:

    python tests/benchmarks/run_all.py [--tickets 100000] [--keep DIR] [--repeat 5]
                                        [--growth 10000,100000,300000]

It builds (or reuses, in ``--keep DIR``) a demo database of ``--tickets`` tickets, then measures
the program and its reference interleaved (program, reference, program, …), ``--repeat`` times
each, and prints the medians, the ratio and the goal. A second table gives the program's growth
over the ``--growth`` sizes (each database built or reused the same way). It exits 1 only when it
cannot measure (a build or a child process fails, results differ); a missed goal is printed, not
failed: goals are for people, not for CI.
"""

from __future__ import annotations

import argparse
import os
import pickle
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import unicodedata
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TEXT = "摄像"
PAGE = 200
DEFAULT_KEEP = Path(tempfile.gettempdir()) / "resident-desk-bench"

BARE_WINDOW = """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow, QTabWidget, QTableWidget
app = QApplication(sys.argv)
window = QMainWindow()
tabs = QTabWidget()
tabs.addTab(QTableWidget(200, 12), "工单")
window.setCentralWidget(tabs)
window.resize(1280, 800)
window.grab().save(sys.argv[1])
"""


class CannotMeasure(Exception):
    """A build or a child process failed: no number can be given."""


# --- processes -------------------------------------------------------------------------------


def _env() -> dict[str, str]:
    """Offscreen, with bytecode caches as an installed program has them (a shell that sets
    PYTHONDONTWRITEBYTECODE would make every start compile some 300 modules again)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


LAST_CPU: list[float] = [0.0]  # user + system seconds of the last child


def run_child(args: list[str]) -> tuple[float, int, str]:
    """Wall seconds, peak RSS (KiB) and output of one child process; CannotMeasure on failure.

    Its CPU time (user + system) is left in ``LAST_CPU``: on a shared machine wall time counts
    the other processes too."""
    start = time.perf_counter()
    with tempfile.TemporaryFile("w+", encoding="utf-8") as out:
        child = subprocess.Popen(
            [sys.executable, *args], cwd=ROOT, env=_env(), stdout=out, stderr=out
        )
        _pid, status, rusage = os.wait4(child.pid, 0)
        seconds = time.perf_counter() - start
        LAST_CPU[0] = rusage.ru_utime + rusage.ru_stime
        out.seek(0)
        output = out.read()
    if os.waitstatus_to_exitcode(status) != 0:
        raise CannotMeasure(f"{' '.join(args[:4])}…: {output.strip()[-800:]}")
    return seconds, int(rusage.ru_maxrss), output


def child_number(args: list[str], key: str) -> tuple[float, int]:
    """A number the child printed as ``key=value`` (its own timing) and its peak RSS (KiB)."""
    _seconds, peak, output = run_child(args)
    for line in output.splitlines():
        if line.startswith(f"{key}="):
            return float(line.split("=", 1)[1]), peak
    raise CannotMeasure(f"no {key} in: {output.strip()[-400:]}")


def build(db: Path, tickets: int) -> None:
    if db.exists():
        print(f"使用已有数据库 reusing {db}")
        return
    partial = db.with_name(f".{db.name}.partial")
    partial.unlink(missing_ok=True)
    seconds, peak, _output = run_child(
        ["-m", "app", "demo", "--db", str(partial), "--tickets", str(tickets), "--seed", "1"]
    )
    partial.rename(db)
    print(f"生成演示数据库 demo build {tickets}: {seconds:.0f} s, peak {peak // 1024} MiB")


# --- in-process timing -----------------------------------------------------------------------


def ms(action: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    result = action()
    return (time.perf_counter() - start) * 1000, result


def interleaved(
    repeat: int, program: Callable[[], Any], reference: Callable[[], Any]
) -> tuple[list[float], list[float], Any, Any]:
    """Both timed ``repeat`` times, alternating, after one untimed warm-up run of each."""
    mine, theirs = [], []
    _t, mine_result = ms(program)
    _t, their_result = ms(reference)
    for _ in range(repeat):
        elapsed, mine_result = ms(program)
        mine.append(elapsed)
        elapsed, their_result = ms(reference)
        theirs.append(elapsed)
    return mine, theirs, mine_result, their_result


# --- the measurements ------------------------------------------------------------------------

Row = tuple[str, str, str, str, str]  # what, program, reference, ratio, goal


def _row(what: str, mine: float, theirs: float, unit: str, goal: str) -> Row:
    ratio = f"{mine / theirs:.2f}×" if theirs else "—"
    return (what, f"{mine:.1f} {unit}", f"{theirs:.1f} {unit}", ratio, goal)


def measure_start(db: Path, repeat: int, folder: Path) -> list[Row]:
    shot = folder / "shot.png"
    program = ["-m", "app", "gui", "--db", str(db), "--screenshot", str(shot)]
    bare = ["-c", BARE_WINDOW, str(folder / "bare.png")]
    times: dict[str, list[float]] = {"program": [], "bare": []}
    cpu: dict[str, list[float]] = {"program": [], "bare": []}
    peaks: dict[str, list[int]] = {"program": [], "bare": []}
    run_child(program)  # warm-up: bytecode caches written, files in the page cache
    run_child(bare)
    for _ in range(repeat):
        for name, args in (("program", program), ("bare", bare)):
            seconds, peak, _out = run_child(args)
            times[name].append(seconds * 1000)
            cpu[name].append(LAST_CPU[0] * 1000)
            peaks[name].append(peak)
    mine, theirs = statistics.median(times["program"]), statistics.median(times["bare"])
    mine_mib = statistics.median(peaks["program"]) / 1024
    their_mib = statistics.median(peaks["bare"]) / 1024
    return [
        _row("启动到主窗口 start to main window (gui --screenshot) vs bare window", mine, theirs,
             "ms", "≤ 3×"),
        _row("  启动 CPU 时间 start-up CPU time (user + system)",
             statistics.median(cpu["program"]), statistics.median(cpu["bare"]), "ms", "≤ 3×"),
        _row("  启动峰值内存 start-up peak memory", mine_mib, their_mib, "MiB", "≤ 2×"),
    ]  # fmt: skip


def measure_queue(db: Path, repeat: int) -> list[Row]:
    from app.db.text_index import match_expression
    from app.services.setup import open_desk
    from app.services.tickets import escalations, queue
    from app.services.tickets.queue import QueueFilter

    handle = open_desk(db)
    desk = handle.desk
    raw = sqlite3.connect(db)
    rows: list[Row] = []
    try:

        def first_page() -> int:
            ids = queue.query_ids(desk, QueueFilter())
            queue.fetch_rows(desk, ids[:PAGE])
            return len(ids)

        def raw_first_page() -> int:
            ids = [
                r[0] for r in raw.execute("SELECT id FROM ticket ORDER BY called_at DESC, id DESC")
            ]
            marks = ",".join("?" * len(ids[:PAGE]))
            raw.execute(
                "SELECT t.*, s.name FROM ticket t JOIN maintained_system s ON s.id = t.system_id"
                f" WHERE t.id IN ({marks})",  # noqa: S608 - placeholders only
                ids[:PAGE],
            ).fetchall()
            raw.execute(
                f"SELECT * FROM ticket_pause WHERE ticket_id IN ({marks})",  # noqa: S608
                ids[:PAGE],
            ).fetchall()
            return len(ids)

        mine, theirs, count, raw_count = interleaved(repeat, first_page, raw_first_page)
        if count != raw_count:
            raise CannotMeasure(f"first page: {count} ≠ {raw_count}")
        rows.append(_row(f"队列首页 queue first page ({count} ids) vs raw SQL",
                         statistics.median(mine), statistics.median(theirs), "ms", "1.1–1.4×"))  # fmt: skip

        def filtered() -> list[int]:
            return queue.query_ids(desk, QueueFilter(text=TEXT))

        def raw_like() -> list[int]:
            return [r[0] for r in raw.execute(
                "SELECT id FROM ticket WHERE search_text LIKE ? ORDER BY called_at DESC, id DESC",
                (f"%{TEXT}%",))]  # fmt: skip

        def raw_index() -> list[int]:
            return [r[0] for r in raw.execute(
                "SELECT id FROM ticket WHERE id IN (SELECT rowid FROM ticket_text WHERE"
                " ticket_text MATCH ?) AND search_text LIKE ? ORDER BY called_at DESC, id DESC",
                (match_expression([TEXT]), f"%{TEXT}%"))]  # fmt: skip

        mine, like, found, liked = interleaved(repeat, filtered, raw_like)
        again, indexed, _found, by_index = interleaved(repeat, filtered, raw_index)
        if not found == liked == by_index:
            raise CannotMeasure(f"filter “{TEXT}”: the program and LIKE disagree")
        program_ms = statistics.median(mine + again)
        rows.append(_row(f"筛选 filter “{TEXT}” ({len(found)} rows) vs raw LIKE", program_ms,
                         statistics.median(like), "ms", "≤ 30 ms"))  # fmt: skip
        rows.append(_row("  vs raw bigram index + LIKE recheck", program_ms,
                         statistics.median(indexed), "ms", ""))  # fmt: skip

        statement = escalations.open_tickets().compile(
            desk.db.engine, compile_kwargs={"literal_binds": True}
        )

        def raw_open() -> int:
            return len(raw.execute(str(statement)).fetchall())

        mine, theirs, _recorded, opened = interleaved(
            repeat, lambda: escalations.sweep(desk), raw_open
        )
        rows.append(_row(f"逐级上报扫描 escalation sweep ({opened} open) vs status-index query",
                         statistics.median(mine), statistics.median(theirs), "ms",
                         "constant, off the GUI thread"))  # fmt: skip
    finally:
        raw.close()
        handle.close()
    return rows


def measure_excel(db: Path, repeat: int, folder: Path) -> list[Row]:
    cells = folder / "cells.pickle"
    run_child([__file__, "--child", "capture", str(db), str(cells)])
    mine, theirs, peaks = [], [], []
    for index in range(repeat):
        seconds, peak = child_number(
            [__file__, "--child", "export", str(db), str(folder / f"log{index}.xlsx")], "seconds"
        )
        mine.append(seconds)
        peaks.append(peak)
        seconds, _peak = child_number(
            [__file__, "--child", "xlsxwriter", str(cells), str(folder / f"raw{index}.xlsx")],
            "seconds",
        )
        theirs.append(seconds)
    for path in folder.glob("*.xlsx"):
        path.unlink()
    return [
        _row("Excel 工单台账 ticket log vs raw XlsxWriter constant_memory, same cells",
             statistics.median(mine), statistics.median(theirs), "s", "≤ 1.2×; ≤ 70 s at 100k"),
        ("  导出峰值内存 export peak memory", f"{statistics.median(peaks) / 1024:.0f} MiB", "",
         "", "≤ 150 MiB"),
    ]  # fmt: skip


def measure_pdf(db: Path, repeat: int, folder: Path) -> list[Row]:
    from app.exports.plans.sheet import render_plan_sheet
    from app.services.plans.documents import _header, sheet_of
    from app.services.plans.plans import list_plans
    from app.services.setup import open_desk

    handle = open_desk(db)
    try:
        plan = list_plans(handle.desk)[0]
        header = _header(handle.desk, f"应急预案 {plan.code}", plan.code)
        sheet = sheet_of(plan)
    finally:
        handle.close()
    lines = [sheet.title, sheet.situation, sheet.prevention, *sheet.steps, sheet.spare_parts]
    lines += [f"{c.role} {c.name} {c.phone}" for c in sheet.contacts]
    mine, theirs, _a, _b = interleaved(
        repeat,
        lambda: render_plan_sheet(folder / "plan.pdf", header, sheet),
        lambda: raw_reportlab_page(folder / "raw.pdf", header, lines),
    )
    return [
        _row("一页表单 one-page form (应急预案) vs raw reportlab, QR once",
             statistics.median(mine), statistics.median(theirs), "ms", "≤ 1.5×"),
    ]  # fmt: skip


def raw_reportlab_page(path: Path, header: Any, lines: list[str]) -> None:
    """The same text on one A4 page with the same font, the QR code drawn once as a form."""
    from reportlab.graphics import renderPDF
    from reportlab.graphics.barcode.qr import QrCodeWidget
    from reportlab.graphics.shapes import Drawing
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen.canvas import Canvas

    if "RawBench" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("RawBench", str(header.font_file), subfontIndex=0))
    canvas = Canvas(str(path), pagesize=A4)
    widget = QrCodeWidget(header.qr_text)
    drawing = Drawing(60, 60)
    drawing.add(widget)
    canvas.beginForm("qr", 0, 0, 60, 60)
    renderPDF.draw(drawing, canvas, 0, 0)
    canvas.endForm()
    canvas.setFont("RawBench", 10)
    canvas.drawString(40, 800, f"{header.title} {header.serial} {header.project_name}")
    canvas.saveState()
    canvas.translate(500, 760)
    canvas.doForm("qr")
    canvas.restoreState()
    y = 740
    for text in lines:
        for start in range(0, len(text), 45):
            canvas.drawString(40, y, text[start : start + 45].replace("\n", " "))
            y -= 14
    canvas.showPage()
    canvas.save()


def _growth_row(db: Path, size: int, repeat: int, shot: Path) -> tuple[str, ...]:
    from app.services.setup import open_desk
    from app.services.tickets import escalations, queue
    from app.services.tickets.queue import QueueFilter

    program = ["-m", "app", "gui", "--db", str(db), "--screenshot", str(shot)]
    run_child(program)  # warm-up
    start, start_cpu = [], []
    for _ in range(repeat):
        start.append(run_child(program)[0] * 1000)
        start_cpu.append(LAST_CPU[0] * 1000)
    handle = open_desk(db)
    desk = handle.desk
    try:

        def first_page() -> None:
            queue.fetch_rows(desk, queue.query_ids(desk, QueueFilter())[:PAGE])

        page = [ms(first_page)[0] for _ in range(repeat)]
        found = [
            ms(lambda: queue.query_ids(desk, QueueFilter(text=TEXT)))[0] for _ in range(repeat)
        ]
        swept = [ms(lambda: escalations.sweep(desk))[0] for _ in range(repeat)]
    finally:
        handle.close()
    medians = (statistics.median(x) for x in (start, start_cpu, page, found, swept))
    return (f"{size:,}", *(f"{m:.1f}" for m in medians))


def measure_growth(sizes: list[int], keep: Path, repeat: int) -> list[tuple[str, ...]]:
    table: list[tuple[str, ...]] = []
    for size in sizes:
        db = keep / f"bench-{size}.sqlite3"
        build(db, size)
        table.append(_growth_row(db, size, repeat, keep / "growth.png"))
    return table


# --- child processes -------------------------------------------------------------------------


def child(mode: str, source: Path, target: Path) -> None:
    if mode == "export":
        from app.services.setup import open_desk
        from app.services.tickets.log_export import export_ticket_log

        handle = open_desk(source)
        try:
            seconds, _rows = ms(lambda: export_ticket_log(handle.desk, target, None, None))
        finally:
            handle.close()
        print(f"seconds={seconds / 1000:.3f}")
    elif mode == "capture":
        capture_cells(source, target)
    elif mode == "xlsxwriter":
        seconds, _rows = ms(lambda: raw_xlsxwriter(source, target))
        print(f"seconds={seconds / 1000:.3f}")


def capture_cells(db: Path, out: Path) -> None:
    """Export once and keep every row the program appended, per sheet, in a pickle stream."""
    from app.exports import xlsx
    from app.services.setup import open_desk
    from app.services.tickets.log_export import export_ticket_log

    real_append = xlsx.SheetWriter.append
    with out.open("wb") as stream:

        def append(self: Any, values: Any) -> None:
            values = list(values)
            pickle.dump((self.ws.name, values), stream)
            real_append(self, values)

        xlsx.SheetWriter.append = append  # type: ignore[method-assign]
        handle = open_desk(db)
        try:
            with tempfile.TemporaryDirectory() as folder:
                export_ticket_log(handle.desk, Path(folder) / "log.xlsx", None, None)
        finally:
            handle.close()


def raw_xlsxwriter(cells: Path, out: Path) -> int:
    """The captured cells written with XlsxWriter in constant-memory mode, nothing else."""
    import xlsxwriter

    book = xlsxwriter.Workbook(str(out), {"constant_memory": True})
    stamp = book.add_format({"num_format": "yyyy-mm-dd hh:mm"})
    sheets: dict[str, Any] = {}
    rows: dict[str, int] = {}
    count = 0
    with cells.open("rb") as stream:
        while True:
            try:
                name, values = pickle.load(stream)
            except EOFError:
                break
            if name not in sheets:
                sheets[name] = book.add_worksheet(name)
                rows[name] = 1
            ws, row = sheets[name], rows[name]
            for column, value in enumerate(values):
                if value is None:
                    continue
                if isinstance(value, str):
                    ws.write_string(row, column, value)
                elif isinstance(value, bool):
                    ws.write_string(row, column, "是" if value else "否")
                elif isinstance(value, int | float):
                    ws.write_number(row, column, value)
                elif isinstance(value, datetime):
                    ws.write_datetime(row, column, value.replace(tzinfo=None), stamp)
                elif isinstance(value, date):
                    ws.write_datetime(row, column, value, stamp)
                else:
                    ws.write_string(row, column, str(value))
            rows[name] = row + 1
            count += 1
    book.close()
    return count


# --- output ----------------------------------------------------------------------------------


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _cell(text: str, width: int, right: bool = False) -> str:
    pad = " " * max(0, width - _width(text))
    return pad + text if right else text + pad


def print_table(headers: tuple[str, ...], rows: list[tuple[str, ...]], widths: list[int]) -> None:
    print()
    print(
        "  ".join(_cell(h, w, i > 0) for i, (h, w) in enumerate(zip(headers, widths, strict=True)))
    )
    for row in rows:
        print(
            "  ".join(_cell(c, w, i > 0) for i, (c, w) in enumerate(zip(row, widths, strict=True)))
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tickets", type=int, default=100_000)
    parser.add_argument("--keep", type=Path, default=DEFAULT_KEEP, metavar="DIR")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--growth", default="10000,100000,300000", help="sizes, or 'none'")
    parser.add_argument("--skip", default="", help="comma-separated: start,queue,excel,pdf")
    parser.add_argument(
        "--child", nargs=3, metavar=("MODE", "SOURCE", "TARGET"), help=argparse.SUPPRESS
    )
    args = parser.parse_args(argv)
    if args.child:
        child(args.child[0], Path(args.child[1]), Path(args.child[2]))
        return 0
    args.keep.mkdir(parents=True, exist_ok=True)
    db = (args.keep / f"bench-{args.tickets}.sqlite3").resolve()
    skip = set(filter(None, args.skip.split(",")))
    try:
        build(db, args.tickets)
        rows: list[Row] = []
        with tempfile.TemporaryDirectory() as scratch:
            folder = Path(scratch)
            for name, measure in (
                ("start", lambda: measure_start(db, args.repeat, folder)),
                ("queue", lambda: measure_queue(db, args.repeat)),
                ("excel", lambda: measure_excel(db, args.repeat, folder)),
                ("pdf", lambda: measure_pdf(db, args.repeat, folder)),
            ):
                if name not in skip:
                    rows.extend(measure())
        print(f"\n{args.tickets:,} 张工单 tickets, median of {args.repeat}, interleaved")
        print_table(("", "program", "reference", "ratio", "goal"), rows, [70, 12, 12, 8, 30])
        sizes = [] if args.growth == "none" else [int(s) for s in args.growth.split(",")]
        if sizes:
            growth = measure_growth(sizes, args.keep.resolve(), args.repeat)
            print(f"\n增长 growth (ms, median of {args.repeat})")
            print_table(("tickets", "start", "start CPU", "first page", f"filter “{TEXT}”", "sweep"), growth,
                        [10, 10, 10, 12, 14, 10])  # fmt: skip
    except CannotMeasure as exc:
        print(f"无法测量 cannot measure: {exc}", file=sys.stderr)
        return 1
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    print(f"\n本进程峰值内存 this process's peak RSS: {peak} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
