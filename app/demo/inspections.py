"""Demo inspections and backups: months of runs, findings worked as tickets, a few missed periods.

Everything goes through the real services with a clock set to the moment it happened:
``inspections.record_run``/``correct_run``, ``inspection_findings.open_ticket_for_item`` (then the
ticket is worked like every other demo ticket), ``backups.record_backup``/``record_restore_test``.
The only direct write is demo set-up: the checklists and backup policies are dated back to the
start of the demo, as if the program had been in use since then.
"""

from __future__ import annotations

import dataclasses
import json
import random
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import select

from app.db.models import MaintainedSystem, Ticket
from app.db.models.inspections import (
    BackupPolicy,
    BackupRecord,
    InspectionRun,
    InspectionRunItem,
    InspectionTemplate,
)
from app.demo.plan import plan_steps, sample_timing
from app.demo.work import Escalator, Signers, work_steps
from app.domain.audit.actions import DEMO
from app.domain.clock import FixedClock
from app.domain.enums import AnswerKind, Frequency, ItemResult
from app.domain.inspections.checklist import ItemSpec
from app.domain.inspections.periods import Period, period_of, periods_between, previous_period
from app.paths import defaults_dir
from app.services import contract
from app.services.context import Desk
from app.services.inspections import backups
from app.services.inspections import findings as inspection_findings
from app.services.inspections import runs as inspections
from app.services.inspections.checklists import TemplateInfo, list_templates
from app.services.inspections.runs import RUN_PREFIX, run_items
from app.services.numbering import next_number

# Runs and backups older than this are written in one batch (same rules, one transaction);
# the recent ones one by one through the services, as the engineer would have.
RECENT_DAYS = 7

# Local hour at which each frequency's round usually starts.
START_HOUR = {
    Frequency.DAILY: 8,
    Frequency.WEEKLY: 9,
    Frequency.MONTHLY: 14,
    Frequency.QUARTERLY: 14,
}


@dataclass(frozen=True)
class Finding:
    """A failed line whose defect ticket is opened later, in time order with the calls."""

    called_at: datetime
    item_id: int
    check: str


@dataclass(frozen=True)
class InspectionDemoResult:
    """What was added, for tests and the command line."""

    runs: int
    failures: int
    tickets: int
    backups: int
    restore_tests: int


def load_demo_inspections() -> dict[str, Any]:
    with open(defaults_dir() / "demo_inspections.json", encoding="utf-8") as handle:
        return json.load(handle)


def _at(desk: Desk, moment: datetime) -> Desk:
    """The desk with its clock stopped at ``moment`` (what the program would have recorded)."""
    return dataclasses.replace(desk, clock=FixedClock(moment))


def _local(day: date, hour: int, rng: random.Random) -> datetime:
    moment = datetime.combine(day, time(hour)) + timedelta(minutes=rng.randrange(0, 150))
    return moment.astimezone()


def date_back(desk: Desk, since: date) -> None:
    """Demo set-up: the checklists and backup policies count from ``since``."""
    with desk.write(DEMO, as_system=True, object_type="inspection_template") as session:
        for row in session.scalars(select(InspectionTemplate)):
            row.active_since = since
        for policy in session.scalars(select(BackupPolicy)):
            policy.active_since = since


