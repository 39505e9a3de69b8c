"""The newest glibc symbol version any ELF file in a folder needs: ``glibc_needed.py BUNDLE``.

A bundle for Kylin V10 / UOS 20 must print 2.28 or lower. Uses ``objdump -T`` (binutils).
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

VERSION = re.compile(rb"GLIBC_(\d+)\.(\d+)")
ELF_MAGIC = b"\x7fELF"


def needed(folder: Path) -> tuple[tuple[int, int], Path | None]:
    """The highest GLIBC_x.y referenced by the ELF files under ``folder`` and one file needing it."""
    best: tuple[int, int] = (0, 0)
    where: Path | None = None
    for path in sorted(folder.rglob("*")):
        if not path.is_file() or path.is_symlink():
            continue
        with open(path, "rb") as handle:
            if handle.read(4) != ELF_MAGIC:
                continue
        dump = subprocess.run(["objdump", "-T", str(path)], capture_output=True, check=False).stdout
        for major, minor in VERSION.findall(dump):
            version = (int(major), int(minor))
            if version > best:
                best, where = version, path
    return best, where


def main() -> int:
    """Print ``glibc 2.NN  (FILE)`` for the folder given."""
    folder = Path(sys.argv[1])
    (major, minor), where = needed(folder)
    print(f"glibc {major}.{minor}  ({where.relative_to(folder) if where else '-'})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
