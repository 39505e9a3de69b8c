"""The program's own backups in the main window: 备份到…, 备份设置…, and the daily automatic copy.

The copies run off the GUI thread (a large database takes seconds to copy and verify); the status
bar says the age of the last good backup and any automatic backup that failed.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.domain.i18n import MarkedError
from app.domain.validation import ValidationError
from app.gui.documents_runner import FileRunner
from app.gui.failures import logged_failure_text
from app.gui.files import ask_save_path
from app.gui.i18n import tr_domain, tr_error
from app.gui.messages import show_message
from app.gui.tasks import TaskRunner
from app.gui.ui_settings import BACKUP_FOLDER
from app.gui.widgets import ErrorLine, dialog_buttons
from app.services import database_backups, settings
from app.services.context import Desk
from app.services.database_backups import BackupInfo, backup_folder, file_size_text

AUTO_CHECK_MS = 60 * 60 * 1000  # once an hour: a day's first check after midnight makes the copy
FIRST_CHECK_MS = 5_000  # after the start has settled


class BackupRunner(FileRunner):
    """备份到…: ask where (a USB stick), copy and verify in the background, say how it went."""

    backedUp = Signal(object)  # BackupInfo

    def __init__(self, desk: Desk, parent: QWidget) -> None:
        super().__init__(desk, parent, key="backup")

    def start(self) -> None:
        if self.busy:
            return
        name_filter = (
            self.tr("服务器数据库备份 (*.dump)")
            if self._desk.db.is_server
            else self.tr("数据库备份 (*.sqlite3)")
        )
        path = ask_save_path(
            self._parent,
            self.tr("备份数据库到…"),
            database_backups.proposed_name(self._desk),
            name_filter,
            BACKUP_FOLDER,
        )
        if path is None:
            return
        # The save dialog has asked before replacing a file.
        self.run(
            lambda desk: database_backups.back_up_to(desk, path, overwrite=True),
            self.on_runner_result,
        )

    def error_title(self) -> str:
        return self.tr("备份失败")

    def on_runner_result(self, info: BackupInfo) -> None:
        self.backedUp.emit(info)
        self.message_box = show_message(
            self._parent,
            self.tr("备份完成"),
            self.tr("数据库已备份并校验通过：\n{0}\n（{1}）\n\n请把备份介质妥善保管。").format(
                info.path, file_size_text(info.size_bytes)
            ),
        )


class AutoBackup(QObject):
    """The daily automatic copy: checked at start and then every hour, in the background."""

    finished = Signal(object)  # BackupInfo, or None when none was due
    failed = Signal(str)  # what went wrong, in the UI's language

    def __init__(self, desk: Desk, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = TaskRunner(desk, self)
        self.timer = QTimer(self)
        self.timer.setInterval(AUTO_CHECK_MS)
        self.timer.timeout.connect(self.on_timer_timeout)

    def start(self, first_in_ms: int = FIRST_CHECK_MS) -> None:
        QTimer.singleShot(first_in_ms, self.check)
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        self.runner.cancel()

    def check(self) -> None:
        if not self.runner.busy:
            self.runner.run(
                database_backups.auto_backup_if_due,
                self.on_runner_result,
                self.on_runner_error,
                key="auto",
            )

    def on_timer_timeout(self) -> None:
        self.check()

    def on_runner_result(self, info: BackupInfo | None) -> None:
        self.finished.emit(info)

    def on_runner_error(self, error: Exception) -> None:
        text = (
            tr_error(error)
            if isinstance(error, MarkedError)
            else logged_failure_text(error, "automatic backup")
        )
        self.failed.emit(text)


class BackupSettingsDialog(QDialog):
    """备份设置: the daily automatic copy on or off, and how many copies each stage keeps."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("BackupSettingsDialog")
        self.setWindowTitle(self.tr("备份设置"))
        self._desk = desk
        self.auto_check = QCheckBox(self.tr("每天自动备份一次（数据有变化时）"), self)
        self.auto_check.setObjectName("auto_check")
        self.auto_check.setChecked(bool(settings.read_int(desk, settings.BACKUP_AUTO)))
        self.spins: dict[settings.IntSetting, QSpinBox] = {}
        form = QFormLayout()
        form.addRow(self.auto_check)
        for setting in (
            settings.BACKUP_KEEP_DAILY,
            settings.BACKUP_KEEP_WEEKLY,
            settings.BACKUP_KEEP_MONTHLY,
        ):
            spin = QSpinBox(self)
            spin.setObjectName(setting.key.replace(".", "_"))
            spin.setRange(setting.minimum, setting.maximum)
            spin.setValue(settings.read_int(desk, setting))
            self.spins[setting] = spin
            form.addRow(tr_domain("field", setting.label), spin)
        folder = backup_folder(desk.db.path) if desk.db.path else Path()
        where = QLabel(self.tr("自动备份保存在：{0}").format(folder), self)
        where.setWordWrap(True)
        self.error_label = ErrorLine(self)
        buttons = dialog_buttons(self, self.tr("保存"), self.tr("取消"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(where)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def accept(self) -> None:
        values = {setting: spin.value() for setting, spin in self.spins.items()}
        values[settings.BACKUP_AUTO] = int(self.auto_check.isChecked())
        try:
            settings.write_ints(self._desk, values)
        except ValidationError as error:
            self.error_label.show_validation(error)
            return
        except MarkedError as error:  # e.g. the database failed: nothing saved
            self.error_label.show_text(tr_error(error))
            return
        super().accept()


def backup_age_text(info: BackupInfo | None, now_days: int) -> str:
    """``数据备份 今天`` / ``数据备份 3 天前`` / ``数据未备份`` (``now_days``: days since the backup)."""
    if info is None:
        return QCoreApplication.translate("BackupStatus", "数据未备份")
    if now_days <= 0:
        return QCoreApplication.translate("BackupStatus", "数据备份 今天")
    if now_days == 1:
        return QCoreApplication.translate("BackupStatus", "数据备份 昨天")
    return QCoreApplication.translate("BackupStatus", "数据备份 {0} 天前").format(now_days)
