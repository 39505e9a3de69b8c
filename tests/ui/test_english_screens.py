"""Every screen of a demo database in English: each tab with its detail panes, every dialog its
buttons and the menus open. Walking the widget tree, no Chinese is left but user data.

User data is told apart by where it comes from: a Chinese word on screen passes when the demo
database holds it (a record's text), never because of the widget it sits in.
"""

from __future__ import annotations

import os
import re
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTabBar,
    QTextEdit,
    QToolButton,
    QWidget,
)

from app.demo.builder import build_demo
from app.gui.app import ui_language
from app.gui.main_window import MainWindow
from app.gui.ui_settings import use_settings_file
from app.services.setup import OpenedDesk, open_desk
from tests.conftest import as_demo_engineer

IDEOGRAPHS = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\U00020000-\U0002ffff]+")
CJK_PUNCTUATION = re.compile(r"[\u3000-\u303f\uff01-\uff5e]")
TAGS = re.compile(r"<[^>]+>")
# Columns whose Chinese is the program's own wording kept as evidence (shown from their code).
PROGRAM_WORDING = {("ticket_event", "summary"), ("change_event", "summary")}
NOT_SHOWN_AS_DATA = ("audit_", "alembic_version", "number_sequence")
# Menu actions that end the session or leave the window (tried elsewhere).
LEAVING = re.compile(r"^(E&xit|Exit|Quit|Log out|Switch user|Lock|Switch database|Open database)")
SHOTS = os.environ.get("RESIDENT_DESK_SHOTS")


@dataclass
class Demo:
    opened: OpenedDesk
    db: Path
    user_words: frozenset[str]


def user_words(db: Path) -> frozenset[str]:
    """Every run of Chinese characters the database's records hold."""
    words: set[str] = set()
    with sqlite3.connect(db) as con:
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        for table in tables:
            if table.startswith(NOT_SHOWN_AS_DATA) or table.startswith("sqlite_"):
                continue
            for column in con.execute(f"PRAGMA table_info({table})"):  # noqa: S608
                name, kind = column[1], (column[2] or "").upper()
                if (table, name) in PROGRAM_WORDING or not ("CHAR" in kind or "TEXT" in kind):
                    continue
                query = f'SELECT DISTINCT "{name}" FROM "{table}"'  # noqa: S608
                for (value,) in con.execute(query):
                    if isinstance(value, str):
                        words.update(IDEOGRAPHS.findall(value))
    return frozenset(words)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Demo]:
    db = tmp_path_factory.mktemp("english") / "demo.sqlite3"
    build_demo(db, months=1, seed=5)
    opened = open_desk(db)
    as_demo_engineer(opened.desk)
    yield Demo(opened, db, user_words(db))
    opened.close()


