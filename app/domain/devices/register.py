"""Devices (configuration items): status, kind, and the checks every device's fields pass."""

from __future__ import annotations

import ipaddress
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime

from app.domain.enums import LabelledEnum
from app.domain.i18n import QT_TRANSLATE_NOOP, MarkedError
from app.domain.validation import clean_text


class DeviceEnum(LabelledEnum):
    """A device vocabulary; labels live beside it in this module."""

    @property
    def label(self) -> str:
        return _LABELS[self]


class DeviceStatus(DeviceEnum):
    IN_USE = "in_use"
    IN_REPAIR = "in_repair"
    ON_LOANER = "on_loaner"
    SPARE = "spare"
    SCRAPPED = "scrapped"


class DeviceKind(DeviceEnum):
    """What a device is; decides which whole units of the store can stand in for it."""

    CAMERA = "camera"
    NVR = "nvr"
    STORAGE = "storage"
    DECODER = "decoder"
    DISPLAY = "display"
    SWITCH = "switch"
    SECURITY_GATEWAY = "security_gateway"
    SERVER = "server"
    WORKSTATION = "workstation"
    ACCESS_CONTROLLER = "access_controller"
    CARD_READER = "card_reader"
    LOCK = "lock"
    INTERCOM_HOST = "intercom_host"
    INTERCOM_TERMINAL = "intercom_terminal"
    ALARM_HOST = "alarm_host"
    ALARM_ZONE = "alarm_zone"
    UPS = "ups"
    BATTERY = "battery"
    POWER = "power"
    SOFTWARE = "software"
    OTHER = "other"


_LABELS: dict[LabelledEnum, str] = {
    DeviceStatus.IN_USE: QT_TRANSLATE_NOOP("enum", "在用"),
    DeviceStatus.IN_REPAIR: QT_TRANSLATE_NOOP("enum", "维修中"),
    DeviceStatus.ON_LOANER: QT_TRANSLATE_NOOP("enum", "借用替换中"),
    DeviceStatus.SPARE: QT_TRANSLATE_NOOP("enum", "备用"),
    DeviceStatus.SCRAPPED: QT_TRANSLATE_NOOP("enum", "报废"),
    DeviceKind.CAMERA: QT_TRANSLATE_NOOP("enum", "摄像机"),
    DeviceKind.NVR: QT_TRANSLATE_NOOP("enum", "硬盘录像机"),
    DeviceKind.STORAGE: QT_TRANSLATE_NOOP("enum", "存储设备"),
    DeviceKind.DECODER: QT_TRANSLATE_NOOP("enum", "解码器"),
    DeviceKind.DISPLAY: QT_TRANSLATE_NOOP("enum", "显示设备"),
    DeviceKind.SWITCH: QT_TRANSLATE_NOOP("enum", "交换机"),
    DeviceKind.SECURITY_GATEWAY: QT_TRANSLATE_NOOP("enum", "防火墙/网闸"),
    DeviceKind.SERVER: QT_TRANSLATE_NOOP("enum", "服务器"),
    DeviceKind.WORKSTATION: QT_TRANSLATE_NOOP("enum", "工作站"),
    DeviceKind.ACCESS_CONTROLLER: QT_TRANSLATE_NOOP("enum", "门禁控制器"),
    DeviceKind.CARD_READER: QT_TRANSLATE_NOOP("enum", "读卡器/门禁终端"),
    DeviceKind.LOCK: QT_TRANSLATE_NOOP("enum", "电锁/按钮"),
    DeviceKind.INTERCOM_HOST: QT_TRANSLATE_NOOP("enum", "对讲主机"),
    DeviceKind.INTERCOM_TERMINAL: QT_TRANSLATE_NOOP("enum", "对讲分机"),
    DeviceKind.ALARM_HOST: QT_TRANSLATE_NOOP("enum", "报警主机"),
    DeviceKind.ALARM_ZONE: QT_TRANSLATE_NOOP("enum", "报警防区/探测器"),
    DeviceKind.UPS: QT_TRANSLATE_NOOP("enum", "UPS"),
    DeviceKind.BATTERY: QT_TRANSLATE_NOOP("enum", "蓄电池组"),
    DeviceKind.POWER: QT_TRANSLATE_NOOP("enum", "配电设备"),
    DeviceKind.SOFTWARE: QT_TRANSLATE_NOOP("enum", "软件/模块"),
    DeviceKind.OTHER: QT_TRANSLATE_NOOP("enum", "其他"),
}

