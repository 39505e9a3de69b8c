"""Attachments and configuration snapshots: size limits, checksums, text decoding, line diffs."""

from __future__ import annotations

import pytest

from app.domain.devices.register import DeviceError
from app.domain.devices.snapshots import (
    MIB,
    AttachmentDamagedError,
    DiffLine,
    DiffTag,
    SnapshotKind,
    check_file_size,
    decode_text,
    diff_counts,
    line_diff,
    sha256_hex,
    unified,
    verified,
)


def test_an_empty_file_is_refused_by_name() -> None:
    with pytest.raises(DeviceError, match="^文件是空的：交换机配置.cfg$"):
        check_file_size("交换机配置.cfg", 0, 0)


def test_one_file_may_be_50_mb_and_no_more() -> None:
    check_file_size("录像机配置.bin", 50 * MIB, 0)
    with pytest.raises(DeviceError) as refused:
        check_file_size("录像机配置.bin", 50 * MIB + 1, 0)
    assert str(refused.value) == "文件 录像机配置.bin 有 50.0 MB，超过单个附件上限 50 MB"
    with pytest.raises(DeviceError, match="有 75.5 MB"):
        check_file_size("录像机配置.bin", 75 * MIB + MIB // 2, 0)


def test_all_attachments_together_may_reach_1_gb_and_no_more() -> None:
    check_file_size("a.png", 24 * MIB, 1000 * MIB)
    with pytest.raises(DeviceError) as refused:
        check_file_size("a.png", 24 * MIB + 1, 1000 * MIB)
    assert str(refused.value) == (
        "附件总量将超过 1024 MB（已存 1000.0 MB）；请先清理不再需要的旧附件"
    )


def test_stored_bytes_are_checked_against_their_checksum() -> None:
    data = b"interface GigabitEthernet0/1\n"
    digest = sha256_hex(data)
    # the FIPS 180-2 test vector: the same checksum sha256sum prints for the file
    assert sha256_hex(b"abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
    assert verified("sw.cfg", data, digest) is data
    with pytest.raises(AttachmentDamagedError) as damaged:
        verified("sw.cfg", data + b" ", digest)
    assert (
        str(damaged.value) == "附件 sw.cfg 校验失败（SHA-256 不符），内容可能已损坏，请从备份恢复"
    )


def test_a_configuration_file_reads_as_text_in_the_encoding_it_was_written() -> None:
    chinese = "# 监区一 门禁控制器\nip=10.1.2.3\n"
    assert decode_text(chinese.encode("utf-8")) == chinese
    assert decode_text(b"\xef\xbb\xbf" + chinese.encode("utf-8")) == chinese  # a BOM dropped
    assert decode_text(chinese.encode("gb18030")) == chinese
    assert decode_text("监控".encode("gb18030")) == "监控"  # also valid UTF-8 of other letters
    assert decode_text(b"ip=10.1.2.3\n") == "ip=10.1.2.3\n"  # a tie: UTF-8


def test_a_binary_file_is_not_shown_as_text() -> None:
    assert decode_text(b"MZ\x00\x01" + b"a" * 10) is None
    late_nul = b"a" * 4096 + b"\x00"
    assert decode_text(late_nul) == late_nul.decode()  # only the first 4 KiB are looked at
    assert decode_text(b"\x80\x80\xff") is None  # neither UTF-8 nor GB18030


def test_the_diff_numbers_the_lines_of_both_texts() -> None:
    lines = line_diff("a\nb\nc\n", "a\nB\nc\nd\n")
    assert lines == [
        DiffLine(DiffTag.SAME, "a", 1, 1),
        DiffLine(DiffTag.REMOVED, "b", 2, None),
        DiffLine(DiffTag.ADDED, "B", None, 2),
        DiffLine(DiffTag.SAME, "c", 3, 3),
        DiffLine(DiffTag.ADDED, "d", None, 4),
    ]
    assert diff_counts(lines) == (2, 1)
    assert diff_counts(line_diff("x", "x")) == (0, 0)


def test_the_unified_diff_names_both_snapshots() -> None:
    text = unified("a\nb\n", "a\nc\n", "2026-11-01 配置", "2026-11-24 配置")
    assert text.splitlines() == [
        "--- 2026-11-01 配置",
        "+++ 2026-11-24 配置",
        "@@ -1,2 +1,2 @@",
        " a",
        "-b",
        "+c",
    ]


def test_snapshot_kinds_are_named_in_chinese() -> None:
    assert [kind.label for kind in SnapshotKind] == ["关键参数文本", "导出的配置文件", "设置截图"]


def test_the_reading_with_more_chinese_wins_whatever_the_letters_sort_as() -> None:
    # these GB18030 bytes are also UTF-8 (Korean and one Chinese character)
    assert decode_text("氚氬緝".encode("gb18030")) == "氚氬緝"
    assert decode_text("一一".encode("gb18030")) == "一一"  # U+4E00 counts as Chinese


def test_a_long_configuration_exported_without_its_separator_lines_shows_just_those() -> None:
    blocks = [f"interface Gi0/{i}\n!\n shutdown\n!" for i in range(100)]  # spare ports
    old = "\n".join(blocks)
    new = "\n".join(line for line in old.splitlines() if line != "!")
    assert diff_counts(line_diff(old, new)) == (0, 200)  # "!" lines matched, not noise


def test_runs_of_equal_lines_keep_both_line_numbers() -> None:
    lines = line_diff("x\na\nb\nc", "a\nb\nc")
    assert lines[1:] == [
        DiffLine(DiffTag.SAME, "a", 2, 1),
        DiffLine(DiffTag.SAME, "b", 3, 2),
        DiffLine(DiffTag.SAME, "c", 4, 3),
    ]


def test_the_unified_diff_shows_three_lines_of_context() -> None:
    old = "\n".join("12345678")
    text = unified(old, old.replace("8", "九"), "旧", "新")
    assert text.splitlines()[2:] == ["@@ -5,4 +5,4 @@", " 5", " 6", " 7", "-8", "+九"]
