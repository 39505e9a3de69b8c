"""Saving a ticket's form as a PDF (in the background), then offering to open it for printing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from app.domain.enums import TicketClass
from app.gui.files import ask_save_path
from app.gui.i18n import tr_domain, tr_error
from app.gui.messages import OpenFileBox, show_error
from app.gui.tasks import TaskRunner
from app.gui.ui_settings import DOCUMENT_FOLDER
from app.services import documents
from app.services.context import Desk
from app.services.documents import DocumentError, DocumentInfo

_PRINT = "print"  # the runner key


def document_kind(ticket_class: TicketClass) -> str:
    """The form a ticket of this class prints."""
    return documents.DEFECT_FORM if ticket_class is TicketClass.DEFECT else documents.CONSULTATION


def default_file_name(kind: str, ticket_number: str) -> str:
    """E.g. 系统缺陷类问题提交单_GD-2026-0001.pdf (the title in the UI's language)."""
    return f"{tr_domain('document', documents.KIND_LABELS[kind])}_{ticket_number}.pdf"


def save_error_text(error: Exception) -> str:
    """A failed save, said in the UI's language."""
    if isinstance(error, DocumentError):
        return tr_error(error)
    if isinstance(error, OSError):
        where = error.filename or ""
        return QCoreApplication.translate("DocumentPrinter", "无法写入文件：{0}（{1}）").format(
            where, error.strerror or error
        )
    return str(error)


class DocumentPrinter(QObject):
    """Asks where to save a ticket's form, renders it off the GUI thread, offers to open it."""

    printed = Signal(object)  # DocumentInfo

    def __init__(self, desk: Desk, parent: QWidget) -> None:
        super().__init__(parent)
        self._parent = parent
        self.runner = TaskRunner(desk, self)
        self.message_box: QMessageBox | None = None
        self.last: DocumentInfo | None = None

    @property
    def busy(self) -> bool:
        return self.runner.is_pending(_PRINT)

    def print_ticket(self, ticket_number: str, ticket_class: TicketClass) -> None:
        """Ask for the file name and make the ticket's form (nothing happens if cancelled)."""
        kind = document_kind(ticket_class)
        path = ask_save_path(
            self._parent,
            self.tr("保存{0}").format(tr_domain("document", documents.KIND_LABELS[kind])),
            default_file_name(kind, ticket_number),
            self.tr("PDF 文件 (*.pdf)"),
            DOCUMENT_FOLDER,
        )
        if path is None:
            return
        make = (
            documents.defect_form
            if kind == documents.DEFECT_FORM
            else documents.consultation_record
        )
        self.runner.run(
            lambda desk: make(desk, ticket_number, path),
            self.on_runner_result,
            self.on_runner_error,
            key=_PRINT,
        )

    # --- slots -------------------------------------------------------------------------------

    def on_runner_result(self, info: DocumentInfo) -> None:
        self.last = info
        self.printed.emit(info)
        text = self.tr(
            "{0} {1} 已保存到：\n{2}\n\n打开后即可预览和打印；签字件交回后请登记签字回执。"
        )
        self.message_box = OpenFileBox(
            self._parent,
            self.tr("文档已保存"),
            text.format(tr_domain("document", info.kind_label), info.serial, info.path),
            Path(info.path or ""),
        )

    def on_runner_error(self, error: Exception) -> None:
        if not isinstance(error, DocumentError | OSError):
            raise error
        self.message_box = show_error(self._parent, self.tr("无法保存文档"), save_error_text(error))
