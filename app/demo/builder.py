"""Demo data: a new database with the contract, engineers and months of realistic tickets.

Everything goes through the real services: ``open_desk`` (migrations), ``complete_setup``,
``accounts.add_account``, ``tickets.add_ticket``/``apply_to_ticket`` and
``escalations.record_for_ticket``. Tickets of the last two weeks are written through the session
one transaction per day; older ones (all closed) through the same workflow code with batched
inserts (``demo_bulk``), which keeps a 100,000-ticket build to a couple of minutes.
"""

from __future__ import annotations

import os
import random
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from sqlalchemy import func, select, update

from app.db import audit
from app.db.audit import AuditContext
from app.db.models import Escalation, NumberSequence, Ticket
from app.demo.bulk import write_old_tickets
from app.demo.calls import CallMaker, RegisterDevice, load_demo_data
from app.demo.changes import add_advice, add_changes, add_follow_ups, add_leads
from app.demo.devices import build_demo_register
from app.demo.inspections import (
    Finding,
    InspectionDemoResult,
    InspectionsWritten,
    add_inspections,
)
from app.demo.plan import (
    CENTRE_TZ,
    Step,
    Timing,
    plan_steps,
    sample_timing,
    with_reopen,
)
from app.demo.records import add_device_records
from app.demo.schedule import schedule
from app.demo.showcase import SHOWCASES, place_showcases
from app.demo.store import build_demo_store
from app.demo.work import Escalator, PlannedTicket, Signers, work_steps
from app.domain.accounts.roles import Role
from app.domain.audit.actions import DEMO
from app.domain.clock import Clock, SystemClock
from app.domain.devices.register import DeviceStatus
from app.domain.i18n import QT_TRANSLATE_NOOP
from app.domain.numbering import TICKET_PREFIX, parse_number
from app.domain.tickets.intake import validate_new_ticket
from app.services import accounts, contract
from app.services.context import Desk
from app.services.devices import queries as devices_queries
from app.services.plans.knowledge import seed_demo_knowledge
from app.services.reference import remember
from app.services.setup import (
    complete_setup,
    display_location,
    is_server,
    open_desk,
    server_is_empty,
)
from app.services.tickets import queue
from app.services.tickets.calls import add_ticket
from app.services.tickets.escalations import sweep

DEMO_PASSWORD = "Demo@2026"  # every demo account; meets the default password policy

Progress = Callable[[int, int], None]


class DemoExistsError(FileExistsError):
    """The target file exists; demo data never overwrites a database."""


@dataclass(frozen=True)
class DemoResult:
    """What was built, for the command line to print."""

    path: Path | str  # a file, or the server's URL as it may be shown (no password)
    username: str
    display_name: str
    password: str
    tickets: int
    open_tickets: int
    breaching: int
    loaners_due: int
    unacknowledged: int
    by_status: dict[tuple[str, str], int]
    inspections: InspectionDemoResult | None = None