# Words that name a kind, most specific first ("对讲管理主机" is an intercom host, not a server;
# "UPS 蓄电池组" is a battery, not a UPS).
KIND_WORDS: tuple[tuple[DeviceKind, tuple[str, ...]], ...] = (
    (DeviceKind.BATTERY, ("蓄电池",)),
    (DeviceKind.INTERCOM_TERMINAL, ("对讲分机", "对讲终端")),
    (DeviceKind.INTERCOM_HOST, ("对讲管理主机", "对讲分控主机", "对讲主机", "对讲录音")),
    (DeviceKind.ALARM_HOST, ("报警主机", "振动光纤主机", "电子围栏主机", "联动控制", "串口服务器")),
    (DeviceKind.ALARM_ZONE, ("防区", "对射", "探测器", "声光报警器", "电子围栏")),
    (DeviceKind.ACCESS_CONTROLLER, ("门禁控制器", "门禁一体机")),
    (DeviceKind.CARD_READER, ("读卡器", "门禁终端", "发卡器")),
    (DeviceKind.LOCK, ("电磁锁", "电锁", "出门按钮")),
    (DeviceKind.NVR, ("硬盘录像机", "NVR")),
    (DeviceKind.STORAGE, ("存储", "阵列", "IP-SAN", "NAS")),
    (DeviceKind.DECODER, ("解码器", "视频综合平台")),
    (DeviceKind.DISPLAY, ("拼接屏", "电视墙", "显示器", "大屏")),
    (DeviceKind.CAMERA, ("摄像机", "摄像头", "球机", "IPC")),
    (DeviceKind.SECURITY_GATEWAY, ("防火墙", "网闸")),
    (DeviceKind.SWITCH, ("交换机",)),
    (DeviceKind.WORKSTATION, ("工作站",)),
    (DeviceKind.SERVER, ("服务器", "虚拟化主机", "KVM")),
    (DeviceKind.UPS, ("UPS",)),
    (DeviceKind.POWER, ("配电", "ATS", "双电源", "动环", "网络管理卡")),
    (DeviceKind.SOFTWARE, ("模块", "应用服务", "消息服务", "数据库实例", "软件")),
)


def fold(text: str) -> str:
    """Text compared loosely: full-width folded, case and spaces ignored."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text)).casefold()


def kind_of_text(text: str) -> DeviceKind:
    """The kind a device's or a store part's name says it is (其他 when it says none)."""
    folded = fold(text)
    for kind, words in _FOLDED_KIND_WORDS:
        if any(word in folded for word in words):
            return kind
    return DeviceKind.OTHER


_FOLDED_KIND_WORDS = tuple(
    (kind, tuple(fold(word) for word in words)) for kind, words in KIND_WORDS
)


def parse_status(text: str) -> DeviceStatus | None:
    """A status from its value or its Chinese label."""
    folded = fold(text)
    for status in DeviceStatus:
        if folded in (status.value, fold(status.label)):
            return status
    return {"正常": DeviceStatus.IN_USE, "使用中": DeviceStatus.IN_USE}.get(folded)


def parse_kind(text: str) -> DeviceKind | None:
    """A kind from its value, its label, or a word of its label ("UPS", "防火墙")."""
    folded = fold(text)
    if not folded:
        return None
    for kind in DeviceKind:
        if folded in (kind.value, fold(kind.label), *map(fold, kind.label.split("/"))):
            return kind
    inferred = kind_of_text(text)
    return None if inferred is DeviceKind.OTHER else inferred


class DeviceError(MarkedError, ValueError):
    """A device action the register's rules refuse; the message says why, in Chinese."""

    def __init__(self, template: str, **values: object) -> None:
        super().__init__("devices", template, **values)