class _Answers:
    """Realistic answers for a checklist, failing now and then, from the demo data."""

    def __init__(self, data: dict[str, Any], rng: random.Random) -> None:
        self.checks: dict[str, dict[str, Any]] = data["checks"]
        self.fail_rate: float = data["fail_rate"]
        self.rng = rng

    def _number(self, spec: ItemSpec, entry: dict[str, Any], bad: bool) -> float:
        low, high = entry.get("bad" if bad else "normal") or self._derived(spec, bad)
        return round(self.rng.uniform(low, high), int(entry.get("decimals", 1)))

    @staticmethod
    def _derived(spec: ItemSpec, bad: bool) -> tuple[float, float]:
        low, high = spec.minimum, spec.maximum
        if low is not None and high is not None:
            span = high - low
            return (high + span * 0.1, high + span * 0.3) if bad else (low + span * 0.2, high)
        if low is not None:
            return (low * 0.8, low * 0.95) if bad else (low * 1.05, low * 1.3)
        assert high is not None
        return (high * 1.1, high * 1.4) if bad else (high * 0.3, high * 0.85)

    def answers(self, template: TemplateInfo, fail: str = "") -> list[dict[str, Any]]:
        """One answer per line; now and then one line (with a known cause) fails, or ``fail``."""
        failing = None
        if fail:
            failing = next(i for i, s in enumerate(template.items) if s.check == fail)
        elif self.rng.random() < self.fail_rate:
            candidates = [
                i for i, s in enumerate(template.items) if self.checks.get(s.check, {}).get("cause")
            ]
            if candidates:
                failing = self.rng.choice(candidates)
        answers = []
        for index, spec in enumerate(template.items):
            entry = self.checks.get(spec.check, {})
            bad = index == failing
            note = self.rng.choice(entry["bad_notes"]) if bad and entry.get("bad_notes") else ""
            if spec.kind is AnswerKind.NUMBER:
                answers.append({"value": self._number(spec, entry, bad), "note": note})
            elif spec.kind is AnswerKind.TEXT:
                text = self.rng.choice(entry.get("texts") or ["正常"])
                answers.append({"result": "fail" if bad else "pass", "text": text, "note": note})
            else:
                answers.append({"result": "fail" if bad else "pass", "note": note})
        return answers


def _run_day(period: Period, rng: random.Random) -> date:
    """The day a round is done: daily on the day, else early in its period (a weekday)."""
    if period.frequency is Frequency.DAILY:
        return period.start
    span = min(4, (period.end - period.start).days)
    day = period.start + timedelta(days=rng.randint(0, span))
    while day.weekday() >= 5 and day < period.end:
        day += timedelta(days=1)
    return day


@dataclass(frozen=True)
class _PlannedRun:
    """One round to record: the checklist, when, and whether it is the one later corrected."""

    when: datetime
    order: int
    template: TemplateInfo
    corrected: bool
    fresh: str = ""  # the check that fails on this, the latest round, its ticket not yet opened


