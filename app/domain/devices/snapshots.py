"""Configuration snapshots and attached files: size limits, checksums, the line diff of texts."""

from __future__ import annotations

import difflib
import hashlib
from dataclasses import dataclass
from enum import StrEnum

from app.domain.devices.register import DeviceEnum, DeviceError
from app.domain.i18n import QT_TRANSLATE_NOOP

MIB = 1024 * 1024
# Attachments live in the database so that its backup carries them; these limits keep the file
# (and every backup of it) a size a workstation copies in seconds.
MAX_FILE_BYTES = 50 * MIB
MAX_TOTAL_BYTES = 1024 * MIB
MAX_TEXT_CHARS = 200_000  # a text of key parameters, or a configuration file pasted as text


class SnapshotKind(DeviceEnum):
    TEXT = "text"
    CONFIG_FILE = "config_file"
    SCREENSHOT = "screenshot"

    @property
    def label(self) -> str:
        return _KIND_LABELS[self]


_KIND_LABELS = {
    SnapshotKind.TEXT: QT_TRANSLATE_NOOP("enum", "关键参数文本"),
    SnapshotKind.CONFIG_FILE: QT_TRANSLATE_NOOP("enum", "导出的配置文件"),
    SnapshotKind.SCREENSHOT: QT_TRANSLATE_NOOP("enum", "设置截图"),
}


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def check_file_size(name: str, size: int, stored_total: int) -> None:
    """Refuse an empty file, one over the per-file limit, or one that would pass the total."""
    if size == 0:
        raise DeviceError(QT_TRANSLATE_NOOP("devices", "文件是空的：{name}"), name=name)
    if size > MAX_FILE_BYTES:
        raise DeviceError(
            QT_TRANSLATE_NOOP("devices", "文件 {name} 有 {size} MB，超过单个附件上限 {limit} MB"),
            name=name,
            size=f"{size / MIB:.1f}",
            limit=MAX_FILE_BYTES // MIB,
        )
    if stored_total + size > MAX_TOTAL_BYTES:
        raise DeviceError(
            QT_TRANSLATE_NOOP(
                "devices",
                "附件总量将超过 {limit} MB（已存 {stored} MB）；请先清理不再需要的旧附件",
            ),
            limit=MAX_TOTAL_BYTES // MIB,
            stored=f"{stored_total / MIB:.1f}",
        )


class AttachmentDamagedError(DeviceError):
    """The stored bytes no longer match the checksum taken when they were attached."""

    def __init__(self, name: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "devices", "附件 {name} 校验失败（SHA-256 不符），内容可能已损坏，请从备份恢复"
            ),
            name=name,
        )


def verified(name: str, data: bytes, expected_sha256: str) -> bytes:
    """``data`` if its SHA-256 is the one recorded; raises otherwise."""
    if sha256_hex(data) != expected_sha256:
        raise AttachmentDamagedError(name)
    return data


def decode_text(data: bytes) -> str | None:
    """A configuration file's bytes as text (UTF-8, else GB18030 as Chinese devices write);
    None for a binary file."""
    if b"\x00" in data[:4096]:
        return None
    decoded = []
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            decoded.append(data.decode(encoding))
        except UnicodeDecodeError:
            continue
    # Short GB18030 text can also be valid UTF-8 (of Cyrillic and the like): the reading with
    # more Chinese characters wins, UTF-8 on a tie.
    return max(decoded, key=_chinese, default=None)


def _chinese(text: str) -> int:
    return sum("\u4e00" <= ch <= "\u9fff" for ch in text)


class DiffTag(StrEnum):
    SAME = "same"
    ADDED = "added"
    REMOVED = "removed"


@dataclass(frozen=True)
class DiffLine:
    """One line of a diff: kept, added in the newer text, or removed from the older one."""

    tag: DiffTag
    text: str
    old_line: int | None
    new_line: int | None


def line_diff(old: str, new: str) -> list[DiffLine]:
    """The lines of ``new`` against ``old``: every line, each marked same, added or removed."""
    old_lines, new_lines = old.splitlines(), new.splitlines()
    matcher = difflib.SequenceMatcher(a=old_lines, b=new_lines, autojunk=False)
    lines: list[DiffLine] = []
    for op, a0, a1, b0, b1 in matcher.get_opcodes():
        if op == "equal":
            lines += [
                DiffLine(DiffTag.SAME, old_lines[a0 + k], a0 + k + 1, b0 + k + 1)
                for k in range(a1 - a0)
            ]
            continue
        lines += [DiffLine(DiffTag.REMOVED, old_lines[i], i + 1, None) for i in range(a0, a1)]
        lines += [DiffLine(DiffTag.ADDED, new_lines[j], None, j + 1) for j in range(b0, b1)]
    return lines


def diff_counts(lines: list[DiffLine]) -> tuple[int, int]:
    """(added, removed) lines of a diff."""
    added = sum(line.tag is DiffTag.ADDED for line in lines)
    removed = sum(line.tag is DiffTag.REMOVED for line in lines)
    return added, removed


def unified(old: str, new: str, old_name: str, new_name: str) -> str:
    """The diff as unified text (for a file or the clipboard)."""
    return "\n".join(
        difflib.unified_diff(
            old.splitlines(), new.splitlines(), old_name, new_name, lineterm="", n=3
        )
    )
