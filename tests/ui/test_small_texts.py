"""Words a user read wrong on the night shift: backups are not 漏检, a part without a serial is
not "×1", the wizard says what it does with a password in plain words."""

from __future__ import annotations

from datetime import date

from app.domain.enums import DueState, Frequency
from app.domain.inspections.periods import DueStatus, Period
from app.gui.inspections.formatting import backup_due_text, due_date_text, due_text, period_text
from app.gui.setup_wizard import AccountPage
from app.gui.store.models import LoansModel


def overdue(missed: int) -> DueStatus:
    day = date(2026, 12, 3)
    return DueStatus(
        DueState.OVERDUE, Period(day, day, Frequency.DAILY), date(2026, 12, 1), missed, None
    )


def test_a_missed_backup_is_not_a_missed_inspection() -> None:
    assert backup_due_text(overdue(2)) == "已逾期（漏备份 2 期）"
    assert due_text(overdue(2)) == "已逾期（漏检 2 期）"
    assert backup_due_text(overdue(0)) == "已逾期"


def test_a_loan_without_a_serial_says_so(qtbot) -> None:
    model = LoansModel()
    assert model.no_serial(1) == "无序列号"
    assert model.no_serial(3) == "无序列号 ×3"


def test_the_wizard_explains_the_password_without_jargon(qtbot) -> None:
    page = AccountPage()
    qtbot.addWidget(page)
    assert "哈希" not in page.subTitle() and "看不到您的密码" in page.subTitle()


def test_an_overdue_due_date_says_it_is_the_first_missed_one() -> None:
    assert due_date_text(overdue(2)) == "2026-12-01 起逾期"


def test_a_period_is_written_in_the_ui_language() -> None:
    day = date(2026, 12, 3)
    assert period_text(Period(day, day, Frequency.WEEKLY)) == "2026年第49周"
    assert period_text(Period(day, day, Frequency.MONTHLY)) == "2026年12月"
    assert period_text(Period(day, day, Frequency.QUARTERLY)) == "2026年第4季度"
    assert period_text(Period(day, day, Frequency.DAILY)) == "2026-12-03"
