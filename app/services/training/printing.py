"""培训签到表 (PX-) and 应急演练报告 (YL-), numbered in the document register."""

from __future__ import annotations

from pathlib import Path

from app.exports.training.forms import (
    DrillReport,
    TrainingSheet,
    render_drill_report,
    render_training_sheet,
)
from app.services import documents
from app.services.context import Desk
from app.services.document_versions import SAVED
from app.services.documents import DocumentInfo, check_out_path, register_and_render
from app.services.training.records import get_drill, get_training


def _duration(minutes: int) -> str:
    hours, rest = divmod(minutes, 60)
    if hours and rest:
        return f"{hours}小时{rest}分钟"
    return f"{hours}小时" if hours else f"{rest}分钟"


def training_sheet(
    desk: Desk, training_id: int, out_path: Path, copy: str | None = SAVED
) -> DocumentInfo:
    """Print a session's sign-in sheet (its attendees listed, blank lines for the rest)."""
    out_path = check_out_path(out_path)
    t = get_training(desk, training_id)
    sheet = TrainingSheet(
        topic=t.topic,
        kind=t.kind.label,
        held_at=t.held_at,
        duration=_duration(t.duration_minutes),
        place=t.place,
        trainer=t.trainer,
        content=t.content,
        attendees=[(a.name, a.department) for a in t.attendees],
        effect_check=t.effect_check,
        effect_result=t.effect_result,
    )
    return register_and_render(
        desk,
        documents.TRAINING_SHEET,
        out_path,
        lambda path, header: render_training_sheet(path, header, sheet),
        subject=f"training:{training_id}",
        content=sheet,
        copy=copy,
    )


def drill_report(
    desk: Desk, drill_id: int, out_path: Path, copy: str | None = SAVED
) -> DocumentInfo:
    """Print a drill's report."""
    out_path = check_out_path(out_path)
    d = get_drill(desk, drill_id)
    report = DrillReport(
        held_at=d.held_at,
        plan_title=d.plan_title,
        scenario=d.scenario,
        script=d.script,
        participants=d.participants,
        steps=[(s.at.strftime("%H:%M"), s.text) for s in d.steps],
        findings=d.findings,
        improvements=d.improvements,
        recorded_by=d.recorded_by,
    )
    return register_and_render(
        desk,
        documents.DRILL_REPORT,
        out_path,
        lambda path, header: render_drill_report(path, header, report),
        subject=f"drill:{drill_id}",
        content=report,
        copy=copy,
    )