class _InspectionWriter:
    """Writes the runs (old ones batched, recent ones one by one), then works the findings."""

    def __init__(
        self, desk: Desk, now: datetime, data: dict[str, Any], demo: dict[str, Any], seed: int,
        escalate: Escalator, signers: Signers,
    ) -> None:  # fmt: skip
        self.desk = desk
        self.signers = signers
        self.now = now
        self.data = data
        self.demo = demo
        self.rng = random.Random(f"{seed}:inspections")
        self.answers = _Answers(demo, self.rng)
        self.escalate = escalate
        names, weights = zip(*demo["inspectors"], strict=True)
        self.inspectors = list(names)
        self.weights = list(weights)
        self.runs = self.failures = self.tickets = 0
        self.findings: list[Finding] = []  # tickets to open, once the calls around them are in

    def plan(self, since: date, today: date) -> list[_PlannedRun]:
        """Every round done, in time order: a few skipped, the overdue ones left undone lately."""
        overdue = set(self.demo["overdue"])
        correction = self.demo["correction"]
        corrected_day = today - timedelta(days=int(correction["days_ago"]))
        planned = []
        for template in list_templates(self.desk):
            missed_from = _missed_from(template.frequency, today)
            for period in periods_between(template.frequency, since, today):
                if template.name in overdue and period.start >= missed_from:
                    continue  # the last periods missed: overdue on the due list today
                if not period.contains(today) and self.rng.random() < self.demo["skip_rate"]:
                    continue
                day = _run_day(period, self.rng)
                when = _local(day, START_HOUR[template.frequency], self.rng)
                if when > self.now - timedelta(minutes=5):
                    continue  # not done yet today
                corrected = template.name == correction["checklist"] and day == corrected_day
                planned.append(_PlannedRun(when, len(planned), template, corrected))
        planned.sort(key=lambda p: (p.when, p.order))
        fresh = self.demo["fresh_finding"]
        for index in range(len(planned) - 1, -1, -1):
            if planned[index].template.name == fresh["checklist"]:
                planned[index] = dataclasses.replace(planned[index], fresh=fresh["check"])
                break
        return planned

    def write(self, since: date, today: date) -> None:
        planned = self.plan(since, today)
        cut = self.now - timedelta(days=RECENT_DAYS)
        cut = min([cut, *(p.when for p in planned if p.corrected or p.fresh)])  # via the services
        old = [p for p in planned if p.when < cut]
        for item_id, check, recorded in self._write_old(old):
            self._finding(item_id, check, recorded)
        for run in planned[len(old) :]:
            if run.corrected:
                self._corrected_run(run.template, run.when, self.demo["correction"])
            else:
                self._run(run.template, run.when, run.fresh)

    def _inspector(self) -> str:
        return self.rng.choices(self.inspectors, weights=self.weights)[0]

    def _write_old(self, planned: list[_PlannedRun]) -> list[tuple[int, str, datetime]]:
        """Old rounds in one transaction, judged and numbered by the same code as record_run."""
        failed: list[tuple[InspectionRunItem, str, datetime]] = []
        with (
            self.desk.write(DEMO, as_system=True, object_type="inspection_run") as session,
            session.no_autoflush,
        ):
            systems = dict(
                session.execute(select(MaintainedSystem.code, MaintainedSystem.id)).all()
            )
            for item in planned:  # flushed together at the end: batched INSERTs
                template = item.template
                specs = list(template.items)
                judged = inspections.judge_answers(specs, self.answers.answers(template))
                recorded = item.when + timedelta(minutes=self.rng.randint(20, 50))
                run = InspectionRun(
                    number=next_number(session, item.when.astimezone().year, RUN_PREFIX),
                    template_id=template.id,
                    system_id=systems[template.system_code],
                    template_name=template.name,
                    frequency=str(template.frequency),
                    period_start=period_of(template.frequency, item.when.astimezone().date()).start,
                    place=template.place,
                    inspector=self._inspector(),
                    performed_at=item.when,
                    recorded_at=recorded,
                    recorded_by=self.desk.actor,
                    notes=self.rng.choice(self.demo["run_notes"]),
                    items=run_items(specs, judged),
                )
                session.add(run)
                self.runs += 1
                failed += [
                    (line, line.check_text, recorded)
                    for line in run.items
                    if line.result == str(ItemResult.FAIL)
                ]
            session.flush()
            self.failures += len(failed)
            return [(line.id, check, recorded) for line, check, recorded in failed]

    def _run(self, template: TemplateInfo, when: datetime, fresh: str = "") -> None:
        answers = self.answers.answers(template, fresh)
        notes = self.rng.choice(self.demo["run_notes"])
        recorded = when + timedelta(minutes=self.rng.randint(20, 50))
        run = inspections.record_run(
            _at(self.desk, min(recorded, self.now)),
            template.id,
            answers,
            inspector=self._inspector(),
            performed_at=when,
            notes=notes,
        )
        self.runs += 1
        for item in run.failed:
            self.failures += 1
            if item.spec.check != fresh:  # the fresh finding waits for the engineer
                self._finding(item.id, item.spec.check, recorded)

    def _corrected_run(
        self, template: TemplateInfo, when: datetime, correction: dict[str, Any]
    ) -> None:
        answers = [dict(a, note="") for a in self.answers.answers(template)]
        position = next(i for i, s in enumerate(template.items) if s.check == correction["check"])
        right = correction["value"]
        answers[position]["value"] = right * 10  # the typing slip the correction puts right
        recorded = when + timedelta(minutes=30)
        run = inspections.record_run(
            _at(self.desk, recorded), template.id, answers, self._inspector(), when
        )
        self.runs += 1
        answers[position]["value"] = right
        inspections.correct_run(
            _at(self.desk, recorded + timedelta(hours=3)), run.id, answers, correction["reason"]
        )

    def _finding(self, item_id: int, check: str, recorded: datetime) -> None:
        """The finding's defect ticket is opened soon after the run (``open_finding``)."""
        called_at = min(recorded + timedelta(minutes=self.rng.randint(2, 15)), self.now)
        self.findings.append(Finding(called_at, item_id, check))

    def open_finding(self, finding: Finding) -> str:
        """Open the finding's defect ticket and work it like any ticket; returns its number."""
        called_at, item_id, check = finding.called_at, finding.item_id, finding.check
        desk = _at(self.desk, called_at)
        values = inspection_findings.ticket_values_for_item(desk, item_id)
        values["called_at"] = called_at
        ticket_id, number = inspection_findings.open_ticket_for_item(desk, item_id, values)
        self.tickets += 1
        entry = self.demo["checks"][check]
        scenario = {
            "class": "defect",
            "severity": "general",
            "channel": "inspection",
            "hardware": entry.get("hardware", False),
            "triage": "technical",
            "cause": entry["cause"],
            "resolution": entry["resolution"],
            "prevention": entry["prevention"],
            "maintenance_type": "corrective" if entry.get("hardware") else "preventive",
            "liability": "contractor",
        }
        timing = sample_timing(scenario, called_at, self.rng, self.data["notes"])
        steps = plan_steps(
            scenario,
            called_at,
            timing,
            self.desk.actor,
            self.rng.choice(self.data["supervisors"]),
            self.rng,
            self.rng.choice(self.data["pause_reasons"]),
        )
        with self.desk.write(DEMO, as_system=True, object_type="ticket") as session:
            ticket = session.get(Ticket, ticket_id)
            assert ticket is not None
            targets = contract.load_targets(session)
            done = [step for step in steps if step.at <= self.now]
            engineer = (self.desk.user.id, self.desk.actor)
            signed = work_steps(
                session, ticket, done, targets, self.escalate, self.signers, engineer
            )
            for signoff in signed:
                signoff.subject_id = ticket.id
                session.add(signoff)
        return number


