"""安全设置 (the administrator's): password rules, lockout, idle lock and role separation. The
audit retention is the auditor's and is only shown here."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.domain.accounts.settings import SETTING_LABELS, SETTING_RANGES
from app.domain.validation import ValidationError
from app.gui.i18n import tr_domain, tr_error, tr_field_error
from app.gui.widgets import ERROR_STYLE
from app.services import security
from app.services.context import Desk, PermissionRefusedError, StorageError

NUMBERS = (
    "password_min_length",
    "password_min_classes",
    "password_max_age_days",
    "lockout_failures",
    "lockout_minutes",
    "idle_lock_minutes",
)
SWITCHES = ("separate_admin_auditor", "separate_engineer_client")


class SecurityDialog(QDialog):
    """Edits the settings within their level-3 ranges; saved (and audited) together."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self.setObjectName("SecurityDialog")
        self.setWindowTitle(self.tr("安全设置"))
        settings = security.get_settings(desk)
        values = settings.values()
        form = QFormLayout()
        self.spins: dict[str, QSpinBox] = {}
        for name in NUMBERS:
            spin = QSpinBox(self)
            spin.setObjectName(name)
            low, high = SETTING_RANGES[name]
            spin.setRange(low, high)
            spin.setValue(int(values[name]))
            form.addRow(tr_domain("field", SETTING_LABELS[name]), spin)
            self.spins[name] = spin
        self.boxes: dict[str, QCheckBox] = {}
        for name in SWITCHES:
            box = QCheckBox(tr_domain("field", SETTING_LABELS[name]), self)
            box.setObjectName(name)
            box.setChecked(bool(values[name]))
            form.addRow("", box)
            self.boxes[name] = box
        retention = QLabel(
            self.tr("审计记录保留至少 {0} 天（由审计员设置；本程序不删除审计记录）").format(
                settings.audit_retention_days
            ),
            self,
        )
        retention.setWordWrap(True)
        note = QLabel(
            self.tr(
                "第二重身份鉴别（USB 密钥等）在工作站的操作系统登录时完成，本程序不另设硬件令牌。"
            ),
            self,
        )
        note.setWordWrap(True)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("error_label")
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("保存"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(retention)
        layout.addWidget(note)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)

    def accept(self) -> None:
        values: dict[str, object] = {n: s.value() for n, s in self.spins.items()}
        values.update({n: b.isChecked() for n, b in self.boxes.items()})
        try:
            security.save_settings(self._desk, values)
        except ValidationError as error:
            self.error_label.setText(
                "\n".join(tr_field_error(e.template, e.label, e.values) for e in error.errors)
            )
            self.error_label.show()
            return
        except (PermissionRefusedError, StorageError) as error:
            self.error_label.setText(tr_error(error))
            self.error_label.show()
            return
        super().accept()
