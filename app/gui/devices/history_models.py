"""Tables of a device's history: its tickets, parts and loaners, change log, upgrades, the change
requests naming it, links and configuration snapshots."""

from __future__ import annotations

from collections.abc import Sequence

from app.domain.devices.upgrades import UpgradeResult
from app.gui.i18n import tr_domain
from app.gui.rows_model import Colours, RowsModel
from app.gui.tickets.formatting import DASH, local_text
from app.services.changes.requests import ChangeInfo
from app.services.devices.history import DeviceTicket, DeviceUpgrade, LogLine, PartUsed
from app.services.devices.links import LinkInfo
from app.services.devices.snapshots import SnapshotInfo


class DeviceTicketsModel(RowsModel[DeviceTicket]):
    def headers(self) -> Sequence[str]:
        return [
            self.tr("工单号"),
            self.tr("报修时间"),
            self.tr("类别"),
            self.tr("状态"),
            self.tr("标题"),
        ]

    def cell(self, row: DeviceTicket, column: int) -> str:
        return [
            row.number,
            local_text(row.called_at),
            tr_domain("enum", row.ticket_class.label),
            tr_domain("enum", row.status.label),
            row.title,
        ][column]


class PartsUsedModel(RowsModel[PartUsed]):
    def headers(self) -> Sequence[str]:
        return [
            self.tr("时间"),
            self.tr("类型"),
            self.tr("备件"),
            self.tr("序列号"),
            self.tr("数量"),
            self.tr("工单"),
        ]

    def cell(self, row: PartUsed, column: int) -> str:
        return [
            local_text(row.at),
            tr_domain("enum", row.kind.label),
            f"{row.part_code} {row.part_name}",
            row.serial,
            f"{row.quantity:+d}",
            row.ticket_number,
        ][column]


class LogModel(RowsModel[LogLine]):
    def headers(self) -> Sequence[str]:
        return [self.tr("时间"), self.tr("经办人"), self.tr("变更"), self.tr("详情")]

    def cell(self, row: LogLine, column: int) -> str:
        return [local_text(row.at), row.actor, row.summary, row.details.replace("\n", "；")][column]

    def tooltip(self, row: LogLine, column: int) -> str:
        return row.details if column == 3 else ""


class DeviceUpgradesModel(RowsModel[DeviceUpgrade]):
    def headers(self) -> Sequence[str]:
        return [
            self.tr("升级单号"),
            self.tr("时间"),
            self.tr("原版本"),
            self.tr("升级后"),
            self.tr("结果"),
        ]

    def cell(self, row: DeviceUpgrade, column: int) -> str:
        return [
            row.number,
            local_text(row.performed_at),
            row.from_version,
            row.to_version,
            tr_domain("enum", UpgradeResult(row.result).label),
        ][column]


class DeviceChangesModel(RowsModel[ChangeInfo]):
    """The change requests that name the device as a configuration item they touch."""

    def headers(self) -> Sequence[str]:
        return [
            self.tr("编号"),
            self.tr("状态"),
            self.tr("变更名称"),
            self.tr("登记时间"),
            self.tr("计划实施窗口"),
            self.tr("完成时间"),
        ]

    def cell(self, row: ChangeInfo, column: int) -> str:
        return [
            row.number,
            tr_domain("enum", row.state.label),
            row.title,
            local_text(row.requested_at),
            self._window(row),
            local_text(row.finished_at),
        ][column]

    def _window(self, row: ChangeInfo) -> str:
        if row.window_start is None and row.window_end is None:
            return DASH
        return self.tr("{0} 至 {1}").format(
            local_text(row.window_start), local_text(row.window_end)
        )


class LinksModel(RowsModel[LinkInfo]):
    def headers(self) -> Sequence[str]:
        return [
            self.tr("设备编号"),
            self.tr("设备名称"),
            self.tr("类型"),
            self.tr("说明"),
            self.tr("状态"),
        ]

    def cell(self, row: LinkInfo, column: int) -> str:
        return [
            row.code,
            row.name,
            tr_domain("enum", row.kind.label),
            row.note,
            tr_domain("enum", row.status.label),
        ][column]


class SnapshotsModel(RowsModel[SnapshotInfo]):
    """A device's snapshots, newest version first; the newest in bold."""

    def headers(self) -> Sequence[str]:
        return [
            self.tr("版本"),
            self.tr("时间"),
            self.tr("类型"),
            self.tr("保存人"),
            self.tr("原因"),
        ]

    def cell(self, row: SnapshotInfo, column: int) -> str:
        return [
            self.tr("第 {0} 版").format(row.version),
            local_text(row.taken_at),
            tr_domain("enum", row.kind.label),
            row.taken_by,
            row.reason,
        ][column]

    def bold(self, row: SnapshotInfo, column: int) -> bool:
        return bool(self.rows) and row is self.rows[0]

    def colours(self, row: SnapshotInfo, column: int) -> Colours | None:
        return None
