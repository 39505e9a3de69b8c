"""Printing plans: one plan as a page to pin beside the rack, all plans as one booklet."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from app.domain.audit.actions import DOCUMENT_PRINT
from app.domain.i18n import QT_TRANSLATE_NOOP
from app.paths import resources_dir
from app.services.audit_trail import current_head
from app.services.context import SYSTEM_ACTOR, Desk
from app.services.contract import get_contract
from app.services.documents import DocumentError, check_out_path
from app.services.plans.plans import PlanInfo, find_plan, list_plans

if TYPE_CHECKING:  # the renderers (reportlab) are imported on first use, not at start
    from app.exports.pdf_frame import DocumentHeader
    from app.exports.plans.sheet import PlanSheet


def sheet_of(plan: PlanInfo, resident_engineer: str = "") -> PlanSheet:
    """A plan as its page prints it."""
    from app.exports.plans.sheet import PlanContact, PlanSheet

    return PlanSheet(
        code=plan.code,
        title=plan.title,
        severity=plan.severity.label,
        systems=plan.system_names,
        situation=plan.situation,
        prevention=plan.prevention,
        steps=plan.steps,
        contacts=tuple(PlanContact(c.role, c.name, c.phone) for c in plan.contacts),
        contacts_note=plan.contacts_note,
        spare_parts=plan.spare_parts,
        revision=plan.revision,
        revised_at=plan.revised_at,
        revised_by=plan.revised_by,
        resident_engineer=resident_engineer,
    )


def _header(desk: Desk, title: str, serial: str, subject_title: str = "") -> DocumentHeader:
    from app.exports.pdf_frame import DocumentHeader

    contract = get_contract(desk)
    return DocumentHeader(
        title=title,
        serial=serial,
        ticket_number="",
        project_name=contract.project_name if contract else "",
        client_name=contract.client_name if contract else "",
        classification=contract.classification if contract else "",
        printed_at=desk.clock.now(),
        font_file=resources_dir() / "fonts" / "wqy-microhei.ttc",
        audit_head=current_head(desk).code,
        subject_title=subject_title,
    )


def _engineer(desk: Desk) -> str:
    return "" if desk.user == SYSTEM_ACTOR else desk.actor


def _write(out_path: Path, render: Callable[[Path], None]) -> Path:
    try:
        render(out_path)
    except OSError as exc:
        raise DocumentError(
            QT_TRANSLATE_NOOP("document", "无法写入文件：{path}（{reason}）"),
            path=out_path,
            reason=exc.strerror or exc,
        ) from exc
    return out_path


def print_plan(desk: Desk, plan_ref: str, out_path: Path) -> tuple[PlanInfo, Path]:
    """One plan (by code or number) as a one-page PDF; returns the plan and the file."""
    from app.exports.plans.sheet import TITLE as PLAN_TITLE
    from app.exports.plans.sheet import render_plan_sheet

    out_path = check_out_path(out_path)
    plan = find_plan(desk, plan_ref)
    header = _header(desk, PLAN_TITLE, plan.code, plan.title)
    sheet = sheet_of(plan, _engineer(desk))
    written = _write(out_path, lambda path: render_plan_sheet(path, header, sheet))
    _audited(desk, f"{plan.code} {plan.title}", written)
    return plan, written


def print_booklet(desk: Desk, out_path: Path) -> tuple[int, Path]:
    """Every active plan in one PDF booklet; returns how many plans and the file."""
    from app.exports.plans.booklet import TITLE as BOOKLET_TITLE
    from app.exports.plans.booklet import render_plans_booklet

    out_path = check_out_path(out_path)
    plans = list_plans(desk)
    serial = f"{plans[0].code}～{plans[-1].code}" if plans else "—"
    header = _header(desk, BOOKLET_TITLE, serial)
    sheets = [sheet_of(p, _engineer(desk)) for p in plans]
    written = _write(out_path, lambda path: render_plans_booklet(path, header, sheets))
    _audited(desk, f"{BOOKLET_TITLE} {serial}", written)
    return len(plans), written


def _audited(desk: Desk, what: str, path: Path) -> None:
    """A plan printed is audited like every document (it has no serial of the register)."""
    desk.record(
        DOCUMENT_PRINT,
        object_type="emergency_plan",
        object_label=what,
        detail=str(path),
        as_system=desk.user.is_system,
    )
