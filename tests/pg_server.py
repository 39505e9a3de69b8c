"""The PostgreSQL server the suite runs on with ``--db-backend postgresql``: a fresh database per
test, copied from a migrated template (one per test worker), dropped afterwards.

The server is the one ``.ci/run`` starts (Debian's postgresql package); its administrator URL is
``RESIDENT_DESK_TEST_PG_URL`` (default: the role ``.ci/run`` makes on 127.0.0.1).
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime

from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL, Engine, make_url

DEFAULT_ADMIN_URL = "postgresql+psycopg://resident_test:resident_test@127.0.0.1:5432/postgres"
_counter = itertools.count(1)


def admin_url() -> URL:
    return make_url(os.environ.get("RESIDENT_DESK_TEST_PG_URL", DEFAULT_ADMIN_URL))


def _prefix() -> str:
    worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
    return f"rdt_{os.getpid()}_{worker}"


class TestServer:
    """Databases on the test server: a migrated template, and copies of it for each test."""

    def __init__(self) -> None:
        self.admin: Engine = create_engine(admin_url(), isolation_level="AUTOCOMMIT")
        self.template = f"{_prefix()}_template"
        self._made: list[str] = []
        self._template_ready = False

    def url(self, name: str) -> URL:
        return admin_url().set(database=name)

    def _execute(self, statement: str) -> None:
        with self.admin.connect() as connection:
            connection.execute(text(statement))

    def _make_template(self) -> None:
        from app.db.engine import Database
        from app.db.migrate import upgrade

        self._execute(f'DROP DATABASE IF EXISTS "{self.template}" WITH (FORCE)')
        self._execute(f'CREATE DATABASE "{self.template}"')
        database = Database.open_url(self.url(self.template))
        try:
            upgrade(database, datetime.now(UTC))
        finally:
            database.dispose()
        self._template_ready = True

    def fresh(self, migrated: bool = True) -> URL:
        """A new database (migrated to the newest schema unless ``migrated`` is False)."""
        name = f"{_prefix()}_{next(_counter)}"
        if migrated and not self._template_ready:
            self._make_template()
        template = f' TEMPLATE "{self.template}"' if migrated else ""
        self._execute(f'CREATE DATABASE "{name}"{template}')
        self._made.append(name)
        return self.url(name)

    def drop(self, url: URL) -> None:
        """Forget a test's database; dropped with the others at the end (a DROP waits for a
        checkpoint, so dropping them one by one would double each test's time)."""

    def close(self) -> None:
        for name in [*self._made, self.template]:
            self._execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        self.admin.dispose()


@contextmanager
def server() -> Iterator[TestServer]:
    handle = TestServer()
    try:
        yield handle
    finally:
        handle.close()


def url_text(url: URL) -> str:
    """The URL with its password, as a command line's ``--db-url`` takes it."""
    return url.render_as_string(hide_password=False)
