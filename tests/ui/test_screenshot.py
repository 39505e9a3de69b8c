"""``run_gui`` with a screenshot: renders the main window without dialogs, or says why it cannot."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from app.db.lock import InstanceLock
from app.gui.app import SCREENSHOT_SIZE, run_gui
from app.gui.ui_settings import use_settings_file
from app.services.setup import complete_setup, open_desk
from app.services.tickets import calls
from tests.conftest import ENGINEER, call_values, contract_values, sample_ladder


@pytest.fixture(autouse=True)
def private_settings(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "ui.ini"
    use_settings_file(path)
    yield path
    use_settings_file(None)


@pytest.fixture
def set_up_db(db_target: Path | str) -> Path | str:
    """A database with the contract, an engineer and one ticket, closed again."""
    handle = open_desk(db_target)
    complete_setup(handle.desk, contract_values(), sample_ladder(), *ENGINEER)
    calls.create_ticket(handle.desk, call_values())
    handle.close()
    return db_target


def test_screenshot_of_a_set_up_database(
    qapp, set_up_db: Path, tmp_path: Path, private_settings: Path
) -> None:
    shot = tmp_path / "shots" / "main.png"
    assert run_gui(set_up_db, "zh_CN", shot) == 0
    image = QImage(str(shot))
    assert not image.isNull()
    assert (image.width(), image.height()) == SCREENSHOT_SIZE
    assert not list(shot.parent.glob(".*partial*"))
    assert not private_settings.exists()  # an unattended run leaves the UI settings alone
    if isinstance(set_up_db, Path):
        with InstanceLock(set_up_db.resolve()):  # the lock was released
            pass


def test_screenshot_in_english_falls_back_to_the_source_strings(
    qapp, set_up_db: Path, tmp_path: Path
) -> None:
    shot = tmp_path / "en.png"
    assert run_gui(set_up_db, "en", shot) == 0
    assert not QImage(str(shot)).isNull()


def test_a_database_that_needs_setup_returns_2(
    qapp, db_target: Path | str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shot = tmp_path / "never.png"
    assert run_gui(db_target, "zh_CN", shot) == 2
    assert "尚未完成首次启动设置" in capsys.readouterr().err
    assert not shot.exists()
    if isinstance(db_target, Path):
        with InstanceLock(db_target.resolve()):
            pass


@pytest.mark.sqlite_only("the file's lock")
def test_a_locked_database_returns_2(
    qapp, set_up_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shot = tmp_path / "never.png"
    with InstanceLock(set_up_db.resolve()):
        assert run_gui(set_up_db, "zh_CN", shot) == 2
    assert "另一个驻场运维台程序正在使用此数据库" in capsys.readouterr().err
    assert not shot.exists()


@pytest.mark.sqlite_only("a file that is no database")
def test_a_file_that_is_no_database_returns_2(
    qapp, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    garbage = tmp_path / "garbage.sqlite3"
    garbage.write_bytes(os.urandom(8192))
    assert run_gui(garbage, "zh_CN", tmp_path / "never.png") == 2
    assert "不是驻场运维台的数据库" in capsys.readouterr().err


START_AND_LIST_HEAVY = """
import runpy, sys
option = "--db-url" if sys.argv[1].startswith("postgresql") else "--db"
sys.argv = ["resident-desk", "gui", option, sys.argv[1], "--screenshot", sys.argv[2]]
try:
    runpy.run_module("app", run_name="__main__")
except SystemExit as exc:
    assert exc.code in (0, None), exc.code
print(sorted(name for name in sys.argv[3].split(",") if name in sys.modules))
"""


def test_start_up_imports_no_renderer_workbook_writer_or_migration_tool(
    set_up_db: Path, tmp_path: Path
) -> None:
    """The first window needs none of them: they are imported on first use (issue 16)."""
    heavy = "alembic,mako,pygments,reportlab,PIL,openpyxl,xlsxwriter,pypdfium2"
    shot = tmp_path / "start.png"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", START_AND_LIST_HEAVY, str(set_up_db), str(shot), heavy],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "[]"
    assert shot.exists()
