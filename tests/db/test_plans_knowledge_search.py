"""Knowledge articles and search on a real database: from a fixed ticket, kept current, suggestions."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from app.db.models.plans import KnowledgeArticle, KnowledgeArticleTicket
from app.domain.tickets.workflow import Action
from app.domain.validation import ValidationError
from app.services.context import Desk
from app.services.plans import knowledge, plans
from app.services.plans import search as plan_search
from app.services.tickets import calls
from tests.conftest import DEFECT_STEPS, do_step


def fix(desk: Desk, ticket_id: int) -> None:
    for action, values in DEFECT_STEPS[:5]:  # up to 修复完成
        do_step(desk, ticket_id, action, values)


def titles(hits) -> list[str]:
    return [h.title for h in hits]


def test_an_article_from_a_fixed_defect_takes_its_fields(desk: Desk, make_ticket) -> None:
    ticket_id = make_ticket()
    with pytest.raises(knowledge.KnowledgeError, match="不是已修复的系统缺陷类问题"):
        knowledge.article_values_from_ticket(desk, ticket_id)
    fix(desk, ticket_id)
    values = knowledge.article_values_from_ticket(desk, ticket_id)
    assert values["title"] == "3号监仓摄像机无图像"
    assert values["symptom"] == "半球摄像机 IPC-D320：监控指挥中心发现监区一3号监仓摄像机画面黑屏。"
    assert values["cause"] == "PoE 端口损坏"
    assert values["solution"] == "改接备用端口，图像恢复\n处理方案：更换交换机端口"
    assert values["prevention"] == "定期巡检交换机端口状态"
    assert values["systems"] == ["VIDEO"]
    article = knowledge.create_article_from_ticket(desk, ticket_id)
    assert [t.number for t in article.tickets] == ["GD-2026-0001"]
    assert article.system_names == ("视频监控系统",)
    assert article.written_by == "孙工"
    assert [a.id for a in knowledge.articles_of_ticket(desk, ticket_id)] == [article.id]


def test_a_consultation_makes_no_article(desk: Desk, make_ticket) -> None:
    ticket_id = make_ticket(ticket_class="consultation")
    calls.apply_action(desk, ticket_id, Action.ANSWER, {"answer": "已解答"})
    with pytest.raises(knowledge.KnowledgeError, match="GD-2026-0001"):
        knowledge.create_article_from_ticket(desk, ticket_id)


def test_bad_article_input_names_the_fields_and_saves_nothing(desk: Desk) -> None:
    with pytest.raises(ValidationError) as caught:
        knowledge.save_article(
            desk, {"title": "", "symptom": "", "solution": " ", "systems": ["X"]}
        )
    for label in ("条目标题", "故障现象", "解决方法", "涉及系统"):
        assert label in str(caught.value)
    with desk.db.read() as session:
        assert session.scalar(select(func.count(KnowledgeArticle.id))) == 0


def test_editing_an_article_keeps_links_and_adds_new_ones(desk: Desk, make_ticket) -> None:
    first, second = make_ticket(), make_ticket(title="第二张")
    article = knowledge.save_article(
        desk, {"title": "甲", "symptom": "乙", "solution": "丙"}, ticket_ids=[first]
    )
    edited = knowledge.save_article(
        desk, {"title": "甲二", "symptom": "乙", "solution": "丙"}, article.id, [first, second]
    )
    assert edited.title == "甲二"
    assert [t.id for t in edited.tickets] == [first, second]
    with desk.db.read() as session:
        assert session.scalar(select(func.count(KnowledgeArticleTicket.id))) == 2


def test_search_finds_plans_and_demo_articles_by_any_length(desk: Desk) -> None:
    assert knowledge.seed_demo_knowledge(desk) == 16
    assert knowledge.seed_demo_knowledge(desk) == 0
    one = plan_search.search(desk, "锁")
    assert {"门禁系统故障", "电磁锁吸合不牢，监区通道门可被推开"} <= set(titles(one))
    two = plan_search.search(desk, "断网")
    assert titles(two)[0] == "网络中断（断网）"
    assert "光模块老化导致监区二间歇断网" in titles(two)
    mixed = plan_search.search(desk, "NVR 离线")
    assert titles(mixed)[0] == "摄像机或NVR离线（图像丢失）"
    assert "NVR 通道离线：PoE 交换机端口供电不足" in titles(mixed)
    assert all("nvr" in (h.title + h.snippet).lower() or h.kind for h in mixed)
    many = plan_search.search(desk, "振动光纤灵敏度")
    assert set(titles(many)) >= {"周界报警误报频繁", "大风天气周界振动光纤频繁误报"}
    assert plan_search.search(desk, "卫星导航潜艇") == []
    only_articles = plan_search.search(desk, "断网", kinds=[plan_search.ARTICLE])
    assert all(h.kind == plan_search.ARTICLE for h in only_articles)


def test_the_index_follows_edits_and_new_rows(desk: Desk) -> None:
    assert plan_search.search(desk, "机房漏水") == []
    article = knowledge.save_article(
        desk, {"title": "机房漏水", "symptom": "精密空调冷凝水外溢", "solution": "疏通排水管"}
    )
    assert [h.id for h in plan_search.search(desk, "漏水")] == [article.id]
    index = plan_search.index_for(desk)
    knowledge.save_article(
        desk, {"title": "空调排水故障", "symptom": "冷凝水外溢", "solution": "疏通"}, article.id
    )
    assert plan_search.search(desk, "漏水") == []
    assert plan_search.index_for(desk) is index  # the edit was read in, not a rebuild
    plan = plans.find_plan(desk, "YA-13")
    values = plans.as_values(plan)
    values["title"] = "北斗授时失锁"
    plans.save_plan(desk, values, plan.id)
    assert titles(plan_search.search(desk, "授时")) == ["北斗授时失锁"]
    assert plan_search.search(desk, "时钟不同步") == []


def test_suggestions_for_a_ticket_favour_its_system(desk: Desk, make_ticket) -> None:
    ticket_id = make_ticket(
        title="监区一多路摄像机离线",
        description="监控指挥中心发现监区一 6 路图像黑屏，NVR 显示离线",
    )
    hits = plan_search.suggest_for_ticket(desk, ticket_id)
    assert hits[0].title == "摄像机或NVR离线（图像丢失）"
    door = make_ticket(
        system="ACCESS", title="AB门刷卡打不开", description="A门读卡器刷卡无反应，门打不开"
    )
    assert plan_search.suggest_for_ticket(desk, door)[0].title == "门禁系统故障"
