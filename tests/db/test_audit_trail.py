"""Every kind of write leaves its audit record in the same transaction; ``check`` finds every
edit, deletion, insertion and reordering made behind the program's back and names it."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from app.db.models import AuditChange, AuditRecord, AuditSchema, Ticket
from app.domain.accounts.roles import Role
from app.domain.audit.chain import decode_fields
from app.domain.tickets.workflow import Action
from app.services import accounts, contract, login, security
from app.services.check import check_database
from app.services.context import Desk, PermissionRefusedError
from app.services.inspections import backups
from app.services.plans import knowledge
from app.services.setup import OpenedDesk
from app.services.store import inventory
from app.services.tickets import calls, forms
from app.services.tickets.escalations import sweep
from tests.conftest import DEFECT_STEPS, ENGINEER, SUPERVISOR, add_person, do_step


def last_record(desk: Desk) -> tuple[AuditRecord, list[AuditChange]]:
    with desk.db.read() as session:
        record = session.scalar(select(AuditRecord).order_by(AuditRecord.id.desc()).limit(1))
        assert record is not None
        changes = list(
            session.scalars(select(AuditChange).where(AuditChange.record_id == record.id))
        )
        return record, changes


def fields(desk: Desk, change: AuditChange) -> dict[str, list[Any]]:
    """The change's fields as ``{column: [old, new]}`` (an insert stores its values by position)."""
    with desk.db.read() as session:
        columns = session.scalar(
            select(AuditSchema.columns).where(AuditSchema.id == change.schema_id)
        )
    decoded = decode_fields(change.op, change.fields, (columns or "").split())
    return {name: list(pair) for name, pair in decoded.items()}


def _ticket(desk: Desk, make_ticket) -> int:
    return make_ticket()


def _contract(desk: Desk, make_ticket) -> None:
    values = contract.default_values(contract.get_contract(desk).final_acceptance_date)
    values.update(response_minutes=10)
    contract.save_contract(desk, values, contract.get_ladder(desk))


WRITES: dict[str, tuple[Callable[[Desk, Any], object], str, str]] = {
    # name: (what the engineer does, the action recorded, a table it changes)
    "log a call": (_ticket, "ticket.create", "ticket"),
    "contract clock target": (_contract, "contract.save", "contract"),
    "add a part": (
        lambda desk, _m: inventory.create_part(
            desk, {"code": "CAM-01", "name": "半球摄像机", "category": "spare"}
        ),
        "store.part",
        "part",
    ),
    "register a backup": (
        lambda desk, _m: backups.record_backup(
            desk, {"system": "VIDEO", "kind": "full", "location": "NAS-01 /backup"}
        ),
        "backup.record",
        "backup_record",
    ),
    "knowledge article": (
        lambda desk, _m: knowledge.save_article(
            desk, {"title": "NVR 离线", "symptom": "录像中断", "solution": "重启交换机"}
        ),
        "knowledge.save",
        "knowledge_article",
    ),
    "security settings": (
        lambda desk, _m: security.save_settings(desk, {"lockout_minutes": 15}),
        "settings.security",
        "security_setting",
    ),
    "add an account": (
        lambda desk, _m: accounts.create_account(
            desk, "ligong", "李工", "Kaishi#2026", [Role.ENGINEER]
        ),
        "account.create",
        "account",
    ),
}


@pytest.mark.parametrize("name", WRITES)
def test_each_kind_of_write_leaves_its_audit_record(desk: Desk, make_ticket, name: str) -> None:
    write, action, table = WRITES[name]
    write(desk, make_ticket)
    record, changes = last_record(desk)
    assert record.action == action
    assert (record.username, record.display_name, record.outcome) == ("sungong", "孙工", "success")
    assert record.source == "gui" and record.workstation
    assert table in {c.table_name for c in changes}
    assert all(len(c.digest) == 32 for c in changes if c.op != "delete")


