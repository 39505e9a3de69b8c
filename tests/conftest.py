"""Shared fixtures: a fixed clock and a set-up database on a real SQLite file, or on a
PostgreSQL server with ``--db-backend postgresql`` (see tests/pg_server.py)."""

from __future__ import annotations

import faulthandler
import os
import tempfile
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The program's data folder (its log file) stays out of the tester's home.
os.environ["XDG_DATA_HOME"] = tempfile.mkdtemp(prefix="resident-desk-tests-")

from app.domain.accounts.roles import Role  # noqa: E402
from app.domain.audit.actions import ACCOUNT_CREATE  # noqa: E402
from app.domain.clock import FixedClock  # noqa: E402
from app.domain.tickets.workflow import SIGNED_STEPS, Action  # noqa: E402
from app.services import (
    accounts,  # noqa: E402
    contract,  # noqa: E402
)
from app.services.context import Desk  # noqa: E402
from app.services.setup import OpenedDesk, complete_setup, open_desk  # noqa: E402
from app.services.tickets import (
    calls,  # noqa: E402
    signoff,  # noqa: E402
)

START = datetime(2026, 11, 24, 1, 0, tzinfo=UTC)  # 09:00 in the centre (UTC+8)
ENGINEER = ("sungong", "孙工", "Zhuchang@123")
SUPERVISOR = ("mazhang", "马所长", "Queren@2026")  # the client's confirmer, signs at the desk


BACKENDS = ("sqlite", "postgresql")


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--db-backend",
        choices=BACKENDS,
        default=os.environ.get("RESIDENT_DESK_TEST_DB", "sqlite"),
        help="the database the service, export, GUI and CLI tests run on (default sqlite)",
    )


_fault_log: Any = None


def pytest_sessionstart(session: pytest.Session) -> None:
    """A crash of an xdist worker leaves Python's fault traceback in a file CI prints."""
    global _fault_log
    folder = os.environ.get("RESIDENT_DESK_FAULT_DIR")
    worker = os.environ.get("PYTEST_XDIST_WORKER")
    if folder and worker:
        Path(folder).mkdir(parents=True, exist_ok=True)
        _fault_log = open(Path(folder) / f"{worker}.log", "a", encoding="utf-8")  # noqa: SIM115
        faulthandler.enable(_fault_log, all_threads=True)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "sqlite_only(reason): a test of the SQLite file itself; skipped on PostgreSQL"
    )
    config.addinivalue_line(
        "markers", "postgresql_only(reason): a test of the server; skipped on SQLite"
    )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    backend = config.getoption("--db-backend")
    for item in items:
        for marker, runs_on in (("sqlite_only", "sqlite"), ("postgresql_only", "postgresql")):
            found = item.get_closest_marker(marker)
            if found is not None and backend != runs_on:
                reason = found.args[0] if found.args else found.kwargs.get("reason", marker)
                item.add_marker(pytest.mark.skip(reason=f"{runs_on} only: {reason}"))


@pytest.fixture(scope="session")
def db_backend(pytestconfig: pytest.Config) -> str:
    return str(pytestconfig.getoption("--db-backend"))


_SERVERS: list[Any] = []  # closed when the session ends (see pytest_sessionfinish)


@pytest.fixture(scope="session")
def pg_server(db_backend: str) -> Any:
    """The test PostgreSQL server (only with ``--db-backend postgresql``)."""
    if db_backend != "postgresql":
        pytest.skip("needs --db-backend postgresql")
    from tests.pg_server import TestServer

    if not _SERVERS:
        _SERVERS.append(TestServer())
    return _SERVERS[0]


def pytest_sessionfinish(session: pytest.Session) -> None:
    """Drop the test databases after the last test's teardown, not within it: pytest-qt runs the
    Qt event loop once more after a test's fixtures are gone, and a window a test left behind
    must not find its database dropped then."""
    while _SERVERS:
        _SERVERS.pop().close()


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(START)


def contract_values(**overrides: Any) -> dict[str, Any]:
    values = contract.default_values(date(2025, 6, 30))
    values.update(overrides)
    return values


def sample_ladder() -> list[contract.LadderRung]:
    return [
        contract.LadderRung(1, "项目经理", "何经理", "内线 9001"),
        contract.LadderRung(2, "售后服务部负责人", "罗主任", "内线 9002"),
        contract.LadderRung(3, "公司领导", "蒋总", "内线 9003"),
    ]


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "desk.sqlite3"


