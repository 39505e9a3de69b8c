"""Failures on the command line: one Chinese line and the log's path, never a traceback."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from app.cli import main
from app.cli import pdf as pdf_commands
from app.db.lock import InstanceLock
from app.services import diagnostics
from tests.e2e.test_cli import run


@pytest.fixture
def log_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    diagnostics.stop_logging()
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    yield diagnostics.log_path()
    diagnostics.stop_logging()


def test_an_unexpected_failure_is_one_line_and_logged_without_user_text(
    log_file: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    user_text = "张警官反映 3号监仓 cannot convert float infinity to integer"

    def explode(_args: object) -> int:
        raise OverflowError(user_text)  # the message holds what a user typed

    monkeypatch.setattr(pdf_commands, "run_plans_booklet", explode)
    code = main(["pdf", "plans-booklet", "--db", "x.sqlite3", "--out", "x.pdf"])
    err = capsys.readouterr().err
    assert code == 1
    lines = err.strip().splitlines()
    assert lines[0] == "错误：程序内部错误（OverflowError）。操作没有完成，没有保存任何修改。"
    assert lines[1] == f"详细信息已记录在日志文件：{log_file}"
    assert "Traceback" not in err
    logged = log_file.read_text(encoding="utf-8")
    assert "Traceback" in logged and "OverflowError" in logged
    assert "cannot convert float infinity to integer" in logged
    assert "张警官" not in logged and "监仓" not in logged
    assert stat.S_IMODE(log_file.stat().st_mode) == 0o600


@pytest.mark.sqlite_only("the file's lock")
def test_a_command_runs_beside_the_running_program(demo_db: Path, home: Path, tmp_path: Path):
    out = tmp_path / "stock.xlsx"
    with InstanceLock(demo_db.resolve()):  # the GUI holds this while it runs
        result = run("export", "stock", "--db", str(demo_db), "--out", str(out), home=home)
    assert result.returncode == 0, result.stderr
    assert out.stat().st_size > 1000


@pytest.mark.sqlite_only("an empty file")
def test_an_empty_database_file_is_refused_on_the_command_line(tmp_path: Path) -> None:
    empty = tmp_path / "desk.sqlite3"
    empty.touch()
    result = run(
        "export", "stock", "--db", str(empty), "--out", str(tmp_path / "s.xlsx"), home=tmp_path
    )
    assert result.returncode == 1
    assert result.stderr.startswith("错误：数据库文件是空的"), result.stderr
    assert "日志文件" in result.stderr and "Traceback" not in result.stderr
    assert empty.stat().st_size == 0
