"""One program per database file: an exclusive lock on ``<database>.lock`` held while running."""

from __future__ import annotations

import os
import platform
from pathlib import Path
from typing import IO

from app.domain.i18n import QT_TRANSLATE_NOOP, MarkedError


class AlreadyRunningError(MarkedError, RuntimeError):
    """Another copy of the program has this database open."""

    def __init__(self, template: str, **values: object) -> None:
        super().__init__("database", template, **values)


class InstanceLock:
    """An OS-level exclusive lock; released by the OS even if the program crashes."""

    def __init__(self, database_path: Path) -> None:
        self.path = Path(str(database_path) + ".lock")
        self._handle: IO[str] | None = None

    @classmethod
    def for_server(cls, url: str) -> InstanceLock:
        """One program per server database on this workstation and operating-system account:
        the lock file lives in the account's data folder (other workstations run their own)."""
        from app.db.postgres import location_key
        from app.paths import user_data_dir

        return cls(user_data_dir() / "locks" / f"server-{location_key(url)}")

    def acquire(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        handle = open(  # noqa: SIM115 - held until release()
            self.path,
            "a+",
            encoding="utf-8",
            opener=lambda name, flags: os.open(name, flags, 0o600),
        )
        try:
            _lock(handle)
        except OSError:
            handle.seek(0)
            holder = handle.read().strip() or "?"
            handle.close()
            raise AlreadyRunningError(
                QT_TRANSLATE_NOOP(
                    "database",
                    "另一个驻场运维台程序正在使用此数据库（{holder}）。请切换到已打开的窗口，不要同时打开两份。",
                ),
                holder=holder,
            ) from None
        handle.seek(0)
        handle.truncate()
        handle.write(f"pid {os.getpid()} @ {platform.node()}")
        handle.flush()
        self._handle = handle

    def try_acquire(self) -> bool:
        """Take the lock if nobody holds it; False (and nothing held) if another program does."""
        try:
            self.acquire()
        except AlreadyRunningError:
            return False
        return True

    @property
    def held(self) -> bool:
        return self._handle is not None

    def release(self) -> None:
        if self._handle is not None:
            _unlock(self._handle)
            self._handle.close()
            self._handle = None

    def __enter__(self) -> InstanceLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


if os.name == "nt":  # pragma: no cover - exercised on Windows workstations only
    import msvcrt

    def _lock(handle: IO[str]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)

    def _unlock(handle: IO[str]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
