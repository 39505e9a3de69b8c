"""Every table model of the 巡检 tab passes qtmodeltester, empty and filled."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.gui.inspections.models import (
    BackupDueModel,
    BackupsModel,
    DueModel,
    PoliciesModel,
    RunItemsModel,
    RunsModel,
    TemplatesModel,
)
from app.services.context import Desk
from app.services.inspections import backups, checklists
from app.services.inspections import runs as inspections


def fill(desk: Desk) -> inspections.RunInfo:
    template = next(r for r in inspections.due_list(desk) if r.name == "UPS及供电日巡检")
    run = inspections.record_run(
        desk,
        template.template_id,
        [{"result": "pass"}, {"value": "236"}, {"value": "45"}, {"result": "not_applicable"}],
    )
    backup = backups.record_backup(
        desk, {"system": "SERVER", "kind": "full", "location": "BAK-01", "size_mb": "10"}
    )
    backups.record_restore_test(desk, backup.id, False, "校验和不一致")
    return run


def test_models_pass_qtmodeltester(qtmodeltester, desk: Desk) -> None:
    run = fill(desk)
    filled = [
        (DueModel(), inspections.due_list(desk)),
        (BackupDueModel(), backups.backups_due(desk)),
        (RunsModel(), inspections.list_runs(desk)),
        (RunItemsModel(), list(inspections.get_run(desk, run.id).items)),
        (TemplatesModel(), checklists.list_templates(desk, include_retired=True)),
        (PoliciesModel(), backups.list_policies(desk)),
        (BackupsModel(), backups.list_backups(desk)),
    ]
    for model, rows in filled:
        qtmodeltester.check(model)
        model.set_rows(rows)
        qtmodeltester.check(model)
        assert model.rowCount() == len(rows) > 0
        for column in range(model.columnCount()):
            assert model.headerData(column, Qt.Orientation.Horizontal)
            model.index(0, column).data()
        model.set_rows([])
        assert model.rowCount() == 0


def test_cells_say_what_happened(desk: Desk) -> None:
    run = fill(desk)
    items = RunItemsModel()
    items.set_rows(list(inspections.get_run(desk, run.id).items))
    assert [items.index(1, c).data() for c in (0, 2, 3, 4, 5)] == [
        "2",
        "UPS输出电压",
        "210–230 V",
        "236 V",
        "不合格",
    ]
    assert items.index(1, 5).data(Qt.ItemDataRole.BackgroundRole).color().name() == "#d93a3a"
    assert items.index(3, 5).data() == "不适用"
    assert items.index(0, 2).data(Qt.ItemDataRole.ToolTipRole)  # the method
    register = BackupsModel()
    register.set_rows(backups.list_backups(desk))
    assert register.index(0, 6).data().startswith("恢复失败")
    assert register.index(0, 6).data(Qt.ItemDataRole.ToolTipRole) == "校验和不一致"
    runs = RunsModel()
    runs.set_rows(inspections.list_runs(desk))
    assert [runs.index(0, c).data() for c in (0, 5, 6)] == [run.number, "4", "1"]
