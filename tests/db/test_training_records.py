"""Training sessions and drills on a real database: checked fields, attendees and timelines,
changing a record, and the yearly due list."""

from __future__ import annotations

from datetime import timedelta

import pytest

from app.domain.training.rules import DueKind, TrainingError, YearlyState
from app.domain.validation import ValidationError
from app.services.plans.plans import list_plans
from app.services.training import records


def training_values(clock, **overrides):
    values = {
        "held_at": clock.now() - timedelta(days=1),
        "kind": "operation",
        "topic": "视频监控系统操作培训",
        "trainer": "售后工程师 钱工",
        "place": "监控指挥中心",
        "duration_minutes": 90,
        "content": "回放与导出",
        "attendees": "王值班员 指挥中心\n监管科：张科长、李警官\n王值班员 指挥中心",
        "effect_check": "现场实操考核",
        "effect_result": "全部通过",
    }
    values.update(overrides)
    return values


def drill_values(desk, clock, **overrides):
    plan = next(p for p in list_plans(desk) if p.title == "配置丢失")
    values = {
        "held_at": clock.now() - timedelta(days=2),
        "plan_id": plan.id,
        "scenario": "NVR-2 配置丢失",
        "script": "1. 报修 2. 按快照恢复",
        "participants": "孙工、王值班员",
        "timeline": "09:00 演练开始\n09:15 调出配置快照\n09:40 恢复完成",
        "findings": "报警联动参数需手工核对",
        "improvements": "补充完整配置文件快照",
    }
    values.update(overrides)
    return values


def test_a_training_keeps_its_attendees_once_each(desk, clock) -> None:
    training_id = records.save_training(desk, training_values(clock))
    info = records.get_training(desk, training_id)
    assert [(a.name, a.department) for a in info.attendees] == [
        ("王值班员", "指挥中心"),
        ("张科长", "监管科"),
        ("李警官", "监管科"),
    ]
    assert info.recorded_by == "孙工"
    records.save_training(
        desk,
        training_values(clock, attendees="赵主任 指挥中心", effect_result="9 人通过"),
        training_id,
    )
    changed = records.get_training(desk, training_id)
    assert [a.name for a in changed.attendees] == ["赵主任"] and changed.effect_result == "9 人通过"
    assert len(records.list_trainings(desk)) == 1


def test_a_training_without_topic_people_or_check_is_refused(desk, clock) -> None:
    with pytest.raises(ValidationError) as refused:
        records.save_training(
            desk,
            training_values(
                clock,
                topic=" ",
                attendees="\n",
                effect_check="",
                duration_minutes=0,
                held_at=clock.now() + timedelta(hours=2),
            ),
        )
    assert {e.field for e in refused.value.errors} == {
        "topic",
        "attendees",
        "effect_check",
        "duration_minutes",
        "held_at",
    }
    assert records.list_trainings(desk) == []


def test_a_drill_keeps_its_plan_and_timeline(desk, clock) -> None:
    drill_id = records.save_drill(desk, drill_values(desk, clock))
    info = records.get_drill(desk, drill_id)
    assert info.plan_title.endswith("配置丢失（第 1 版）")
    assert [(s.at.strftime("%H:%M"), s.text) for s in info.steps] == [
        ("09:00", "演练开始"),
        ("09:15", "调出配置快照"),
        ("09:40", "恢复完成"),
    ]
    with pytest.raises(TrainingError, match="第 2 行的时间早于上一行"):
        records.save_drill(desk, drill_values(desk, clock, timeline="10:00 开始\n09:00 倒退"))
    with pytest.raises(ValidationError, match="演练预案"):
        records.save_drill(desk, drill_values(desk, clock, plan_id=None))
    assert len(records.list_drills(desk)) == 1


def test_the_next_training_and_drill_fall_due_a_year_after_the_last(desk, clock) -> None:
    never = records.yearly_status(desk)
    assert [(d.kind, d.state) for d in never] == [
        (DueKind.TRAINING, YearlyState.NEVER),
        (DueKind.DRILL, YearlyState.NEVER),
    ]
    records.save_training(desk, training_values(clock, held_at=clock.now() - timedelta(days=300)))
    records.save_drill(desk, drill_values(desk, clock, held_at=clock.now() - timedelta(days=340)))
    training, drill = records.yearly_status(desk)
    assert training.state is YearlyState.OK and training.days_left == 65
    assert drill.state is YearlyState.DUE_SOON and drill.days_left == 25
    later = records.yearly_status(desk, desk.today() + timedelta(days=26))
    assert later[1].state is YearlyState.OVERDUE
