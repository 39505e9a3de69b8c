"""Choosing where to save (in the folder used last time) and opening a saved file locally."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QWidget

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
    """Ask where to save; remember the chosen folder in ``setting``. None if cancelled."""
    chosen, _filter = QFileDialog.getSaveFileName(
        parent, title, str(start_folder(setting) / default_name), name_filter
    )
    if not chosen:
        return None
    path = Path(chosen)
    suffix = Path(default_name).suffix
    if suffix and path.suffix.lower() != suffix.lower():
        path = path.with_name(path.name + suffix)
    settings = UiSettings()
    settings.set(setting, str(path.parent))
    settings.sync()
    return path


def open_local_file(path: Path) -> bool:
    """Open a local file in the system's viewer (never a network address); False if it failed."""
    path = Path(path)
    if not path.is_file():
        return False
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.resolve())))
