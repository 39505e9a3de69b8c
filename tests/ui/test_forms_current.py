"""Every generated form in app/gui/forms matches its Designer file in ui/."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
UIC = Path(sys.executable).parent / "pyside6-uic"
FORMS = sorted(p.stem for p in (ROOT / "ui").glob("*.ui"))


def _body(text: str) -> list[str]:
    """The generated code without the comment header (it names the Qt version)."""
    return [line for line in text.splitlines() if not line.startswith("##")]


def test_every_ui_file_has_a_form() -> None:
    assert {"login", "new_ticket"} <= set(FORMS)


@pytest.mark.parametrize("name", FORMS)
def test_generated_form_is_current(name: str, tmp_path: Path) -> None:
    assert UIC.exists(), f"{UIC} is missing: PySide6-Essentials ships it"
    generated = ROOT / "app" / "gui" / "forms" / f"ui_{name}.py"
    command = f"{UIC} ui/{name}.ui -o app/gui/forms/ui_{name}.py"
    assert generated.exists(), f"app/gui/forms/ui_{name}.py is missing: run {command}"
    fresh = tmp_path / f"ui_{name}.py"
    subprocess.run([str(UIC), str(ROOT / "ui" / f"{name}.ui"), "-o", str(fresh)], check=True)
    assert _body(fresh.read_text(encoding="utf-8")) == _body(
        generated.read_text(encoding="utf-8")
    ), f"app/gui/forms/ui_{name}.py is out of date with ui/{name}.ui: run {command}"
