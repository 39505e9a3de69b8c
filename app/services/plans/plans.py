"""Emergency plans (应急预案): the shipped defaults, editing with revisions, followed for a ticket."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from app.db import audit
from app.db.models import MaintainedSystem
from app.db.models.plans import EmergencyPlan, EmergencyPlanRevision
from app.domain.audit.actions import PLAN_SAVE, SEED
from app.domain.enums import Severity
from app.domain.i18n import QT_TRANSLATE_NOOP, MarkedError
from app.domain.validation import FieldError, ValidationError, clean_text
from app.paths import defaults_dir
from app.services.context import Desk
from app.services.contract import LadderRung, ladder

CODE_PREFIX = "YA"
FIELD_LABELS = {
    "title": QT_TRANSLATE_NOOP("field", "预案名称"),
    "situation": QT_TRANSLATE_NOOP("field", "紧急情况"),
    "severity": QT_TRANSLATE_NOOP("field", "严重程度"),
    "systems": QT_TRANSLATE_NOOP("field", "涉及系统"),
    "prevention": QT_TRANSLATE_NOOP("field", "预防措施"),
    "steps": QT_TRANSLATE_NOOP("field", "应急策略（处置步骤）"),
    "call_levels": QT_TRANSLATE_NOOP("field", "联系人"),
}
SOURCE_LABELS = {
    "contract": QT_TRANSLATE_NOOP("plans", "合同原文"),
    "default": QT_TRANSLATE_NOOP("plans", "随程序提供"),
    "user": QT_TRANSLATE_NOOP("plans", "自建"),
}


class PlanError(MarkedError, LookupError):
    """A plan cannot be found or used; the message says why, in Chinese."""

    def __init__(self, template: str, **values: object) -> None:
        super().__init__("plans", template, **values)


@dataclass(frozen=True)
class PlanInfo:
    """A plan as the program shows and prints it."""

    id: int
    code: str
    title: str
    situation: str
    severity: Severity
    systems: tuple[str, ...]
    system_names: tuple[str, ...]
    prevention: str
    steps: tuple[str, ...]
    call_levels: tuple[int, ...]
    contacts: tuple[LadderRung, ...]
    contacts_note: str
    spare_parts: tuple[str, ...]
    source: str
    revision: int
    revised_at: datetime
    revised_by: str

    @property
    def source_label(self) -> str:
        return SOURCE_LABELS.get(self.source, self.source)


@dataclass(frozen=True)
class PlanRevisionInfo:
    """One saved version of a plan: when, by whom, why, and the plan as it then read."""

    revision: int
    saved_at: datetime
    saved_by: str
    note: str
    plan: PlanInfo


def load_default_plans() -> list[dict[str, Any]]:
    """The plans shipped in resources/defaults/emergency_plans.json."""
    with open(defaults_dir() / "emergency_plans.json", encoding="utf-8") as handle:
        return json.load(handle)["plans"]


def _lines(value: object) -> list[str]:
    """A list of lines from a list or a text (one per line), cleaned, empty ones dropped."""
    items = value.splitlines() if isinstance(value, str) else list(value or [])  # type: ignore[call-overload]
    return [line for line in (clean_text(item) for item in items) if line]


def _codes(value: object) -> list[str]:
    items = value.split() if isinstance(value, str) else list(value or [])  # type: ignore[call-overload]
    return list(dict.fromkeys(str(item).strip().upper() for item in items if str(item).strip()))


def _system_names(session: Session) -> dict[str, str]:
    rows = session.execute(select(MaintainedSystem.code, MaintainedSystem.name))
    return {code: name for code, name in rows}


def validate_plan(session: Session, values: Mapping[str, Any]) -> dict[str, Any]:
    """Clean a plan's fields; a ValidationError naming each bad field."""
    errors: list[FieldError] = []
    cleaned: dict[str, Any] = {
        name: clean_text(values.get(name))
        for name in ("title", "situation", "prevention", "contacts_note")
    }
    for name in ("title", "situation"):
        if not cleaned[name]:
            errors.append(_error(name, QT_TRANSLATE_NOOP("validation", "请填写“{label}”")))
    if len(cleaned["title"]) > 100:
        errors.append(_error("title", QT_TRANSLATE_NOOP("validation", "“{label}”太长")))
    cleaned["steps"] = _lines(values.get("steps"))
    if not cleaned["steps"]:
        errors.append(_error("steps", QT_TRANSLATE_NOOP("validation", "请填写“{label}”")))
    cleaned["spare_parts"] = _lines(values.get("spare_parts"))
    try:
        cleaned["severity"] = Severity(values.get("severity") or "").value
    except ValueError:
        errors.append(_error("severity", QT_TRANSLATE_NOOP("validation", "请选择“{label}”")))
    known = _system_names(session)
    cleaned["systems"] = _codes(values.get("systems"))
    if any(code not in known for code in cleaned["systems"]):
        errors.append(_error("systems", QT_TRANSLATE_NOOP("validation", "“{label}”不存在")))
    levels = ladder(session)
    try:
        cleaned["call_levels"] = sorted({int(v) for v in values.get("call_levels") or []})
    except (TypeError, ValueError):
        cleaned["call_levels"] = [-1]
    if any(level not in levels for level in cleaned["call_levels"]):
        errors.append(_error("call_levels", QT_TRANSLATE_NOOP("validation", "“{label}”不存在")))
    if errors:
        raise ValidationError(errors)
    return cleaned


