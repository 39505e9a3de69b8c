"""Inspection checklist items and answers: what a valid item is, and how an answer is judged."""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime

from app.domain.enums import AnswerKind, Dimension, Frequency, ItemResult
from app.domain.i18n import QT_TRANSLATE_NOOP
from app.domain.inspections.periods import Period, period_of
from app.domain.validation import FieldError, ValidationError, clean_text

ITEM_FIELDS = {
    "dimension": QT_TRANSLATE_NOOP("field", "检查类别"),
    "check": QT_TRANSLATE_NOOP("field", "检查项目"),
    "method": QT_TRANSLATE_NOOP("field", "检查方法"),
    "kind": QT_TRANSLATE_NOOP("field", "结果类型"),
    "unit": QT_TRANSLATE_NOOP("field", "单位"),
    "minimum": QT_TRANSLATE_NOOP("field", "下限"),
    "maximum": QT_TRANSLATE_NOOP("field", "上限"),
}
TEMPLATE_FIELDS = {
    "name": QT_TRANSLATE_NOOP("field", "巡检表名称"),
    "system": QT_TRANSLATE_NOOP("field", "系统"),
    "frequency": QT_TRANSLATE_NOOP("field", "巡检周期"),
    "place": QT_TRANSLATE_NOOP("field", "巡检地点"),
    "items": QT_TRANSLATE_NOOP("field", "检查项"),
}


@dataclass(frozen=True)
class ItemSpec:
    """One line of a checklist: what to check, how, and what kind of answer it takes."""

    dimension: Dimension
    check: str
    method: str
    kind: AnswerKind
    unit: str = ""
    minimum: float | None = None
    maximum: float | None = None

    @property
    def range_text(self) -> str:
        """The allowed range as printed: "≥ 20 %", "≤ 30 ℃", "210–260 V", or ""."""
        unit = f" {self.unit}" if self.unit else ""
        low, high = self.minimum, self.maximum
        if low is not None and high is not None:
            return f"{number_text(low)}–{number_text(high)}{unit}"
        if low is not None:
            return f"≥ {number_text(low)}{unit}"
        if high is not None:
            return f"≤ {number_text(high)}{unit}"
        return ""


@dataclass(frozen=True)
class TemplateSpec:
    """A checklist for one system at one frequency."""

    name: str
    system_code: str
    frequency: Frequency
    place: str
    items: tuple[ItemSpec, ...]


@dataclass(frozen=True)
class Answer:
    """The judged answer to one item."""

    result: ItemResult
    value: float | None
    text: str
    note: str


def number_text(value: float) -> str:
    """A number without a trailing ".0"."""
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def parse_number(raw: object) -> float | None:
    """A number typed by hand: full-width digits, spaces and a trailing unit are tolerated."""
    if raw is None:
        return None
    if isinstance(raw, int | float) and not isinstance(raw, bool):
        return float(raw) if math.isfinite(raw) else None
    text = unicodedata.normalize("NFKC", str(raw)).strip().replace(" ", "")
    text = text.replace("。", ".")
    if not text:
        return None
    end = len(text)
    while end and not (text[end - 1].isdigit() or text[end - 1] == "."):
        end -= 1  # "24.5V", "85%": keep the number, drop what follows
    try:
        value = float(text[:end])
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def _row_label(position: int, check: str) -> str:
    return f"第{position}项「{check}」" if check else f"第{position}项"


