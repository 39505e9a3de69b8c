"""Print preview: the very PDF that is registered, shown page by page, printed or saved from here.

Every document opens here (no system PDF viewer is needed). ``make(desk, path)`` renders the
document into a private temporary folder as a preview (registered, its copy not yet counted);
打印… asks for the printer and copies in Qt's print dialog and runs a ``PrintJob`` with a
progress dialog and 取消; 另存为 PDF… copies the same file to a chosen place. Each copy made is
recorded in the register, and the document is made again so the next copy says 补打（第 n 次）.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QPixmap, QShortcut
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QProgressDialog,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.domain.i18n import MarkedError
from app.gui.failures import logged_failure_text
from app.gui.files import ask_save_path
from app.gui.i18n import tr_domain, tr_error
from app.gui.messages import show_error
from app.gui.pdf_pages import PdfPages
from app.gui.print_job import DONE, PrintJob, prepare_printer
from app.gui.tasks import TaskRunner
from app.gui.ui_settings import DOCUMENT_FOLDER
from app.services.context import Desk
from app.services.document_versions import PRINTED, REPRINT_NOTE, SAVED, record_copy
from app.services.documents import DocumentInfo

ZOOMS = (0.5, 0.75, 1.0, 1.5, 2.0)
FIT_WIDTH, FIT_PAGE = "width", "page"
SCREEN_DPI = 96.0


@dataclass(frozen=True)
class PrintedFile:
    """A document made for the preview: the file, what it is, and its place in the register."""

    path: Path
    title: str  # 系统缺陷类问题提交单
    serial: str  # QX-2026-0001, or a plan's code
    file_name: str  # proposed by 另存为 PDF
    document_id: int | None = None  # None: not in the register (emergency plans)
    copy_note: str = ""
    missing_characters: tuple[str, ...] = ()
    info: DocumentInfo | None = None

    @classmethod
    def of(cls, info: DocumentInfo, file_name: str) -> PrintedFile:
        return cls(
            path=Path(info.path or ""),
            title=tr_domain("document", info.kind_label),
            serial=info.serial,
            file_name=file_name,
            document_id=info.id,
            # the note as the screen says it; the paper says it in Chinese
            copy_note=tr_domain("document", REPRINT_NOTE).format(n=info.copies)
            if info.copy_note
            else "",
            missing_characters=info.missing_characters,
            info=info,
        )


Make = Callable[[Desk, Path], PrintedFile]


class PrintPreviewDialog(QDialog):
    """Pages of one document with zoom and paging; prints or saves it, records each copy."""

    made = Signal(object)  # PrintedFile, each time the document is (re)made
    copied = Signal(str, str)  # how (saved/printed), where

    def __init__(
        self,
        desk: Desk,
        parent: QWidget,
        title: str,
        make: Make,
        error_text: Callable[[Exception], str | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("PrintPreviewDialog")
        self.setWindowTitle(self.tr("打印预览 - {0}").format(title))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(900, 1000)
        self._desk = desk
        self._make = make
        self._describe = error_text
        self._folder = Path(tempfile.mkdtemp(prefix="resident-desk-preview-"))
        self._runs = 0
        self.runner = TaskRunner(desk, self)
        self.document: PrintedFile | None = None
        self.pages: PdfPages | None = None
        self.page = 0
        self.job: PrintJob | None = None
        self.progress: QProgressDialog | None = None
        self.message_box: QWidget | None = None
        self._build()
        self.finished.connect(self.on_self_finished)

    # --- layout ------------------------------------------------------------------------------

    def _build(self) -> None:
        self.banner = QLabel(self.tr("正在生成文档…"))
        self.banner.setObjectName("preview_banner")
        self.banner.setWordWrap(True)
        self.warning = QLabel()
        self.warning.setObjectName("preview_warning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #a40000;")
        self.warning.hide()
        self.previous_button = QPushButton(self.tr("上一页"))
        self.next_button = QPushButton(self.tr("下一页"))
        self.page_box = QSpinBox()
        self.page_box.setMinimum(1)
        self.page_count_label = QLabel("/ 0")
        self.zoom_box = QComboBox()
        self.zoom_box.addItem(self.tr("适合宽度"), FIT_WIDTH)
        self.zoom_box.addItem(self.tr("整页"), FIT_PAGE)
        for zoom in ZOOMS:
            self.zoom_box.addItem(f"{zoom:.0%}", zoom)
        self.print_button = QPushButton(self.tr("打印…"))
        self.save_button = QPushButton(self.tr("另存为 PDF…"))
        self.close_button = QPushButton(self.tr("关闭"))
        self.print_button.setDefault(True)
        bar = QHBoxLayout()
        for widget in (self.previous_button, self.next_button, self.page_box):
            bar.addWidget(widget)
        bar.addWidget(self.page_count_label)
        bar.addSpacing(12)
        bar.addWidget(QLabel(self.tr("缩放：")))
        bar.addWidget(self.zoom_box)
        bar.addStretch(1)
        for widget in (self.print_button, self.save_button, self.close_button):
            bar.addWidget(widget)
        self.page_label = QLabel()
        self.page_label.setObjectName("preview_page")
        self.page_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scroll = QScrollArea()
        self.scroll.setWidget(self.page_label)
        self.scroll.setWidgetResizable(True)
        self.page_label.setStyleSheet("background: #808080;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.warning)
        layout.addLayout(bar)
        layout.addWidget(self.scroll, 1)
        self.previous_button.clicked.connect(self.on_previous_button_clicked)
        self.next_button.clicked.connect(self.on_next_button_clicked)
        self.page_box.valueChanged.connect(self.on_page_box_valueChanged)
        self.zoom_box.currentIndexChanged.connect(self.on_zoom_box_currentIndexChanged)
        self.print_button.clicked.connect(self.on_print_button_clicked)
        self.save_button.clicked.connect(self.on_save_button_clicked)
        self.close_button.clicked.connect(self.close)
        keys = (
            (QKeySequence.StandardKey.Print, self.on_print_button_clicked),
            (QKeySequence.StandardKey.Save, self.on_save_button_clicked),
            (QKeySequence.StandardKey.ZoomIn, lambda: self._step_zoom(1)),
            (QKeySequence.StandardKey.ZoomOut, lambda: self._step_zoom(-1)),
            (QKeySequence(Qt.Key.Key_PageDown), self.on_next_button_clicked),
            (QKeySequence(Qt.Key.Key_PageUp), self.on_previous_button_clicked),
        )
        for key, slot in keys:
            QShortcut(key, self, activated=slot)
        self._set_ready(False)

    def _set_ready(self, ready: bool) -> None:
        for widget in (self.print_button, self.save_button, self.zoom_box, self.page_box):
            widget.setEnabled(ready)
        self._update_paging()

    # --- making the document -----------------------------------------------------------------

    def next_path(self) -> Path:
        """Where the document is made next (in the preview's own temporary folder)."""
        self._runs += 1
        return self._folder / f"preview-{self._runs}.pdf"

    def start(self) -> None:
        """Make the document in the background and show it when it is ready."""
        path = self.next_path()
        self._set_ready(False)
        self.runner.run(
            lambda desk: self._make(desk, path),
            self.on_runner_made,
            self.on_runner_failed,
            key="make",
        )

    def on_runner_made(self, document: PrintedFile) -> None:
        old = self.pages
        self.document = document
        self.pages = PdfPages(document.path)
        if old is not None:
            old.close()
        self.page = min(self.page, self.pages.count - 1)
        self.page_box.blockSignals(True)
        self.page_box.setMaximum(max(self.pages.count, 1))
        self.page_box.setValue(self.page + 1)
        self.page_box.blockSignals(False)
        self.page_count_label.setText(f"/ {self.pages.count}")
        note = f"  {document.copy_note}" if document.copy_note else ""
        self.banner.setText(
            self.tr("{0}  编号 {1}{2}，共 {3} 页").format(
                document.title, document.serial, note, self.pages.count
            )
        )
        if document.missing_characters:
            codes = "、".join(f"U+{ord(c):04X}" for c in document.missing_characters)
            self.warning.setText(
                self.tr("注意：以下字符字体中没有，已印为“〓”，请在纸面上手写补全：{0}").format(
                    codes
                )
            )
            self.warning.show()
        else:
            self.warning.hide()
        self._set_ready(True)
        self.show_page()
        self.made.emit(document)

    def on_runner_failed(self, error: Exception) -> None:
        self.banner.setText(self.tr("无法生成文档"))
        text = self._describe(error) if self._describe is not None else None
        if text is None and isinstance(error, MarkedError | OSError):
            text = self._error_text(error)
        if text is None:  # a bug or an unforeseen failure: said in plain words and logged
            text = logged_failure_text(error, "document preview")
        self.message_box = show_error(self, self.tr("无法生成文档"), text)

    def _error_text(self, error: Exception) -> str:
        if isinstance(error, MarkedError):
            return tr_error(error)
        if isinstance(error, OSError):
            where = error.filename or ""
            return self.tr("无法写入文件：{0}（{1}）").format(where, error.strerror or error)
        return str(error)

    # --- showing pages -----------------------------------------------------------------------

    def zoom(self) -> float:
        """The scale of a page on screen (1.0 = its printed size at 96 dpi)."""
        if self.pages is None or not self.pages.count:
            return 1.0
        choice = self.zoom_box.currentData()
        if isinstance(choice, float):
            return choice
        size = self.pages.sizes[self.page]
        viewport = self.scroll.viewport().size()
        to_screen = SCREEN_DPI / 72.0
        by_width = (viewport.width() - 24) / (size.width() * to_screen)
        if choice == FIT_WIDTH:
            return max(by_width, 0.1)
        return max(min(by_width, (viewport.height() - 24) / (size.height() * to_screen)), 0.1)

    def show_page(self) -> None:
        if self.pages is None or not self.pages.count:
            return
        ratio = self.devicePixelRatioF()
        image = self.pages.render(self.page, SCREEN_DPI * self.zoom() * ratio)
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(ratio)
        self.page_label.setPixmap(pixmap)
        self._update_paging()

    def _update_paging(self) -> None:
        count = self.pages.count if self.pages is not None else 0
        self.previous_button.setEnabled(self.page > 0)
        self.next_button.setEnabled(self.page < count - 1)

    def go_to(self, page: int) -> None:
        if self.pages is None:
            return
        page = max(0, min(page, self.pages.count - 1))
        if page != self.page:
            self.page = page
            self.page_box.setValue(page + 1)
            self.show_page()

    def _step_zoom(self, step: int) -> None:
        index = max(0, min(self.zoom_box.currentIndex() + step, self.zoom_box.count() - 1))
        self.zoom_box.setCurrentIndex(index)

    def resizeEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt's name
        super().resizeEvent(event)
        if self.pages is not None and not isinstance(self.zoom_box.currentData(), float):
            self.show_page()

    # --- printing ----------------------------------------------------------------------------

    def new_printer(self) -> QPrinter:
        """A printer set up for this document (A4, its orientation, no added margins)."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if self.pages is not None and self.document is not None:
            prepare_printer(printer, self.pages.sizes[0], f"{self.document.serial}")
        return printer

    def print_to(self, printer: QPrinter) -> None:
        """Print the shown file on ``printer`` in the background, with progress and 取消."""
        if self.document is None or self.job is not None:
            return
        self.job = PrintJob(self.document.path, printer, self)
        self.job.progressed.connect(self.on_job_progressed)
        self.job.ended.connect(self.on_job_ended)
        dialog = QProgressDialog(
            self.tr("正在打印…"), self.tr("取消"), 0, max(self.pages.count if self.pages else 1, 1)
        )
        dialog.setParent(self, dialog.windowFlags())
        dialog.setObjectName("print_progress")
        dialog.setWindowTitle(self.tr("打印"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(self.on_progress_canceled)
        self.progress = dialog
        dialog.show()
        self.job.start()

    def on_print_button_clicked(self) -> None:
        if self.document is None or self.job is not None:
            return
        printer = self.new_printer()
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("打印"))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)

    def on_job_progressed(self, done: int, total: int) -> None:
        dialog = self.progress
        if dialog is not None:  # setValue may run the queued end of the job: keep it last
            dialog.setMaximum(total)
            dialog.setLabelText(self.tr("正在打印第 {0} / {1} 页…").format(done, total))
            dialog.setValue(done)

    def on_progress_canceled(self) -> None:
        if self.job is not None:
            self.job.cancel()
            if self.progress is not None:
                self.progress.setLabelText(self.tr("正在取消…"))

    def on_job_ended(self, outcome: str, message: str) -> None:
        job, self.job = self.job, None
        if self.progress is not None:
            self.progress.canceled.disconnect(self.on_progress_canceled)
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None
        if job is not None:
            job.wait()
            job.deleteLater()
        if outcome != DONE:
            self.message_box = show_error(self, self.tr("打印"), message)
            return
        printer = job.printer if job is not None else None
        target = ""
        if printer is not None:
            target = printer.outputFileName() or printer.printerName()
        self.banner.setText(self.banner.text() + "  " + message)
        self._record(PRINTED, target)

    # --- saving ------------------------------------------------------------------------------

    def on_save_button_clicked(self) -> None:
        if self.document is None:
            return
        title = QCoreApplication.translate("DocumentPrinter", "保存{0}").format(self.document.title)
        path = ask_save_path(
            self,
            title,
            self.document.file_name,
            QCoreApplication.translate("DocumentPrinter", "PDF 文件 (*.pdf)"),
            DOCUMENT_FOLDER,
        )
        if path is not None:
            self.save_to(path)

    def save_to(self, path: Path) -> None:
        """Copy the shown file to ``path`` (through a temporary name) and record the copy."""
        if self.document is None:
            return
        path = Path(path)
        try:
            handle, temp = tempfile.mkstemp(
                prefix=f".{path.stem}.", suffix=".partial", dir=path.parent
            )
            os.close(handle)
            try:
                shutil.copyfile(self.document.path, temp)
                os.replace(temp, path)
            except BaseException:
                Path(temp).unlink(missing_ok=True)
                raise
        except OSError as error:
            error.filename = str(path)
            self.message_box = show_error(self, self.tr("无法保存文档"), self._error_text(error))
            return
        self.banner.setText(self.banner.text() + "  " + self.tr("已保存到：{0}").format(path))
        self._record(SAVED, str(path))

    # --- the register ------------------------------------------------------------------------

    def _record(self, how: str, target: str) -> None:
        """Count the copy in the register, then make the document again for the next copy."""
        self.copied.emit(how, target)
        document = self.document
        if document is None or document.document_id is None:
            return
        document_id = document.document_id
        # No key: a copy made is counted even when the next copy is made before it was (a key
        # would let the later request skip the earlier one, and the register would miss a copy).
        self.runner.run(
            lambda desk: record_copy(desk, document_id, how, target),
            lambda _number: self.start(),
            self.on_runner_failed,
        )

    # --- slots -------------------------------------------------------------------------------

    def on_previous_button_clicked(self) -> None:
        self.go_to(self.page - 1)

    def on_next_button_clicked(self) -> None:
        self.go_to(self.page + 1)

    def on_page_box_valueChanged(self, value: int) -> None:  # noqa: N802 - Qt's name
        self.go_to(value - 1)

    def on_zoom_box_currentIndexChanged(self, _index: int) -> None:  # noqa: N802 - Qt's name
        self.show_page()

    def on_self_finished(self, _result: int) -> None:
        if self.job is not None:
            self.job.cancel()
            self.job.wait()
        if self.pages is not None:
            self.pages.close()
            self.pages = None
        with contextlib.suppress(OSError):
            shutil.rmtree(self._folder)


def open_preview(
    desk: Desk,
    parent: QWidget,
    title: str,
    make: Make,
    error_text: Callable[[Exception], str | None] | None = None,
) -> PrintPreviewDialog:
    """Open the preview of a document made by ``make`` (non-blocking) and return it."""
    dialog = PrintPreviewDialog(desk, parent, title, make, error_text)
    dialog.show()
    dialog.start()
    return dialog
