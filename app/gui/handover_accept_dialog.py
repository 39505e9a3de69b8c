"""接班确认: the incoming engineer picks a pending handover, signs in as themself, gives remarks."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.i18n import MarkedError
from app.gui.failures import logged_failure_text
from app.gui.i18n import tr_error
from app.gui.widgets import ERROR_STYLE
from app.services import handover_acceptance
from app.services.context import Desk
from app.services.handover_acceptance import HandoverInfo


class HandoverAcceptDialog(QDialog):
    """The handovers waiting for their incoming engineer; one is accepted with that engineer's
    own account, password and 接班检查意见 (checked like a sign-off at this workstation)."""

    accepted_handover = Signal(str)  # the serial, once recorded

    def __init__(self, desk: Desk, serial: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self.result_info: HandoverInfo | None = None
        self.setObjectName("HandoverAcceptDialog")
        self.setWindowTitle(self.tr("接班确认"))
        self.resize(520, 380)
        self.pending = handover_acceptance.pending_handovers(desk)

        self.handover_combo = QComboBox(self)
        self.handover_combo.setObjectName("handover_combo")
        for info in self.pending:
            self.handover_combo.addItem(self._label(info), info.serial)
        if serial:
            self.handover_combo.setCurrentIndex(max(0, self.handover_combo.findData(serial)))
        self.username_edit = QLineEdit(self)
        self.username_edit.setObjectName("username_edit")
        self.username_edit.setPlaceholderText(self.tr("接班人本人的登录名"))
        self.password_edit = QLineEdit(self)
        self.password_edit.setObjectName("password_edit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(self.tr("由接班人本人输入"))
        self.remarks_edit = QPlainTextEdit(self)
        self.remarks_edit.setObjectName("remarks_edit")
        self.remarks_edit.setPlaceholderText(
            self.tr("核对了哪些工单、借出设备、巡检与备份，有何异议")
        )
        form = QFormLayout()
        form.addRow(self.tr("交接班记录"), self.handover_combo)
        form.addRow(self.tr("接班人账户"), self.username_edit)
        form.addRow(self.tr("接班人密码"), self.password_edit)
        form.addRow(self.tr("接班检查意见"), self.remarks_edit)

        hint = QLabel(
            self.tr(
                "接班人核对交接班记录后，在本机用自己的账户和密码确认接班；"
                "确认记入审计记录，补打的交接班记录印有确认人、时间和检查意见。"
            )
            if self.pending
            else self.tr("没有待确认接班的交接班记录。"),
            self,
        )
        hint.setObjectName("hint_label")
        hint.setWordWrap(True)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("error_label")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.hide()
        buttons = QDialogButtonBox(self)
        self.ok_button = QPushButton(self.tr("确认接班"), self)
        self.ok_button.setObjectName("ok_button")
        self.ok_button.setEnabled(bool(self.pending))
        buttons.addButton(self.ok_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = buttons.addButton(
            self.tr("关闭"), QDialogButtonBox.ButtonRole.RejectRole
        )

        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(form, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        buttons.accepted.connect(self.on_buttons_accepted)
        buttons.rejected.connect(self.reject)

    def _label(self, info: HandoverInfo) -> str:
        start = info.shift_start.astimezone().strftime("%Y-%m-%d %H:%M")
        end = info.shift_end.astimezone().strftime("%Y-%m-%d %H:%M")
        return self.tr("{0}  {1} → {2}（{3} 至 {4}）").format(
            info.serial, info.from_engineer, info.to_engineer, start, end
        )

    def _fail(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    # --- slots -------------------------------------------------------------------------------

    def on_buttons_accepted(self) -> None:
        serial = self.handover_combo.currentData()
        if not serial:
            return
        try:
            self.result_info = handover_acceptance.accept_handover(
                self._desk,
                serial,
                self.username_edit.text(),
                self.password_edit.text(),
                self.remarks_edit.toPlainText(),
            )
        except MarkedError as error:
            self.password_edit.clear()
            self._fail(tr_error(error))
            return
        except Exception as error:  # a disk or database failure: said and logged
            self._fail(logged_failure_text(error, "handover acceptance"))
            return
        self.accepted_handover.emit(serial)
        self.accept()
