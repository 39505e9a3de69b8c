"""A dialog for one workflow step or clock event, generated from the step's field specs."""

from __future__ import annotations

import shutil
import tempfile
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.accounts.roles import Role
from app.domain.enums import TriageResult
from app.domain.i18n import MarkedError
from app.domain.tickets.workflow import (
    SIGNED_STEPS,
    Action,
    FieldSpec,
    action_fields,
)
from app.domain.validation import ValidationError
from app.gui.datetime_field import DateTimeField
from app.gui.i18n import tr_domain, tr_error, tr_field_error
from app.gui.signoff_widget import ELECTRONIC, SignOffWidget
from app.gui.tasks import TaskRunner
from app.gui.tickets.formatting import from_qdatetime, to_qdatetime
from app.gui.widgets import ERROR_STYLE
from app.services import accounts
from app.services.context import Desk, PermissionRefusedError, StorageError
from app.services.documents import DocumentError, DocumentInfo
from app.services.login import LoginError
from app.services.tickets import calls, signoff

TEXT_LINES = 4


class TextField(QPlainTextEdit):
    """A multi-line field a few lines high that Tab leaves (it grows with the dialog)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)

    def sizeHint(self) -> QSize:
        height = self.fontMetrics().lineSpacing() * TEXT_LINES + 14
        return QSize(360, height)


class ActionDialog(QDialog):
    """Asks for the fields ``action`` needs and applies it; bad input keeps the dialog open."""

    def __init__(
        self,
        desk: Desk,
        ticket_id: int,
        ticket_number: str,
        action: Action,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(f"action_dialog_{action.value}")
        self._desk = desk
        self._ticket_id = ticket_id
        self._ticket_number = ticket_number
        self.action = action
        self.new_status = ""
        self._now = desk.clock.now()
        self.specs = action_fields(action)
        self.widgets: dict[str, QWidget] = {}
        self._times_shown: dict[str, Any] = {}
        self.setWindowTitle(
            self.tr("{0} · {1}").format(ticket_number, tr_domain("action", action.label))
        )
        self.setMinimumWidth(520)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for spec in self.specs:
            widget = self._widget_for(spec)
            widget.setObjectName(spec.name)
            self.widgets[spec.name] = widget
            label = tr_domain("field", spec.label)
            if spec.required and spec.kind != "datetime":
                label += " *"
            form.addRow(label, widget)

        self.hint_label = QLabel(self)
        self.hint_label.setObjectName("hint_label")
        self.hint_label.setWordWrap(True)
        self.hint_label.hide()
        self.error_label = QLabel(self)
        self.error_label.setObjectName("error_label")
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        self.button_box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.button_box.setObjectName("button_box")
        self.ok_button = self.button_box.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(tr_domain("action", action.label))
        self.ok_button.setToolTip(self.tr("Ctrl+Enter"))
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.accept)
        self.button_box.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.button_box.accepted.connect(self.accept)
        self.button_box.rejected.connect(self.reject)

        self.signoff: SignOffWidget | None = None
        self.paper_document: DocumentInfo | None = None
        self.runner = TaskRunner(desk, self)  # a signed step: password hashing, a printed form
        if action in SIGNED_STEPS:
            self.signoff = SignOffWidget(tr_domain("enum", Role.SUPERVISOR.label), self)
            self.signoff.methodChanged.connect(self.on_signoff_methodChanged)
            self.signoff.suggest(accounts.signers(desk, Role.SUPERVISOR))

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        if self.signoff is not None:
            layout.addWidget(self.signoff)
        layout.addWidget(self.hint_label)
        layout.addWidget(self.error_label)
        layout.addWidget(self.button_box)

        if action is Action.TRIAGE:
            combo = self.widgets["triage_result"]
            assert isinstance(combo, QComboBox)
            combo.currentIndexChanged.connect(self.on_triage_result_currentIndexChanged)
            self.on_triage_result_currentIndexChanged(combo.currentIndex())
        self.first_field().setFocus()

    def first_field(self) -> QWidget:
        """Where the cursor starts: the first field the step needs typed (a time defaults to
        now), else the button."""
        for spec in self.specs:
            widget = self.widgets[spec.name]
            if spec.kind != "datetime" and widget.isEnabled():
                return widget
        if self.specs:
            return self.widgets[self.specs[0].name]
        return self.ok_button

    def _widget_for(self, spec: FieldSpec) -> QWidget:
        if spec.kind == "text":
            return TextField(self)
        if spec.kind == "line":
            return QLineEdit(self)
        if spec.kind == "choice":
            combo = QComboBox(self)
            for choice in spec.choices:
                context = "action" if isinstance(choice, Action) else "enum"  # steps: action words
                combo.addItem(
                    tr_domain(context, getattr(choice, "label", str(choice))), choice.value
                )
            combo.setPlaceholderText(self.tr("请选择"))
            combo.setCurrentIndex(-1)
            return combo
        if spec.kind == "datetime":
            edit = DateTimeField(to_qdatetime(self._now), self)
            self._times_shown[spec.name] = edit.dateTime()
            return edit
        raise ValueError(f"unknown field kind {spec.kind!r}")

    def values(self) -> dict[str, Any]:
        """The entered values as ``calls.apply_action`` takes them; disabled fields are left out."""
        values: dict[str, Any] = {}
        for spec in self.specs:
            widget = self.widgets[spec.name]
            if not widget.isEnabled():
                continue
            if isinstance(widget, QPlainTextEdit):
                values[spec.name] = widget.toPlainText()
            elif isinstance(widget, QLineEdit):
                values[spec.name] = widget.text()
            elif isinstance(widget, QComboBox):
                values[spec.name] = widget.currentData() or ""
            elif isinstance(widget, QDateTimeEdit):
                values[spec.name] = self._time_value(spec.name, widget)
        return values

    def _time_value(self, name: str, edit: QDateTimeEdit) -> datetime:
        """Exactly "now" at opening unless the engineer changed the time shown."""
        if edit.dateTime() == self._times_shown[name]:
            return self._now
        return from_qdatetime(edit.dateTime())

    def show_messages(self, messages: list[str]) -> None:
        self.error_label.setText("\n".join(messages))
        self.error_label.show()

    def _apply(self) -> bool:
        """Do an unsigned step here; a signed one (a password to check, or the form to print
        for signing on paper) goes to a worker thread and ends the dialog when it is done.
        True when the step is done already."""
        values = self.values()  # on paper the time field is off: the filing's time counts
        if self.signoff is None:
            self.new_status = calls.apply_action(self._desk, self._ticket_id, self.action, values)
            return True
        ticket_id, action = self._ticket_id, self.action
        if self.signoff.method() == ELECTRONIC:
            username, password = self.signoff.credentials()

            def sign(desk: Desk) -> tuple[str, DocumentInfo | None]:
                return signoff.sign_step(desk, ticket_id, action, values, username, password), None

            self._run_signed(sign)
            return False

        def print_form(desk: Desk) -> tuple[str, DocumentInfo | None]:
            # Made here so that a refusal shows in this dialog; it opens in the print preview
            # next (the detail panel's printer), where each copy printed or saved is counted.
            folder = Path(tempfile.mkdtemp(prefix="resident-desk-signoff-"))
            try:
                document = signoff.request_paper(
                    desk, ticket_id, action, values, folder / "form.pdf", copy=None
                )
            except BaseException:
                shutil.rmtree(folder, ignore_errors=True)
                raise
            return "", document

        self._run_signed(print_form)
        return False

    def _run_signed(self, work: Any) -> None:
        self.button_box.setEnabled(False)
        self.runner.run(work, self._after_signed, self._after_failed_step, key="step")

    def _after_signed(self, outcome: tuple[str, DocumentInfo | None]) -> None:
        self.button_box.setEnabled(True)
        self.new_status, self.paper_document = outcome
        super().accept()

    def _after_failed_step(self, error: Exception) -> None:
        self.button_box.setEnabled(True)
        if not self._refused(error):
            raise error  # the program's failure dialog and log, like any slot's

    def accept(self) -> None:
        if self.runner.busy:  # a signed step is being done: its answer ends the dialog
            return
        try:
            if not self._apply():
                return
        except (MarkedError, ValidationError, StorageError) as error:
            if not self._refused(error):
                raise
            return
        super().accept()

    def reject(self) -> None:
        if self.runner.busy:  # the step is being done (Esc while it is): wait for its answer
            return
        super().reject()

    def _refused(self, error: Exception) -> bool:
        """Show why the step was refused (nothing was saved); False for an unexpected failure."""
        if isinstance(error, LoginError):
            self.show_messages([tr_error(error)])
            assert self.signoff is not None
            self.signoff.clear_password()
        elif isinstance(error, DocumentError | PermissionRefusedError | StorageError):
            self.show_messages([tr_error(error)])
        elif isinstance(error, ValidationError):
            self.show_messages(
                [tr_field_error(e.template, e.label, e.values) for e in error.errors]
            )
            first = self.widgets.get(error.errors[0].field) if error.errors else None
            if first is not None:
                first.setFocus()
        elif isinstance(error, MarkedError):  # the workflow refuses, or the database failed
            self.show_messages([tr_error(error)])
        else:
            return False
        return True

    def on_signoff_methodChanged(self, method: str) -> None:
        """On paper the step happens when the signed copy is filed: no time is asked now."""
        edit = self.widgets.get("at")
        if edit is not None:
            edit.setEnabled(method == ELECTRONIC)
        assert self.signoff is not None
        self.ok_button.setText(
            tr_domain("action", self.action.label)
            if method == ELECTRONIC
            else self.tr("打印签字单…")
        )

    def on_triage_result_currentIndexChanged(self, _index: int) -> None:
        """The explanation to the requester matters only for an operation problem."""
        combo = self.widgets["triage_result"]
        assert isinstance(combo, QComboBox)
        operation = combo.currentData() == TriageResult.OPERATION.value
        self.widgets["answer"].setEnabled(operation)
        self.hint_label.setText(
            self.tr("操作问题：向提出人解释后，工单转为咨询类问题并关闭。") if operation else ""
        )
        self.hint_label.setVisible(operation)
