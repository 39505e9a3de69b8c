"""Saving a ticket's form as a PDF (in the background), then offering to open it for printing."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from app.domain.enums import TicketClass
from app.gui.documents_runner import FileRunner, ask_pdf, save_title, saved_form_text
from app.gui.i18n import tr_domain
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
    """Asks where to save a ticket's form, renders it off the GUI thread, offers to open it."""

    printed = Signal(object)  # DocumentInfo

    def __init__(self, desk: Desk, parent: QWidget) -> None:
        super().__init__(desk, parent, key="print")
        self.last: DocumentInfo | None = None

    def print_ticket(self, ticket_number: str, ticket_class: TicketClass) -> None:
        """Ask for the file name and make the ticket's form (nothing happens if cancelled)."""
        kind = document_kind(ticket_class)
        path = ask_pdf(
            self._parent,
            save_title(tr_domain("document", documents.KIND_LABELS[kind])),
            default_file_name(kind, ticket_number),
        )
        if path is None:
            return
        make = forms.defect_form if kind == documents.DEFECT_FORM else forms.consultation_record
        self.run(lambda desk: make(desk, ticket_number, path), self.on_runner_result)

    # --- slots -------------------------------------------------------------------------------

    def on_runner_result(self, info: DocumentInfo) -> None:
        self.last = info
        self.printed.emit(info)
        self.show_saved(self.tr("文档已保存"), saved_form_text(info), info.path)
