"""Checklist rules read back word for word: every error's field, message and row, every answer."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from app.domain.enums import AnswerKind, Dimension, Frequency, ItemResult
from app.domain.inspections.checklist import (
    Answer,
    ItemSpec,
    RunInfo,
    RunItemInfo,
    finding_text,
    judge,
    number_text,
    parse_number,
    validate_item,
    validate_template,
)
from app.domain.validation import ValidationError

VOLTAGE = ItemSpec(
    Dimension.RUN_STATUS, "输出电压", "万用表测量", AnswerKind.NUMBER, "V", 210.0, 230.0
)
LIGHTS = ItemSpec(Dimension.FUNCTION, "指示灯", "目视", AnswerKind.PASS_FAIL)
LOG = ItemSpec(Dimension.DATA_INTEGRITY, "日志情况", "查看日志", AnswerKind.TEXT)


def errors_of(call, *args) -> list[tuple[str, str, str]]:
    with pytest.raises(ValidationError) as raised:
        call(*args)
    return [(e.field, e.message, e.label) for e in raised.value.errors]


def test_an_empty_line_names_its_position_for_each_missing_field() -> None:
    assert errors_of(validate_item, {}, 3) == [
        ("dimension", "第3项：请选择检查类别", "第3项"),
        ("kind", "第3项：请选择结果类型", "第3项"),
        ("check", "第3项：请填写检查项目", "第3项"),
    ]


def test_number_lines_name_bad_missing_and_crossed_limits() -> None:
    line = {"dimension": "run_status", "check": "电压", "kind": "number"}
    row = "第2项「电压」"
    assert errors_of(validate_item, {**line, "minimum": "abc", "maximum": "x"}, 2) == [
        ("minimum", f"{row}：上下限必须是数字", row),
        ("maximum", f"{row}：上下限必须是数字", row),
    ]
    assert errors_of(validate_item, line, 2) == [
        ("minimum", f"{row}：测量数值须给出下限或上限", row)
    ]
    assert errors_of(validate_item, {**line, "minimum": "9", "maximum": "8"}, 2) == [
        ("maximum", f"{row}：下限大于上限", row)
    ]
    equal = validate_item(
        {**line, "minimum": "8", "maximum": "8", "unit": " V ", "method": "测"}, 2
    )
    assert equal == ItemSpec(Dimension.RUN_STATUS, "电压", "测", AnswerKind.NUMBER, "V", 8.0, 8.0)
    only_max = validate_item({**line, "maximum": "30"}, 2)
    assert (only_max.minimum, only_max.maximum) == (None, 30.0)


def test_a_pass_fail_line_keeps_no_unit_or_limits() -> None:
    values = {"dimension": "function", "check": "灯", "kind": "pass_fail", "unit": "V"}
    spec = validate_item({**values, "minimum": "1", "maximum": "2"}, 1)
    assert spec == ItemSpec(Dimension.FUNCTION, "灯", "", AnswerKind.PASS_FAIL, "", None, None)


def test_a_template_names_each_missing_field_with_its_label() -> None:
    assert errors_of(validate_template, {}, {"UPS"}) == [
        ("name", "请填写“巡检表名称”", "巡检表名称"),
        ("system", "请选择“系统”", "系统"),
        ("frequency", "请选择“巡检周期”", "巡检周期"),
        ("items", "巡检表至少要有一个检查项", "检查项"),
    ]
    bad_line = {"name": "日巡检", "system": "UPS", "frequency": "daily", "items": [{}, {}]}
    fields = [(f, m) for f, m, _l in errors_of(validate_template, bad_line, {"UPS"})]
    assert fields[:3] == [
        ("dimension", "第1项：请选择检查类别"),
        ("kind", "第1项：请选择结果类型"),
        ("check", "第1项：请填写检查项目"),
    ]
    assert fields[3][1].startswith("第2项") and len(fields) == 6


def test_a_good_template_keeps_every_field() -> None:
    line = {"dimension": "function", "check": "灯", "kind": "pass_fail", "method": "看"}
    spec = validate_template(
        {
            "name": " 日巡检 ",
            "system": "UPS",
            "frequency": "weekly",
            "place": " 机房 ",
            "items": [line],
        },
        {"UPS"},
    )
    assert (spec.name, spec.system_code, spec.frequency, spec.place) == (
        "日巡检",
        "UPS",
        Frequency.WEEKLY,
        "机房",
    )
    assert spec.items == (ItemSpec(Dimension.FUNCTION, "灯", "看", AnswerKind.PASS_FAIL),)


def test_every_way_an_answer_is_refused_names_the_row() -> None:
    row = "第4项「输出电压」"
    assert errors_of(judge, VOLTAGE, 4, "", "", "", "") == [("value", f"{row}：请填写测量值", row)]
    assert errors_of(judge, VOLTAGE, 4, "", "很高", "", "") == [
        ("value", f"{row}：测量值不是数字", row)
    ]
    assert errors_of(judge, LIGHTS, 1, "", None, "", "")[0][:2] == (
        "result",
        "第1项「指示灯」：请选择合格或不合格",
    )
    assert errors_of(judge, LOG, 2, "", None, "", "")[0][:2] == (
        "result",
        "第2项「日志情况」：请填写检查情况",
    )
    assert errors_of(judge, LOG, 2, "pass", None, " ", "")[0][:2] == (
        "text",
        "第2项「日志情况」：请填写检查情况",
    )
    assert errors_of(judge, LIGHTS, 1, "fail", None, "", " ")[0][:2] == (
        "note",
        "第1项「指示灯」：不合格时请在备注中写明发现的问题",
    )


def test_every_accepted_answer_keeps_what_was_typed() -> None:
    assert judge(VOLTAGE, 1, "", "２２０ V", " 稳 ", " 好 ") == Answer(
        ItemResult.PASS, 220.0, "稳", "好"
    )
    assert judge(VOLTAGE, 1, "fail", "220", "", "纹波大") == Answer(
        ItemResult.FAIL, 220.0, "", "纹波大"
    )
    assert judge(VOLTAGE, 1, "not_applicable", "", " 停用 ", " 检修 ") == Answer(
        ItemResult.NOT_APPLICABLE, None, "停用", "检修"
    )
    assert judge(LOG, 1, "", None, " 无异常 ", "") == Answer(ItemResult.PASS, None, "无异常", "")
    assert judge(LIGHTS, 1, "fail", None, "红灯常亮", "") == Answer(
        ItemResult.FAIL, None, "红灯常亮", ""
    )
    assert judge(LIGHTS, 1, "pass", None, "", "") == Answer(ItemResult.PASS, None, "", "")


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        (None, None),
        ("", None),
        ("  ", None),
        (True, None),
        (7, 7.0),
        (2.5, 2.5),
        (float("inf"), None),
        ("1e999", None),
        ("inf", None),
        ("３。５", 3.5),
        ("1 000", 1000.0),
        ("85%", 85.0),
        ("V", None),
        (".", None),
    ],
)
def test_parse_number_edges(raw: object, value: float | None) -> None:
    assert parse_number(raw) == value


def test_numbers_and_findings_in_words() -> None:
    assert (
        number_text(220.0) == "220" and number_text(0.5) == "0.5" and number_text(1e-7) == "1e-07"
    )
    answer = Answer(ItemResult.FAIL, 240.0, "偏高", "已报修")
    assert finding_text(VOLTAGE, answer) == (
        "运行状态检查：输出电压；测得 240 V（允许范围 210–230 V）；偏高；已报修"
    )
    no_unit = ItemSpec(Dimension.RUN_STATUS, "负载", "", AnswerKind.NUMBER, "", None, 80.0)
    assert finding_text(no_unit, Answer(ItemResult.FAIL, 92.0, "", "")) == (
        "运行状态检查：负载；测得 92（允许范围 ≤ 80）"
    )


def test_a_run_counts_its_results_and_lists_each_ticket_once() -> None:
    def line(position: int, result: ItemResult, ticket: str = "") -> RunItemInfo:
        return RunItemInfo(position, position, LIGHTS, result, None, "", "", None, ticket)

    items = (
        line(1, ItemResult.FAIL, "GD-2"),
        line(2, ItemResult.PASS),
        line(3, ItemResult.FAIL, "GD-1"),
        line(4, ItemResult.FAIL, "GD-2"),
        line(5, ItemResult.NOT_APPLICABLE),
    )
    at = datetime(2026, 11, 24, 1, 0, tzinfo=UTC)
    run = RunInfo(
        *(1, "XJ-1", 1, "表", "UPS", "UPS", Frequency.MONTHLY, date(2026, 11, 1), "机房", "孙工"),
        *(at, at, "孙工", "", "", "", ""),
        items,
    )
    assert run.count(ItemResult.FAIL) == 3 and run.count(ItemResult.PASS) == 1
    assert run.count(ItemResult.NOT_APPLICABLE) == 1
    assert run.tickets == ("GD-2", "GD-1") and len(run.failed) == 3
    assert run.period_label == "2026年11月" and not run.superseded
    assert line(1, ItemResult.PASS).answer_text == "—"


def test_a_trailing_point_belongs_to_the_number_and_large_numbers_stay_whole() -> None:
    assert parse_number("5.%") == 5.0
    assert parse_number("1.5.") is None  # a typo is refused, not read as 1.5
    assert number_text(1234567.0) == "1234567"
