"""The idle lock: after the set minutes without a key or a click, every window of the program is
hidden (open dialogs keep what was typed, but nothing shows) until the person at the desk types
their password again, or logs out."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.gui.i18n import tr_error
from app.gui.tasks import TaskRunner
from app.gui.widgets import ERROR_STYLE
from app.services import login
from app.services.context import Desk, StorageError

INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)


class LockDialog(QDialog):
    """锁定: the logged-in person's password unlocks; 注销 ends the session instead."""

    unlocked = Signal()
    logoutRequested = Signal()

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self.setObjectName("LockDialog")
        self.setWindowTitle(self.tr("驻场运维台 — 已锁定"))
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setMinimumWidth(400)
        label = QLabel(
            self.tr("长时间无操作，程序已锁定。{0}（{1}）请输入密码解锁。").format(
                desk.user.display_name, desk.user.username
            ),
            self,
        )
        label.setWordWrap(True)
        self.password_edit = QLineEdit(self)
        self.password_edit.setObjectName("password_edit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("密码"), self.password_edit)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("error_label")
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        buttons = QDialogButtonBox(self)
        self.unlock_button = buttons.addButton(
            self.tr("解锁"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.logout_button = QPushButton(self.tr("注销"), self)
        self.logout_button.setObjectName("logout_button")
        self.logout_button.setAutoDefault(False)
        buttons.addButton(self.logout_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.accepted.connect(self.on_buttons_accepted)
        self._buttons = buttons
        self.runner = TaskRunner(desk, self)
        self.logout_button.clicked.connect(self.on_logout_button_clicked)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.password_edit.setFocus()

    def reject(self) -> None:
        """Escape does not unlock."""

    def on_buttons_accepted(self) -> None:
        """The password is checked on a worker thread (hashing takes a noticeable moment)."""
        if self.runner.busy:
            return
        password = self.password_edit.text()
        self._buttons.setEnabled(False)
        self.runner.run(
            lambda desk: login.unlock_screen(desk, password),
            self._after_unlock,
            self._after_refused,
            key="unlock",
        )

    def _after_unlock(self, _result: object) -> None:
        self._buttons.setEnabled(True)
        self.unlocked.emit()
        self.done(QDialog.DialogCode.Accepted)

    def _after_refused(self, error: Exception) -> None:
        self._buttons.setEnabled(True)
        if not isinstance(error, login.LoginError | StorageError):
            raise error  # the program's failure dialog and log, like any slot's
        self.error_label.setText(tr_error(error))
        self.error_label.show()
        self.password_edit.clear()
        self.password_edit.setFocus()

    def on_logout_button_clicked(self) -> None:
        self.logoutRequested.emit()
        self.done(QDialog.DialogCode.Rejected)


class IdleLock(QObject):
    """Watches the application's input; locks after ``minutes`` without any."""

    locked = Signal()
    unlocked = Signal()
    logoutRequested = Signal()

    def __init__(self, desk: Desk, minutes: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(minutes * 60_000)
        self.timer.timeout.connect(self.on_timer_timeout)
        self.dialog: LockDialog | None = None
        self._hidden: list[QWidget] = []
        self._quit_on_close = True
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)
        self.timer.start()

    @property
    def is_locked(self) -> bool:
        return self.dialog is not None

    def stop(self) -> None:
        self.timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() in INPUT_EVENTS and self.dialog is None:
            self.timer.start()
        return False

    def lock(self) -> None:
        """Hide every window (dialogs keep their state) and ask for the password."""
        if self.dialog is not None:
            return
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        self._quit_on_close = app.quitOnLastWindowClosed()
        app.setQuitOnLastWindowClosed(False)  # hidden is not closed: the program goes on
        self._hidden = [w for w in app.topLevelWidgets() if w.isVisible()]
        for widget in self._hidden:
            widget.hide()
        with contextlib.suppress(StorageError):  # a full disk must not keep the screen open
            login.record_screen_lock(self._desk)
        dialog = LockDialog(self._desk)
        dialog.unlocked.connect(self.on_dialog_unlocked)
        dialog.logoutRequested.connect(self.on_dialog_logoutRequested)
        self.dialog = dialog
        dialog.show()
        self.locked.emit()

    def _finish(self, show_again: bool) -> None:
        if show_again:
            for widget in self._hidden:
                widget.show()
        self._hidden = []
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = None
        app.setQuitOnLastWindowClosed(self._quit_on_close)

    def on_timer_timeout(self) -> None:
        self.lock()

    def on_dialog_unlocked(self) -> None:
        self._finish(show_again=True)
        self.timer.start()
        self.unlocked.emit()

    def on_dialog_logoutRequested(self) -> None:
        self._finish(show_again=False)
        self.logoutRequested.emit()