def validate_item(values: Mapping[str, object], position: int) -> ItemSpec:
    """A checklist line from form values; errors name the line and the field."""
    errors: list[FieldError] = []
    check = clean_text(values.get("check"))
    row = _row_label(position, check)
    try:
        dimension = Dimension(str(values.get("dimension") or ""))
    except ValueError:
        dimension = Dimension.RUN_STATUS
        errors.append(
            FieldError("dimension", QT_TRANSLATE_NOOP("validation", "{label}：请选择检查类别"), row)
        )
    try:
        kind = AnswerKind(str(values.get("kind") or ""))
    except ValueError:
        kind = AnswerKind.PASS_FAIL
        errors.append(
            FieldError("kind", QT_TRANSLATE_NOOP("validation", "{label}：请选择结果类型"), row)
        )
    if not check:
        errors.append(
            FieldError("check", QT_TRANSLATE_NOOP("validation", "{label}：请填写检查项目"), row)
        )
    minimum = maximum = None
    unit = clean_text(values.get("unit"))
    if kind is AnswerKind.NUMBER:
        raw_min, raw_max = values.get("minimum"), values.get("maximum")
        minimum, maximum = parse_number(raw_min), parse_number(raw_max)
        for name, raw, parsed in (("minimum", raw_min, minimum), ("maximum", raw_max, maximum)):
            if clean_text(raw) and parsed is None:
                errors.append(
                    FieldError(
                        name, QT_TRANSLATE_NOOP("validation", "{label}：上下限必须是数字"), row
                    )
                )
        if minimum is None and maximum is None and not errors:
            errors.append(
                FieldError(
                    "minimum",
                    QT_TRANSLATE_NOOP("validation", "{label}：测量数值须给出下限或上限"),
                    row,
                )
            )
        if minimum is not None and maximum is not None and minimum > maximum:
            errors.append(
                FieldError("maximum", QT_TRANSLATE_NOOP("validation", "{label}：下限大于上限"), row)
            )
    if errors:
        raise ValidationError(errors)
    return ItemSpec(
        dimension=dimension,
        check=check,
        method=clean_text(values.get("method")),
        kind=kind,
        unit=unit if kind is AnswerKind.NUMBER else "",
        minimum=minimum,
        maximum=maximum,
    )


def validate_template(values: Mapping[str, object], system_codes: set[str]) -> TemplateSpec:
    """A whole checklist; every bad field and line is reported at once."""
    errors: list[FieldError] = []
    name = clean_text(values.get("name"))
    if not name:
        errors.append(
            FieldError(
                "name", QT_TRANSLATE_NOOP("validation", "请填写“{label}”"), TEMPLATE_FIELDS["name"]
            )
        )
    system_code = str(values.get("system") or "")
    if system_code not in system_codes:
        errors.append(
            FieldError(
                "system",
                QT_TRANSLATE_NOOP("validation", "请选择“{label}”"),
                TEMPLATE_FIELDS["system"],
            )
        )
    try:
        frequency = Frequency(str(values.get("frequency") or ""))
    except ValueError:
        frequency = Frequency.MONTHLY
        errors.append(
            FieldError(
                "frequency",
                QT_TRANSLATE_NOOP("validation", "请选择“{label}”"),
                TEMPLATE_FIELDS["frequency"],
            )
        )
    raw_items = values.get("items") or []
    items: list[ItemSpec] = []
    for position, raw in enumerate(raw_items, 1):  # type: ignore[arg-type]
        try:
            items.append(validate_item(raw, position))
        except ValidationError as exc:
            errors.extend(exc.errors)
    if not raw_items:
        errors.append(
            FieldError(
                "items",
                QT_TRANSLATE_NOOP("validation", "巡检表至少要有一个{label}"),
                TEMPLATE_FIELDS["items"],
            )
        )
    if errors:
        raise ValidationError(errors)
    return TemplateSpec(name, system_code, frequency, clean_text(values.get("place")), tuple(items))


