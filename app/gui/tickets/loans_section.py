"""The ticket detail's 备用机 section: is a loaner due, which one went out, take it back."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.domain.enums import ClockState
from app.domain.tickets.sla import LoanerState
from app.gui.store.loan_dialogs import LoanerDialog, ReturnDialog
from app.gui.store.store_files import StoreFiles
from app.gui.tickets.detail_sections import Section, value_label
from app.gui.tickets.formatting import clock_style, local_text
from app.services.context import Desk
from app.services.store import loans
from app.services.tickets.detail import TicketDetail


class TicketLoansSection(Section):
    """Shown for hardware defects (and any ticket with a loan): state, loans, issue and return."""

    loanChanged = Signal(int)  # ticket id

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("备用机"), parent)
        self.setObjectName("ticket_loans")
        self._desk = desk
        self.detail: TicketDetail | None = None
        self.dialog: Any = None
        self.files = StoreFiles(desk, self)
        self.issue_button: QPushButton | None = None
        self.return_buttons: dict[int, QPushButton] = {}
        self.state_label: QLabel | None = None

    def state_text(self, state: LoanerState) -> str:
        return {
            LoanerState.DUE: self.tr("已超过时限未修复，应提供相同型号备用机"),
            LoanerState.PENDING: self.tr("未到时限；超过时限仍未修复时需提供备用机"),
            LoanerState.NOT_NEEDED: self.tr("在时限内已恢复，不需要备用机"),
            LoanerState.NOT_APPLICABLE: self.tr("非硬件故障，不适用"),
            LoanerState.ISSUED: self.tr("已提供备用机"),
        }[state]

    def fill(self, detail: TicketDetail) -> None:
        self.detail = detail
        info = loans.ticket_loaner(self._desk, detail.id)
        body = self.fresh_body()
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        self.setVisible(info.state is not LoanerState.NOT_APPLICABLE or bool(info.loans))
        head = QHBoxLayout()
        self.state_label = QLabel(self.state_text(info.state), body)
        self.state_label.setObjectName("loaner_state")
        due = info.state is LoanerState.DUE
        self.state_label.setStyleSheet(
            clock_style(ClockState.WARNING if due else ClockState.NOT_APPLICABLE)
        )
        head.addWidget(self.state_label)
        due_text = self.tr("时限 {0}").format(local_text(info.due_at)) if info.due_at else ""
        head.addWidget(value_label(due_text, body), 1)
        self.issue_button = None
        if info.state in (LoanerState.DUE, LoanerState.PENDING) and detail.closed_at is None:
            self.issue_button = QPushButton(self.tr("提供备用机…"), body)
            self.issue_button.setObjectName("issue_loaner_button")
            self.issue_button.clicked.connect(self.on_issue_button_clicked)
            head.addWidget(self.issue_button)
        column.addLayout(head)
        self.return_buttons = {}
        for loan in info.loans:
            row = QHBoxLayout()
            state = (
                self.tr("已归还 {0}").format(local_text(loan.returned_at))
                if not loan.open
                else (self.tr("逾期未还") if loan.overdue else self.tr("尚未归还"))
            )
            text = self.tr("借用单 {0}：{1} {2} 序列号 {3}，{4} 于 {5} 借出；{6}").format(
                loan.id,
                loan.part_name,
                loan.model,
                loan.serial or "—",
                loan.borrower,
                local_text(loan.issued_at),
                state,
            )
            label = value_label(text, body)
            if loan.overdue:
                label.setStyleSheet("color: #b3261e; font-weight: bold;")
            row.addWidget(label, 1)
            form = QPushButton(self.tr("借用单"), body)
            form.setObjectName(f"loan_form_{loan.id}")
            form.clicked.connect(lambda _c=False, i=loan.id: self.files.loaner_form(i))
            row.addWidget(form)
            if loan.open:
                back = QPushButton(self.tr("归还…"), body)
                back.setObjectName(f"return_loan_{loan.id}")
                back.clicked.connect(lambda _c=False, x=loan: self.on_return_button_clicked(x))
                row.addWidget(back)
                self.return_buttons[loan.id] = back
            column.addLayout(row)

    def _open(self, dialog: Any) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self.on_dialog_accepted)
        self.dialog = dialog
        dialog.open()

    # --- slots -------------------------------------------------------------------------------

    def on_issue_button_clicked(self) -> None:
        if self.detail is not None:
            self._open(LoanerDialog(self._desk, self.detail.id, self.detail.number, self))

    def on_return_button_clicked(self, loan: loans.LoanInfo) -> None:
        self._open(ReturnDialog(self._desk, loan, self))

    def on_dialog_accepted(self) -> None:
        if self.detail is not None:
            self.loanChanged.emit(self.detail.id)
