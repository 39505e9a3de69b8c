"""Inspection checklists: the shipped defaults, listing, editing and retiring a checklist."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from app.db.models import MaintainedSystem
from app.db.models.inspections import (
    BackupPolicy,
    ChecklistLine,
    InspectionTemplate,
    InspectionTemplateItem,
)
from app.domain.audit.actions import SEED, TEMPLATE_ACTIVE, TEMPLATE_SAVE
from app.domain.enums import AnswerKind, Dimension, Frequency
from app.domain.i18n import QT_TRANSLATE_NOOP
from app.domain.inspections.checklist import TEMPLATE_FIELDS, ItemSpec, validate_template
from app.domain.validation import FieldError, ValidationError
from app.paths import defaults_dir
from app.services.context import Desk


class TemplateNotFoundError(LookupError):
    """No checklist with that id."""


@dataclass(frozen=True)
class TemplateInfo:
    """A checklist as the program shows and edits it."""

    id: int
    name: str
    system_code: str
    system_name: str
    frequency: Frequency
    place: str
    active: bool
    active_since: date
    items: tuple[ItemSpec, ...]


def spec_of(item: ChecklistLine) -> ItemSpec:
    """The checklist line of a template item or a run item (both store the same columns)."""
    return ItemSpec(
        dimension=Dimension(item.dimension),
        check=item.check_text,
        method=item.method,
        kind=AnswerKind(item.kind),
        unit=item.unit,
        minimum=item.minimum,
        maximum=item.maximum,
    )


def _info(template: InspectionTemplate) -> TemplateInfo:
    return TemplateInfo(
        id=template.id,
        name=template.name,
        system_code=template.system.code,
        system_name=template.system.name,
        frequency=Frequency(template.frequency),
        place=template.place,
        active=template.active,
        active_since=template.active_since,
        items=tuple(spec_of(item) for item in template.items),
    )


def line_columns(position: int, spec: ItemSpec) -> dict[str, Any]:
    """A checklist line as the columns it is stored in (the inverse of ``spec_of``)."""
    return {
        "position": position,
        "dimension": str(spec.dimension),
        "check_text": spec.check,
        "method": spec.method,
        "kind": str(spec.kind),
        "unit": spec.unit,
        "minimum": spec.minimum,
        "maximum": spec.maximum,
    }


def _items(specs: tuple[ItemSpec, ...]) -> list[InspectionTemplateItem]:
    return [InspectionTemplateItem(**line_columns(n, spec)) for n, spec in enumerate(specs, 1)]


def _systems(session: Session) -> dict[str, int]:
    return dict(session.execute(select(MaintainedSystem.code, MaintainedSystem.id)).all())


def load_default_templates() -> list[dict[str, Any]]:
    with open(defaults_dir() / "inspection_templates.json", encoding="utf-8") as handle:
        return json.load(handle)["templates"]


def load_default_policies() -> list[dict[str, Any]]:
    with open(defaults_dir() / "backup_policies.json", encoding="utf-8") as handle:
        return json.load(handle)["policies"]


def seed_inspection_defaults(session: Session, today: date) -> int:
    """Load the shipped checklists and backup policies into a database that has none yet.

    Checklists are retired, never deleted, so an empty table means the defaults were never
    loaded. Returns how many checklists were added.
    """
    systems = _systems(session)
    added = 0
    if not session.scalar(select(func.count(InspectionTemplate.id))):
        for order, entry in enumerate(load_default_templates()):
            spec = validate_template(entry, set(systems))
            session.add(
                InspectionTemplate(
                    name=spec.name,
                    system_id=systems[spec.system_code],
                    frequency=str(spec.frequency),
                    place=spec.place,
                    active=True,
                    active_since=today,
                    sort_order=order,
                    items=_items(spec.items),
                )
            )
            added += 1
    if not session.scalar(select(func.count(BackupPolicy.id))):
        for entry in load_default_policies():
            if entry["system"] not in systems:
                continue
            session.add(
                BackupPolicy(
                    system_id=systems[entry["system"]],
                    incremental_frequency=entry.get("incremental"),
                    full_frequency=entry.get("full"),
                    location=entry.get("location", ""),
                    data_scope=entry.get("scope", ""),
                    active_since=today,
                )
            )
    session.flush()
    return added


def seed_if_empty(desk: Desk) -> int:
    """On start: the shipped checklists and policies for a database made before they existed."""
    with desk.db.read() as session:
        have_templates = session.scalar(select(func.count(InspectionTemplate.id)))
        have_policies = session.scalar(select(func.count(BackupPolicy.id)))
        have_systems = session.scalar(select(func.count(MaintainedSystem.id)))
    if (have_templates and have_policies) or not have_systems:
        return 0
    with desk.write(SEED, object_type="inspection_template", as_system=True) as session:
        return seed_inspection_defaults(session, desk.today())


def list_templates(desk: Desk, include_retired: bool = False) -> list[TemplateInfo]:
    """The checklists in their shipped order, then by name."""
    with desk.db.read() as session:
        query = (
            select(InspectionTemplate)
            .options(selectinload(InspectionTemplate.items))
            .order_by(InspectionTemplate.sort_order, InspectionTemplate.name)
        )
        if not include_retired:
            query = query.where(InspectionTemplate.active.is_(True))
        return [_info(t) for t in session.scalars(query)]


def get_template(desk: Desk, template_id: int) -> TemplateInfo:
    with desk.db.read() as session:
        template = session.get(InspectionTemplate, template_id)
        if template is None:
            raise TemplateNotFoundError(template_id)
        return _info(template)


def _check_name_free(session: Session, name: str, template_id: int | None) -> None:
    query = select(InspectionTemplate.id).where(InspectionTemplate.name == name)
    if template_id is not None:
        query = query.where(InspectionTemplate.id != template_id)
    if session.scalar(query) is not None:
        raise ValidationError(
            [
                FieldError(
                    "name",
                    QT_TRANSLATE_NOOP("validation", "已有同名的巡检表，请换一个“{label}”"),
                    TEMPLATE_FIELDS["name"],
                )
            ]
        )


def save_template(
    desk: Desk, values: Mapping[str, Any], template_id: int | None = None
) -> TemplateInfo:
    """Create a checklist, or replace one's fields and lines (runs keep their own copies)."""
    with desk.write(TEMPLATE_SAVE, object_type="inspection_template") as session:
        systems = _systems(session)
        spec = validate_template(values, set(systems))
        _check_name_free(session, spec.name, template_id)
        if template_id is None:
            order = session.scalar(select(func.max(InspectionTemplate.sort_order))) or 0
            template = InspectionTemplate(
                active=True, active_since=desk.today(), sort_order=order + 1
            )
            session.add(template)
        else:
            found = session.get(InspectionTemplate, template_id)
            if found is None:
                raise TemplateNotFoundError(template_id)
            template = found
        template.name = spec.name
        template.system_id = systems[spec.system_code]
        template.frequency = str(spec.frequency)
        template.place = spec.place
        template.items.clear()
        session.flush()  # the old lines go before the new ones take their positions
        template.items.extend(_items(spec.items))
        session.flush()
        session.refresh(template)
        return _info(template)


def set_template_active(desk: Desk, template_id: int, active: bool) -> None:
    """Retire a checklist (it leaves the due list; its runs stay) or bring it back from today."""
    with desk.write(TEMPLATE_ACTIVE, object_type="inspection_template") as session:
        template = session.get(InspectionTemplate, template_id)
        if template is None:
            raise TemplateNotFoundError(template_id)
        if active and not template.active:
            template.active_since = desk.today()  # periods while retired are not "missed"
        template.active = active


def template_values(info: TemplateInfo) -> dict[str, Any]:
    """A checklist as form values (what ``save_template`` takes), e.g. to copy it."""
    return {
        "name": info.name,
        "system": info.system_code,
        "frequency": str(info.frequency),
        "place": info.place,
        "items": [
            {
                "dimension": str(s.dimension),
                "check": s.check,
                "method": s.method,
                "kind": str(s.kind),
                "unit": s.unit,
                "minimum": s.minimum,
                "maximum": s.maximum,
            }
            for s in info.items
        ],
    }