@pytest.fixture
def db_target(request: pytest.FixtureRequest, db_backend: str, db_path: Path) -> Iterator[Any]:
    """Where the test's database is: ``db_path`` on SQLite, a fresh server database's URL (with
    the migrated schema, as text) on PostgreSQL."""
    if db_backend != "postgresql":
        yield db_path
        return
    server = request.getfixturevalue("pg_server")
    url = server.fresh()
    from tests.pg_server import url_text

    yield url_text(url)
    server.drop(url)


@pytest.fixture
def opened(db_target: Path | str, clock: FixedClock) -> Iterator[OpenedDesk]:
    """A fresh database, migrated, with the contract and one engineer, logged in."""
    handle = open_desk(db_target, clock)
    complete_setup(handle.desk, contract_values(), sample_ladder(), *ENGINEER)
    yield handle
    handle.close()


@pytest.fixture
def desk(opened: OpenedDesk) -> Desk:
    return opened.desk


def call_values(**overrides: Any) -> dict[str, Any]:
    """A typical defect call; override any field."""
    values: dict[str, Any] = {
        "requester_name": "张警官",
        "requester_department": "监管科",
        "requester_phone": "8102",
        "channel": "phone",
        "place": "监区一 3号监仓",
        "system": "VIDEO",
        "device": "半球摄像机 IPC-D320",
        "is_hardware": True,
        "ticket_class": "defect",
        "severity": "general",
        "title": "3号监仓摄像机无图像",
        "description": "监控指挥中心发现监区一3号监仓摄像机画面黑屏。",
    }
    values.update(overrides)
    return values


@pytest.fixture
def make_ticket(desk: Desk) -> Callable[..., int]:
    """Log a call through the service; returns the ticket id."""

    def make(**overrides: Any) -> int:
        ticket_id, _number = calls.create_ticket(desk, call_values(**overrides))
        return ticket_id

    return make


# A defect's whole workflow, step by step, with what each step asks for.
DEFECT_STEPS: list[tuple[Action, dict[str, Any]]] = [
    (Action.RESPOND, {}),
    (Action.TRIAGE, {"triage_result": "technical", "analysis": "PoE 交换机端口故障"}),
    (Action.ARRIVE, {}),
    (Action.CONFIRM, {"supervisor_name": "马所长", "plan": "更换交换机端口"}),
    (
        Action.FIX,
        {
            "cause": "PoE 端口损坏",
            "resolution": "改接备用端口，图像恢复",
            "prevention": "定期巡检交换机端口状态",
            "maintenance_type": "corrective",
            "liability": "contractor",
        },
    ),
    (Action.REPORT, {"note": "已上报服务中心"}),
    (Action.REPLY, {"reply": "原因：端口损坏；变更：改接端口 12"}),
    (Action.CLOSE, {"follow_up": "回访满意"}),
]


def add_person(desk: Desk, username: str, display_name: str, password: str, *roles: Role) -> int:
    """An account that has set its own password (the administrator's one is temporary)."""
    with desk.write(ACCOUNT_CREATE) as session:
        return accounts.add_account(
            session, username, display_name, password, roles, desk.clock.now()
        ).id


def ensure_supervisor(desk: Desk) -> None:
    """The client's confirmer 马所长, added the first time a step needs a signature."""
    if SUPERVISOR[0] not in {a.username for a in accounts.list_accounts(desk)}:
        add_person(desk, *SUPERVISOR, Role.SUPERVISOR)


def do_step(desk: Desk, ticket_id: int, action: Action, values: dict[str, Any]) -> str:
    """One step as the engineer does it; a step the client signs is signed electronically by
    the confirmer 马所长 (typing his own account and password at the workstation)."""
    if action not in SIGNED_STEPS:
        return calls.apply_action(desk, ticket_id, action, values)
    ensure_supervisor(desk)
    entered = {k: v for k, v in values.items() if k != "supervisor_name"}
    return signoff.sign_step(desk, ticket_id, action, entered, SUPERVISOR[0], SUPERVISOR[2])


def work_to_fix(desk: Desk, ticket_id: int, clock: FixedClock) -> int:
    """The defect ``ticket_id`` worked step by step, ten minutes apart, up to its fix (before
    the report to the client); returns it."""
    for action, values in DEFECT_STEPS:
        if action is Action.REPORT:
            break
        clock.advance(timedelta(minutes=10))
        do_step(desk, ticket_id, action, values)
    return ticket_id


def as_demo_engineer(desk: Desk) -> Desk:
    """A demo database's desk acting as its engineer (writes need a person, not the program)."""
    from app.services import accounts as account_service

    desk.user = account_service.user_named(desk, "sungong")
    return desk
