"""Streaming Excel helpers over XlsxWriter: sheets with a styled header, safe cells, atomic save, and
the print setup every sheet shares (``PrintHeading``, ``PRINT_SETUP``, ``apply_print_setup``).

XlsxWriter (imported on first use) runs in constant-memory mode: each sheet streams its rows to a
temporary file of its own, and the dimension, column widths, panes, print setup and autofilter
are written around them when the workbook is saved, so memory stays flat whatever the row count.
"""

from __future__ import annotations

import contextlib
import functools
import math
import os
import re
import shutil
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self

if TYPE_CHECKING:
    from xlsxwriter.format import Format
    from xlsxwriter.worksheet import Worksheet

DATETIME_FORMAT = "yyyy-mm-dd hh:mm"
DATE_FORMAT = "yyyy-mm-dd"
YES, NO = "是", "否"
MAX_ROWS = 1_048_576  # Excel's rows per sheet, header included
MAX_TEXT = 32_767  # Excel's characters per cell

_HEADER_STYLE = {
    "bold": True,
    "font_color": "#FFFFFF",
    "bg_color": "#305496",
    "pattern": 1,
    "align": "center",
    "valign": "vcenter",
    "text_wrap": True,
    "bottom": 1,
    "bottom_color": "#000000",
}
LINE_HEIGHT = 15.0  # points per line of 11-point text
MAX_HEIGHT = 409.0  # Excel's tallest row
DENSE_LINES = 3  # rows of a sheet printed at ``rows_per_page`` show at most this many lines
# Characters XML 1.0 refuses (Excel would call the file damaged): C0 controls but tab and new line.
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_WIDE_RUNS = re.compile("[\u2e80-\U0010ffff]+")  # CJK radicals onward take about 1.8 columns


@functools.lru_cache(maxsize=8192)  # the same places, systems and names recur on every page
def display_width(text: str) -> float:
    """Width in Excel's column units: a Chinese character takes about 1.8 (measured in
    LibreOffice's rendering of these logs)."""
    # Counted by runs in C, not character by character: a 100k-ticket log measures millions.
    wide = sum(map(len, _WIDE_RUNS.findall(text)))
    return len(text) + 0.8 * wide


# --- the print setup of every sheet (one place, whichever library writes the workbook) ---


@dataclass(frozen=True)
class PrintHeading:
    """What the printed header and footer of every page say."""

    title: str  # the workbook: 工单台账
    period: str = "全部"  # 2026-11-01 至 2026-11-30
    exported_at: datetime = field(default_factory=lambda: datetime.now().astimezone())


@dataclass(frozen=True)
class PrintSetup:
    """A4 landscape, one page wide, the header row on every page, narrow margins."""

    paper_size: int = 9  # A4
    landscape: bool = True
    fit_to_width: int = 1
    title_rows: int = 1  # rows repeated at the top of every page
    margins_inch: tuple[float, float, float, float] = (0.4, 0.4, 0.6, 0.6)  # left right top bottom
    header_inch: float = 0.25
    footer_inch: float = 0.25


PRINT_SETUP = PrintSetup()


def period_text(first: date | None, last: date | None) -> str:
    """A period for the printed header: ``2026-11-01 至 2026-11-30``, ``全部`` when open."""
    if first is None and last is None:
        return "全部"
    return f"{first.isoformat() if first else '最早'} 至 {last.isoformat() if last else '今天'}"


def _header_text(text: str) -> str:
    return text.replace("&", "&&")  # & starts a code in Excel's header and footer language


