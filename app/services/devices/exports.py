"""The register's Excel files: 设备台账 (importable again after editing) and 升级记录."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import func, select

from app.db.models import ConfigSnapshot, Device, DeviceLink, Ticket
from app.services.context import Desk
from app.services.devices import queries
from app.services.devices.queries import DeviceFilter
from app.services.devices.upgrades import list_upgrades
from app.services.documents import check_out_path
from app.services.store.exports import day_bounds


def export_devices(desk: Desk, out_path: Path, flt: DeviceFilter | None = None) -> int:
    """设备台账 of the devices ``flt`` lets through (all by default); returns the rows."""
    from app.exports.devices.workbooks import write_register  # heavy: openpyxl

    out_path = check_out_path(out_path)
    ids = queries.query_ids(desk, flt or DeviceFilter())
    devices = queries.fetch_rows(desk, ids)
    with desk.db.read() as session:
        codes = dict(session.execute(select(Device.id, Device.code)).all())
        links: dict[int, list[str]] = {}
        for a, b, note in session.execute(
            select(DeviceLink.device_id, DeviceLink.other_id, DeviceLink.note)
        ):
            links.setdefault(a, []).append(codes[b] + (f":{note}" if note else ""))
        latest = {
            device_id: (version, taken_at)
            for device_id, version, taken_at in session.execute(
                select(
                    ConfigSnapshot.device_id,
                    func.max(ConfigSnapshot.version),
                    func.max(ConfigSnapshot.taken_at),
                ).group_by(ConfigSnapshot.device_id)
            )
        }
        tickets = dict(
            session.execute(
                select(Ticket.device_id, func.count(Ticket.id))
                .where(Ticket.device_id.is_not(None))
                .group_by(Ticket.device_id)
            ).all()
        )

    def snapshot(device_id: int) -> str:
        if device_id not in latest:
            return ""
        version, taken_at = latest[device_id]
        return f"第 {version} 版 {taken_at.astimezone():%Y-%m-%d}"

    rows = (
        (
            d.code,
            d.name,
            d.system_name,
            d.place,
            d.kind.label,
            d.brand,
            d.model,
            d.serial_no,
            d.asset_no,
            d.ip,
            d.mac,
            d.version,
            d.installed_on,
            d.warranty_end,
            d.status.label,
            "、".join(links.get(d.id, [])),
            d.notes,
            snapshot(d.id),
            tickets.get(d.id, 0),
        )
        for d in devices
    )
    return write_register(out_path, rows)


def export_upgrades(
    desk: Desk, out_path: Path, start: date | None = None, end: date | None = None
) -> int:
    """升级记录 for a period (local days, both included), oldest first, one row per device."""
    from app.exports.devices.workbooks import write_upgrades  # heavy: openpyxl

    out_path = check_out_path(out_path)
    lo, hi = day_bounds(start, end)
    rows = [
        (
            u.number,
            u.performed_at,
            u.kind.label,
            d.code,
            d.name,
            d.from_version,
            d.to_version,
            u.to_version,
            u.reason,
            u.ticket_number,
            u.change_ref,
            u.test_done,
            u.rollback_plan,
            u.rollback_used,
            u.result.label,
            u.result_note,
            u.performed_by,
            u.charge.label,
            u.recorded_by,
        )
        for u in reversed(list_upgrades(desk, lo, hi))
        for d in u.devices
    ]
    return write_upgrades(out_path, rows)
