"""Recording a training session or an emergency drill (or changing one afterwards)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDateTimeEdit, QLineEdit, QPlainTextEdit, QSpinBox, QWidget

from app.domain.training.rules import TrainingKind, attendees_text, timeline_text
from app.gui.i18n import tr_domain
from app.gui.store.dialog_base import StoreDialog
from app.gui.tickets.formatting import from_qdatetime, to_qdatetime
from app.services.context import Desk
from app.services.plans.plans import list_plans
from app.services.training import records
from app.services.training.records import DrillInfo, TrainingInfo


def _when(desk: Desk, parent: QWidget) -> QDateTimeEdit:
    edit = QDateTimeEdit(to_qdatetime(desk.clock.now()), parent)
    edit.setObjectName("held_at")
    edit.setDisplayFormat("yyyy-MM-dd HH:mm")
    edit.setCalendarPopup(True)
    return edit


def _text(parent: QWidget, name: str, height: int, hint: str = "") -> QPlainTextEdit:
    edit = QPlainTextEdit(parent)
    edit.setObjectName(name)
    edit.setFixedHeight(height)
    edit.setPlaceholderText(hint)
    return edit


class TrainingDialog(StoreDialog):
    """When, what, who taught, who came, how long, and how its effect was checked."""

    def __init__(
        self, desk: Desk, training: TrainingInfo | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("修改培训记录") if training else self.tr("登记培训"), parent)
        self.setObjectName("training_dialog")
        self.setMinimumWidth(600)
        self._desk = desk
        self.training_id = training.id if training else None
        self.held_at = _when(desk, self)
        self.kind = QComboBox(self, objectName="kind")
        for kind in TrainingKind:
            self.kind.addItem(tr_domain("enum", kind.label), kind.value)
        self.topic = QLineEdit(self, objectName="topic")
        self.trainer = QLineEdit(desk.actor, self, objectName="trainer")
        self.place = QLineEdit(self, objectName="place")
        self.minutes = QSpinBox(self, objectName="duration_minutes")
        self.minutes.setRange(0, 1440)
        self.minutes.setSingleStep(30)
        self.minutes.setValue(60)
        self.minutes.setSuffix(self.tr(" 分钟"))
        self.content = _text(self, "content", 56)
        self.attendees = _text(
            self, "attendees", 110, self.tr("每行一人“姓名 部门”，或“部门：姓名、姓名”")
        )
        self.effect_check = QLineEdit(self, objectName="effect_check")
        self.effect_check.setPlaceholderText(self.tr("如：现场实操考核、书面问答"))
        self.effect_result = QLineEdit(self, objectName="effect_result")
        for label, widget in (
            (self.tr("培训时间 *"), self.held_at),
            (self.tr("培训类别"), self.kind),
            (self.tr("培训主题 *"), self.topic),
            (self.tr("培训人 *"), self.trainer),
            (self.tr("培训地点"), self.place),
            (self.tr("培训时长 *"), self.minutes),
            (self.tr("培训内容"), self.content),
            (self.tr("参加人员 *"), self.attendees),
            (self.tr("效果检验方式 *"), self.effect_check),
            (self.tr("检验结果"), self.effect_result),
        ):
            self.form.addRow(label, widget)
        if training is not None:
            self.held_at.setDateTime(to_qdatetime(training.held_at))
            self.kind.setCurrentIndex(self.kind.findData(training.kind.value))
            self.topic.setText(training.topic)
            self.trainer.setText(training.trainer)
            self.place.setText(training.place)
            self.minutes.setValue(training.duration_minutes)
            self.content.setPlainText(training.content)
            self.attendees.setPlainText(attendees_text(training.attendees))
            self.effect_check.setText(training.effect_check)
            self.effect_result.setText(training.effect_result)

    def submit(self) -> None:
        self.training_id = records.save_training(
            self._desk,
            {
                "held_at": from_qdatetime(self.held_at.dateTime()),
                "kind": self.kind.currentData(),
                "topic": self.topic.text(),
                "trainer": self.trainer.text(),
                "place": self.place.text(),
                "duration_minutes": self.minutes.value(),
                "content": self.content.toPlainText(),
                "attendees": self.attendees.toPlainText(),
                "effect_check": self.effect_check.text(),
                "effect_result": self.effect_result.text(),
            },
            self.training_id,
        )


class DrillDialog(StoreDialog):
    """Which plan, the scenario, the plan and script, who took part, what happened, lessons."""

    def __init__(
        self, desk: Desk, drill: DrillInfo | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("修改演练记录") if drill else self.tr("登记应急演练"), parent)
        self.setObjectName("drill_dialog")
        self.setMinimumWidth(640)
        self._desk = desk
        self.drill_id = drill.id if drill else None
        self.held_at = _when(desk, self)
        self.plan = QComboBox(self, objectName="plan")
        self.plan.addItem(self.tr("请选择预案"), None)
        for plan in list_plans(desk):
            self.plan.addItem(f"{plan.code} {plan.title}", plan.id)
        self.scenario = _text(self, "scenario", 50)
        self.script = _text(self, "script", 80)
        self.participants = QLineEdit(self, objectName="participants")
        self.timeline = _text(
            self, "timeline", 120, self.tr("每行“时间 经过”，如：09:05 指挥中心报修，演练开始")
        )
        self.findings = _text(self, "findings", 50)
        self.improvements = _text(self, "improvements", 50)
        for label, widget in (
            (self.tr("演练时间 *"), self.held_at),
            (self.tr("演练预案 *"), self.plan),
            (self.tr("演练场景 *"), self.scenario),
            (self.tr("方案与脚本 *"), self.script),
            (self.tr("参演人员 *"), self.participants),
            (self.tr("演练经过 *"), self.timeline),
            (self.tr("发现的问题"), self.findings),
            (self.tr("改进措施"), self.improvements),
        ):
            self.form.addRow(label, widget)
        if drill is not None:
            self.held_at.setDateTime(to_qdatetime(drill.held_at))
            self.plan.setCurrentIndex(max(0, self.plan.findData(drill.plan_id)))
            self.scenario.setPlainText(drill.scenario)
            self.script.setPlainText(drill.script)
            self.participants.setText(drill.participants)
            self.timeline.setPlainText(timeline_text(drill.steps))
            self.findings.setPlainText(drill.findings)
            self.improvements.setPlainText(drill.improvements)

    def submit(self) -> None:
        self.drill_id = records.save_drill(
            self._desk,
            {
                "held_at": from_qdatetime(self.held_at.dateTime()),
                "plan_id": self.plan.currentData(),
                "scenario": self.scenario.toPlainText(),
                "script": self.script.toPlainText(),
                "participants": self.participants.text(),
                "timeline": self.timeline.toPlainText(),
                "findings": self.findings.toPlainText(),
                "improvements": self.improvements.toPlainText(),
            },
            self.drill_id,
        )
