"""Upgrades (发布管理 / 技术升级): results, free or at cost, and the checks a record passes."""

from __future__ import annotations

from datetime import date

from app.domain.devices.register import DeviceEnum
from app.domain.i18n import QT_TRANSLATE_NOOP


class UpgradeKind(DeviceEnum):
    FIRMWARE = "firmware"
    SOFTWARE = "software"

    @property
    def label(self) -> str:
        return _LABELS[self]


class UpgradeResult(DeviceEnum):
    SUCCESS = "success"
    ROLLED_BACK = "rolled_back"
    FAILED = "failed"

    @property
    def label(self) -> str:
        return _LABELS[self]


class Charge(DeviceEnum):
    FREE = "free"
    AT_COST = "at_cost"

    @property
    def label(self) -> str:
        return _LABELS[self]


_LABELS = {
    UpgradeKind.FIRMWARE: QT_TRANSLATE_NOOP("enum", "固件升级"),
    UpgradeKind.SOFTWARE: QT_TRANSLATE_NOOP("enum", "软件升级"),
    UpgradeResult.SUCCESS: QT_TRANSLATE_NOOP("enum", "升级成功"),
    UpgradeResult.ROLLED_BACK: QT_TRANSLATE_NOOP("enum", "已回退"),
    UpgradeResult.FAILED: QT_TRANSLATE_NOOP("enum", "升级失败"),
    Charge.FREE: QT_TRANSLATE_NOOP("enum", "免费（质保期内）"),
    Charge.AT_COST: QT_TRANSLATE_NOOP("enum", "按成本价收费（质保期外）"),
}

UPGRADE_LABELS = {
    "devices": QT_TRANSLATE_NOOP("field", "升级设备"),
    "kind": QT_TRANSLATE_NOOP("field", "升级类型"),
    "to_version": QT_TRANSLATE_NOOP("field", "目标版本"),
    "reason": QT_TRANSLATE_NOOP("field", "升级原因"),
    "test_done": QT_TRANSLATE_NOOP("field", "测试情况"),
    "rollback_plan": QT_TRANSLATE_NOOP("field", "回退方案"),
    "result": QT_TRANSLATE_NOOP("field", "升级结果"),
    "performed_at": QT_TRANSLATE_NOOP("field", "升级时间"),
    "ticket": QT_TRANSLATE_NOOP("field", "关联工单"),
}


def charge_for(performed_on: date, warranty_end: date | None) -> Charge:
    """The contract: upgrades are free inside the warranty, at cost after it."""
    if warranty_end is None or performed_on <= warranty_end:
        return Charge.FREE
    return Charge.AT_COST


def version_after(result: UpgradeResult, from_version: str, to_version: str) -> str:
    """The version a device runs after the upgrade: the new one only if it stayed."""
    return to_version if result is UpgradeResult.SUCCESS else from_version


def rollback_used(result: UpgradeResult) -> bool:
    return result is UpgradeResult.ROLLED_BACK
