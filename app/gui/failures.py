"""Failures in the GUI: said in the UI's language, logged, and one hook for the unexpected ones.

In the manner of qutebrowser's crash handler and Anki's error pop-up: known causes (a full disk,
a locked or damaged database) in plain words first, the technical details only on request
("复制详细信息"), and everything in the log file.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from datetime import datetime
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.i18n import Marked, MarkedError
from app.gui.i18n import tr_domain, tr_error
from app.services.diagnostics import (
    environment_text,
    failure_details,
    log_failure,
    log_path,
    plain_failure,
)

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


def failure_text(error: BaseException) -> str:
    """What failed, in the UI's language: a marked error as it says, others by their cause."""
    if isinstance(error, MarkedError):
        return tr_error(error)
    plain = plain_failure(error)
    values = {
        name: tr_domain(value.context, value.text) if isinstance(value, Marked) else str(value)
        for name, value in plain.values.items()
    }
    return tr_domain("failure", plain.template).format(**values)


def logged_failure_text(error: BaseException, what: str) -> str:
    """``failure_text``, with the failure recorded in the log and the log's place said."""
    where = log_failure(error, what)
    text = failure_text(error)
    if where is None:
        return text
    return QCoreApplication.translate("Failures", "{0}\n详细信息已记录在日志：{1}").format(
        text, where
    )


class FailureDialog(QDialog):
    """What failed, that nothing of the action was saved, the log's place, 复制详细信息 / 关闭."""

    def __init__(self, error: BaseException, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("FailureDialog")
        self.setWindowTitle(self.tr("驻场运维台 — 操作失败"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.details = f"{environment_text(datetime.now())}\n\n{failure_details(error)}"
        self.failures = 1
        self.what_label = QLabel(self.tr("操作失败：{0}").format(failure_text(error)), self)
        self.what_label.setObjectName("what_label")
        self.what_label.setWordWrap(True)
        self.what_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.what_label.setStyleSheet("font-weight: bold;")
        self.saved_label = QLabel(
            self.tr(
                "刚才的操作没有完成，其中的修改没有保存；此前已保存的数据不受影响。"
                "可以重试；如果再次出现，请把详细信息交给售后服务部。"
            ),
            self,
        )
        self.saved_label.setWordWrap(True)
        self.log_label = QLabel(self.tr("详细信息已记录在日志：{0}").format(log_path()), self)
        self.log_label.setWordWrap(True)
        self.log_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details_view = QPlainTextEdit(self.details, self)
        self.details_view.setObjectName("details_view")
        self.details_view.setReadOnly(True)
        self.details_view.setMinimumHeight(160)
        self.details_view.hide()
        buttons = QDialogButtonBox(self)
        self.copy_button = QPushButton(self.tr("复制详细信息"), self)
        self.copy_button.setObjectName("copy_button")
        self.show_button = QPushButton(self.tr("显示详细信息"), self)
        self.close_button = buttons.addButton(
            self.tr("关闭"), QDialogButtonBox.ButtonRole.RejectRole
        )
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.show_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button.setDefault(True)
        layout = QVBoxLayout(self)
        for widget in (
            self.what_label,
            self.saved_label,
            self.log_label,
            self.details_view,
            buttons,
        ):
            layout.addWidget(widget)
        self.setMinimumWidth(520)
        buttons.rejected.connect(self.reject)
        self.copy_button.clicked.connect(self.on_copy_button_clicked)
        self.show_button.clicked.connect(self.on_show_button_clicked)

    def add(self, error: BaseException) -> None:
        """Another failure while this one is shown: counted, its details appended."""
        self.failures += 1
        self.details += f"\n\n---\n{failure_details(error)}"
        self.details_view.setPlainText(self.details)
        self.setWindowTitle(self.tr("驻场运维台 — {0} 个操作失败").format(self.failures))

    def on_copy_button_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.details)
        self.copy_button.setText(self.tr("已复制"))

    def on_show_button_clicked(self) -> None:
        self.details_view.setVisible(not self.details_view.isVisible())


class _Relay(QObject):
    """Brings a failure from another thread to the GUI thread."""

    failed = Signal(object)


class ExceptionHook:
    """``sys.excepthook`` (and ``threading.excepthook``) for the GUI: log it, show it, go on."""

    def __init__(self) -> None:
        self.dialog: FailureDialog | None = None
        self._relay = _Relay()
        self._relay.failed.connect(self.on_relay_failed, Qt.ConnectionType.QueuedConnection)
        self._previous: ExceptHook | None = None
        self._previous_thread: Callable[..., object] | None = None

    def install(self) -> None:
        self._previous = sys.excepthook
        self._previous_thread = threading.excepthook
        sys.excepthook = self.on_exception
        threading.excepthook = self.on_thread_exception

    def uninstall(self) -> None:
        if self._previous is not None:
            sys.excepthook = self._previous
            threading.excepthook = self._previous_thread  # type: ignore[assignment]
            self._previous = None

    def on_exception(
        self, kind: type[BaseException], error: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            QApplication.quit()
            return
        try:
            log_failure(error.with_traceback(tb), "GUI")
            app = QApplication.instance()
            if app is not None and QThread.currentThread() is app.thread():
                self.show(error)
            else:
                self._relay.failed.emit(error)
        except Exception:  # the hook must never raise; the original is in the log if possible
            sys.__excepthook__(kind, error, tb)

    def on_thread_exception(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            self.on_exception(args.exc_type, args.exc_value, args.exc_traceback)

    def show(self, error: BaseException) -> None:
        if self.dialog is not None:
            self.dialog.add(error)
            return
        dialog = FailureDialog(error, QApplication.activeWindow())
        dialog.finished.connect(self.on_dialog_finished)
        self.dialog = dialog
        dialog.open()

    def on_relay_failed(self, error: BaseException) -> None:
        self.show(error)

    def on_dialog_finished(self, _result: int) -> None:
        self.dialog = None
