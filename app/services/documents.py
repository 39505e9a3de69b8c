"""The document register: serial numbers, registering a rendered document, signed copies filed."""

from __future__ import annotations

import dataclasses
import errno
import re
import stat
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db import audit
from app.db.models import Document, Ticket
from app.domain.audit.actions import DOCUMENT_FILED, DOCUMENT_PRINT
from app.domain.i18n import QT_TRANSLATE_NOOP, MarkedError
from app.exports.pdf_frame import DocumentHeader
from app.exports.pdf_glyphs import collect_missing, describe_missing
from app.paths import resources_dir
from app.services.audit_trail import chain_head
from app.services.context import Desk
from app.services.contract import get_contract
from app.services.document_versions import (
    SAVED,
    add_copy,
    content_fingerprint,
    copy_note,
    next_serial,
    reusable_document,
)

DEFECT_FORM = "defect_form"
CONSULTATION = "consultation"
HANDOVER = "handover"
INSPECTION_REPORT = "inspection_report"
INSPECTION_SUMMARY = "inspection_summary"
INCIDENT_REPORT = "incident_report"
LOANER_FORM = "loaner_form"  # printed by app.services.store.documents
STOCKTAKE_SHEET = "stocktake_sheet"
PREFIXES = {
    DEFECT_FORM: "QX",
    CONSULTATION: "ZX",
    HANDOVER: "JJ",
    INSPECTION_REPORT: "XB",
    INSPECTION_SUMMARY: "XH",
    INCIDENT_REPORT: "HB",
    LOANER_FORM: "JY",
    STOCKTAKE_SHEET: "PD",
}
KIND_LABELS = {
    DEFECT_FORM: QT_TRANSLATE_NOOP("document", "系统缺陷类问题提交单"),
    CONSULTATION: QT_TRANSLATE_NOOP("document", "咨询类问题记录"),
    HANDOVER: QT_TRANSLATE_NOOP("document", "交接班记录"),
    INSPECTION_REPORT: QT_TRANSLATE_NOOP("document", "巡检报告"),
    INSPECTION_SUMMARY: QT_TRANSLATE_NOOP("document", "巡检情况汇总"),
    INCIDENT_REPORT: QT_TRANSLATE_NOOP("document", "问题汇报"),
    LOANER_FORM: QT_TRANSLATE_NOOP("document", "备用机借用单"),
    STOCKTAKE_SHEET: QT_TRANSLATE_NOOP("document", "备品备件盘点表"),
}
_SEPARATORS = re.compile(r"[\s;|,，；]+")


class DocumentError(MarkedError, ValueError):
    """A document cannot be made or filed; the message says why, in Chinese."""

    def __init__(self, template: str, **values: object) -> None:
        super().__init__("document", template, **values)


@dataclass(frozen=True)
class DocumentInfo:
    """One printed document of the register."""

    id: int
    serial: str
    kind: str
    ticket_id: int | None
    ticket_number: str
    created_at: datetime
    generated_by: str
    signed_filed_at: datetime | None
    filed_by: str
    scan_path: str
    path: Path | None = None
    inspection_run_id: int | None = None
    version: int = 1
    copies: int = 0  # copies made so far (saved or printed)
    copy_note: str = ""  # 补打（第 n 次） when this file is a reprint
    reused: bool = False  # an unchanged document printed again: its serial kept
    missing_characters: tuple[str, ...] = ()  # printed as 〓: no shipped face has them

    @property
    def missing_description(self) -> str:
        """``U+2B81D 𫠝、…``: the characters printed as 〓, for a warning."""
        return describe_missing(self.missing_characters)

    @property
    def kind_label(self) -> str:
        return KIND_LABELS.get(self.kind, self.kind)

    @property
    def filed(self) -> bool:
        return self.signed_filed_at is not None


def _info(document: Document, ticket_number: str, path: Path | None = None) -> DocumentInfo:
    return DocumentInfo(
        version=document.version or 1,
        copies=document.copies or 0,
        id=document.id,
        serial=document.serial,
        kind=document.kind,
        ticket_id=document.ticket_id,
        ticket_number=ticket_number,
        created_at=document.created_at,
        generated_by=document.generated_by,
        signed_filed_at=document.signed_filed_at,
        filed_by=document.filed_by,
        scan_path=document.scan_path,
        path=path,
        inspection_run_id=document.inspection_run_id,
    )


