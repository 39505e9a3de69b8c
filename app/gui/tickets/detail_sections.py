"""The parts of the ticket detail: clocks, call, workflow fields, pauses, escalations, timeline."""

from __future__ import annotations

from datetime import timedelta
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import ClockState, ContactMethod, Liability, MaintenanceType, TriageResult
from app.domain.tickets.sla import LoanerState
from app.gui.i18n import gap, tr_domain
from app.gui.tickets.formatting import (
    DASH,
    actor_name,
    clock_style,
    clock_text,
    duration_text,
    event_texts,
    local_text,
)
from app.services.tickets.detail import TicketDetail
from app.services.tickets.escalations import EscalationInfo

# Back-dated entries recorded later than this show when they were written down.
LATE_ENTRY = timedelta(minutes=10)


def value_label(text: str, parent: QWidget | None = None) -> QLabel:
    """A wrapped, selectable label for a field's value."""
    label = QLabel(text or DASH, parent)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class Section(QGroupBox):
    """A titled box whose body is rebuilt for each ticket (old bodies are deleted later)."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(8, 6, 8, 8)
        self._body: QWidget | None = None

    def fresh_body(self) -> QWidget:
        """Replace the body with an empty widget and return it."""
        if self._body is not None:
            self._body.hide()
            self._body.setObjectName("")
            self._body.deleteLater()
        self._body = QWidget(self)
        self._layout.addWidget(self._body)
        return self._body

    def set_detail(self, detail: TicketDetail) -> None:
        """Rebuild the body for ``detail`` and show it at once (not on the next event)."""
        self.fill(detail)
        if self._body is not None:
            self._body.show()

    def fill(self, detail: TicketDetail) -> None:
        raise NotImplementedError

    def fresh_form(self) -> QFormLayout:
        form = QFormLayout(self.fresh_body())
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        return form


class ClocksSection(Section):
    """The three contract clocks and the loaner mark, coloured by state."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("时限"), parent)
        self.chips: dict[str, QLabel] = {}

    def fill(self, detail: TicketDetail) -> None:
        grid = QGridLayout(self.fresh_body())
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setColumnStretch(2, 1)
        self.chips = {}
        for row, status in enumerate(detail.clocks):
            chip = QLabel(clock_text(status))
            chip.setObjectName(f"clock_{status.kind.value}")
            chip.setStyleSheet(clock_style(status.state))
            chip.setAlignment(Qt.AlignmentFlag.AlignCenter)
            chip.setMinimumWidth(110)
            self.chips[status.kind.value] = chip
            parts = []
            if status.state is not ClockState.NOT_APPLICABLE:
                parts.append(self.tr("时限 {0}").format(duration_text(status.target)))
                if status.due_at is not None:
                    parts.append(self.tr("应于 {0}").format(local_text(status.due_at)))
                if status.stopped_at is not None:
                    parts.append(self.tr("实际 {0}").format(local_text(status.stopped_at)))
            else:
                parts.append(tr_domain("enum", ClockState.NOT_APPLICABLE.label))
            grid.addWidget(QLabel(tr_domain("enum", status.kind.label)), row, 0)
            grid.addWidget(chip, row, 1)
            grid.addWidget(value_label(gap().join(parts)), row, 2)
        row = len(detail.clocks)
        loaner = QLabel(self._loaner_text(detail))
        loaner.setObjectName("loaner")
        loaner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        loaner.setMinimumWidth(110)
        due = detail.loaner is LoanerState.DUE
        loaner.setStyleSheet(clock_style(ClockState.WARNING if due else ClockState.NOT_APPLICABLE))
        self.chips["loaner"] = loaner
        grid.addWidget(QLabel(self.tr("备用机")), row, 0)
        grid.addWidget(loaner, row, 1)
        note = ""
        if detail.loaner_due_at is not None:
            note = self.tr("未修复硬件的备用机时限 {0}").format(local_text(detail.loaner_due_at))
        grid.addWidget(value_label(note), row, 2)

    def _loaner_text(self, detail: TicketDetail) -> str:
        return {
            LoanerState.DUE: self.tr("需提供"),
            LoanerState.PENDING: self.tr("未到时限"),
            LoanerState.NOT_NEEDED: self.tr("不需要"),
            LoanerState.NOT_APPLICABLE: self.tr("不适用"),
            LoanerState.ISSUED: self.tr("已提供"),
        }[detail.loaner]