def apply_print_setup(
    ws: Worksheet, heading: PrintHeading, setup: PrintSetup = PRINT_SETUP
) -> None:
    """Page setup, print titles, header and footer of a sheet (any time before the save)."""
    ws.set_paper(setup.paper_size)
    if setup.landscape:
        ws.set_landscape()
    ws.fit_to_pages(setup.fit_to_width, 0)  # as many pages down as it takes (see set_pages_tall)
    ws.repeat_rows(0, setup.title_rows - 1)
    ws.center_horizontally()
    left, right, top, bottom = setup.margins_inch
    ws.set_margins(left=left, right=right, top=top, bottom=bottom)
    exported = local_naive(heading.exported_at).strftime("%Y-%m-%d %H:%M")
    header = (
        f"&L{_header_text(heading.title)}"
        f'&C&"-,Bold"{_header_text(ws.name)}'
        f"&R{_header_text(f'期间：{heading.period}')}"
    )
    footer = f"&L{_header_text(f'导出时间：{exported}')}&C第 &P 页 / 共 &N 页&R驻场运维台"
    ws.set_header(header, {"margin": setup.header_inch})
    ws.set_footer(footer, {"margin": setup.footer_inch})


def set_pages_tall(ws: Worksheet, rows: int, rows_per_page: int | None) -> None:
    """Scale so that about ``rows_per_page`` rows print on a page (None: one page wide only)."""
    if rows_per_page:
        ws.fit_to_pages(PRINT_SETUP.fit_to_width, max(1, math.ceil(rows / rows_per_page)))


def local_naive(value: datetime) -> datetime:
    """An aware time as the workstation's local wall time without zone (Excel refuses zones)."""
    return value.astimezone().replace(tzinfo=None) if value.tzinfo else value


def clean_text(value: str) -> str:
    """Drop control characters that XML (and so Excel) refuses; cut at Excel's cell limit."""
    text = _ILLEGAL.sub("", value)
    return text[:MAX_TEXT] if len(text) > MAX_TEXT else text


def column_letter(index: int) -> str:
    """``1`` → ``A``, ``27`` → ``AA`` (1-based, as Excel counts)."""
    letters = ""
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


class _Formats:
    """The few cell formats every sheet of a workbook shares (XlsxWriter keeps them per book)."""

    def __init__(self, workbook: Any) -> None:
        self.header: Format = workbook.add_format(_HEADER_STYLE)
        self.wrap: Format = workbook.add_format({"text_wrap": True, "valign": "top"})
        self.datetime: Format = workbook.add_format({"num_format": DATETIME_FORMAT})
        self.date: Format = workbook.add_format({"num_format": DATE_FORMAT})


