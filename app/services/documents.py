"""The document register: serial numbers, registering a rendered document, signed copies filed."""

from __future__ import annotations

import errno
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import Document, Ticket
from app.domain.i18n import QT_TRANSLATE_NOOP, MarkedError
from app.exports.pdf_frame import DocumentHeader
from app.paths import resources_dir
from app.services.context import Desk
from app.services.contract import get_contract
from app.services.numbering import next_number

DEFECT_FORM = "defect_form"
CONSULTATION = "consultation"
HANDOVER = "handover"
INSPECTION_REPORT = "inspection_report"
INSPECTION_SUMMARY = "inspection_summary"
INCIDENT_REPORT = "incident_report"
LOANER_FORM = "loaner_form"  # printed by app.services.store.documents
STOCKTAKE_SHEET = "stocktake_sheet"
DOCUMENTS_HANDOVER = "documents_handover"  # printed by app.services.devices.printing
TRAINING_SHEET = "training_sheet"  # printed by app.services.training.printing
DRILL_REPORT = "drill_report"
PREFIXES = {
    DEFECT_FORM: "QX",
    CONSULTATION: "ZX",
    HANDOVER: "JJ",
    INSPECTION_REPORT: "XB",
    INSPECTION_SUMMARY: "XH",
    INCIDENT_REPORT: "HB",
    LOANER_FORM: "JY",
    STOCKTAKE_SHEET: "PD",
    DOCUMENTS_HANDOVER: "ZL",
    TRAINING_SHEET: "PX",
    DRILL_REPORT: "YL",
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
    DOCUMENTS_HANDOVER: QT_TRANSLATE_NOOP("document", "维护资料移交清单"),
    TRAINING_SHEET: QT_TRANSLATE_NOOP("document", "培训签到表"),
    DRILL_REPORT: QT_TRANSLATE_NOOP("document", "应急演练报告"),
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

    @property
    def kind_label(self) -> str:
        return KIND_LABELS.get(self.kind, self.kind)

    @property
    def filed(self) -> bool:
        return self.signed_filed_at is not None


def _info(document: Document, ticket_number: str, path: Path | None = None) -> DocumentInfo:
    return DocumentInfo(
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
    return out_path.resolve()


def register_and_render(
    desk: Desk,
    kind: str,
    out_path: Path,
    render: Callable[[Path, DocumentHeader], None],
    ticket_id: int | None = None,
    ticket_number: str = "",
    created_at: datetime | None = None,
    inspection_run_id: int | None = None,
) -> DocumentInfo:
    """Number a document of ``kind``, record it in the register and render it, all or nothing.

    ``out_path`` must have been checked with ``check_out_path``. The serial is allocated and the
    row added inside one transaction; ``render`` writes the file before that transaction commits.
    A failed render rolls the row and the serial back; a failed commit deletes the file again.
    ``created_at`` (default: the desk's clock) is the document's time in the register;
    ``inspection_run_id`` ties a document of one inspection run (巡检报告) to the run.
    """
    contract = get_contract(desk)
    now = desk.clock.now()
    when = created_at or now
    rendered = False
    try:
        with desk.db.transaction() as session:
            serial = next_number(session, when.astimezone().year, PREFIXES[kind])
            document = Document(
                serial=serial,
                kind=kind,
                ticket_id=ticket_id,
                generated_by=desk.actor,
                created_at=when,
                inspection_run_id=inspection_run_id,
            )
            session.add(document)
            session.flush()
            header = DocumentHeader(
                title=KIND_LABELS[kind],
                serial=serial,
                ticket_number=ticket_number,
                project_name=contract.project_name if contract else "",
                client_name=contract.client_name if contract else "",
                classification=contract.classification if contract else "",
                printed_at=now,
                font_file=resources_dir() / "fonts" / "wqy-microhei.ttc",
            )
            try:
                render(out_path, header)
            except OSError as exc:
                raise DocumentError(
                    QT_TRANSLATE_NOOP("document", "无法写入文件：{path}（{reason}）"),
                    path=out_path,
                    reason=_reason(exc),
                ) from exc
            rendered = True
            info = _info(document, ticket_number, out_path)
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


def mark_signed_filed(desk: Desk, serial: str, scan_path: Path | None = None) -> DocumentInfo:
    """Record that the signed paper copy of a document is filed, with its scan if any."""
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
    with desk.db.transaction() as session:
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
