"""The analytics on paper: the dashboard's charts drawn with reportlab's own chart library."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from clientbase.reports.fonts import CONDENSED
from clientbase.reports.page import ReportPage, Styles, styles, table_style, write_pdf
from clientbase.reports.texts import ReportTexts
from clientbase.services.dashboard import Dashboard
from clientbase.services.locale_format import money_text, number_text
from clientbase.services.segments import ABC_SEGMENTS, FREQUENCY_SEGMENTS, RFM_SEGMENTS, Segment

BAR = colors.HexColor("#3d7cc9")
SECOND = colors.HexColor("#5aa469")
CHART_HEIGHT = 150.0


def _month_labels(board: Dashboard, texts: ReportTexts) -> list[str]:
    return [f"{texts[f'month.{m.month}'][:3]}\n{m:%y}" for m in board.months]


def _vertical(values: Sequence[float], labels: list[str], width: float, color: object,
              language: str, money: bool) -> Drawing:  # fmt: skip
    drawing = Drawing(width, CHART_HEIGHT)
    chart = VerticalBarChart()
    chart.x, chart.y = 50, 28
    chart.width, chart.height = width - 60, CHART_HEIGHT - 40
    chart.data = [list(values) or [0]]
    chart.bars[0].fillColor = color
    chart.bars[0].strokeColor = None
    chart.categoryAxis.categoryNames = labels
    chart.categoryAxis.labels.fontName = CONDENSED
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.dy = -2
    chart.valueAxis.labels.fontName = CONDENSED
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    chart.valueAxis.labelTextFormat = lambda v: number_text(Decimal(str(v)), 0, language)
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor("#dde3ea")
    if max(values, default=0) <= 0:
        chart.valueAxis.valueMax = 1
    drawing.add(chart)
    return drawing


def _horizontal(pairs: list[tuple[str, int]], width: float, language: str) -> Drawing:
    height = 14.0 * len(pairs) + 24
    drawing = Drawing(width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = 150, 12
    chart.width, chart.height = width - 190, height - 20
    # reportlab draws the first category at the bottom; the list reads top-down.
    reversed_pairs = pairs[::-1]
    chart.data = [[count for _, count in reversed_pairs] or [0]]
    chart.bars[0].fillColor = BAR
    chart.bars[0].strokeColor = None
    chart.categoryAxis.categoryNames = [label for label, _ in reversed_pairs]
    chart.categoryAxis.labels.fontName = CONDENSED
    chart.categoryAxis.labels.fontSize = 8
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.valueAxis.labels.fontName = CONDENSED
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    chart.valueAxis.labelTextFormat = lambda v: number_text(Decimal(str(v)), 0, language)
    if max((c for _, c in pairs), default=0) <= 0:
        chart.valueAxis.valueMax = 1
    chart.barLabelFormat = lambda v: number_text(Decimal(str(v)), 0, language)
    chart.barLabels.fontName = CONDENSED
    chart.barLabels.fontSize = 7
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    drawing.add(chart)
    return drawing


def _block(title: str, body: Flowable, style: Styles) -> Flowable:
    return KeepTogether([Paragraph(escape(title), style.heading), body])


def dashboard_story(
    board: Dashboard, language: str = "ru", currency: str = "RUB"
) -> tuple[list[Flowable], ReportPage]:
    texts = ReportTexts(language)
    language = texts.language
    report = ReportPage(texts["dashboard_title"], language)
    style = styles()
    width = report.width
    labels = _month_labels(board, texts)
    summary = texts["dashboard.summary"].format(
        clients=number_text(board.active_clients, 0, language),
        buyers=number_text(board.buyers, 0, language),
        revenue=money_text(board.revenue_total, currency, language),
    )
    segment_pairs = [
        (texts[f"segment.{s.value}"], board.segments[s])
        for s in (*ABC_SEGMENTS, *RFM_SEGMENTS, *FREQUENCY_SEGMENTS, Segment.CHURNED, Segment.VIP)
    ]
    sources = sorted(board.sources.items(), key=lambda item: -item[1])
    source_pairs = [(texts.word("source", s) or texts["source.none"], n) for s, n in sources]
    top_rows: list[list[object]] = [
        [texts["col.number"], texts["col.name"], texts["col.purchase_count"], texts["col.revenue"]]
    ]
    for number, client in enumerate(board.top_clients, start=1):
        top_rows.append(
            [
                str(number),
                Paragraph(escape(client.name), style.cell),
                number_text(client.purchase_count, 0, language),
                money_text(client.total_spent, currency, language),
            ]
        )
    top = Table(
        top_rows,
        colWidths=[width * 0.06, width * 0.6, width * 0.12, width * 0.22],
        style=table_style(extra=[("ALIGN", (2, 0), (-1, -1), "RIGHT")]),
        hAlign="LEFT",
    )
    story: list[Flowable] = [
        Paragraph(escape(report.title), style.title),
        Paragraph(escape(summary), style.subtitle),
        Spacer(1, 4),
        _block(texts["dashboard.revenue"], _vertical([float(v) for v in board.revenue], labels,
               width, BAR, language, True), style),
        _block(texts["dashboard.new_clients"], _vertical(board.new_clients, labels, width,
               SECOND, language, False), style),
        _block(texts["dashboard.segments"], _horizontal(segment_pairs, width, language), style),
        _block(texts["dashboard.top"], top, style),
        _block(texts["dashboard.sources"], _horizontal(source_pairs, width, language), style),
    ]  # fmt: skip
    return story, report


def write_dashboard(
    board: Dashboard, path: Path, language: str = "ru", currency: str = "RUB"
) -> int:
    story, report = dashboard_story(board, language, currency)
    return write_pdf(path, story, report)