FIELD_LABELS = {
    "code": QT_TRANSLATE_NOOP("field", "设备编号"),
    "name": QT_TRANSLATE_NOOP("field", "设备名称"),
    "system": QT_TRANSLATE_NOOP("field", "所属系统"),
    "place": QT_TRANSLATE_NOOP("field", "安装位置"),
    "kind": QT_TRANSLATE_NOOP("field", "设备类型"),
    "brand": QT_TRANSLATE_NOOP("field", "品牌"),
    "model": QT_TRANSLATE_NOOP("field", "型号"),
    "serial_no": QT_TRANSLATE_NOOP("field", "序列号"),
    "asset_no": QT_TRANSLATE_NOOP("field", "资产编号"),
    "ip": QT_TRANSLATE_NOOP("field", "IP地址"),
    "mac": QT_TRANSLATE_NOOP("field", "MAC地址"),
    "version": QT_TRANSLATE_NOOP("field", "固件/软件版本"),
    "installed_on": QT_TRANSLATE_NOOP("field", "安装日期"),
    "warranty_end": QT_TRANSLATE_NOOP("field", "质保到期"),
    "status": QT_TRANSLATE_NOOP("field", "状态"),
    "notes": QT_TRANSLATE_NOOP("field", "备注"),
}
REQUIRED = ("code", "name", "system", "place")
MAX_LENGTHS = {
    "code": 40,
    "name": 100,
    "place": 100,
    "brand": 50,
    "model": 100,
    "serial_no": 60,
    "asset_no": 60,
    "version": 100,
}


@dataclass(frozen=True)
class DeviceData:
    """A device's fields, checked and cleaned; the system by its code."""

    code: str
    name: str
    system_code: str
    place: str
    kind: DeviceKind
    brand: str
    model: str
    serial_no: str
    asset_no: str
    ip: str
    mac: str
    version: str
    installed_on: date | None
    warranty_end: date | None
    status: DeviceStatus
    notes: str

    @property
    def label(self) -> str:
        return device_label(self.name, self.model)


def device_label(name: str, model: str) -> str:
    """How a ticket names its device: the name, and the model when the name does not say it."""
    if model and fold(model) not in fold(name):
        return f"{name} {model}"
    return name


def cell_text(value: object) -> str:
    """A cell or field as text: spaces (full-width too) trimmed and collapsed. Chinese
    punctuation is kept as written; ``narrow`` folds full-width letters and digits."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        return value.isoformat()
    return " ".join(str(value).replace("\u3000", " ").split())


def narrow(text: str) -> str:
    """Full-width letters, digits and signs folded (codes, numbers, addresses, models)."""
    return unicodedata.normalize("NFKC", text)


# Fields typed with a Chinese keyboard in full-width that mean ASCII.
NARROW_FIELDS = ("code", "model", "serial_no", "asset_no", "ip", "mac", "version")


_DATE = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$")


def parse_day(value: object) -> date | None:
    """A day from a date cell or "2024-06-30", "2024/6/30", "2024年6月30日"; None if not one."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    match = _DATE.match(narrow(cell_text(value)))
    if not match:
        return None
    try:
        return date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return None


def normalise_ip(text: str) -> str | None:
    """An IPv4 or IPv6 address in its usual spelling; None if ``text`` is not one."""
    try:
        return str(ipaddress.ip_address(text.strip()))
    except ValueError:
        return None


def normalise_mac(text: str) -> str | None:
    """A MAC address as AA:BB:CC:DD:EE:FF from any usual spelling; None if it is not one."""
    digits = re.sub(r"[\s:\-.]", "", text).upper()
    if not re.fullmatch(r"[0-9A-F]{12}", digits):
        return None
    return ":".join(digits[i : i + 2] for i in range(0, 12, 2))