@dataclass
class _Builder:
    """Plans the tickets: the random source, the demo data and the engineers."""

    rng: random.Random
    now: datetime
    data: dict[str, Any]
    engineers: list[tuple[int, str]]  # (account id, display name); the first is the resident
    signers: Signers

    register: dict[str, list[RegisterDevice]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.calls = CallMaker(self.data, self.rng, self.register)

    def engineer(self) -> tuple[int, str]:
        return self.rng.choices(self.engineers, weights=[7, 2, 1][: len(self.engineers)])[0]

    def plan(
        self,
        scenario: dict[str, Any],
        called_at: datetime,
        timing: Timing | None = None,
        finished: bool = False,
    ) -> PlannedTicket:
        """A call and its steps up to now; ``finished`` drops a reopening that would still run."""
        timing = timing or sample_timing(scenario, called_at, self.rng, self.data["notes"])
        if timing.reopen is None and scenario["class"] == "defect" and self.rng.random() < 0.03:
            timing = with_reopen(timing, self.rng)
        user_id, actor = self.engineer()
        steps = self._steps(scenario, called_at, timing, actor)
        if finished and steps and steps[-1].at > self.now and timing.reopen is not None:
            steps = self._steps(scenario, called_at, replace(timing, reopen=None), actor)
        values = self.calls.values(scenario, called_at)
        call = validate_new_ticket(values, self.now)
        return PlannedTicket(call, [s for s in steps if s.at <= self.now], actor, user_id)

    def _steps(
        self, scenario: dict[str, Any], called_at: datetime, timing: Timing, actor: str
    ) -> list[Step]:
        return plan_steps(
            scenario,
            called_at,
            timing,
            actor,
            self.rng.choice(self.data["supervisors"]),
            self.rng,
            self.rng.choice(self.data["pause_reasons"]),
        )


def _acceptance(now: datetime) -> date:
    """The demo contract's final acceptance: 30 June of last year."""
    return date(now.year - 1, 6, 30)


def _register(desk: Desk, now: datetime, seed: int) -> dict[str, list[RegisterDevice]]:
    """The centre's device register, as entered at final acceptance; by system for the calls."""
    acceptance = _acceptance(now)
    at = datetime.combine(acceptance, time(10)).astimezone(CENTRE_TZ)
    build_demo_register(desk, acceptance, at, random.Random(f"{seed}:devices"))
    register: dict[str, list[RegisterDevice]] = {}
    for device in devices_queries.fetch_rows(desk, devices_queries.query_ids(desk)):
        if device.status is DeviceStatus.IN_USE:
            register.setdefault(device.system_code, []).append(
                (device.id, device.label, device.place)
            )
    return register


def _set_up(
    desk: Desk, data: dict[str, Any], now: datetime
) -> tuple[list[tuple[int, str]], Signers]:
    """Contract, ladder, the first engineer (logged in, also the administrator), the others, the
    client's confirmers and auditor, places and requesters."""
    values = contract.default_values(_acceptance(now))
    rungs = [
        contract.LadderRung(c["level"], c["role"], c["name"], c["phone"])
        for c in data["escalation_contacts"]
    ]
    first, *others = data["engineers"]
    user = complete_setup(
        desk, values, rungs, first["username"], first["display_name"], DEMO_PASSWORD
    )
    engineers = [(user.id, user.display_name)]
    confirmers: dict[str, tuple[int, str]] = {}
    with desk.write(DEMO, as_system=True, object_type="account") as session:
        for engineer in others:
            added = accounts.add_account(
                session,
                engineer["username"],
                engineer["display_name"],
                DEMO_PASSWORD,
                (Role.ENGINEER,),
                now,
            )
            engineers.append((added.id, added.display_name))
        for name, username in data["supervisor_accounts"].items():
            added = accounts.add_account(
                session, username, name, DEMO_PASSWORD, (Role.SUPERVISOR,), now
            )
            confirmers[name] = (added.id, added.username)
        auditor = data["auditor"]
        accounts.add_account(
            session,
            auditor["username"],
            auditor["display_name"],
            DEMO_PASSWORD,
            (Role.AUDITOR,),
            now,
        )
        for index, place in enumerate(data["places"]):
            requester = data["requesters"][index % len(data["requesters"])]
            remember(session, place, requester["name"], requester["department"], requester["phone"])
        for requester in data["requesters"]:
            remember(session, "", requester["name"], requester["department"], requester["phone"])
    return engineers, Signers(confirmers, data["supervisors"][0])


def _write_old(
    desk: Desk,
    builder: _Builder,
    times: list[datetime],
    escalate: Escalator,
    report: Callable[[int], None],
    inspections: InspectionsWritten,
) -> list[Finding]:
    """The old, closed tickets through the bulk path (planned here, worked in chunks), and the
    findings opened among them at the numbers kept for them; returns the findings still to open.
    """
    planned = (builder.plan(builder.calls.pick(), t, finished=True) for t in times)

    def context(number: str) -> AuditContext:
        context = desk.audit_context(DEMO, as_system=True)
        context.object_type, context.object_label = "ticket", number
        context.detail = "演示数据：按工作流生成的历史工单"
        return context

    findings = inspections.findings
    held = write_old_tickets(
        desk.db,
        planned,
        len(times),
        escalate,
        builder.signers,
        context,
        report,
        held_for=[f.called_at for f in findings],
    )
    _open_at_held_numbers(desk, inspections, findings[: len(held)], held)
    return findings[len(held) :]


def _set_counter(desk: Desk, prefix: str, year: int, value: int) -> None:
    with desk.db.transaction() as session:
        session.execute(
            update(NumberSequence)
            .where(NumberSequence.prefix == prefix, NumberSequence.year == year)
            .values(last_value=value)
        )


def _open_at_held_numbers(
    desk: Desk, inspections: InspectionsWritten, findings: list[Finding], numbers: list[str]
) -> None:
    """Findings made among the old calls: each opened through the services at the number the
    bulk writer kept for its time (the year's counter set just below it, then put back)."""
    with desk.db.read() as session:
        rows = session.scalars(select(NumberSequence).where(NumberSequence.prefix == TICKET_PREFIX))
        last = {(r.prefix, r.year): r.last_value for r in rows}
    for finding, number in zip(findings, numbers, strict=True):
        parsed = parse_number(number)
        assert parsed is not None
        prefix, year, value = parsed
        _set_counter(desk, prefix, year, value - 1)
        opened = inspections.open_finding(finding)
        assert opened == number, (opened, number)
    for prefix, year in last:
        _set_counter(desk, prefix, year, last[(prefix, year)])


def _write_recent(
    desk: Desk,
    planned: list[PlannedTicket],
    escalate: Escalator,
    signers: Signers,
    report: Callable[[int], None],
    inspections: InspectionsWritten,
    findings: list[Finding],
) -> None:
    """Recent tickets through the session, one transaction (and audit record) per ticket; the
    findings' tickets among them in the order they were opened."""
    opened: list[tuple[datetime, int, PlannedTicket | Finding]] = [
        (p.call.called_at, i, p) for i, p in enumerate(planned)
    ]
    opened += [(f.called_at, len(planned) + i, f) for i, f in enumerate(findings)]
    for _at, _order, item in sorted(opened, key=lambda o: (o[0], o[1])):
        if isinstance(item, Finding):
            inspections.open_finding(item)
            continue
        with desk.write(DEMO, as_system=True, detail="演示数据：按工作流生成的工单") as session:
            targets = contract.load_targets(session)
            call = item.call
            ticket = add_ticket(session, call, call.called_at, item.actor, item.user_id)
            signed = work_steps(
                session, ticket, item.steps, targets, escalate, signers, (item.user_id, item.actor)
            )
            for signoff in signed:
                signoff.subject_id = ticket.id
                session.add(signoff)
            audit.describe(session, "ticket", ticket.number)
        report(1)


def build_demo(
    path: Path | str,
    clock: Clock | None = None,
    tickets: int | None = None,
    seed: int = 0,
    months: float = 3,
    progress: Progress | None = None,
) -> DemoResult:
    """Create a NEW database at ``path`` filled with demo data; refuses an existing file.

    A file is built under a temporary name and moved into place only when complete. ``path`` may
    be a PostgreSQL URL instead: its database must be empty (no table at all); a failed build
    leaves its tables there, to be dropped by whoever made the database.
    """
    server = is_server(path)
    if server:
        if not server_is_empty(str(path)):
            raise DemoExistsError(
                QT_TRANSLATE_NOOP(
                    "demo",
                    "服务器上的数据库不是空的：{path}。演示数据只写入新建的空数据库，不会覆盖已有数据。",
                ).format(path=display_location(str(path)))
            )
    else:
        path = Path(path).expanduser().resolve()
        if path.exists():
            raise DemoExistsError(
                QT_TRANSLATE_NOOP(
                    "demo", "文件已存在：{path}。演示数据只写入新文件，不会覆盖已有数据库。"
                ).format(path=path)
            )
    clock = clock or SystemClock()
    now = clock.now()
    rng = random.Random(seed)
    data = load_demo_data()
    partial = path if server else path.with_name(f"{path.name}.partial-{os.getpid()}")
    if not server:
        _remove(partial)
    handle = open_desk(partial, clock)
    try:
        engineers, signers = _set_up(handle.desk, data, now)
        register = _register(handle.desk, now, seed)
        builder = _Builder(rng, now, data, engineers, signers, register)
        plan = schedule(now, months, tickets, len(SHOWCASES), rng)
        old, recent, showcases = plan.old, plan.recent, plan.showcases
        total = len(old) + len(recent) + showcases
        done = 0

        def report(count: int) -> None:
            nonlocal done
            done += count
            if progress:
                progress(done, total)

        escalate = Escalator(now, engineers[0][1], seed)
        # The runs first: their findings' tickets are numbered among the calls by time.
        inspections = add_inspections(handle.desk, now, months, seed, data, escalate, signers)
        findings = _write_old(handle.desk, builder, old, escalate, report, inspections)
        planned = [builder.plan(builder.calls.pick(), t) for t in recent]
        planned += [
            builder.plan(scenario, called_at, timing)
            for scenario, called_at, timing in place_showcases(
                builder.calls, now, rng, data["notes"], showcases
            )
        ]
        _write_recent(handle.desk, planned, escalate, signers, report, inspections, findings)
        seed_demo_knowledge(handle.desk)  # the shipped plans and the demo knowledge articles
        build_demo_store(handle.desk, rng)
        add_leads(handle.desk, DEMO_PASSWORD, now)
        add_changes(handle.desk, DEMO_PASSWORD, random.Random(f"{seed}:changes"))
        add_device_records(handle.desk, _acceptance(now), random.Random(f"{seed}:records"))
        add_follow_ups(handle.desk, random.Random(f"{seed}:followups"))
        add_advice(handle.desk)
        sweep(handle.desk)  # what the program records on its next start: breaches right now
        result = _summarise(handle.desk, path, data["engineers"][0], engineers[0][1])
        result = replace(result, inspections=inspections.result())
    except BaseException:
        handle.close()
        if not server:
            _remove(partial)
        raise
    handle.close()
    if not server:
        _move_into_place(partial, path)
    return result


def _summarise(desk: Desk, path: Path, first: dict[str, str], display: str) -> DemoResult:
    summary = queue.summary(desk)
    with desk.db.read() as session:
        rows = session.execute(
            select(Ticket.ticket_class, Ticket.status, func.count()).group_by(
                Ticket.ticket_class, Ticket.status
            )
        ).all()
        unacknowledged = session.scalar(
            select(func.count(Escalation.id)).where(Escalation.acknowledged_at.is_(None))
        )
    by_status = {(c, s): n for c, s, n in rows}
    return DemoResult(
        path=display_location(path) if isinstance(path, str) else path,
        username=first["username"],
        display_name=display,
        password=DEMO_PASSWORD,
        tickets=sum(by_status.values()),
        open_tickets=summary.open_tickets,
        breaching=summary.breaching,
        loaners_due=summary.loaners_due,
        unacknowledged=unacknowledged or 0,
        by_status=by_status,
    )


def _remove(partial: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal", ".lock"):
        Path(str(partial) + suffix).unlink(missing_ok=True)


def _move_into_place(partial: Path, path: Path) -> None:
    """Link the finished file to its name (fails rather than overwrite), then drop the temp name."""
    try:
        os.link(partial, path)
    except FileExistsError:
        _remove(partial)
        raise DemoExistsError(
            QT_TRANSLATE_NOOP(
                "demo", "文件已存在：{path}。演示数据只写入新文件，不会覆盖已有数据库。"
            ).format(path=path)
        ) from None
    except OSError:  # a file system without hard links
        os.replace(partial, path)
    _remove(partial)
