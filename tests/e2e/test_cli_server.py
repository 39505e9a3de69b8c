"""The command line against a PostgreSQL server: demo, check, export tickets, backup by URL."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook

from tests.e2e.test_cli import run

pytestmark = pytest.mark.postgresql_only("commands given --db-url")


def test_demo_check_export_and_backup_on_a_server(
    pg_server, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = pg_server.fresh(migrated=False)  # an empty database, as an administrator makes one
    password = url.password
    monkeypatch.setenv("PGPASSWORD", password)  # libpq's way: never on the command line
    target = url._replace(password=None).render_as_string(hide_password=False)

    demo = run(
        "demo", "--db-url", target, "--months", "1", "--tickets", "80", "--seed", "5", home=tmp_path
    )
    assert demo.returncode == 0, demo.stderr
    assert "演示数据库已生成" in demo.stdout

    check = run("check", "--db-url", target, home=tmp_path)
    assert check.returncode == 0, check.stdout + check.stderr
    assert "检查通过" in check.stdout and "哈希链完整" in check.stdout

    out = tmp_path / "台账.xlsx"
    export = run("export", "tickets", "--db-url", target, "--out", str(out), home=tmp_path)
    assert export.returncode == 0, export.stderr
    sheet = load_workbook(out, read_only=True)["工单台账"]
    numbers = [row[0] for row in sheet.iter_rows(min_row=2, values_only=True) if row[0]]
    years = {number.rsplit("-", 1)[0] for number in numbers}
    for year in years:  # the server allocated them: gap-free within each year
        values = sorted(int(n.rsplit("-", 1)[1]) for n in numbers if n.startswith(year + "-"))
        assert values == list(range(1, len(values) + 1))
    assert f"{len(numbers)} 张工单" in export.stdout

    again = run("demo", "--db-url", target, home=tmp_path)  # never over existing data
    assert again.returncode != 0 and "不是空的" in again.stdout + again.stderr

    backup = run("backup", "--db-url", target, "--out", str(tmp_path), home=tmp_path)
    if shutil.which("pg_dump") is None:
        assert backup.returncode != 0 and "postgresql-client" in backup.stdout + backup.stderr
        return
    assert backup.returncode == 0, backup.stderr
    dumps = list(tmp_path.glob("*.dump"))
    assert len(dumps) == 1
    listing = subprocess.run(
        ["pg_restore", "--list", str(dumps[0])], capture_output=True, text=True, check=True
    ).stdout
    assert "TABLE DATA public ticket " in listing and "TABLE DATA public audit_record " in listing
    for result in (demo, check, export, backup):
        assert f":{password}@" not in result.stdout + result.stderr  # the URL shown without it


def _server_rows(url, sql: str) -> list[tuple]:
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            return [tuple(row) for row in connection.execute(text(sql))]
    finally:
        engine.dispose()


@pytest.mark.skipif(shutil.which("pg_restore") is None, reason="needs the PostgreSQL client tools")
def test_a_server_restore_is_done_by_a_named_account_and_recorded(
    pg_server, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = pg_server.fresh(migrated=False)
    monkeypatch.setenv("PGPASSWORD", source.password)
    plain = source._replace(password=None).render_as_string(hide_password=False)
    demo = run("demo", "--db-url", plain, "--months", "1", "--tickets", "30", home=tmp_path)
    assert demo.returncode == 0, demo.stderr
    backup = run("backup", "--db-url", plain, "--out", str(tmp_path), home=tmp_path)
    assert backup.returncode == 0, backup.stderr
    [dump] = tmp_path.glob("*.dump")
    tickets = _server_rows(source, "SELECT number FROM ticket ORDER BY number")
    assert len(tickets) >= 30

    target = pg_server.fresh()  # another database (the one being replaced), its own records
    into = target._replace(password=None).render_as_string(hide_password=False)
    before = _server_rows(target, "SELECT count(*) FROM ticket")

    anonymous = run("restore", str(dump), "--db-url", into, home=tmp_path, user=None)
    assert anonymous.returncode != 0 and "--user" in anonymous.stdout + anonymous.stderr
    wrong = run(
        "restore", str(dump), "--db-url", into, "--user", "sungong", password="x", home=tmp_path
    )
    assert wrong.returncode != 0 and "密码不正确" in wrong.stdout + wrong.stderr
    supervisor = run("restore", str(dump), "--db-url", into, "--user", "mazhang", home=tmp_path)
    assert supervisor.returncode != 0
    assert "只有驻场工程师或系统管理员可以恢复备份" in supervisor.stdout + supervisor.stderr
    assert _server_rows(target, "SELECT count(*) FROM ticket") == before  # nothing replaced

    restored = run("restore", str(dump), "--db-url", into, "--user", "sungong", home=tmp_path)
    assert restored.returncode == 0, restored.stdout + restored.stderr
    assert "已从备份恢复" in restored.stdout and "孙工）" in restored.stdout
    assert "原数据库已导出保留为" in restored.stdout
    assert _server_rows(target, "SELECT number FROM ticket ORDER BY number") == tickets
    [(action, source_kind, label, username, detail)] = _server_rows(
        target,
        "SELECT action, source, object_label, username, detail FROM audit_record "
        "ORDER BY id DESC LIMIT 1",
    )
    assert (action, source_kind, label, username) == (
        "database.restore",
        "cli",
        dump.name,
        "sungong",
    )
    listing = subprocess.run(
        ["pg_restore", "--list", str(dump)], capture_output=True, text=True, check=True
    ).stdout
    made = listing.split("Archive created at ", 1)[1].splitlines()[0].strip()
    assert str(dump) in detail and f"备份时间 {made}" in detail

    check = run("check", "--db-url", into, home=tmp_path)
    assert check.returncode == 0, check.stdout + check.stderr
    assert "哈希链完整" in check.stdout
    assert f":{source.password}@" not in restored.stdout + restored.stderr + check.stdout
