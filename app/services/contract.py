"""The service contract: defaults from resources, first-start set-up, targets and the ladder."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import Contract, EscalationContact
from app.domain.audit.actions import CONTRACT_SAVE
from app.domain.enums import Warranty
from app.domain.i18n import QT_TRANSLATE_NOOP
from app.domain.tickets.sla import ClockTargets
from app.domain.validation import FieldError, ValidationError, clean_text
from app.paths import defaults_dir
from app.services.context import Desk

TARGET_FIELDS = (
    "response_minutes",
    "arrival_minutes",
    "arrival_emergency_minutes",
    "fix_general_hours",
    "fix_major_hours",
    "fix_emergency_hours",
    "loaner_hours",
    "warn_percent",
)

CONTRACT_LABELS = {
    "project_name": QT_TRANSLATE_NOOP("field", "项目名称"),
    "client_name": QT_TRANSLATE_NOOP("field", "甲方（发包人）"),
    "vendor_name": QT_TRANSLATE_NOOP("field", "乙方（承包人）"),
    "final_acceptance_date": QT_TRANSLATE_NOOP("field", "竣工验收日期"),
    "warranty_years": QT_TRANSLATE_NOOP("field", "质保期（年）"),
    "response_minutes": QT_TRANSLATE_NOOP("field", "响应时限（分钟）"),
    "arrival_minutes": QT_TRANSLATE_NOOP("field", "到场时限（分钟）"),
    "arrival_emergency_minutes": QT_TRANSLATE_NOOP("field", "紧急到场时限（分钟）"),
    "fix_general_hours": QT_TRANSLATE_NOOP("field", "一般问题修复时限（小时）"),
    "fix_major_hours": QT_TRANSLATE_NOOP("field", "重大问题修复时限（小时）"),
    "fix_emergency_hours": QT_TRANSLATE_NOOP("field", "紧急问题修复时限（小时）"),
    "loaner_hours": QT_TRANSLATE_NOOP("field", "提供备用机时限（小时）"),
    "warn_percent": QT_TRANSLATE_NOOP("field", "预警比例（%）"),
}


def load_defaults() -> dict[str, Any]:
    """The contract's numbers and names shipped in resources/defaults/contract.json."""
    with open(defaults_dir() / "contract.json", encoding="utf-8") as handle:
        return json.load(handle)


def default_values(final_acceptance_date: date) -> dict[str, Any]:
    """A contract's values as shipped in contract.json, for a given final-acceptance date."""
    defaults = load_defaults()
    names = ("project_name", "client_name", "vendor_name", "service_department", "classification")
    return {
        **{name: defaults[name] for name in names},
        "final_acceptance_date": final_acceptance_date,
        "warranty_years": defaults["warranty_years"],
        **defaults["targets"],
    }


@dataclass(frozen=True)
class ContractInfo:
    """The contract as the program shows it."""

    project_name: str
    client_name: str
    vendor_name: str
    service_department: str
    final_acceptance_date: date
    warranty_years: int
    classification: str
    targets: ClockTargets

    @property
    def warranty_end(self) -> date:
        start = self.final_acceptance_date
        try:
            return start.replace(year=start.year + self.warranty_years)
        except ValueError:  # 29 February
            return start.replace(year=start.year + self.warranty_years, day=28)

    def warranty_days_left(self, today: date) -> int:
        return (self.warranty_end - today).days


@dataclass(frozen=True)
class LadderRung:
    level: int
    role: str
    name: str
    phone: str


def is_configured(desk: Desk) -> bool:
    with desk.db.read() as session:
        return session.scalar(select(Contract.id).limit(1)) is not None


def targets_of(contract: Contract) -> ClockTargets:
    return ClockTargets(**{name: getattr(contract, name) for name in TARGET_FIELDS})


def load_targets(session: Session) -> ClockTargets:
    contract = session.scalar(select(Contract).limit(1))
    return targets_of(contract) if contract is not None else ClockTargets()


