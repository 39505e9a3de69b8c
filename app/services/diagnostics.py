"""The program's log file and failures said in plain words, for the GUI and the command line alike.

One rotating log in the user's data folder, readable by its owner only. It records what happened
to what (ids, serials, paths) and the tracebacks of failures, never the contents of records:
exception texts are reduced to what a library says (the driver's message, an error's template),
and any non-ASCII text in them, which would be the user's own words, is left out.
"""

from __future__ import annotations

import errno
import logging
import logging.handlers
import os
import platform
import re
import sys
import traceback
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from app import __version__
from app.domain.i18n import QT_TRANSLATE_NOOP, Marked, MarkedError
from app.paths import user_data_dir

LOG_NAME = "resident-desk.log"
LOG_BYTES = 1_000_000
LOG_KEEP = 5  # resident-desk.log.1 … .5
LOGGER = "app"
_USER_TEXT = re.compile(r"[^\x00-\x7f]+")
_handler: logging.Handler | None = None


def log_path() -> Path:
    """Where the log is written (it may not exist yet)."""
    return user_data_dir() / "logs" / LOG_NAME


class _PrivateRotatingFile(logging.handlers.RotatingFileHandler):
    """A rotating log whose files are created readable by their owner only."""

    def _open(self):  # type: ignore[no-untyped-def]
        return open(  # noqa: SIM115 - the handler owns and closes the stream
            self.baseFilename,
            self.mode,
            encoding=self.encoding,
            errors=self.errors,
            opener=lambda name, flags: os.open(name, flags, 0o600),
        )


class _WithoutUserText(logging.Formatter):
    """Tracebacks with each exception's message reduced to what holds no user data."""

    def formatException(self, ei) -> str:  # type: ignore[no-untyped-def]  # noqa: N802
        return failure_details(ei[1]) if ei and ei[1] is not None else ""


def start_logging(where: str) -> Path | None:
    """Log to the file from now on (once per process); None if the file cannot be written."""
    global _handler
    path = log_path()
    if _handler is None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            handler = _PrivateRotatingFile(
                path, maxBytes=LOG_BYTES, backupCount=LOG_KEEP, encoding="utf-8"
            )
        except OSError:
            return None
        handler.setFormatter(
            _WithoutUserText("%(asctime)s %(process)d %(levelname)s %(name)s: %(message)s")
        )
        logger = logging.getLogger(LOGGER)
        logger.addHandler(handler)
        logger.setLevel(logging.INFO)
        _handler = handler
        logger.info(
            "%s started: version %s, Python %s, %s",
            where,
            __version__,
            platform.python_version(),
            platform.platform(),
        )
    return path


def stop_logging() -> None:
    """Close the log file (tests; the program's end closes it anyway)."""
    global _handler
    if _handler is not None:
        logging.getLogger(LOGGER).removeHandler(_handler)
        _handler.close()
        _handler = None


def log_failure(error: BaseException, what: str) -> Path | None:
    """Record a failure with its traceback; returns the log's path if there is a log."""
    logging.getLogger(f"{LOGGER}.failure").error(
        "%s failed: %s", what, type(error).__name__, exc_info=error
    )
    return log_path() if _handler is not None else None


def safe_message(error: BaseException) -> str:
    """An exception's message without the user's data in it."""
    orig = getattr(error, "orig", None)  # SQLAlchemy: the driver's words, not the statement
    if isinstance(orig, BaseException):
        error = orig
    if isinstance(error, MarkedError):
        return error.template  # the template, not the values filled in
    return _USER_TEXT.sub("…", str(error))[:300]


def failure_details(error: BaseException) -> str:
    """The traceback of ``error`` (and what caused it), each message reduced by ``safe_message``."""
    lines: list[str] = []
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        block = ["Traceback (most recent call last):\n"]
        block += traceback.format_tb(current.__traceback__)
        block.append(f"{type(current).__module__}.{type(current).__qualname__}: ")
        block.append(safe_message(current) + "\n")
        lines[:0] = block
        cause = current.__cause__ or (None if current.__suppress_context__ else current.__context__)
        if cause is not None:
            lines[:0] = ["\n(caused the following)\n"]
        current = cause
    return "".join(lines).rstrip()


def environment_text(now: datetime) -> str:
    """What the vendor needs to know about the workstation, for a failure report."""
    return (
        f"驻场运维台 {__version__}  {now.astimezone().strftime('%Y-%m-%d %H:%M:%S %z')}\n"
        f"Python {platform.python_version()}  {platform.platform()}  {sys.executable}\n"
        f"日志：{log_path()}"
    )


@dataclass(frozen=True)
class PlainFailure:
    """What failed, in words the user knows: a template of context ``failure`` and its values."""

    template: str
    values: dict[str, object]

    def __str__(self) -> str:
        return self.template.format(**{k: str(v) for k, v in self.values.items()})


_ERRNO_WORDS = {
    errno.ENOSPC: QT_TRANSLATE_NOOP("failure", "磁盘空间已满"),
    errno.EACCES: QT_TRANSLATE_NOOP("failure", "没有访问权限"),
    errno.EPERM: QT_TRANSLATE_NOOP("failure", "没有访问权限"),
    errno.EROFS: QT_TRANSLATE_NOOP("failure", "只读的磁盘或文件夹"),
    errno.EIO: QT_TRANSLATE_NOOP("failure", "磁盘读写出错"),
    errno.ENOENT: QT_TRANSLATE_NOOP("failure", "文件或文件夹不存在"),
}


def plain_failure(error: BaseException) -> PlainFailure:
    """The cause of an unmarked ``error`` in plain words (a ``MarkedError`` says its own)."""
    if isinstance(error, OSError):
        words = _ERRNO_WORDS.get(error.errno or 0)
        reason: object = Marked("failure", words) if words else error.strerror or error
        return PlainFailure(
            QT_TRANSLATE_NOOP("failure", "文件操作失败：{path}（{reason}）"),
            {"path": error.filename or "", "reason": reason},
        )
    if isinstance(error, MemoryError):
        return PlainFailure(QT_TRANSLATE_NOOP("failure", "内存不足"), {})
    return PlainFailure(
        QT_TRANSLATE_NOOP("failure", "程序内部错误（{kind}）"), {"kind": type(error).__name__}
    )
