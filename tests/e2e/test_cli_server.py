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