def _info(contract: Contract) -> ContractInfo:
    return ContractInfo(
        project_name=contract.project_name,
        client_name=contract.client_name,
        vendor_name=contract.vendor_name,
        service_department=contract.service_department,
        final_acceptance_date=contract.final_acceptance_date,
        warranty_years=contract.warranty_years,
        classification=contract.classification,
        targets=targets_of(contract),
    )


def warranty_on(session: Session, day: date) -> Warranty | None:
    """保内 or 保外 on ``day`` by the contract's warranty period; None without a contract."""
    contract = session.scalar(select(Contract).limit(1))
    if contract is None:
        return None
    return Warranty.IN if day <= _info(contract).warranty_end else Warranty.OUT


def get_contract(desk: Desk) -> ContractInfo | None:
    with desk.db.read() as session:
        contract = session.scalar(select(Contract).limit(1))
        return _info(contract) if contract is not None else None


def ladder(session: Session) -> dict[int, LadderRung]:
    rows = session.scalars(select(EscalationContact).order_by(EscalationContact.level))
    return {r.level: LadderRung(r.level, r.role, r.name, r.phone) for r in rows}


def get_ladder(desk: Desk) -> list[LadderRung]:
    with desk.db.read() as session:
        return list(ladder(session).values())


def validate_contract(values: Mapping[str, Any]) -> dict[str, Any]:
    errors: list[FieldError] = []
    cleaned: dict[str, Any] = {}
    for name in ("project_name", "client_name", "vendor_name"):
        cleaned[name] = clean_text(values.get(name))
        if not cleaned[name]:
            errors.append(
                FieldError(
                    name, QT_TRANSLATE_NOOP("validation", "请填写“{label}”"), CONTRACT_LABELS[name]
                )
            )
    acceptance = values.get("final_acceptance_date")
    if not isinstance(acceptance, date):
        errors.append(
            FieldError(
                "final_acceptance_date",
                QT_TRANSLATE_NOOP("validation", "请填写“{label}”"),
                CONTRACT_LABELS["final_acceptance_date"],
            )
        )
    cleaned["final_acceptance_date"] = acceptance
    for name in ("warranty_years", *TARGET_FIELDS):
        try:
            number = float(values.get(name))  # type: ignore[arg-type]
        except (TypeError, ValueError):
            number = -1
        limit = 100 if name == "warn_percent" else 10_000
        if not 0 < number <= limit:
            errors.append(
                FieldError(
                    name,
                    QT_TRANSLATE_NOOP("validation", "“{label}”必须是大于0的数字"),
                    CONTRACT_LABELS[name],
                )
            )
        cleaned[name] = int(number) if name == "warranty_years" else number
    if errors:
        raise ValidationError(errors)
    cleaned["service_department"] = clean_text(values.get("service_department"))
    cleaned["classification"] = clean_text(values.get("classification"))
    return cleaned


def save_contract(
    desk: Desk, values: Mapping[str, Any], ladder_rungs: list[LadderRung] | None = None
) -> None:
    """Create or update the contract (and the escalation ladder) in one transaction."""
    cleaned = validate_contract(values)
    with desk.write(
        CONTRACT_SAVE, object_type="contract", object_label=cleaned["project_name"]
    ) as session:
        store_contract(session, cleaned, ladder_rungs)


def store_contract(
    session: Session, cleaned: Mapping[str, Any], ladder_rungs: list[LadderRung] | None
) -> None:
    """Write validated contract values and the ladder inside the caller's transaction."""
    contract = session.scalar(select(Contract).limit(1))
    if contract is None:
        contract = Contract(**cleaned)
        session.add(contract)
    else:
        for name, value in cleaned.items():
            setattr(contract, name, value)
    if ladder_rungs is not None:
        existing = {c.level: c for c in session.scalars(select(EscalationContact))}
        for rung in ladder_rungs:
            contact = existing.get(rung.level) or EscalationContact(level=rung.level)
            contact.role = clean_text(rung.role)
            contact.name = clean_text(rung.name)
            contact.phone = clean_text(rung.phone)
            session.add(contact)


def default_ladder() -> list[LadderRung]:
    return [LadderRung(r["level"], r["role"], "", "") for r in load_defaults()["escalation_ladder"]]
