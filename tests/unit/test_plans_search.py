"""Search rules for plans and knowledge articles: terms, substrings of any length, ranking."""

from __future__ import annotations

import pytest

from app.domain.plans.search import (
    ARTICLE,
    BODY,
    LEAD,
    PLAN,
    TITLE,
    SearchDoc,
    SearchIndex,
    description_grams,
    normalise,
    query_terms,
    snippet,
)


def docs() -> list[SearchDoc]:
    return [
        SearchDoc(
            PLAN,
            1,
            "网络中断（断网）",
            lead="核心交换机故障或光纤中断，视频专网断网",
            tags="网络系统",
            body="1. 确认影响范围\n2. 切换到备用核心交换机",
            systems=("NETWORK",),
        ),
        SearchDoc(
            PLAN,
            2,
            "摄像机或NVR离线",
            lead="监控指挥中心发现多路图像丢失，NVR 显示设备离线",
            tags="视频监控系统",
            body="1. 查看 NVR 通道状态\n2. 检查 PoE 交换机端口",
            systems=("VIDEO",),
        ),
        SearchDoc(
            ARTICLE,
            3,
            "录像机硬盘报错导致录像中断",
            lead="NVR-1 提示硬盘异常，部分通道录像中断",
            body="更换硬盘后重建阵列；断网不影响本地录像",
            systems=("VIDEO",),
        ),
        SearchDoc(
            ARTICLE,
            4,
            "办公楼交换机端口闪断",
            lead="办公楼三层工作站间歇性掉线",
            body="网线水晶头氧化，重新压接",
            systems=("NETWORK",),
        ),
    ]


@pytest.fixture
def index() -> SearchIndex:
    return SearchIndex(docs())


def ids(hits) -> list[int]:
    return [h.id for h in hits]


def test_normalise_folds_width_case_and_punctuation() -> None:
    assert normalise("ＮＶＲ－１　离线！") == "nvr 1 离线"
    assert normalise("  PoE\t交换机,端口 ") == "poe 交换机 端口"


def test_terms_split_at_spaces_and_between_chinese_and_latin() -> None:
    assert query_terms("NVR 离线") == ["nvr", "离线"]
    assert query_terms("NVR离线") == ["nvr", "离线"]
    assert query_terms("ＰｏＥ交换机 端口") == ["poe", "交换机", "端口"]
    assert query_terms("断 断网") == ["断网"]  # a term inside another adds nothing
    assert query_terms("  ，。 ") == []


def test_one_chinese_character_finds_every_document_holding_it(index: SearchIndex) -> None:
    assert set(ids(index.search("网"))) == {1, 3, 4}
    assert ids(index.search("硬")) == [3]


def test_two_characters_match_as_a_substring_title_hits_first(index: SearchIndex) -> None:
    hits = index.search("断网")
    assert ids(hits) == [1, 3]  # 1 has it in the title, 3 only in the body
    assert hits[0].field in (TITLE, LEAD)
    assert hits[1].field == BODY
    assert "断网" in hits[1].snippet


def test_many_characters_and_no_match(index: SearchIndex) -> None:
    assert ids(index.search("切换到备用核心交换机")) == [1]
    assert index.search("门禁控制器") == []
    assert index.search("") == []
    assert index.search("   ") == []


def test_mixed_chinese_and_latin_need_every_term(index: SearchIndex) -> None:
    hits = index.search("NVR 离线")
    assert ids(hits) == [2]  # 3 mentions NVR but not 离线
    assert ids(index.search("nvr离线")) == [2]
    assert ids(index.search("ｎｖｒ 硬盘")) == [3]
    assert ids(index.search("poe")) == [2]


