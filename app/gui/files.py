"""Choosing where to save (in the folder used last time, asking before replacing a file) and
opening a saved file locally."""

from __future__ import annotations

import stat
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from app.gui.ui_settings import Setting, UiSettings


def start_folder(setting: Setting[str]) -> Path:
    """The folder remembered in ``setting`` if it still exists, else the user's Documents."""
    remembered = UiSettings().get(setting)
    if remembered and Path(remembered).is_dir():
        return Path(remembered)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()


def ask_save_path(
    parent: QWidget, title: str, default_name: str, name_filter: str, setting: Setting[str]
) -> Path | None:
    """Ask where to save; remember the chosen folder in ``setting``. None if cancelled.

    An existing file is replaced only when the user says so here; a read-only one never is.
    """
    chosen, _filter = QFileDialog.getSaveFileName(
        parent,
        title,
        str(start_folder(setting) / default_name),
        name_filter,
        "",
        QFileDialog.Option.DontConfirmOverwrite,  # asked below, after the suffix is added
    )
    if not chosen:
        return None
    path = Path(chosen)
    suffix = Path(default_name).suffix
    if suffix and path.suffix.lower() != suffix.lower():
        path = path.with_name(path.name + suffix)
    if path.exists() and not confirm_replace(parent, path):
        return None
    settings = UiSettings()
    settings.set(setting, str(path.parent))
    settings.sync()
    return path


def confirm_replace(parent: QWidget, path: Path) -> bool:
    """Ask before replacing an existing file; say no for a read-only one (never replaced)."""
    title = QCoreApplication.translate("SaveFile", "文件已存在")
    if path.is_dir() or not path.stat().st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH):
        QMessageBox.warning(
            parent,
            title,
            QCoreApplication.translate(
                "SaveFile", "“{0}”是只读的，不能覆盖，请另选文件名。"
            ).format(path),
        )
        return False
    answer = QMessageBox.question(
        parent,
        title,
        QCoreApplication.translate("SaveFile", "“{0}”已存在。要替换它吗？").format(path),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def open_local_file(path: Path) -> bool:
    """Open a local file in the system's viewer (never a network address); False if it failed."""
    path = Path(path)
    if not path.is_file():
        return False
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.resolve())))
