"""The store dialogs' common frame: a form, an error line, OK/Cancel; bad input keeps it open."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QVBoxLayout,
    QWidget,
)

from app.domain.i18n import MarkedError
from app.domain.validation import ValidationError
from app.gui.i18n import tr_error
from app.gui.widgets import ErrorLine, dialog_buttons
from app.services.context import StorageError


class StoreDialog(QDialog):
    """A form dialog whose OK runs ``submit``; a refused input shows its Chinese message."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(480)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.error_label = ErrorLine(self)
        self.buttons = dialog_buttons(
            self, self.tr("确定"), self.tr("取消"), QDialogButtonBox.StandardButton.Ok
        )
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
        self.error_label.show_text(text)

    def run_checked(self, action: Callable[[], None]) -> bool:
        """Run ``action``; show a refusal and return False instead of raising."""
        try:
            action()
        except ValidationError as error:
            self.error_label.show_validation(error, "；")
            return False
        except (MarkedError, StorageError) as error:
            self.show_error(tr_error(error))
            return False
        return True

    def on_buttons_accepted(self) -> None:
        if self.run_checked(self.submit):
            self.accept()