def test_title_hits_rank_above_situation_above_steps(index: SearchIndex) -> None:
    index.put(
        [
            SearchDoc(PLAN, 10, "门禁故障", lead="读卡器无反应", body="检查电磁锁"),
            SearchDoc(PLAN, 11, "对讲故障", lead="电磁锁与对讲联动失效", body="—"),
            SearchDoc(PLAN, 12, "电磁锁不吸合", lead="门无法锁闭", body="—"),
        ]
    )
    hits = index.search("电磁锁")
    assert ids(hits) == [12, 11, 10]
    assert [h.field for h in hits] == [TITLE, LEAD, BODY]
    assert hits[0].score > hits[1].score > hits[2].score


def test_kind_and_system_filters(index: SearchIndex) -> None:
    assert ids(index.search("网", kinds=[PLAN])) == [1]
    assert set(ids(index.search("网", kinds=[ARTICLE]))) == {3, 4}
    assert ids(index.search("网", system="VIDEO")) == [3]


def test_put_replaces_and_remove_forgets(index: SearchIndex) -> None:
    index.put([SearchDoc(PLAN, 2, "摄像机黑屏", lead="画面全黑")])
    assert index.search("NVR 离线") == []
    assert ids(index.search("黑屏")) == [2]
    index.remove([(PLAN, 2)])
    assert index.search("黑屏") == []
    assert len(index) == 3


def test_limit_keeps_the_best(index: SearchIndex) -> None:
    assert len(index.search("网", limit=2)) == 2
    assert index.search("网", limit=1)[0].id == 1


def test_snippet_centres_on_the_term() -> None:
    text = "一" * 50 + "断网" + "二" * 50
    piece = snippet(text, ["断网"], width=20)
    assert "断网" in piece and piece.startswith("…") and piece.endswith("…")
    assert snippet("短文本", ["无"], width=20) == "短文本"


def test_suggest_prefers_the_ticket_system_and_its_words(index: SearchIndex) -> None:
    hits = index.suggest("VIDEO", "3号监仓摄像机画面黑屏，NVR显示离线")
    assert ids(hits) == [2]  # plans only, video first
    hits = index.suggest("NETWORK", "办公楼断网，交换机指示灯不亮", kinds=[PLAN, ARTICLE])
    assert set(ids(hits)[:2]) == {1, 4}
    assert 3 not in ids(hits)  # one word of the call in its body only: too weak
    assert index.suggest(None, "") == []


def test_description_grams_are_bigrams_and_words() -> None:
    assert description_grams("NVR离线了") == ["nvr", "离线", "线了"]
    assert "问题" not in description_grams("出现问题")


def test_the_terms_side_by_side_in_a_title_rank_first() -> None:
    index = SearchIndex(
        [
            SearchDoc(ARTICLE, 1, "NVR 通道离线：PoE 供电不足"),
            SearchDoc(PLAN, 2, "摄像机或NVR离线"),
            SearchDoc(ARTICLE, 3, "录像机", lead="NVR 离线后重启"),
        ]
    )
    assert ids(index.search("NVR 离线")) == [2, 1, 3]


def test_suggest_falls_back_to_the_plans_of_the_system(index: SearchIndex) -> None:
    assert ids(index.suggest("VIDEO", "请协助处理")) == [2]
    assert index.suggest("ACCESS", "请协助处理") == []


def test_a_small_limit_keeps_the_best_of_the_heaviest_field() -> None:
    index = SearchIndex(
        [
            SearchDoc(ARTICLE, 1, "网线水晶头氧化"),  # title starts with the term
            SearchDoc(ARTICLE, 2, "办公楼断网故障处理记录"),
            SearchDoc(PLAN, 3, "核心断网"),  # a plan, and a shorter title
            SearchDoc(PLAN, 4, "门禁", body="断网时门禁控制器离线"),
        ]
        + [SearchDoc(ARTICLE, 10 + i, f"条目{i}", lead="网络") for i in range(20)]
    )
    assert ids(index.search("网", limit=3)) == [1, 3, 2]
    assert ids(index.search("网", limit=4))[3] == 10  # then the situation hits, by title length
    assert len(index.search("网", limit=100)) == 24
    assert ids(index.search("断网 门禁", limit=5)) == [4]