@pytest.fixture
def window(qtbot, qapp: QApplication, demo: Demo, tmp_path: Path, monkeypatch) -> MainWindow:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: ("", ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: "")
    no = QMessageBox.StandardButton.No
    for name in ("question", "warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, name, lambda *a, **k: no)
    use_settings_file(tmp_path / "ui.ini")
    with ui_language(qapp, "en"):
        window = MainWindow(demo.opened.desk, remember_geometry=False)
        qtbot.addWidget(window)
        window.resize(1440, 900)
        window.show()
        yield window
        window.close()
    use_settings_file(None)


# --- what a widget tree says ------------------------------------------------------------------


def _model_texts(model: QAbstractItemModel | None, rows: int = 15) -> list[str]:
    if model is None:
        return []
    texts = []
    horizontal = Qt.Orientation.Horizontal
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(QModelIndex())
    for column in range(columns):
        for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            texts.append(model.headerData(column, horizontal, role))
    for row in range(min(model.rowCount(QModelIndex()), rows)):
        for column in range(columns):
            index = model.index(row, column)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                texts.append(index.data(role))
    return [t for t in texts if isinstance(t, str)]


def widget_texts(widget: QWidget) -> list[str]:
    """What one widget shows or says on hover (read through the Qt classes: a widget of ours may
    name an attribute like one of Qt's methods)."""
    texts = [QWidget.toolTip(widget), QWidget.statusTip(widget), QWidget.whatsThis(widget)]
    if widget.isWindow():
        texts.append(QWidget.windowTitle(widget))
    texts += [t for a in QWidget.actions(widget) for t in (a.text(), a.toolTip())]
    if isinstance(widget, QLabel):
        texts.append(TAGS.sub("\n", QLabel.text(widget)))
    elif isinstance(widget, QAbstractButton):
        texts.append(QAbstractButton.text(widget))
        menu = QPushButton.menu(widget) if isinstance(widget, QPushButton) else None
        if isinstance(widget, QToolButton):
            menu = QToolButton.menu(widget)
        if menu is not None:
            texts += [a.text() for a in menu.actions()]
    elif isinstance(widget, QGroupBox):
        texts.append(QGroupBox.title(widget))
    elif isinstance(widget, QTabBar):
        for i in range(QTabBar.count(widget)):
            texts += [QTabBar.tabText(widget, i), QTabBar.tabToolTip(widget, i)]
    elif isinstance(widget, QComboBox):
        texts += [QComboBox.itemText(widget, i) for i in range(QComboBox.count(widget))]
        texts.append(QComboBox.placeholderText(widget))
    elif isinstance(widget, QLineEdit):
        texts += [QLineEdit.placeholderText(widget), QLineEdit.text(widget)]
    elif isinstance(widget, QPlainTextEdit):
        texts += [QPlainTextEdit.placeholderText(widget), QPlainTextEdit.toPlainText(widget)]
    elif isinstance(widget, QTextEdit):
        texts += [QTextEdit.placeholderText(widget), QTextEdit.toPlainText(widget)]
    elif isinstance(widget, QAbstractSpinBox):
        texts += [QAbstractSpinBox.specialValueText(widget), QAbstractSpinBox.text(widget)]
    elif isinstance(widget, QAbstractItemView):
        texts += _model_texts(QAbstractItemView.model(widget))
    return [t for t in texts if t]


def screen_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) for every visible widget under ``root``."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if widget is not root and not widget.isVisibleTo(root):
            continue
        where = f"{type(widget).__name__}#{widget.objectName()}"
        found += [(where, text) for text in widget_texts(widget)]
    return found


def not_english(texts: list[tuple[str, str]], words: frozenset[str]) -> list[tuple[str, str]]:
    """The texts with Chinese that is not user data: a run of characters no record holds, or
    Chinese punctuation in a text with no Chinese at all."""
    bad = []
    for where, text in texts:
        text = text.strip()
        runs = IDEOGRAPHS.findall(text)
        # A long value cut short for its column, or a found passage: part of a record's word.
        if text.endswith("…") and runs and text[:-1].endswith(runs[-1]):
            cut = runs.pop()
            if not any(word.startswith(cut) for word in words):
                runs.append(cut)
        if text.startswith("…") and runs and text[1:].startswith(runs[0]):
            cut = runs.pop(0)
            if not any(cut in word for word in words):
                runs.insert(0, cut)
        if any(run not in words for run in runs) or (not runs and CJK_PUNCTUATION.search(text)):
            bad.append((where, text[:200]))
    return bad


# --- opening dialogs --------------------------------------------------------------------------


class Opened:
    """Dialogs and pop-up menus that appear while an action runs: read, then closed."""

    def __init__(self, main: QWidget) -> None:
        self.main = main
        self.texts: list[tuple[str, str]] = []
        self.titles: list[str] = []
        self.tried: list[str] = []
        self.timer = QTimer()
        self.timer.setInterval(30)
        self.timer.timeout.connect(self.on_timer_timeout)
        self.timer.start()

    def on_timer_timeout(self) -> None:
        popup = QApplication.activePopupWidget()
        if isinstance(popup, QMenu):
            self.texts += [("QMenu", a.text()) for a in popup.actions() if a.text()]
            popup.close()
            return
        for widget in QApplication.topLevelWidgets():
            if widget is self.main or not widget.isVisible() or not widget.isWindow():
                continue
            if isinstance(widget, QMenu):
                continue
            title = widget.windowTitle()
            self.titles.append(title)
            self.texts += [(f"{title} › {where}", text) for where, text in screen_texts(widget)]
            if SHOTS:
                shot(widget, f"dialog-{len(self.titles):02d}")
            if isinstance(widget, QDialog):
                widget.done(0)
            widget.close()

    def run(self, qtbot, action: Callable[[], None], label: str = "") -> None:
        self.tried.append(label)
        action()
        qtbot.wait(120)  # let a dialog opened with open() show, and the timer read it

    def stop(self) -> None:
        self.timer.stop()


