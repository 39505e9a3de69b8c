"""The report's charts, drawn with reportlab's own graphics (no plotting dependency): a trend of
achievement rates, bars of faults, a pie of satisfaction. Labels in the document's font."""

from __future__ import annotations

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.charts.piecharts import Pie
from reportlab.graphics.shapes import Drawing, String
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib import colors
from reportlab.lib.units import mm

from app.exports.pdf_fonts import FONT
from app.exports.reports.monthly_data import BarChart, LineChart, PieChart

WIDTH = 170 * mm
HEIGHT = 62 * mm
PALETTE = (
    colors.HexColor("#305496"),
    colors.HexColor("#C55A11"),
    colors.HexColor("#548235"),
    colors.HexColor("#7F6000"),
    colors.HexColor("#7030A0"),
)


def _title(drawing: Drawing, text: str) -> None:
    drawing.add(
        String(WIDTH / 2, HEIGHT - 10, text, fontName=FONT, fontSize=9, textAnchor="middle")
    )


def _legend(drawing: Drawing, names: list[str], x: float, y: float) -> None:
    legend = Legend()
    legend.fontName, legend.fontSize = FONT, 8
    legend.x, legend.y = x, y
    legend.alignment = "right"
    legend.columnMaximum = 6
    legend.colorNamePairs = [(PALETTE[i % len(PALETTE)], name) for i, name in enumerate(names)]
    drawing.add(legend)


def line_chart(chart: LineChart) -> Drawing:
    """Rates in per cent per month; a month without a figure is left as a gap."""
    drawing = Drawing(WIDTH, HEIGHT, initialFontName=FONT)  # no unembedded Helvetica
    _title(drawing, chart.title)
    plot = HorizontalLineChart()
    plot.x, plot.y, plot.width, plot.height = 30, 18, WIDTH - 130, HEIGHT - 40
    plot.data = [tuple(v for v in values) for _, values in chart.series]  # None: no point
    plot.categoryAxis.categoryNames = list(chart.categories)
    plot.categoryAxis.labels.fontName = FONT
    plot.categoryAxis.labels.fontSize = 7
    plot.valueAxis.valueMin, plot.valueAxis.valueMax, plot.valueAxis.valueStep = 0, 100, 20
    plot.valueAxis.labels.fontName, plot.valueAxis.labels.fontSize = FONT, 7
    plot.valueAxis.labelTextFormat = "%d%%"
    plot.joinedLines = True
    for i in range(len(chart.series)):
        plot.lines[i].strokeColor = PALETTE[i % len(PALETTE)]
        plot.lines[i].strokeWidth = 1.4
        # a dot on each month: a month alone between gaps (a first month of data) shows too
        marker = makeMarker("FilledCircle")
        marker.size, marker.fillColor = 3.5, PALETTE[i % len(PALETTE)]
        plot.lines[i].symbol = marker
    drawing.add(plot)
    _legend(drawing, [name for name, _ in chart.series], WIDTH - 95, HEIGHT - 25)
    return drawing


def bar_chart(chart: BarChart) -> Drawing:
    drawing = Drawing(WIDTH, HEIGHT, initialFontName=FONT)  # no unembedded Helvetica
    _title(drawing, chart.title)
    plot = VerticalBarChart()
    plot.x, plot.y, plot.width, plot.height = 30, 18, WIDTH - 130, HEIGHT - 40
    plot.data = [tuple(values) for _, values in chart.series] or [(0,)]
    plot.categoryAxis.categoryNames = list(chart.categories) or ["—"]
    plot.categoryAxis.labels.fontName, plot.categoryAxis.labels.fontSize = FONT, 7
    # long system names: slanted, so neighbours never overlap
    plot.categoryAxis.labels.angle = 25
    plot.categoryAxis.labels.boxAnchor = "ne"
    plot.categoryAxis.labels.dx, plot.categoryAxis.labels.dy = 6, -2
    plot.y, plot.height = 40, HEIGHT - 62
    plot.valueAxis.valueMin = 0
    plot.valueAxis.labels.fontName, plot.valueAxis.labels.fontSize = FONT, 7
    top = max((max(v, default=0) for _, v in chart.series), default=0)
    plot.valueAxis.valueMax = max(top, 1) * 1.15
    plot.valueAxis.valueStep = max(1, round(max(top, 1) / 5))
    plot.groupSpacing = 6
    for i in range(len(chart.series)):
        plot.bars[i].fillColor = PALETTE[i % len(PALETTE)]
    drawing.add(plot)
    _legend(drawing, [name for name, _ in chart.series], WIDTH - 95, HEIGHT - 25)
    return drawing


def pie_chart(chart: PieChart) -> Drawing:
    drawing = Drawing(WIDTH, HEIGHT, initialFontName=FONT)  # no unembedded Helvetica
    _title(drawing, chart.title)
    shown = [(label, count) for label, count in chart.slices if count > 0]
    if not shown:
        drawing.add(
            String(
                WIDTH / 2, HEIGHT / 2, "本期无数据", fontName=FONT, fontSize=9, textAnchor="middle"
            )
        )
        return drawing
    pie = Pie()
    pie.x, pie.y, pie.width, pie.height = 40, 6, HEIGHT - 24, HEIGHT - 24
    pie.data = [count for _, count in shown]
    total = sum(pie.data)
    pie.labels = [f"{label} {count}（{100 * count / total:.1f}%）" for label, count in shown]
    pie.simpleLabels = 1
    pie.slices.fontName, pie.slices.fontSize = FONT, 8
    pie.slices.strokeWidth = 0.5
    names = [label for label, _ in chart.slices]
    for i, (label, _count) in enumerate(shown):
        pie.slices[i].fillColor = PALETTE[names.index(label) % len(PALETTE)]
        pie.slices[i].labelRadius = 1.25
    drawing.add(pie)
    return drawing
