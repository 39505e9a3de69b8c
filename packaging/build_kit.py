"""Build the offline install kit for one platform: ``build_kit.py --platform manylinux_2_28_x86_64``.

The kit is a folder ``dist/resident-desk-<version>-<platform>/`` with the project's wheel and
every dependency's wheel for that platform and each supported Python, the install scripts, the
desktop entry or Start-menu shortcut, the icon, a README and a SHA-256 manifest. pip downloads
here, at build time only; the kit installs with ``--no-index`` and nothing else.
"""

from __future__ import annotations

import argparse
import hashlib
import shutil
import subprocess
import sys
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from build_wheel import ROOT, build_wheel

HERE = Path(__file__).resolve().parent
PYTHONS = ("3.11", "3.12", "3.13")
MANIFEST = "SHA256SUMS"


def _manylinux(glibc_minor: int, arch: str) -> tuple[str, ...]:
    """Every manylinux tag a glibc 2.<minor> machine accepts (pip takes no range by itself)."""
    tags = [f"manylinux_2_{minor}_{arch}" for minor in range(glibc_minor, 16, -1)]
    return (*tags, f"manylinux2014_{arch}")


@dataclass(frozen=True)
class Target:
    """One platform a kit is built for."""

    platforms: tuple[str, ...]
    system: str  # "linux" or "windows"


TARGETS = {
    "manylinux_2_28_x86_64": Target(_manylinux(28, "x86_64"), "linux"),
    "manylinux_2_28_aarch64": Target(_manylinux(28, "aarch64"), "linux"),
    "win_amd64": Target(("win_amd64",), "windows"),
}
FILES = {
    "linux": ("install.sh", "uninstall.sh", "resident-desk.desktop", "README.txt"),
    "windows": ("install.bat", "install.ps1", "README.txt"),
}
ICONS = {"linux": "resident-desk-256.png", "windows": "resident-desk.ico"}


def version() -> str:
    """The project's version, as the wheel carries it."""
    namespace: dict[str, str] = {}
    exec((ROOT / "app" / "__init__.py").read_text(encoding="utf-8"), namespace)
    return namespace["__version__"]


def download(wheel: Path, target: Target, python: str, into: Path) -> None:
    """Every dependency of ``wheel`` as binary wheels for ``target`` and ``python``."""
    platforms = [arg for tag in target.platforms for arg in ("--platform", tag)]
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "download",
            "--quiet",
            "--only-binary=:all:",
            "--implementation",
            "cp",
            "--python-version",
            python,
            *platforms,
            "--dest",
            str(into),
            str(wheel),
        ],
        check=True,
    )


def fill(template: Path, target: Path, values: dict[str, str]) -> None:
    """Copy a template, replacing @NAME@ placeholders; keeps a UTF-8 BOM and line ends as they are."""
    data = template.read_bytes()
    for name, value in values.items():
        data = data.replace(f"@{name}@".encode(), value.encode("utf-8"))
    target.write_bytes(data)
    shutil.copymode(template, target)


def write_manifest(kit: Path) -> Path:
    """``SHA256SUMS``: one ``<sha256>  <path>`` line per file, as ``sha256sum -c`` reads it."""
    lines = []
    for path in sorted(p for p in kit.rglob("*") if p.is_file() and p.name != MANIFEST):
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        lines.append(f"{digest}  {path.relative_to(kit).as_posix()}\n")
    manifest = kit / MANIFEST
    manifest.write_text("".join(lines), encoding="utf-8", newline="\n")
    return manifest


def build_kit(platform: str, out: Path, pythons: tuple[str, ...] = PYTHONS) -> Path:
    """Build the kit folder for ``platform`` under ``out`` and return it."""
    target = TARGETS[platform]
    ver = version()
    kit = out / f"resident-desk-{ver}-{platform}"
    if kit.exists():
        shutil.rmtree(kit)
    wheels = kit / "wheels"
    wheel = build_wheel(wheels)
    for python in pythons:
        download(wheel, target, python, wheels)
    pyside = sorted(p.name.split("-")[1] for p in wheels.glob("pyside6_essentials-*.whl"))
    values = {
        "VERSION": ver,
        "PLATFORM": platform,
        "PYTHONS": " ".join(pythons),
        "PYSIDE": ", ".join(pyside),
        "BUILT": datetime.now(UTC).strftime("%Y-%m-%d"),
    }
    for name in FILES[target.system]:
        fill(HERE / "kit" / name, kit / name, values)
    shutil.copy2(
        HERE / "icons" / ICONS[target.system], kit / ICONS[target.system].replace("-256", "")
    )
    write_manifest(kit)
    return kit


def main() -> int:
    """Command line: build one kit and print its folder."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--platform", choices=sorted(TARGETS), required=True)
    parser.add_argument("--python", action="append", help="3.11 3.12 3.13 unless given")
    parser.add_argument("--out", type=Path, default=ROOT / "dist")
    args = parser.parse_args()
    try:
        kit = build_kit(args.platform, args.out, tuple(args.python or PYTHONS))
    except subprocess.CalledProcessError:
        shutil.rmtree(args.out / f"resident-desk-{version()}-{args.platform}", ignore_errors=True)
        print(
            f"安装包未生成：pip 找不到某个依赖在 {args.platform} 上的 wheel（见上面的信息）。",
            file=sys.stderr,
        )
        return 1
    size = sum(p.stat().st_size for p in kit.rglob("*") if p.is_file())
    print(f"{kit}  {size / 2**20:.0f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
