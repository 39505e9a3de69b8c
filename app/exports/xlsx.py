"""Streaming Excel helpers: write-only sheets with a styled header, safe cells, atomic save, and the
print setup every sheet shares (``PRINT_SETUP``, ``apply_print_setup``, ``write_dimensions``)."""

from __future__ import annotations

import contextlib
import math
import os
import shutil
import tempfile
import zipfile
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from types import TracebackType
from typing import Self

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet.properties import PageSetupProperties

DATETIME_FORMAT = "yyyy-mm-dd hh:mm"
DATE_FORMAT = "yyyy-mm-dd"
YES, NO = "是", "否"
MAX_ROWS = 1_048_576  # Excel's rows per sheet, header included

_HEADER_FONT = Font(bold=True, color="FFFFFF")
_HEADER_FILL = PatternFill("solid", fgColor="305496")
_HEADER_ALIGN = Alignment(horizontal="center", vertical="center", wrap_text=True)
_HEADER_BORDER = Border(bottom=Side(style="thin", color="000000"))
_WRAP = Alignment(wrap_text=True, vertical="top")
LINE_HEIGHT = 15.0  # points per line of 11-point text
MAX_HEIGHT = 409.0  # Excel's tallest row
DENSE_LINES = 3  # rows of a sheet printed at ``rows_per_page`` show at most this many lines


def display_width(text: str) -> float:
    """Width in Excel's column units: a Chinese character takes about 1.8 (measured in
    LibreOffice's rendering of these logs)."""
    return sum(1.8 if ord(c) > 0x2E7F else 1.0 for c in text)


# --- the print setup of every sheet (one place, so another writer library can take it over) ---


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
    orientation: str = "landscape"
    fit_to_width: int = 1
    title_rows: str = "1:1"
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
    ws: WriteOnlyWorksheet, heading: PrintHeading, setup: PrintSetup = PRINT_SETUP
) -> None:
    """Page setup, print titles, header and footer of a sheet (before its first row)."""
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.page_setup.paperSize = setup.paper_size
    ws.page_setup.orientation = setup.orientation
    ws.page_setup.fitToWidth = setup.fit_to_width
    ws.page_setup.fitToHeight = 0  # as many pages down as it takes (see set_pages_tall)
    ws.print_title_rows = setup.title_rows
    ws.print_options.horizontalCentered = True
    left, right, top, bottom = setup.margins_inch
    ws.page_margins.left, ws.page_margins.right = left, right
    ws.page_margins.top, ws.page_margins.bottom = top, bottom
    ws.page_margins.header, ws.page_margins.footer = setup.header_inch, setup.footer_inch
    exported = local_naive(heading.exported_at).strftime("%Y-%m-%d %H:%M")
    ws.oddHeader.left.text = _header_text(heading.title)
    ws.oddHeader.center.text = _header_text(ws.title)
    ws.oddHeader.center.font = "-,Bold"
    ws.oddHeader.right.text = _header_text(f"期间：{heading.period}")
    ws.oddFooter.left.text = _header_text(f"导出时间：{exported}")
    ws.oddFooter.center.text = "第 &P 页 / 共 &N 页"
    ws.oddFooter.right.text = "驻场运维台"


def set_pages_tall(ws: WriteOnlyWorksheet, rows: int, rows_per_page: int | None) -> None:
    """Scale so that about ``rows_per_page`` rows print on a page (None: one page wide only)."""
    if rows_per_page:
        ws.page_setup.fitToHeight = max(1, math.ceil(rows / rows_per_page))


def write_dimensions(path: Path, dimensions: Mapping[str, str]) -> None:
    """Put ``<dimension ref="A1:K929"/>`` into each sheet part of a saved workbook.

    openpyxl's write-only mode writes a sheet's top before its rows are known, so it leaves the
    dimension out, and readers that trust it (openpyxl's read-only mode) see an empty sheet.
    ``dimensions`` maps a sheet's part name (``xl/worksheets/sheet1.xml``) to its range.
    """
    fixed = path.with_name(path.name + ".dim")
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(fixed, "w", zipfile.ZIP_DEFLATED) as out:
        for item in source.infolist():
            with source.open(item) as reader, out.open(item, "w") as writer:
                ref = dimensions.get(item.filename)
                if ref is not None:
                    head = reader.read(4096)
                    marker = head.find(b"<sheetViews")
                    if marker < 0:
                        marker = head.find(b"<sheetData")
                    element = f'<dimension ref="{ref}"/>'.encode()
                    head = head[:marker] + element + head[marker:] if marker >= 0 else head
                    writer.write(head)
                shutil.copyfileobj(reader, writer, 1 << 20)
    os.replace(fixed, path)


def local_naive(value: datetime) -> datetime:
    """An aware time as the workstation's local wall time without zone (Excel refuses zones)."""
    return value.astimezone().replace(tzinfo=None) if value.tzinfo else value


def clean_text(value: str) -> str:
    """Drop control characters that XML (and so openpyxl) refuses."""
    return ILLEGAL_CHARACTERS_RE.sub("", value)


