"""Queue benchmark on SQLite and PostgreSQL side by side (not a test): first page, filter, sort.

Run from the repository root on two demo databases built the same way, e.g.

    resident-desk demo --db /tmp/b.sqlite3 --tickets 500 --seed 1
    resident-desk demo --db-url postgresql+psycopg://USER@HOST/DB --tickets 500 --seed 1
    python tests/benchmarks/bench_queue_server.py /tmp/b.sqlite3 postgresql+psycopg://USER@HOST/DB \
        --tickets 100000

``--tickets N`` first grows both databases to N tickets by copying the demo's tickets in SQL
(numbers suffixed ``.k``; the file's text index follows through its triggers), as building a
100k demo ticket by ticket takes hours on a shared machine. The copies are not audited: a
benchmark database, never checked.

Each line times the queue service (``query_ids`` for every matching ticket, then ``fetch_rows``
for the first page) beside plain SQL for the same rows on the same database (sqlite3, psycopg),
in the same run: first run and median of five; then the service's median as a multiple of the
plain SQL's on each database, and the server's as a multiple of the file's.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from sqlalchemy import create_engine, inspect, text  # noqa: E402
from sqlalchemy.pool import NullPool  # noqa: E402

from app.services.context import CLI  # noqa: E402
from app.services.setup import open_desk  # noqa: E402
from app.services.tickets.queue import QueueFilter, SortKey  # noqa: E402
from tests.benchmarks.bench_queue import PAGE, TEXT, raw_page, service_page, timed  # noqa: E402

LIKE = (f"%{TEXT}%",)
CASES = (  # label, filter, sort, descending, plain SQL's WHERE, ORDER BY, parameters
    ("第一页 first page (newest first)", QueueFilter(), SortKey.CALLED_AT, True,
     "", "called_at DESC, id DESC", ()),
    (f"“{TEXT}”筛选 filter", QueueFilter(text=TEXT), SortKey.CALLED_AT, True,
     "WHERE search_text LIKE ?", "called_at DESC, id DESC", LIKE),
    ("按报修时间升序 sort by call time", QueueFilter(), SortKey.CALLED_AT, False,
     "", "called_at ASC, id ASC", ()),
)  # fmt: skip


def server_raw_page(
    url: str, where: str, order: str, params: tuple[Any, ...] = ()
) -> Callable[[Any], int]:
    """The same rows with plain SQL through psycopg: all matching ids in order, the first page."""
    engine = create_engine(url, poolclass=NullPool)

    def run(_: Any) -> int:
        with engine.connect() as connection:
            sql = f"SELECT id FROM ticket {where.replace('?', '%s')} ORDER BY {order}"
            ids = [r[0] for r in connection.exec_driver_sql(sql, params)]
            page = tuple(ids[:PAGE])
            connection.exec_driver_sql(
                "SELECT t.*, s.name FROM ticket t JOIN maintained_system s ON s.id = t.system_id"
                " WHERE t.id = ANY(%s)",
                (list(page),),
            ).fetchall()
            connection.exec_driver_sql(
                "SELECT * FROM ticket_pause WHERE ticket_id = ANY(%s)", (list(page),)
            ).fetchall()
        return len(ids)

    return run


def grow(connection: Any, target: int) -> int:
    """Copy the demo's own tickets (never copies of copies) until there are ``target``."""
    columns = [c["name"] for c in inspect(connection).get_columns("ticket")]
    copied = [c for c in columns if c not in ("id", "number")]
    names = ", ".join(copied)
    count = connection.execute(text("SELECT count(*) FROM ticket")).scalar_one()
    originals = connection.execute(
        text("SELECT count(*) FROM ticket WHERE number NOT LIKE '%.%'")
    ).scalar_one()
    round_ = connection.execute(
        text("SELECT count(*) FROM ticket WHERE number LIKE '%.%'")
    ).scalar_one() // max(originals, 1)
    while count < target:
        round_ += 1
        limit = min(originals, target - count)
        connection.execute(
            text(
                f"INSERT INTO ticket (number, {names}) "  # noqa: S608 - the table's own columns
                f"SELECT number || '.{round_}', {names} FROM ticket WHERE number NOT LIKE '%.%' "
                "ORDER BY id LIMIT :limit"
            ),
            {"limit": limit},
        )
        count += limit
    connection.commit()
    return int(count)


def grow_both(file_path: Path, url: str, target: int) -> None:
    for where in (f"sqlite:///{file_path}", url):
        engine = create_engine(where, poolclass=NullPool)
        started = time.perf_counter()
        with engine.connect() as connection:
            count = grow(connection, target)
            if where.startswith("postgresql"):
                connection.execute(text("ANALYZE"))
                connection.commit()
        engine.dispose()
        print(
            f"{where.split(':')[0]}: {count} 张工单 tickets ({time.perf_counter() - started:.0f} s)"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", type=Path)
    parser.add_argument("url")
    parser.add_argument("--tickets", type=int, default=0, help="grow both to this many first")
    args = parser.parse_args(argv)
    if args.tickets:
        grow_both(args.file, args.url, args.tickets)
    opened = [open_desk(args.file, exclusive=False, source=CLI), open_desk(args.url, source=CLI)]
    raws = (
        lambda *case: raw_page(args.file, *case),
        lambda *case: server_raw_page(args.url, *case),
    )
    try:
        desks = [handle.desk for handle in opened]
        print(
            f"{'':34} {'SQLite 程序/纯SQL 中位 ms':>24} {'倍数':>5}"
            f" {'PostgreSQL 程序/纯SQL 中位 ms':>28} {'倍数':>5} {'PG/SQLite':>9}"
        )
        for name, flt, sort, descending, where, order, params in CASES:
            line = []
            counts = []
            for desk, raw in zip(desks, raws, strict=True):
                _first, median, rows = timed(service_page(desk, flt, sort, descending))
                _first, raw_median, raw_rows = timed(raw(where, order, params))
                assert rows == raw_rows, (name, rows, raw_rows)  # the same rows as plain SQL
                counts.append(rows)
                line.append((median, raw_median))
            (f_ms, f_raw), (s_ms, s_raw) = line
            print(
                f"{name:34} {f_ms:9.0f} / {f_raw:7.0f}   {f_ms / f_raw:5.1f}×"
                f" {s_ms:13.0f} / {s_raw:7.0f}   {s_ms / s_raw:5.1f}×"
                f" {s_ms / f_ms:8.1f}×  ({counts[0]} / {counts[1]} 张)"
            )
    finally:
        for handle in opened:
            handle.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
