"""The table models of the 巡检 tab: due lists, runs, a run's lines, checklists and backups."""

from __future__ import annotations

from collections.abc import Sequence

from app.domain.enums import DueState, ItemResult
from app.domain.inspections.checklist import number_text
from app.gui.inspections.formatting import (
    DUE_COLOURS,
    FAILED_ROW,
    RESULT_COLOURS,
    backup_due_text,
    due_date_text,
    enum_text,
    period_text,
    value_text,
    when_text,
)
from app.gui.rows_model import RowsModel
from app.services.inspections.backups import BackupDue, BackupInfo, PolicyInfo
from app.services.inspections.checklists import TemplateInfo
from app.services.inspections.runs import DueRow, RunItemInfo, RunRow

DUE_STATE_COLUMN = 0


class DueModel(RowsModel[DueRow]):
    """Active checklists with where they stand: overdue first (red), due today, this week…"""

    def headers(self) -> Sequence[str]:
        return (
            self.tr("状态"),
            self.tr("巡检表"),
            self.tr("系统"),
            self.tr("周期"),
            self.tr("本期"),
            self.tr("应完成日期"),
            self.tr("漏检期数"),
            self.tr("上次巡检"),
        )

    def cell(self, row: DueRow, column: int) -> str:
        status = row.status
        if column == 0:
            return enum_text(status.state)  # the periods missed have their own column
        if column == 1:
            return row.name
        if column == 2:
            return row.system_name
        if column == 3:
            return enum_text(row.frequency)
        if column == 4:
            return period_text(status.period)
        if column == 5:
            return due_date_text(status)
        if column == 6:
            return str(status.missed) if status.missed else ""
        if row.last_run_at is None:
            return self.tr("从未巡检")
        return f"{when_text(row.last_run_at)}  {row.last_run_number}"

    def colours(self, row: DueRow, column: int) -> tuple[str, str] | None:
        colours = DUE_COLOURS.get(row.status.state)
        if row.status.state is DueState.OVERDUE:
            return colours  # the whole row stands out
        return colours if column == DUE_STATE_COLUMN else None

    def bold(self, row: DueRow, column: int) -> bool:
        return row.status.state is DueState.OVERDUE

    def tooltip(self, row: DueRow, column: int) -> str:
        if column == 7 and row.last_run_number:
            return f"{when_text(row.last_run_at)}  {row.last_run_number}"
        return row.place


class BackupDueModel(RowsModel[BackupDue]):
    """Backups the policies ask for, with where they stand; overdue first."""

    def headers(self) -> Sequence[str]:
        return (
            self.tr("状态"),
            self.tr("系统"),
            self.tr("备份类型"),
            self.tr("周期"),
            self.tr("应完成日期"),
            self.tr("上次备份"),
            self.tr("上次恢复测试"),
        )

    def cell(self, row: BackupDue, column: int) -> str:
        if column == 0:
            return backup_due_text(row.status)
        if column == 1:
            return row.system_name
        if column == 2:
            return enum_text(row.kind)
        if column == 3:
            return enum_text(row.frequency)
        if column == 4:
            return due_date_text(row.status)
        if column == 5:
            return when_text(row.last_at)
        return when_text(row.last_verified_at)

    def colours(self, row: BackupDue, column: int) -> tuple[str, str] | None:
        colours = DUE_COLOURS.get(row.status.state)
        if row.status.state is DueState.OVERDUE:
            return colours
        return colours if column == DUE_STATE_COLUMN else None

    def bold(self, row: BackupDue, column: int) -> bool:
        return row.status.state is DueState.OVERDUE


class RunsModel(RowsModel[RunRow]):
    """Runs done, newest first; runs with failures in soft red, superseded ones in grey."""

    def headers(self) -> Sequence[str]:
        return (
            self.tr("编号"),
            self.tr("巡检时间"),
            self.tr("巡检表"),
            self.tr("系统"),
            self.tr("巡检人"),
            self.tr("检查项"),
            self.tr("不合格"),
            self.tr("缺陷工单"),
            self.tr("更正关系"),
        )

    def cell(self, row: RunRow, column: int) -> str:
        values = (
            row.number,
            when_text(row.performed_at),
            row.template_name,
            row.system_name,
            row.inspector,
            str(row.items),
            str(row.failed) if row.failed else "",
            str(row.tickets) if row.tickets else "",
        )
        if column < len(values):
            return values[column]
        parts = []
        if row.corrects_number:
            parts.append(self.tr("更正 {0}").format(row.corrects_number))
        if row.corrected_by_number:
            parts.append(self.tr("已被 {0} 更正").format(row.corrected_by_number))
        return "；".join(parts)

    def colours(self, row: RunRow, column: int) -> tuple[str, str] | None:
        if row.corrected_by_number:
            return ("#f0f0f0", "#8a8a8a")
        return FAILED_ROW if row.failed else None


