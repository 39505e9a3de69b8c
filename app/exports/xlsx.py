"""Streaming Excel helpers: write-only sheets with a styled header, safe cells, atomic save."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterable, Sequence
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

DATETIME_FORMAT = "yyyy-mm-dd hh:mm"
DATE_FORMAT = "yyyy-mm-dd"
YES, NO = "是", "否"
MAX_ROWS = 1_048_576  # Excel's rows per sheet, header included

_HEADER_FONT = Font(bold=True, color="FFFFFF")
_HEADER_FILL = PatternFill("solid", fgColor="305496")
_HEADER_ALIGN = Alignment(horizontal="center", vertical="center", wrap_text=True)
_HEADER_BORDER = Border(bottom=Side(style="thin", color="000000"))


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

    def __init__(self, ws: WriteOnlyWorksheet, headers: Sequence[str], widths: Sequence[float]):
        self.ws = ws
        self.columns = len(headers)
        self.rows = 0
        for index, width in enumerate(widths, 1):
            ws.column_dimensions[get_column_letter(index)].width = width
        ws.freeze_panes = "A2"
        ws.append([self._header_cell(text) for text in headers])

    def _header_cell(self, text: str) -> WriteOnlyCell:
        cell = WriteOnlyCell(self.ws, value=text)
        cell.font = _HEADER_FONT
        cell.fill = _HEADER_FILL
        cell.alignment = _HEADER_ALIGN
        cell.border = _HEADER_BORDER
        return cell

    def append(self, values: Iterable[object]) -> None:
        self.ws.append([self.cell(value) for value in values])
        self.rows += 1

    def cell(self, value: object) -> object:
        """A value Excel takes as it is meant: dates as dates, text as text, bools as 是/否."""
        if value is None or isinstance(value, int | float) and not isinstance(value, bool):
            return value
        if isinstance(value, str):
            text = clean_text(value)
            if not text:
                return None
            if text[:1] in ("=", "+", "-", "@"):
                cell = WriteOnlyCell(self.ws, value=text)
                cell.data_type = "s"  # openpyxl would store "=..." as a formula
                return cell
            return text
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

    def finish(self) -> None:
        """Autofilter over the header and every row written."""
        last = get_column_letter(self.columns)
        self.ws.auto_filter.ref = f"A1:{last}{self.rows + 1}"


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

    def sheet(self, title: str, after: WriteOnlyWorksheet | None = None) -> WriteOnlyWorksheet:
        """A new sheet at the end, or right after ``after``."""
        index = None if after is None else self.workbook.worksheets.index(after) + 1
        return self.workbook.create_sheet(title, index)

    def commit(self) -> None:
        self.workbook.save(self.temp_path)
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
    ) -> None:
        self._book = book
        self._title = title
        self._headers = headers
        self._widths = widths
        self._max_data_rows = (max_rows or MAX_ROWS) - 1
        self.parts = [SheetWriter(book.sheet(title), headers, widths)]

    @property
    def rows(self) -> int:
        return sum(part.rows for part in self.parts)

    def append(self, values: Iterable[object]) -> None:
        if self.parts[-1].rows >= self._max_data_rows:
            title = f"{self._title}（续{len(self.parts) + 1}）"
            sheet = self._book.sheet(title, after=self.parts[-1].ws)
            self.parts.append(SheetWriter(sheet, self._headers, self._widths))
        self.parts[-1].append(values)

    def finish(self) -> None:
        for part in self.parts:
            part.finish()


Columns = Sequence[tuple[str, float]]  # (header, width) of each column


class LogWriter:
    """An Excel log of several streamed sheets, written atomically: ``with`` it, append, commit.

    Leaving the ``with`` block without :meth:`commit` (cancel, error) leaves no file behind.
    ``sheets`` are (title, columns) pairs; rows go to ``self.sheets[i]``, which continue in
    "（续2）" sheets past Excel's row limit.
    """

    def __init__(self, out_path: Path, sheets: Sequence[tuple[str, Columns]]) -> None:
        self.book = AtomicWorkbook(out_path)
        try:
            self.sheets = [
                SplitSheet(self.book, title, [h for h, _ in columns], [w for _, w in columns])
                for title, columns in sheets
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

    def commit(self) -> None:
        """Set the autofilters, save and rename into place."""
        for sheet in self.sheets:
            sheet.finish()
        self.book.commit()
        self._committed = True
