"""One typed registry of UI state (window geometry, last login name, save folders) over QSettings."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Generic, TypeVar, cast

from PySide6.QtCore import QByteArray, QSettings

from app.paths import APP_NAME

T = TypeVar("T", str, int, bool, QByteArray)

_override_file: Path | None = None


@dataclass(frozen=True)
class Setting(Generic[T]):
    """One UI setting: its key, its type and the value used when nothing is stored."""

    key: str
    type: type[T]
    default: T


MAIN_WINDOW_GEOMETRY = Setting("main_window/geometry", QByteArray, QByteArray())
MAIN_WINDOW_STATE = Setting("main_window/state", QByteArray, QByteArray())
# The folder the user last saved into, per kind of file (empty: the Documents folder).
DOCUMENT_FOLDER = Setting("files/document_folder", str, "")
EXPORT_FOLDER = Setting("files/export_folder", str, "")
BACKUP_FOLDER = Setting("files/backup_folder", str, "")
# The database server this workstation works on (连接数据库); never its password.
USE_SERVER = Setting("database/use_server", bool, False)
SERVER_HOST = Setting("database/host", str, "")
SERVER_PORT = Setting("database/port", int, 5432)
SERVER_DATABASE = Setting("database/name", str, "")
SERVER_USER = Setting("database/user", str, "")
SERVER_TLS = Setting("database/tls_mode", str, "prefer")


def last_username(database: str) -> Setting[str]:
    """The login name last used on this database (its file path or URL, kept only as a hash):
    another database's accounts are other people."""
    digest = hashlib.sha256(database.encode("utf-8")).hexdigest()[:16]
    return Setting(f"login/last_username_{digest}", str, "")


def use_settings_file(path: Path | None) -> None:
    """Keep UI state in this INI file instead of the user's (tests); None goes back to normal."""
    global _override_file
    _override_file = path


class UiSettings:
    """Reads and writes the registered settings with their types (INI format, per user)."""

    def __init__(self) -> None:
        if _override_file is not None:
            self._store = QSettings(str(_override_file), QSettings.Format.IniFormat)
        else:
            self._store = QSettings(
                QSettings.Format.IniFormat, QSettings.Scope.UserScope, APP_NAME, APP_NAME
            )

    def get(self, setting: Setting[T]) -> T:
        if not self._store.contains(setting.key):
            return setting.default
        try:
            value = self._store.value(setting.key, setting.default, type=setting.type)
        except (TypeError, ValueError):
            return setting.default
        return cast(T, value) if isinstance(value, setting.type) else setting.default

    def set(self, setting: Setting[T], value: T) -> None:
        self._store.setValue(setting.key, value)

    def sync(self) -> None:
        self._store.sync()
