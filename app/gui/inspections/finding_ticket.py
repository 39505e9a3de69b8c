"""A failed inspection line becomes a defect ticket through the usual 登记报修 dialog, prefilled."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.gui.tickets.new_ticket_dialog import NewTicketDialog
from app.services.context import Desk
from app.services.inspections import findings


def finding_ticket_dialog(desk: Desk, item_id: int, parent: QWidget) -> NewTicketDialog:
    """The new-ticket dialog filled from the line; OK logs the ticket and links it to the line.

    The ticket and the link are made in one transaction (``open_ticket_for_item``).
    """
    dialog = NewTicketDialog(desk, parent)
    dialog.setWindowTitle(QCoreApplication.translate("FindingTicket", "开缺陷工单（巡检发现）"))

    def create(values: dict[str, Any]) -> tuple[int, str]:
        return findings.open_ticket_for_item(desk, item_id, values)

    dialog.prefill(findings.ticket_values_for_item(desk, item_id), create)
    dialog.ui.titleEdit.setFocus()
    return dialog