def judge(
    spec: ItemSpec, position: int, result: object, value: object, text: object, note: object
) -> Answer:
    """Judge one answer: a number outside the range fails by itself; missing answers are named.

    ``result`` is what the engineer chose (may be empty for numbers: the value decides). A number
    inside the range passes unless the engineer marked the item failed; outside it always fails.
    A failed pass/fail or text item needs a note saying what was found.
    """
    row = _row_label(position, spec.check)
    note_text = clean_text(note)
    answer_text = clean_text(text)
    chosen = ItemResult(str(result)) if result else None
    if chosen is ItemResult.NOT_APPLICABLE:
        return Answer(ItemResult.NOT_APPLICABLE, None, answer_text, note_text)
    if spec.kind is AnswerKind.NUMBER:
        number = parse_number(value)
        if number is None:
            template = (
                QT_TRANSLATE_NOOP("validation", "{label}：测量值不是数字")
                if clean_text(value)
                else QT_TRANSLATE_NOOP("validation", "{label}：请填写测量值")
            )
            raise ValidationError([FieldError("value", template, row)])
        verdict = number_verdict(spec, number)
        if chosen is ItemResult.FAIL:
            verdict = ItemResult.FAIL
        return Answer(verdict, number, answer_text, note_text)
    if chosen is None:
        if spec.kind is AnswerKind.TEXT and answer_text:
            chosen = ItemResult.PASS
        else:
            template = (
                QT_TRANSLATE_NOOP("validation", "{label}：请填写检查情况")
                if spec.kind is AnswerKind.TEXT
                else QT_TRANSLATE_NOOP("validation", "{label}：请选择合格或不合格")
            )
            raise ValidationError([FieldError("result", template, row)])
    if spec.kind is AnswerKind.TEXT and not answer_text:
        raise ValidationError(
            [FieldError("text", QT_TRANSLATE_NOOP("validation", "{label}：请填写检查情况"), row)]
        )
    if chosen is ItemResult.FAIL and not (note_text or answer_text):
        raise ValidationError(
            [
                FieldError(
                    "note",
                    QT_TRANSLATE_NOOP("validation", "{label}：不合格时请在备注中写明发现的问题"),
                    row,
                )
            ]
        )
    return Answer(chosen, None, answer_text, note_text)


def number_verdict(spec: ItemSpec, number: float) -> ItemResult:
    """Pass when the number lies inside the allowed range (limits included)."""
    if spec.minimum is not None and number < spec.minimum:
        return ItemResult.FAIL
    if spec.maximum is not None and number > spec.maximum:
        return ItemResult.FAIL
    return ItemResult.PASS


def finding_text(spec: ItemSpec, answer: Answer) -> str:
    """What was found, in words for a defect ticket: the check, the value against its range, notes."""
    parts = [f"{spec.dimension.label}：{spec.check}"]
    if answer.value is not None:
        unit = f" {spec.unit}" if spec.unit else ""
        parts.append(f"测得 {number_text(answer.value)}{unit}（允许范围 {spec.range_text}）")
    if answer.text:
        parts.append(answer.text)
    if answer.note:
        parts.append(answer.note)
    return "；".join(parts)


@dataclass(frozen=True)
class RunItemInfo:
    """One answered line of a completed run."""

    id: int
    position: int
    spec: ItemSpec
    result: ItemResult
    value: float | None
    text: str
    note: str
    ticket_id: int | None
    ticket_number: str

    @property
    def answer_text(self) -> str:
        """The value with its unit, or the text answer; a dash for a pass/fail line."""
        if self.value is not None:
            unit = f" {self.spec.unit}" if self.spec.unit else ""
            return f"{number_text(self.value)}{unit}"
        return self.text or "—"


@dataclass(frozen=True)
class RunInfo:
    """A completed run with its lines, and the runs it corrects or is corrected by."""

    id: int
    number: str
    template_id: int
    template_name: str
    system_code: str
    system_name: str
    frequency: Frequency
    period_start: date
    place: str
    inspector: str
    performed_at: datetime
    recorded_at: datetime
    recorded_by: str
    notes: str
    corrects_number: str
    correction_reason: str
    corrected_by_number: str
    items: tuple[RunItemInfo, ...]

    @property
    def period(self) -> Period:
        return period_of(self.frequency, self.period_start)

    @property
    def period_label(self) -> str:
        return self.period.label

    @property
    def failed(self) -> tuple[RunItemInfo, ...]:
        return tuple(i for i in self.items if i.result is ItemResult.FAIL)

    @property
    def superseded(self) -> bool:
        return bool(self.corrected_by_number)

    def count(self, result: ItemResult) -> int:
        return sum(item.result is result for item in self.items)

    @property
    def tickets(self) -> tuple[str, ...]:
        """The defect tickets its lines opened, each once, in line order."""
        return tuple(dict.fromkeys(i.ticket_number for i in self.items if i.ticket_number))
