"""The free-text filter through the bigram index finds exactly what a plain LIKE finds, on every
query the demo's tickets give, and the index follows every write (ORM, bulk demo, raw SQL)."""

from __future__ import annotations

import importlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.db import text_index
from app.demo.builder import DemoResult, build_demo
from app.domain.clock import FixedClock
from app.services.context import Desk
from app.services.setup import open_desk
from app.services.tickets import queue
from app.services.tickets.queue import QueueFilter
from tests.conftest import START

EDGE_QUERIES = [
    "摄像", "门", "NVR", "nvr 离线", "离线   NVR", "Ipc", "d3", "100%", "%", "_", "srv_01", "-",
    "GD-2026", "2026-", "a", "”", "摄像 门禁", "半球摄像机", "没有这个词", "　摄像　",
]  # fmt: skip


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> DemoResult:
    """A month of demo calls: the old ones written by the bulk writer, the recent by the ORM."""
    return build_demo(
        tmp_path_factory.mktemp("demo") / "demo.sqlite3", FixedClock(START), seed=3, months=1
    )


@pytest.fixture
def demo(built: DemoResult) -> Iterator[Desk]:
    handle = open_desk(built.path, FixedClock(START))
    yield handle.desk
    handle.close()


def like_ids(path: Path, text: str) -> list[int]:
    """Today's filter: every word in the search text by LIKE, newest call first."""
    words = [
        w.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        for w in text.split()
    ]
    where = " AND ".join("search_text LIKE ? ESCAPE '\\'" for _ in words) or "1"
    with sqlite3.connect(path) as connection:
        rows = connection.execute(
            f"SELECT id FROM ticket WHERE {where} ORDER BY called_at DESC, id DESC",
            [f"%{w}%" for w in words],
        )
        return [row[0] for row in rows]


def demo_queries(path: Path) -> list[str]:
    """What people type for these tickets: titles and their words, places, systems, names,
    numbers, and every 1-, 2- and 3-character piece of some titles and descriptions."""
    with sqlite3.connect(path) as connection:
        texts = connection.execute(
            "SELECT t.title, t.description, t.place, t.device, t.requester_name, t.number, s.name"
            " FROM ticket t JOIN maintained_system s ON s.id = t.system_id ORDER BY t.id"
        ).fetchall()
    queries: set[str] = set(EDGE_QUERIES)
    for index, row in enumerate(texts):
        for field in row:
            if field:
                queries.add(field)
                queries.update(field.split())
        if index % 25 == 0:
            for field in row[:2]:
                for size in (1, 2, 3):
                    queries.update(field[i : i + size] for i in range(len(field) - size + 1))
    return sorted(q for q in queries if q.strip())


def test_every_demo_query_finds_what_like_finds(built: DemoResult, demo: Desk) -> None:
    queries = demo_queries(built.path)
    assert len(queries) > 500
    indexed = 0
    for text in queries:
        assert queue.query_ids(demo, QueueFilter(text=text)) == like_ids(built.path, text), text
        indexed += text_index.match_expression(text.lower().split()) is not None
    assert indexed > len(queries) * 0.6  # most go through the index, not the LIKE alone


def test_the_index_alone_is_exact_for_two_chinese_characters(built: DemoResult) -> None:
    with sqlite3.connect(built.path) as connection:
        found = connection.execute(
            "SELECT count(*) FROM ticket_text WHERE ticket_text MATCH ?", ('"摄像"',)
        ).fetchone()[0]
    assert found == len(like_ids(built.path, "摄像")) > 0


def test_the_filter_reads_the_index_for_two_characters_and_like_for_one(demo: Desk) -> None:
    def plan(text: str) -> str:
        statement = queue.ids_statement(QueueFilter(text=text), dialect=demo.db.dialect)
        compiled = statement.compile(demo.db.engine, compile_kwargs={"literal_binds": True})
        with demo.db.engine.connect() as connection:
            rows = connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {compiled}").fetchall()
        return " ".join(str(row[-1]) for row in rows)

    assert "VIRTUAL TABLE INDEX" in plan("摄像")
    assert "ticket_text" not in plan("门")


def test_postgresql_gets_the_plain_like(demo: Desk) -> None:
    assert text_index.matching_ids("postgresql", ["摄像"]) is None
    assert "ticket_text" not in str(
        queue.ids_statement(QueueFilter(text="摄像"), dialect="postgresql")
    )


