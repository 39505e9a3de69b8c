"""Imports refuse bad files cheaply: numbers out of range, NaN/INF, formulas without a result,
texts too long, files too big or crafted to blow up; every refusal names the row, saves nothing."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.db.models import Part, PartSerial, StockMovement
from app.domain.store.import_rows import MAX_LENGTHS
from app.services import workbook_rows
from app.services.context import Desk
from app.services.store.parts_import import PartsImportError, import_parts
from tests.db.store_workbooks import CLEAN_ROWS, write_workbook

ROOT = Path(__file__).resolve().parents[2]
QUANTITY = 7  # the 期初数量 column; row 3 of the sheet is CLEAN_ROWS[1]


def rows_with(row: int, column: int, value: object) -> list[list[object]]:
    rows = [list(r) for r in CLEAN_ROWS]
    rows[row][column] = value
    return rows


def craft(path: Path, replace: dict[bytes, bytes], rows: list[list[object]] | None = None) -> Path:
    """A workbook written by openpyxl, then its first sheet's XML edited by hand."""
    plain = write_workbook(path.with_suffix(".plain.xlsx"), rows or CLEAN_ROWS)
    with zipfile.ZipFile(plain) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                for old, new in replace.items():
                    assert old in data
                    data = data.replace(old, new)
            dst.writestr(info, data)
    return path


def nothing_saved(desk: Desk) -> bool:
    with desk.db.read() as session:
        counts = [
            session.scalar(select(func.count()).select_from(model))
            for model in (Part, PartSerial, StockMovement)
        ]
    return counts == [0, 0, 0]


NAN_CELL = b'<c r="H3" t="n"><v /></c>'  # what openpyxl writes for float("nan")


@pytest.mark.parametrize(
    ("name", "make", "expected"),
    [
        (
            "1e19",
            lambda p: write_workbook(p, rows_with(1, QUANTITY, 1e19)),
            "第 3 行：期初数量超出范围",
        ),
        (
            "2**63-1",
            lambda p: write_workbook(p, rows_with(1, QUANTITY, 2**63 - 1)),
            "第 3 行：期初数量超出范围",
        ),
        (
            "1e308",
            lambda p: write_workbook(p, rows_with(1, QUANTITY, 1e308)),
            "第 3 行：期初数量超出范围",
        ),
        (
            "min 1e19",
            lambda p: write_workbook(p, rows_with(1, 6, 1e19)),
            "第 3 行：最低库存超出范围",
        ),
        (
            "INF",
            lambda p: craft(
                p, {NAN_CELL: b'<c r="H3"><v>1e400</v></c>'}, rows_with(1, QUANTITY, float("nan"))
            ),
            "第 3 行：期初数量“inf”不是整数",
        ),
        (
            "NaN cell",
            lambda p: craft(
                p,
                {NAN_CELL: b'<c r="H3" t="n"><v>NaN</v></c>'},
                rows_with(1, QUANTITY, float("nan")),
            ),
            "第 3 行附近有无法读取的单元格",
        ),
        (
            "INF cell",
            lambda p: craft(
                p, {NAN_CELL: b'<c r="H3"><v>INF</v></c>'}, rows_with(1, QUANTITY, float("nan"))
            ),
            "第 3 行附近有无法读取的单元格",
        ),
        (
            "formula",
            lambda p: write_workbook(p, rows_with(1, QUANTITY, "=G3*2")),
            "第 3 行：期初数量是公式但文件中没有计算结果",
        ),
        (
            "error cell",
            lambda p: craft(
                p,
                {NAN_CELL: b'<c r="H3" t="e"><v>#DIV/0!</v></c>'},
                rows_with(1, QUANTITY, float("nan")),
            ),
            "第 3 行：期初数量“#DIV/0!”不是整数",
        ),
        (
            "100k code",
            lambda p: write_workbook(p, rows_with(0, 0, "X" * 100_000)),
            "第 2 行：编码超过 40 个字符",
        ),
        (
            "long name",
            lambda p: write_workbook(p, rows_with(2, 1, "蓄电池" * 40)),
            "第 4 行：名称超过 100 个字符",
        ),
        (
            "long serial",
            lambda p: write_workbook(p, rows_with(0, 8, "D320A01、" + "9" * 61)),
            "第 2 行：序列号超过 60 个字符",
        ),
    ],
)
def test_a_bad_cell_is_a_row_error_and_nothing_is_saved(
    desk: Desk, tmp_path: Path, name: str, make, expected: str
) -> None:
    path = make(tmp_path / "parts.xlsx")
    with pytest.raises(PartsImportError) as refused:
        import_parts(desk, path)
    assert expected in str(refused.value), str(refused.value)
    assert nothing_saved(desk)


