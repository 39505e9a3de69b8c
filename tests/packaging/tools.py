"""Helpers for the packaging tests: a clean environment and commands run as a user runs them."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BIN = "Scripts" if sys.platform == "win32" else "bin"


def user_env(home: Path, **extra: str) -> dict[str, str]:
    """The environment of a user with a private home: no resources override, no pip settings."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("PIP_", "PYTHON", "RESIDENT_DESK_", "VIRTUAL_ENV"))
    }
    env.update(
        {
            "HOME": str(home),
            "XDG_CONFIG_HOME": str(home / "config"),
            "XDG_DATA_HOME": str(home / "data"),
            "QT_QPA_PLATFORM": "offscreen",
            "LC_ALL": "C.UTF-8",
            "LANG": "C.UTF-8",
        }
    )
    env.update(extra)
    return env


def run(
    args: list[str | Path], cwd: Path, env: dict[str, str], timeout: float = 900
) -> subprocess.CompletedProcess[str]:
    """Run a command, capture its output; the test asserts on the outcome."""
    return subprocess.run(
        [str(arg) for arg in args],
        cwd=cwd,
        env=env,
        capture_output=True,
        encoding="utf-8",
        errors="replace",
        timeout=timeout,
        check=False,
    )


def smoke(program: list[str | Path], work: Path, env: dict[str, str]) -> None:
    """A user's first minutes: demo, check, a screenshot, one PDF — each must exit 0."""
    db = work / "demo.sqlite3"
    result = run([*program, "demo", "--db", db, "--months", "1", "--seed", "7"], work, env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "登录名：sungong" in result.stdout
    result = run([*program, "check", "--db", db], work, env)
    assert result.returncode == 0, result.stdout + result.stderr
    shot = work / "main-window.png"
    result = run([*program, "gui", "--db", db, "--screenshot", shot], work, env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert shot.stat().st_size > 20_000
    pdf = work / "plans.pdf"
    printing = {**env, "RESIDENT_DESK_PASSWORD": "Demo@2026"}  # the demo accounts' password
    result = run(
        [*program, "pdf", "plans-booklet", "--db", db, "--out", pdf, "--user", "sungong"],
        work,
        printing,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert pdf.read_bytes().startswith(b"%PDF")
    assert b"FontFile2" in pdf.read_bytes()  # the shipped TrueType font is embedded
