"""Command-line test fixtures: a private home folder and a small demo database per module."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.database import DbTarget, demo_target
from tests.e2e.test_cli import run


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("home")


@pytest.fixture(scope="module")
def demo_db(request: pytest.FixtureRequest, home: Path) -> DbTarget:
    path = demo_target(request, home, "demo.sqlite3")
    result = run("demo", "--db", str(path), "--months", "1", "--seed", "5", home=home)
    assert result.returncode == 0, result.stderr
    return path
