"""Migration 0016 on a database of revision 0014: old timeline lines of tickets and change
requests get the code their Chinese wording was made from, read the same in Chinese, read in
English from the translation, unknown wording stays text, and ``check`` passes."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from alembic import command
from PySide6.QtCore import QTranslator

from app.db.engine import Database
from app.db.migrate import alembic_config
from app.domain.accounts.roles import Role
from app.domain.changes.states import ChangeStep
from app.domain.tickets.timeline_text import CHINESE, render_stored
from app.paths import resources_dir
from app.services.changes import approval, requests, steps
from app.services.check import check_database
from app.services.reports import followups
from app.services.setup import open_desk
from tests.conftest import DEFECT_STEPS, add_person, work_to_fix
from tests.db.test_changes_requests import COMPANY, change_values

CJK = "\u4e00-\u9fff"
UNKNOWN = "旧版本写下的一句话"
NOW = "2026-03-01 02:00:00"


class English:
    """The words of the English UI, read from the shipped translation."""

    def __init__(self) -> None:
        self.translator = QTranslator()
        qm = resources_dir() / "translations" / "resident_desk_en.qm"
        assert self.translator.load(str(qm))

    def translate(self, context: str, text: str) -> str:
        return self.translator.translate(context, text) or text

    def time(self, value: datetime) -> str:
        return value.astimezone().strftime("%Y-%m-%d %H:%M")

    def duration(self, minutes: int) -> str:
        return f"{minutes} min"


def _work(desk, make_ticket, clock) -> None:
    """A defect worked to its fix, followed up with a complaint; a change spawned by it, approved
    electronically by the company lead; another change re-estimated and cancelled."""
    ticket_id = work_to_fix(desk, make_ticket(), clock)
    clock.advance(timedelta(days=1))
    followups.record_follow_up(
        desk,
        ticket_id,
        {
            "way": "visit",
            "contact": "张警官",
            "satisfaction": "dissatisfied",
            "comments": "第二天才到场",
            "complaint": "响应太慢",
        },
    )
    add_person(desk, *COMPANY, Role.SUPERVISOR)
    change_id, _ = requests.register_change(
        desk, change_values(effort_days="12", ticket_id=ticket_id)
    )
    steps.do_step(desk, change_id, ChangeStep.SUBMIT, {})
    approval.sign_decision(desk, change_id, ChangeStep.APPROVE, "同意，夜间实施", *COMPANY[::2])
    other, _ = requests.register_change(desk, change_values(effort_days="3"))
    steps.do_step(desk, other, ChangeStep.REESTIMATE, {"effort_days": "4", "note": "多一路"})
    steps.do_step(desk, other, ChangeStep.CANCEL, {"note": "甲方暂缓"})


def _events(path: Path) -> dict[str, list[tuple[int, str, str, str, str]]]:
    con = sqlite3.connect(path)
    found = {
        table: con.execute(
            f"SELECT id, summary, details, code, params FROM {table} ORDER BY id"  # noqa: S608
        ).fetchall()
        for table in ("ticket_event", "change_event")
    }
    con.close()
    return found


def _to_revision(path: Path, revision: str) -> None:
    database = Database.open_file(path)
    config = alembic_config()
    with database.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, revision)
    database.dispose()


@pytest.mark.sqlite_only("downgrades a database file to 0014 and writes old rows with sqlite3")
def test_old_events_get_codes_and_read_the_same_in_chinese_and_english_in_english(
    opened, desk, make_ticket, clock, db_path: Path
) -> None:
    _work(desk, make_ticket, clock)
    opened.close()
    before = _events(db_path)
    _to_revision(db_path, "0014")  # the timelines of a database before codes: text only
    con = sqlite3.connect(db_path)
    con.execute(
        "INSERT INTO ticket_event (ticket_id, at, recorded_at, actor, kind, summary, details, "
        "created_at, updated_at) VALUES (1, ?, ?, '孙工', 'note', ?, '', ?, ?)",
        (NOW, NOW, UNKNOWN, NOW, NOW),
    )
    con.commit()
    con.close()

    reopened = open_desk(db_path, clock)
    reopened.close()
    assert reopened.migration.from_revision == "0014"
    after = _events(db_path)
    english = English()
    for table, timeline in (("ticket_event", "ticket"), ("change_event", "change")):
        old = {row[0]: row for row in before[table]}
        for event_id, summary, details, code, params in after[table]:
            if summary == UNKNOWN:
                assert (code, params) == ("", "")
                assert render_stored(code, params, summary, details, english) == (UNKNOWN, "")
                continue
            # The same code the program wrote, the stored Chinese untouched.
            assert (summary, details, code) == old[event_id][1:4], summary
            shown = render_stored(code, params, summary, details, CHINESE, timeline)
            assert shown == (summary, details)
            text, more = render_stored(code, params, summary, details, english, timeline)
            user_data = ("张警官", "第二天才到场", "马所长", "蒋总", "同意，夜间实施", "多一路")
            user_data += ("甲方暂缓", "提讯登记增加审批环节", "孙工")
            user_data += tuple(v for _k, v in DEFECT_STEPS[1][1].items())
            user_data += tuple(DEFECT_STEPS[3][1].values()) + tuple(DEFECT_STEPS[4][1].values())
            user_data += ("3号监仓摄像机无图像", "何经理", "内线")
            stripped = f"{text}\n{more}"
            for value in sorted(user_data, key=len, reverse=True):
                stripped = stripped.replace(value, "")
            assert not any("\u4e00" <= c <= "\u9fff" for c in stripped), (summary, text)
    shown = {
        render_stored(c, p, s, d, english, "change")[0] for _i, s, d, c, p in after["change_event"]
    }
    assert "Approve (company lead): 蒋总 (electronic signature, account jiangzong)" in shown
    assert "Effort re-estimated: 3 → 4 working day(s)" in shown and "Cancel" in shown
    assert all(finding.ok for finding in check_database(db_path)), [
        f for f in check_database(db_path) if not f.ok
    ]
