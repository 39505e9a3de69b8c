"""Build the PyInstaller onedir bundle from the project's wheel: ``build_bundle.py [--qt 6.9.3]``.

A clean venv gets the wheel, the chosen PySide6-Essentials and a pinned PyInstaller; the spec
packaging/resident-desk.spec then freezes it into
``dist/resident-desk-<version>-bundle-<os>-<arch>[-glibc<x.y>]/`` with a SHA256SUMS manifest.
A bundle runs only where the C library is at least as new as the build machine's, so a bundle
for Kylin V10 / UOS 20 (glibc 2.28) is built on a glibc-2.28 system, a Windows one on Windows.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import time
import venv
from pathlib import Path

from build_kit import version, write_manifest
from build_wheel import ROOT, build_wheel
from glibc_needed import needed

HERE = Path(__file__).resolve().parent
PYINSTALLER = "pyinstaller==6.22.3"
DEFAULT_QT = "6.9.3"  # the newest PySide6 with x86_64 wheels for glibc 2.28


def platform_tag() -> str:
    """``linux-x86_64-glibc2.36``, ``win32-amd64``: where this bundle can run."""
    tag = f"{sys.platform}-{platform.machine().lower()}"
    if sys.platform == "linux":
        libc = os.confstr("CS_GNU_LIBC_VERSION") or "glibc unknown"
        tag += "-" + libc.replace(" ", "")
    return tag


def build_bundle(qt: str, work: Path, out: Path) -> Path:
    """Freeze the wheel with PySide6-Essentials ``qt``; return the bundle folder."""
    env_dir = work / "venv"
    venv.EnvBuilder(with_pip=True, clear=True).create(env_dir)
    python = env_dir / ("Scripts/python.exe" if sys.platform == "win32" else "bin/python")
    wheel = build_wheel(work / "wheel")
    pins = [str(wheel), f"PySide6-Essentials=={qt}", PYINSTALLER]
    subprocess.run([python, "-m", "pip", "install", "--quiet", *pins], check=True)
    subprocess.run(
        [
            python,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level=WARN",
            "--distpath",
            str(work / "dist"),
            "--workpath",
            str(work / "pyi"),
            str(HERE / "resident-desk.spec"),
        ],
        cwd=work,  # not the source tree: the spec must see the installed wheel's app
        check=True,
    )
    built = work / "dist" / f"resident-desk-{version()}"
    bundle = out / f"resident-desk-{version()}-bundle-{platform_tag()}"
    if bundle.exists():
        shutil.rmtree(bundle)
    out.mkdir(parents=True, exist_ok=True)
    shutil.move(built, bundle)
    write_manifest(bundle)
    return bundle


def main() -> int:
    """Command line: build the bundle and print its folder, size and build time."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--qt", default=DEFAULT_QT, help="PySide6-Essentials version")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "bundle")
    parser.add_argument("--out", type=Path, default=ROOT / "dist")
    args = parser.parse_args()
    started = time.monotonic()
    bundle = build_bundle(args.qt, args.work, args.out)
    size = sum(p.stat().st_size for p in bundle.rglob("*") if p.is_file() and not p.is_symlink())
    print(f"{bundle}  {size / 2**20:.0f} MiB  built in {time.monotonic() - started:.0f} s")
    if sys.platform == "linux":
        (major, minor), where = needed(bundle)
        print(f"needs glibc {major}.{minor} or newer ({where.name if where else '-'})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