class SheetWriter:
    """One streamed sheet: header row first, then rows of plain Python values.

    Values go to XlsxWriter's typed writers (``write_string`` keeps ``=SUM(…)`` a text, never a
    formula or a link); the autofilter and the pages tall are set in :meth:`finish` once the row
    count is known.
    """

    def __init__(
        self,
        book: AtomicWorkbook,
        ws: Worksheet,
        headers: Sequence[str],
        widths: Sequence[float],
        heading: PrintHeading | None = None,
        rows_per_page: int | None = None,
    ):
        self.ws = ws
        self.columns = len(headers)
        self.rows = 0
        self.rows_per_page = rows_per_page
        self._formats = book.formats
        self._widths = list(widths)
        # A text shorter than this (in characters) fits its column whatever its script.
        self._fits = [max(w - 1, 1) / 1.8 for w in widths]
        for index, width in enumerate(widths):
            ws.set_column(index, index, width)
        ws.freeze_panes(1, 0)
        apply_print_setup(ws, heading or PrintHeading(ws.name))
        for index, text in enumerate(headers):
            ws.write_string(0, index, text, self._formats.header)

    def append(self, values: Iterable[object]) -> None:
        values = list(values)
        row = self.rows + 1
        lines = max((self._lines(v, i) for i, v in enumerate(values)), default=1)
        if self.rows_per_page:  # a dense log sheet: a few lines at most, for its page count
            lines = min(lines, DENSE_LINES)
        if lines > 1:  # readers do not grow a row for wrapped text: give it its height
            self.ws.set_row(row, min(LINE_HEIGHT * lines, MAX_HEIGHT))
        for column, value in enumerate(values):
            self._write(row, column, value)
        self.rows = row

    def _lines(self, value: object, column: int) -> int:
        """About how many lines a text cell takes in its column once wrapped."""
        if not isinstance(value, str) or column >= len(self._widths):
            return 1
        if "\n" not in value and len(value) <= self._fits[column]:
            return 1
        width = max(self._widths[column] - 1, 1)
        return sum(
            max(1, math.ceil(display_width(line) / width)) for line in value.strip().split("\n")
        )

    def _write(self, row: int, column: int, value: object) -> None:
        """A value Excel takes as it is meant: dates as dates, text as text, bools as 是/否;
        text of several lines, or wider than its column, wraps."""
        ws = self.ws
        if value is None:
            return
        if isinstance(value, str):
            text = clean_text(value) if _ILLEGAL.search(value) or len(value) > MAX_TEXT else value
            if not text:
                return
            wraps = "\n" in text or self._too_wide(text, column)
            ws.write_string(row, column, text, self._formats.wrap if wraps else None)
        elif isinstance(value, bool):
            ws.write_string(row, column, YES if value else NO)
        elif isinstance(value, int | float):
            ws.write_number(row, column, value)
        elif isinstance(value, datetime):
            ws.write_datetime(row, column, local_naive(value), self._formats.datetime)
        elif isinstance(value, date):
            ws.write_datetime(row, column, value, self._formats.date)
        else:
            text = clean_text(str(value))
            if text:
                ws.write_string(row, column, text)

    def _too_wide(self, text: str, column: int) -> bool:
        if column >= len(self._widths) or len(text) * 2 <= self._widths[column]:
            return False
        return display_width(text) > self._widths[column]

    @property
    def dimension(self) -> str:
        return f"A1:{column_letter(self.columns)}{self.rows + 1}"

    def finish(self) -> None:
        """Autofilter over the header and every row written; pages tall for ``rows_per_page``."""
        self.ws.autofilter(0, 0, self.rows, self.columns - 1)
        set_pages_tall(self.ws, self.rows + 1, self.rows_per_page)


class AtomicWorkbook:
    """A streamed workbook saved under a temporary name in the target folder, then renamed.

    The temporary file is made at once, so an unwritable folder fails before any work. The
    sheets' row files live in a private temporary folder; :meth:`discard` (cancel or error) and
    :meth:`commit` remove it, so nothing is left behind.
    """

    def __init__(self, out_path: Path) -> None:
        import xlsxwriter  # heavy: only when a workbook is written

        self.out_path = Path(out_path)
        handle, name = tempfile.mkstemp(
            prefix=f".{self.out_path.stem}.", suffix=".xlsx.tmp", dir=self.out_path.parent
        )
        os.close(handle)
        self.temp_path = Path(name)
        self._rows_folder = tempfile.mkdtemp(prefix="resident-desk-xlsx-")
        self.workbook = xlsxwriter.Workbook(
            str(self.temp_path),
            {
                "constant_memory": True,
                "tmpdir": self._rows_folder,
                "strings_to_numbers": False,
                "strings_to_formulas": False,
                "strings_to_urls": False,
                "nan_inf_to_errors": True,
            },
        )
        self.formats = _Formats(self.workbook)
        self.order: list[Worksheet] = []  # the sheets' order in the saved file
        self.writers: list[SheetWriter] = []

    def sheet(self, title: str, after: Worksheet | None = None) -> Worksheet:
        """A new sheet at the end, or right after ``after``."""
        ws = self.workbook.add_worksheet(title)
        index = len(self.order) if after is None else self.order.index(after) + 1
        self.order.insert(index, ws)
        return ws

    def _put_in_order(self) -> None:
        """XlsxWriter saves sheets in the order they were added: a continuation sheet made later
        moves to its place (each sheet's index names it in the print titles and filters)."""
        self.workbook.worksheets_objs[:] = self.order
        for index, ws in enumerate(self.order):
            ws.index = index

    def commit(self) -> None:
        try:
            self._put_in_order()
            self.workbook.close()
            os.replace(self.temp_path, self.out_path)
        finally:
            shutil.rmtree(self._rows_folder, ignore_errors=True)

    def discard(self) -> None:
        for ws in self.workbook.worksheets():
            with contextlib.suppress(Exception):
                ws._opt_close()  # the sheet's open row file, before its folder goes
        self.workbook.fileclosed = True  # nothing to save: no warning when it is collected
        shutil.rmtree(self._rows_folder, ignore_errors=True)
        with contextlib.suppress(OSError):
            self.temp_path.unlink()


