"""The command line as a user runs it: ``python -m app ...`` in a separate process."""

from __future__ import annotations

import hashlib
import importlib.util
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from app import __version__
from app.db.lock import InstanceLock
from tests.e2e.database import DbTarget, demo_target

ROOT = Path(__file__).resolve().parents[2]
HAS_GUI = importlib.util.find_spec("app.gui.app") is not None
needs_gui = pytest.mark.skipif(not HAS_GUI, reason="app.gui.app is not there yet")
CHINESE = re.compile(r"[\u4e00-\u9fff]")


WRITES = ("pdf", "document", "import")  # the commands that must name an account
DEMO_USER, DEMO_PASSWORD = "sungong", "Demo@2026"


def run(
    *args: str,
    home: Path,
    timeout: float = 180,
    user: str | None = DEMO_USER,
    password: str | None = DEMO_PASSWORD,
) -> subprocess.CompletedProcess[str]:
    """Run the program with a private home (settings, data folder) and no display.

    A write command runs as ``user`` (the demo engineer) unless ``user`` is None; its password
    comes from ``RESIDENT_DESK_PASSWORD`` as in a scripted install.
    """
    if user and args and args[0] in WRITES and "--user" not in args:
        args = (*args, "--user", user)
    args = _server_option(args)
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
        "LC_ALL": "C",  # the program must still print Chinese
        "LANG": "C",
    }
    env.pop("PYTHONIOENCODING", None)
    env.pop("RESIDENT_DESK_PASSWORD", None)
    if password is not None:
        env["RESIDENT_DESK_PASSWORD"] = password
    return subprocess.run(
        [sys.executable, "-m", "app", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        encoding="utf-8",
        timeout=timeout,
        check=False,
    )


def _server_option(args: tuple[str, ...]) -> tuple[str, ...]:
    """``--db URL`` as ``--db-url URL``: a test names its database the same way on either backend
    (``demo_db`` is a server URL with ``--db-backend postgresql``)."""
    out = list(args)
    for index, value in enumerate(out[:-1]):
        if value == "--db" and out[index + 1].startswith("postgresql"):
            out[index] = "--db-url"
    return tuple(out)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("home")


@pytest.fixture(scope="module")
def demo_db(request: pytest.FixtureRequest, home: Path) -> DbTarget:
    path = demo_target(request, home, "demo.sqlite3")
    result = run("demo", "--db", str(path), "--months", "1", "--seed", "3", home=home)
    assert result.returncode == 0, result.stderr
    assert "登录名：sungong" in result.stdout
    assert "密码：Demo@2026" in result.stdout
    assert re.search(r"工单 \d+ 张", result.stdout)
    return path


@pytest.mark.sqlite_only("the file's size and its temporary name")
def test_demo_creates_a_database_and_prints_the_login(demo_db: Path) -> None:
    assert demo_db.stat().st_size > 100_000
    assert not list(demo_db.parent.glob("*.partial-*"))


@pytest.mark.sqlite_only("the file's bytes (a server's refusal: test_cli_server)")
def test_demo_refuses_an_existing_file_and_leaves_it_alone(demo_db: Path, home: Path) -> None:
    before = _digest(demo_db)
    result = run("demo", "--db", str(demo_db), home=home)
    assert result.returncode == 2
    assert "已存在" in result.stderr and "不会覆盖" in result.stderr
    assert "Traceback" not in result.stderr
    assert _digest(demo_db) == before


def test_check_passes_on_the_demo_database(demo_db: DbTarget, home: Path) -> None:
    result = run("check", "--db", str(demo_db), home=home)
    assert result.returncode == 0, result.stdout + result.stderr
    if isinstance(demo_db, Path):
        assert "✓ 完整性检查：通过" in result.stdout
    assert "✓ 数据库结构版本：" in result.stdout
    assert "✗" not in result.stdout


@pytest.mark.sqlite_only("a file that is no database")
def test_check_on_garbage_says_so_in_chinese(tmp_path: Path) -> None:
    garbage = tmp_path / "garbage.sqlite3"
    garbage.write_bytes(os.urandom(8192))
    result = run("check", "--db", str(garbage), home=tmp_path)
    assert result.returncode != 0
    assert "✗ 不是 SQLite 数据库文件" in result.stdout, result.stdout
    assert CHINESE.search(result.stderr), result.stderr
    assert "Traceback" not in result.stderr + result.stdout


@pytest.mark.sqlite_only("a file that is not there")
def test_check_on_a_missing_file(tmp_path: Path) -> None:
    result = run("check", "--db", str(tmp_path / "none.sqlite3"), home=tmp_path)
    assert result.returncode != 0
    assert "不存在" in result.stderr
    assert not (tmp_path / "none.sqlite3").exists()


def test_version(tmp_path: Path) -> None:
    result = run("--version", home=tmp_path)
    assert result.returncode == 0
    assert result.stdout.strip() == f"resident-desk {__version__}"


@needs_gui
def test_gui_screenshot_of_the_demo_database(demo_db: DbTarget, home: Path, tmp_path: Path) -> None:
    shot = tmp_path / "out.png"
    result = run("gui", "--db", str(demo_db), "--screenshot", str(shot), home=home)
    assert result.returncode == 0, result.stderr
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    assert width >= 800 and height >= 500
    assert len(data) > 20_000  # a rendered window, not a blank image
    if isinstance(demo_db, Path):
        with InstanceLock(demo_db.resolve()):  # released on exit: the next start can take it
            pass


@needs_gui
@pytest.mark.sqlite_only("the file's lock")
def test_a_second_copy_on_a_locked_database_says_so(
    demo_db: Path, home: Path, tmp_path: Path
) -> None:
    shot = tmp_path / "never.png"
    with InstanceLock(demo_db.resolve()):
        result = run("gui", "--db", str(demo_db), "--screenshot", str(shot), home=home)
    assert result.returncode != 0
    assert "另一个驻场运维台程序正在使用此数据库" in result.stderr
    assert "Traceback" not in result.stderr
    assert not shot.exists()


def test_commands_other_than_the_gui_do_not_load_qt(demo_db: DbTarget) -> None:
    check = list(_server_option(("check", "--db", str(demo_db))))
    code = (
        "import sys\n"
        "from app.cli import main\n"
        f"assert main({check!r}) == 0\n"
        "assert not [m for m in sys.modules if m.startswith(('PySide6', 'app.gui'))]\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
