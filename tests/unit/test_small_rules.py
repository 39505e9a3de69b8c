"""Numbering, passwords, intake validation and the escalation ladder."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta

import pytest

from app.domain.enums import Channel, ClockKind, ClockState, Severity, TicketClass
from app.domain.numbering import format_number, parse_number
from app.domain.passwords import hash_password, verify_password
from app.domain.tickets.escalation import pending_escalations
from app.domain.tickets.intake import NewTicket, default_title, validate_new_ticket
from app.domain.tickets.sla import ClockStatus, ClockTargets, TicketTimes, ticket_clocks
from app.domain.validation import ValidationError, clean_text

NOW = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)


def test_number_format_and_parse() -> None:
    assert format_number("GD", 2026, 1) == "GD-2026-0001"
    assert format_number("GD", 2026, 12345) == "GD-2026-12345"
    assert parse_number(" gd-2026-0042 ") == ("GD", 2026, 42)
    assert parse_number("2026-0042") is None


def test_password_hash_is_salted_and_verifies() -> None:
    first, second = hash_password("zhuchang123", 1000), hash_password("zhuchang123", 1000)
    assert first != second
    assert verify_password("zhuchang123", first)
    assert not verify_password("zhuchang124", first)
    assert not verify_password("x", "garbage")


def test_clean_text_strips_full_width_spaces_and_controls() -> None:
    assert clean_text("\u3000张警官\x07 ") == "张警官"


def test_intake_names_every_missing_field() -> None:
    with pytest.raises(ValidationError) as caught:
        validate_new_ticket({"channel": "pigeon", "ticket_class": "defect"}, NOW)
    fields = {e.field for e in caught.value.errors}
    assert fields == {"requester_name", "place", "description", "channel", "severity", "system"}
    assert "请填写“问题描述”" in str(caught.value)


def test_intake_rejects_call_time_in_the_future_and_defaults_title() -> None:
    values = {
        "requester_name": "李管教",
        "place": "会见室",
        "description": "对讲终端无声音\n第二行",
        "channel": "phone",
        "ticket_class": "defect",
        "severity": "general",
        "system": "INTERCOM",
    }
    with pytest.raises(ValidationError, match="不能晚于当前时间"):
        validate_new_ticket({**values, "called_at": NOW + timedelta(hours=1)}, NOW)
    call = validate_new_ticket(values, NOW)
    assert call.title == "对讲终端无声音"
    assert call.called_at == NOW


def _breached(kind: ClockKind, due: datetime) -> ClockStatus:
    return ClockStatus(
        kind, ClockState.BREACHED, timedelta(minutes=5), timedelta(minutes=9), due, None
    )


def test_each_breach_climbs_one_level_at_its_true_due_time() -> None:
    due_response, due_arrival = NOW - timedelta(hours=3), NOW - timedelta(hours=2, minutes=35)
    steps = pending_escalations(
        [_breached(ClockKind.ARRIVAL, due_arrival), _breached(ClockKind.RESPONSE, due_response)],
        recorded_clocks=[],
        current_level=0,
    )
    assert [(s.clock, s.level, s.due_at) for s in steps] == [
        (ClockKind.RESPONSE, 1, due_response),
        (ClockKind.ARRIVAL, 2, due_arrival),
    ]


def test_recorded_breaches_are_not_repeated_and_level_caps_at_three() -> None:
    statuses = [_breached(ClockKind.FIX, NOW)]
    assert pending_escalations(statuses, [ClockKind.FIX], 1) == []
    assert pending_escalations(statuses, [], 3)[0].level == 3


def test_escalation_from_computed_clocks_while_program_was_closed() -> None:
    """A call at 08:00 never answered; the program opened at 12:00 owes two escalations."""
    called = NOW - timedelta(hours=4)
    times = TicketTimes(TicketClass.DEFECT, Severity.GENERAL, called)
    steps = pending_escalations(ticket_clocks(times, ClockTargets(), NOW), [], 0)
    assert [(s.clock, s.due_at) for s in steps] == [
        (ClockKind.RESPONSE, called + timedelta(minutes=5)),
        (ClockKind.ARRIVAL, called + timedelta(minutes=30)),
    ]


@pytest.mark.parametrize(
    ("description", "title"),
    [
        ("监区一3号监仓摄像机画面黑屏。值班民警发现后电话报修。", "监区一3号监仓摄像机画面黑屏"),
        ("对讲主机无声\n已重启无效", "对讲主机无声"),
        (
            "监控指挥中心大屏第二排第三块拼接屏整块发黑并伴有间歇闪烁，其余正常",
            "监控指挥中心大屏第二排第三块拼接屏整块发黑并伴…",
        ),
    ],
)
def test_a_default_title_is_the_first_sentence_cut_short(description: str, title: str) -> None:
    assert default_title(description) == title
    assert len(default_title(description)) <= 24


INTAKE = {
    "requester_name": " 李管教 ",
    "requester_department": " 监管科 ",
    "requester_phone": " 8301 ",
    "place": " 会见室 ",
    "device": " 对讲终端 IC-20 ",
    "title": " 无声音 ",
    "description": " 对讲终端无声音 ",
    "channel": "phone",
    "ticket_class": "defect",
    "severity": "major",
    "system": "INTERCOM",
}


def test_intake_keeps_every_field_cleaned() -> None:
    called = NOW.replace(second=0, microsecond=0) - timedelta(minutes=3)
    call = validate_new_ticket(
        {**INTAKE, "is_hardware": 1, "device_id": 7, "called_at": called + timedelta(seconds=42)},
        NOW,
    )
    assert call == NewTicket(
        requester_name="李管教",
        requester_department="监管科",
        requester_phone="8301",
        channel=Channel.PHONE,
        place="会见室",
        system_code="INTERCOM",
        device="对讲终端 IC-20",
        is_hardware=True,
        ticket_class=TicketClass.DEFECT,
        severity=Severity.MAJOR,
        title="无声音",
        description="对讲终端无声音",
        called_at=called,  # whole minutes
        device_id=7,
    )
    for bad in (0, -1, "7", True, None):
        assert validate_new_ticket({**INTAKE, "device_id": bad}, NOW).device_id is None
    assert validate_new_ticket({**INTAKE, "device_id": 1}, NOW).device_id == 1
    assert validate_new_ticket(INTAKE, NOW).is_hardware is False


def test_intake_errors_name_each_field_with_its_label() -> None:
    with pytest.raises(ValidationError) as caught:
        validate_new_ticket({"called_at": "昨天"}, NOW)
    assert [(e.field, e.message, e.label) for e in caught.value.errors] == [
        ("requester_name", "请填写“提出人”", "提出人"),
        ("place", "请填写“地点”", "地点"),
        ("description", "请填写“问题描述”", "问题描述"),
        ("channel", "请选择“报修方式”", "报修方式"),
        ("ticket_class", "请选择“问题类别”", "问题类别"),
        ("severity", "请选择“紧急程度”", "紧急程度"),
        ("system", "请选择“所属系统”", "所属系统"),
        ("called_at", "“报修时间”不是有效的时间", "报修时间"),
    ]
    with pytest.raises(ValidationError) as late:
        validate_new_ticket({**INTAKE, "called_at": NOW + timedelta(minutes=2)}, NOW)
    assert [(e.field, e.message, e.label) for e in late.value.errors] == [
        ("called_at", "“报修时间”不能晚于当前时间", "报修时间")
    ]
    ahead = validate_new_ticket({**INTAKE, "called_at": NOW + timedelta(minutes=1)}, NOW)
    assert ahead.called_at == (NOW + timedelta(minutes=1)).replace(second=0, microsecond=0)


def test_a_hash_of_another_algorithm_is_never_accepted() -> None:
    md5_style = "md5$1000$00ff$" + "ab" * 16
    assert not verify_password("anything", md5_style)
    assert not verify_password("anything", "garbage$with$too$many$parts")


def test_a_stored_hash_has_a_128_bit_salt_and_reads_with_the_standard_library() -> None:
    algorithm, iterations, salt, digest = hash_password("Zhuchang@123", 1000).split("$")
    assert (algorithm, iterations, len(salt)) == ("pbkdf2_sha256", "1000", 32)
    # the same digest any PBKDF2-HMAC-SHA256 tool computes from these parts
    expected = hashlib.pbkdf2_hmac("sha256", b"Zhuchang@123", bytes.fromhex(salt), 1000).hex()
    assert digest == expected


def test_a_sequence_starts_at_one() -> None:
    with pytest.raises(ValueError, match="^sequence starts at 1$"):
        format_number("GD", 2026, 0)
