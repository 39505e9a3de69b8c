"""Accounts and audit benchmark (not a test): login time, what an audit record adds to a write,
and the audit trail's size and verification time on a big demo database.

Run from the repository root:

    python tests/benchmarks/bench_audit.py [--tickets 100000] [--keep DIR] [--rounds 15]

1. Logins on a small database: the right password, a wrong one, an unknown name (median of
   ``--rounds``; the last two must take as long as the first).
2. The same write (a timeline note on a ticket) with the audit listeners installed and with them
   removed, median of ``--rounds`` each, and the ratio.
3. ``resident-desk demo --tickets N`` (timed), then the size of every audit table beside the
   whole file (SQLite's dbstat), and ``resident-desk check`` (timed). ``--keep DIR`` keeps the
   big database and reuses it next time; ``--tickets 0`` skips this part.
"""

from __future__ import annotations

import argparse
import contextlib
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from sqlalchemy import event  # noqa: E402

from app.db import audit  # noqa: E402
from app.domain.tickets.workflow import Action  # noqa: E402
from app.services import contract, login  # noqa: E402
from app.services.audit_trail import current_head  # noqa: E402
from app.services.setup import complete_setup, open_desk  # noqa: E402
from app.services.tickets import calls  # noqa: E402

PASSWORD = "Zhuchang@123"


def median_ms(
    fn: Callable[[], object], rounds: int, clock: Callable[[], float] = time.perf_counter
) -> float:
    times = []
    for _ in range(rounds):
        start = clock()
        fn()
        times.append((clock() - start) * 1000)
    return statistics.median(times)


def failing(fn: Callable[[], object]) -> Callable[[], None]:
    def run() -> None:
        with contextlib.suppress(login.LoginError):
            fn()

    return run


def small_database(folder: Path, rounds: int) -> None:
    handle = open_desk(folder / "small.sqlite3")
    desk = handle.desk
    values = contract.default_values(date(2025, 6, 30))
    ladder = contract.default_ladder()
    desk.user = complete_setup(desk, values, ladder, "sungong", "孙工", PASSWORD)
    right = median_ms(lambda: login.authenticate(desk, "sungong", PASSWORD), rounds)
    # Wrong passwords lock the account after five: unlock between rounds by logging in right.
    wrong_times = []
    for _ in range(rounds):
        start = time.perf_counter()
        failing(lambda: login.authenticate(desk, "sungong", "wrong"))()
        wrong_times.append((time.perf_counter() - start) * 1000)
        login.authenticate(desk, "sungong", PASSWORD)
    unknown = median_ms(failing(lambda: login.authenticate(desk, "nobody", "wrong")), rounds)
    print("登录（中位数）")
    print(f"  正确密码        {right:7.1f} ms")
    print(f"  密码错误        {statistics.median(wrong_times):7.1f} ms")
    print(f"  不存在的登录名  {unknown:7.1f} ms")

    ticket_id, _ = calls.create_ticket(
        desk,
        {
            "requester_name": "张警官",
            "channel": "phone",
            "place": "监区一 3号监仓",
            "system": "VIDEO",
            "ticket_class": "defect",
            "severity": "general",
            "title": "摄像机无图像",
            "description": "画面黑屏",
        },
    )

    def note() -> None:
        calls.apply_action(desk, ticket_id, Action.NOTE, {"note": "已检查交换机端口与供电"})

    before = current_head(desk).record_id
    audited = median_ms(note, rounds)
    audited_cpu = median_ms(note, rounds, time.process_time)
    written = current_head(desk).record_id - before
    # The listeners installed on this database's sessions, readers' and (since writes begin
    # IMMEDIATE) writers'.
    for sessions in (desk.db._sessions, desk.db._write_sessions):
        event.remove(sessions, "after_flush", audit._after_flush)
        event.remove(sessions, "before_commit", audit._before_commit)
    before = current_head(desk).record_id
    plain = median_ms(note, rounds)
    plain_cpu = median_ms(note, rounds, time.process_time)
    assert current_head(desk).record_id == before and written == 2 * rounds, "still audited"
    print("一次写操作（工单添加备注：更新工单、新增时间线）")
    print(f"  带审计记录      {audited:7.1f} ms")
    print(f"  不带审计记录    {plain:7.1f} ms")
    print(f"  审计记录增加    {audited - plain:7.1f} ms（{audited / plain:.2f} 倍）")
    print(f"  其中处理器时间  带 {audited_cpu:.1f} ms，不带 {plain_cpu:.1f} ms"
          f"（{audited_cpu / plain_cpu:.2f} 倍；其余是写盘等待）")  # fmt: skip
    handle.close()


def big_database(folder: Path, tickets: int) -> None:
    path = folder / f"audit-{tickets}.sqlite3"
    if not path.exists():
        start = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "app", "demo", "--db", str(path), "--tickets", str(tickets)],
            cwd=ROOT,
            check=True,
            capture_output=True,
        )
        print(f"生成 {tickets} 张工单的演示数据库：{time.perf_counter() - start:.1f} 秒")
    with sqlite3.connect(path) as con:
        sizes = dict(con.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name").fetchall())
        records = con.execute("SELECT count(*) FROM audit_record").fetchone()[0]
        changes = con.execute("SELECT count(*) FROM audit_change").fetchone()[0]
    total = sum(sizes.values())
    audit_bytes = sum(v for k, v in sizes.items() if "audit" in k)
    print(f"数据库文件 {path.stat().st_size / 2**20:.1f} MiB（页合计 {total / 2**20:.1f} MiB）")
    print(f"审计记录 {records} 条，变更明细 {changes} 行")
    for name in sorted((k for k in sizes if "audit" in k), key=lambda k: -sizes[k]):
        print(f"  {name:32} {sizes[name] / 2**20:8.1f} MiB")
    print(f"  审计合计 {audit_bytes / 2**20:.1f} MiB，占 {audit_bytes / total:.0%}")
    start = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "app", "check", "--db", str(path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    print(f"check：{time.perf_counter() - start:.1f} 秒，退出码 {result.returncode}")
    print("  " + "\n  ".join(result.stdout.strip().splitlines()))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tickets", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--keep", type=Path)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="bench-audit-"))
    try:
        small_database(folder, args.rounds)
        if args.tickets > 0:  # 0: logins and the cost of a write only
            big = args.keep or folder
            big.mkdir(parents=True, exist_ok=True)
            big_database(big, args.tickets)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    sys.stdout.flush()


if __name__ == "__main__":
    main()
