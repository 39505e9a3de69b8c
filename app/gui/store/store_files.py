"""The store's files: exports, forms and the parts import, run off the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from app.domain.i18n import MarkedError
from app.gui.files import ask_save_path, start_folder
from app.gui.i18n import tr_domain, tr_error
from app.gui.messages import OpenFileBox, show_error, show_message
from app.gui.tasks import TaskRunner
from app.gui.ui_settings import DOCUMENT_FOLDER, EXPORT_FOLDER
from app.services import inventory_exports, parts_import, store_documents
from app.services.context import Desk, StorageError
from app.services.documents import DocumentInfo
from app.services.parts_import import ImportResult, PartsImportError


class StoreFiles(QObject):
    """Asks for a file, does the work in the background, reports the outcome."""

    done = Signal(object)  # what the service returned
    imported = Signal(object)  # ImportResult

    def __init__(self, desk: Desk, parent: QWidget) -> None:
        super().__init__(parent)
        self._parent = parent
        self.runner = TaskRunner(desk, self)
        self.message_box: Any = None

    @property
    def busy(self) -> bool:
        return self.runner.is_pending("file")

    def _run(self, work: Callable[[Desk], Any], on_result: Callable[[Any], None]) -> None:
        self.runner.run(work, on_result, self.on_runner_error, key="file")

    def export(
        self, what: str, out: Path | None = None, period: tuple[Any, Any] = (None, None)
    ) -> None:
        """Excel: ``stock``, ``movements`` (for the period given) or ``loans``."""
        names = {
            "stock": self.tr("库存清单"),
            "movements": self.tr("出入库台账"),
            "loans": self.tr("借用登记"),
        }
        if out is None:
            out = ask_save_path(
                self._parent,
                self.tr("导出{0}").format(names[what]),
                f"{names[what]}.xlsx",
                self.tr("Excel 工作簿 (*.xlsx)"),
                EXPORT_FOLDER,
            )
        if out is None:
            return

        def work(desk: Desk) -> tuple[int, Path]:
            if what == "movements":
                return inventory_exports.export_movements(desk, out, *period), out
            if what == "loans":
                return inventory_exports.export_loans(desk, out), out
            return inventory_exports.export_stock(desk, out), out

        self._run(work, self.on_runner_exported)

    def loaner_form(self, loan_id: int, out: Path | None = None) -> None:
        label = tr_domain("document", "备用机借用单")
        out = out or ask_save_path(
            self._parent,
            self.tr("保存{0}").format(label),
            f"{label}_{loan_id}.pdf",
            self.tr("PDF 文件 (*.pdf)"),
            DOCUMENT_FOLDER,
        )
        if out is not None:
            self._run(
                lambda desk: store_documents.loaner_form(desk, loan_id, out),
                self.on_runner_printed,
            )

    def stocktake_sheet(self, shelves: list[str], out: Path | None = None) -> None:
        label = tr_domain("document", "备品备件盘点表")
        out = out or ask_save_path(
            self._parent,
            self.tr("保存{0}").format(label),
            f"{label}_{'_'.join(shelves) or 'ALL'}.pdf",
            self.tr("PDF 文件 (*.pdf)"),
            DOCUMENT_FOLDER,
        )
        if out is not None:
            self._run(
                lambda desk: store_documents.stocktake_sheet(desk, shelves, out),
                self.on_runner_printed,
            )

    def import_parts(self, path: Path | None = None) -> None:
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(
                self._parent,
                self.tr("导入备件清单"),
                str(start_folder(EXPORT_FOLDER)),
                self.tr("Excel 工作簿 (*.xlsx)"),
            )
            path = Path(chosen) if chosen else None
        if path is not None:
            self._run(lambda desk: parts_import.import_parts(desk, path), self.on_runner_imported)

    # --- slots -------------------------------------------------------------------------------

    def on_runner_exported(self, outcome: tuple[int, Path]) -> None:
        rows, out = outcome
        self.done.emit(outcome)
        self.message_box = OpenFileBox(
            self._parent,
            self.tr("导出完成"),
            self.tr("已导出 {0} 行到：\n{1}").format(rows, out),
            out,
        )

    def on_runner_printed(self, info: DocumentInfo) -> None:
        self.done.emit(info)
        self.message_box = OpenFileBox(
            self._parent,
            self.tr("文档已保存"),
            self.tr("{0} {1} 已保存到：\n{2}").format(
                tr_domain("document", info.kind_label), info.serial, info.path
            ),
            Path(info.path or ""),
        )

    def on_runner_imported(self, result: ImportResult) -> None:
        self.imported.emit(result)
        self.message_box = show_message(
            self._parent,
            self.tr("导入完成"),
            self.tr("已导入备件 {0} 种，期初库存 {1} 件。").format(result.parts, result.units),
        )

    def on_runner_error(self, error: Exception) -> None:
        if isinstance(error, PartsImportError):
            text = "\n".join([tr_error(error), *(str(row) for row in error.rows[:30])])
            if len(error.rows) > 30:
                text += "\n" + self.tr("……另有 {0} 行").format(len(error.rows) - 30)
            self.message_box = show_error(self._parent, self.tr("未导入"), text)
            return
        if isinstance(error, MarkedError | StorageError | OSError):
            self.message_box = show_error(self._parent, self.tr("操作失败"), tr_error(error))
            return
        raise error
