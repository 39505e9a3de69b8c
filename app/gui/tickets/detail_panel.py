"""The selected ticket: header, the allowed next steps as buttons, its fields, clocks and timeline."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.domain.audit.actions import CHANGE_SAVE, DOCUMENT_PRINT, TICKET_CREATE
from app.domain.enums import Severity, TicketClass, TicketStatus
from app.domain.tickets.workflow import Action
from app.gui.i18n import tr_domain
from app.gui.inspections.ticket_findings import FindingsSection
from app.gui.tickets.acknowledge_dialog import AcknowledgeDialog
from app.gui.tickets.action_dialog import ActionDialog
from app.gui.tickets.detail_sections import (
    CallSection,
    ClocksSection,
    EscalationsSection,
    PausesSection,
    TimelineView,
    WorkflowSection,
)
from app.gui.tickets.device_section import TicketDeviceSection
from app.gui.tickets.documents_section import DocumentsSection
from app.gui.tickets.formatting import local_text
from app.gui.tickets.loans_section import TicketLoansSection
from app.gui.tickets.plans_section import TicketPlansSection
from app.gui.tickets.print_document import DocumentPrinter
from app.gui.widgets import fill_with_stack, heading_label, placeholder_label
from app.services import documents
from app.services.context import Desk
from app.services.documents import DocumentInfo
from app.services.inspections import runs as inspections
from app.services.tickets import detail as ticket_detail
from app.services.tickets import signoff
from app.services.tickets.calls import TicketNotFoundError
from app.services.tickets.detail import TicketDetail

# Steps that move a ticket through the workflow (shown first and in bold).
WORKFLOW_STEPS = {
    Action.ANSWER,
    Action.TRIAGE,
    Action.CONFIRM,
    Action.FIX,
    Action.REPORT,
    Action.REPLY,
    Action.CLOSE,
}
CHIP = "padding: 1px 8px; border-radius: 3px; background: {0}; color: {1};"


class DetailPanel(QWidget):
    """Shows one ticket and runs the action dialogs for it."""

    ticketChanged = Signal(int)
    runRequested = Signal(int, int)  # an inspection run that found this ticket, and its line
    changeRequested = Signal(str)  # register a change request from this ticket (its number)

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self.detail: TicketDetail | None = None
        self.action_buttons: dict[Action, QPushButton] = {}
        self.action_dialog: ActionDialog | None = None
        self.acknowledge_dialog: AcknowledgeDialog | None = None

        self.placeholder = placeholder_label(
            self.tr("在工单列表中选择一张工单，查看详情并办理下一步。"), self
        )
        self.number_label = heading_label("number_label", self)
        self.title_label = QLabel(self)
        self.title_label.setObjectName("title_label")
        self.title_label.setStyleSheet("font-size: 15px;")
        self.title_label.setWordWrap(True)
        self.class_chip = self._chip("class_chip")
        self.severity_chip = self._chip("severity_chip")
        self.status_chip = self._chip("status_chip")

        header = QHBoxLayout()
        header.addWidget(self.number_label)
        for chip in (self.class_chip, self.severity_chip, self.status_chip):
            header.addWidget(chip)
        header.addWidget(self.title_label, 1)

        self.action_bar = QHBoxLayout()
        self.action_bar.setSpacing(6)
        self.action_bar.addStretch(1)
        self.change_button = QPushButton(self.tr("登记需求变更…"), self)
        self.change_button.setObjectName("change_button")
        self.change_button.setToolTip(self.tr("此工单需要修改程序功能时，登记需求变更并与工单关联"))
        self.change_button.setVisible(desk.can(CHANGE_SAVE))
        self.action_bar.addWidget(self.change_button)
        self.print_button = QPushButton(self)
        self.print_button.setObjectName("print_button")
        self.action_bar.addWidget(self.print_button)
        self.printer = DocumentPrinter(desk, self)

        self.clocks = ClocksSection(self)
        self.call = CallSection(self)
        self.workflow = WorkflowSection(self)
        self.pauses = PausesSection(self)
        self.escalations = EscalationsSection(self)
        self.escalations.acknowledgeRequested.connect(self.on_escalations_acknowledgeRequested)
        self.documents = DocumentsSection(self)
        self.findings = FindingsSection(self)
        self.findings.runRequested.connect(self.runRequested)
        self.plans_section = TicketPlansSection(desk, self)
        self.plans_section.ticketChanged.connect(self.on_plans_section_ticketChanged)
        self.loans = TicketLoansSection(desk, self)
        self.loans.loanChanged.connect(self.on_loans_loanChanged)
        self.device_section = TicketDeviceSection(desk, self)
        self.device_section.ticketChanged.connect(self.on_loans_loanChanged)

        sections = QWidget(self)
        column = QVBoxLayout(sections)
        column.setContentsMargins(0, 0, 4, 0)
        for section in (
            self.clocks,
            self.loans,
            self.escalations,
            self.findings,
            self.call,
            self.device_section,
            self.plans_section,
            self.workflow,
            self.pauses,
            self.documents,
        ):
            column.addWidget(section)
        column.addStretch(1)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(sections)

        self.timeline = TimelineView(self)
        timeline_box = QGroupBox(self.tr("处理记录"), self)
        timeline_layout = QVBoxLayout(timeline_box)
        timeline_layout.setContentsMargins(4, 4, 4, 4)
        timeline_layout.addWidget(self.timeline)
        body = QSplitter(Qt.Orientation.Horizontal, self)
        body.setChildrenCollapsible(False)
        body.addWidget(self.scroll)
        body.addWidget(timeline_box)
        body.setStretchFactor(0, 1)
        body.setStretchFactor(1, 1)
        body.setSizes([560, 440])

        content = QWidget(self)
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        self.pending_label = QLabel(self)
        self.pending_label.setObjectName("pending_label")
        self.pending_label.setWordWrap(True)
        self.pending_label.setStyleSheet(CHIP.format("#fff1c7", "#5a3d00"))
        self.pending_label.hide()
        content_layout.addLayout(header)
        content_layout.addWidget(self.pending_label)
        content_layout.addLayout(self.action_bar)
        content_layout.addWidget(body, 1)

        self.stack = fill_with_stack(self, self.placeholder, content)

        self.print_button.clicked.connect(self.on_print_button_clicked)
        self.change_button.clicked.connect(self.on_change_button_clicked)
        self.printer.printed.connect(self.on_printer_printed)
        self.printer.runner.busyChanged.connect(self.on_printer_busyChanged)

    def _chip(self, name: str) -> QLabel:
        chip = QLabel(self)
        chip.setObjectName(name)
        return chip

    @property
    def ticket_id(self) -> int | None:
        return self.detail.id if self.detail else None

    def show_ticket(self, ticket_id: int | None) -> None:
        """Load and show a ticket; None (or a ticket that is gone) shows the placeholder."""
        if ticket_id is None:
            self._clear()
            return
        try:
            detail = ticket_detail.ticket_detail(self._desk, ticket_id)
        except TicketNotFoundError:
            self._clear()
            return
        self._show(detail)

    def reload(self) -> None:
        """Load the shown ticket again (clocks move, steps change)."""
        self.show_ticket(self.ticket_id)

    def _clear(self) -> None:
        self.detail = None
        self._set_actions([])
        self.stack.setCurrentIndex(0)

    def _show(self, d: TicketDetail) -> None:
        scroll = self.scroll.verticalScrollBar().value() if d.id == self.ticket_id else 0
        self.detail = d
        self.number_label.setText(d.number)
        self.title_label.setText(d.title)
        self.title_label.setToolTip(d.title)
        self.class_chip.setText(tr_domain("enum", d.ticket_class.label))
        self.class_chip.setStyleSheet(CHIP.format("#e3ecf7", "#1d3f6e"))
        self.severity_chip.setText(tr_domain("enum", d.severity.label))
        severe = d.severity is not Severity.GENERAL
        self.severity_chip.setStyleSheet(
            CHIP.format("#f6d4d4", "#8c1d1d") if severe else CHIP.format("#ececec", "#333")
        )
        self.status_chip.setText(tr_domain("enum", d.status.label))
        closed = d.status is TicketStatus.CLOSED
        self.status_chip.setStyleSheet(
            CHIP.format("#dcefd9", "#1e5b23") if closed else CHIP.format("#fff1c7", "#5a3d00")
        )
        for section in (
            self.clocks,
            self.loans,
            self.call,
            self.workflow,
            self.pauses,
            self.escalations,
            self.device_section,
        ):
            section.set_detail(d)
        self.plans_section.set_detail(d)
        self.timeline.set_detail(d)
        self.documents.set_documents(documents.documents_of_ticket(self._desk, d.id))
        self.findings.set_findings(inspections.runs_of_ticket(self._desk, d.id))
        self._set_print_button(d.ticket_class)
        self._set_pending(signoff.pending_paper(self._desk, d.id))
        self._set_actions(d.actions if self._desk.can(TICKET_CREATE) else [])
        self.stack.setCurrentIndex(1)
        self.scroll.verticalScrollBar().setValue(scroll)

    def _set_pending(self, pending: signoff.PendingPaper | None) -> None:
        """A step waiting for its signed paper form says so above the buttons."""
        self.pending_label.setVisible(pending is not None)
        if pending is None:
            return
        self.pending_label.setText(
            self.tr(
                "待纸质签字：{0}（签字单 {1}，{2} {3} 打印）。签字件交回后在“文件 → 登记签字回执”中"
                "按编号归档并填写签字人，此步骤即完成；确认人在场时也可改用电子签字。"
            ).format(
                tr_domain("action", pending.action.label),
                pending.serial,
                local_text(pending.requested_at),
                pending.requested_by,
            )
        )

    def _set_print_button(self, ticket_class: TicketClass) -> None:
        if ticket_class is TicketClass.DEFECT:
            self.print_button.setText(self.tr("保存/打印提交单"))
            self.print_button.setToolTip(self.tr("把系统缺陷类问题提交单保存为 PDF，打开后打印"))
        else:
            self.print_button.setText(self.tr("保存/打印咨询记录"))
            self.print_button.setToolTip(self.tr("把咨询类问题记录保存为 PDF，打开后打印"))
        self.print_button.setEnabled(not self.printer.busy)
        self.print_button.setVisible(self._desk.can(DOCUMENT_PRINT))

    def _set_actions(self, actions: list[Action]) -> None:
        for button in self.action_buttons.values():
            self.action_bar.removeWidget(button)
            button.hide()
            button.setObjectName("")
            button.deleteLater()
        self.action_buttons = {}
        for index, action in enumerate(actions):
            button = QPushButton(tr_domain("action", action.label), self)
            button.setObjectName(f"action_{action.value}")
            if action in WORKFLOW_STEPS:
                font = button.font()
                font.setBold(True)
                button.setFont(font)
            button.clicked.connect(
                lambda _checked=False, a=action: self.on_action_button_clicked(a)
            )
            self.action_bar.insertWidget(index, button)
            button.show()
            self.action_buttons[action] = button

    # --- slots -------------------------------------------------------------------------------

    def on_action_button_clicked(self, action: Action) -> None:
        """Open the step's dialog (window-modal, not blocking)."""
        if self.detail is None:
            return
        dialog = ActionDialog(self._desk, self.detail.id, self.detail.number, action, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self.on_action_dialog_accepted)
        dialog.finished.connect(self.on_action_dialog_finished)
        self.action_dialog = dialog
        dialog.open()

    def on_change_button_clicked(self) -> None:
        if self.detail is not None:
            self.changeRequested.emit(self.detail.number)

    def on_print_button_clicked(self) -> None:
        if self.detail is not None:
            self.printer.print_ticket(self.detail.number, self.detail.ticket_class)

    def on_printer_printed(self, info: DocumentInfo) -> None:
        if info.ticket_id is not None and info.ticket_id == self.ticket_id:
            self.reload()

    def on_printer_busyChanged(self, busy: bool) -> None:
        self.print_button.setEnabled(not busy)

    def on_action_dialog_accepted(self) -> None:
        ticket_id = self.ticket_id
        paper = self.action_dialog.paper_document if self.action_dialog else None
        self.reload()
        if paper is not None:
            self.printer.preview_signoff_form(paper)
        if ticket_id is not None:
            self.ticketChanged.emit(ticket_id)

    def on_loans_loanChanged(self, ticket_id: int) -> None:
        self.reload()
        self.ticketChanged.emit(ticket_id)

    def on_action_dialog_finished(self, _result: int) -> None:
        self.action_dialog = None

    def on_plans_section_ticketChanged(self, ticket_id: int) -> None:
        if ticket_id == self.ticket_id:
            self.reload()
            self.ticketChanged.emit(ticket_id)

    def on_escalations_acknowledgeRequested(self, ticket_id: int) -> None:
        """Record whom the engineer reached about the ticket's waiting escalations."""
        d = self.detail
        if d is None or d.id != ticket_id:
            return
        waiting = [e for e in d.escalations if e.acknowledged_at is None]
        if not waiting:
            return
        waiting.sort(key=lambda e: (-e.level, e.due_at))
        dialog = AcknowledgeDialog(self._desk, waiting, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self.on_acknowledge_dialog_accepted)
        self.acknowledge_dialog = dialog
        dialog.open()

    def on_acknowledge_dialog_accepted(self) -> None:
        ticket_id = self.ticket_id
        self.acknowledge_dialog = None
        self.reload()
        if ticket_id is not None:
            self.ticketChanged.emit(ticket_id)