class SplitSheet:
    """A sheet that goes on in "title（续2）", "（续3）"… sheets past Excel's row limit."""

    def __init__(
        self,
        book: AtomicWorkbook,
        title: str,
        headers: Sequence[str],
        widths: Sequence[float],
        max_rows: int | None = None,
        heading: PrintHeading | None = None,
        rows_per_page: int | None = None,
    ) -> None:
        self._book = book
        self._title = title
        self._headers = headers
        self._widths = widths
        self._heading = heading
        self._rows_per_page = rows_per_page
        self._max_data_rows = (max_rows or MAX_ROWS) - 1
        self.parts = [self._writer(book.sheet(title))]

    def _writer(self, ws: Worksheet) -> SheetWriter:
        writer = SheetWriter(
            self._book, ws, self._headers, self._widths, self._heading, self._rows_per_page
        )
        self._book.writers.append(writer)
        return writer

    @property
    def rows(self) -> int:
        return sum(part.rows for part in self.parts)

    def append(self, values: Iterable[object]) -> None:
        if self.parts[-1].rows >= self._max_data_rows:
            title = f"{self._title}（续{len(self.parts) + 1}）"
            sheet = self._book.sheet(title, after=self.parts[-1].ws)
            self.parts.append(self._writer(sheet))
        self.parts[-1].append(values)

    def finish(self) -> None:
        for part in self.parts:
            part.finish()


Columns = Sequence[tuple[str, float]]  # (header, width) of each column
ROWS_PER_PAGE = 100  # of a log's main sheet: small type, but a sane number of pages


class LogWriter:
    """An Excel log of several streamed sheets, written atomically: ``with`` it, append, commit.

    Leaving the ``with`` block without :meth:`commit` (cancel, error) leaves no file behind.
    ``sheets`` are (title, columns) pairs; rows go to ``self.sheets[i]``, which continue in
    "（续2）" sheets past Excel's row limit. Every page printed says ``heading`` (the workbook's
    title, its period and the export time); ``rows_per_page`` scales the first sheet to about
    that many rows a page.
    """

    def __init__(
        self,
        out_path: Path,
        sheets: Sequence[tuple[str, Columns]],
        heading: PrintHeading | None = None,
        rows_per_page: int | None = None,
    ) -> None:
        self.book = AtomicWorkbook(out_path)
        self.heading = heading or PrintHeading(sheets[0][0] if sheets else "")
        try:
            self.sheets = [
                SplitSheet(
                    self.book,
                    title,
                    [h for h, _ in columns],
                    [w for _, w in columns],
                    heading=self.heading,
                    rows_per_page=rows_per_page if index == 0 else None,
                )
                for index, (title, columns) in enumerate(sheets)
            ]
        except BaseException:
            self.book.discard()
            raise
        self._committed = False

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if not self._committed:
            self.book.discard()

    def sheet_writer(
        self, ws: Worksheet, headers: Sequence[str], widths: Sequence[float]
    ) -> SheetWriter:
        """A further sheet (made with ``self.book.sheet``) with the same print setup."""
        writer = SheetWriter(self.book, ws, headers, widths, self.heading)
        self.book.writers.append(writer)
        return writer

    def commit(self) -> None:
        """Set the autofilters, save and rename into place."""
        for sheet in self.sheets:
            sheet.finish()
        self.book.commit()
        self._committed = True
