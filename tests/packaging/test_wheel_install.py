"""``pip wheel .``, then the wheel in a fresh venv runs from another folder with no source tree."""

from __future__ import annotations

import sys
import venv
from pathlib import Path

import pytest

from tests.packaging.tools import BIN, ROOT, run, smoke, user_env

pytestmark = pytest.mark.packaging


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh venv with only the built wheel (and its dependencies) installed."""
    work = tmp_path_factory.mktemp("wheel")
    built = run([sys.executable, ROOT / "packaging" / "build_wheel.py", "--out", work], work, {})
    assert built.returncode == 0, built.stderr
    wheel = Path(built.stdout.strip().splitlines()[-1])
    target = work / "venv"
    venv.EnvBuilder(with_pip=True).create(target)
    env = user_env(work)
    env.pop("PIP_FIND_LINKS", None)
    result = run([target / BIN / "python", "-m", "pip", "install", "--quiet", wheel], work, env)
    assert result.returncode == 0, result.stderr
    return target


def test_the_wheel_holds_resources_and_migrations(installed: Path, tmp_path: Path) -> None:
    code = (
        "import app, app.paths as p, app.db.migrate as m;"
        "print(app.__file__); print(p.resources_dir()); print(m.MIGRATIONS_DIR)"
    )
    result = run([installed / BIN / "python", "-c", code], tmp_path, user_env(tmp_path))
    assert result.returncode == 0, result.stderr
    module, resources, migrations = (Path(line) for line in result.stdout.splitlines())
    assert installed in module.parents, "app must come from the venv, not the source tree"
    assert resources == module.parent / "resources"
    assert (resources / "defaults" / "demo.json").is_file()
    assert (resources / "translations" / "resident_desk_en.qm").is_file()
    assert (migrations / "env.py").is_file()
    assert not (module.parent.parent / "resources").exists(), "no top-level resources package"
    override = user_env(tmp_path, RESIDENT_DESK_RESOURCES=str(tmp_path))
    result = run([installed / BIN / "python", "-c", code], tmp_path, override)
    assert result.stdout.splitlines()[1] == str(tmp_path)


def test_the_installed_command_runs_from_another_folder(installed: Path, tmp_path: Path) -> None:
    smoke([installed / BIN / "resident-desk"], tmp_path, user_env(tmp_path))
