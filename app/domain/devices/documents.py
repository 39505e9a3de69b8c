"""Maintenance documents (维护资料): the kinds the contract lists, and versions kept in series."""

from __future__ import annotations

from app.domain.devices.register import DeviceEnum
from app.domain.i18n import QT_TRANSLATE_NOOP


class DocumentKind(DeviceEnum):
    """The documents the contract's 需要提供的维护资料 names, in its order."""

    INSTALL_GUIDE = "install_guide"
    MAINTENANCE_MANUAL = "maintenance_manual"
    OPERATION_MANUAL = "operation_manual"
    CONFIG_DATA = "config_data"
    INTERFACE_SPEC = "interface_spec"
    DESIGN = "design"
    DATABASE_DESIGN = "database_design"
    OTHER = "other"

    @property
    def label(self) -> str:
        return _LABELS[self]


_LABELS = {
    DocumentKind.INSTALL_GUIDE: QT_TRANSLATE_NOOP("enum", "安装指导书"),
    DocumentKind.MAINTENANCE_MANUAL: QT_TRANSLATE_NOOP("enum", "系统维护手册"),
    DocumentKind.OPERATION_MANUAL: QT_TRANSLATE_NOOP("enum", "系统操作手册"),
    DocumentKind.CONFIG_DATA: QT_TRANSLATE_NOOP("enum", "相关设备的配置数据文档"),
    DocumentKind.INTERFACE_SPEC: QT_TRANSLATE_NOOP("enum", "接口规范和协议"),
    DocumentKind.DESIGN: QT_TRANSLATE_NOOP("enum", "设计文档"),
    DocumentKind.DATABASE_DESIGN: QT_TRANSLATE_NOOP("enum", "数据库设计文档及说明"),
    DocumentKind.OTHER: QT_TRANSLATE_NOOP("enum", "其他资料"),
}

DOCUMENT_LABELS = {
    "title": QT_TRANSLATE_NOOP("field", "资料名称"),
    "kind": QT_TRANSLATE_NOOP("field", "资料类别"),
    "version": QT_TRANSLATE_NOOP("field", "版本"),
    "issued_on": QT_TRANSLATE_NOOP("field", "资料日期"),
    "handed_over_by": QT_TRANSLATE_NOOP("field", "移交人"),
    "handed_over_on": QT_TRANSLATE_NOOP("field", "移交日期"),
    "copies": QT_TRANSLATE_NOOP("field", "份数"),
}


def series_key(system_code: str, kind: DocumentKind, title: str) -> tuple[str, str, str]:
    """Documents of one series (older and newer versions): same system, kind and title."""
    return system_code, kind.value, " ".join(title.split()).casefold()
