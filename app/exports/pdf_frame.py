"""The shared A4 frame of every document: header, serial, QR code, page x of y, classification."""

from __future__ import annotations

import itertools
import os
import tempfile
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

from reportlab.graphics.barcode import qrencoder
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepInFrame, SimpleDocTemplate
from reportlab.platypus.doctemplate import NullActionFlowable
from reportlab.platypus.flowables import _listWrapOn

from app.exports.pdf_fonts import (
    FONT,
    Styles,
    draw_bold_string,
    draw_text,
    make_styles,
    register_font,
)
from app.exports.pdf_split import fit_line
from app.exports.pdf_text import fmt_time

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 18 * mm
MARGIN_TOP = 32 * mm
MARGIN_BOTTOM = 20 * mm
# Measured with zbarimg on pages rendered at 80 and 100 dpi (a cheap scan): 22 mm with the
# standard 4-module quiet zone decodes every serial at both; 20 mm failed a third of them at 80.
QR_SIZE = 22 * mm
QR_LEVEL = "Q"  # a quarter of the code can be smudged or signed over
QR_BORDER = 4  # modules of quiet zone around the code, as scanners expect
QR_MAX_CHARS = 120  # serials are short; keep the code small enough to scan
GREY = colors.HexColor("#555555")
BODY_WIDTH = PAGE_WIDTH - 2 * MARGIN_X
# The frame's height on one page, less a little for reportlab's own padding.
BODY_HEIGHT = PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM - 14


@dataclass(frozen=True)
class DocumentHeader:
    """What the frame prints around every page of one document."""

    title: str
    serial: str
    ticket_number: str
    project_name: str
    client_name: str
    classification: str
    printed_at: datetime
    font_file: Path
    audit_head: str = ""  # the audit chain's head when printed: a later edit shows against it
    copy_note: str = ""  # "补打（第 2 次）" on a reprint of an unchanged document
    subject_title: str = ""  # what the document is about, after the serial in the PDF's title

    @property
    def document_title(self) -> str:
        """The PDF's title: 应急预案 YA-04 网络中断（断网）, 系统缺陷类问题提交单 QX-2026-0001."""
        return " ".join(part for part in (self.title, self.serial, self.subject_title) if part)

    @property
    def qr_text(self) -> str:
        """What the QR code holds: the serial (and ticket number) in characters a keyboard-wedge
        scanner can type, so a scan lands in any text field as typed."""
        text = f"{self.serial};{self.ticket_number}" if self.ticket_number else self.serial
        return scanner_text(text)[:QR_MAX_CHARS]


def scanner_text(text: str) -> str:
    """``text`` in printable ASCII: full-width forms folded (～ → ~), anything else dropped."""
    folded = unicodedata.normalize("NFKC", text).replace("\u301c", "~")
    return "".join(char for char in folded if " " <= char <= "~")


class _FramedCanvas(Canvas):
    """A canvas that holds pages back until the end, so each page can say "共 N 页"."""

    def __init__(self, *args: Any, header: DocumentHeader, **kwargs: Any) -> None:
        # Start in the embedded face, so no unembedded Helvetica is referenced by the file.
        kwargs["initialFontName"] = kwargs.get("initialFontName") or FONT
        super().__init__(*args, **kwargs)
        self._header = header
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            draw_frame(self, self._header, self.getPageNumber(), total)
            super().showPage()
        super().save()


@dataclass(frozen=True)
class _FrameLines:
    """The header's and footer's texts, each cut to its place once per document."""

    project: str
    client: str
    serial: str
    ticket: str
    classification: str


@lru_cache(maxsize=8)
def _frame_lines(header: DocumentHeader) -> _FrameLines:
    text_right = PAGE_WIDTH - MARGIN_X - QR_SIZE - 3 * mm
    half = (text_right - MARGIN_X) / 2 - 2 * mm  # left: project and client; right: the numbers
    return _FrameLines(
        project=fit_line(header.project_name, 10, half * 1.5),
        client=fit_line(f"用户单位：{header.client_name}", 8.5, half),
        serial=fit_line(f"编号：{header.serial}", 9.5, half / 2),
        ticket=fit_line(f"工单号：{header.ticket_number}", 8.5, half)
        if header.ticket_number
        else "",
        classification=fit_line(header.classification, 8.5, 45 * mm),
    )


def draw_frame(canvas: Canvas, header: DocumentHeader, page: int, total: int) -> None:
    """Header (project, client, serial, QR code) and footer (classification, page, print date)."""
    lines = _frame_lines(header)
    canvas.saveState()
    top = PAGE_HEIGHT - 12 * mm
    right = PAGE_WIDTH - MARGIN_X
    text_right = right - QR_SIZE - 3 * mm
    draw_bold_string(canvas, MARGIN_X, top - 4 * mm, lines.project, 10)
    canvas.setFillColor(GREY)
    draw_text(canvas, MARGIN_X, top - 9.5 * mm, lines.client, 8.5)
    canvas.setFillColor(colors.black)
    draw_text(canvas, text_right, top - 4 * mm, lines.serial, 9.5, align="right")
    if lines.ticket:
        draw_text(canvas, text_right, top - 9.5 * mm, lines.ticket, 8.5, align="right")
    if header.copy_note:
        draw_text(canvas, text_right, top - 14.5 * mm, header.copy_note, 8.5, "right", bold=True)
    line_y = PAGE_HEIGHT - MARGIN_TOP + 4 * mm
    _draw_qr(canvas, header.qr_text, right - QR_SIZE, line_y + 0.5 * mm)
    canvas.setStrokeColor(colors.black)
    canvas.setLineWidth(0.8)
    canvas.line(MARGIN_X, line_y, right, line_y)
    footer_y = 11 * mm
    canvas.setLineWidth(0.4)
    canvas.line(MARGIN_X, footer_y + 4 * mm, right, footer_y + 4 * mm)
    canvas.setFont(FONT, 8.5)
    if lines.classification:
        draw_bold_string(canvas, MARGIN_X, footer_y, lines.classification, 8.5)
    _draw_spaced(canvas, PAGE_WIDTH / 2, footer_y, ["第", str(page), "页", "共", str(total), "页"])
    canvas.drawRightString(right, footer_y, f"打印日期：{fmt_time(header.printed_at)}")
    if header.audit_head:
        canvas.setFont(FONT, 6.5)
        canvas.setFillColor(GREY)
        canvas.drawRightString(right, footer_y - 3.5 * mm, f"审计链 {header.audit_head}")
    canvas.restoreState()


