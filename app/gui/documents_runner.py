"""Making a file from the GUI: ask where to save, work off the GUI thread, show the outcome.

``FileRunner`` is what every printer and exporter of the tabs shares: documents open in the
print preview (``open_preview``: printed or saved from there, no system PDF viewer); workbooks
get the save dialog in the folder used last time, one background request at a time
(``TaskRunner``), a box that offers to open the saved file; failures said in the UI's language. ``ProgressExport`` adds the
progress dialog with 取消 that long Excel exports show. The callers keep their own texts.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from app.domain.i18n import MarkedError
from app.gui.failures import logged_failure_text
from app.gui.files import ask_save_path
from app.gui.i18n import tr_domain, tr_error
from app.gui.messages import OpenFileBox, show_error, show_message
from app.gui.print_preview import Make, PrintedFile, PrintPreviewDialog, open_preview
from app.gui.tasks import TaskRunner
from app.gui.ui_settings import DOCUMENT_FOLDER, EXPORT_FOLDER
from app.services.context import Desk
from app.services.documents import DocumentInfo
from app.services.tickets.log_export import ExportCancelled

T = TypeVar("T")
# The shared texts keep the translation contexts they were first written in
# (DocumentPrinter, LogExporter), so the English .ts needs nothing new.
Progress = Callable[[int, int], None]  # done, total (called from the worker)
Cancelled = Callable[[], bool]


def ask_pdf(parent: QWidget, title: str, file_name: str) -> Path | None:
    """Ask where to save a PDF (in the documents folder used last time); None if cancelled."""
    return ask_save_path(
        parent,
        title,
        file_name,
        QCoreApplication.translate("DocumentPrinter", "PDF 文件 (*.pdf)"),
        DOCUMENT_FOLDER,
    )


def save_title(label: str) -> str:
    """The save dialog's title for a document: ``保存巡检报告``."""
    return QCoreApplication.translate("DocumentPrinter", "保存{0}").format(label)


def ask_workbook(parent: QWidget, title: str, file_name: str) -> Path | None:
    """Ask where to save an Excel workbook (in the export folder used last time)."""
    return ask_save_path(
        parent,
        title,
        file_name,
        QCoreApplication.translate("LogExporter", "Excel 工作簿 (*.xlsx)"),
        EXPORT_FOLDER,
    )


def save_error_text(error: Exception) -> str:
    """A failed save, said in the UI's language."""
    if isinstance(error, MarkedError):
        return tr_error(error)
    if isinstance(error, OSError):
        where = error.filename or ""
        return QCoreApplication.translate("DocumentPrinter", "无法写入文件：{0}（{1}）").format(
            where, error.strerror or error
        )
    return str(error)


def saved_form_text(info: DocumentInfo) -> str:
    """What the box says once a form to be signed is saved (the same for every such form)."""
    text = QCoreApplication.translate(
        "DocumentPrinter",
        "{0} {1} 已保存到：\n{2}\n\n打开后即可预览和打印；签字件交回后请登记签字回执。",
    )
    return text.format(tr_domain("document", info.kind_label), info.serial, info.path)


class FileRunner(QObject):
    """One file at a time: the work runs on the pool, the outcome comes back as a message box.

    Subclasses ask for the path (``ask_pdf``/``ask_workbook``) and ``run``, or ``open_preview`` a
    document; show the result with ``show_saved``; ``error_text`` says each failure (an
    unexpected one is logged too).
    """

    def __init__(self, desk: Desk, parent: QWidget, key: str = "file") -> None:
        super().__init__(parent)
        self._desk = desk
        self._parent = parent
        self._key = key
        self.runner = TaskRunner(desk, self)
        self.message_box: QMessageBox | None = None
        self.preview: PrintPreviewDialog | None = None

    @property
    def busy(self) -> bool:
        return self.runner.is_pending(self._key)

    def run(self, work: Callable[[Desk], T], on_result: Callable[[T], None]) -> None:
        """Run ``work(desk)`` in the background; ``on_result`` or ``on_runner_error`` follows."""
        self.runner.run(work, on_result, self.on_runner_error, key=self._key)

    def open_preview(
        self, title: str, make: Make, on_made: Callable[[PrintedFile], None] | None = None
    ) -> PrintPreviewDialog:
        """Make the document for the print preview and show it there (printed or saved from
        the preview, each copy recorded); ``on_made`` follows each time it is made."""
        self.preview = open_preview(self._desk, self._parent, title, make, self.error_text)
        if on_made is not None:
            self.preview.made.connect(on_made)
        return self.preview

    def show_saved(self, title: str, text: str, path: Path | str | None) -> None:
        """Say the file was saved and offer to open it."""
        self.message_box = OpenFileBox(self._parent, title, text, Path(path or ""))

    def show_failure(self, title: str, text: str) -> None:
        self.message_box = show_error(self._parent, title, text)

    # --- for subclasses ----------------------------------------------------------------------

    def error_title(self) -> str:
        return QCoreApplication.translate("DocumentPrinter", "无法保存文档")

    def error_text(self, error: Exception) -> str:
        """The message for a failure: an expected one as it is, any other logged as well."""
        if isinstance(error, MarkedError | OSError):
            return save_error_text(error)
        return logged_failure_text(error, type(self).__name__)

    # --- slots -------------------------------------------------------------------------------

    def on_runner_error(self, error: Exception) -> None:
        self.show_failure(self.error_title(), self.error_text(error))


