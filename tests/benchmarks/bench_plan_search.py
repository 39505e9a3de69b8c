"""Search benchmark (not a test): plans and 10,000 knowledge articles, latency per query length.

Run from the repository root:

    python tests/benchmarks/bench_plan_search.py [--articles 10000] [--repeat 30]

It builds a new database through the real services (setup, the shipped plans, ``add_article`` in
one transaction), varying the demo articles with the shipped devices, then times:
- the index build (first search) and the memory it takes (tracemalloc);
- ``plan_search.search`` (the service call: change check + in-memory search) per query, grouped
  by query length: one Chinese character, two, three or four, many, mixed Chinese and Latin;
- a refresh after one article is edited (only changed rows are read again);
- for comparison, the plain SQL fallback: ``LIKE '%term%'`` over the article fields.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from sqlalchemy import text  # noqa: E402

from app.domain.audit.actions import ARTICLE_SAVE  # noqa: E402
from app.domain.clock import SystemClock  # noqa: E402
from app.paths import defaults_dir  # noqa: E402
from app.services import contract  # noqa: E402
from app.services.plans import knowledge, plans  # noqa: E402
from app.services.plans import search as plan_search  # noqa: E402
from app.services.setup import complete_setup, open_desk  # noqa: E402

QUERIES = {
    "1 字": ["网", "锁", "屏", "盘", "电"],
    "2 字": ["断网", "离线", "误报", "硬盘", "对讲"],
    "3-4 字": ["交换机", "电磁锁", "录像中断", "光纤灵敏"],
    "多字": ["振动光纤灵敏度偏高", "核心交换机环路导致全网断网", "蓄电池组使用超过"],
    "中英混合": ["NVR 离线", "PoE 交换机", "UPS 电池", "NTP 时间"],
    "无结果": ["潜水艇", "卫星导航 XYZ"],
}
PLACES = [
    "监区一",
    "监区二",
    "女子监区",
    "收押中心",
    "提讯室",
    "中心机房",
    "监控指挥中心",
    "办公楼",
]


def make_articles(count: int, seed: int = 1) -> list[dict]:
    """``count`` articles: the demo ones varied by device, place and a running number."""
    rng = random.Random(seed)
    demo = knowledge.load_demo_articles()
    systems = json.loads((defaults_dir() / "systems.json").read_text(encoding="utf-8"))
    devices = {s["code"]: s["devices"] for s in systems}
    articles = []
    for number in range(count):
        base = rng.choice(demo)
        code = base["systems"][0]
        device = rng.choice(devices[code])
        place = rng.choice(PLACES)
        articles.append(
            {
                **base,
                "title": f"{base['title'][:60]}（{place}，案例{number + 1}）",
                "symptom": f"{place}：{device}。{base['symptom']}",
                "keywords": f"{base['keywords']} {device.split()[-1]}",
            }
        )
    return articles


def timed(fn, repeat: int) -> list[float]:  # noqa: ANN001
    values = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        values.append((time.perf_counter() - start) * 1000)
    return values


def summary(values: list[float]) -> str:
    ordered = sorted(values)
    p95 = ordered[max(0, round(0.95 * len(ordered)) - 1)]
    return f"p50 {statistics.median(ordered):6.2f} ms  p95 {p95:6.2f} ms  max {ordered[-1]:6.2f} ms"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=30)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.sqlite3"
        handle = open_desk(path, SystemClock())
        desk = handle.desk
        values = contract.default_values(SystemClock().now().date())
        desk.user = complete_setup(  # writes are made by a person, as in the program
            desk, values, contract.default_ladder(), "bench", "测试工程师", "Ceshi@2026"
        )
        plans.ensure_default_plans(desk)
        started = time.perf_counter()
        now = desk.clock.now()
        with desk.write(ARTICLE_SAVE, object_type="article") as session:  # one audited write
            for item in make_articles(args.articles):
                cleaned = knowledge.validate_article(session, item)
                knowledge.add_article(session, cleaned, desk.actor, now)
        print(f"{args.articles} 条知识库条目写入用时 {time.perf_counter() - started:.1f} 秒")

        started = time.perf_counter()
        index = plan_search.index_for(desk)
        build = time.perf_counter() - started
        plan_search.forget(desk)
        tracemalloc.start()
        plan_search.index_for(desk)
        _current, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        index = plan_search.index_for(desk)
        print(
            f"索引建立（首次查找）：{build * 1000:.0f} ms，{len(index)} 条；"
            f"建立时内存峰值（tracemalloc，另测）{peak / 2**20:.1f} MiB"
        )

        print(f"\n查找延迟（plan_search.search，每条查询 {args.repeat} 次，取前 50 条）：")
        for group, queries in QUERIES.items():
            values_ms: list[float] = []
            hits = []
            for query in queries:
                values_ms += timed(lambda q=query: plan_search.search(desk, q), args.repeat)
                hits.append(len(plan_search.search(desk, query, limit=100_000)))
            print(f"  {group:6}  {summary(values_ms)}   命中 {hits}")

        only = [q for qs in QUERIES.values() for q in qs]
        pure = [v for q in only for v in timed(lambda q=q: index.search(q), args.repeat)]
        print(f"  仅内存查找（不含变更检查）全部查询  {summary(pure)}")
        check = timed(lambda: plan_search.index_for(desk), args.repeat)
        print(f"  变更检查（两条聚合查询）           {summary(check)}")

        article_id = plan_search.search(desk, "断网", kinds=[plan_search.ARTICLE])[0].id
        info = knowledge.get_article(desk, article_id)
        values = {
            "title": info.title + "（已修订）",
            "symptom": info.symptom,
            "cause": info.cause,
            "solution": info.solution,
            "prevention": info.prevention,
            "systems": list(info.systems),
            "keywords": info.keywords,
        }
        knowledge.save_article(desk, values, article_id)
        started = time.perf_counter()
        found = plan_search.search(desk, "已修订")
        print(
            f"\n修改一条后的首次查找（增量刷新）：{(time.perf_counter() - started) * 1000:.1f} ms，"
            f"命中 {len(found)}"
        )

        print("\n对比：SQL LIKE '%词%'（知识库表，各词都须出现，不排序）：")
        fields = "title || ' ' || symptom || ' ' || cause || ' ' || solution || ' ' || keywords"
        with desk.db.engine.connect() as connection:
            for group, queries in QUERIES.items():
                values_ms = []
                for query in queries:
                    terms = query.split()
                    where = " AND ".join(f"({fields}) LIKE :t{i}" for i in range(len(terms)))
                    params = {f"t{i}": f"%{t}%" for i, t in enumerate(terms)}
                    sql = text(f"SELECT id FROM knowledge_article WHERE {where} LIMIT 50")
                    values_ms += timed(
                        lambda s=sql, p=params: connection.execute(s, p).all(), args.repeat
                    )
                print(f"  {group:6}  {summary(values_ms)}")
        handle.close()


if __name__ == "__main__":
    main()