@dataclass(frozen=True)
class _PlannedBackup:
    """One backup to register, and its restore test if one was done."""

    values: dict[str, Any]
    test: tuple[datetime, bool, str] | None


def _plan_backups(
    desk: Desk, now: datetime, demo: dict[str, Any], seed: int, since: date, today: date
) -> list[_PlannedBackup]:
    """Backups per the policies: nightly incrementals, fulls at weekends or month start."""
    rng = random.Random(f"{seed}:backups")
    plan = demo["backups"]
    overdue = {tuple(pair) for pair in plan["overdue"]}
    planned = []
    for policy in backups.list_policies(desk):
        for kind, frequency in (("incremental", policy.incremental), ("full", policy.full)):
            if frequency is None:
                continue
            low, high = plan["sizes_mb"][policy.system_code][kind]
            missed_from = _missed_from(frequency, today)
            test_rate = plan["restore_test_rate"] * (1 if kind == "full" else 0.1)
            for period in periods_between(frequency, since, today):
                if (policy.system_code, kind) in overdue and period.start >= missed_from:
                    continue
                if not period.contains(today) and rng.random() < plan["skip_rate"]:
                    continue
                day = period.start if frequency is Frequency.DAILY else _full_day(period)
                when = _local(day, 1 if kind == "incremental" else 2, rng)
                if when > now - timedelta(minutes=10):
                    continue
                values = {
                    "system": policy.system_code,
                    "kind": kind,
                    "performed_at": when,
                    "location": policy.location.split("；")[0],
                    "size_mb": round(rng.uniform(low, high), 1),
                }
                test_at = when + timedelta(days=rng.randint(1, 3), hours=rng.randint(1, 5))
                test = None
                if rng.random() < test_rate and test_at < now:
                    ok = rng.random() >= plan["restore_fail_rate"]
                    note = rng.choice(plan["restore_ok_notes" if ok else "restore_fail_notes"])
                    test = (test_at, ok, note)
                planned.append(_PlannedBackup(values, test))
    return sorted(planned, key=lambda p: p.values["performed_at"])


