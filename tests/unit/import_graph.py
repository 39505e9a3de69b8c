"""The import graph of ``app/`` read from the source (every import, lazy ones included)."""

from __future__ import annotations

import ast
from collections.abc import Iterable, Mapping
from pathlib import Path

Graph = Mapping[str, frozenset[str]]

# Which top-level rooms of app/ each room may import (DESIGN.md: cli → gui → services →
# (domain, db, exports); exports → domain; demo → services). ``paths`` and ``app`` (the version)
# are leaves anyone may read.
ALLOWED_LAYERS: dict[str, frozenset[str]] = {
    "domain": frozenset({"domain"}),
    "db": frozenset({"db", "domain", "paths", "app"}),
    "exports": frozenset({"exports", "domain", "paths"}),
    "services": frozenset({"services", "domain", "db", "exports", "paths", "app"}),
    "gui": frozenset({"gui", "services", "domain", "paths", "app"}),
    "demo": frozenset({"demo", "services", "domain", "db", "paths"}),
    "cli": frozenset({"cli", "gui", "services", "demo", "domain", "db", "paths", "app"}),
    "paths": frozenset(),
    "app": frozenset(),
    "__main__": frozenset({"cli"}),
}


def module_name(root: Path, path: Path) -> str:
    """``app/services/tickets/calls.py`` → ``app.services.tickets.calls``."""
    parts = path.relative_to(root.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def read_graph(root: Path) -> dict[str, frozenset[str]]:
    """Each module of the package at ``root`` and the modules of the package it imports."""
    paths = {module_name(root, p): p for p in root.rglob("*.py")}
    graph: dict[str, frozenset[str]] = {}
    for name, path in paths.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        targets: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                targets.update(a.name for a in node.names)
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    parts = package.split(".")[: len(package.split(".")) - node.level + 1]
                    base = ".".join([*parts, *([node.module] if node.module else [])])
                for alias in node.names:
                    full = f"{base}.{alias.name}"
                    targets.add(full if full in paths else base)
        graph[name] = frozenset(t for t in targets if t in paths and t != name)
    return graph


def cycles(graph: Graph) -> list[list[str]]:
    """Every strongly connected group of two or more modules (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(start: str) -> None:
        # Iterative Tarjan: a deep chain of imports must not hit the recursion limit.
        work = [(start, iter(sorted(graph.get(start, ()))))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph.get(child, ())))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                group = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.append(member)
                    if member == node:
                        break
                if len(group) > 1:
                    found.append(sorted(group))

    for name in sorted(graph):
        if name not in index:
            visit(name)
    return found


def layer_of(module: str) -> str:
    """The room of ``app/`` a module lives in: ``app.services.tickets.calls`` → ``services``."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else parts[0]


def wrong_way(graph: Graph, allowed: Mapping[str, Iterable[str]] = ALLOWED_LAYERS) -> list[str]:
    """Every import from one room into a room it may not reach, as ``a -> b``."""
    return sorted(
        f"{source} -> {target}"
        for source, targets in graph.items()
        for target in targets
        if layer_of(target) != layer_of(source)
        and layer_of(target) not in set(allowed.get(layer_of(source), ()))
    )
