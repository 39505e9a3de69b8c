"""The English translation: complete, compiled, current, and what the main window shows with it."""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication

from app.db.lock import AlreadyRunningError, InstanceLock
from app.domain.enums import TicketClass, TicketStatus
from app.domain.tickets.workflow import Action, TicketFacts, WorkflowError, transition
from app.gui.app import ui_language
from app.gui.i18n import tr_error
from app.gui.main_window import MainWindow
from app.gui.tasks import wait_until_idle
from app.gui.ui_settings import use_settings_file
from app.paths import resources_dir
from app.services import contract
from app.services.context import Desk

ROOT = Path(__file__).resolve().parents[2]
TS_FILE = resources_dir() / "translations" / "resident_desk_en.ts"
QM_FILE = resources_dir() / "translations" / "resident_desk_en.qm"
REGENERATE = "python packaging/update_translations.py"
CHINESE = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%\d+")
# A Chinese value quoted as an example of what to type (the printed documents are Chinese).
EXAMPLE_VALUE = re.compile(r"“内部资料 注意保密”")


def chinese_in(texts: list[str]) -> list[str]:
    return [t for t in texts if CHINESE.search(t)]


def messages(ts_file: Path) -> list[tuple[str, str, ET.Element]]:
    """(context, source, <translation>) for every message of a .ts file."""
    found = []
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            found.append((name, message.findtext("source") or "", translation))
    return found


