"""Driving the print preview as a user does: wait for the pages, page through, print, save."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog

from app.gui.print_preview import PrintPreviewDialog


def wait_for_pages(qtbot, owner: Any, timeout: int = 20_000) -> PrintPreviewDialog:
    """The preview the owner (a printer with ``preview``) opened, once its pages are shown."""
    qtbot.waitUntil(lambda: getattr(owner, "preview", None) is not None, timeout=timeout)
    dialog: PrintPreviewDialog = owner.preview
    qtbot.waitUntil(
        lambda: dialog.pages is not None and dialog.print_button.isEnabled(), timeout=timeout
    )
    assert dialog.isVisible()
    return dialog


def pdf_pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    return int(
        next(line.split()[-1] for line in info.stdout.splitlines() if line.startswith("Pages"))
    )


def page_through(qtbot, dialog: PrintPreviewDialog) -> int:
    """Press PgDown to the last page, checking the page label follows; returns the page count."""
    count = dialog.pages.count if dialog.pages else 0
    assert dialog.page_count_label.text() == f"/ {count}"
    for page in range(1, count):
        qtbot.keyClick(dialog, Qt.Key.Key_PageDown)
        assert dialog.page == page and dialog.page_box.value() == page + 1
        assert not dialog.page_label.pixmap().isNull()
    assert not dialog.next_button.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_PageUp)
    return count


@pytest.fixture
def pdf_printer(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Qt's print dialog answered with a PDF printer writing to the next path queued here."""
    queued: list[Path] = []

    def accept(self: QPrintDialog) -> int:
        printer = self.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(queued.pop(0)))
        printer.setResolution(100)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    return queued


def print_with_dialog(qtbot, dialog: PrintPreviewDialog, queued: list[Path], out: Path) -> None:
    """Click 打印…, let the print dialog choose a PDF printer writing ``out``, wait for the job
    and for the copy to be recorded (the document is then made again)."""
    runs = dialog._runs
    queued.append(out)
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.job is None and out.exists(), timeout=30_000)
    if dialog.document is not None and dialog.document.document_id is not None:
        qtbot.waitUntil(
            lambda: dialog._runs > runs and dialog.print_button.isEnabled(), timeout=20_000
        )


def wait_settled(qtbot, dialog: PrintPreviewDialog) -> None:
    """Wait until the copy just made is recorded and the document made again."""
    qtbot.waitUntil(
        lambda: not dialog.runner.busy,  # every copy counted, and the document made again
        timeout=20_000,
    )
