"""Pages of a PDF as QImages, rendered by PDFium (pypdfium2), for the print preview and printing.

PDFium is not thread-safe: every call into it holds ``PDFIUM_LOCK``, so the preview (GUI thread)
and a print job (worker thread) can both render, one page at a time. pypdfium2 is imported on
first use (it loads a native library of about 8 MB).
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSizeF
from PySide6.QtGui import QImage

PDFIUM_LOCK = threading.Lock()
POINTS_PER_INCH = 72.0


class PdfPages:
    """An open PDF: its page count, page sizes in points, and pages rendered at a resolution."""

    def __init__(self, path: Path) -> None:
        import pypdfium2

        self.path = Path(path)
        with PDFIUM_LOCK:
            self._document: Any = pypdfium2.PdfDocument(str(self.path))
            self.sizes = [QSizeF(*page_size) for page_size in self._sizes()]

    def _sizes(self) -> list[tuple[float, float]]:
        sizes = []
        for index in range(len(self._document)):
            page = self._document[index]
            sizes.append(page.get_size())
            page.close()
        return sizes

    @property
    def count(self) -> int:
        return len(self.sizes)

    def render(self, index: int, dpi: float) -> QImage:
        """Page ``index`` (from 0) at ``dpi``, white background, as an RGB32 QImage."""
        with PDFIUM_LOCK:
            page = self._document[index]
            try:
                bitmap = page.render(
                    scale=dpi / POINTS_PER_INCH, prefer_bgrx=True, may_draw_forms=False
                )
                image = QImage(
                    bitmap.buffer,
                    bitmap.width,
                    bitmap.height,
                    bitmap.stride,
                    QImage.Format.Format_RGB32,
                ).copy()  # the bitmap's memory goes with it
                bitmap.close()
            finally:
                page.close()
        image.setDotsPerMeterX(round(dpi / 0.0254))
        image.setDotsPerMeterY(round(dpi / 0.0254))
        return image

    def close(self) -> None:
        with PDFIUM_LOCK:
            self._document.close()