class RunItemsModel(RowsModel[RunItemInfo]):
    """The answered lines of one run; failed lines highlighted."""

    def headers(self) -> Sequence[str]:
        return (
            self.tr("序号"),
            self.tr("检查类别"),
            self.tr("检查项目"),
            self.tr("允许范围"),
            self.tr("测量值/情况"),
            self.tr("结论"),
            self.tr("备注"),
            self.tr("缺陷工单"),
        )

    def cell(self, row: RunItemInfo, column: int) -> str:
        spec = row.spec
        if column == 0:
            return str(row.position)
        if column == 1:
            return enum_text(spec.dimension)
        if column == 2:
            return spec.check
        if column == 3:
            return spec.range_text
        if column == 4:
            return "；".join(p for p in (value_text(row.value, spec.unit), row.text) if p)
        if column == 5:
            return enum_text(row.result)
        if column == 6:
            return row.note
        return row.ticket_number

    def tooltip(self, row: RunItemInfo, column: int) -> str:
        return row.spec.method if column == 2 else ""

    def colours(self, row: RunItemInfo, column: int) -> tuple[str, str] | None:
        if column == 5:
            return RESULT_COLOURS.get(row.result)
        return FAILED_ROW if row.result is ItemResult.FAIL else None


class TemplatesModel(RowsModel[TemplateInfo]):
    """The checklists, retired ones in grey."""

    def headers(self) -> Sequence[str]:
        return (
            self.tr("巡检表"),
            self.tr("系统"),
            self.tr("周期"),
            self.tr("巡检地点"),
            self.tr("检查项"),
            self.tr("状态"),
        )

    def cell(self, row: TemplateInfo, column: int) -> str:
        values = (
            row.name,
            row.system_name,
            enum_text(row.frequency),
            row.place,
            str(len(row.items)),
            self.tr("在用") if row.active else self.tr("已停用"),
        )
        return values[column]

    def colours(self, row: TemplateInfo, column: int) -> tuple[str, str] | None:
        return None if row.active else ("#f0f0f0", "#8a8a8a")


class PoliciesModel(RowsModel[PolicyInfo]):
    """Each system's backup policy."""

    def headers(self) -> Sequence[str]:
        return (
            self.tr("系统"),
            self.tr("增量备份"),
            self.tr("全备份"),
            self.tr("执行自"),
            self.tr("存放位置"),
            self.tr("备份内容"),
        )

    def cell(self, row: PolicyInfo, column: int) -> str:
        values = (
            row.system_name,
            enum_text(row.incremental) if row.incremental else self.tr("不做"),
            enum_text(row.full) if row.full else self.tr("不做"),
            row.active_since.isoformat(),
            row.location,
            row.data_scope,
        )
        return values[column]

    def tooltip(self, row: PolicyInfo, column: int) -> str:
        return row.location if column == 4 else row.data_scope if column == 5 else ""


class BackupsModel(RowsModel[BackupInfo]):
    """Backups done, newest first, with their restore tests."""

    def headers(self) -> Sequence[str]:
        return (
            self.tr("备份时间"),
            self.tr("系统"),
            self.tr("备份类型"),
            self.tr("存放位置"),
            self.tr("大小（MB）"),
            self.tr("登记人"),
            self.tr("恢复测试"),
            self.tr("备注"),
        )

    def cell(self, row: BackupInfo, column: int) -> str:
        if column == 6:
            return self.verify_text(row)
        values = (
            when_text(row.performed_at),
            row.system_name,
            enum_text(row.kind),
            row.location,
            number_text(row.size_mb) if row.size_mb is not None else "",
            row.recorded_by,
        )
        return values[column] if column < len(values) else row.note

    def verify_text(self, row: BackupInfo) -> str:
        if row.verified_at is None:
            return self.tr("未测试")
        verdict = self.tr("恢复成功") if row.verify_ok else self.tr("恢复失败")
        return self.tr("{0}（{1} {2}）").format(
            verdict, when_text(row.verified_at), row.verified_by
        )

    def tooltip(self, row: BackupInfo, column: int) -> str:
        return row.verify_note if column == 6 else ""

    def colours(self, row: BackupInfo, column: int) -> tuple[str, str] | None:
        if column != 6 or row.verified_at is None:
            return None
        return RESULT_COLOURS[ItemResult.PASS if row.verify_ok else ItemResult.FAIL]
