"""需求变更申请单 (BG-): the request, its routing and charge, the plans, and the approval block of
the lead the contract's routing names."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from reportlab.platypus import Flowable, KeepTogether

from app.exports.pdf_fonts import BoldParagraph, Paragraph, Styles
from app.exports.pdf_frame import DocumentHeader, write_pdf
from app.exports.pdf_tables import field_grid, grid_or_empty, section, signatures
from app.exports.pdf_text import fmt_time, numbered, para_text

TITLE = "需求变更申请单"
BOX = "□ 同意　　□ 不同意"


@dataclass(frozen=True)
class ChangeForm:
    """What the form prints (also its content fingerprint: a changed request is a new version)."""

    number: str
    kind: str
    state: str
    title: str
    requester: str
    requester_department: str
    system: str
    ticket_number: str
    requested_at: datetime
    registered_by: str
    description: str
    effort: str
    approver: str  # 部门领导 / 公司领导 / 无需审批
    routing: str  # why: the contract's rule that applies
    charge: str
    window: str
    devices: Sequence[tuple[str, str]]  # (code, name)
    impact: str
    plan: str
    rollback_plan: str
    decision: str  # how it was decided, when it was (electronic or filed), else ""
    events: Sequence[tuple[str, str, str]]  # (time, who, what)


def change_story(form: ChangeForm, styles: Styles) -> list[Flowable]:
    story: list[Flowable] = [
        BoldParagraph(TITLE, styles.title),
        field_grid(
            [
                ("变更编号", form.number, "当前状态", form.state),
                ("变更名称", form.title),
                ("提出人", form.requester, "提出部门", form.requester_department),
                ("所属系统", form.system, "关联工单", form.ticket_number),
                ("登记时间", fmt_time(form.requested_at), "登记人", form.registered_by),
                ("变更类别", form.kind, "预计工作量", f"{form.effort} 个工作日"),
                ("审批人", form.approver, "费用", form.charge),
                ("审批依据", form.routing),
                ("计划实施窗口", form.window),
            ],
            styles,
        ),
        *section(numbered(0, "变更内容"), styles),
        Paragraph(para_text(form.description), styles.body),
        *section(numbered(1, "涉及设备（配置项）与影响"), styles),
        grid_or_empty(("设备编号", "设备名称"), form.devices, (30, 70), styles, dense=True),
        Paragraph(para_text(form.impact, "影响说明：无"), styles.body),
        *section(numbered(2, "实施方案"), styles),
        Paragraph(para_text(form.plan), styles.body),
        *section(numbered(3, "回退方案"), styles),
        Paragraph(para_text(form.rollback_plan), styles.body),
        *section(numbered(4, "变更记录"), styles),
        grid_or_empty(("时间", "经办人", "内容"), form.events, (18, 12, 70), styles, dense=True),
    ]
    # The approval is written and signed on one page: its heading, opinion, explanation box and
    # the signatures go over together (a split left the opinion alone at the foot of a page).
    approval: list[Flowable] = [*section(numbered(5, "审批意见"), styles)]
    if form.decision:
        approval.append(Paragraph(para_text(form.decision), styles.body))
    approval.append(
        field_grid([("审批意见", BOX), ("意见说明", "")], styles, write_in=True, tall=("意见说明",))
    )
    roles = ["提出人", "驻场工程师"]
    if form.approver in ("部门领导", "公司领导"):
        roles.append(f"审批人（{form.approver}）")
    signing = signatures("签字确认", roles, styles)
    return [*story, KeepTogether([*approval, *signing._content])]


def render_change_form(out_path: Path, header: DocumentHeader, form: ChangeForm) -> None:
    write_pdf(out_path, header, lambda styles: change_story(form, styles))
