"""Restoring a backup from the GUI (before login), and what the start offers for a refused file.

The program's lock on the database is held or free, never another program's: restoring while
the main window is open is not offered (the engineer logs out first, as with the command line).
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from app.domain.i18n import MarkedError
from app.gui.failures import logged_failure_text
from app.gui.i18n import tr_error
from app.services.database_backups import backup_folder, restore_backup
from app.services.setup import DatabaseRefusedError


class StartChoice(Enum):
    RESTORE = "restore"
    NEW = "new"
    QUIT = "quit"
    CONNECT = "connect"  # 连接数据库…: choose the file or a server, then open again


class RefusedDatabaseBox(QMessageBox):
    """Why the database cannot be opened, and the ways on: restore a backup, a new one, quit."""

    def __init__(self, error: DatabaseRefusedError, parent: QWidget | None = None) -> None:
        super().__init__(
            QMessageBox.Icon.Critical,
            QCoreApplication.translate("RestoreFlow", "驻场运维台"),
            tr_error(error),
            parent=parent,
        )
        self.setObjectName("RefusedDatabaseBox")
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.restore_button = self.addButton(
            QCoreApplication.translate("RestoreFlow", "从备份恢复…"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        self.new_button = None
        if error.replaceable:
            self.new_button = self.addButton(
                QCoreApplication.translate("RestoreFlow", "在此新建数据库（原文件改名保留）"),
                QMessageBox.ButtonRole.DestructiveRole,
            )
        self.quit_button = self.addButton(
            QCoreApplication.translate("RestoreFlow", "退出"), QMessageBox.ButtonRole.RejectRole
        )
        self.setDefaultButton(self.restore_button)
        self.setEscapeButton(self.quit_button)

    def choice(self) -> StartChoice:
        clicked = self.clickedButton()
        if clicked is self.restore_button:
            return StartChoice.RESTORE
        if self.new_button is not None and clicked is self.new_button:
            return StartChoice.NEW
        return StartChoice.QUIT


def choose_backup(parent: QWidget | None, database: Path) -> Path | None:
    """Ask for the backup file, starting in the database's ``backups/`` folder."""
    folder = backup_folder(database)
    chosen, _filter = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("RestoreFlow", "选择要恢复的备份文件"),
        str(folder if folder.is_dir() else database.parent),
        QCoreApplication.translate("RestoreFlow", "数据库备份 (*.sqlite3 *.bak);;所有文件 (*)"),
    )
    return Path(chosen) if chosen else None


def restore_interactively(parent: QWidget | None, database: Path, lock_held: bool) -> bool:
    """Choose a backup, confirm, restore it (keeping the current file); True once restored."""
    source = choose_backup(parent, database)
    if source is None:
        return False
    confirm = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("RestoreFlow", "从备份恢复"),
        QCoreApplication.translate(
            "RestoreFlow",
            "用备份\n{0}\n替换当前数据库\n{1}？\n\n当前数据库不会删除：它会保留在 backups "
            "文件夹中（pre-restore），需要时可以再恢复回来。",
        ).format(source, database),
        parent=parent,
    )
    confirm.setObjectName("RestoreConfirmBox")
    yes = confirm.addButton(
        QCoreApplication.translate("RestoreFlow", "恢复"), QMessageBox.ButtonRole.AcceptRole
    )
    confirm.addButton(
        QCoreApplication.translate("RestoreFlow", "取消"), QMessageBox.ButtonRole.RejectRole
    )
    confirm.exec()
    if confirm.clickedButton() is not yes:
        return False
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # verifying takes seconds
    try:
        result = restore_backup(source, database, lock_held=lock_held)
    except MarkedError as error:
        QGuiApplication.restoreOverrideCursor()
        QMessageBox.warning(
            parent, QCoreApplication.translate("RestoreFlow", "无法恢复"), tr_error(error)
        )
        return False
    except Exception as error:  # a disk error: said and logged, the current file is unchanged
        QGuiApplication.restoreOverrideCursor()
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("RestoreFlow", "无法恢复"),
            logged_failure_text(error, "restore"),
        )
        return False
    QGuiApplication.restoreOverrideCursor()
    kept = (
        QCoreApplication.translate("RestoreFlow", "原数据库已保留为：\n{0}").format(result.kept)
        if result.kept
        else QCoreApplication.translate("RestoreFlow", "（原来没有数据库文件）")
    )
    if not result.recorded:  # the restore stands; the missing record is said, not hidden
        kept += "\n\n" + QCoreApplication.translate(
            "RestoreFlow", "注意：恢复记录未能写入审计记录，详见日志。"
        )
    QMessageBox.information(
        parent,
        QCoreApplication.translate("RestoreFlow", "恢复完成"),
        QCoreApplication.translate("RestoreFlow", "已从备份恢复：\n{0}\n\n{1}").format(
            source, kept
        ),
    )
    return True
