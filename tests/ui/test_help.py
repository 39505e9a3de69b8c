"""帮助: the user manual at the current tab's chapter (F1), the shortcuts list, the Ctrl+K finder
in the menu, and Qt's own Chinese on the standard dialogs."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel

from app.gui.app import ui_language
from app.gui.help_dialogs import ManualDialog
from app.gui.main_window import MainWindow
from app.paths import resources_dir
from app.services.context import Desk


@pytest.fixture
def window(qtbot, desk: Desk) -> MainWindow:
    window = MainWindow(desk, remember_geometry=False)
    qtbot.addWidget(window)
    window.show()
    return window


def help_items(window: MainWindow) -> list[str]:
    return [a.text() for a in window.help_menu.actions() if not a.isSeparator()]


def test_the_help_menu_has_the_manual_the_shortcuts_and_the_finder(window: MainWindow) -> None:
    assert help_items(window) == ["用户手册", "快捷键…", "快速查找预案和知识库…", "关于"]
    assert window.help.manual_action.shortcut().toString() == "F1"
    assert window.quick_find_action.shortcut().toString() == "Ctrl+K"


def test_f1_opens_the_manual_at_the_tab_in_front(qtbot, window: MainWindow) -> None:
    window.tabs.setCurrentWidget(window.store_tab)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    qtbot.keyClick(window.tabs, Qt.Key.Key_F1)
    dialog = window.help.manual_dialog
    assert isinstance(dialog, ManualDialog) and dialog.isVisible()
    text = dialog.browser.toPlainText()
    assert "驻场运维台 用户手册" in text and "只看低库存" in text
    # Scrolled to the chapter: 备品备件's heading is at the top of the view.
    top = dialog.browser.cursorForPosition(dialog.browser.viewport().rect().topLeft())
    assert "备品备件" in top.block().text() or dialog.browser.verticalScrollBar().value() > 0


def test_every_chapter_the_window_names_is_in_both_manuals(window: MainWindow) -> None:
    for tab in range(window.tabs.count()):
        window.tabs.setCurrentIndex(tab)
        topic = window.help_topic()
        for language in ("zh_CN", "en"):
            html = (resources_dir() / "help" / f"manual_{language}.html").read_text("utf-8")
            assert f'<a name="{topic}">' in html, (language, topic)


def test_the_shortcuts_list_reads_the_menus(qtbot, window: MainWindow) -> None:
    window.help.shortcuts_action.trigger()
    dialog = window.help.shortcuts_dialog
    assert dialog is not None and dialog.isVisible()
    rows = list(dialog.rows())
    assert ("工单", "Ctrl+N", "新建工单") in rows
    assert ("帮助", "Ctrl+K", "快速查找预案和知识库") in rows
    assert ("帮助", "F1", "用户手册") in rows
    assert any(key == "Esc" and "状态栏计数" in what for _where, key, what in rows)


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[None]:
    with ui_language(qapp, "zh_CN") as translators:
        loaded = [Path(t.filePath()).name for t in translators]
        assert "qtbase_zh_CN.qm" in loaded, loaded
        yield


def test_the_supplement_leaves_every_other_text_alone(chinese: None) -> None:
    assert QCoreApplication.translate("MainWindow", "工单") == "工单"  # ours: the source
    assert QCoreApplication.translate("QFileDialog", "Back") == "后退"  # Qt's catalogue


def test_qt_own_dialogs_speak_chinese(qtbot, chinese: None) -> None:
    dialog = QFileDialog(None, "导出")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    dialog.show()
    labels = {label.text() for label in dialog.findChildren(QLabel)}
    assert "查找范围(&L)：" in labels and "文件类型(&T)：" in labels
    assert not any("Look in" in text or "type:" in text for text in labels)
