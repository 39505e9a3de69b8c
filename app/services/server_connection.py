"""Connecting to a PostgreSQL server from the 连接数据库 dialog: the fields, the URL, a probe.

The password goes into the URL in memory only; what is remembered (``ServerSettings``) never
holds it, and what is shown (``display``) hides it.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.engine import make_url

from app.db import postgres
from app.db.engine import Database
from app.db.file_check import Verdict
from app.db.opening import judge_server
from app.domain.i18n import QT_TRANSLATE_NOOP, Marked

DEFAULT_PORT = 5432
# libpq's sslmode values, as the dialog offers them.
TLS_MODES: tuple[tuple[str, str], ...] = (
    ("prefer", QT_TRANSLATE_NOOP("server", "优先加密（服务器支持时）")),
    ("require", QT_TRANSLATE_NOOP("server", "必须加密")),
    ("verify-ca", QT_TRANSLATE_NOOP("server", "必须加密并验证服务器证书")),
    ("verify-full", QT_TRANSLATE_NOOP("server", "必须加密并验证证书与主机名")),
    ("disable", QT_TRANSLATE_NOOP("server", "不加密")),
)


@dataclass(frozen=True)
class ServerSettings:
    """Where the server is and who connects: everything but the password."""

    host: str
    port: int
    database: str
    username: str
    tls_mode: str = "prefer"

    def url(self, password: str = "") -> str:
        """The connection URL (with the password, if given: keep it in memory only)."""
        url = postgres.build_url(
            self.host.strip(),
            self.port,
            self.database.strip(),
            self.username.strip(),
            password or None,
            self.tls_mode,
        )
        return url.render_as_string(hide_password=False)

    def display(self) -> str:
        return postgres.display_url(self.url())

    def missing(self) -> str:
        """The first required field left empty (its key), or ""."""
        for key in ("host", "database", "username"):
            if not str(getattr(self, key)).strip():
                return key
        return ""


def settings_of(url: str) -> ServerSettings:
    """The fields of a URL (its password dropped)."""
    parsed = make_url(url)
    return ServerSettings(
        host=parsed.host or "",
        port=parsed.port or DEFAULT_PORT,
        database=parsed.database or "",
        username=parsed.username or "",
        tls_mode=str(parsed.query.get("sslmode", "prefer")),
    )


def has_password(url: str) -> bool:
    return bool(make_url(url).password)


def probe(url: str) -> Marked:
    """Connect once and say what is there, in plain words; ``DatabaseOpenError`` if it fails."""
    database = Database.open_url(url)
    try:
        verdict = judge_server(database)
    finally:
        database.dispose()
    if verdict.verdict is Verdict.MISSING:
        return Marked("server", QT_TRANSLATE_NOOP("server", "连接成功：空数据库，首次启动时建立"))
    if verdict.verdict is Verdict.CURRENT:
        return Marked("server", QT_TRANSLATE_NOOP("server", "连接成功：驻场运维台数据库"))
    if verdict.verdict is Verdict.OLDER:
        return Marked(
            "server", QT_TRANSLATE_NOOP("server", "连接成功：较早版本的数据库，打开时先备份再升级")
        )
    if verdict.verdict is Verdict.NEWER:
        return Marked(
            "server",
            QT_TRANSLATE_NOOP("server", "连接成功，但数据库由更新版本的程序创建，本程序不能打开"),
        )
    return Marked(
        "server",
        QT_TRANSLATE_NOOP("server", "连接成功，但这不是驻场运维台的数据库，本程序不会改动它"),
    )
