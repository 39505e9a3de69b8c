"""What the 配置丢失 plan shows under its steps: each device's newest configuration snapshot,
a link that opens the device where the snapshot is kept."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from app.gui.tickets.formatting import local_text
from app.services.context import Desk
from app.services.devices.snapshots import latest_per_device
from app.services.plans.plans import PlanInfo

CONFIG_LOSS = "配置丢失"  # the contract's plan, by its title
DEVICE_LINK = "device:"


def about_configuration(plan: PlanInfo) -> bool:
    return CONFIG_LOSS in plan.title or CONFIG_LOSS in plan.situation


def snapshots_html(desk: Desk) -> str:
    """A heading and one line per device: its newest snapshot, linked to the device."""
    heading = QCoreApplication.translate("ConfigSnapshots", "最新配置快照（按此恢复配置）")
    version = QCoreApplication.translate("ConfigSnapshots", "第 {0} 版")
    empty = QCoreApplication.translate("ConfigSnapshots", "设备台账中还没有配置快照。")
    rows = [
        f"<tr><td><a href='{DEVICE_LINK}{s.device_id}'>{escape(s.device_code)}</a></td>"
        f"<td>{escape(s.device_label)}</td>"
        f"<td>{escape(version.format(s.version))}</td>"
        f"<td>{escape(local_text(s.taken_at))}</td><td>{escape(s.reason)}</td></tr>"
        for s in latest_per_device(desk)
    ]
    body = (
        "<table cellspacing='0' cellpadding='3'>" + "".join(rows) + "</table>"
        if rows
        else "<p>" + escape(empty) + "</p>"
    )
    return f"<h3 style='margin-top:12px; margin-bottom:4px;'>{escape(heading)}</h3>{body}"


def device_of_link(url: str) -> int | None:
    if url.startswith(DEVICE_LINK) and url[len(DEVICE_LINK) :].isdigit():
        return int(url[len(DEVICE_LINK) :])
    return None