def update_script() -> ModuleType:
    """packaging/update_translations.py, for its list of source files and its tool lookup."""
    path = ROOT / "packaging" / "update_translations.py"
    spec = importlib.util.spec_from_file_location("update_translations", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def venv_tool(name: str) -> str:
    """A PySide6 tool of the running environment (where pip put it), else from PATH."""
    beside = Path(sys.executable).parent / name
    for candidate in (beside, beside.with_suffix(".exe")):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed next to {sys.executable}")
    return found


# --- the files --------------------------------------------------------------------------------


def test_every_message_has_a_finished_translation_with_its_placeholders() -> None:
    found = messages(TS_FILE)
    assert len(found) > 300
    problems = []
    for context, source, translation in found:
        text = translation.text or ""
        where = f"{context}: {source!r} -> {text!r}"
        if translation.get("type") in ("unfinished", "obsolete", "vanished") or not text.strip():
            problems.append(f"not translated: {where}")
            continue
        if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
            problems.append(f"placeholders differ: {where}")
        if CHINESE.search(EXAMPLE_VALUE.sub("", text)):
            problems.append(f"Chinese left in the translation: {where}")
    assert not problems, "\n".join(problems) + f"\nTranslate them in {TS_FILE}, then {REGENERATE}"


def test_the_ts_file_has_every_string_of_the_code(tmp_path: Path) -> None:
    script = update_script()
    fresh = tmp_path / "fresh_en.ts"
    command = [venv_tool("pyside6-lupdate"), *script.sources(), "-silent", "-ts", str(fresh)]
    subprocess.run(command, cwd=ROOT, check=True, capture_output=True)
    shipped = {(c, s) for c, s, _t in messages(TS_FILE)}
    missing = sorted({(c, s) for c, s, _t in messages(fresh)} - shipped)
    assert not missing, (
        f"strings not yet in {TS_FILE.name}: {missing}\n"
        f"Run `{REGENERATE}`, translate them, and run it again."
    )


def test_the_shipped_qm_is_what_the_ts_compiles_to(tmp_path: Path) -> None:
    compiled = tmp_path / "resident_desk_en.qm"
    command = [venv_tool("pyside6-lrelease"), str(TS_FILE), "-qm", str(compiled)]
    subprocess.run(command, check=True, capture_output=True)
    assert QM_FILE.exists(), f"{QM_FILE} is missing: run `{REGENERATE}`"
    current = QM_FILE.read_bytes() == compiled.read_bytes()
    assert current, f"{QM_FILE.name} is older than {TS_FILE.name}: run `{REGENERATE}`"


# --- the main window in English ---------------------------------------------------------------


@pytest.fixture
def english(qapp: QApplication, tmp_path: Path) -> Iterator[None]:
    """The English UI, installed as the program installs it; Chinese again afterwards."""
    use_settings_file(tmp_path / "ui.ini")
    with ui_language(qapp, "en") as translators:
        loaded = [Path(t.filePath()).name for t in translators]
        assert "resident_desk_en.qm" in loaded, f"resident_desk_en.qm did not load: {loaded}"
        yield
    use_settings_file(None)
    assert QCoreApplication.translate("MainWindow", "工单") == "工单"


@pytest.fixture
def window(qtbot, english: None, desk: Desk, make_ticket) -> MainWindow:
    make_ticket()
    window = MainWindow(desk, remember_geometry=False)
    qtbot.addWidget(window)
    window.show()
    return window


def menu_texts(window: MainWindow) -> list[str]:
    texts = []
    for menu_action in window.menuBar().actions():
        texts.append(menu_action.text())
        menu = menu_action.menu()
        if menu is not None:
            texts += [a.text() for a in menu.actions() if not a.isSeparator()]
            texts += [a.statusTip() for a in menu.actions() if a.statusTip()]
    return texts


def test_the_main_window_speaks_english(window: MainWindow, desk: Desk) -> None:
    info = contract.get_contract(desk)
    assert info is not None
    assert window.windowTitle() == f"Resident Desk — {info.project_name}"
    assert window.tabs.tabText(0) == "Tickets"
    assert window.tabs.tabText(1) == "Inspections"
    assert [a.text() for a in window.menuBar().actions()] == [
        "&File",
        "&Tickets",
        "&Inspections",
        "&Devices",
        "&Account",
        "&Help",
    ]
    assert [window.tabs.tabText(i) for i in (4, 5)] == ["Devices", "Training and drills"]
    assert window.new_ticket_action.text() == "New ticket…"
    who = window.account_menu.who_action.text()
    assert who == "Logged in: 孙工 (sungong)"  # the name is user data
    assert chinese_in([t for t in menu_texts(window) if t != who]) == []


def test_the_device_and_training_tabs_are_english(window: MainWindow) -> None:
    tab = window.devices_tab
    window.tabs.setCurrentWidget(tab)
    page = tab.register
    headers = [
        page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(page.model.columnCount())
    ]
    assert headers[:4] == ["Device code", "Device name", "System", "Location"]
    detail = page.detail
    texts = [*headers, *(detail.pages.tabText(i) for i in range(detail.pages.count()))]
    texts += [tab.pages.tabText(i) for i in range(tab.pages.count())]
    texts += [page.filter_bar.search.placeholderText(), page.new_button.text()]
    bar = page.filter_bar
    for combo in (bar.system_combo, bar.status_combo, bar.kind_combo):
        texts.append(combo.itemText(0))
    texts += [bar.status_combo.itemText(i) for i in range(bar.status_combo.count())]
    texts += [bar.kind_combo.itemText(i) for i in range(bar.kind_combo.count())]
    assert "Loaner in place" in texts and "Upgrades" in texts
    assert chinese_in(texts) == []
    window.tabs.setCurrentWidget(window.training_tab)
    training = window.training_tab
    due = [training.training_due.text(), training.drill_due.text()]
    assert due[0] == "Training next due: none recorded yet, arrange one soon (Never held)"
    assert chinese_in(due + [b.text() for b in training.buttons.values()]) == []


def test_the_queue_headers_are_english(qtbot, window: MainWindow) -> None:
    model = window.tickets_tab.model
    # The rows arrive from a background query (it raced the assertions below before).
    qtbot.waitUntil(lambda: not model.busy and model.index(0, 1).data() is not None, timeout=5000)
    headers = [
        model.headerData(column, Qt.Orientation.Horizontal) for column in range(model.columnCount())
    ]
    assert headers[:4] == ["Number", "Class", "Severity", "Status"]
    assert {"Response", "Arrival", "Fix", "Loaner", "Call time"} <= set(headers)
    assert chinese_in(headers) == []
    row = [model.index(0, column).data() for column in range(4)]
    assert row[1:] == ["System defect", "General", "Submitted"]


def test_the_status_bar_and_filters_are_english(window: MainWindow) -> None:
    bar = window.status_bar
    assert bar.user_label.text() == "User: 孙工"
    assert bar.open_label.text() == "Open: 1"
    assert bar.breaching_label.text() == "Breached: 0"
    assert bar.warranty_label.text().startswith("Warranty: ")
    combo = window.tickets_tab.filter_bar.severity_combo
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "All severities",
        "General",
        "Major",
        "Emergency",
    ]


