"""Maintenance documents (维护资料): the library by system, newer versions keeping the older."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import MaintainedSystem, MaintenanceDocument
from app.domain.audit.actions import MAINTENANCE_DOCUMENT
from app.domain.devices.documents import DOCUMENT_LABELS, DocumentKind, series_key
from app.domain.devices.register import DeviceError, parse_day
from app.domain.i18n import QT_TRANSLATE_NOOP
from app.domain.validation import FieldError, ValidationError, clean_text
from app.services.context import Desk
from app.services.devices import attachments
from app.services.devices.attachments import AttachmentInfo, attachment_info

ALL_SYSTEMS = "全部系统"


@dataclass(frozen=True)
class MaintenanceDocumentInfo:
    """One version of a maintenance document, and whether a newer one replaced it."""

    id: int
    system_code: str
    system_name: str
    kind: DocumentKind
    title: str
    version: str
    issued_on: date | None
    handed_over_by: str
    handed_over_on: date
    copies: int
    paper: bool
    notes: str
    attachment: AttachmentInfo | None
    replaces_id: int | None
    replaced_by_id: int | None
    recorded_by: str

    @property
    def current(self) -> bool:
        return self.replaced_by_id is None

    @property
    def form(self) -> str:
        """How it was handed over: electronic file, paper copies, or both."""
        parts = (["电子"] if self.attachment else []) + (
            [f"纸质{self.copies}份"] if self.paper else []
        )
        return "＋".join(parts) or "—"


def _info(row: MaintenanceDocument, replaced_by: dict[int, int]) -> MaintenanceDocumentInfo:
    return MaintenanceDocumentInfo(
        id=row.id,
        system_code=row.system.code if row.system else "",
        system_name=row.system.name if row.system else ALL_SYSTEMS,
        kind=DocumentKind(row.kind),
        title=row.title,
        version=row.version,
        issued_on=row.issued_on,
        handed_over_by=row.handed_over_by,
        handed_over_on=row.handed_over_on,
        copies=row.copies,
        paper=row.paper,
        notes=row.notes,
        attachment=attachment_info(row.attachment) if row.attachment else None,
        replaces_id=row.replaces_id,
        replaced_by_id=replaced_by.get(row.id),
        recorded_by=row.recorded_by,
    )


def _error(name: str, template: str) -> FieldError:
    return FieldError(name, template, DOCUMENT_LABELS[name])


def _checked(values: Mapping[str, Any], today: date) -> dict[str, Any]:
    errors: list[FieldError] = []
    required = QT_TRANSLATE_NOOP("validation", "请填写“{label}”")
    title = clean_text(values.get("title"))
    if not title:
        errors.append(_error("title", required))
    try:
        kind = DocumentKind(values.get("kind"))
    except ValueError:
        errors.append(_error("kind", QT_TRANSLATE_NOOP("validation", "请选择“{label}”")))
        kind = DocumentKind.OTHER
    by = clean_text(values.get("handed_over_by"))
    if not by:
        errors.append(_error("handed_over_by", required))
    handed = parse_day(values.get("handed_over_on")) if values.get("handed_over_on") else today
    if handed is None:
        errors.append(
            _error("handed_over_on", QT_TRANSLATE_NOOP("validation", "“{label}”不是有效的日期"))
        )
    elif handed > today:
        errors.append(
            _error("handed_over_on", QT_TRANSLATE_NOOP("validation", "“{label}”不能晚于今天"))
        )
    issued = parse_day(values.get("issued_on")) if values.get("issued_on") else None
    if values.get("issued_on") and issued is None:
        errors.append(
            _error("issued_on", QT_TRANSLATE_NOOP("validation", "“{label}”不是有效的日期"))
        )
    copies = values.get("copies", 1)
    if not isinstance(copies, int) or copies < 0:
        errors.append(_error("copies", QT_TRANSLATE_NOOP("validation", "“{label}”应为非负整数")))
    if errors:
        raise ValidationError(errors)
    return {
        "title": title[:200],
        "kind": kind,
        "version": clean_text(values.get("version"))[:50],
        "issued_on": issued,
        "handed_over_by": by[:50],
        "handed_over_on": handed,
        "copies": copies,
        "paper": bool(values.get("paper")),
        "notes": clean_text(values.get("notes")),
    }


def _system_id(session: Session, code: str) -> int | None:
    if not code:
        return None
    system_id = session.scalar(select(MaintainedSystem.id).where(MaintainedSystem.code == code))
    if system_id is None:
        raise DeviceError(QT_TRANSLATE_NOOP("devices", "没有系统 {code}"), code=code)
    return system_id


def add_document(
    desk: Desk, values: Mapping[str, Any], file: Path | None = None
) -> MaintenanceDocumentInfo:
    """Add a document handed over (with its file, if electronic). One with the same system,
    kind and title as a current document is its newer version: the older one is kept, marked
    as replaced."""
    checked = _checked(values, desk.today())
    if file is None and not checked["paper"]:
        raise ValidationError(
            [
                FieldError(
                    "file",
                    QT_TRANSLATE_NOOP("validation", "请选择电子版文件，或勾选“纸质”并填写份数"),
                    QT_TRANSLATE_NOOP("field", "文件"),
                )
            ]
        )
    name, data = attachments.read_source(file) if file is not None else ("", b"")
    system_code = clean_text(values.get("system"))
    with desk.write(MAINTENANCE_DOCUMENT, object_type="maintenance_document") as session:
        system_id = _system_id(session, system_code)
        key = series_key(system_code, checked["kind"], checked["title"])
        older = [
            row
            for row in _rows(session)
            if series_key(row.system.code if row.system else "", DocumentKind(row.kind), row.title)
            == key
        ]
        replaced = _replaced_by(session)
        current = next((r for r in older if r.id not in replaced), None)
        stored = attachments.store(session, name, data, desk.actor) if data else None
        row = MaintenanceDocument(
            system_id=system_id,
            kind=checked["kind"].value,
            title=checked["title"],
            version=checked["version"],
            issued_on=checked["issued_on"],
            handed_over_by=checked["handed_over_by"],
            handed_over_on=checked["handed_over_on"],
            copies=checked["copies"],
            paper=checked["paper"],
            notes=checked["notes"],
            attachment_id=stored.id if stored else None,
            replaces_id=current.id if current else None,
            recorded_by=desk.actor,
        )
        session.add(row)
        session.flush()
        session.refresh(row)
        return _info(row, {})


def _rows(session: Session) -> list[MaintenanceDocument]:
    return list(session.scalars(select(MaintenanceDocument).order_by(MaintenanceDocument.id)))


def _replaced_by(session: Session) -> dict[int, int]:
    rows = session.execute(
        select(MaintenanceDocument.replaces_id, MaintenanceDocument.id).where(
            MaintenanceDocument.replaces_id.is_not(None)
        )
    )
    return {older: newer for older, newer in rows}


def list_documents(
    desk: Desk, system_code: str | None = None, current_only: bool = False
) -> list[MaintenanceDocumentInfo]:
    """The library by system (全部系统 last), kind in the contract's order, then title; a
    series' newest version first."""
    with desk.db.read() as session:
        replaced = _replaced_by(session)
        infos = [_info(r, replaced) for r in _rows(session)]
        order = {code: rank for rank, code in enumerate(_system_order(session))}
    kinds = list(DocumentKind)
    if system_code is not None:
        infos = [i for i in infos if i.system_code == system_code]
    if current_only:
        infos = [i for i in infos if i.current]
    return sorted(
        infos,
        key=lambda i: (
            order.get(i.system_code, len(order)),
            kinds.index(i.kind),
            i.title,
            -i.id,
        ),
    )


def _system_order(session: Session) -> list[str]:
    return list(
        session.scalars(select(MaintainedSystem.code).order_by(MaintainedSystem.sort_order))
    )


def versions_of(desk: Desk, document_id: int) -> list[MaintenanceDocumentInfo]:
    """Every version of a document's series, newest first."""
    documents = list_documents(desk)
    chosen = next((d for d in documents if d.id == document_id), None)
    if chosen is None:
        raise DeviceError(QT_TRANSLATE_NOOP("devices", "没有维护资料 {id}"), id=document_id)
    key = series_key(chosen.system_code, chosen.kind, chosen.title)
    return [d for d in documents if series_key(d.system_code, d.kind, d.title) == key]


def save_document_file(desk: Desk, document_id: int, out_path: Path) -> Path:
    """Write a document's stored file out, after checking its SHA-256."""
    chosen = next((d for d in list_documents(desk) if d.id == document_id), None)
    if chosen is None or chosen.attachment is None:
        raise DeviceError(QT_TRANSLATE_NOOP("devices", "此资料没有电子版文件"))
    return attachments.save_attachment(desk, chosen.attachment.id, out_path)
