"""The PyInstaller onedir bundle: built from the wheel, run with no Python and no source tree."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from tests.packaging.tools import ROOT, run, smoke, user_env

pytestmark = pytest.mark.packaging
EXE = "resident-desk.exe" if sys.platform == "win32" else "resident-desk"


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """RESIDENT_DESK_BUNDLE if .ci/run built one already, else built here (about a minute)."""
    given = os.environ.get("RESIDENT_DESK_BUNDLE")
    if given:
        return Path(given)
    work = tmp_path_factory.mktemp("bundle")
    script = ROOT / "packaging" / "build_bundle.py"
    result = run(
        [sys.executable, script, "--work", work, "--out", work / "out"], work, dict(os.environ)
    )
    assert result.returncode == 0, result.stdout + result.stderr
    (folder,) = (work / "out").glob("resident-desk-*-bundle-*")
    return folder


def test_the_bundle_holds_data_and_the_input_method_plugin(bundle: Path) -> None:
    internal = bundle / "_internal"
    assert (internal / "app" / "resources" / "defaults" / "demo.json").is_file()
    assert (internal / "app" / "resources" / "translations" / "resident_desk_en.qm").is_file()
    assert (internal / "app" / "db" / "migrations" / "versions").is_dir()
    assert (internal / "app" / "db" / "migrations" / "env.py").is_file()
    if sys.platform == "linux":
        plugins = internal / "PySide6" / "Qt" / "plugins" / "platforminputcontexts"
        assert (plugins / "libibusplatforminputcontextplugin.so").is_file()
    assert (bundle / "SHA256SUMS").is_file()


def test_the_bundle_runs_demo_check_screenshot_and_a_pdf(bundle: Path, tmp_path: Path) -> None:
    env = user_env(tmp_path, PATH="/usr/bin:/bin")  # no Python on the PATH
    smoke([bundle / EXE], tmp_path, env)
    result = run([bundle / EXE, "--version"], tmp_path, env)
    assert result.stdout.strip().startswith("resident-desk ")


def test_the_big_demo_works_its_worker_processes(bundle: Path, tmp_path: Path) -> None:
    """Over 5,000 old tickets the demo starts worker processes: freeze_support must answer them."""
    db = tmp_path / "big.sqlite3"
    args = [bundle / EXE, "demo", "--db", db, "--tickets", "7000", "--seed", "2"]
    result = run(args, tmp_path, user_env(tmp_path), timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "已生成 7000/7000 张工单" in result.stdout
    assert run([bundle / EXE, "check", "--db", db], tmp_path, user_env(tmp_path)).returncode == 0
