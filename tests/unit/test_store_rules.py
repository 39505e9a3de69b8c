"""The store's pure rules: stock as a sum, never below zero, serial moves, loans, import rows."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from app.domain.enums import Severity, TicketClass
from app.domain.store.import_rows import (
    PartRow,
    check_duplicates,
    match_headers,
    parse_int,
    parse_part_row,
)
from app.domain.store.inventory import (
    CountLine,
    MovementKind,
    PartCategory,
    StockError,
    check_available,
    check_serial_move,
    differences,
    is_low,
    loan_overdue,
    normalise_model,
    same_model,
    serial_in_stock,
    signed_quantity,
    stock_level,
)
from app.domain.tickets.sla import ClockTargets, LoanerState, TicketTimes, loaner_state

T0 = datetime(2026, 11, 24, 1, 0, tzinfo=UTC)


def test_stock_is_the_sum_of_signed_movements() -> None:
    moves = [
        signed_quantity(MovementKind.STOCK_IN, 10),
        signed_quantity(MovementKind.STOCK_OUT, 3),
        signed_quantity(MovementKind.RETURN, 1),
        signed_quantity(MovementKind.SCRAP, 2),
        signed_quantity(MovementKind.ADJUSTMENT, -1),
        signed_quantity(MovementKind.LOAN_OUT, 1),
        signed_quantity(MovementKind.LOAN_BACK, 1),
    ]
    assert moves == [10, -3, 1, -2, -1, -1, 1]
    assert stock_level(moves) == 5


@pytest.mark.parametrize(
    "kind,quantity", [(MovementKind.STOCK_OUT, 0), (MovementKind.STOCK_IN, -2)]
)
def test_quantities_must_be_positive(kind: MovementKind, quantity: int) -> None:
    with pytest.raises(StockError, match="正整数"):
        signed_quantity(kind, quantity)


def test_an_adjustment_of_zero_is_refused() -> None:
    with pytest.raises(StockError, match="不能为 0"):
        signed_quantity(MovementKind.ADJUSTMENT, 0)


def test_stock_may_reach_zero_but_never_below() -> None:
    assert check_available("SP-1", 3, -3) == 0
    with pytest.raises(StockError, match="库存只有 3，不能减少 4"):
        check_available("SP-1", 3, -4)


def test_low_stock_is_at_or_below_the_minimum() -> None:
    assert is_low(2, 2) and is_low(0, 1)
    assert not is_low(3, 2)
    assert not is_low(0, 0)  # no minimum set


def test_serial_items_move_one_at_a_time_and_only_from_where_they_are() -> None:
    assert serial_in_stock([1]) and not serial_in_stock([1, -1]) and serial_in_stock([1, -1, 1])
    check_serial_move("CAM", "SN1", True, -1)
    with pytest.raises(StockError, match="不在库中"):
        check_serial_move("CAM", "SN1", False, -1)
    with pytest.raises(StockError, match="已在库中"):
        check_serial_move("CAM", "SN1", True, 1)
    with pytest.raises(StockError, match="每次只能移动一件"):
        check_serial_move("CAM", "SN1", True, -2)


def _times(**kw) -> TicketTimes:
    return TicketTimes(TicketClass.DEFECT, Severity.MAJOR, T0, is_hardware=True, **kw)


def test_loaner_is_due_only_after_the_8_hour_mark_and_issued_stops_asking() -> None:
    targets = ClockTargets()
    mark = T0 + timedelta(hours=8)
    assert loaner_state(_times(), targets, mark) is LoanerState.PENDING
    due = loaner_state(_times(), targets, mark + timedelta(seconds=1))
    assert due is LoanerState.DUE
    after = mark + timedelta(seconds=1)
    assert loaner_state(_times(), targets, after, issued=False) is LoanerState.DUE
    assert loaner_state(_times(), targets, after, issued=True) is LoanerState.ISSUED
    fixed_in_time = loaner_state(_times(restored_at=mark), targets, mark + timedelta(hours=1))
    assert fixed_in_time is LoanerState.NOT_NEEDED
    software = TicketTimes(TicketClass.DEFECT, Severity.MAJOR, T0, is_hardware=False)
    assert loaner_state(software, targets, after, issued=True) is LoanerState.NOT_APPLICABLE


def test_a_loan_is_overdue_after_its_return_time_until_returned() -> None:
    due = T0 + timedelta(days=3)
    assert not loan_overdue(due, None, due)
    assert loan_overdue(due, None, due + timedelta(minutes=1))
    assert not loan_overdue(due, due + timedelta(hours=1), due + timedelta(days=1))
    assert not loan_overdue(None, None, due)


def test_same_model_matches_the_model_inside_the_device_text() -> None:
    assert same_model("半球摄像机 IPC-D320", "IPC-D320")
    assert same_model("半球摄像机 ＩＰＣ－Ｄ３２０", "ipc d320")
    assert not same_model("半球摄像机 IPC-D320", "IPC-B520")
    assert not same_model("半球摄像机", "")


def test_stocktake_differences_leave_uncounted_lines_alone() -> None:
    lines = [CountLine(1, "A", 5, 5), CountLine(2, "B", 5, 3), CountLine(3, "C", 2, None)]
    assert [(ln.code, ln.difference) for ln in differences(lines)] == [("B", -2)]


@pytest.mark.parametrize(
    "cell,value",
    [("１２", 12), (" 3 ", 3), (3.0, 3), ("1,200", 1200), ("　５　", 5), ("7.0", 7), (4, 4)],
)
def test_full_width_digits_and_stray_spaces_are_numbers(cell: object, value: int) -> None:
    assert parse_int(cell) == value


@pytest.mark.parametrize("cell", ["十二", "3台", "2.5", True])
def test_words_and_fractions_are_not_quantities(cell: object) -> None:
    assert parse_int(cell) is None


def test_headers_match_with_spaces_and_alternative_names() -> None:
    columns = match_headers([" 备件编码 ", "名 称", "规格型号", "类别", "货位", "期初数量", None])
    assert columns == {
        "code": 0,
        "name": 1,
        "model": 2,
        "category": 3,
        "shelf": 4,
        "quantity": 5,
    }


def test_a_clean_row_is_normalised() -> None:
    row = parse_part_row(
        3,
        {
            "code": " cam-ｄ320 ",
            "name": "半球摄像机  ",
            "model": "IPC-D320",
            "category": "整机",
            "shelf": " a-01 ",
            "quantity": "２",
            "serials": "SN001、SN002",
            "min_stock": "１",
        },
    )
    assert isinstance(row, PartRow)
    assert (row.code, row.name, row.shelf, row.quantity, row.min_stock) == (
        "CAM-D320",
        "半球摄像机",
        "A-01",
        2,
        1,
    )
    assert row.category is PartCategory.DEVICE and row.serial_tracked
    assert row.serials == ("SN001", "SN002")


def test_a_bad_row_lists_every_reason_with_its_row_number() -> None:
    errors = parse_part_row(7, {"code": "", "name": "网线", "category": "杂物", "quantity": "三"})
    assert isinstance(errors, list)
    text = str(errors[0])
    assert text.startswith("第 7 行：")
    assert "缺少编码" in text and "类别“杂物”不认识" in text and "期初数量“三”不是整数" in text


def test_serial_count_must_match_the_quantity() -> None:
    errors = parse_part_row(
        4, {"code": "C", "name": "n", "category": "备件", "quantity": 3, "serials": "A,B"}
    )
    assert isinstance(errors, list) and "序列号 2 个，与期初数量 3 不符" in str(errors[0])


def test_duplicate_codes_name_the_first_row_and_existing_codes() -> None:
    rows = [
        parse_part_row(2, {"code": "A", "name": "n", "category": "耗材", "quantity": 1}),
        parse_part_row(3, {"code": "B", "name": "n", "category": "耗材", "quantity": 1}),
        parse_part_row(4, {"code": "a", "name": "n", "category": "耗材", "quantity": 1}),
    ]
    assert all(isinstance(r, PartRow) for r in rows)
    errors = check_duplicates(rows, existing={"B"})  # type: ignore[arg-type]
    assert [str(e) for e in errors] == [
        "第 3 行：编码 B 已在备件目录中",
        "第 4 行：编码 A 与第 2 行重复",
    ]


def test_refusals_name_the_part_and_serial_for_translation() -> None:
    with pytest.raises(StockError) as short:
        check_available("SFP-1G", 2, -3)
    assert str(short.value) == "备件 SFP-1G 库存只有 2，不能减少 3"
    assert short.value.context == "store"
    assert short.value.values == {"code": "SFP-1G", "on_hand": 2, "wanted": 3}
    with pytest.raises(StockError) as gone:
        check_serial_move("CAM", "D320A01", False, -1)
    assert gone.value.values == {"serial": "D320A01", "code": "CAM"}
    assert str(gone.value) == "序列号 D320A01（CAM）不在库中"
    with pytest.raises(StockError) as there:
        check_serial_move("CAM", "D320A01", True, 1)
    assert there.value.values == {"serial": "D320A01", "code": "CAM"}
    assert str(there.value) == "序列号 D320A01（CAM）已在库中"


def test_model_numbers_compare_without_separators() -> None:
    assert normalise_model(" ＩＰＣ - D320 / b_2 ") == "ipcd320b2"
    assert same_model("IPC-D320", "IPCD320") and same_model("ipc d320", "IPC-D320")


def test_quantity_refusals_say_why() -> None:
    with pytest.raises(StockError) as zero:
        signed_quantity(MovementKind.ADJUSTMENT, 0)
    assert str(zero.value) == "调整数量不能为 0"
    with pytest.raises(StockError) as negative:
        signed_quantity(MovementKind.STOCK_OUT, -1)
    assert str(negative.value) == "数量必须是正整数"
    with pytest.raises(StockError) as two:
        check_serial_move("CAM", "D320A01", True, -2)
    assert str(two.value) == "备件 CAM 按序列号管理，每次只能移动一件"
    assert two.value.values == {"code": "CAM"}
