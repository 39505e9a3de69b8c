"""Two programs writing one database at once: every user action waits its turn, none fails."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from sqlalchemy import func, select

from app.db.models import Ticket
from app.services.context import Desk

ROOT = Path(__file__).resolve().parents[2]


def database_text(desk: Desk) -> str:
    """The database as a command line names it: the file, or the server's URL with password."""
    if desk.db.path is not None:
        return str(desk.db.path)
    from tests.pg_server import url_text

    return url_text(desk.db.url)  # type: ignore[arg-type]


PER_PROCESS = 100  # tickets; each is two write transactions (the call and a note)


def test_two_writer_processes_lose_nothing(desk: Desk) -> None:
    writers = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tests.db.writer_process",
                database_text(desk),
                str(PER_PROCESS),
                tag,
            ],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for tag in ("甲", "乙")
    ]
    outcomes = [writer.communicate(timeout=300) for writer in writers]
    for writer, (_out, err) in zip(writers, outcomes, strict=True):
        assert writer.returncode == 0, err
    attempted = sum(int(out.split()[0]) for out, _err in outcomes)
    failed = sum(int(out.split()[1]) for out, _err in outcomes)
    assert (attempted, failed) == (4 * PER_PROCESS, 0), [err for _out, err in outcomes]
    with desk.db.read() as session:
        assert session.scalar(select(func.count(Ticket.id))) == 2 * PER_PROCESS
        numbers = session.scalars(select(Ticket.number).order_by(Ticket.number)).all()
    # The writers' clocks are the workstation's: whatever the year, the numbers are gap-free.
    assert sorted(int(n.rsplit("-", 1)[1]) for n in numbers) == list(range(1, 2 * PER_PROCESS + 1))