class CallSection(Section):
    """What was reported: who, how, when, where and what."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("报修信息"), parent)

    def fill(self, d: TicketDetail) -> None:
        form = self.fresh_form()
        who = gap().join(
            p for p in (d.requester_name, d.requester_department, d.requester_phone) if p
        )
        device = d.device
        if d.is_hardware:
            device = self.tr("{0}（硬件故障）").format(device or DASH)
        rows = [
            (self.tr("提出人"), who),
            (self.tr("报修方式"), tr_domain("enum", d.channel.label)),
            (self.tr("报修时间"), local_text(d.called_at)),
            (self.tr("地点"), d.place),
            (self.tr("所属系统"), d.system_name),
            (self.tr("设备"), device),
            (self.tr("问题描述"), d.description),
        ]
        for label, value in rows:
            form.addRow(label, value_label(value))


class WorkflowSection(Section):
    """The workflow fields that have been filled in so far."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("处理情况"), parent)

    def fill(self, d: TicketDetail) -> None:
        form = self.fresh_form()
        rows = [(label, value) for label, value in self._rows(d) if value]
        for label, value in rows:
            form.addRow(label, value_label(value))
        self.setVisible(bool(rows))

    def _rows(self, d: TicketDetail) -> list[tuple[str, str]]:
        def when(value: object) -> str:
            return local_text(value) if value is not None else ""  # type: ignore[arg-type]

        def enum_label(enum: type, value: str | None) -> str:
            return tr_domain("enum", enum(value).label) if value else ""

        converted = ""
        if d.original_class is not d.ticket_class:
            converted = self.tr("由{0}转为{1}").format(
                tr_domain("enum", d.original_class.label), tr_domain("enum", d.ticket_class.label)
            )
        supervisor = d.supervisor_name
        if supervisor and d.confirmed_at is not None:
            supervisor = self.tr("{0}（{1} 签字确认）").format(
                supervisor, local_text(d.confirmed_at)
            )
        return [
            (tr_domain("field", "问题类型"), enum_label(TriageResult, d.triage_result)),
            (self.tr("类别变更"), converted),
            (tr_domain("field", "分析意见"), d.analysis),
            (tr_domain("field", "解答内容"), d.answer),
            (self.tr("主管领导"), supervisor),
            (tr_domain("field", "处理建议和措施"), d.plan),
            (tr_domain("field", "问题原因"), d.cause),
            (tr_domain("field", "处理结果"), d.resolution),
            (tr_domain("field", "预防建议"), d.prevention),
            (tr_domain("field", "维护类型"), enum_label(MaintenanceType, d.maintenance_type)),
            (tr_domain("field", "责任认定"), enum_label(Liability, d.liability)),
            (tr_domain("field", "完成时间"), when(d.fixed_at)),
            (tr_domain("field", "上报时间"), when(d.reported_at)),
            (tr_domain("field", "回复内容（原因与变更记录）"), d.reply),
            (tr_domain("field", "回复时间"), when(d.replied_at)),
            (tr_domain("field", "回访意见"), d.follow_up),
            (self.tr("关闭时间"), when(d.closed_at)),
        ]


