"""维护资料移交清单 (ZL-): the documents handed over, numbered in the document register."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from app.domain.devices.register import DeviceError
from app.domain.i18n import QT_TRANSLATE_NOOP
from app.exports.devices.handover_list import HandoverList, render_handover_list
from app.exports.pdf_text import BLANK
from app.services import documents
from app.services.context import Desk
from app.services.devices.documents import list_documents
from app.services.document_versions import SAVED
from app.services.documents import DocumentInfo, check_out_path, register_and_render


def handover_documents(
    desk: Desk,
    out_path: Path,
    system_code: str | None = None,
    start: date | None = None,
    end: date | None = None,
    current_only: bool = True,
    copy: str | None = SAVED,
) -> DocumentInfo:
    """Print the hand-over list of the documents handed over (one system or all, the current
    versions by default, in a date range if given)."""
    out_path = check_out_path(out_path)
    docs = [
        d
        for d in list_documents(desk, system_code, current_only)
        if (start is None or d.handed_over_on >= start) and (end is None or d.handed_over_on <= end)
    ]
    if not docs:
        raise DeviceError(QT_TRANSLATE_NOOP("devices", "没有符合条件的维护资料可列入移交清单"))
    lines = [
        (
            d.system_name,
            d.title,
            d.kind.label,
            d.version or BLANK,
            d.form,
            d.handed_over_by,
            f"{d.handed_over_on:%Y-%m-%d}",
            d.attachment.sha256[:10] if d.attachment else BLANK,
        )
        for d in docs
    ]
    scope = docs[0].system_name if system_code else "全部系统"
    days = [d.handed_over_on for d in docs]
    handover = HandoverList(scope, min(days), max(days), lines)
    return register_and_render(
        desk,
        documents.DOCUMENTS_HANDOVER,
        out_path,
        lambda path, header: render_handover_list(path, header, handover),
        subject=f"documents-handover:{system_code or '*'}",
        content=handover,
        copy=copy,
    )