class SheetWriter:
    """One write-only sheet: header row first, then rows of plain Python values.

    Column widths, frozen header and the autofilter are set before the first row (openpyxl writes
    widths and panes at the top of the stream); the autofilter's range goes in the sheet's tail, so
    it is set in :meth:`finish` once the row count is known.
    """

    def __init__(
        self,
        ws: WriteOnlyWorksheet,
        headers: Sequence[str],
        widths: Sequence[float],
        heading: PrintHeading | None = None,
        rows_per_page: int | None = None,
    ):
        self.ws = ws
        self.columns = len(headers)
        self.rows = 0
        self.rows_per_page = rows_per_page
        self._widths = list(widths)
        for index, width in enumerate(widths, 1):
            ws.column_dimensions[get_column_letter(index)].width = width
        ws.freeze_panes = "A2"
        apply_print_setup(ws, heading or PrintHeading(ws.title))
        ws.append([self._header_cell(text) for text in headers])

    def _header_cell(self, text: str) -> WriteOnlyCell:
        cell = WriteOnlyCell(self.ws, value=text)
        cell.font = _HEADER_FONT
        cell.fill = _HEADER_FILL
        cell.alignment = _HEADER_ALIGN
        cell.border = _HEADER_BORDER
        return cell

    def append(self, values: Iterable[object]) -> None:
        values = list(values)
        lines = max((self._lines(v, i) for i, v in enumerate(values)), default=1)
        if self.rows_per_page:  # a dense log sheet: a few lines at most, for its page count
            lines = min(lines, DENSE_LINES)
        if lines > 1:  # readers do not grow a row for wrapped text: give it its height
            self.ws.row_dimensions[self.rows + 2].height = min(LINE_HEIGHT * lines, MAX_HEIGHT)
        self.ws.append([self.cell(value, index) for index, value in enumerate(values)])
        self.rows += 1

    def _lines(self, value: object, column: int) -> int:
        """About how many lines a text cell takes in its column once wrapped."""
        if not isinstance(value, str) or column >= len(self._widths):
            return 1
        width = max(self._widths[column] - 1, 1)
        return sum(
            max(1, math.ceil(display_width(line) / width)) for line in value.strip().split("\n")
        )

    def cell(self, value: object, column: int | None = None) -> object:
        """A value Excel takes as it is meant: dates as dates, text as text, bools as 是/否;
        text of several lines, or wider than its ``column``, wraps."""
        if value is None or isinstance(value, int | float) and not isinstance(value, bool):
            return value
        if isinstance(value, str):
            text = clean_text(value)
            if not text:
                return None
            formula_like = text[:1] in ("=", "+", "-", "@")
            wraps = "\n" in text or self._too_wide(text, column)
            if not (formula_like or wraps):
                return text
            cell = WriteOnlyCell(self.ws, value=text)
            if formula_like:
                cell.data_type = "s"  # openpyxl would store "=..." as a formula
            if wraps:
                cell.alignment = _WRAP
            return cell
        if isinstance(value, bool):
            return YES if value else NO
        if isinstance(value, datetime):
            cell = WriteOnlyCell(self.ws, value=local_naive(value))
            cell.number_format = DATETIME_FORMAT
            return cell
        if isinstance(value, date):
            cell = WriteOnlyCell(self.ws, value=value)
            cell.number_format = DATE_FORMAT
            return cell
        return clean_text(str(value))

    def _too_wide(self, text: str, column: int | None) -> bool:
        if column is None or column >= len(self._widths) or len(text) * 2 <= self._widths[column]:
            return False
        return display_width(text) > self._widths[column]

    @property
    def dimension(self) -> str:
        return f"A1:{get_column_letter(self.columns)}{self.rows + 1}"

    def finish(self) -> None:
        """Autofilter over the header and every row written; pages tall for ``rows_per_page``."""
        self.ws.auto_filter.ref = self.dimension
        set_pages_tall(self.ws, self.rows + 1, self.rows_per_page)


class AtomicWorkbook:
    """A write-only workbook saved under a temporary name in the target folder, then renamed.

    The temporary file is made at once, so an unwritable folder fails before any work. On
    :meth:`discard` (cancel or error) the temporary file and openpyxl's per-sheet stream files
    are removed, so nothing is left behind.
    """

    def __init__(self, out_path: Path) -> None:
        self.out_path = Path(out_path)
        handle, name = tempfile.mkstemp(
            prefix=f".{self.out_path.stem}.", suffix=".xlsx.tmp", dir=self.out_path.parent
        )
        os.close(handle)
        self.temp_path = Path(name)
        self.workbook = Workbook(write_only=True)
        self.writers: list[SheetWriter] = []  # their dimensions go into the saved file

    def sheet(self, title: str, after: WriteOnlyWorksheet | None = None) -> WriteOnlyWorksheet:
        """A new sheet at the end, or right after ``after``."""
        index = None if after is None else self.workbook.worksheets.index(after) + 1
        return self.workbook.create_sheet(title, index)

    def commit(self) -> None:
        self.workbook.save(self.temp_path)
        write_dimensions(self.temp_path, {w.ws.path.lstrip("/"): w.dimension for w in self.writers})
        os.replace(self.temp_path, self.out_path)

    def discard(self) -> None:
        for ws in self.workbook.worksheets:
            writer = getattr(ws, "_writer", None)
            if writer is None:
                continue
            with contextlib.suppress(Exception):
                ws.close()
            with contextlib.suppress(OSError):
                os.remove(writer.out)
        for path in (self.temp_path, self.temp_path.with_name(self.temp_path.name + ".dim")):
            with contextlib.suppress(OSError):
                path.unlink()


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

    def _writer(self, ws: WriteOnlyWorksheet) -> SheetWriter:
        writer = SheetWriter(ws, self._headers, self._widths, self._heading, self._rows_per_page)
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
        self, ws: WriteOnlyWorksheet, headers: Sequence[str], widths: Sequence[float]
    ) -> SheetWriter:
        """A further sheet (made with ``self.book.sheet``) with the same print setup."""
        writer = SheetWriter(ws, headers, widths, self.heading)
        self.book.writers.append(writer)
        return writer

    def commit(self) -> None:
        """Set the autofilters, save and rename into place."""
        for sheet in self.sheets:
            sheet.finish()
        self.book.commit()
        self._committed = True
