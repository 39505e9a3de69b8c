"""The store dialogs' common frame: a form, an error line, OK/Cancel; bad input keeps it open."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.domain.i18n import MarkedError
from app.domain.validation import ValidationError
from app.gui.i18n import tr_error, tr_field_error
from app.services.context import StorageError

ERROR_STYLE = "color: #b3261e; font-weight: bold;"


class StoreDialog(QDialog):
    """A form dialog whose OK runs ``submit``; a refused input shows its Chinese message."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(480)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("error_label")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.setObjectName("buttons")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("确定"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)

    def submit(self) -> None:
        """Do the action through the services (raise on bad input)."""
        raise NotImplementedError

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    def run_checked(self, action: Callable[[], None]) -> bool:
        """Run ``action``; show a refusal and return False instead of raising."""
        try:
            action()
        except ValidationError as error:
            self.show_error("；".join(tr_field_error(e.template, e.label) for e in error.errors))
            return False
        except (MarkedError, StorageError) as error:
            self.show_error(tr_error(error))
            return False
        return True

    def on_buttons_accepted(self) -> None:
        if self.run_checked(self.submit):
            self.accept()
