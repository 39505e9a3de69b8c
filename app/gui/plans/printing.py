"""Plans, the plans booklet and incident reports in the print preview (made in the background)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from app.domain.validation import ValidationError
from app.gui.documents_runner import FileRunner
from app.gui.i18n import tr_field_error
from app.gui.print_preview import PrintedFile
from app.services.context import Desk
from app.services.plans import documents, incident_report
from app.services.plans.plans import PlanInfo


class PlanPrinter(FileRunner):
    """Opens each document in the print preview, made off the GUI thread."""

    printed = Signal(object)  # the saved Path

    def __init__(self, desk: Desk, parent: QWidget) -> None:
        super().__init__(desk, parent, key="print")

    def print_plan(self, plan: PlanInfo) -> None:
        """One plan's page, to pin up beside the rack."""
        name = self.tr("应急预案")

        def make(desk: Desk, path: Path) -> PrintedFile:
            saved = documents.print_plan(desk, plan.code, path)[1]
            title = f"{name} {plan.title}"
            return PrintedFile(saved, title, plan.code, f"{name}_{plan.code}.pdf")

        self.open_preview(name, make, self.on_preview_made)

    def print_booklet(self) -> None:
        """Every plan in one booklet."""
        name = self.tr("应急预案汇编")

        def make(desk: Desk, path: Path) -> PrintedFile:
            count, saved = documents.print_booklet(desk, path)
            return PrintedFile(saved, name, self.tr("{0} 个预案").format(count), f"{name}.pdf")

        self.open_preview(name, make, self.on_preview_made)

    def print_incident_report(self, ticket_number: str, values: dict[str, str]) -> None:
        """The ticket's 问题汇报 with the texts given (saved with the ticket)."""
        name = self.tr("问题汇报")
        file_name = f"{name}_{ticket_number}.pdf"

        def make(desk: Desk, path: Path) -> PrintedFile:
            info = incident_report.print_incident_report(
                desk, ticket_number, path, values, copy=None
            )
            return PrintedFile.of(info, file_name)

        self.open_preview(name, make, self.on_preview_made)

    def on_preview_made(self, printed: PrintedFile) -> None:
        self.printed.emit(printed.path)

    def error_text(self, error: Exception) -> str:
        if isinstance(error, ValidationError):
            return "\n".join(tr_field_error(e.template, e.label, e.values) for e in error.errors)
        return super().error_text(error)