class _ProgressRelay(QObject):
    """Lives on the GUI thread; the worker emits, the dialog is updated through a queued call."""

    progressed = Signal(int, int)  # done, total


class ProgressExport(FileRunner):
    """A long export: a window-modal progress dialog whose 取消 stops the worker cleanly.

    The work gets ``progress(done, total)`` and ``cancelled()`` to call from the worker; when it
    raises ExportCancelled no file is left and the user is told so.
    """

    def __init__(self, desk: Desk, parent: QWidget, title: str, progress_name: str) -> None:
        super().__init__(desk, parent, key="export")
        self._title = title
        self._progress_name = progress_name
        self._cancel = threading.Event()
        self._relay = _ProgressRelay(self)
        self._relay.progressed.connect(self.on_relay_progressed, Qt.ConnectionType.QueuedConnection)
        self._progress_text: Callable[[int, int], str] | None = None
        self._path = Path()
        self.progress: QProgressDialog | None = None

    def cancelled(self) -> bool:
        """Whether the user cancelled (called from the worker thread)."""
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def start(
        self,
        path: Path,
        work: Callable[[Desk, Progress, Cancelled], T],
        on_result: Callable[[T], None],
        label: str,
        progress_text: Callable[[int, int], str] | None = None,
    ) -> None:
        """Write ``path``: show the progress dialog (``label``, then ``progress_text(done,
        total)``) and run ``work(desk, progress, cancelled)`` in the background."""
        self._path = path
        self._cancel = threading.Event()
        cancel_flag, relay = self._cancel, self._relay
        self._progress_text = progress_text
        self._show_progress(label)

        def finished(result: T) -> None:
            self._close_progress()
            on_result(result)

        self.run(lambda desk: work(desk, relay.progressed.emit, cancel_flag.is_set), finished)

    def _show_progress(self, label: str) -> None:
        dialog = QProgressDialog(
            label, QCoreApplication.translate("LogExporter", "取消"), 0, 0, self._parent
        )
        dialog.setObjectName(self._progress_name)
        dialog.setWindowTitle(self._title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumDuration(0)
        dialog.setMinimumWidth(380)
        dialog.canceled.connect(self.on_progress_canceled)
        self.progress = dialog
        dialog.show()

    def _close_progress(self) -> None:
        dialog = self.progress
        self.progress = None
        if dialog is not None:
            dialog.canceled.disconnect(self.on_progress_canceled)
            dialog.close()
            dialog.deleteLater()

    def error_title(self) -> str:
        return self._title

    def error_text(self, error: Exception) -> str:
        if isinstance(error, OSError):  # the file chosen, not the temporary one written first
            return QCoreApplication.translate("LogExporter", "无法写入文件：{0}（{1}）").format(
                self._path, error.strerror or error
            )
        if isinstance(error, MarkedError):
            return tr_error(error)
        return QCoreApplication.translate("LogExporter", "导出失败：{0}").format(
            logged_failure_text(error, type(self).__name__)
        )

    # --- slots -------------------------------------------------------------------------------

    def on_relay_progressed(self, done: int, total: int) -> None:
        dialog = self.progress
        if dialog is None or self._cancel.is_set():
            return
        dialog.setMaximum(max(total, 1))
        dialog.setValue(min(done, max(total, 1)))
        if self._progress_text is not None:
            dialog.setLabelText(self._progress_text(done, total))

    def on_progress_canceled(self) -> None:
        self._cancel.set()
        if self.progress is not None:
            self.progress.setLabelText(QCoreApplication.translate("LogExporter", "正在取消…"))

    def on_runner_error(self, error: Exception) -> None:
        self._close_progress()
        if isinstance(error, ExportCancelled):
            self.message_box = show_message(
                self._parent,
                self._title,
                QCoreApplication.translate("LogExporter", "已取消导出，没有生成文件。"),
            )
            return
        super().on_runner_error(error)