def next_change_seq(session: Session, column: InstrumentedAttribute[int]) -> int:
    """One past the highest change number of the table, taken inside the writer's transaction."""
    return (session.scalar(select(func.max(column))) or 0) + 1


def _error(name: str, template: str) -> FieldError:
    return FieldError(name, template, FIELD_LABELS[name])


def _content(cleaned: Mapping[str, Any], code: str) -> str:
    return json.dumps({"code": code, **cleaned}, ensure_ascii=False, sort_keys=True)


def _write(plan: EmergencyPlan, cleaned: Mapping[str, Any]) -> None:
    plan.title = cleaned["title"]
    plan.situation = cleaned["situation"]
    plan.severity = cleaned["severity"]
    plan.system_codes = " ".join(cleaned["systems"])
    plan.prevention = cleaned["prevention"]
    plan.steps = "\n".join(cleaned["steps"])
    plan.call_levels = " ".join(str(level) for level in cleaned["call_levels"])
    plan.contacts_note = cleaned["contacts_note"]
    plan.spare_parts = "\n".join(cleaned["spare_parts"])


def _add_revision(
    plan: EmergencyPlan, cleaned: Mapping[str, Any], now: datetime, actor: str, note: str
) -> None:
    plan.revised_at = now
    plan.revised_by = actor
    plan.revisions.append(
        EmergencyPlanRevision(
            revision=plan.revision,
            saved_at=now,
            saved_by=actor,
            note=note,
            content=_content(cleaned, plan.code),
        )
    )


def seed_default_plans(session: Session, now: datetime, actor: str) -> int:
    """Store the shipped plans (revision 1 each) if there are no plans yet; returns how many."""
    if session.scalar(select(func.count(EmergencyPlan.id))):
        return 0
    known = _system_names(session)
    levels = ladder(session)
    for order, item in enumerate(load_default_plans()):
        cleaned = {
            "title": item["title"],
            "situation": item["situation"],
            "severity": item["severity"],
            "systems": [code for code in item["systems"] if code in known],
            "prevention": item["prevention"],
            "steps": list(item["steps"]),
            "call_levels": [
                level for level in item["call_levels"] if level in levels or not levels
            ],
            "contacts_note": item["contacts_note"],
            "spare_parts": list(item["spare_parts"]),
        }
        plan = EmergencyPlan(
            code=item["code"],
            source=item["source"],
            sort_order=order,
            revision=1,
            change_seq=order + 1,
        )
        _write(plan, cleaned)
        _add_revision(plan, cleaned, now, actor, "随程序提供的预案")
        session.add(plan)
    session.flush()
    return len(load_default_plans())


def ensure_default_plans(desk: Desk) -> int:
    """On start: the shipped plans for a database made before they existed (one transaction)."""
    with desk.db.read() as session:
        if session.scalar(select(func.count(EmergencyPlan.id))):
            return 0
    with desk.write(SEED, as_system=True, object_type="emergency_plan") as session:
        return seed_default_plans(session, desk.clock.now(), desk.actor)


def _info(
    plan: EmergencyPlan, names: Mapping[str, str], rungs: Mapping[int, LadderRung]
) -> PlanInfo:
    return _info_of(
        plan.id,
        plan.code,
        {
            "title": plan.title,
            "situation": plan.situation,
            "severity": plan.severity,
            "systems": plan.system_codes.split(),
            "prevention": plan.prevention,
            "steps": plan.steps.splitlines(),
            "call_levels": [int(v) for v in plan.call_levels.split()],
            "contacts_note": plan.contacts_note,
            "spare_parts": plan.spare_parts.splitlines(),
        },
        names,
        rungs,
        plan.source,
        plan.revision,
        plan.revised_at,
        plan.revised_by,
    )


def _info_of(
    plan_id: int,
    code: str,
    v: Mapping[str, Any],
    names: Mapping[str, str],
    rungs: Mapping[int, LadderRung],
    source: str,
    revision: int,
    revised_at: datetime,
    revised_by: str,
) -> PlanInfo:
    levels = tuple(v["call_levels"])
    return PlanInfo(
        id=plan_id,
        code=code,
        title=v["title"],
        situation=v["situation"],
        severity=Severity(v["severity"]),
        systems=tuple(v["systems"]),
        system_names=tuple(names.get(c, c) for c in v["systems"]),
        prevention=v["prevention"],
        steps=tuple(v["steps"]),
        call_levels=levels,
        contacts=tuple(rungs[level] for level in levels if level in rungs),
        contacts_note=v["contacts_note"],
        spare_parts=tuple(v["spare_parts"]),
        source=source,
        revision=revision,
        revised_at=revised_at,
        revised_by=revised_by,
    )