class PausesSection(Section):
    """Every pause of the clocks, with its reason."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("暂停记录"), parent)

    def fill(self, d: TicketDetail) -> None:
        layout = QVBoxLayout(self.fresh_body())
        layout.setContentsMargins(0, 0, 0, 0)
        for pause in d.pauses:
            if pause.end is None:
                span = self.tr("{0} 起，暂停中").format(local_text(pause.start))
            else:
                span = self.tr("{0} 至 {1}（{2}）").format(
                    local_text(pause.start),
                    local_text(pause.end),
                    duration_text(pause.end - pause.start),
                )
            layout.addWidget(value_label(self.tr("{0}　{1}").format(span, pause.reason)))
        self.setVisible(bool(d.pauses))


class EscalationsSection(Section):
    """This ticket's escalations, whom the engineer reached about them; one button records the
    call for those still waiting."""

    acknowledgeRequested = Signal(int)  # the ticket id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("逐级上报"), parent)
        self.ack_buttons: dict[int, QPushButton] = {}

    def fill(self, d: TicketDetail) -> None:
        layout = QVBoxLayout(self.fresh_body())
        layout.setContentsMargins(0, 0, 0, 0)
        self.ack_buttons = {}
        waiting = [e for e in d.escalations if e.acknowledged_at is None]
        for esc in sorted(d.escalations, key=lambda e: (e.level, e.due_at)):
            role = tr_domain("escalation", esc.contact_role) if esc.contact_role else ""
            contact = " ".join(p for p in (role, esc.contact_name, esc.contact_phone) if p)
            text = self.tr("第{0}级　{1}超时（{2}）　联系：{3}").format(
                esc.level, tr_domain("enum", esc.clock.label), local_text(esc.due_at), contact
            )
            row = QHBoxLayout()
            label = value_label(text)
            row.addWidget(label, 1)
            if esc.acknowledged_at is None:
                label.setStyleSheet("color: #a31515; font-weight: bold;")
                if esc is waiting[0]:
                    button = QPushButton(self.tr("已联系…"))
                    button.setObjectName(f"ack_{esc.id}")
                    button.setToolTip(self.tr("记录联系到的人、联系方式和商定内容"))
                    button.clicked.connect(
                        lambda _checked=False, ticket=d.id: self.acknowledgeRequested.emit(ticket)
                    )
                    self.ack_buttons[esc.id] = button
                    row.addWidget(button)
            layout.addLayout(row)
            if esc.acknowledged_at is not None:
                layout.addWidget(value_label(self._acknowledgement(esc)))
        self.setVisible(bool(d.escalations))

    def _acknowledgement(self, esc: EscalationInfo) -> str:
        if not esc.reached_name:  # acknowledged before whom and how were recorded
            return self.tr("　已确认（{0} {1}）").format(
                esc.acknowledged_by, local_text(esc.acknowledged_at)
            )
        method = tr_domain("enum", ContactMethod(esc.reached_method).label)
        return self.tr("　已联系 {reached}（{method}），{by} {at}：{agreed}").format(
            reached=esc.reached_name,
            method=method,
            by=esc.acknowledged_by,
            at=local_text(esc.acknowledged_at),
            agreed=esc.agreed,
        )


class TimelineView(QTextBrowser):
    """The ticket's timeline, oldest first: when, who, what, and the details below it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timeline")
        self.setOpenLinks(False)
        self.entries: list[str] = []

    def set_detail(self, d: TicketDetail) -> None:
        rows = []
        self.entries = []
        for entry in d.timeline:
            shown, details = event_texts(entry.code, entry.params, entry.summary, entry.details)
            summary = escape(shown)
            if entry.kind == "escalation":
                summary = f'<span style="color:#a31515;">{summary}</span>'
            notes = [escape(line) for line in details.splitlines() if line.strip()]
            if entry.recorded_at - entry.at > LATE_ENTRY:
                notes.append(self.tr("（{0} 补记）").format(local_text(entry.recorded_at)))
            body = summary
            if notes:
                body += '<br/><span style="color:#555;">' + "<br/>".join(notes) + "</span>"
            rows.append(
                "<tr>"
                f'<td style="white-space:nowrap;">{local_text(entry.at)}</td>'
                f'<td style="white-space:nowrap;">{escape(actor_name(entry.actor))}</td>'
                f"<td>{body}</td>"
                "</tr>"
            )
            self.entries.append(shown)
        titles = (self.tr("时间"), self.tr("操作人"), self.tr("内容"))
        header = "<tr>" + "".join(f'<th align="left">{t}</th>' for t in titles) + "</tr>"
        self.setHtml(
            '<table width="100%" cellspacing="0" cellpadding="4" '
            'style="border-collapse:collapse;">'
            f"{header}{''.join(rows)}</table>"
        )
