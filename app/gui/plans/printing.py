"""Saving plans and incident reports as PDFs in the background, then offering to open them."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from app.domain.validation import ValidationError
from app.gui.documents_runner import FileRunner, ask_pdf
from app.gui.i18n import tr_field_error
from app.services.context import Desk
from app.services.plans import documents, incident_report
from app.services.plans.plans import PlanInfo


class PlanPrinter(FileRunner):
    """Asks where to save, renders off the GUI thread, says where the file is."""

    printed = Signal(object)  # the saved Path

    def __init__(self, desk: Desk, parent: QWidget) -> None:
        super().__init__(desk, parent, key="print")

    def _ask(self, title: str, name: str) -> Path | None:
        return ask_pdf(self._parent, title, name)

    def _run(self, job: Callable[[Desk], Any], describe: Callable[[Any], str]) -> None:
        self.run(job, lambda result: self.on_runner_result(describe(result), result))

    def print_plan(self, plan: PlanInfo) -> None:
        name = self.tr("应急预案")
        path = self._ask(self.tr("保存应急预案"), f"{name}_{plan.code}.pdf")
        if path is None:
            return
        self._run(
            lambda desk: documents.print_plan(desk, plan.code, path)[1],
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
            lambda desk: documents.print_booklet(desk, path)[1],
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
        self.show_saved(self.tr("文档已保存"), text, path)

    def error_text(self, error: Exception) -> str:
        if isinstance(error, ValidationError):
            return "\n".join(tr_field_error(e.template, e.label) for e in error.errors)
        return super().error_text(error)