def test_a_formula_with_its_cached_result_is_imported(desk: Desk, tmp_path: Path) -> None:
    path = craft(
        tmp_path / "cached.xlsx",
        {NAN_CELL: b'<c r="H3"><f>G3*2</f><v>4</v></c>'},
        rows_with(1, QUANTITY, float("nan")),
    )
    import_parts(desk, path)
    with desk.db.read() as session:
        part_id = session.scalar(select(Part.id).where(Part.code == "SFP-1G"))
        stock = session.scalar(
            select(func.sum(StockMovement.quantity)).where(StockMovement.part_id == part_id)
        )
    assert stock == 4


def test_the_text_limits_are_the_database_columns(desk: Desk) -> None:
    columns = Part.__table__.c
    assert {
        "code": columns.code.type.length,
        "name": columns.name.type.length,
        "model": columns.model.type.length,
        "unit": columns.unit.type.length,
        "shelf": columns.shelf.type.length,
        "serials": PartSerial.__table__.c.serial.type.length,
    } == MAX_LENGTHS


def test_a_file_too_large_is_refused_before_it_is_parsed(
    desk: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write_workbook(tmp_path / "big.xlsx", CLEAN_ROWS)
    monkeypatch.setattr(workbook_rows, "MAX_FILE_BYTES", path.stat().st_size - 1)
    import openpyxl

    monkeypatch.setattr(openpyxl, "load_workbook", lambda *a, **k: pytest.fail("parsed"))
    with pytest.raises(PartsImportError, match="文件太大"):
        import_parts(desk, path)
    assert nothing_saved(desk)


def test_a_zip_bomb_is_refused_from_the_zip_directory(desk: Desk, tmp_path: Path) -> None:
    path = write_workbook(tmp_path / "bomb.xlsx", CLEAN_ROWS)
    zeros = b"\0" * (1 << 20)
    with (
        zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as package,
        package.open("xl/worksheets/sheet2.xml", "w") as part,
    ):
        for _ in range(210):  # 210 MB unpacked, about 200 KB packed
            part.write(zeros)
    assert path.stat().st_size < 2_000_000
    with pytest.raises(PartsImportError, match="解压后太大"):
        import_parts(desk, path)
    assert nothing_saved(desk)


def test_a_crafted_sheet_a_million_rows_long_is_refused_in_little_memory(tmp_path: Path) -> None:
    path = craft(
        tmp_path / "crafted.xlsx",
        {
            b'<dimension ref="A1:I6" />': b'<dimension ref="A1:XFD1048576" />',
            b"</sheetData>": b'<row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData>',
        },
    )
    code = (
        "import re, sys\n"
        "from pathlib import Path\n"
        "from app.services.store.parts_import import PartsImportError, read_part_rows\n"
        "try:\n"
        f"    read_part_rows(Path({str(path)!r}))\n"
        "except PartsImportError as exc:\n"
        "    print(str(exc).splitlines()[0])\n"
        # VmHWM, the peak of this program's own memory: ru_maxrss would also count the pages of
        # the (large, forked) test worker that started it, as Linux carries it across exec
        "print(int(re.search(r'VmHWM:\\s+(\\d+)', Path('/proc/self/status').read_text())[1])"
        " // 1024)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    message, peak_mb = result.stdout.strip().splitlines()
    assert message == "工作表超过 200000 行，未导入"
    assert int(peak_mb) < 300  # measured in a process of its own, not the test suite's