def _draw_spaced(canvas: Canvas, centre: float, y: float, words: list[str]) -> None:
    """Centred words with clear gaps, so text extraction reads "第 1 页 共 3 页"."""
    gap = canvas._fontsize * 0.45
    widths = [canvas.stringWidth(w) for w in words]
    x = centre - (sum(widths) + gap * (len(words) - 1)) / 2
    for word, width in zip(words, widths, strict=True):
        canvas.drawString(x, y, word)
        x += width + gap


QR_FORM = "QrCode"


def _draw_qr(canvas: Canvas, text: str, x: float, y: float) -> None:
    """The QR code, made once per document as a form that every page places."""
    if not canvas.hasForm(QR_FORM):
        canvas.beginForm(QR_FORM, 0, 0, QR_SIZE, QR_SIZE)
        _draw_qr_modules(canvas, text)
        canvas.endForm()
    canvas.saveState()
    canvas.translate(x, y)
    canvas.doForm(QR_FORM)
    canvas.restoreState()


def _draw_qr_modules(canvas: Canvas, text: str) -> None:
    """The dark modules, each row's runs one filled rectangle: the squares reportlab's
    QrCodeWidget draws (4-module quiet zone), without a drawing of a thousand shapes rendered
    node by node. Each is its own ``re f``, as before: viewers snap such rectangles to the
    pixel grid, which keeps the code readable at 80 dpi (one path of them blurs)."""
    code = qrencoder.QRCode(None, getattr(qrencoder.QRErrorCorrectLevel, QR_LEVEL))
    code.addData(text)
    code.make()
    count = code.getModuleCount()
    box = QR_SIZE / (count + 2 * QR_BORDER)
    canvas.setFillColor(colors.black)
    for row_index, row in enumerate(code.modules):
        top = QR_SIZE - (row_index + QR_BORDER + 1) * box
        column = 0
        for dark, run in itertools.groupby(bool(module) for module in row):
            length = sum(1 for _ in run)
            if dark:
                canvas.rect((column + QR_BORDER) * box, top, length * box, box, stroke=0, fill=1)
            column += length


class OnePage(Flowable):
    """A story shrunk, if it must be, to fit on one page; one that would have to shrink below
    ``SMALLEST`` to fit (unreadable) flows over as many pages as it needs instead."""

    SMALLEST = 0.5  # 9.5 pt body text at 4.75 pt: the smallest still readable on paper

    def __init__(self, story: list[Flowable], smallest: float = SMALLEST) -> None:
        super().__init__()
        self._story = story
        self._smallest = smallest
        self._height: float | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return availWidth, 0xFFFFFF  # like KeepTogether: always asked to split

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        if self._height is None:  # measured once: wrapping a long story is slow
            self._height = _listWrapOn(_unkept(self._story), availWidth, self.canv)[1]
        if self._height > BODY_HEIGHT / self._smallest:
            # An action first: the frame then places and splits the story's items one by one.
            return [NullActionFlowable(), *self._story]
        # on one page nothing needs keeping together: the content itself goes in the frame
        return [KeepInFrame(BODY_WIDTH, BODY_HEIGHT, _unkept(self._story), mode="shrink")]


def _unkept(story: list[Flowable]) -> list[Flowable]:
    """The story with what keeps things together opened up: a keeper answers "always split me"
    to ``wrap``, so only its content can be measured."""
    flat: list[Flowable] = []
    for flowable in story:
        content = getattr(flowable, "_content", None)
        flat += _unkept(list(content)) if isinstance(content, list | tuple) else [flowable]
    return flat


def one_page(story: list[Flowable], smallest: float = OnePage.SMALLEST) -> Flowable:
    """The story shrunk, if it must be, to fit on one page of the frame (see ``OnePage``); one
    that would have to shrink below ``smallest`` flows over the pages it needs instead."""
    return OnePage(story, smallest)


def write_pdf(
    out_path: Path, header: DocumentHeader, story: Callable[[Styles], list[Flowable]]
) -> None:
    """Build the document into a temporary file beside ``out_path`` and rename it into place."""
    register_font(header.font_file)
    out_path = Path(out_path)
    handle, temp_name = tempfile.mkstemp(
        prefix=f".{out_path.stem}.", suffix=".partial", dir=out_path.parent
    )
    os.close(handle)
    try:
        doc = SimpleDocTemplate(
            temp_name,
            pagesize=A4,
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=header.document_title,
            author=header.project_name,
            subject=header.ticket_number,
            creator="驻场运维台 Resident Desk",
            initialFontName=FONT,
        )
        doc.build(
            story(make_styles()),
            canvasmaker=lambda *a, **k: _FramedCanvas(*a, header=header, **k),
        )
        os.replace(temp_name, out_path)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise
