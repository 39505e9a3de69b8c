"""The document register: serial numbers, registering a rendered document, signed copies filed."""

from __future__ import annotations

import dataclasses
import errno
import logging
import re
import stat
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db import audit
from app.db.models import Document, Ticket
from app.domain.audit.actions import DOCUMENT_FILED, DOCUMENT_PRINT, DOCUMENT_VOID
from app.domain.i18n import QT_TRANSLATE_NOOP, MarkedError
from app.paths import resources_dir
from app.services.audit_trail import chain_head
from app.services.context import Desk
from app.services.contract import get_contract
from app.services.document_versions import (
    SAVED,
    add_copy,
    content_fingerprint,
    copy_note,
    latest_version,
    next_serial,
    reusable_document,
)
from app.services.numbering import release_number

if TYPE_CHECKING:
    from app.exports.pdf_frame import DocumentHeader

DEFECT_FORM = "defect_form"
CONSULTATION = "consultation"
HANDOVER = "handover"
INSPECTION_REPORT = "inspection_report"
INSPECTION_SUMMARY = "inspection_summary"
INCIDENT_REPORT = "incident_report"
LOANER_FORM = "loaner_form"  # printed by app.services.store.documents
EQUIPMENT_LOAN_FORM = "equipment_loan_form"  # a test-equipment loan's form (no ticket)
STOCKTAKE_SHEET = "stocktake_sheet"
DOCUMENTS_HANDOVER = "documents_handover"  # printed by app.services.devices.printing
TRAINING_SHEET = "training_sheet"  # printed by app.services.training.printing
DRILL_REPORT = "drill_report"
CHANGE_REQUEST = "change_request"  # printed by app.services.changes.printing
MONTHLY_REPORT = "monthly_report"  # printed by app.services.reports.monthly_report
PREFIXES = {
    DEFECT_FORM: "QX",
    CONSULTATION: "ZX",
    HANDOVER: "JJ",
    INSPECTION_REPORT: "XB",
    INSPECTION_SUMMARY: "XH",
    INCIDENT_REPORT: "HB",
    LOANER_FORM: "JY",
    EQUIPMENT_LOAN_FORM: "JY",
    STOCKTAKE_SHEET: "PD",
    DOCUMENTS_HANDOVER: "ZL",
    TRAINING_SHEET: "PX",
    DRILL_REPORT: "YL",
    CHANGE_REQUEST: "BG",
    MONTHLY_REPORT: "YB",
}
KIND_LABELS = {
    DEFECT_FORM: QT_TRANSLATE_NOOP("document", "系统缺陷类问题提交单"),
    CONSULTATION: QT_TRANSLATE_NOOP("document", "咨询类问题记录"),
    HANDOVER: QT_TRANSLATE_NOOP("document", "交接班记录"),
    INSPECTION_REPORT: QT_TRANSLATE_NOOP("document", "巡检报告"),
    INSPECTION_SUMMARY: QT_TRANSLATE_NOOP("document", "巡检情况汇总"),
    INCIDENT_REPORT: QT_TRANSLATE_NOOP("document", "问题汇报"),
    LOANER_FORM: QT_TRANSLATE_NOOP("document", "备用机借用单"),
    EQUIPMENT_LOAN_FORM: QT_TRANSLATE_NOOP("document", "测试设备借用单"),
    STOCKTAKE_SHEET: QT_TRANSLATE_NOOP("document", "备品备件盘点表"),
    DOCUMENTS_HANDOVER: QT_TRANSLATE_NOOP("document", "维护资料移交清单"),
    TRAINING_SHEET: QT_TRANSLATE_NOOP("document", "培训签到表"),
    DRILL_REPORT: QT_TRANSLATE_NOOP("document", "应急演练报告"),
    CHANGE_REQUEST: QT_TRANSLATE_NOOP("document", "需求变更申请单"),
    MONTHLY_REPORT: QT_TRANSLATE_NOOP("document", "系统运行状况分析报告"),
}
# Kinds printed under their subject's own number (``serial=``), not one of the register's.
OWN_SERIAL_KINDS = frozenset({CHANGE_REQUEST})
_SEPARATORS = re.compile(r"[\s;|,，；]+")
log = logging.getLogger(__name__)


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
        from app.exports.pdf_glyphs import describe_missing  # reportlab on first use

        return describe_missing(self.missing_characters)

    voided_at: datetime | None = None
    void_reason: str = ""

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
        voided_at=document.voided_at,
        void_reason=document.void_reason,
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
    serial: str = "",
) -> DocumentInfo:
    """Number a document of ``kind``, record it in the register and render it, all or nothing.

    ``out_path`` must have been checked with ``check_out_path``. The serial is allocated and the
    row added in one short transaction; ``render`` writes the file after it has committed, so no
    write lock is held while a document renders. A failed render takes the entry back: removed
    with its serial while that is still the last of its sequence, else kept as voided, so serials
    stay gap-free either way. ``created_at`` (default: the desk's clock) is the document's time in
    the register; ``inspection_run_id`` ties a document of one inspection run (巡检报告) to the run.

    The print is audited as ``action``; ``also`` adds what goes with the rendered document in a
    second short transaction (a sign-off waiting for this form, the handover record), whether the
    serial is new or reused. The footer carries the audit chain's head.

    ``subject`` names what the document is of ("ticket:12") and ``content`` is what it prints:
    the same content printed again reuses the serial and says 补打（第 n 次）; changed content of
    the same subject gets the next version (QX-2026-0001-2) — see ``document_versions``.
    ``copy``: the file is a copy made (``SAVED``, counted) or None for a preview, counted when
    it is printed or saved (``document_versions.record_copy``). ``serial``: the number the
    first version takes instead of the next of its kind (a change request prints under its own
    number, BG-2026-0001).
    """
    contract = get_contract(desk)
    now = desk.clock.now()
    fingerprint = content_fingerprint(content) if content is not None else ""
    registered = _register(
        desk,
        action,
        kind,
        created_at or now,
        ticket_id,
        ticket_number,
        inspection_run_id,
        subject,
        fingerprint,
        serial,
    )
    from app.exports.pdf_frame import DocumentHeader  # reportlab on first use, not at start
    from app.exports.pdf_glyphs import collect_missing

    document = registered.document
    header = DocumentHeader(
        title=KIND_LABELS[kind],
        serial=document.serial,
        ticket_number=ticket_number,
        project_name=contract.project_name if contract else "",
        client_name=contract.client_name if contract else "",
        classification=contract.classification if contract else "",
        printed_at=now,
        font_file=resources_dir() / "fonts" / "wqy-microhei.ttc",
        audit_head=registered.audit_head,
        copy_note=registered.copy_note,
    )
    try:
        with collect_missing() as missing:
            render(out_path, header)
    except OSError as exc:
        if not registered.reused:
            _take_back(desk, document.id, f"无法写入文件（{_reason(exc)}）")
        raise DocumentError(
            QT_TRANSLATE_NOOP("document", "无法写入文件：{path}（{reason}）"),
            path=out_path,
            reason=_reason(exc),
        ) from exc
    except BaseException as exc:
        if not registered.reused:
            _take_back(desk, document.id, f"文件未能生成（{exc.__class__.__name__}）")
        raise
    if also is not None or copy is not None:
        try:
            with desk.write(action, object_type="document") as session:
                stored = session.get(Document, document.id)
                assert stored is not None
                audit.describe(session, "document", f"{stored.serial} {ticket_number}".strip())
                if also is not None:
                    also(session, stored)
                    session.flush()
                if copy is not None:
                    add_copy(session, stored, copy, str(out_path), now, desk.actor)
                document = stored
        except BaseException:
            out_path.unlink(missing_ok=True)
            if not registered.reused:
                _take_back(desk, document.id, "登记未能完成")
            raise
    return dataclasses.replace(
        _info(document, ticket_number, out_path),
        copy_note=registered.copy_note,
        reused=registered.reused,
        missing_characters=tuple(missing),
    )


