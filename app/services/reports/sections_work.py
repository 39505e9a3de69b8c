"""Sections 一 to 五 of the operating-status report: overview, service levels, faults, problems
and knowledge, changes and upgrades."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.models import Account, Device, KnowledgeArticle, MaintainedSystem, Upgrade
from app.domain.accounts.roles import Role, parse_roles
from app.domain.changes.routing import Approver
from app.domain.devices.upgrades import UpgradeResult
from app.domain.enums import ClockKind, Severity
from app.domain.reports.figures import availability, hours_text, mean, mtbf, rate, rate_text
from app.domain.reports.periods import Period
from app.exports.pdf_text import fmt_duration, fmt_time
from app.exports.reports.monthly_data import (
    BarChart,
    LineChart,
    Para,
    Section,
    Subheading,
    TableBlock,
)
from app.services.changes.log_export import approver_counts, kind_stats
from app.services.changes.requests import ChangeInfo
from app.services.contract import ContractInfo
from app.services.reports.clock_trend import ClockTallies
from app.services.reports.ticket_figures import TicketFigures, day_range, device_names

CLOCK_NAMES = {ClockKind.RESPONSE: "响应", ClockKind.ARRIVAL: "到场", ClockKind.FIX: "修复"}
WORST = 10  # overruns listed in 二


def overview(
    session: Session, period: Period, contract: ContractInfo | None, figures: TicketFigures
) -> Section:
    systems = session.execute(
        select(MaintainedSystem.name, func.count(Device.id))
        .outerjoin(Device, Device.system_id == MaintainedSystem.id)
        .group_by(MaintainedSystem.id)
        .order_by(MaintainedSystem.sort_order, MaintainedSystem.id)
    ).all()
    engineers = [
        a.display_name
        for a in session.scalars(
            select(Account).where(Account.active.is_(True)).order_by(Account.id)
        )
        if Role.ENGINEER in parse_roles(a.roles)
    ]
    lines = [
        f"报告期间：{period.first.isoformat()} 至 {period.last.isoformat()}（{period.days} 天）。"
    ]
    if contract is not None:
        lines.append(
            f"项目：{contract.project_name}；甲方：{contract.client_name}；乙方：{contract.vendor_name}。"
            f"质量保证期至 {contract.warranty_end.isoformat()}。"
        )
    lines.append(f"驻场工程师：{'、'.join(engineers) or '—'}。")
    lines.append(
        f"本期共受理工单 {figures.tickets} 件，其中系统缺陷类 {figures.defects} 件、咨询类 "
        f"{figures.consultations} 件；自行发现 {figures.found} 件（单独统计）。"
    )
    return Section(
        "概述",
        (
            Para("\n".join(lines)),
            Subheading("维护的系统"),
            TableBlock(
                ("系统", "登记设备（台）"),
                [(name, str(count)) for name, count in systems],
                (70, 30),
            ),
        ),
    )


def _rate_row(name: str, count: int, met: int) -> tuple[str, ...]:
    return (name, str(count), str(met), str(count - met), rate_text(rate(met, count)))


def service_levels(figures: TicketFigures, trend: Sequence[tuple[str, ClockTallies]]) -> Section:
    rows = [
        _rate_row(f"{CLOCK_NAMES[kind]}（{kind.label}）", t.count, t.met)
        for kind, t in figures.clocks.items()
    ]
    rows.append(_rate_row("备用机（8 小时未修复）", figures.loaner.count, figures.loaner.met))
    worst = sorted(figures.breaches, key=lambda b: b.overrun, reverse=True)[:WORST]
    chart = LineChart(
        "近 6 个月各时限达成率（%）",
        [month for month, _ in trend],
        [(CLOCK_NAMES[kind], [t[kind].rate for _, t in trend]) for kind in ClockKind],
    )
    found = (
        f"自行发现的问题（巡检、现场发现、监控告警）{figures.found} 件：响应与到场在登记时即已满足，"
        f"不计入上表的响应、到场达成率；其修复时限 {figures.found_fix.count} 次，按时 "
        f"{figures.found_fix.met} 次，达成率 {rate_text(figures.found_fix.rate)}（已计入上表修复一行）。"
    )
    return Section(
        "服务级别达成",
        (
            Para(
                "按合同时限统计本期受理工单中已停止计时的各项时限（与工单台账“月度统计”口径一致）。"
            ),
            TableBlock(
                ("时限", "次数", "按时", "超时", "达成率"), rows, (34, 16, 16, 16, 18), dense=False
            ),
            Para(found),
            chart,
            Subheading(f"超时最严重的 {len(worst)} 项"),
            TableBlock(
                ("工单号", "时限", "目标", "实际用时", "超出", "原因"),
                [
                    (
                        b.number,
                        CLOCK_NAMES[b.clock] + ("" if b.stopped else "（仍在计时）"),
                        fmt_duration(b.target),
                        fmt_duration(b.elapsed),
                        fmt_duration(b.overrun),
                        b.reason,
                    )
                    for b in worst
                ],
                (16, 12, 10, 13, 13, 36),
            ),
        ),
    )


def faults(session: Session, period: Period, figures: TicketFigures, reopened: int) -> Section:
    names = sorted(figures.systems, key=lambda n: -figures.systems[n].total)
    devices = dict(
        session.execute(
            select(MaintainedSystem.name, func.count(Device.id))
            .outerjoin(Device, Device.system_id == MaintainedSystem.id)
            .group_by(MaintainedSystem.id)
        ).all()
    )
    rows = []
    for name in names:
        s = figures.systems[name]
        rows.append(
            (
                name,
                *(str(s.severities[level]) for level in Severity),
                str(s.total),
                rate_text(rate(s.restored, s.total)),
                hours_text(mtbf(period.length, s.outages)),
                # one device down is not the system down: counted in device-hours
                f"{availability(period.length * max(1, devices.get(name, 0)), s.outages):.2f}%",
            )
        )
    repeats = [(key, count) for key, count in figures.devices.most_common() if count > 1][:10]
    labels = device_names(session, [key for key, _ in repeats])
    chart = BarChart(
        "各系统故障数（按严重程度）",
        names,
        [
            (level.label, [figures.systems[n].severities[level] for n in names])
            for level in Severity
        ],
    )
    restored = figures.defects - figures.open_defects
    summary = (
        f"本期系统缺陷类工单 {figures.defects} 件，已恢复 {restored} 件，解决率 "
        f"{rate_text(rate(restored, figures.defects))}；平均修复时间（MTTR）"
        f"{hours_text(mean(figures.repair_times))}。平均故障间隔（MTBF）按本期时长减去故障中断时长"
        f"除以故障次数计算；可用率按设备台时（本期时长×登记设备数）扣除有记录的故障中断时长计算。本期重新打开的工单 {reopened} 件。"
    )
    return Section(
        "故障统计",
        (
            Para(summary),
            TableBlock(
                (
                    "系统",
                    *(s.label for s in Severity),
                    "合计",
                    "解决率",
                    "MTBF",
                    "可用率（设备台时）",
                ),
                rows,
                (22, 9, 9, 9, 9, 12, 16, 14),
            ),
            chart,
            Subheading("重复故障（同一设备本期两次及以上）"),
            TableBlock(("设备", "故障次数"), [(labels[k], str(c)) for k, c in repeats], (80, 20)),
        ),
    )


def problems(session: Session, period: Period, figures: TicketFigures) -> Section:
    start, end = day_range(period.first, period.last)
    articles = session.execute(
        select(KnowledgeArticle.title, KnowledgeArticle.written_by, KnowledgeArticle.created_at)
        .where(KnowledgeArticle.created_at >= start, KnowledgeArticle.created_at < end)
        .order_by(KnowledgeArticle.created_at)
    ).all()
    return Section(
        "问题与知识",
        (
            Subheading("主要故障原因"),
            TableBlock(
                ("原因", "次数"), [(c, str(n)) for c, n in figures.causes.most_common(10)], (85, 15)
            ),
            Subheading(f"本期新增知识库条目 {len(articles)} 条"),
            TableBlock(
                ("标题", "编写人", "时间"),
                [(t, w or "—", fmt_time(at)) for t, w, at in articles],
                (60, 15, 25),
            ),
        ),
    )


def changes(session: Session, period: Period, items: Sequence[ChangeInfo]) -> Section:
    stats = kind_stats(items)
    approvers = approver_counts(items)
    start, end = day_range(period.first, period.last)
    upgrades = session.execute(
        select(
            Upgrade.number,
            Upgrade.to_version,
            Upgrade.result,
            Upgrade.rollback_used,
            Upgrade.change_ref,
            Upgrade.performed_at,
        )
        .where(Upgrade.performed_at >= start, Upgrade.performed_at < end)
        .order_by(Upgrade.performed_at)
    ).all()
    troubled = [c for c in items if c.state.value in ("failed", "cancelled", "rejected")]
    return Section(
        "变更与升级",
        (
            Para(
                f"本期登记需求变更 {len(items)} 项：无需审批 {approvers[Approver.NONE]} 项，"
                f"部门领导审批 {approvers[Approver.DEPARTMENT]} 项，公司领导审批 "
                f"{approvers[Approver.COMPANY]} 项（与变更台账“变更统计”口径一致）。"
            ),
            TableBlock(
                (
                    "变更类别",
                    "合计",
                    "驳回",
                    "驳回占比",
                    "待审批",
                    "失败（已回退）",
                    "失败占比",
                    "已取消",
                    "取消占比",
                    "已完成",
                ),
                [
                    (
                        s.kind,
                        str(s.total),
                        str(s.rejected),
                        rate_text(s.share(s.rejected, s.total)),
                        str(s.waiting),
                        str(s.failed),
                        rate_text(s.share(s.failed, s.total)),
                        str(s.cancelled),
                        rate_text(s.share(s.cancelled, s.total)),
                        str(s.done),
                    )
                    for s in stats
                ],
                (16, 8, 8, 10, 9, 11, 10, 9, 10, 9),
            ),
            Subheading("驳回、失败回退和取消的变更"),
            TableBlock(
                ("编号", "名称", "类别", "状态", "说明"),
                [
                    (
                        c.number,
                        c.title,
                        c.kind.label,
                        c.state.label,
                        c.result_note or c.cancel_reason or c.decision_note,
                    )
                    for c in troubled
                ],
                (16, 26, 14, 14, 30),
            ),
            Subheading(f"本期软件/固件升级 {len(upgrades)} 次"),
            TableBlock(
                ("编号", "升级到版本", "结果", "是否回退", "关联变更", "时间"),
                [
                    (
                        n,
                        v,
                        UpgradeResult(r).label,
                        "是" if rb else "否",
                        ref or "—",
                        fmt_time(at),
                    )
                    for n, v, r, rb, ref, at in upgrades
                ],
                (15, 20, 10, 10, 25, 20),
            ),
        ),
    )
