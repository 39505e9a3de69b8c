"""A ticket's form in the print preview: made in the background, printed or saved from there."""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from app.domain.enums import TicketClass
from app.gui.documents_runner import FileRunner
from app.gui.i18n import tr_domain
from app.gui.print_preview import PrintedFile
from app.services import documents
from app.services.context import Desk
from app.services.documents import DocumentInfo
from app.services.tickets import forms


def document_kind(ticket_class: TicketClass) -> str:
    """The form a ticket of this class prints."""
    return documents.DEFECT_FORM if ticket_class is TicketClass.DEFECT else documents.CONSULTATION


def default_file_name(kind: str, ticket_number: str) -> str:
    """E.g. 系统缺陷类问题提交单_GD-2026-0001.pdf (the title in the UI's language)."""
    return f"{tr_domain('document', documents.KIND_LABELS[kind])}_{ticket_number}.pdf"


class DocumentPrinter(FileRunner):
    """Opens a ticket's form in the print preview (made off the GUI thread)."""

    printed = Signal(object)  # DocumentInfo

    def __init__(self, desk: Desk, parent: QWidget) -> None:
        super().__init__(desk, parent, key="print")
        self.last: DocumentInfo | None = None
        self._signoff_folder: Path | None = (
            None  # the paper sign-off form's, until its preview closes
        )

    def print_ticket(self, ticket_number: str, ticket_class: TicketClass) -> None:
        """Make the ticket's form and show it in the print preview."""
        kind = document_kind(ticket_class)
        name = default_file_name(kind, ticket_number)
        form = forms.defect_form if kind == documents.DEFECT_FORM else forms.consultation_record

        def make(desk: Desk, path: Path) -> PrintedFile:
            return PrintedFile.of(form(desk, ticket_number, path, copy=None), name)

        label = tr_domain("document", documents.KIND_LABELS[kind])
        self.open_preview(label, make, self.on_preview_made)

    def preview_signoff_form(self, info: DocumentInfo) -> None:
        """The form just registered for a step to be signed on paper, in the print preview.

        Every copy printed or saved there is of this very file: the step waits for its serial,
        and the ticket's form made again would be a new version the step does not wait for.
        """
        made = Path(info.path or "")
        self._signoff_folder = made.parent
        name = default_file_name(documents.DEFECT_FORM, info.ticket_number)

        def make(_desk: Desk, path: Path) -> PrintedFile:
            shutil.copyfile(made, path)
            return PrintedFile.of(dataclasses.replace(info, path=path), name)

        label = tr_domain("document", documents.KIND_LABELS[documents.DEFECT_FORM])
        preview = self.open_preview(label, make, self.on_preview_made)
        preview.finished.connect(self.on_preview_finished)

    # --- slots -------------------------------------------------------------------------------

    def on_preview_finished(self, _result: int) -> None:
        if self._signoff_folder is not None:
            shutil.rmtree(self._signoff_folder, ignore_errors=True)
            self._signoff_folder = None

    def on_preview_made(self, printed: PrintedFile) -> None:
        if printed.info is not None:
            self.last = printed.info
            self.printed.emit(printed.info)