def shot(widget: QWidget, name: str) -> None:
    folder = Path(SHOTS or ".")
    folder.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(folder / f"{name}.png"))


def select_first_rows(root: QWidget) -> None:
    """Select the first record of every list, so the detail panes and their buttons fill."""
    for view in root.findChildren(QAbstractItemView):
        model = view.model()
        if view.isVisibleTo(root) and model is not None and model.rowCount(QModelIndex()) > 0:
            view.setCurrentIndex(model.index(0, 0))


def tab_buttons(root: QWidget) -> list[QAbstractButton]:
    return [
        b
        for b in root.findChildren(QAbstractButton)
        if isinstance(b, (QPushButton, QToolButton)) and b.isVisibleTo(root) and b.isEnabled()
    ]


def _ticket_steps(qtbot, window: MainWindow, opened: Opened) -> None:
    """The step dialogs of the first listed tickets that offer steps, and their detail panes."""
    tab = window.tickets_tab
    window.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: not tab.model.busy, timeout=5000)
    done: set[str] = set()
    for row in range(min(tab.model.rowCount(QModelIndex()), 12)):
        ticket_id = tab.model.ticket_id(row)
        if ticket_id is None:
            continue
        tab.show_ticket(ticket_id)
        qtbot.wait(200)
        opened.texts += [(f"ticket {ticket_id} › {w}", t) for w, t in screen_texts(tab)]
        while True:  # the buttons are made anew after each step: read them again each time
            offered = [
                (action, button)
                for action, button in tab.detail.action_buttons.items()
                if action.value not in done and button.isEnabled()
            ]
            if not offered:
                break
            action, button = offered[0]
            done.add(action.value)
            opened.run(qtbot, button.click, f"ticket {ticket_id}/{action.value}")
            tab.show_ticket(ticket_id)
            qtbot.wait(100)


def test_every_tab_and_its_dialogs_are_english_but_for_user_data(
    qtbot, window: MainWindow, demo: Demo
) -> None:
    tabs = window.tabs
    opened = Opened(window)
    seen: list[tuple[str, str]] = []
    clicked: set[int] = set()
    try:
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)  # a tab is made when first opened (issue 16)
            qtbot.wait(300)  # background queries of the tab
            page = tabs.widget(index)
            name = tabs.tabText(index)
            panes = [(bar, i) for bar in page.findChildren(QTabBar) for i in range(bar.count())]
            for bar, sub in [(None, 0), *panes]:
                if bar is not None:
                    if not bar.isVisible():
                        continue
                    bar.setCurrentIndex(sub)
                    qtbot.wait(200)
                select_first_rows(page)
                qtbot.wait(200)
                seen += [(f"{name} › {w}", t) for w, t in screen_texts(page)]
                if SHOTS:
                    shot(window, f"tab-{index}-{id(bar) % 1000}-{sub}")
                for button in tab_buttons(page):
                    # a click before may have rebuilt a pane and deleted this button
                    if not shiboken6.isValid(button):
                        continue
                    if id(button) in clicked or button.isCheckable():
                        continue
                    clicked.add(id(button))
                    select_first_rows(page)
                    qtbot.wait(50)
                    if shiboken6.isValid(button) and button.isVisible() and button.isEnabled():
                        label = f"{name}/{button.text()}/{button.objectName()}"
                        opened.run(qtbot, button.click, label)
        _ticket_steps(qtbot, window, opened)
        for menu_action in window.menuBar().actions():
            menu = menu_action.menu()
            if menu is None:
                continue
            for action in menu.actions():
                if action.isSeparator() or not action.isEnabled() or action.menu() is not None:
                    continue
                if LEAVING.match(action.text().replace("&", "")):
                    continue
                opened.run(qtbot, action.trigger, action.text())
    finally:
        opened.stop()
    seen += [(f"window › {w}", t) for w, t in screen_texts(window)]
    # What the walk wrote (a device unlinked, say) is a record now: read the words again. The
    # device log's lines are still stored as Chinese sentences, so they count as records' text.
    words = user_words(demo.db)
    seen += opened.texts
    assert len(opened.titles) > 20, opened.titles  # the dialogs were reached
    bad = sorted(set(not_english(seen, words)))
    assert bad == [], "\n".join(f"{where}: {text}" for where, text in bad)
