"""The rooms and arrows of DESIGN.md hold: capability packages, one-way imports, no cycle, Qt in gui."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from tests.unit.import_graph import cycles, layer_of, read_graph, wrong_way

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


GRAPH = read_graph(APP)
CAPABILITIES = ("tickets", "inspections", "store", "plans", "devices", "training")


def test_no_import_cycle_in_app() -> None:
    assert cycles(GRAPH) == []


def test_imports_go_the_one_way_of_design_md() -> None:
    assert wrong_way(GRAPH) == []


def test_demo_is_imported_only_by_the_cli() -> None:
    importers = {m for m, targets in GRAPH.items() for t in targets if layer_of(t) == "demo"}
    assert {layer_of(m) for m in importers} <= {"cli", "demo"}


def test_the_command_line_is_a_package_with_one_module_per_group() -> None:
    assert not list(APP.glob("cli*.py")), "app/cli*.py at the top level: use app/cli/"
    for group in ("gui", "demo", "check", "pdf", "export", "document", "plans", "imports"):
        assert (APP / "cli" / f"{group}.py").is_file()
    common = GRAPH["app.cli.common"]
    assert not {t for t in common if t.startswith("app.cli")}, "common imports no command"


@pytest.mark.parametrize("layer", ["services", "exports", "domain", "gui"])
def test_every_layer_has_a_package_per_capability(layer: str) -> None:
    for capability in CAPABILITIES:
        init = APP / layer / capability / "__init__.py"
        assert init.is_file()
        assert ast.get_docstring(ast.parse(init.read_text(encoding="utf-8")))


def test_model_modules_do_not_import_the_models_package() -> None:
    models = {m: t for m, t in GRAPH.items() if m.startswith("app.db.models.")}
    assert models and not {m for m, t in models.items() if "app.db.models" in t}


# The checks themselves, on synthetic graphs: they must fail when a rule is broken.


def test_a_cycle_in_a_synthetic_graph_is_found() -> None:
    graph = {
        "app.services.a": frozenset({"app.services.b"}),
        "app.services.b": frozenset({"app.services.c"}),
        "app.services.c": frozenset({"app.services.a"}),
        "app.services.d": frozenset({"app.services.a"}),
        "app.domain.x": frozenset(),
    }
    assert cycles(graph) == [["app.services.a", "app.services.b", "app.services.c"]]
    assert cycles({**graph, "app.services.c": frozenset()}) == []


def test_a_wrong_way_import_in_a_synthetic_graph_is_found() -> None:
    graph = {
        "app.services.tickets.calls": frozenset({"app.domain.tickets.sla", "app.gui.widgets"}),
        "app.domain.tickets.sla": frozenset(),
        "app.gui.widgets": frozenset({"app.services.tickets.calls"}),
        "app.exports.pdf_frame": frozenset({"app.db.models"}),
        "app.db.models": frozenset(),
        "app.gui.main_window": frozenset({"app.demo.builder"}),
        "app.demo.builder": frozenset(),
    }
    assert wrong_way(graph) == [
        "app.exports.pdf_frame -> app.db.models",
        "app.gui.main_window -> app.demo.builder",
        "app.services.tickets.calls -> app.gui.widgets",
    ]


def test_the_graph_reader_sees_lazy_and_relative_imports(tmp_path: Path) -> None:
    package = tmp_path / "app"
    (package / "cli").mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "cli" / "__init__.py").write_text("from app.cli import pdf\n")
    (package / "cli" / "pdf.py").write_text("def run():\n    from . import export\n")
    (package / "cli" / "export.py").write_text("def run():\n    import app.cli.pdf\n")
    graph = read_graph(package)
    assert graph["app.cli.pdf"] == {"app.cli.export"}
    assert cycles(graph) == [["app.cli.export", "app.cli.pdf"]]
