"""The layers of DESIGN.md hold: Qt only in app/gui, no SQLAlchemy in app/domain, no network."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

APP = Path(__file__).resolve().parents[2] / "app"
NETWORK_MODULES = {"socket", "urllib", "http", "requests", "httpx", "ftplib", "smtplib", "ssl"}


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def _modules(folder: str = "") -> list[Path]:
    return sorted((APP / folder).rglob("*.py"))


def _roots(names: set[str]) -> set[str]:
    return {n.split(".")[0] for n in names}


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(APP)))
def test_qt_only_in_gui_and_no_network(path: Path) -> None:
    names = _imports(path)
    if "gui" not in path.relative_to(APP).parts:
        assert "PySide6" not in _roots(names), "PySide6 belongs in app/gui only"
    assert not _roots(names) & NETWORK_MODULES, "the workstation is air-gapped"


@pytest.mark.parametrize("path", _modules("domain"), ids=lambda p: p.name)
def test_domain_is_pure(path: Path) -> None:
    names = _imports(path)
    assert "sqlalchemy" not in _roots(names)
    assert not {n for n in names if n.startswith(("app.db", "app.services", "app.gui"))}


@pytest.mark.parametrize("path", _modules("gui"), ids=lambda p: p.name)
def test_gui_goes_through_services_not_the_database(path: Path) -> None:
    assert "sqlalchemy" not in _roots(_imports(path))
    assert not {n for n in _imports(path) if n.startswith("app.db")}


@pytest.mark.parametrize("path", _modules("services"), ids=lambda p: p.name)
def test_services_do_not_reach_up_into_gui(path: Path) -> None:
    assert not {n for n in _imports(path) if n.startswith("app.gui")}


def test_every_module_has_a_docstring() -> None:
    missing = [
        str(p.relative_to(APP))
        for p in _modules()
        if "forms" not in p.parts
        and "versions" not in p.parts
        and ast.get_docstring(ast.parse(p.read_text(encoding="utf-8"))) is None
    ]
    assert missing == []
