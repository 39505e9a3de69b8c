"""Checklist lines and answers: ranges, automatic failure by value, and messages naming the row."""

from __future__ import annotations

import pytest

from app.domain.enums import AnswerKind, Dimension, ItemResult
from app.domain.inspections.checklist import (
    ItemSpec,
    finding_text,
    judge,
    parse_number,
    validate_item,
    validate_template,
)
from app.domain.validation import ValidationError

VOLTAGE = ItemSpec(
    Dimension.RUN_STATUS, "UPS输出电压", "读取面板", AnswerKind.NUMBER, "V", 210, 230
)
FREE_DISK = ItemSpec(Dimension.RUN_STATUS, "系统盘剩余空间", "", AnswerKind.NUMBER, "%", 20, None)
LOCK = ItemSpec(Dimension.FUNCTION, "AB门互锁功能", "", AnswerKind.PASS_FAIL)
NOTES = ItemSpec(Dimension.USABILITY, "通话音质", "", AnswerKind.TEXT)


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        ("220", 220.0),
        ("２２０", 220.0),
        (" 12.5 ", 12.5),
        ("85%", 85.0),
        ("13.6V", 13.6),
        ("", None),
        ("高", None),
    ],
)
def test_numbers_typed_by_hand(raw, value) -> None:
    assert parse_number(raw) == value


def test_a_value_inside_the_range_passes_and_the_limits_are_inside() -> None:
    for value in ("210", "220", "230"):
        assert judge(VOLTAGE, 2, "", value, "", "").result is ItemResult.PASS


def test_a_value_outside_the_range_fails_even_if_marked_passed() -> None:
    answer = judge(VOLTAGE, 2, "pass", "236", "", "")
    assert answer.result is ItemResult.FAIL
    assert answer.value == 236.0
    assert judge(FREE_DISK, 1, "", "12", "", "").result is ItemResult.FAIL
    assert judge(FREE_DISK, 1, "", "95", "", "").result is ItemResult.PASS


def test_the_engineer_can_fail_a_value_inside_the_range() -> None:
    assert judge(VOLTAGE, 2, "fail", "220", "", "波动大").result is ItemResult.FAIL


def test_a_missing_or_unreadable_value_names_the_row() -> None:
    with pytest.raises(ValidationError, match="第2项「UPS输出电压」：请填写测量值"):
        judge(VOLTAGE, 2, "", "", "", "")
    with pytest.raises(ValidationError, match="第2项「UPS输出电压」：测量值不是数字"):
        judge(VOLTAGE, 2, "", "两百二", "", "")


def test_not_applicable_needs_no_value() -> None:
    assert judge(VOLTAGE, 2, "not_applicable", "", "", "设备已拆除").result is (
        ItemResult.NOT_APPLICABLE
    )


def test_pass_fail_needs_a_choice_and_a_failure_needs_a_finding() -> None:
    with pytest.raises(ValidationError, match="请选择合格或不合格"):
        judge(LOCK, 3, "", "", "", "")
    with pytest.raises(
        ValidationError, match="第3项「AB门互锁功能」：不合格时请在备注中写明发现的问题"
    ):
        judge(LOCK, 3, "fail", "", "", "")
    answer = judge(LOCK, 3, "fail", "", "", "A门未关时B门可开")
    assert (answer.result, answer.note) == (ItemResult.FAIL, "A门未关时B门可开")


def test_a_text_item_passes_with_text_and_needs_some() -> None:
    assert judge(NOTES, 5, "", "", "音质清晰", "").result is ItemResult.PASS
    with pytest.raises(ValidationError, match="请填写检查情况"):
        judge(NOTES, 5, "", "", "  ", "")


def test_range_text_and_finding() -> None:
    assert VOLTAGE.range_text == "210–230 V"
    assert FREE_DISK.range_text == "≥ 20 %"
    answer = judge(VOLTAGE, 2, "", "236", "", "市电波动")
    assert finding_text(VOLTAGE, answer) == (
        "运行状态检查：UPS输出电压；测得 236 V（允许范围 210–230 V）；市电波动"
    )


def test_a_number_line_needs_a_limit_and_limits_in_order() -> None:
    base = {"dimension": "run_status", "check": "温度", "kind": "number", "unit": "℃"}
    with pytest.raises(ValidationError, match="第4项「温度」：测量数值须给出下限或上限"):
        validate_item(base, 4)
    with pytest.raises(ValidationError, match="下限大于上限"):
        validate_item({**base, "minimum": "30", "maximum": "18"}, 4)
    with pytest.raises(ValidationError, match="上下限必须是数字"):
        validate_item({**base, "minimum": "十八"}, 4)
    spec = validate_item({**base, "minimum": "１８", "maximum": "27"}, 4)
    assert (spec.minimum, spec.maximum, spec.unit) == (18.0, 27.0, "℃")


def test_a_template_reports_every_bad_field_and_line_at_once() -> None:
    values = {
        "name": " ",
        "system": "NOPE",
        "frequency": "hourly",
        "items": [{"dimension": "security", "check": "", "kind": "pass_fail"}],
    }
    with pytest.raises(ValidationError) as caught:
        validate_template(values, {"VIDEO"})
    fields = [e.field for e in caught.value.errors]
    assert fields == ["name", "system", "frequency", "check"]
    with pytest.raises(ValidationError, match="巡检表至少要有一个检查项"):
        validate_template(
            {"name": "x", "system": "VIDEO", "frequency": "daily", "items": []}, {"VIDEO"}
        )
