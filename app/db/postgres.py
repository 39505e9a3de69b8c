"""PostgreSQL's own ways, beside sqlite.py: the URL, connection settings, locks, dumps, checks.

A shared server is the one network connection the program ever makes (on the site's LAN). The
password is part of the URL only in memory: never logged, never shown (``display_url``).
"""

from __future__ import annotations

import os
import platform
import shutil
import subprocess
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, event, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

DIALECT = "postgresql"
DRIVER = "postgresql+psycopg"
SCHEMES = ("postgresql", "postgres", "postgresql+psycopg")
CONNECT_TIMEOUT_S = 10
# How long a write waits for a row another workstation holds (then a clear "try again").
LOCK_TIMEOUT_MS = 30_000
SSL_MODES = ("disable", "prefer", "require", "verify-ca", "verify-full")
# The program's transaction-level advisory locks (pg_advisory_xact_lock): one number each.
LOCK_NAMESPACE = 0x52440000  # "RD"


def is_server_url(value: object) -> bool:
    """Whether ``value`` names a PostgreSQL server rather than a file."""
    return isinstance(value, str | URL) and str(value).split(":", 1)[0].lower() in SCHEMES


def parse_url(value: str | URL) -> URL:
    """A PostgreSQL URL with the psycopg 3 driver; ``ValueError`` with a Chinese message if not."""
    try:
        url = make_url(value)
    except ArgumentError:
        raise ValueError(f"数据库地址格式不对：{display_text(str(value))}") from None
    if url.drivername not in SCHEMES:
        raise ValueError(f"不是 PostgreSQL 数据库地址：{display_url(url)}")
    if not url.database:
        raise ValueError(f"数据库地址缺少数据库名：{display_url(url)}")
    return url.set(drivername=DRIVER)


def build_url(
    host: str,
    port: int,
    database: str,
    username: str,
    password: str | None = None,
    sslmode: str = "prefer",
) -> URL:
    """A URL from the 连接数据库 dialog's fields."""
    query = {"sslmode": sslmode} if sslmode and sslmode != "prefer" else {}
    return URL.create(
        DRIVER,
        username=username or None,
        password=password or None,
        host=host or None,
        port=port or None,
        database=database,
        query=query,
    )


