"""Migration 0010 on a database of the previous version: nothing lost, tickets' free-text devices
that name a model become register entries linked to their tickets, other texts stay text."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic import command

from app.db.engine import Database
from app.db.migrate import alembic_config
from app.services.check import check_database
from app.services.setup import open_desk

NOW = "2026-11-20 02:00:00"


def _old_database(path: Path) -> None:
    """A database at revision 0005 with two tickets of one device text, one vague, a loan."""
    database = Database.open_file(path)
    config = alembic_config()
    with database.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0005")
    database.dispose()
    con = sqlite3.connect(path)
    con.execute("PRAGMA foreign_keys=ON")
    con.execute(
        "INSERT INTO maintained_system (code, name, hardware, sort_order, created_at, "
        "updated_at) VALUES ('VIDEO', '视频监控系统', 1, 0, ?, ?)",
        (NOW, NOW),
    )
    con.execute(
        "INSERT INTO place (name, created_at, updated_at) VALUES ('监区一 3号监仓', ?, ?)",
        (NOW, NOW),
    )
    texts = [
        "监区一 3号监仓 半球摄像机 IPC-D320",
        "监区一 3号监仓 半球摄像机 IPC-D320",
        "3号仓摄像头",
    ]
    for number, text in enumerate(texts, start=1):
        con.execute(
            "INSERT INTO ticket (number, ticket_class, original_class, severity, status, channel, "
            "title, description, place, system_id, device, is_hardware, requester_name, "
            "requester_department, requester_phone, search_text, called_at, answer, analysis, "
            "supervisor_name, plan, cause, resolution, prevention, reply, follow_up, "
            "escalation_level, created_at, updated_at) VALUES (?, 'defect', 'defect', 'general', "
            "'submitted', 'phone', '摄像机离线', '无图像', '监区一 3号监仓', 1, ?, 1, '张科长', '', '', "
            "'', ?, '', '', '', '', '', '', '', '', '', 0, ?, ?)",
            (f"GD-2026-000{number}", text, NOW, NOW, NOW),
        )
        con.execute(
            "INSERT INTO ticket_event (ticket_id, at, recorded_at, actor, kind, summary, details, "
            "created_at, updated_at) VALUES (?, ?, ?, '孙工', 'created', '登记', '', ?, ?)",
            (number, NOW, NOW, NOW, NOW),
        )
    con.execute(
        "INSERT INTO part (code, name, model, category, unit, shelf, min_stock, serial_tracked, "
        "note, created_at, updated_at) VALUES ('CAM', '半球摄像机', 'IPC-D320', 'device', '台', "
        "'A', 0, 0, '', ?, ?)",
        (NOW, NOW),
    )
    con.execute(
        "INSERT INTO loan (kind, part_id, quantity, ticket_id, borrower, location, purpose, "
        "issued_at, issued_by, returned_by, return_note, created_at, updated_at) VALUES "
        "('loaner', 1, 1, 1, '张科长', '', '', ?, '孙工', '', '', ?, ?)",
        (NOW, NOW, NOW),
    )
    con.execute(
        "INSERT INTO stock_movement (part_id, kind, quantity, at, actor, ticket_id, device, source, "
        "reason, loan_id, created_at, updated_at) VALUES (1, 'loan_out', -1, ?, '孙工', 1, '', '', "
        "'', 1, ?, ?)",
        (NOW, NOW, NOW),
    )
    con.commit()
    con.close()


def test_an_old_database_keeps_everything_and_its_devices_are_matched(tmp_path: Path, clock):
    path = tmp_path / "old.sqlite3"
    _old_database(path)
    opened = open_desk(path, clock)
    opened.close()
    assert opened.migration.from_revision == "0005" and opened.migration.backup_path.exists()
    con = sqlite3.connect(path)
    assert con.execute("SELECT count(*) FROM ticket_event").fetchone()[0] == 3
    assert con.execute("SELECT count(*) FROM loan WHERE item = ''").fetchone()[0] == 1
    assert con.execute("SELECT count(*) FROM stock_movement").fetchone()[0] == 1
    devices = con.execute(
        "SELECT id, code, name, place, kind, model, status FROM device"
    ).fetchall()
    assert devices == [
        (
            1,
            "QY-0001",
            "监区一 3号监仓 半球摄像机 IPC-D320",
            "监区一 3号监仓",
            "camera",
            "IPC-D320",
            "in_use",
        )
    ]
    linked = con.execute("SELECT number, device_id FROM ticket ORDER BY id").fetchall()
    assert linked == [("GD-2026-0001", 1), ("GD-2026-0002", 1), ("GD-2026-0003", None)]
    assert con.execute("SELECT device FROM ticket WHERE id = 3").fetchone()[0] == "3号仓摄像头"
    assert con.execute("SELECT count(*) FROM device_event").fetchone()[0] == 1
    con.close()
    assert all(f.ok for f in check_database(path))
