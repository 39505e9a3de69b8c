"""The Linux offline kit: built with pip, installed with the network cut off, run as a user runs it."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.packaging.tools import ROOT, run, smoke, user_env

pytestmark = [
    pytest.mark.packaging,
    pytest.mark.skipif(sys.platform != "linux", reason="the Linux kit"),
    pytest.mark.skipif(shutil.which("unshare") is None, reason="needs unshare (util-linux)"),
]
PLATFORM = "manylinux_2_28_x86_64"


def offline(*args: str | Path) -> list[str | Path]:
    """The command in a new network namespace: only a loopback that is down, no route anywhere."""
    flags = ["--net"] if os.geteuid() == 0 else ["--net", "--map-root-user"]
    return ["unshare", *flags, *args]


@pytest.fixture(scope="module")
def kit(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The kit folder as build_kit.py makes it (downloads happen here, at build time)."""
    out = tmp_path_factory.mktemp("kit")
    script = ROOT / "packaging" / "build_kit.py"
    result = run(
        [sys.executable, script, "--platform", PLATFORM, "--out", out], out, dict(os.environ)
    )
    assert result.returncode == 0, result.stderr
    (folder,) = out.glob(f"resident-desk-*-{PLATFORM}")
    return folder


@pytest.fixture(scope="module")
def home(kit: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A user's home where install.sh ran offline (--user, so nothing outside the home changes)."""
    home = tmp_path_factory.mktemp("home")
    result = run(offline("sh", kit / "install.sh", "--user"), home, user_env(home))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "安装完成" in result.stdout
    return home


def test_the_kit_holds_every_wheel_and_a_manifest(kit: Path) -> None:
    wheels = {path.name.split("-")[0] for path in (kit / "wheels").glob("*.whl")}
    assert {"resident_desk", "pyside6_essentials", "shiboken6", "sqlalchemy"} <= wheels
    assert {"alembic", "reportlab", "openpyxl", "xlsxwriter", "platformdirs"} <= wheels
    assert list((kit / "wheels").glob("pyside6_essentials-6.9.3-*manylinux_2_28_x86_64.whl"))
    assert not list((kit / "wheels").glob("*.tar.gz")), "only wheels: nothing to build offline"
    check = run(["sha256sum", "--check", "--strict", "SHA256SUMS"], kit, user_env(kit))
    assert check.returncode == 0, check.stdout + check.stderr
    manifest = (kit / "SHA256SUMS").read_text(encoding="utf-8").splitlines()
    listed = {line.split("  ", 1)[1] for line in manifest}
    files = {p.relative_to(kit).as_posix() for p in kit.rglob("*") if p.is_file()}
    assert listed == files - {"SHA256SUMS"}


def test_the_namespace_has_no_network(tmp_path: Path) -> None:
    code = "import socket; print(socket.if_nameindex())"
    result = run(offline(sys.executable, "-c", code), tmp_path, user_env(tmp_path))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[(1, 'lo')]"


def test_installed_program_runs_offline_from_the_launcher(home: Path, tmp_path: Path) -> None:
    launcher = home / ".local" / "bin" / "resident-desk"
    assert launcher.is_symlink()
    smoke(offline(launcher), tmp_path, user_env(home))


def test_the_desktop_entry_points_at_the_launcher_and_icon(home: Path) -> None:
    entry = home / "data" / "applications" / "resident-desk.desktop"
    text = entry.read_text(encoding="utf-8")
    prefix = home / ".local" / "opt" / "resident-desk"
    assert f"Exec={prefix / 'venv' / 'bin' / 'resident-desk'}\n" in text
    assert f"Icon={prefix / 'resident-desk.png'}\n" in text
    assert "Name=驻场运维台" in text
    assert (prefix / "resident-desk.png").stat().st_size > 1000
    if shutil.which("desktop-file-validate"):
        result = subprocess.run(
            ["desktop-file-validate", str(entry)], capture_output=True, text=True
        )
        assert result.returncode == 0, result.stdout + result.stderr


def test_a_damaged_kit_is_refused(kit: Path, home: Path, tmp_path: Path) -> None:
    readme = kit / "README.txt"
    original = readme.read_bytes()
    readme.write_bytes(original + b"x")
    try:
        result = run(offline("sh", kit / "install.sh", "--user"), tmp_path, user_env(tmp_path))
    finally:
        readme.write_bytes(original)
    assert result.returncode == 1
    assert "安装包文件不完整" in result.stderr
    assert not (tmp_path / ".local" / "opt").exists()