def check_out_path(out_path: Path) -> Path:
    """The output file as an absolute path; a clear error for a folder or a missing folder."""
    out_path = Path(out_path).expanduser()
    if out_path.is_dir():
        raise DocumentError(
            QT_TRANSLATE_NOOP("document", "保存位置是一个文件夹，请给出文件名：{path}"),
            path=out_path,
        )
    if not out_path.parent.is_dir():
        raise DocumentError(
            QT_TRANSLATE_NOOP("document", "保存位置的文件夹不存在：{path}"), path=out_path.parent
        )
    if out_path.is_file() and is_read_only(out_path):
        raise DocumentError(
            QT_TRANSLATE_NOOP("document", "文件是只读的，不能覆盖：{path}"), path=out_path
        )
    return out_path.resolve()


def is_read_only(path: Path) -> bool:
    """Whether a file is marked read-only (no write permission bit set, whoever we run as)."""
    return not path.stat().st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)


def check_new_file(out_path: Path, force: bool) -> None:
    """Refuse to replace an existing file unless ``force`` (the command line's ``--force``)."""
    if not force and Path(out_path).expanduser().exists():
        raise DocumentError(
            QT_TRANSLATE_NOOP("document", "文件已存在：{path}。如需覆盖，请加 --force。"),
            path=out_path,
        )


def register_and_render(
    desk: Desk,
    kind: str,
    out_path: Path,
    render: Callable[[Path, DocumentHeader], None],
    ticket_id: int | None = None,
    ticket_number: str = "",
    created_at: datetime | None = None,
    inspection_run_id: int | None = None,
    action: str = DOCUMENT_PRINT,
    also: Callable[[Session, Document], None] | None = None,
    subject: str = "",
    content: object = None,
    copy: str | None = SAVED,
) -> DocumentInfo:
    """Number a document of ``kind``, record it in the register and render it, all or nothing.

    ``out_path`` must have been checked with ``check_out_path``. The serial is allocated and the
    row added inside one transaction; ``render`` writes the file before that transaction commits.
    A failed render rolls the row and the serial back; a failed commit deletes the file again.
    ``created_at`` (default: the desk's clock) is the document's time in the register;
    ``inspection_run_id`` ties a document of one inspection run (巡检报告) to the run.
    The print is audited as ``action``; ``also`` adds what goes with it in the same transaction
    (a sign-off waiting for this form, the handover record), whether the serial is new or reused.
    The footer carries the audit chain's head.

    ``subject`` names what the document is of ("ticket:12") and ``content`` is what it prints:
    the same content printed again reuses the serial and says 补打（第 n 次）; changed content of
    the same subject gets the next version (QX-2026-0001-2) — see ``document_versions``.
    ``copy``: the file is a copy made (``SAVED``, counted) or None for a preview, counted when
    it is printed or saved (``document_versions.record_copy``).
    """
    contract = get_contract(desk)
    now = desk.clock.now()
    when = created_at or now
    fingerprint = content_fingerprint(content) if content is not None else ""
    rendered = False
    try:
        with desk.write(action, object_type="document") as session:
            document = reusable_document(session, kind, subject, fingerprint)
            reused = document is not None
            if document is None:
                serial, version = next_serial(
                    session, kind, subject, when.astimezone().year, PREFIXES[kind]
                )
                document = Document(
                    serial=serial,
                    kind=kind,
                    ticket_id=ticket_id,
                    generated_by=desk.actor,
                    created_at=when,
                    inspection_run_id=inspection_run_id,
                    subject=subject,
                    fingerprint=fingerprint,
                    version=version,
                    copies=0,
                )
                session.add(document)
                session.flush()
            audit.describe(session, "document", f"{document.serial} {ticket_number}".strip())
            if also is not None:
                also(session, document)
                session.flush()
            note = copy_note(document.copies or 0)
            header = DocumentHeader(
                title=KIND_LABELS[kind],
                serial=document.serial,
                ticket_number=ticket_number,
                project_name=contract.project_name if contract else "",
                client_name=contract.client_name if contract else "",
                classification=contract.classification if contract else "",
                printed_at=now,
                font_file=resources_dir() / "fonts" / "wqy-microhei.ttc",
                audit_head=chain_head(session).code,
                copy_note=note,
            )
            try:
                with collect_missing() as missing:
                    render(out_path, header)
            except OSError as exc:
                raise DocumentError(
                    QT_TRANSLATE_NOOP("document", "无法写入文件：{path}（{reason}）"),
                    path=out_path,
                    reason=_reason(exc),
                ) from exc
            rendered = True
            if copy is not None:
                add_copy(session, document, copy, str(out_path), now, desk.actor)
            info = dataclasses.replace(
                _info(document, ticket_number, out_path),
                copy_note=note,
                reused=reused,
                missing_characters=tuple(missing),
            )
    except BaseException:
        if rendered:  # the commit failed after the file was written: take it back
            out_path.unlink(missing_ok=True)
        raise
    return info


