"""Sending a PDF to a printer in the background, page by page, with progress and cancel.

As Frescobaldi's ``qpageview`` print job: a thread renders each page (PDFium, ``pdf_pages``) at
the printer's resolution (at most ``MAX_DPI``) and paints it on the ``QPrinter``; ``progressed``
reports every page, ``cancel`` stops before the next page and aborts the printer, and the
outcome is one of ``DONE``, ``CANCELLED`` or ``FAILED`` with a message in Chinese.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRectF, QSizeF, QThread, Signal
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter

from app.gui.pdf_pages import PdfPages

MAX_DPI = 300  # enough for text and QR codes; 1200 dpi pages would take 140 MB each
DONE, CANCELLED, FAILED = "done", "cancelled", "failed"


def prepare_printer(printer: QPrinter, page_size: QSizeF, title: str) -> None:
    """A4 (or the document's size), its orientation, the document's own margins, its title."""
    portrait = page_size.height() >= page_size.width()
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(
        QPageLayout.Orientation.Portrait if portrait else QPageLayout.Orientation.Landscape
    )
    printer.setFullPage(True)  # the PDF carries its margins; the printer adds none
    printer.setDocName(title)


def page_numbers(printer: QPrinter, count: int) -> list[int]:
    """The pages (from 0) the print dialog asked for: all, or its from–to range."""
    first, last = printer.fromPage(), printer.toPage()
    if first <= 0 or last <= 0:
        return list(range(count))
    return list(range(max(first, 1) - 1, min(last, count)))


class PrintJob(QThread):
    """Prints ``path`` on ``printer`` from a worker thread; owned by the GUI thread."""

    progressed = Signal(int, int)  # pages sent, pages in all
    ended = Signal(str, str)  # outcome (DONE, CANCELLED, FAILED), message

    def __init__(self, path: Path, printer: QPrinter, parent: QThread | None = None) -> None:
        super().__init__(parent)
        self.path = Path(path)
        self.printer = printer
        self.pages_printed = 0
        self.outcome = ""
        self.message = ""
        self._cancel = threading.Event()

    def cancel(self) -> None:
        """Stop before the next page (called from the GUI thread)."""
        self._cancel.set()

    def run(self) -> None:
        try:
            outcome, message = self._print()
        except Exception as exc:  # a failure is told to the user, never lost on the thread
            outcome, message = (
                FAILED,
                QCoreApplication.translate("PrintJob", "打印失败：{0}").format(exc),
            )
        self.outcome, self.message = outcome, message
        self.ended.emit(outcome, message)

    def _print(self) -> tuple[str, str]:
        pages = PdfPages(self.path)
        try:
            numbers = page_numbers(self.printer, pages.count)
            # a printer that cannot make copies itself gets them drawn one after the other
            copies = 1 if self.printer.supportsMultipleCopies() else self.printer.copyCount()
            total = len(numbers) * max(copies, 1)
            painter = QPainter()
            if not painter.begin(self.printer):
                return FAILED, QCoreApplication.translate(
                    "PrintJob", "无法开始打印：打印机不可用或输出文件无法写入。"
                )
            try:
                return self._paint(painter, pages, numbers, total)
            finally:
                painter.end()
        finally:
            pages.close()

    def _paint(
        self, painter: QPainter, pages: PdfPages, numbers: list[int], total: int
    ) -> tuple[str, str]:
        dpi = min(self.printer.resolution(), MAX_DPI)
        target_area = self.printer.paperRect(QPrinter.Unit.DevicePixel)
        sent = 0
        while sent < total:
            index = numbers[sent % len(numbers)]
            if self._cancel.is_set():
                self.printer.abort()
                return CANCELLED, QCoreApplication.translate(
                    "PrintJob", "已取消打印，已送出 {0} 页。"
                ).format(sent)
            if sent:
                self.printer.newPage()
            image = pages.render(index, dpi)
            painter.drawImage(_fitted(target_area, image.width(), image.height()), image)
            sent += 1
            self.pages_printed = sent
            self.progressed.emit(sent, total)
        if self.printer.printerState() == QPrinter.PrinterState.Error:
            return FAILED, QCoreApplication.translate(
                "PrintJob", "打印机报告错误，请检查打印机后重试。"
            )
        return DONE, QCoreApplication.translate("PrintJob", "已送出 {0} 页到打印机。").format(sent)


def _fitted(area: QRectF, width: int, height: int) -> QRectF:
    """The largest rectangle of the image's shape centred in ``area``."""
    scale = min(area.width() / width, area.height() / height)
    w, h = width * scale, height * scale
    return QRectF(area.x() + (area.width() - w) / 2, area.y() + (area.height() - h) / 2, w, h)
