"""Window-modal message boxes that do not block the caller (tests and background results)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from app.gui.files import open_local_file


def show_message(
    parent: QWidget, title: str, text: str, icon: QMessageBox.Icon = QMessageBox.Icon.Information
) -> QMessageBox:
    """Show a message with an OK button; it deletes itself when closed."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.open()
    return box


def show_error(parent: QWidget, title: str, text: str) -> QMessageBox:
    """Show an error message (a warning icon, an OK button)."""
    return show_message(parent, title, text, QMessageBox.Icon.Warning)


class OpenFileBox(QMessageBox):
    """Says a file was saved and offers to open it in the system viewer (打开 / 关闭)."""

    def __init__(self, parent: QWidget, title: str, text: str, path: Path) -> None:
        super().__init__(QMessageBox.Icon.Information, title, text, parent=parent)
        self.path = Path(path)
        self.setObjectName("OpenFileBox")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_button = self.addButton(self.tr("打开"), QMessageBox.ButtonRole.AcceptRole)
        self.addButton(self.tr("关闭"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.open_button)
        self.open_button.clicked.connect(self.on_open_button_clicked)
        self.open()

    def on_open_button_clicked(self) -> None:
        if not open_local_file(self.path):
            show_error(
                self.parentWidget() or self,
                self.tr("无法打开文件"),
                self.tr("无法用系统中的程序打开此文件，请手动打开：\n{0}").format(self.path),
            )