@pytest.mark.sqlite_only(
    "the bigram index is SQLite's FTS5, written to by an outside sqlite3 connection too"
)
def test_the_index_follows_every_write(desk: Desk, make_ticket, db_path: Path) -> None:
    first = make_ticket(title="半球摄像机无图像", description="监区一 3号监仓")
    second = make_ticket(
        title="门禁读卡器不读卡",
        description="大门 读卡器 RC-200",
        system="ACCESS",
        device="读卡器",
        place="大门",
    )
    assert queue.query_ids(desk, QueueFilter(text="摄像")) == [first]
    assert queue.query_ids(desk, QueueFilter(text="rc-2")) == [second]
    with sqlite3.connect(db_path) as connection:  # a writer that is not the program
        connection.execute(
            "UPDATE ticket SET search_text = '枪机 摄像 rc-2' WHERE id = ?", (second,)
        )
    assert queue.query_ids(desk, QueueFilter(text="枪机")) == [second]
    assert queue.query_ids(desk, QueueFilter(text="读卡")) == []
    with sqlite3.connect(db_path) as connection:
        connection.execute("PRAGMA foreign_keys=OFF")
        connection.execute("DELETE FROM ticket_event WHERE ticket_id = ?", (first,))
        connection.execute("DELETE FROM ticket WHERE id = ?", (first,))
        left = connection.execute(
            "SELECT rowid FROM ticket_text WHERE ticket_text MATCH ?", ('"摄像"',)
        ).fetchall()
        connection.execute("INSERT INTO ticket_text(ticket_text) VALUES ('integrity-check')")
    assert left == [(second,)]


def migration_pairs(text: str | None) -> str:
    """The pairs migration 0013's triggers store for ``text``, worked out by its own SQL."""
    module = importlib.import_module("app.db.migrations.versions.0013_ticket_text_bigram_index")
    with sqlite3.connect(":memory:") as connection:
        row = connection.execute(
            f"SELECT {module._pairs('t.x')} FROM (SELECT ? AS x) AS t",  # noqa: S608
            (text,),
        ).fetchone()
    return str(row[0])


@pytest.mark.parametrize(
    "text", [None, "", "摄", "摄像", "半球摄像机 无图像", "NVR-01 离线 100%", "a", "𠀀𠀁x", "门 "]
)
def test_the_bulk_pairs_are_the_triggers_pairs(text: str | None) -> None:
    assert text_index.grams(text) == migration_pairs(text)


def ticket_row(number: str, title: str, system_id: int) -> dict[str, object]:
    return {
        "number": number, "title": title, "description": "", "place": "监区一",
        "requester_name": "王民警", "system_id": system_id, "ticket_class": "defect",
        "original_class": "defect", "severity": "general", "status": "submitted", "channel": "phone",
        "called_at": START, "search_text": f"{number} {title} 监区一 王民警".lower(),
    }  # fmt: skip


@pytest.mark.sqlite_only("the bigram index and its triggers are SQLite's")
def test_a_bulk_load_is_indexed_once_and_the_triggers_come_back(
    desk: Desk, make_ticket, db_path: Path
) -> None:
    from sqlalchemy import insert, select

    from app.db.models import MaintainedSystem, Ticket

    before = make_ticket(title="半球摄像机无图像")
    with sqlite3.connect(db_path) as connection:
        triggers = connection.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name"
        ).fetchall()
    with desk.db.transaction() as session:
        system_id = session.scalar(select(MaintainedSystem.id).limit(1))
        rows = [
            ticket_row(
                f"GD-2025-{n:04d}", "枪机摄像头离线" if n % 3 == 0 else "门禁不读卡", system_id
            )
            for n in range(1, 301)
        ]
        with text_index.bulk_load(session):
            session.execute(insert(Ticket.__table__), rows)
            inside = session.connection().exec_driver_sql(
                "SELECT count(*) FROM sqlite_master WHERE type = 'trigger'"
                " AND name LIKE 'ticket_text_%'"
            )
            assert inside.scalar_one() == 0  # suspended while the rows go in
    with sqlite3.connect(db_path) as connection:
        assert (
            connection.execute(
                "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name"
            ).fetchall()
            == triggers
        )
        connection.execute("INSERT INTO ticket_text(ticket_text) VALUES ('integrity-check')")
    camera = queue.query_ids(desk, QueueFilter(text="摄像"))
    assert len(camera) == 101 and before in camera
    assert camera == like_ids(db_path, "摄像")
    assert queue.query_ids(desk, QueueFilter(text="门禁")) == like_ids(db_path, "门禁")
    assert len(like_ids(db_path, "门禁")) == 200
    later = make_ticket(title="对讲分机无声音")  # the triggers index the next write again
    assert queue.query_ids(desk, QueueFilter(text="对讲")) == [later]


@pytest.mark.sqlite_only("the bigram index and its triggers are SQLite's")
def test_a_failed_bulk_load_leaves_the_triggers_and_no_rows(desk: Desk, db_path: Path) -> None:
    class Stop(Exception):
        pass

    with pytest.raises(Stop), desk.db.transaction() as session, text_index.bulk_load(session):
        raise Stop
    with sqlite3.connect(db_path) as connection:
        names = connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'ticket_text_%'"
        ).fetchall()
    assert sorted(name for (name,) in names) == sorted(text_index.TRIGGERS)
