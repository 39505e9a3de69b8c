"""Saving plans and incident reports as PDFs in the background, then offering to open them."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from app.domain.validation import ValidationError
from app.gui.files import ask_save_path
from app.gui.i18n import tr_error, tr_field_error
from app.gui.messages import OpenFileBox, show_error
from app.gui.tasks import TaskRunner
from app.gui.tickets.print_document import save_error_text
from app.gui.ui_settings import DOCUMENT_FOLDER
from app.services import incident_report, plan_docs
from app.services.context import Desk
from app.services.documents import DocumentError
from app.services.plans import PlanError, PlanInfo

_PRINT = "print"


class PlanPrinter(QObject):
    """Asks where to save, renders off the GUI thread, says where the file is."""

    printed = Signal(object)  # the saved Path

    def __init__(self, desk: Desk, parent: QWidget) -> None:
        super().__init__(parent)
        self._parent = parent
        self.runner = TaskRunner(desk, self)
        self.message_box: QMessageBox | None = None

    @property
    def busy(self) -> bool:
        return self.runner.is_pending(_PRINT)

    def _ask(self, title: str, name: str) -> Path | None:
        return ask_save_path(
            self._parent, title, name, self.tr("PDF 文件 (*.pdf)"), DOCUMENT_FOLDER
        )

    def _run(self, job: Callable[[Desk], Any], describe: Callable[[Any], str]) -> None:
        self.runner.run(
            job,
            lambda result: self.on_runner_result(describe(result), result),
            self.on_runner_error,
            key=_PRINT,
        )

    def print_plan(self, plan: PlanInfo) -> None:
        name = self.tr("应急预案")
        path = self._ask(self.tr("保存应急预案"), f"{name}_{plan.code}.pdf")
        if path is None:
            return
        self._run(
            lambda desk: plan_docs.print_plan(desk, plan.code, path)[1],
            lambda saved: self.tr("应急预案 {0} 已保存到：\n{1}\n\n打印后张贴在机柜旁。").format(
                plan.code, saved
            ),
        )

    def print_booklet(self) -> None:
        name = self.tr("应急预案汇编")
        path = self._ask(self.tr("保存应急预案汇编"), f"{name}.pdf")
        if path is None:
            return
        self._run(
            lambda desk: plan_docs.print_booklet(desk, path)[1],
            lambda saved: self.tr("应急预案汇编已保存到：\n{0}").format(saved),
        )

    def print_incident_report(self, ticket_number: str, values: dict[str, str]) -> None:
        name = self.tr("问题汇报")
        path = self._ask(self.tr("保存问题汇报"), f"{name}_{ticket_number}.pdf")
        if path is None:
            return
        self._run(
            lambda desk: incident_report.print_incident_report(desk, ticket_number, path, values),
            lambda info: self.tr(
                "问题汇报 {0} 已保存到：\n{1}\n\n签字件交回后请登记签字回执。"
            ).format(info.serial, info.path),
        )

    def on_runner_result(self, text: str, result: object) -> None:
        path = Path(getattr(result, "path", result) or "")
        self.printed.emit(path)
        self.message_box = OpenFileBox(self._parent, self.tr("文档已保存"), text, path)

    def on_runner_error(self, error: Exception) -> None:
        if isinstance(error, ValidationError):
            text = "\n".join(tr_field_error(e.template, e.label) for e in error.errors)
        elif isinstance(error, DocumentError | PlanError | OSError):
            text = tr_error(error) if isinstance(error, PlanError) else save_error_text(error)
        else:
            raise error
        self.message_box = show_error(self._parent, self.tr("无法保存文档"), text)
