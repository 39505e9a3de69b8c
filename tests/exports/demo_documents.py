"""Every kind of document printed from one small demo database, for the checks that read them all.

``print_all`` makes a one-month demo database and prints, through the services a user's command
reaches, several defect forms and consultation records (those with the most text first), the
shift handover, inspection reports and the period summary, an incident report, the loaner form,
the stocktake sheet, every plan sheet and the plans booklet, change request forms and the
monthly operating-status reports of last month and this one.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from app.demo.builder import build_demo
from app.domain.reports.periods import month_period, previous_month
from app.services.changes.printing import print_change_request
from app.services.changes.requests import list_changes
from app.services.handover import handover_document
from app.services.inspections import documents as inspection_docs
from app.services.inspections.runs import list_runs
from app.services.plans import documents as plan_docs
from app.services.plans.incident_report import print_incident_report
from app.services.plans.plans import list_plans
from app.services.reports.monthly_report import print_monthly_report
from app.services.setup import open_desk
from app.services.store import documents as store_docs
from app.services.store.loan_queries import list_loans
from app.services.tickets import forms
from tests.conftest import as_demo_engineer

TICKETS_PER_CLASS = 8


@dataclass(frozen=True)
class DemoDocuments:
    """The printed files by kind, and the demo database they came from."""

    db: Path
    files: dict[str, list[Path]]

    def all(self) -> list[Path]:
        return [path for paths in self.files.values() for path in paths]


def _wordiest(db: Path, ticket_class: str, limit: int) -> list[str]:
    with sqlite3.connect(db) as con:
        rows = con.execute(
            "SELECT t.number FROM ticket t LEFT JOIN ticket_event e ON e.ticket_id = t.id "
            "WHERE t.ticket_class = ? GROUP BY t.id "
            "ORDER BY length(t.description) + length(t.cause) + length(t.resolution) "
            "+ sum(length(e.summary) + length(e.details)) DESC LIMIT ?",
            (ticket_class, limit),
        )
        return [number for (number,) in rows]


def _fixed_defect(db: Path) -> str:
    with sqlite3.connect(db) as con:
        return con.execute(
            "SELECT number FROM ticket WHERE ticket_class = 'defect' AND restored_at IS NOT NULL "
            "ORDER BY called_at DESC LIMIT 1"
        ).fetchone()[0]


def print_all(folder: Path) -> DemoDocuments:
    """Build the demo database in ``folder`` and print every kind of document from it."""
    db = folder / "demo.sqlite3"
    build_demo(db, months=1, seed=5)
    out = folder / "pdf"
    out.mkdir()
    files: dict[str, list[Path]] = {}

    def add(kind: str, name: str) -> Path:
        path = out / f"{kind}-{name}.pdf"
        files.setdefault(kind, []).append(path)
        return path

    opened = open_desk(db)
    desk = as_demo_engineer(opened.desk)
    try:
        for number in _wordiest(db, "defect", TICKETS_PER_CLASS):
            forms.defect_form(desk, number, add("defect_form", number))
        for number in _wordiest(db, "consultation", TICKETS_PER_CLASS):
            forms.consultation_record(desk, number, add("consultation", number))
        handover_document(desk, "孙工", "李工", add("handover", "1"), notes="交接正常（无遗留）。")
        runs = list_runs(desk, limit=3)
        for run in runs:
            inspection_docs.inspection_report(desk, run.id, add("inspection_report", run.number))
        today = desk.today()
        inspection_docs.period_report(
            desk, today - timedelta(days=30), today, add("inspection_summary", "month")
        )
        number = _fixed_defect(db)
        print_incident_report(desk, number, add("incident_report", number))
        loan = list_loans(desk)[0]
        store_docs.loaner_form(desk, loan.id, add("loaner_form", str(loan.id)))
        store_docs.stocktake_sheet(desk, [], add("stocktake_sheet", "all"))
        for plan in list_plans(desk):
            plan_docs.print_plan(desk, plan.code, add("plan", plan.code))
        plan_docs.print_booklet(desk, add("plans_booklet", "all"))
        for change in list_changes(desk)[:3]:
            print_change_request(desk, change.id, add("change_request", change.number))
        month = month_period(today.strftime("%Y-%m"))
        print_monthly_report(desk, previous_month(month), add("monthly_report", "last"))
        print_monthly_report(desk, month, add("monthly_report", "this"))
    finally:
        opened.close()
    return DemoDocuments(db=db, files=files)
