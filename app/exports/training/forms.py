"""培训签到表 (to sign on the day) and 应急演练报告 (the drill's record and lessons)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from app.exports.pdf_fonts import BoldParagraph, Paragraph, Styles
from app.exports.pdf_frame import DocumentHeader, write_pdf
from app.exports.pdf_tables import end_with, field_grid, grid_table, section, signatures
from app.exports.pdf_text import fmt_time, numbered, para_text

TRAINING_TITLE = "培训签到表"
DRILL_TITLE = "应急演练报告"
MIN_SIGN_ROWS = 12  # blank lines for walk-ins when few were listed beforehand
SIGN_HEADER = ("序号", "姓名", "部门", "签到（签字）", "备注")
SIGN_WIDTHS = (8, 20, 28, 30, 20)


@dataclass(frozen=True)
class TrainingSheet:
    topic: str
    kind: str
    held_at: datetime
    duration: str
    place: str
    trainer: str
    content: str
    attendees: Sequence[tuple[str, str]]  # (name, department)
    effect_check: str
    effect_result: str


def training_story(sheet: TrainingSheet, styles: Styles) -> list[Flowable]:
    """The session, the sign-in table (listed attendees, then blank lines), the effect check."""
    rows = [(str(i + 1), name, dept, "", "") for i, (name, dept) in enumerate(sheet.attendees)]
    rows += [
        (str(i + 1), "", "", "", "") for i in range(len(rows), max(MIN_SIGN_ROWS, len(rows) + 3))
    ]
    story: list[Flowable] = [
        BoldParagraph(TRAINING_TITLE, styles.title),
        field_grid(
            [
                ("培训主题", sheet.topic),
                ("培训类别", sheet.kind, "培训人", sheet.trainer),
                ("培训时间", fmt_time(sheet.held_at), "培训时长", sheet.duration),
                ("培训地点", sheet.place),
                ("培训内容", sheet.content),
            ],
            styles,
        ),
        *section(numbered(0, "签到"), styles),
        grid_table(SIGN_HEADER, rows, SIGN_WIDTHS, styles, empty=""),
        *section(numbered(1, "培训效果检验"), styles),
        field_grid(
            [("检验方式", sheet.effect_check), ("检验结果", sheet.effect_result)],
            styles,
            write_in=True,
        ),
        Spacer(1, 2 * mm),
    ]
    return end_with(story, signatures("签字确认", ["培训人", "甲方负责人"], styles))


def render_training_sheet(out_path: Path, header: DocumentHeader, sheet: TrainingSheet) -> None:
    write_pdf(out_path, header, lambda styles: training_story(sheet, styles))


@dataclass(frozen=True)
class DrillReport:
    held_at: datetime
    plan_title: str
    scenario: str
    script: str
    participants: str
    steps: Sequence[tuple[str, str]]  # (HH:MM, what happened)
    findings: str
    improvements: str
    recorded_by: str


def _text(index: int, title: str, text: str, styles: Styles) -> list[Flowable]:
    """A numbered heading kept with its text (also when the signatures take the text along)."""
    flowables = section(numbered(index, title), styles)
    flowables[-1].keepWithNext = True
    return [*flowables, Paragraph(para_text(text), styles.body)]


def drill_story(report: DrillReport, styles: Styles) -> list[Flowable]:
    """Overview, scenario, plan and script, the timeline, findings, improvements, signatures."""
    story: list[Flowable] = [
        BoldParagraph(DRILL_TITLE, styles.title),
        *section(numbered(0, "基本情况"), styles),
        field_grid(
            [
                ("演练时间", fmt_time(report.held_at), "记录人", report.recorded_by),
                ("演练预案", report.plan_title),
                ("参演人员", report.participants),
            ],
            styles,
        ),
        *_text(1, "演练场景", report.scenario, styles),
        *_text(2, "演练方案与脚本", report.script, styles),
        *section(numbered(3, "演练经过"), styles),
        grid_table(("时间", "经过"), report.steps, (12, 88), styles),
        *_text(4, "发现的问题", report.findings, styles),
        *_text(5, "改进措施", report.improvements, styles),
    ]
    return end_with(
        story, signatures("签字确认", ["演练负责人", "驻场工程师", "甲方确认人"], styles)
    )


def render_drill_report(out_path: Path, header: DocumentHeader, report: DrillReport) -> None:
    write_pdf(out_path, header, lambda styles: drill_story(report, styles))