def test_the_ticket_detail_is_english(window: MainWindow) -> None:
    tab = window.tickets_tab
    ticket_id = tab.model.ticket_id(0)
    assert ticket_id is not None
    tab.show_ticket(ticket_id)
    detail = tab.detail
    assert detail.status_chip.text() == "Submitted"
    assert detail.clocks.chips["response"].text() == "5m left"
    buttons = [b.text() for b in detail.action_buttons.values()]
    assert "Analyse" in buttons and "Responded by phone" in buttons
    assert chinese_in(buttons) == []


def test_errors_from_the_pure_layers_are_translated(english: None, tmp_path: Path) -> None:
    facts = TicketFacts(TicketClass.DEFECT, TicketStatus.SUBMITTED)
    with pytest.raises(WorkflowError) as workflow_error:
        transition(facts, Action.CLOSE, {})
    assert "不能执行" in str(workflow_error.value)  # the command line and logs stay Chinese
    assert tr_error(workflow_error.value) == (
        "“Follow up and close” is not possible while the ticket is “Submitted”"
    )
    locked = tmp_path / "desk.sqlite3"
    with InstanceLock(locked), pytest.raises(AlreadyRunningError) as lock_error:
        InstanceLock(locked).acquire()
    assert tr_error(lock_error.value).startswith("Another Resident Desk is already using")
    assert tr_error(ValueError("plain")) == "plain"


def test_the_timeline_and_the_banner_are_english_but_for_user_data(
    qtbot, english: None, desk: Desk, make_ticket, clock
) -> None:
    """A breach the program recorded itself (actor 系统) and the call, shown in English."""
    from datetime import timedelta

    ticket_id = make_ticket()
    clock.advance(timedelta(minutes=6))
    window = MainWindow(desk, remember_geometry=False)
    qtbot.addWidget(window)
    window.resize(1440, 900)
    window.show()
    window.tick()
    assert wait_until_idle(window.sweep_runner)  # the sweep answers from a worker thread
    tab = window.tickets_tab
    tab.show_ticket(ticket_id)
    user_data = ("3号监仓摄像机无图像", "何经理", "内线", "孙工")
    timeline = tab.detail.timeline.toPlainText()
    assert "System" in timeline and "Response breached; escalated to level 1" in timeline
    assert "Logged a System defect issue (General, Phone): " in timeline
    stripped = timeline
    for text in user_data:
        stripped = stripped.replace(text, "")
    assert chinese_in([stripped]) == []
    line = window.banner.rows[0].label.text()
    for text in user_data:
        line = line.replace(text, "")
    assert chinese_in([line]) == []


def test_the_queue_fits_1440_px_in_english(qtbot, window: MainWindow) -> None:
    from app.domain.tickets.attention import Attention

    window.resize(1440, 900)
    tab = window.tickets_tab
    tab.show_attention(Attention.BREACHED)
    qtbot.waitUntil(lambda: not tab.model.busy, timeout=5000)
    assert window.minimumSizeHint().width() <= 1440
    assert window.width() == 1440
    assert tab.view.horizontalScrollBar().maximum() == 0
    header = tab.view.horizontalHeader()
    last = header.count() - 1  # 升级 / Escalation: whole
    assert header.sectionViewportPosition(last) + header.sectionSize(last) <= (
        tab.view.viewport().width()
    )
