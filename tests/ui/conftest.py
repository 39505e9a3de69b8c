"""GUI test fixtures: private settings for every test, and the 工单 tab."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.gui.tickets.tab import TicketsTab
from app.gui.ui_settings import use_settings_file
from app.services.context import Desk
from tests.ui.preview import pdf_printer  # noqa: F401 - a fixture for every GUI test


@pytest.fixture(autouse=True)
def private_settings(tmp_path: Path) -> Iterator[None]:
    use_settings_file(tmp_path / "ui.ini")
    yield
    use_settings_file(None)


@pytest.fixture
def tab(qtbot, desk: Desk) -> TicketsTab:
    """The 工单 tab on the test database, shown, with its first background query in."""
    widget = TicketsTab(desk)
    qtbot.addWidget(widget)
    widget.resize(1400, 800)
    widget.show()
    qtbot.waitUntil(lambda: not widget.model.busy, timeout=5000)
    return widget
