"""Build the project's wheel from a clean copy of the source tree: ``build_wheel.py --out DIR``."""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LEFT_OUT = (
    ".git",
    ".venv*",
    "build",
    "dist",
    "*.egg-info",
    "__pycache__",
    ".pytest_cache",
    ".ruff_cache",
    "*.sqlite3*",
)


def build_wheel(out_dir: Path, python: str = sys.executable) -> Path:
    """Build the wheel into ``out_dir`` and return its path (no stale build/ folder can leak in)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="resident-desk-src-") as scratch:
        source = Path(scratch) / "src"
        shutil.copytree(ROOT, source, ignore=shutil.ignore_patterns(*LEFT_OUT))
        wheels = Path(scratch) / "wheel"
        subprocess.run(
            [python, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(wheels), str(source)],
            check=True,
        )
        (built,) = wheels.glob("resident_desk-*.whl")
        target = out_dir / built.name
        shutil.copy2(built, target)
    return target


def main() -> int:
    """Command line: print the built wheel's path."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=ROOT / "dist")
    print(build_wheel(parser.parse_args().out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
