"""交接班记录: who hands over to whom, when, the shift's notes; saved as a PDF in the background."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.i18n import MarkedError
from app.gui.failures import logged_failure_text
from app.gui.i18n import tr_domain, tr_error
from app.gui.print_preview import PrintedFile, PrintPreviewDialog
from app.gui.tasks import TaskRunner
from app.gui.tickets.formatting import from_qdatetime, to_qdatetime
from app.gui.widgets import ERROR_STYLE
from app.services import accounts, handover
from app.services.context import Desk
from app.services.documents import HANDOVER, KIND_LABELS, DocumentError, DocumentInfo


def engineer_combo(names: list[str], current: str, parent: QWidget) -> QComboBox:
    """An editable combo of the engineers' names (another name may be typed)."""
    combo = QComboBox(parent)
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.addItems(names)
    combo.setCurrentText(current)
    combo.setMinimumWidth(200)
    return combo


class HandoverDialog(QDialog):
    """Collects the handover's facts, asks where to save, prints the 交接班记录."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self.result_info: DocumentInfo | None = None
        self.message_box: QMessageBox | None = None
        self.preview: PrintPreviewDialog | None = None
        self.runner = TaskRunner(desk, self)
        self.setObjectName("HandoverDialog")
        self.setWindowTitle(self.tr("交接班记录"))
        self.resize(520, 420)

        names = accounts.engineer_names(desk)
        me = desk.actor
        others = [n for n in names if n != me]
        self.from_combo = engineer_combo(names, me, self)
        self.from_combo.setObjectName("from_combo")
        self.to_combo = engineer_combo(names, others[0] if others else "", self)
        self.to_combo.setObjectName("to_combo")
        self.at_edit = QDateTimeEdit(to_qdatetime(desk.clock.now()), self)
        self.at_edit.setObjectName("at_edit")
        self.at_edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.at_edit.setCalendarPopup(True)
        # The shift runs from the last handover unless the engineer chooses another start.
        now = desk.clock.now()
        previous = handover.previous_handover(desk, now)
        since = previous[0] if previous else now - handover.DEFAULT_SHIFT
        self.since_edit = QDateTimeEdit(to_qdatetime(since), self)
        self.since_edit.setObjectName("since_edit")
        self.since_edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.since_edit.setCalendarPopup(True)
        self.since_edit.setToolTip(
            self.tr("默认自上次交接（{0}）起").format(previous[1])
            if previous
            else self.tr("没有上次交接，默认为前12小时")
        )
        self._default_since = self.since_edit.dateTime()
        self.notes_edit = QPlainTextEdit(self)
        self.notes_edit.setObjectName("notes_edit")
        self.notes_edit.setPlaceholderText(self.tr("本班的情况、遗留问题和需要接班人注意的事项"))
        form = QFormLayout()
        form.addRow(self.tr("交班人"), self.from_combo)
        form.addRow(self.tr("接班人"), self.to_combo)
        form.addRow(self.tr("本班开始"), self.since_edit)
        form.addRow(self.tr("交接时间"), self.at_edit)
        form.addRow(self.tr("交班说明"), self.notes_edit)

        hint = QLabel(
            self.tr("交接班记录列出全部未关闭工单、未处理的逐级上报和本班记录，双方签字后归档。"),
            self,
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")
        self.error_label = QLabel(self)
        self.error_label.setObjectName("error_label")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.hide()
        buttons = QDialogButtonBox(self)
        self.ok_button = QPushButton(self.tr("保存交接班记录…"), self)
        self.ok_button.setObjectName("ok_button")
        buttons.addButton(self.ok_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = buttons.addButton(
            self.tr("取消"), QDialogButtonBox.ButtonRole.RejectRole
        )

        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(form, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)

        buttons.accepted.connect(self.on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        self.runner.busyChanged.connect(self.on_runner_busyChanged)

    def _fail(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    # --- slots -------------------------------------------------------------------------------

    def on_buttons_accepted(self) -> None:
        try:
            giver, taker = handover.check_engineers(
                self.from_combo.currentText(), self.to_combo.currentText()
            )
        except DocumentError as exc:
            self._fail(tr_error(exc))
            return
        at = from_qdatetime(self.at_edit.dateTime())
        stamp = at.astimezone().strftime("%Y-%m-%d_%H%M")
        title = tr_domain("document", KIND_LABELS[HANDOVER])
        file_name = f"{title}_{stamp}.pdf"
        notes = self.notes_edit.toPlainText()
        chosen = self.since_edit.dateTime()
        start = None if chosen == self._default_since else from_qdatetime(chosen)
        self.error_label.hide()

        def make(desk: Desk, path: Path) -> PrintedFile:
            info = handover.handover_document(
                desk, giver, taker, path, notes, at, start=start, copy=None
            )
            return PrintedFile.of(info, file_name)

        # the first making is this dialog's (its errors are shown here); the preview makes the
        # document again after each copy printed or saved
        self.preview = PrintPreviewDialog(self._desk, self.parentWidget() or self, title, make)
        path = self.preview.next_path()
        self.runner.run(lambda desk: make(desk, path), self.on_runner_result, self.on_runner_error)

    def on_runner_result(self, printed: PrintedFile) -> None:
        self.result_info = printed.info
        if self.preview is not None:
            self.preview.show()
            self.preview.on_runner_made(printed)
        self.accept()

    def on_runner_error(self, error: Exception) -> None:
        if self.preview is not None:
            self.preview.close()
            self.preview = None
        if isinstance(error, MarkedError):
            self._fail(tr_error(error))
        elif isinstance(error, OSError):
            self._fail(
                self.tr("无法写入文件：{0}（{1}）").format(error.filename or "", error.strerror)
            )
        else:
            self._fail(
                self.tr("无法生成交接班记录：{0}").format(
                    logged_failure_text(error, "handover document")
                )
            )

    def on_runner_busyChanged(self, busy: bool) -> None:
        self.ok_button.setEnabled(not busy)
        self.ok_button.setText(self.tr("正在生成…") if busy else self.tr("保存交接班记录…"))
