"""The 帮助 menu: the user manual (F1, opened at the current tab's chapter), the list of keyboard
shortcuts, the Ctrl+K finder and 关于."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMainWindow,
    QMenu,
    QMenuBar,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.domain.i18n import QT_TRANSLATE_NOOP
from app.paths import resources_dir

# The keys that work inside forms and lists, not as menu items: (where, key, what it does).
IN_FORM_KEYS: tuple[tuple[str, str, str], ...] = (
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "对话框"),
        "Ctrl+Enter",
        QT_TRANSLATE_NOOP("ShortcutsDialog", "保存并关闭"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "对话框"),
        "Esc",
        QT_TRANSLATE_NOOP("ShortcutsDialog", "取消（已填写的内容会先询问）"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "工单页"),
        "Esc",
        QT_TRANSLATE_NOOP("ShortcutsDialog", "取消状态栏计数的筛选，显示全部工单"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "时间输入框"),
        "↑ / ↓",
        QT_TRANSLATE_NOOP("ShortcutsDialog", "调整光标所在的年、月、日、时或分"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "巡检记录"),
        "Enter",
        QT_TRANSLATE_NOOP("ShortcutsDialog", "测量值后到下一行的测量值"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "巡检记录"),
        "P / 1、F / 2、N / 3",
        QT_TRANSLATE_NOOP("ShortcutsDialog", "结论框：合格、不合格、不适用"),
    ),
)


def manual_html() -> str:
    """The user manual in the UI's language, as shipped in resources/help: the translation names
    its file (``manual_en.html`` in English)."""
    name = QCoreApplication.translate("ManualDialog", "manual_zh_CN.html")
    path = resources_dir() / "help" / name
    if not path.is_file():
        path = resources_dir() / "help" / "manual_zh_CN.html"
    return path.read_text(encoding="utf-8")


class ManualDialog(QDialog):
    """The user manual, searchable with the browser's own keys; not modal."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ManualDialog")
        self.setWindowTitle(self.tr("驻场运维台 用户手册"))
        self.resize(860, 680)
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("manual_browser")
        self.browser.setOpenExternalLinks(False)  # air-gapped: links stay inside the manual
        self.browser.setHtml(manual_html())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        buttons.rejected.connect(self.reject)

    def show_topic(self, topic: str) -> None:
        """Scroll to the chapter named ``topic`` (an anchor of the manual)."""
        self.browser.scrollToAnchor(topic)


def menu_shortcuts(bar: QMenuBar) -> list[tuple[str, str, str]]:
    """Every menu item with a shortcut: (menu, key, item), in menu order."""
    found: list[tuple[str, str, str]] = []

    def walk(menu: QMenu, path: str) -> None:
        for action in menu.actions():
            sub = action.menu()
            if isinstance(sub, QMenu):
                walk(sub, f"{path} → {_plain(action.text())}")
            elif not action.shortcut().isEmpty() and action.isVisible():
                key = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
                found.append((path, key, _plain(action.text())))

    for action in bar.actions():
        menu = action.menu()
        if isinstance(menu, QMenu) and action.isVisible():
            walk(menu, _plain(action.text()))
    return found


def _plain(text: str) -> str:
    """A menu text without its mnemonic (``文件(&F)`` → ``文件``)."""
    for mnemonic in ("(&", "（&"):
        if mnemonic in text:
            text = text[: text.index(mnemonic)]
    return text.replace("&", "").rstrip("…").strip()


class ShortcutsDialog(QDialog):
    """Every keyboard shortcut: the menus' (read from them) and the keys inside forms."""

    def __init__(self, bar: QMenuBar, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ShortcutsDialog")
        self.setWindowTitle(self.tr("快捷键"))
        self.resize(640, 560)
        rows = menu_shortcuts(bar) + [
            (self.tr(where), key, self.tr(what)) for where, key, what in IN_FORM_KEYS
        ]
        self.table = QTableWidget(len(rows), 3, self)
        self.table.setObjectName("shortcuts_table")
        self.table.setHorizontalHeaderLabels([self.tr("位置"), self.tr("按键"), self.tr("作用")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        for row, texts in enumerate(rows):
            for column, text in enumerate(texts):
                self.table.setItem(row, column, QTableWidgetItem(text))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        buttons.rejected.connect(self.reject)

    def rows(self) -> Iterable[tuple[str, str, str]]:
        for row in range(self.table.rowCount()):
            cells = [self.table.item(row, column) for column in range(3)]
            yield tuple(cell.text() if cell else "" for cell in cells)  # type: ignore[misc]


class HelpMenu(QObject):
    """The 帮助 menu: the manual (F1, at ``topic()``'s chapter), the shortcuts, the finder, 关于."""

    def __init__(
        self, window: QMainWindow, topic: Callable[[], str], quick_find: QAction, about: QAction
    ) -> None:
        super().__init__(window)
        self._window = window
        self._topic = topic
        self.manual_dialog: ManualDialog | None = None
        self.shortcuts_dialog: ShortcutsDialog | None = None
        self.menu = window.menuBar().addMenu(self.tr("帮助(&H)"))
        self.menu.setObjectName("help_menu")
        self.manual_action = QAction(self.tr("用户手册"), window)
        self.manual_action.setObjectName("manual_action")
        self.manual_action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        self.manual_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.shortcuts_action = QAction(self.tr("快捷键…"), window)
        self.shortcuts_action.setObjectName("shortcuts_action")
        for action in (self.manual_action, self.shortcuts_action, None, quick_find, None, about):
            self.menu.addSeparator() if action is None else self.menu.addAction(action)
        self.manual_action.triggered.connect(self.on_manual_action_triggered)
        self.shortcuts_action.triggered.connect(self.on_shortcuts_action_triggered)

    def show_manual(self, topic: str) -> ManualDialog:
        """The manual, opened (or raised) at ``topic``'s chapter."""
        if self.manual_dialog is None:
            self.manual_dialog = ManualDialog(self._window)
        self.manual_dialog.show()
        self.manual_dialog.raise_()
        self.manual_dialog.show_topic(topic)
        return self.manual_dialog

    def on_manual_action_triggered(self) -> None:
        self.show_manual(self._topic())

    def on_shortcuts_action_triggered(self) -> None:
        if self.shortcuts_dialog is None:
            self.shortcuts_dialog = ShortcutsDialog(self._window.menuBar(), self._window)
        self.shortcuts_dialog.show()
        self.shortcuts_dialog.raise_()
