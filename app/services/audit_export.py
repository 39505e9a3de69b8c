"""Exporting the audit trail (the auditor's, and itself audited): the filtered records and the
fields they changed, as Excel."""

from __future__ import annotations

from pathlib import Path

from app.domain.audit.actions import AUDIT_EXPORT
from app.domain.i18n import Marked
from app.exports.audit.workbook import AuditWorkbook
from app.services.audit_trail import AuditFilter, current_head, entries, field_changes, record_ids
from app.services.context import Desk
from app.services.documents import check_out_path

BATCH = 500


def describe_filter(flt: AuditFilter) -> str:
    """The filter in words, printed at the top of the export."""
    parts = []
    if flt.start:
        parts.append(f"自 {flt.start.astimezone():%Y-%m-%d %H:%M}")
    if flt.end:
        parts.append(f"至 {flt.end.astimezone():%Y-%m-%d %H:%M} 前")
    for label, value in (("账户", flt.username), ("操作", flt.action), ("对象", flt.object_type),
                         ("结果", flt.outcome), ("含", flt.text)):  # fmt: skip
        if value:
            parts.append(f"{label} {value}")
    return "筛选：" + ("，".join(parts) if parts else "全部")


def export_audit(desk: Desk, flt: AuditFilter, out_path: Path) -> int:
    """Write the records matching ``flt`` (oldest first) and their changes; returns records."""
    desk.require(AUDIT_EXPORT)
    out_path = check_out_path(out_path)
    ids = sorted(record_ids(desk, flt))
    head = current_head(desk).code
    described = describe_filter(flt)
    about = [
        ("审计链头", head),
        ("筛选条件", described),
        ("记录条数", len(ids)),
        ("导出人", f"{desk.user.display_name}（{desk.user.username}）"),
        ("导出时间", desk.clock.now()),
        ("说明", "哈希值逐条相连；可用 resident-desk check 验证整条链与数据是否一致"),
    ]
    with AuditWorkbook(out_path, about) as book:
        with desk.db.read() as session:
            for start in range(0, len(ids), BATCH):
                batch = ids[start : start + BATCH]
                for entry in entries(session, batch):
                    label = entry.action_label
                    book.add_record(
                        (
                            entry.id,
                            entry.at,
                            entry.username,
                            entry.display_name,
                            entry.workstation,
                            entry.source,
                            str(label) if isinstance(label, Marked) else label,
                            entry.object_type_label,
                            entry.object_label,
                            entry.outcome,
                            entry.detail,
                            entry.changes,
                            entry.hash,
                        )
                    )
                    for change in field_changes(session, entry.id):
                        book.add_change(
                            (
                                entry.id,
                                change.table_label,
                                change.row_id,
                                change.op,
                                change.field,
                                change.old,
                                change.new,
                            )
                        )
                session.expunge_all()
        book.commit()
    desk.record(
        AUDIT_EXPORT,
        object_type="export",
        object_label="审计记录",
        detail=f"{out_path}（{len(ids)} 条；{described}）",
    )
    return len(ids)
