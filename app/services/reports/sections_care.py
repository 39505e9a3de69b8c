"""Sections 六 to 十二 of the operating-status report: inspections, backups, spare parts and
loaners, emergencies, follow-ups and satisfaction, what missed its target, improvement advice."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import (
    Drill,
    EmergencyPlan,
    EmergencyPlanRevision,
    IncidentReport,
    Part,
    StockMovement,
    Ticket,
    TicketEvent,
)
from app.domain.audit.actions import PLAN_FOLLOWED
from app.domain.reports.figures import rate, rate_text
from app.domain.reports.followups import FollowUpKind, distribution, satisfaction_rate
from app.domain.reports.periods import Period
from app.domain.store.inventory import LoanInfo, MovementKind
from app.exports.inspections.period_report import PeriodReport
from app.exports.pdf_text import fmt_duration, fmt_time
from app.exports.reports.monthly_data import Para, PieChart, Section, Subheading, TableBlock
from app.services.reports.advice import AdviceInfo
from app.services.reports.followups import FollowUpInfo
from app.services.reports.sections_work import CLOCK_NAMES
from app.services.reports.ticket_figures import TicketFigures, day_range
from app.services.store.inventory import PartInfo


def inspections(report: PeriodReport) -> Section:
    rows = [
        (
            c.name,
            c.system_name,
            c.frequency.label,
            str(c.periods_due),
            str(c.periods_done),
            rate_text(rate(c.periods_done, c.periods_due)),
            str(c.failed_items),
            str(c.tickets),
        )
        for c in report.checklists
    ]
    due = sum(c.periods_due for c in report.checklists)
    done = sum(c.periods_done for c in report.checklists)
    return Section(
        "例行巡检",
        (
            Para(f"本期应巡检 {due} 次，完成 {done} 次，完成率 {rate_text(rate(done, due))}。"),
            TableBlock(
                ("巡检表", "系统", "周期", "应巡检", "已完成", "完成率", "不合格项", "开工单"),
                rows,
                (24, 16, 8, 9, 9, 11, 11, 10),
            ),
            Subheading("不合格项及其工单"),
            TableBlock(
                ("巡检记录", "检查项", "结果", "工单", "工单状态"),
                [
                    (
                        f.run_number,
                        f.check,
                        f.answer,
                        f.ticket_number or "—",
                        f.ticket_status or "—",
                    )
                    for f in report.failures
                ],
                (16, 36, 16, 16, 16),
            ),
        ),
    )


def backups(report: PeriodReport) -> Section:
    rows = [
        (
            b.system_name,
            b.kind.label,
            b.frequency.label,
            str(b.periods_due),
            str(b.periods_done),
            rate_text(rate(b.periods_done, b.periods_due)),
            f"{b.tests_ok} / {b.tests_failed}",
            "、".join(b.missed) or "—",
        )
        for b in report.backups
    ]
    return Section(
        "备份与恢复",
        (
            Para(f"本期漏做备份 {report.backups_missed} 次（按各系统备份策略的应做次数计）。"),
            TableBlock(
                (
                    "系统",
                    "类型",
                    "周期",
                    "应做",
                    "已做",
                    "完成率",
                    "恢复测试 成功/失败",
                    "漏做期间",
                ),
                rows,
                (16, 10, 8, 8, 8, 10, 14, 26),
            ),
        ),
    )


def store(
    session: Session, period: Period, parts: Sequence[PartInfo], loans: Sequence[LoanInfo]
) -> Section:
    start, end = day_range(period.first, period.last)
    used: Counter[tuple[str, str]] = Counter()
    for code, name, quantity in session.execute(
        select(Part.code, Part.name, StockMovement.quantity)
        .join(Part, Part.id == StockMovement.part_id)
        .where(
            StockMovement.kind.in_((MovementKind.STOCK_OUT.value, MovementKind.SCRAP.value)),
            StockMovement.at >= start,
            StockMovement.at < end,
        )
    ):
        used[(code, name)] += abs(quantity)
    low = [p for p in parts if p.low]
    return Section(
        "备件与借用",
        (
            Subheading("本期备件消耗"),
            TableBlock(
                ("编码", "名称", "数量"),
                [(code, name, str(n)) for (code, name), n in used.most_common()],
                (25, 55, 20),
            ),
            Subheading(f"低于最低库存的备件 {len(low)} 种"),
            TableBlock(
                ("编码", "名称", "库存", "最低库存"),
                [(p.code, p.name, str(p.on_hand), str(p.min_stock)) for p in low],
                (25, 45, 15, 15),
            ),
            Subheading(f"借出在外 {len(loans)} 件"),
            TableBlock(
                ("名称", "借用人", "工单", "借出时间", "预计归还", "是否逾期"),
                [
                    (
                        f"{loan.part_name} {loan.serial}".strip(),
                        loan.borrower,
                        loan.ticket_number or "—",
                        fmt_time(loan.issued_at),
                        fmt_time(loan.due_back_at),
                        "逾期" if loan.overdue else "否",
                    )
                    for loan in loans
                ],
                (26, 14, 15, 16, 16, 13),
            ),
        ),
    )


def emergencies(session: Session, period: Period) -> Section:
    start, end = day_range(period.first, period.last)
    incidents = session.execute(
        select(Ticket.number, Ticket.title, IncidentReport.cause)
        .join(Ticket, Ticket.id == IncidentReport.ticket_id)
        .where(IncidentReport.created_at >= start, IncidentReport.created_at < end)
    ).all()
    used = session.execute(
        select(Ticket.number, TicketEvent.summary, TicketEvent.at)
        .join(Ticket, Ticket.id == TicketEvent.ticket_id)
        .where(TicketEvent.kind == PLAN_FOLLOWED, TicketEvent.at >= start, TicketEvent.at < end)
        .order_by(TicketEvent.at)
    ).all()
    revisions = session.execute(
        select(
            EmergencyPlan.code,
            EmergencyPlan.title,
            EmergencyPlanRevision.revision,
            EmergencyPlanRevision.saved_at,
            EmergencyPlanRevision.note,
        )
        .join(EmergencyPlan, EmergencyPlan.id == EmergencyPlanRevision.plan_id)
        .where(EmergencyPlanRevision.saved_at >= start, EmergencyPlanRevision.saved_at < end)
        .order_by(EmergencyPlanRevision.saved_at)
    ).all()
    drills = session.execute(
        select(Drill.held_at, Drill.plan_title, Drill.findings)
        .where(Drill.held_at >= start, Drill.held_at < end)
        .order_by(Drill.held_at)
    ).all()
    return Section(
        "应急",
        (
            Subheading(f"问题汇报（重大事件） {len(incidents)} 份"),
            TableBlock(("工单号", "事件", "原因"), [tuple(r) for r in incidents], (18, 37, 45)),
            Subheading(f"按应急预案处置 {len(used)} 次"),
            TableBlock(
                ("工单号", "处置", "时间"),
                [(n, s, fmt_time(at)) for n, s, at in used],
                (18, 60, 22),
            ),
            Subheading(f"预案修订 {len(revisions)} 次"),
            TableBlock(
                ("预案", "版本", "时间", "修订说明"),
                [
                    (f"{c} {t}", f"第 {r} 版", fmt_time(at), note or "—")
                    for c, t, r, at, note in revisions
                ],
                (30, 10, 20, 40),
            ),
            Subheading(f"应急演练 {len(drills)} 次"),
            TableBlock(
                ("时间", "预案", "发现的问题"),
                [(fmt_time(at), title, findings or "—") for at, title, findings in drills],
                (20, 35, 45),
            ),
        ),
    )


def satisfaction(follow_ups: Sequence[FollowUpInfo]) -> Section:
    ratings = [f.satisfaction for f in follow_ups]
    shares = distribution(ratings)
    visits = [f for f in follow_ups if f.kind is FollowUpKind.TICKET]
    surveys = [f for f in follow_ups if f.kind is FollowUpKind.SURVEY]
    complaints = [f for f in follow_ups if f.complaint]
    recurred = sum(f.recurred for f in visits)
    return Section(
        "回访与满意度",
        (
            Para(
                f"本期工单回访 {len(visits)} 次（回访发现问题复发 {recurred} 次），满意度调查 "
                f"{len(surveys)} 次；满意率（满意与基本满意）{rate_text(satisfaction_rate(ratings))}"
                "（与回访台账“满意度统计”一致）。"
            ),
            TableBlock(
                ("满意度", "次数", "占比"),
                [(s.satisfaction.label, str(s.count), rate_text(s.percent)) for s in shares],
                (40, 30, 30),
                dense=False,
            ),
            PieChart("满意度分布", [(s.satisfaction.label, s.count) for s in shares]),
            Subheading(f"不满意投诉 {len(complaints)} 件"),
            TableBlock(
                ("时间", "工单/调查", "对象", "投诉内容", "处理结果"),
                [
                    (
                        fmt_time(f.at),
                        f.ticket_number or f"{f.quarter} 调查",
                        f.contact,
                        f.complaint,
                        f.complaint_result or "未处理",
                    )
                    for f in complaints
                ],
                (16, 16, 14, 30, 24),
            ),
        ),
    )


def missed_targets(figures: TicketFigures, report: PeriodReport) -> Section:
    rows = [
        (
            b.number,
            f"{CLOCK_NAMES[b.clock]}超时",
            f"超出 {fmt_duration(b.overrun)}" + ("" if b.stopped else "（仍在计时）"),
            b.reason,
        )
        for b in sorted(figures.breaches, key=lambda b: (b.number, b.clock.value))
    ]
    rows += [
        (c.name, "巡检漏做", "、".join(c.missed), "未按周期完成巡检")
        for c in report.checklists
        if c.missed
    ]
    rows += [
        (f"{b.system_name} {b.kind.label}", "备份漏做", "、".join(b.missed), "未按备份策略完成")
        for b in report.backups
        if b.missed
    ]
    if figures.loaner.missed:
        rows.append(
            ("备用机", "未按时提供", f"{figures.loaner.missed} 次", "8 小时未修复未借出备用机")
        )
    return Section(
        "未达标事项",
        (
            Para(f"本期未达标事项 {len(rows)} 项，逐项列出原因。"),
            TableBlock(("对象", "未达标项", "情况", "原因"), rows, (18, 14, 26, 42)),
        ),
    )


def advice(current: Sequence[AdviceInfo], previous: Sequence[AdviceInfo], today: date) -> Section:
    def row(a: AdviceInfo) -> tuple[str, ...]:
        status = a.status.label + ("（已逾期）" if a.overdue(today) else "")
        return (a.text, a.owner, a.deadline.isoformat(), status, a.status_note or "—")

    header = ("改进建议", "责任人", "完成期限", "执行情况", "说明")
    widths = (40, 12, 14, 14, 20)
    return Section(
        "改进建议",
        (
            Subheading("本期改进建议"),
            TableBlock(header, [row(a) for a in current], widths),
            Subheading("上期改进建议的执行情况"),
            TableBlock(header, [row(a) for a in previous], widths),
        ),
    )