def display_url(url: str | URL) -> str:
    """The URL as it may be logged or shown: the password replaced by ***."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return display_text(str(url))


def display_text(value: str) -> str:
    """Any text that may hold a URL, with a password in it hidden (for error messages)."""
    scheme, sep, rest = value.partition("://")
    if not sep or "@" not in rest:
        return value
    credentials, _, location = rest.rpartition("@")
    user = credentials.split(":", 1)[0]
    return f"{scheme}://{user}:***@{location}" if ":" in credentials else value


def without_password(url: str | URL) -> URL:
    return make_url(url).set(password=None)


def location_key(url: str | URL) -> str:
    """A short name of the server and database (for this workstation's lock file)."""
    plain = make_url(url)
    where = f"{plain.username}@{plain.host}:{plain.port or 5432}/{plain.database}"
    return f"{zlib.crc32(where.encode('utf-8')):08x}"


def connect_args() -> dict[str, Any]:
    return {
        "connect_timeout": CONNECT_TIMEOUT_S,
        "application_name": f"resident-desk@{platform.node()[:40]}",
    }


def configure(engine: Engine, write_option: str) -> None:
    """Session settings on every connection: UTC, and a bounded wait for locked rows."""

    @event.listens_for(engine, "connect")
    def on_connect(dbapi_connection: Any, _record: Any) -> None:
        autocommit = dbapi_connection.autocommit
        dbapi_connection.autocommit = True
        with dbapi_connection.cursor() as cursor:
            cursor.execute("SET TIME ZONE 'UTC'")
            cursor.execute(f"SET lock_timeout = {LOCK_TIMEOUT_MS}")
        dbapi_connection.autocommit = autocommit


def advisory_key(name: str) -> int:
    """The advisory lock number of a named critical section (stable across processes)."""
    return LOCK_NAMESPACE + (zlib.crc32(name.encode("utf-8")) & 0xFFFF)


def lock_for_transaction(connection: Connection, name: str) -> None:
    """Wait for the named lock; it is released at the end of the current transaction."""
    connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": advisory_key(name)})


def table_names(connection: Connection) -> set[str]:
    rows = connection.execute(
        text("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")
    )
    return {row[0] for row in rows}


def current_generation(connection: Connection) -> int:
    """The change counter of the backup schedule: a sequence, so writers never wait for it."""
    return int(connection.execute(text("SELECT last_value FROM data_generation_seq")).scalar_one())


BUMP_GENERATION = text("SELECT nextval('data_generation_seq')")


def integrity_problems(connection: Connection) -> list[str]:
    """What the server's catalogue says is not whole: constraints not validated, broken indexes.

    The server enforces every constraint on every write; a constraint added NOT VALID or an index
    left invalid by a failed build are the ways data can escape them.
    """
    problems = []
    rows = connection.execute(
        text(
            "SELECT conrelid::regclass::text, conname FROM pg_constraint c "
            "JOIN pg_namespace n ON n.oid = c.connamespace "
            "WHERE n.nspname = current_schema() AND NOT c.convalidated"
        )
    )
    problems += [f"约束未生效：{table}.{name}" for table, name in rows]
    rows = connection.execute(
        text(
            "SELECT i.indrelid::regclass::text, i.indexrelid::regclass::text FROM pg_index i "
            "JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname = current_schema() AND NOT (i.indisvalid AND i.indisready)"
        )
    )
    problems += [f"索引无效：{table}.{name}" for table, name in rows]
    rows = connection.execute(
        text(
            "SELECT c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
            "JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname = current_schema() AND NOT t.tgisinternal"
        )
    )
    problems += [f"表上有本程序之外的触发器：{table}" for (table,) in rows]
    return problems


# --- pg_dump and pg_restore ---------------------------------------------------------------------


class ToolMissingError(RuntimeError):
    """pg_dump or pg_restore is not installed on this workstation."""

    def __init__(self, tool: str) -> None:
        super().__init__(tool)
        self.tool = tool


@dataclass(frozen=True)
class ToolFailure(RuntimeError):
    tool: str
    message: str

    def __str__(self) -> str:
        return f"{self.tool}: {self.message}"


def find_tool(tool: str) -> Path | None:
    """The client program on PATH, or in Debian's versioned folder (newest first)."""
    found = shutil.which(tool)
    if found:
        return Path(found)
    versions = sorted(Path("/usr/lib/postgresql").glob(f"*/bin/{tool}"), reverse=True)
    return versions[0] if versions else None


def _environment(url: URL) -> dict[str, str]:
    """libpq's variables for the URL: the password travels in the environment, never argv."""
    environment = dict(os.environ)
    values = {
        "PGHOST": url.host,
        "PGPORT": str(url.port) if url.port else None,
        "PGUSER": url.username,
        "PGDATABASE": url.database,
        "PGPASSWORD": url.password,
        "PGSSLMODE": url.query.get("sslmode"),
        "PGCONNECT_TIMEOUT": str(CONNECT_TIMEOUT_S),
    }
    for key, value in values.items():
        if value:
            environment[key] = str(value)
    return environment


def _run(tool: str, arguments: list[str], url: URL) -> None:
    program = find_tool(tool)
    if program is None:
        raise ToolMissingError(tool)
    result = subprocess.run(
        [str(program), *arguments],
        env=_environment(url),
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        raise ToolFailure(tool, display_text(result.stderr.strip() or f"exit {result.returncode}"))


def dump(url: str | URL, destination: Path) -> None:
    """A consistent copy of the whole database in pg_dump's custom format (one snapshot)."""
    _run(
        "pg_dump",
        ["--format=custom", "--no-owner", "--no-privileges", f"--file={destination}"],
        make_url(url),
    )


def restore(url: str | URL, source: Path) -> None:
    """Replace the database's tables with a dump's, in one transaction (all or nothing)."""
    _run(
        "pg_restore",
        [
            "--clean",
            "--if-exists",
            "--no-owner",
            "--no-privileges",
            "--single-transaction",
            "--exit-on-error",
            f"--dbname={make_url(url).database}",
            str(source),
        ],
        make_url(url),
    )


def list_dump(source: Path) -> list[str]:
    """The table of contents of a dump (``pg_restore --list``); ToolFailure if it is not one."""
    program = find_tool("pg_restore")
    if program is None:
        raise ToolMissingError("pg_restore")
    result = subprocess.run(
        [str(program), "--list", str(source)],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        raise ToolFailure("pg_restore", result.stderr.strip())
    return result.stdout.splitlines()


_COPY_ESCAPES = {"b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v"}


def _copy_field(value: str) -> str | None:
    """One field of COPY's text format: ``\\N`` is NULL, backslash sequences are decoded."""
    if value == "\\N":
        return None
    if "\\" not in value:
        return value
    out: list[str] = []
    raw = bytearray()  # \ooo and \xhh are bytes of the UTF-8 text
    index = 0
    while index < len(value):
        char = value[index]
        if char != "\\" or index + 1 == len(value):
            out.append(raw.decode("utf-8", "replace") + char)
            raw.clear()
            index += 1
            continue
        following = value[index + 1]
        if following in "01234567":
            digits = value[index + 1 : index + 4]
            digits = digits[: len(digits) - len(digits.lstrip("01234567"))] or digits[:1]
            raw.append(int(digits, 8) & 0xFF)
            index += 1 + len(digits)
        elif following == "x" and index + 2 < len(value):
            digits = value[index + 2 : index + 4]
            digits = digits[: len(digits) - len(digits.lstrip("0123456789abcdefABCDEF"))]
            raw.append(int(digits or "0", 16))
            index += 2 + len(digits)
        else:
            out.append(raw.decode("utf-8", "replace") + _COPY_ESCAPES.get(following, following))
            raw.clear()
            index += 2
    out.append(raw.decode("utf-8", "replace"))
    return "".join(out)


def dump_table(source: Path, table: str) -> list[dict[str, str | None]]:
    """The rows of one table in a dump (read by ``pg_restore --data-only``; nothing restored),
    as column → text; empty if the dump has no such table."""
    program = find_tool("pg_restore")
    if program is None:
        raise ToolMissingError("pg_restore")
    result = subprocess.run(
        [str(program), "--data-only", f"--table={table}", "--file=-", str(source)],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    if result.returncode != 0:
        raise ToolFailure("pg_restore", result.stderr.strip())
    rows: list[dict[str, str | None]] = []
    columns: list[str] | None = None
    for line in result.stdout.split("\n"):
        if columns is None:
            if line.startswith("COPY ") and line.endswith(" FROM stdin;"):
                names = line[line.index("(") + 1 : line.rindex(")")]
                columns = [name.strip().strip('"') for name in names.split(",")]
            continue
        if line == "\\.":
            break
        rows.append(dict(zip(columns, map(_copy_field, line.split("\t")), strict=False)))
    return rows


def dump_created_at(listing: list[str]) -> str:
    """When the dump was made, as ``pg_restore --list`` says it (``2026-12-03 14:18:05 UTC``)."""
    for line in listing[:5]:
        _, found, when = line.partition("Archive created at ")
        if found:
            return when.strip()
    return ""