def test_an_update_records_old_and_new_values(desk: Desk) -> None:
    _contract(desk, None)
    _record, changes = last_record(desk)
    [change] = [c for c in changes if c.table_name == "contract"]
    assert change.op == "update"
    assert fields(desk, change) == {"response_minutes": [5.0, 10.0]}


def test_a_ticket_step_records_the_fields_it_changed(desk: Desk, make_ticket, clock) -> None:
    ticket_id = make_ticket()
    clock.advance(timedelta(minutes=3))
    calls.apply_action(desk, ticket_id, Action.RESPOND, {})
    record, changes = last_record(desk)
    assert (record.action, record.object_type, record.object_label) == (
        "ticket.respond",
        "ticket",
        "GD-2026-0001",
    )
    ticket = next(c for c in changes if c.table_name == "ticket")
    assert fields(desk, ticket)["responded_at"] == [None, "2026-11-24 01:03:00.000000"]
    event = next(c for c in changes if c.table_name == "ticket_event")
    assert event.op == "insert" and fields(desk, event)["actor"] == [None, "孙工"]


def test_prints_logins_refusals_and_password_changes_are_audited(
    desk: Desk, make_ticket, tmp_path: Path
) -> None:
    make_ticket()
    forms.defect_form(desk, "GD-2026-0001", tmp_path / "form.pdf")
    # registered in one short transaction, the copy counted in another once the file is made
    copied, copy_changes = last_record(desk)
    assert copied.action == "document.print" and copied.object_label.startswith("QX-2026-0001")
    assert [c.table_name for c in copy_changes if c.op == "insert"] == ["document_copy"]
    with desk.db.read() as session:
        record = session.get(AuditRecord, copied.id - 1)
        changes = list(
            session.scalars(select(AuditChange).where(AuditChange.record_id == record.id))
        )
    assert record.action == "document.print" and record.object_label.startswith("QX-2026-0001")
    assert [c.table_name for c in changes if c.op == "insert"] == ["document"]

    with pytest.raises(login.LoginError):
        login.authenticate(desk, "sungong", "wrong")
    record, changes = last_record(desk)
    assert (record.action, record.outcome, record.username) == (
        "login.failed",
        "failure",
        "sungong",
    )
    assert fields(desk, changes[0]) == {"failed_logins": [0, 1]}

    with pytest.raises(login.LoginError):
        login.authenticate(desk, "nobody", "wrong")
    record, _ = last_record(desk)
    assert (record.action, record.username, record.detail) == (
        "login.failed",
        "nobody",
        "无此登录名",
    )

    login.authenticate(desk, *ENGINEER[::2])
    record, changes = last_record(desk)
    assert (record.action, record.outcome) == ("login", "success")
    assert fields(desk, changes[0])["failed_logins"] == [1, 0]

    add_person(desk, *SUPERVISOR, Role.SUPERVISOR)
    desk.user = accounts.user_named(desk, SUPERVISOR[0])
    with pytest.raises(PermissionRefusedError, match="无权执行“登记报修”"):
        make_ticket()
    record, changes = last_record(desk)
    assert (record.action, record.outcome, record.username) == ("refused", "refused", "mazhang")
    assert changes == []

    login.change_password(desk, SUPERVISOR[2], "Queren#2027", "Queren#2027")
    record, changes = last_record(desk)
    assert record.action == "account.password"
    assert fields(desk, changes[0])["password_hash"] == ["***", "***"]  # never the hash itself


def test_a_background_sweep_is_the_programs_own(desk: Desk, make_ticket, clock) -> None:
    make_ticket()
    clock.advance(timedelta(minutes=6))  # the response clock breaches
    assert sweep(desk) == 1
    record, changes = last_record(desk)
    assert (record.action, record.username, record.source) == (
        "escalation.sweep",
        "system",
        "system",
    )
    assert {c.table_name for c in changes} == {"escalation", "ticket", "ticket_event"}
    assert sweep(desk) == 0
    assert last_record(desk)[0].id == record.id  # nothing changed, nothing recorded


