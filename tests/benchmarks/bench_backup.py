"""Backup benchmark (not a test): time and size of the program's verified online backup.

Run from the repository root:

    python tests/benchmarks/bench_backup.py [--db big.sqlite3]

Without ``--db`` a demo database is built first. Prints, for the database given, the time of a
plain file copy (the reference, which would miss what is still in the write-ahead log), of the
online copy through SQLite's backup API, and of the full integrity check that verifies the copy,
with the copy's size.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from app.db import sqlite  # noqa: E402
from app.db.backup import verify_copy  # noqa: E402


def timed(fn: object) -> float:
    started = time.perf_counter()
    fn()  # type: ignore[operator]
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="bench-backup-"))
    source = args.db
    if source is None:
        from app.demo.builder import build_demo

        source = folder / "demo.sqlite3"
        build_demo(source)
    size = source.stat().st_size
    plain = timed(lambda: shutil.copyfile(source, folder / "plain.sqlite3"))
    copy = folder / "copy.sqlite3"
    online = timed(lambda: sqlite.online_copy(source, copy))
    verify = timed(lambda: verify_copy(copy))
    print(f"database {source}: {size / 1e6:.1f} MB")
    print(f"reference, plain file copy        {plain:7.2f} s")
    print(
        f"online copy (backup API)          {online:7.2f} s   {online / plain:5.1f}× the file copy"
    )
    print(
        f"verification (integrity_check)    {verify:7.2f} s   {verify / plain:5.1f}× the file copy"
    )
    print(
        f"backup total                      {online + verify:7.2f} s   copy {copy.stat().st_size / 1e6:.1f} MB"
    )


if __name__ == "__main__":
    main()