@dataclass(frozen=True)
class _Registered:
    """A register entry made (or found unchanged) for one print, and what its page shows."""

    document: Document
    reused: bool
    copy_note: str
    audit_head: str


def _register(
    desk: Desk,
    action: str,
    kind: str,
    when: datetime,
    ticket_id: int | None,
    ticket_number: str,
    inspection_run_id: int | None,
    subject: str,
    fingerprint: str,
    own_serial: str = "",
) -> _Registered:
    """Find the unchanged document of ``subject`` or add the next serial (or version) of
    ``kind`` to the register, in one short audited transaction."""
    with desk.write(action, object_type="document") as session:
        document = reusable_document(session, kind, subject, fingerprint)
        reused = document is not None
        if document is None:
            serial, version = (
                next_serial(session, kind, subject, when.astimezone().year, PREFIXES[kind])
                if not own_serial or latest_version(session, kind, subject)
                else (own_serial, 1)
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
        return _Registered(
            document, reused, copy_note(document.copies or 0), chain_head(session).code
        )


def _take_back(desk: Desk, document_id: int, reason: str) -> None:
    """Undo a register entry whose file was not made: a later version of a serial, or a serial
    still the last of its sequence, is removed; otherwise the entry stays, voided with
    ``reason``, so the register has no gap."""
    try:
        with desk.write(DOCUMENT_VOID, object_type="document", detail=reason[:200]) as session:
            document = session.get(Document, document_id)
            if document is None:
                return
            audit.describe(session, "document", document.serial)
            own = (
                document.kind in OWN_SERIAL_KINDS
            )  # its number is its subject's: never handed back
            if (document.version or 1) > 1 or (
                not own and release_number(session, document.serial)
            ):
                session.delete(document)
                return
            document.voided_at = desk.clock.now()
            document.void_reason = reason[:200]
    except Exception:  # the render's own error is the one to report; this one goes to the log
        log.exception("document %s: the register entry could not be taken back", document_id)


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
        if document.voided_at is not None:
            raise DocumentError(
                QT_TRANSLATE_NOOP("document", "文档 {serial} 已作废（{reason}），不能归档"),
                serial=serial,
                reason=document.void_reason or "—",
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