# --- tampering behind the program's back -------------------------------------------------------


def check_target(target: Path | str) -> list[Any]:
    """``check`` as the command line runs it: on the file, or on the server."""
    if isinstance(target, Path):
        return check_database(target)
    from app.services.server_check import check_server

    return check_server(target)


@pytest.fixture
def worked(opened: OpenedDesk, make_ticket, clock, tmp_path: Path, db_target) -> Path | str:
    """A defect worked to the end with its form printed; the program closed again."""
    desk = opened.desk
    ticket_id = make_ticket()
    for action, values in DEFECT_STEPS:
        clock.advance(timedelta(minutes=2))
        do_step(desk, ticket_id, action, values)
    forms.defect_form(desk, "GD-2026-0001", tmp_path / "form.pdf")
    inventory.create_part(desk, {"code": "HDD-4T", "name": "监控硬盘", "category": "spare"})
    inventory.move(desk, "HDD-4T", inventory.MovementKind.STOCK_IN, 4, source="采购入库")
    opened.close()
    assert all(f.ok for f in check_target(db_target)), check_target(db_target)
    return db_target


def problems(target: Path | str) -> list[str]:
    return [f.message for f in check_target(target) if not f.ok]


def tamper(target: Path | str, *statements: str) -> None:
    """Change the database with another client (the sqlite3 shell, psql): no program at all."""
    if isinstance(target, Path):
        with sqlite3.connect(target) as connection:
            for statement in statements:
                connection.execute(statement)
        return
    from sqlalchemy import create_engine, text

    engine = create_engine(target)
    try:
        with engine.begin() as connection:
            # as an administrator would: no foreign keys, no triggers (sqlite3's default too)
            connection.execute(text("SET LOCAL session_replication_role = replica"))
            for statement in statements:
                connection.execute(text(statement))
    finally:
        engine.dispose()


def last_audit_record(target: Path | str) -> int:
    if isinstance(target, Path):
        with sqlite3.connect(target) as connection:
            return connection.execute("SELECT max(id) FROM audit_record").fetchone()[0]
    from sqlalchemy import create_engine, text

    engine = create_engine(target)
    try:
        with engine.connect() as connection:
            return connection.execute(text("SELECT max(id) FROM audit_record")).scalar_one()
    finally:
        engine.dispose()


def test_an_edited_row_is_named_with_its_field(worked: Path | str) -> None:
    tamper(worked, "UPDATE ticket SET supervisor_name = '伪造人' WHERE id = 1")
    found = problems(worked)
    assert any(
        "工单 GD-2026-0001（id 1）" in p
        and "在程序之外修改" in p
        and "supervisor_name：审计记录为“马所长”，现为“伪造人”" in p
        for p in found
    ), found
    assert found[-1] == "受审计的数据：1 处与审计记录不符"


def test_an_events_actor_and_time_and_a_stock_quantity(worked: Path | str) -> None:
    tamper(
        worked,
        "UPDATE ticket_event SET actor = '马所长', at = '2026-11-24 00:59:00.000000' WHERE id = 2",
        "UPDATE stock_movement SET quantity = 40",
    )
    found = problems(worked)
    assert any(
        "工单时间线（id 2）" in p and "actor：审计记录为“孙工”，现为“马所长”" in p for p in found
    )
    assert any("出入库（id 1）" in p and "quantity：审计记录为“4”，现为“40”" in p for p in found)


def test_deleted_rows_are_reported(worked: Path | str) -> None:
    tamper(worked, "DELETE FROM ticket_event WHERE id = 3", "DELETE FROM document")
    found = problems(worked)
    assert any("工单时间线（id 3）：已不存在" in p and "在程序之外删除" in p for p in found)
    assert any("文档登记（id 1）：已不存在" in p for p in found)


