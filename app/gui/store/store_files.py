"""The store's files: exports, forms and the parts import, run off the GUI thread."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from app.domain.i18n import MarkedError
from app.domain.store.inventory import LoanKind
from app.gui.documents_runner import FileRunner, ask_workbook
from app.gui.files import start_folder
from app.gui.i18n import tr_domain, tr_error
from app.gui.messages import show_message
from app.gui.print_preview import PrintedFile
from app.gui.ui_settings import EXPORT_FOLDER
from app.services.context import Desk
from app.services.documents import KIND_LABELS
from app.services.store import documents, parts_import
from app.services.store import exports as inventory_exports
from app.services.store.parts_import import ImportResult, PartsImportError


class StoreFiles(FileRunner):
    """Asks for a file, does the work in the background, reports the outcome."""

    done = Signal(object)  # what the service returned
    imported = Signal(object)  # ImportResult

    def __init__(self, desk: Desk, parent: QWidget) -> None:
        super().__init__(desk, parent, key="file")

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
            out = ask_workbook(
                self._parent, self.tr("导出{0}").format(names[what]), f"{names[what]}.xlsx"
            )
        if out is None:
            return

        def work(desk: Desk) -> tuple[int, Path]:
            if what == "movements":
                return inventory_exports.export_movements(desk, out, *period), out
            if what == "loans":
                return inventory_exports.export_loans(desk, out), out
            return inventory_exports.export_stock(desk, out), out

        self.run(work, self.on_runner_exported)

    def loaner_form(self, loan_id: int, kind: LoanKind = LoanKind.LOANER) -> None:
        """The loan's 备用机借用单 (测试设备借用单 for test equipment) in the print preview."""
        label = tr_domain("document", KIND_LABELS[documents.loan_form_kind(kind)])
        name = f"{label}_{loan_id}.pdf"

        def make(desk: Desk, path: Path) -> PrintedFile:
            return PrintedFile.of(documents.loaner_form(desk, loan_id, path, copy=None), name)

        self.open_preview(label, make, self.on_preview_made)

    def stocktake_sheet(self, shelves: list[str]) -> None:
        """The 盘点表 of ``shelves`` (all: empty) in the print preview."""
        label = tr_domain("document", "备品备件盘点表")
        name = f"{label}_{'_'.join(shelves) or 'ALL'}.pdf"

        def make(desk: Desk, path: Path) -> PrintedFile:
            info = documents.stocktake_sheet(desk, shelves, path, copy=None)
            return PrintedFile.of(info, name)

        self.open_preview(label, make, self.on_preview_made)

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
            self.run(lambda desk: parts_import.import_parts(desk, path), self.on_runner_imported)

    # --- slots -------------------------------------------------------------------------------

    def on_runner_exported(self, outcome: tuple[int, Path]) -> None:
        rows, out = outcome
        self.done.emit(outcome)
        self.show_saved(
            self.tr("导出完成"), self.tr("已导出 {0} 行到：\n{1}").format(rows, out), out
        )

    def on_preview_made(self, printed: PrintedFile) -> None:
        if printed.info is not None:
            self.done.emit(printed.info)

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
            self.show_failure(self.tr("未导入"), text)
            return
        super().on_runner_error(error)

    def error_title(self) -> str:
        return self.tr("操作失败")

    def error_text(self, error: Exception) -> str:
        if isinstance(error, MarkedError | OSError):
            return tr_error(error)
        return super().error_text(error)
