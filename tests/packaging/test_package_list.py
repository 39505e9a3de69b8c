"""pyproject.toml lists every package under app/ and ships every resource file."""

from __future__ import annotations

import fnmatch
import tomllib
from pathlib import Path

import pytest

from app.paths import package_folder, resources_dir

ROOT = Path(__file__).resolve().parents[2]
NOT_SHIPPED = ("__init__.py", "translations/*.ts")


def _setuptools() -> dict:
    with open(ROOT / "pyproject.toml", "rb") as handle:
        return tomllib.load(handle)["tool"]["setuptools"]


def test_every_package_under_app_is_listed() -> None:
    found = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "app").rglob("__init__.py")
        if "__pycache__" not in init.parts
    }
    listed = set(_setuptools()["packages"])
    missing = sorted(found - listed)
    assert not missing, f"add to [tool.setuptools] packages in pyproject.toml: {missing}"
    resources = {"app.resources"} | {
        f"app.resources.{folder.name}"
        for folder in (ROOT / "resources").iterdir()
        if folder.is_dir()
    }
    assert listed - found == resources - {"app.resources.__pycache__"}


def test_resources_map_to_app_resources() -> None:
    assert _setuptools()["package-dir"] == {"app.resources": "resources"}
    assert (ROOT / "resources" / "__init__.py").is_file()


def test_every_resource_file_is_package_data() -> None:
    package_data = _setuptools()["package-data"]
    folder = ROOT / "resources"
    unshipped = []
    for path in folder.rglob("*"):
        if path.is_dir() or "__pycache__" in path.parts:
            continue
        name = path.relative_to(folder).as_posix()
        if any(fnmatch.fnmatch(name, skip) for skip in NOT_SHIPPED):
            continue
        package = ".".join(("app", "resources", *path.parent.relative_to(folder).parts))
        if not any(fnmatch.fnmatch(path.name, p) for p in package_data.get(package, [])):
            unshipped.append(name)
    assert not unshipped, f"add to package-data of app.resources: {unshipped}"


def test_resources_are_found_through_the_package_or_the_override(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv("RESIDENT_DESK_RESOURCES", raising=False)
    assert (resources_dir() / "defaults" / "demo.json").is_file()
    assert resources_dir() == package_folder("app.resources")
    monkeypatch.setenv("RESIDENT_DESK_RESOURCES", str(tmp_path))
    assert resources_dir() == tmp_path
