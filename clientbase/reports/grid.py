"""A page of a plain-text table, drawn straight onto the canvas.

Reportlab's Table handles spans, flowables in cells and per-cell styles; a client list needs
none of them and spent most of its time there (10,000 clients: 5 s in Table.draw against
a goal of 4 s for the whole list). Rows here are text cut into lines beforehand
(table_layout.wrap), so a page is drawn as one text object, one grid and a few rectangles.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from xml.sax.saxutils import escape

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Spacer

from clientbase.reports.fonts import CONDENSED, CONDENSED_BOLD
from clientbase.reports.page import (
    CELL_LEADING,
    CELL_PADDING,
    CELL_SIZE,
    GRID,
    HEAD_FILL,
    STRIPE,
    TOTALS_LINE,
    ReportPage,
    styles,
)
from clientbase.reports.table_layout import PADDING, column_widths, page_slices, row_height, wrap

TOP_PADDING = 2.0
SIDE_PADDING = PADDING / 2
# From the top of a line to its baseline: the ascent of DejaVu at this size.
ASCENT = CELL_SIZE * 0.93


@dataclass
class GridStyle:
    # Columns aligned right: numbers and money.
    right: set[int] = field(default_factory=set)
    # The last row is a totals row: bold, with a rule above it.
    totals: bool = False


class TextGrid(Flowable):
    """One page's rows under the header, with the lines of every cell already broken."""

    def __init__(
        self,
        header: Sequence[str],
        rows: Sequence[Sequence[str]],
        widths: Sequence[float],
        style: GridStyle,
        totals: bool = False,
    ) -> None:
        super().__init__()
        self.header = header
        self.rows = rows
        self.widths = widths
        self.style = style
        self.totals = totals
        self.heights = [row_height(r, CELL_LEADING, CELL_PADDING) for r in (header, *rows)]
        self.width = sum(widths)
        self.height = sum(self.heights)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        xs = [0.0]
        for width in self.widths:
            xs.append(xs[-1] + width)
        ys = [self.height]
        for height in self.heights:
            ys.append(ys[-1] - height)
        canvas.saveState()
        canvas.setFillColor(HEAD_FILL)
        canvas.rect(0, ys[1], self.width, self.heights[0], stroke=0, fill=1)
        canvas.setFillColor(STRIPE)
        for index in range(2, len(ys) - 1, 2):
            canvas.rect(0, ys[index + 1], self.width, self.heights[index], stroke=0, fill=1)
        canvas.setStrokeColor(GRID)
        canvas.setLineWidth(0.4)
        canvas.grid(xs, ys)
        if self.totals:
            canvas.setStrokeColor(TOTALS_LINE)
            canvas.setLineWidth(1)
            canvas.line(0, ys[-2], self.width, ys[-2])
        canvas.setFillColorRGB(0, 0, 0)
        text = canvas.beginText()
        last = len(self.rows)
        for number, row in enumerate((self.header, *self.rows)):
            bold = number == 0 or (self.totals and number == last)
            font = CONDENSED_BOLD if bold else CONDENSED
            text.setFont(font, CELL_SIZE, CELL_LEADING)
            top = ys[number] - TOP_PADDING - ASCENT
            for column, cell in enumerate(row):
                if not cell:
                    continue
                right = column in self.style.right
                for line_number, line in enumerate(cell.split("\n")):
                    if right:
                        x = xs[column + 1] - SIDE_PADDING - stringWidth(line, font, CELL_SIZE)
                    else:
                        x = xs[column] + SIDE_PADDING
                    text.setTextOrigin(x, top - line_number * CELL_LEADING)
                    text.textOut(line)
        canvas.drawText(text)
        canvas.restoreState()


def grid_pages(
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    widths: Sequence[float],
    style: GridStyle,
    first_room: float,
    room: float,
) -> list[TextGrid]:
    """The table cut into one grid per page, the header on each."""
    heights = [row_height(r, CELL_LEADING, CELL_PADDING) for r in rows]
    header_height = row_height(header, CELL_LEADING, CELL_PADDING)
    slices = page_slices(heights, header_height, first_room, room)
    return [
        TextGrid(header, rows[start:end], widths, style, style.totals and end == len(rows))
        for start, end in slices
    ]


@dataclass
class TableReport:
    """A report that is one long table under a title: lists of clients, birthdays, calls."""

    header: list[str]
    rows: list[list[str]]
    style: GridStyle = field(default_factory=GridStyle)
    # Columns of a set width (a row number, a blank column to write in).
    fixed: dict[int, float] = field(default_factory=dict)
    # A totals row, printed in bold after the last row.
    footer: list[str] = field(default_factory=list)


def number_column_width(count: int) -> float:
    return max(stringWidth(f"{count}", CONDENSED, CELL_SIZE) + PADDING, 18.0)


def table_story(report: ReportPage, subtitle: str, table: TableReport) -> list[Flowable]:
    """The title, a line saying what the table holds, and the table cut into pages."""
    style = styles()
    fonts = (CONDENSED, CONDENSED_BOLD, CELL_SIZE)
    widths = column_widths(table.header, table.rows, report.width, fonts, table.fixed, table.footer)
    header = [
        wrap(text, widths[i], CONDENSED_BOLD, CELL_SIZE) for i, text in enumerate(table.header)
    ]
    rows = [
        [wrap(text, widths[i], CONDENSED, CELL_SIZE) for i, text in enumerate(row)]
        for row in table.rows
    ]
    if table.footer:
        rows.append(
            [wrap(t, widths[i], CONDENSED_BOLD, CELL_SIZE) for i, t in enumerate(table.footer)]
        )
    story: list[Flowable] = [Paragraph(escape(report.title), style.title)]
    if subtitle:
        story.append(Paragraph(escape(subtitle), style.subtitle))
    story.append(Spacer(1, 6))
    first_room = report.height - sum(f.wrap(report.width, report.height)[1] for f in story)
    grid_style = GridStyle(table.style.right, totals=bool(table.footer))
    story.extend(grid_pages(header, rows, widths, grid_style, first_room, report.height))
    return story
