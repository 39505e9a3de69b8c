"""设备台账 and 升级记录 workbooks; the register's columns are the ones its import reads."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from app.exports.xlsx import LogWriter

DEVICE_HEADER = (
    "设备编号", "设备名称", "所属系统", "安装位置", "设备类型", "品牌", "型号", "序列号",
    "资产编号", "IP地址", "MAC地址", "固件/软件版本", "安装日期", "质保到期", "状态", "关联设备",
    "备注", "最新配置快照", "工单数",
)  # fmt: skip
DEVICE_WIDTHS = (14, 30, 16, 18, 14, 10, 16, 18, 14, 15, 18, 18, 11, 11, 10, 24, 24, 22, 7)
UPGRADE_HEADER = (
    "升级单号", "升级时间", "升级类型", "设备编号", "设备名称", "原版本", "升级后版本",
    "目标版本", "升级原因", "关联工单", "变更单", "测试情况", "回退方案", "是否回退", "升级结果",
    "结果说明", "实施人", "费用", "登记人",
)  # fmt: skip
UPGRADE_WIDTHS = (14, 17, 10, 14, 26, 16, 16, 16, 30, 15, 14, 30, 30, 9, 10, 24, 12, 20, 10)

Rows = Iterable[Sequence[object]]


def write_register(out_path: Path, rows: Rows) -> int:
    """One sheet 设备台账; returns the rows written."""
    return _write(out_path, "设备台账", DEVICE_HEADER, DEVICE_WIDTHS, rows)


def write_upgrades(out_path: Path, rows: Rows) -> int:
    """One sheet 升级记录, a row per upgraded device; returns the rows written."""
    return _write(out_path, "升级记录", UPGRADE_HEADER, UPGRADE_WIDTHS, rows)


def _write(
    out_path: Path, title: str, header: Sequence[str], widths: Sequence[float], rows: Rows
) -> int:
    with LogWriter(out_path, [(title, list(zip(header, widths, strict=True)))]) as log:
        for row in rows:
            log.sheets[0].append(row)
        log.commit()
    return log.sheets[0].rows