def _system_code(text: str, systems: Mapping[str, str]) -> str | None:
    folded = fold(text)
    for code, name in systems.items():
        if folded in (fold(code), fold(name)):
            return code
    return None


# (field, message template with {label}); the caller names the field its own way.
Problem = tuple[str, str]


def check_device(
    values: Mapping[str, object], systems: Mapping[str, str]
) -> tuple[DeviceData | None, list[Problem]]:
    """Clean a device's fields (from a form or a workbook row); every problem, by field.

    ``systems`` maps each maintained system's code to its name; either spelling is accepted.
    """
    text = {name: cell_text(values.get(name)) for name in FIELD_LABELS}
    for name in NARROW_FIELDS:
        text[name] = narrow(text[name])
    problems: list[Problem] = []
    for name in REQUIRED:
        if not text[name]:
            problems.append((name, QT_TRANSLATE_NOOP("validation", "请填写“{label}”")))
    for name, limit in MAX_LENGTHS.items():
        if len(text[name]) > limit:
            problems.append((name, QT_TRANSLATE_NOOP("validation", "“{label}”太长")))
    system = _system_code(text["system"], systems) if text["system"] else None
    if text["system"] and system is None:
        problems.append(("system", QT_TRANSLATE_NOOP("validation", "“{label}”不存在")))
    kind = parse_kind(text["kind"]) if text["kind"] else kind_of_text(text["name"])
    if kind is None:
        problems.append(("kind", QT_TRANSLATE_NOOP("validation", "“{label}”不认识")))
    status = parse_status(text["status"]) if text["status"] else DeviceStatus.IN_USE
    if status is None:
        problems.append(("status", QT_TRANSLATE_NOOP("validation", "“{label}”不认识")))
    ip = normalise_ip(text["ip"]) if text["ip"] else ""
    if ip is None:
        problems.append(("ip", QT_TRANSLATE_NOOP("validation", "“{label}”不是有效的 IP 地址")))
    mac = normalise_mac(text["mac"]) if text["mac"] else ""
    if mac is None:
        problems.append(("mac", QT_TRANSLATE_NOOP("validation", "“{label}”不是有效的 MAC 地址")))
    days: dict[str, date | None] = {}
    for name in ("installed_on", "warranty_end"):
        raw = values.get(name)
        days[name] = parse_day(raw) if text[name] else None
        if text[name] and days[name] is None:
            problems.append((name, QT_TRANSLATE_NOOP("validation", "“{label}”不是有效的日期")))
    installed, warranty = days["installed_on"], days["warranty_end"]
    if installed and warranty and warranty < installed:
        problems.append(
            ("warranty_end", QT_TRANSLATE_NOOP("validation", "“{label}”不能早于安装日期"))
        )
    if problems:
        return None, problems
    assert system is not None and kind is not None and status is not None
    assert ip is not None and mac is not None
    return (
        DeviceData(
            code=text["code"].upper(),
            name=text["name"],
            system_code=system,
            place=text["place"],
            kind=kind,
            brand=text["brand"],
            model=text["model"],
            serial_no=text["serial_no"],
            asset_no=text["asset_no"],
            ip=ip,
            mac=mac,
            version=text["version"],
            installed_on=installed,
            warranty_end=warranty,
            status=status,
            notes=clean_text(values.get("notes")),
        ),
        [],
    )


def warranty_left(warranty_end: date | None, today: date) -> int | None:
    """Days until the device's own warranty ends (negative once past); None when unknown."""
    return None if warranty_end is None else (warranty_end - today).days


_MODEL = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)+[A-Za-z0-9]*")


def model_in_text(text: str) -> str:
    """The last model number a free-text device names ("… 半球摄像机 IPC-D320" → "IPC-D320")."""
    found = _MODEL.findall(unicodedata.normalize("NFKC", text))
    return found[-1] if found else ""


def search_text(*fields: str) -> str:
    """What the register's text filter searches: every field folded, separated by spaces."""
    return " ".join(fold(f) for f in fields if f)
