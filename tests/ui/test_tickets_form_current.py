"""The generated form module matches its Designer file (regenerate with pyside6-uic if not)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _uic() -> str | None:
    beside = Path(sys.executable).with_name("pyside6-uic")
    return str(beside) if beside.exists() else shutil.which("pyside6-uic")


def _body(text: str) -> list[str]:
    """The generated code without the banner (it names the uic version)."""
    return [line for line in text.splitlines() if not line.startswith("##")]


@pytest.mark.parametrize("name", ["new_ticket"])
def test_generated_form_is_current(name: str, tmp_path: Path) -> None:
    uic = _uic()
    if uic is None:
        pytest.skip("pyside6-uic not installed")
    out = tmp_path / f"ui_{name}.py"
    subprocess.run([uic, str(ROOT / "ui" / f"{name}.ui"), "-o", str(out)], check=True)
    current = (ROOT / "app" / "gui" / "forms" / f"ui_{name}.py").read_text(encoding="utf-8")
    assert _body(out.read_text(encoding="utf-8")) == _body(current), (
        f"app/gui/forms/ui_{name}.py is stale: run "
        f"pyside6-uic ui/{name}.ui -o app/gui/forms/ui_{name}.py"
    )