_ERRNO_REASONS = {
    errno.EACCES: QT_TRANSLATE_NOOP("document", "没有写入权限"),
    errno.EPERM: QT_TRANSLATE_NOOP("document", "没有写入权限"),
    errno.ENOENT: QT_TRANSLATE_NOOP("document", "无法在此位置创建文件"),
    errno.EROFS: QT_TRANSLATE_NOOP("document", "只读的磁盘或文件夹"),
    errno.ENOSPC: QT_TRANSLATE_NOOP("document", "磁盘空间不足"),
}


def _reason(exc: OSError) -> str:
    return _ERRNO_REASONS.get(exc.errno or 0, exc.strerror or str(exc))


def parse_serial(text: str) -> str:
    """The serial typed, or scanned from the QR code (serial;ticket number)."""
    parts = [p for p in _SEPARATORS.split(text.strip().upper()) if p]
    return parts[0] if parts else ""


def mark_signed_filed(
    desk: Desk,
    serial: str,
    scan_path: Path | None = None,
    complete: Callable[[Session, Document], None] | None = None,
) -> DocumentInfo:
    """Record that the signed paper copy of a document is filed, with its scan if any;
    ``complete`` finishes what waited for it (a step signed on paper) in the same transaction."""
    serial = parse_serial(serial)
    if not serial:
        raise DocumentError(QT_TRANSLATE_NOOP("document", "请输入或扫描文档编号"))
    if scan_path is not None:
        scan_path = Path(scan_path).expanduser()
        if not scan_path.is_file():
            raise DocumentError(
                QT_TRANSLATE_NOOP("document", "扫描件文件不存在：{path}"), path=scan_path
            )
    now = desk.clock.now()
    with desk.write(DOCUMENT_FILED, object_type="document", object_label=serial) as session:
        document = session.scalar(select(Document).where(Document.serial == serial))
        if document is None:
            raise DocumentError(
                QT_TRANSLATE_NOOP("document", "没有编号为 {serial} 的文档，请核对编号"),
                serial=serial,
            )
        if document.signed_filed_at is not None:
            raise DocumentError(
                QT_TRANSLATE_NOOP(
                    "document", "文档 {serial} 的签字件已于 {at} 由 {who} 归档，无需重复归档"
                ),
                serial=serial,
                at=document.signed_filed_at.astimezone().strftime("%Y-%m-%d %H:%M"),
                who=document.filed_by or "—",
            )
        document.signed_filed_at = now
        document.filed_by = desk.actor
        document.scan_path = str(scan_path.resolve()) if scan_path else ""
        session.flush()
        if complete is not None:
            complete(session, document)
        return _info(document, _ticket_number(session, document.ticket_id))


def _ticket_number(session: Session, ticket_id: int | None) -> str:
    if ticket_id is None:
        return ""
    return session.scalar(select(Ticket.number).where(Ticket.id == ticket_id)) or ""


def documents_of_ticket(desk: Desk, ticket_id: int) -> list[DocumentInfo]:
    """The documents printed for a ticket, oldest first, with whether each is signed and filed."""
    with desk.db.read() as session:
        number = _ticket_number(session, ticket_id)
        rows = session.scalars(
            select(Document).where(Document.ticket_id == ticket_id).order_by(Document.id)
        )
        return [_info(d, number) for d in rows]


def documents_of_run(desk: Desk, run_id: int) -> list[DocumentInfo]:
    """The 巡检报告 printed for an inspection run, oldest first, with whether each is filed."""
    with desk.db.read() as session:
        rows = session.scalars(
            select(Document).where(Document.inspection_run_id == run_id).order_by(Document.id)
        )
        return [_info(d, "") for d in rows]
