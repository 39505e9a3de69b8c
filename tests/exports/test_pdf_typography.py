"""Every kind of demo document read back with poppler, qpdf and zbar: Chinese line breaking, fonts
embedded, A4, and a QR code a cheap 100-dpi scan decodes to the serial in keyboard characters."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from app.exports.pdf_linebreak import CANNOT_END, CANNOT_START
from tests.exports.demo_documents import DemoDocuments

CLOSING = "，。、；：？！）」』》"
OPENING = "（「『《"


def pdf_lines(path: Path) -> list[str]:
    text = subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return [line.strip() for line in text.splitlines() if line.strip()]


def test_every_kind_of_document_was_printed(demo_documents: DemoDocuments) -> None:
    assert set(demo_documents.files) == {
        "defect_form",
        "consultation",
        "handover",
        "inspection_report",
        "inspection_summary",
        "incident_report",
        "loaner_form",
        "stocktake_sheet",
        "plan",
        "plans_booklet",
        "change_request",
        "monthly_report",
    }
    assert len(demo_documents.all()) >= 30


def test_no_line_starts_with_closing_or_ends_with_opening_punctuation(
    demo_documents: DemoDocuments,
) -> None:
    bad = [
        (path.name, line)
        for path in demo_documents.all()
        for line in pdf_lines(path)
        if line[0] in CLOSING or line[-1] in OPENING
    ]
    assert bad == []
    assert set(CLOSING) <= CANNOT_START and set(OPENING) <= CANNOT_END


def test_short_terms_are_not_split_across_lines(demo_documents: DemoDocuments) -> None:
    lines = [line for path in demo_documents.all() for line in pdf_lines(path)]
    for term in ("主管领导确认", "上报服务中心"):
        head = term[:-1]
        split = [line for line in lines if line.endswith(head)]
        assert split == [], term
    assert any("主管领导确认" in line for line in lines)


def test_fonts_are_embedded_and_files_are_valid_a4(demo_documents: DemoDocuments) -> None:
    for path in demo_documents.all():
        fonts = subprocess.run(
            ["pdffonts", str(path)], capture_output=True, text=True, check=True
        ).stdout.splitlines()[2:]
        assert fonts and all(" yes " in line for line in fonts), (path.name, fonts)
        info = subprocess.run(
            ["pdfinfo", str(path)], capture_output=True, text=True, check=True
        ).stdout
        assert re.search(r"Page size:\s+595\.2\d* x 841\.8\d* pts \(A4\)", info), path.name
        if shutil.which("qpdf"):
            check = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)
            assert check.returncode == 0, (path.name, check.stdout)


@pytest.mark.skipif(shutil.which("zbarimg") is None, reason="zbar-tools is installed by .ci/run")
def test_every_qr_code_decodes_from_a_100_dpi_render(
    demo_documents: DemoDocuments, tmp_path: Path
) -> None:
    for path in demo_documents.all():
        for dpi in (100, 80):
            png = tmp_path / f"{path.stem}-{dpi}"
            subprocess.run(
                ["pdftoppm", "-png", "-r", str(dpi), "-f", "1", "-l", "1", "-singlefile",
                 str(path), str(png)],
                check=True,
            )  # fmt: skip
            scan = subprocess.run(
                ["zbarimg", "-q", "--raw", f"{png}.png"], capture_output=True, text=True
            )
            code = scan.stdout.strip()
            assert code, (path.name, dpi)
            assert all(" " <= c <= "~" for c in code), code
            serial = code.split(";")[0]
            assert serial in " ".join(pdf_lines(path)).replace("～", "~"), (path.name, code)


def test_every_document_breaks_its_paragraphs_by_the_chinese_rules() -> None:
    """Paragraphs come from app.exports.pdf_fonts (the Chinese line breaker), never straight
    from reportlab, whose own breaking puts a comma at the start of a line."""
    exports = Path(__file__).parents[2] / "app" / "exports"
    direct = re.compile(r"^from reportlab\.platypus import [^\n]*\bParagraph\b", re.M)
    offenders = [
        str(path.relative_to(exports))
        for path in exports.rglob("*.py")
        if path.name != "pdf_fonts.py" and direct.search(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []
