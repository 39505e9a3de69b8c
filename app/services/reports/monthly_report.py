"""The monthly operating-status report (系统运行状况分析报告), from the database alone: gather the
figures of a month (or a range) and print it, numbered YB- in the document register."""

from __future__ import annotations

from pathlib import Path

from app.domain.reports.periods import Period, previous_month, trend_months
from app.exports.reports.monthly_data import MonthlyReport
from app.exports.reports.monthly_report import render_monthly_report
from app.services import documents
from app.services.changes.log_export import changes_in
from app.services.context import Desk
from app.services.contract import get_contract, load_targets
from app.services.documents import DocumentInfo, check_out_path, register_and_render
from app.services.inspections.documents import period_summary
from app.services.reports import sections_care, sections_work
from app.services.reports.advice import advice_of
from app.services.reports.clock_trend import clock_tallies_by_month
from app.services.reports.followups import follow_ups_between
from app.services.reports.ticket_figures import reopened_in, ticket_figures
from app.services.store.inventory import list_parts
from app.services.store.loan_queries import list_loans

SIGNERS = ("驻场工程师", "项目经理", "甲方签收")


def build_report(desk: Desk, period: Period) -> MonthlyReport:
    """Every section of the report for ``period``; clocks still running are measured to now."""
    now = desk.clock.now()
    contract = get_contract(desk)
    inspection_summary = period_summary(desk, period.first, period.last)
    changes = changes_in(desk, period.first, period.last)
    parts = list_parts(desk)
    loans = list_loans(desk, open_only=True)
    previous = previous_month(period)
    with desk.db.read() as session:
        targets = load_targets(session)
        # The trend needs only the stopped clocks, so it skips the full engine's other figures.
        trend = list(clock_tallies_by_month(session, trend_months(period), targets).items())
        figures = ticket_figures(session, period, targets, now)
        sections = [
            sections_work.overview(session, period, contract, figures),
            sections_work.service_levels(figures, trend),
            sections_work.faults(session, period, figures, reopened_in(session, period)),
            sections_work.problems(session, period, figures),
            sections_work.changes(session, period, changes),
            sections_care.inspections(inspection_summary),
            sections_care.backups(inspection_summary),
            sections_care.store(session, period, parts, loans),
            sections_care.emergencies(session, period),
            sections_care.satisfaction(follow_ups_between(session, period.first, period.last)),
            sections_care.missed_targets(figures, inspection_summary),
            sections_care.advice(
                advice_of(session, period.last.strftime("%Y-%m")),
                advice_of(session, previous.first.strftime("%Y-%m")),
                desk.today(),
            ),
        ]
    return MonthlyReport(period.title, sections, SIGNERS)


def print_monthly_report(desk: Desk, period: Period, out_path: Path) -> DocumentInfo:
    """Render the report of ``period`` into ``out_path`` and register it (YB-…); the same figures
    printed again keep their serial, changed ones make the next version."""
    out_path = check_out_path(out_path)
    report = build_report(desk, period)
    return register_and_render(
        desk,
        documents.MONTHLY_REPORT,
        out_path,
        lambda path, header: render_monthly_report(path, header, report),
        subject=f"report:{period.key}",
        content=report,
    )
