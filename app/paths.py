"""Where the program finds its shipped resources and keeps the user's data."""

from __future__ import annotations

import os
from importlib.resources import files
from pathlib import Path

import platformdirs

APP_NAME = "ResidentDesk"


def resources_dir() -> Path:
    """The shipped resources folder (fonts, defaults, translations); RESIDENT_DESK_RESOURCES wins."""
    override = os.environ.get("RESIDENT_DESK_RESOURCES")
    if override:
        return Path(override)
    return package_folder("app.resources")


def package_folder(package: str) -> Path:
    """The folder of ``package`` on disk, as importlib.resources finds it (wheel, editable, bundle)."""
    folder = files(package)
    if not isinstance(folder, Path):
        raise RuntimeError(f"程序文件不完整：{package} 不在文件系统上（{folder}）")
    return folder


def defaults_dir() -> Path:
    """The data files with the contract's defaults and the demo data."""
    return resources_dir() / "defaults"


def user_data_dir() -> Path:
    """The user's data folder, where the default database lives."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_database_path() -> Path:
    """The embedded default database file in the user's data folder."""
    return user_data_dir() / "resident-desk.sqlite3"