def list_plans(desk: Desk) -> list[PlanInfo]:
    """Every active plan in shipped order, then those added later."""
    with desk.db.read() as session:
        names, rungs = _system_names(session), ladder(session)
        rows = session.scalars(
            select(EmergencyPlan)
            .where(EmergencyPlan.active.is_(True))
            .order_by(EmergencyPlan.sort_order, EmergencyPlan.id)
        )
        return [_info(plan, names, rungs) for plan in rows]


def get_plan(desk: Desk, plan_id: int) -> PlanInfo:
    with desk.db.read() as session:
        plan = session.get(EmergencyPlan, plan_id)
        if plan is None:
            raise PlanError(QT_TRANSLATE_NOOP("plans", "找不到预案：{plan}"), plan=plan_id)
        return _info(plan, _system_names(session), ladder(session))


def find_plan(desk: Desk, text: str) -> PlanInfo:
    """A plan by its code (YA-04, ya4) or its number (4)."""
    wanted = text.strip().upper()
    with desk.db.read() as session:
        plan = session.scalar(select(EmergencyPlan).where(EmergencyPlan.code == wanted))
        if plan is None and wanted.isdigit():
            plan = session.get(EmergencyPlan, int(wanted))
        if plan is None and wanted.startswith(CODE_PREFIX) and wanted[2:].lstrip("-").isdigit():
            code = f"{CODE_PREFIX}-{int(wanted[2:].lstrip('-')):02d}"
            plan = session.scalar(select(EmergencyPlan).where(EmergencyPlan.code == code))
        if plan is None:
            raise PlanError(QT_TRANSLATE_NOOP("plans", "找不到预案：{plan}"), plan=text.strip())
        return _info(plan, _system_names(session), ladder(session))


def _next_code(session: Session) -> str:
    codes = session.scalars(
        select(EmergencyPlan.code).where(EmergencyPlan.code.like(f"{CODE_PREFIX}-%"))
    )
    numbers = [int(c[3:]) for c in codes if c[3:].isdigit()]
    return f"{CODE_PREFIX}-{max(numbers, default=0) + 1:02d}"


def save_plan(
    desk: Desk, values: Mapping[str, Any], plan_id: int | None = None, note: str = ""
) -> PlanInfo:
    """Create a plan, or save an edit as its next revision; one transaction. Unchanged: no revision."""
    now = desk.clock.now()
    with desk.write(PLAN_SAVE) as session:
        cleaned = validate_plan(session, values)
        if plan_id is None:
            order = session.scalar(select(func.max(EmergencyPlan.sort_order))) or 0
            plan = EmergencyPlan(
                code=_next_code(session),
                source="user",
                sort_order=order + 1,
                revision=1,
                change_seq=next_change_seq(session, EmergencyPlan.change_seq),
            )
            _write(plan, cleaned)
            _add_revision(plan, cleaned, now, desk.actor, clean_text(note) or "新建预案")
            session.add(plan)
        else:
            plan = session.get(EmergencyPlan, plan_id)
            if plan is None:
                raise PlanError(QT_TRANSLATE_NOOP("plans", "找不到预案：{plan}"), plan=plan_id)
            latest = plan.revisions[-1].content if plan.revisions else ""
            if latest != _content(cleaned, plan.code):
                plan.change_seq = next_change_seq(session, EmergencyPlan.change_seq)
                plan.revision += 1
                _write(plan, cleaned)
                _add_revision(plan, cleaned, now, desk.actor, clean_text(note))
        session.flush()
        audit.describe(session, "emergency_plan", f"{plan.code} {plan.title}")
        return _info(plan, _system_names(session), ladder(session))


def plan_revisions(desk: Desk, plan_id: int) -> list[PlanRevisionInfo]:
    """Every saved version of a plan, newest first, each readable as it was."""
    with desk.db.read() as session:
        plan = session.get(EmergencyPlan, plan_id)
        if plan is None:
            raise PlanError(QT_TRANSLATE_NOOP("plans", "找不到预案：{plan}"), plan=plan_id)
        names, rungs = _system_names(session), ladder(session)
        result = []
        for rev in reversed(plan.revisions):
            content = json.loads(rev.content)
            info = _info_of(
                plan.id,
                content.pop("code"),
                content,
                names,
                rungs,
                plan.source,
                rev.revision,
                rev.saved_at,
                rev.saved_by,
            )
            result.append(
                PlanRevisionInfo(rev.revision, rev.saved_at, rev.saved_by, rev.note, info)
            )
        return result


def as_values(plan: PlanInfo) -> dict[str, Any]:
    """A plan's editable fields as ``save_plan`` takes them (for an editor's first fill)."""
    return {
        "title": plan.title,
        "situation": plan.situation,
        "severity": plan.severity.value,
        "systems": list(plan.systems),
        "prevention": plan.prevention,
        "steps": list(plan.steps),
        "call_levels": list(plan.call_levels),
        "contacts_note": plan.contacts_note,
        "spare_parts": list(plan.spare_parts),
    }
