"""GUI tests never touch the user's settings: each one gets a private settings file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.gui.ui_settings import use_settings_file


@pytest.fixture(autouse=True)
def private_settings(tmp_path: Path) -> Iterator[None]:
    use_settings_file(tmp_path / "ui.ini")
    yield
    use_settings_file(None)
