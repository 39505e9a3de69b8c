"""The register's files, off the GUI thread: import and export of the register, the upgrade
register, the maintenance documents' hand-over list."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from app.domain.i18n import MarkedError
from app.gui.documents_runner import FileRunner, ask_workbook
from app.gui.files import start_folder
from app.gui.i18n import tr_domain, tr_error
from app.gui.messages import show_message
from app.gui.print_preview import PrintedFile
from app.gui.ui_settings import EXPORT_FOLDER
from app.services.context import Desk
from app.services.devices.importing import DeviceImportError, DeviceImportResult
from app.services.devices.queries import DeviceFilter

ROWS_SHOWN = 30


class DeviceFiles(FileRunner):
    """Asks for a file, does the work in the background, reports the outcome."""

    imported = Signal(object)  # DeviceImportResult
    done = Signal(object)

    def __init__(self, desk: Desk, parent: QWidget) -> None:
        super().__init__(desk, parent, key="device_file")

    def import_register(self, path: Path | None = None) -> None:
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(
                self._parent,
                self.tr("导入设备台账"),
                str(start_folder(EXPORT_FOLDER)),
                self.tr("Excel 工作簿 (*.xlsx)"),
            )
            path = Path(chosen) if chosen else None
        if path is not None:
            from app.services.devices.importing import import_devices

            self.run(lambda desk: import_devices(desk, path), self.on_runner_imported)

    def export_register(self, flt: DeviceFilter, out: Path | None = None) -> None:
        name = self.tr("设备台账")
        out = out or ask_workbook(self._parent, self.tr("导出{0}").format(name), f"{name}.xlsx")
        if out is not None:
            from app.services.devices.exports import export_devices

            self.run(lambda desk: (export_devices(desk, out, flt), out), self.on_runner_exported)

    def export_upgrades(self, out: Path | None = None) -> None:
        name = self.tr("升级记录")
        out = out or ask_workbook(self._parent, self.tr("导出{0}").format(name), f"{name}.xlsx")
        if out is not None:
            from app.services.devices.exports import export_upgrades

            self.run(lambda desk: (export_upgrades(desk, out), out), self.on_runner_exported)

    def handover_list(self, system_code: str | None) -> None:
        """The 维护资料移交清单 (one system or all) in the print preview."""
        label = tr_domain("document", "维护资料移交清单")
        name = f"{label}_{system_code or 'ALL'}.pdf"

        def make(desk: Desk, path: Path) -> PrintedFile:
            from app.services.devices.printing import handover_documents

            info = handover_documents(desk, path, system_code, copy=None)
            return PrintedFile.of(info, name)

        self.open_preview(label, make, self.on_preview_made)

    # --- slots -------------------------------------------------------------------------------

    def on_runner_imported(self, result: DeviceImportResult) -> None:
        self.imported.emit(result)
        self.message_box = show_message(
            self._parent,
            self.tr("导入完成"),
            self.tr(
                "新增设备 {0} 台，更新 {1} 台，未变 {2} 台；新建关联 {3} 条；"
                "按设备名称关联既有工单 {4} 张。"
            ).format(
                result.added, result.updated, result.unchanged, result.links, result.tickets_linked
            ),
        )

    def on_runner_exported(self, outcome: tuple[int, Path]) -> None:
        rows, out = outcome
        self.done.emit(outcome)
        self.show_saved(
            self.tr("导出完成"), self.tr("已导出 {0} 行到：\n{1}").format(rows, out), out
        )

    def on_preview_made(self, printed: PrintedFile) -> None:
        if printed.info is not None:
            self.done.emit(printed.info)

    def on_runner_error(self, error: Exception) -> None:
        if isinstance(error, DeviceImportError):
            text = "\n".join([tr_error(error), *(str(row) for row in error.rows[:ROWS_SHOWN])])
            if len(error.rows) > ROWS_SHOWN:
                text += "\n" + self.tr("……另有 {0} 行").format(len(error.rows) - ROWS_SHOWN)
            self.show_failure(self.tr("未导入"), text)
            return
        super().on_runner_error(error)

    def error_title(self) -> str:
        return self.tr("操作失败")

    def error_text(self, error: Exception) -> str | None:
        return tr_error(error) if isinstance(error, MarkedError | OSError) else None
