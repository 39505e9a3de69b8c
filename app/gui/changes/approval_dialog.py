"""The lead's approval of a change request: signed here with the lead's own account, or on the
printed 需求变更申请单 (approved when the signed copy is filed); a written refusal recorded with
the lead's name."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit, QWidget

from app.domain.changes.states import ChangeStep
from app.gui.documents_runner import ask_pdf, save_title
from app.gui.i18n import tr_domain
from app.gui.signoff_widget import ELECTRONIC, SignOffWidget
from app.gui.store.dialog_base import StoreDialog
from app.services.changes import approval
from app.services.changes.requests import ChangeInfo
from app.services.context import Desk
from app.services.documents import CHANGE_REQUEST, KIND_LABELS, DocumentInfo
from app.services.login import LoginError


class ApprovalDialog(StoreDialog):
    """Approve or reject; electronically by the lead, or on paper."""

    def __init__(self, desk: Desk, change: ChangeInfo, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("审批需求变更 {0}").format(change.number), parent)
        self.setObjectName("approval_dialog")
        self.setMinimumWidth(560)
        self._desk = desk
        self.change = change
        self.change_id = change.id
        self.new_state = ""
        self.paper_document: DocumentInfo | None = None
        lead = tr_domain("enum", change.required.label)
        self.summary = QLabel(
            self.tr("{0}（{1}，预计 {2} 个工作日）须由{3}书面审批。").format(
                change.title, tr_domain("enum", change.kind.label), change.effort_text, lead
            ),
            self,
            objectName="approval_summary",
        )
        self.summary.setWordWrap(True)
        self.decision = QComboBox(self, objectName="decision")
        for step in (ChangeStep.APPROVE, ChangeStep.REJECT):
            self.decision.addItem(tr_domain("enum", step.label), step.value)
        self.note = QPlainTextEdit(self, objectName="note")
        self.note.setFixedHeight(70)
        self.note.setPlaceholderText(self.tr("驳回时必填驳回理由"))
        self.rejected_by = QLineEdit(self, objectName="rejected_by")
        self.rejected_by.setPlaceholderText(self.tr("书面驳回的领导姓名"))
        self.form.addRow(self.summary)
        self.form.addRow(self.tr("审批结果"), self.decision)
        self.form.addRow(self.tr("审批意见"), self.note)
        self.form.addRow(self.tr("驳回领导"), self.rejected_by)
        self.signoff = SignOffWidget(lead, self)
        self.signoff.paper_hint.setText(
            self.tr(
                "将生成带编号和二维码的需求变更申请单（PDF），打印后交{0}签字；"
                "签字件交回并登记签字回执后即批准。书面驳回时填写驳回领导和理由。"
            ).format(lead)
        )
        self.layout().insertWidget(1, self.signoff)
        self.decision.currentIndexChanged.connect(self.on_decision_currentIndexChanged)
        self.signoff.methodChanged.connect(self.on_signoff_methodChanged)
        self._update()

    def step(self) -> ChangeStep:
        return ChangeStep(self.decision.currentData())

    def _update(self) -> None:
        paper = self.signoff.method() != ELECTRONIC
        rejecting = self.step() is ChangeStep.REJECT
        self.rejected_by.setEnabled(paper and rejecting)
        ok = self.buttons.button(self.buttons.StandardButton.Ok)
        if paper and not rejecting:
            ok.setText(self.tr("打印申请单…"))
        else:
            ok.setText(tr_domain("enum", self.step().label))

    def submit(self) -> None:
        note = self.note.toPlainText()
        if self.signoff.method() == ELECTRONIC:
            username, password = self.signoff.credentials()
            try:
                self.new_state = approval.sign_decision(
                    self._desk, self.change.id, self.step(), note, username, password
                )
            except LoginError:
                self.signoff.clear_password()
                raise
            return
        if self.step() is ChangeStep.REJECT:
            self.new_state = approval.record_paper_rejection(
                self._desk, self.change.id, self.rejected_by.text(), note
            )
            return
        label = tr_domain("document", KIND_LABELS[CHANGE_REQUEST])
        path = ask_pdf(self, save_title(label), f"{label}_{self.change.number}.pdf")
        if path is None:
            raise _Cancelled
        self.paper_document = approval.request_paper(self._desk, self.change.id, path)

    def on_buttons_accepted(self) -> None:
        try:
            super().on_buttons_accepted()
        except _Cancelled:
            return

    # --- slots -------------------------------------------------------------------------------

    def on_decision_currentIndexChanged(self, _index: int) -> None:
        self._update()

    def on_signoff_methodChanged(self, _method: str) -> None:
        self._update()


class _Cancelled(Exception):
    """The engineer closed the save dialog: nothing printed, the dialog stays open."""