def test_an_inserted_row_is_reported(worked: Path | str) -> None:
    tamper(
        worked,
        "INSERT INTO ticket_event (ticket_id, at, recorded_at, actor, kind, summary, details,"
        " created_at, updated_at) SELECT ticket_id, at, recorded_at, '马所长', 'note', '补记',"
        " '', created_at, updated_at FROM ticket_event WHERE id = 1",
    )
    found = problems(worked)
    assert any("没有审计记录（在程序之外插入）" in p for p in found), found


def test_an_edited_audit_record_breaks_the_chain_there(worked: Path | str) -> None:
    tamper(worked, "UPDATE audit_record SET detail = '' , username = 'lvgong' WHERE id = 5")
    found = problems(worked)
    assert found[0] == "审计记录 #5 的内容与其哈希值不符（被修改，或其变更明细被改动）"


def test_an_edited_change_breaks_the_chain_at_its_record(worked: Path | str) -> None:
    tamper(
        worked, "UPDATE audit_change SET digest = 'x' WHERE id = (SELECT max(id) FROM audit_change)"
    )
    found = problems(worked)
    assert found[0].startswith("审计记录 #") and "哈希值不符" in found[0]


def test_reordered_audit_records_break_the_chain(worked: Path | str) -> None:
    tamper(
        worked,
        "UPDATE audit_record SET id = -4 WHERE id = 4",
        "UPDATE audit_record SET id = 4 WHERE id = 5",
        "UPDATE audit_record SET id = 5 WHERE id = -4",
    )
    found = problems(worked)
    assert found[0] == ("审计记录 #4 与前一条记录接不上（前一条被修改、删除、插入或调换了顺序）"), (
        found
    )


def test_deleted_audit_records_are_found(worked: Path | str) -> None:
    tamper(
        worked,
        "DELETE FROM audit_change WHERE record_id = 6",
        "DELETE FROM audit_record WHERE id = 6",
    )
    assert problems(worked)[0].startswith("审计记录 #6 缺失（被删除）")


def test_cutting_the_end_of_the_trail_is_found(worked: Path | str) -> None:
    last = last_audit_record(worked)
    tamper(
        worked,
        f"DELETE FROM audit_change WHERE record_id = {last}",
        f"DELETE FROM audit_record WHERE id = {last}",
    )
    found = problems(worked)
    assert any("末尾的审计记录被删除" in p for p in found), found


def test_check_reports_the_chain_head_printed_on_documents(
    worked: Path | str, tmp_path: Path
) -> None:
    messages = [f.message for f in check_target(worked)]
    assert any(m.startswith("审计记录：") and "哈希链完整" in m and "链头 " in m for m in messages)


def test_the_ticket_table_is_never_written_without_a_record(desk: Desk, make_ticket) -> None:
    from app.db.audit import AuditContextMissingError
    from app.services.context import StorageError

    ticket_id = make_ticket()
    with pytest.raises((AuditContextMissingError, StorageError)), desk.db.transaction() as session:
        session.get(Ticket, ticket_id).title = "无人署名的修改"
        session.flush()


def test_every_table_is_audited_or_says_why_not() -> None:
    from app.db.audit import AUDITED
    from app.db.models import UNAUDITED_TABLES, Base

    tables = set(Base.metadata.tables)
    assert tables == set(AUDITED) | set(UNAUDITED_TABLES)
    assert not set(AUDITED) & set(UNAUDITED_TABLES)


def test_services_write_only_through_the_audited_desk() -> None:
    """``Desk.write`` attributes and audits a transaction; a bare ``db.transaction()`` would not."""
    root = Path(__file__).resolve().parents[2] / "app"
    bare = [
        str(path.relative_to(root))
        for folder in ("services", "gui", "cli")
        for path in (root / folder).rglob("*.py")
        if "db.transaction()" in path.read_text(encoding="utf-8") and path.name != "context.py"
    ]
    assert bare == []