def _write_backups(desk: Desk, now: datetime, planned: list[_PlannedBackup]) -> tuple[int, int]:
    """Old backups in one transaction; the recent ones through the service, as they were made."""
    cut = now - timedelta(days=RECENT_DAYS)
    old = [p for p in planned if p.values["performed_at"] < cut]
    with desk.write(DEMO, as_system=True, object_type="backup_record") as session:
        systems = dict(session.execute(select(MaintainedSystem.code, MaintainedSystem.id)).all())
        for item in old:
            v = item.values
            test_at, ok, note = item.test or (None, None, "")
            session.add(
                BackupRecord(
                    system_id=systems[v["system"]],
                    kind=v["kind"],
                    performed_at=v["performed_at"],
                    location=v["location"],
                    size_mb=v["size_mb"],
                    recorded_at=v["performed_at"] + timedelta(hours=7),
                    recorded_by=desk.actor,
                    note="",
                    verified_at=test_at,
                    verified_by=desk.actor if test_at else "",
                    verify_ok=ok,
                    verify_note=note,
                )
            )
    for item in planned[len(old) :]:
        at = item.values["performed_at"]
        record = backups.record_backup(_at(desk, min(at + timedelta(hours=7), now)), item.values)
        if item.test is not None:
            test_at, ok, note = item.test
            backups.record_restore_test(_at(desk, test_at), record.id, ok, note)
    return len(planned), sum(p.test is not None for p in planned)


def _missed_from(frequency: Frequency, today: date) -> date:
    """For what the demo leaves overdue: skip from here (daily: two days missed, else one)."""
    missed = previous_period(period_of(frequency, today))
    if frequency is Frequency.DAILY:
        missed = previous_period(missed)
    return missed.start


def _full_day(period: Period) -> date:
    """Weekly fulls on the Saturday night, monthly and quarterly on the first night."""
    if period.frequency is Frequency.WEEKLY:
        return period.start + timedelta(days=5)
    return period.start


def add_inspections(
    desk: Desk,
    now: datetime,
    months: float,
    seed: int,
    data: dict[str, Any],
    escalate: Escalator,
    signers: Signers,
) -> InspectionsWritten:
    """Fill ``months`` of inspection runs and backups up to ``now``, deterministic with ``seed``;
    the findings' tickets are left to open in time order with the calls (``open_finding``)."""
    demo = load_demo_inspections()
    today = now.astimezone().date()
    since = today - timedelta(days=round(months * 30.4))
    date_back(desk, since)
    writer = _InspectionWriter(desk, now, data, demo, seed, escalate, signers)
    writer.write(since, today)
    done, tests = _write_backups(desk, now, _plan_backups(desk, now, demo, seed, since, today))
    return InspectionsWritten(writer, done, tests)


@dataclass(frozen=True)
class InspectionsWritten:
    """The runs and backups written; the findings still to be opened as tickets."""

    writer: _InspectionWriter
    backups: int
    restore_tests: int

    @property
    def findings(self) -> list[Finding]:
        return sorted(self.writer.findings, key=lambda f: f.called_at)

    def open_finding(self, finding: Finding) -> str:
        return self.writer.open_finding(finding)

    def result(self) -> InspectionDemoResult:
        w = self.writer
        return InspectionDemoResult(w.runs, w.failures, w.tickets, self.backups, self.restore_tests)
