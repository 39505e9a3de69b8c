"""连接数据库: the local database file, or a PostgreSQL server shared by several workstations.

The server's address, database, user and TLS mode are remembered (ui_settings); the password is
never written anywhere: it is typed at each start (or taken by libpq from ~/.pgpass).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.gui.i18n import tr_domain, tr_error
from app.gui.tasks import task_pool
from app.gui.ui_settings import (
    SERVER_DATABASE,
    SERVER_HOST,
    SERVER_PORT,
    SERVER_TLS,
    SERVER_USER,
    USE_SERVER,
    UiSettings,
)
from app.services.server_connection import DEFAULT_PORT, TLS_MODES, ServerSettings, probe


def remembered_server() -> ServerSettings | None:
    """The server chosen last time, if the workstation works on one."""
    settings = UiSettings()
    if not settings.get(USE_SERVER):
        return None
    return ServerSettings(
        settings.get(SERVER_HOST),
        settings.get(SERVER_PORT) or DEFAULT_PORT,
        settings.get(SERVER_DATABASE),
        settings.get(SERVER_USER),
        settings.get(SERVER_TLS) or "prefer",
    )


def remember(server: ServerSettings | None) -> None:
    """Keep the choice for the next start (never the password)."""
    settings = UiSettings()
    settings.set(USE_SERVER, server is not None)
    if server is not None:
        settings.set(SERVER_HOST, server.host.strip())
        settings.set(SERVER_PORT, server.port)
        settings.set(SERVER_DATABASE, server.database.strip())
        settings.set(SERVER_USER, server.username.strip())
        settings.set(SERVER_TLS, server.tls_mode)
    settings.sync()


class _ProbeRelay(QObject):
    finished = Signal(object, object)


class _Probe(QRunnable):
    """One connection attempt on the worker pool (up to the connect timeout)."""

    def __init__(self, url: str, relay: _ProbeRelay) -> None:
        super().__init__()
        self._url = url
        self._relay = relay

    def run(self) -> None:
        try:
            result: object = probe(self._url)
            error: object = None
        except Exception as exc:  # shown in the dialog, never lost on the worker
            result, error = None, exc
        with contextlib.suppress(RuntimeError):  # the dialog is gone
            self._relay.finished.emit(result, error)


class ConnectDialog(QDialog):
    """Choose 本机数据库文件 or 数据库服务器; 测试连接 tries the server off the GUI thread.

    After 确定, ``url`` is the server's URL with the typed password (in memory only), or None
    for the local file.
    """

    def __init__(
        self,
        server: ServerSettings | None = None,
        file_label: str = "",
        message: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("连接数据库"))
        self.url: str | None = None
        self.server: ServerSettings | None = None
        self._relay = _ProbeRelay(self)
        self._relay.finished.connect(self.on_relay_finished, Qt.ConnectionType.QueuedConnection)
        self._after_probe: Callable[[], None] | None = None
        layout = QVBoxLayout(self)
        self.file_choice = QRadioButton(self.tr("本机数据库文件"))
        self.file_choice.setObjectName("file_choice")
        self.server_choice = QRadioButton(self.tr("数据库服务器（多台工作站共用）"))
        self.server_choice.setObjectName("server_choice")
        layout.addWidget(self.file_choice)
        if file_label:
            path = QLabel(file_label)
            path.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            path.setContentsMargins(24, 0, 0, 0)
            layout.addWidget(path)
        layout.addWidget(self.server_choice)
        self.server_box = QGroupBox()
        form = QFormLayout(self.server_box)
        self.host_edit = QLineEdit(objectName="host_edit")
        self.port_spin = QSpinBox(objectName="port_spin")
        self.port_spin.setRange(1, 65535)
        self.port_spin.setValue(DEFAULT_PORT)
        self.database_edit = QLineEdit(objectName="database_edit")
        self.user_edit = QLineEdit(objectName="user_edit")
        self.password_edit = QLineEdit(objectName="password_edit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(self.tr("不保存；每次启动时输入"))
        self.tls_combo = QComboBox(objectName="tls_combo")
        for mode, label in TLS_MODES:
            self.tls_combo.addItem(tr_domain("server", label), mode)
        form.addRow(self.tr("服务器地址"), self.host_edit)
        form.addRow(self.tr("端口"), self.port_spin)
        form.addRow(self.tr("数据库名"), self.database_edit)
        form.addRow(self.tr("用户名"), self.user_edit)
        form.addRow(self.tr("密码"), self.password_edit)
        form.addRow(self.tr("加密连接（TLS）"), self.tls_combo)
        layout.addWidget(self.server_box)
        self.status_label = QLabel(objectName="status_label")
        self.status_label.setWordWrap(True)
        layout.addWidget(self.status_label)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("连接"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.test_button = QPushButton(self.tr("测试连接"), objectName="test_button")
        self.test_button.setAutoDefault(False)
        buttons.addButton(self.test_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout.addWidget(buttons)
        self.test_button.clicked.connect(self.on_test_button_clicked)
        self.server_choice.toggled.connect(self.on_server_choice_toggled)
        if server is not None:
            self._fill(server)
            self.server_choice.setChecked(True)
            self.password_edit.setFocus()
        else:
            self.file_choice.setChecked(True)
        self.on_server_choice_toggled(self.server_choice.isChecked())
        self._say(message, error=bool(message))  # why it opened: the server could not be used
        self.resize(460, self.sizeHint().height())

    def _fill(self, server: ServerSettings) -> None:
        self.host_edit.setText(server.host)
        self.port_spin.setValue(server.port)
        self.database_edit.setText(server.database)
        self.user_edit.setText(server.username)
        index = self.tls_combo.findData(server.tls_mode)
        self.tls_combo.setCurrentIndex(max(index, 0))

    def entered(self) -> ServerSettings:
        return ServerSettings(
            self.host_edit.text(),
            self.port_spin.value(),
            self.database_edit.text(),
            self.user_edit.text(),
            str(self.tls_combo.currentData()),
        )

    def _checked(self) -> ServerSettings | None:
        """The fields, or None after saying which required one is empty."""
        server = self.entered()
        missing = server.missing()
        if missing:
            labels = {
                "host": self.tr("服务器地址"),
                "database": self.tr("数据库名"),
                "username": self.tr("用户名"),
            }
            self._say(self.tr("请填写“{0}”").format(labels[missing]), error=True)
            {"host": self.host_edit, "database": self.database_edit}.get(
                missing, self.user_edit
            ).setFocus()
            return None
        return server

    def _say(self, text: str, error: bool = False) -> None:
        self.status_label.setText(text)
        self.status_label.setStyleSheet("color: #b00020;" if error else "")

    def _start_probe(self, then: Callable[[], None] | None) -> None:
        server = self._checked()
        if server is None:
            return
        self._after_probe = then
        self._set_busy(True)
        self._say(self.tr("正在连接 {0} ……").format(server.display()))
        task_pool().start(_Probe(server.url(self.password_edit.text()), self._relay))

    def _set_busy(self, busy: bool) -> None:
        self.test_button.setEnabled(not busy)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not busy)

    def on_test_button_clicked(self) -> None:
        self._start_probe(None)

    def on_server_choice_toggled(self, checked: bool) -> None:
        self.server_box.setEnabled(checked)
        self.test_button.setEnabled(checked)

    def on_relay_finished(self, result: object, error: object) -> None:
        self._set_busy(False)
        then, self._after_probe = self._after_probe, None
        if isinstance(error, Exception):
            self._say(tr_error(error), error=True)
            return
        self._say(tr_domain("server", str(result)))
        if then is not None:
            then()

    def accept(self) -> None:
        if self.file_choice.isChecked():
            self.url, self.server = None, None
            remember(None)
            super().accept()
            return
        self._start_probe(self._connected)

    def _connected(self) -> None:
        server = self.entered()
        self.server = server
        self.url = server.url(self.password_edit.text())
        remember(server)
        super().accept()
