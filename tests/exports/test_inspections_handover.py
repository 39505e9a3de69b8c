"""The handover's 巡检与备份 section: what is overdue or due, with missed periods, via pdftotext."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from app.services import handover
from app.services.context import Desk
from app.services.inspections import backups, findings, runs
from tests.db.test_inspections_runs import OVERLOADED, template_id
from tests.exports.test_tickets_forms import flat, pdf_text


def test_the_handover_lists_inspections_and_backups_due(desk: Desk, clock, tmp_path: Path) -> None:
    clock.advance(timedelta(days=2) - timedelta(hours=1))
    run = runs.record_run(desk, template_id(desk), OVERLOADED, inspector="孙工")
    _, ticket = findings.open_ticket_for_item(desk, run.items[2].id)
    backups.record_backup(desk, {"system": "PLATFORM", "kind": "incremental", "location": "BAK"})
    clock.advance(timedelta(hours=1))  # Thursday 2026-11-26: two days since the checklists began
    out = tmp_path / "handover.pdf"
    handover.handover_document(desk, "孙工", "李工", out)
    text = flat(pdf_text(out))
    part = text.split("、巡检与备份")[1].split("、系统运行状态")[0]
    assert "视频监控系统日巡检" in part
    assert "已逾期" in part and "漏2期" in part and "2026-11-24" in part  # since the first miss
    assert "门禁控制系统周巡检" in part and "本周到期" in part and "2026-11-29" in part
    assert "UPS及供电日巡检" not in part  # done today
    assert "视频监控系统月巡检" not in part  # due next week
    assert "服务器与存储增量备份" in part
    assert "监所综合管理平台增量备份" not in part  # done today
    work = text.split("本班工作")[1]
    assert "巡检发现" in work and ticket in work
