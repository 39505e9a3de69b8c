"""Where the program finds its shipped resources and keeps the user's data."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "ResidentDesk"


def resources_dir() -> Path:
    """The shipped resources folder (fonts, defaults, translations)."""
    override = os.environ.get("RESIDENT_DESK_RESOURCES")
    if override:
        return Path(override)
    return Path(__file__).resolve().parent.parent / "resources"


def defaults_dir() -> Path:
    """The data files with the contract's defaults and the demo data."""
    return resources_dir() / "defaults"


def user_data_dir() -> Path:
    """The user's data folder, where the default database lives."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_database_path() -> Path:
    """The embedded default database file in the user's data folder."""
    return user_data_dir() / "resident-desk.sqlite3"
