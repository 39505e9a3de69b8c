"""Chinese line breaking: closing punctuation never starts a line, opening never ends one."""

from __future__ import annotations

from app.exports.pdf_linebreak import CANNOT_END, CANNOT_START, break_points


def lines_of(text: str, per_line: int) -> list[str]:
    """``text`` broken into lines of at most ``per_line`` unit-width characters."""
    ends = break_points(list(text), [1.0] * len(text), [float(per_line)])
    starts = [0, *ends[:-1]]
    return [text[a:b] for a, b in zip(starts, ends, strict=True)]


def test_a_comma_that_would_start_a_line_takes_the_character_before_it_along() -> None:
    lines = lines_of("摄像机画面时有时无，核对后恢复", 9)
    assert lines == ["摄像机画面时有时", "无，核对后恢复"]


def test_an_opening_bracket_never_ends_a_line() -> None:
    lines = lines_of("处理结果已经确认（详见附件）", 8)
    assert all(line[-1] not in CANNOT_END for line in lines)
    assert lines[1].startswith("（")


def test_every_closing_mark_is_kept_off_the_start_of_a_line() -> None:
    for mark in "，。、；：？！）」』》":
        text = "甲乙丙丁戊己庚辛" + mark + "壬癸子丑寅卯"
        lines = lines_of(text, 8)
        assert all(line[0] not in CANNOT_START for line in lines), (mark, lines)


def test_a_latin_word_or_number_is_not_cut() -> None:
    lines = lines_of("请核对工单GD-2026-0001的处理", 12)
    assert lines == ["请核对工单", "GD-2026-0001", "的处理"]
    assert lines_of("交换机IP地址10.0.3.25已恢复", 12) == ["交换机IP地址", "10.0.3.25已恢复"]


def test_a_word_longer_than_a_line_is_cut_rather_than_overflow() -> None:
    lines = lines_of("ABCDEFGHIJKLMNOP", 6)
    assert lines == ["ABCDEF", "GHIJKL", "MNOP"]


def test_the_last_line_never_holds_one_character_alone() -> None:
    assert lines_of("主管领导确认", 5) == ["主管领导", "确认"]
    assert lines_of("上报服务中心", 5) == ["上报服务", "中心"]


def test_paired_ellipses_and_dashes_stay_together() -> None:
    lines = lines_of("等待备件到货……下周处理", 7)
    assert lines[0] == "等待备件到" and lines[1].startswith("货……")


def test_a_line_narrower_than_one_character_still_progresses() -> None:
    assert lines_of("甲乙", 0) == ["甲", "乙"]


def test_a_title_or_name_set_off_by_spaces_moves_to_the_next_line_whole() -> None:
    assert lines_of("接班人 驻场工程师 孙工", 8) == ["接班人 ", "驻场工程师 孙工"]
    assert lines_of("交班：驻场工程师 孙工", 7) == ["交班：", "驻场工程师 ", "孙工"]
    assert lines_of("交班：驻场工程师", 6) == ["交班：", "驻场工程师"]


def test_a_sentence_between_spaces_breaks_by_the_usual_rules() -> None:
    lines = lines_of("说明 摄像机画面时有时无核对后恢复 完毕", 9)
    assert lines[0] == "说明 摄像机画面时"


def test_terms_joined_by_a_slash_break_after_it_not_inside_the_second() -> None:
    assert lines_of("资产编号/序列号", 6) == ["资产编号/", "序列号"]
    assert lines_of("品牌／型号", 4) == ["品牌／", "型号"]
