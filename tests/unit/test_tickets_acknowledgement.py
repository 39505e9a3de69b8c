"""The acknowledgement of an escalation: whom the engineer reached, how, and what was agreed."""

from __future__ import annotations

import pytest

from app.domain.enums import ContactMethod
from app.domain.tickets.escalation import Acknowledgement, validate_acknowledgement
from app.domain.validation import ValidationError

GOOD = {"reached_name": " 何经理 ", "method": "phone", "agreed": "\u3000先远程重启，30分钟后回报 "}


def test_every_field_is_cleaned_and_kept() -> None:
    assert validate_acknowledgement(GOOD) == Acknowledgement(
        reached_name="何经理", method=ContactMethod.PHONE, agreed="先远程重启，30分钟后回报"
    )
    for method in ContactMethod:
        assert validate_acknowledgement({**GOOD, "method": method.value}).method is method


def test_a_long_name_is_cut_to_fifty_characters_and_the_agreement_is_kept_whole() -> None:
    name = "项" * 60
    agreed = "商" * 500
    kept = validate_acknowledgement({**GOOD, "reached_name": name, "agreed": agreed})
    assert kept.reached_name == "项" * 50
    assert kept.agreed == agreed


def test_every_missing_field_is_named_in_order() -> None:
    with pytest.raises(ValidationError) as caught:
        validate_acknowledgement({})
    assert [(e.field, e.message, e.label) for e in caught.value.errors] == [
        ("reached_name", "请填写“联系到的人”", "联系到的人"),
        ("method", "请选择“联系方式”", "联系方式"),
        ("agreed", "请填写“商定内容”", "商定内容"),
    ]


@pytest.mark.parametrize(
    ("bad", "field"),
    [
        ({"reached_name": "   "}, "reached_name"),
        ({"reached_name": None}, "reached_name"),
        ({"method": "email"}, "method"),
        ({"method": ""}, "method"),
        ({"agreed": "\u3000"}, "agreed"),
        ({"agreed": 3}, "agreed"),
    ],
)
def test_one_bad_field_is_the_only_error(bad: dict[str, object], field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        validate_acknowledgement({**GOOD, **bad})
    assert [e.field for e in caught.value.errors] == [field]
