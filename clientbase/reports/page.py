"""The page every report shares: A4, a title, «Стр. 3 из 12» and the date at the foot.

A report is a list of reportlab flowables; `write_pdf` lays them out and writes the file
beside its target first, so a full disk never leaves half a PDF under the chosen name.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, TableStyle

from clientbase.reports.fonts import BOLD, CONDENSED, CONDENSED_BOLD, REGULAR, register_fonts
from clientbase.reports.texts import report_text
from clientbase.services.file_output import written_in_place
from clientbase.services.locale_format import date_text

MARGIN = 15 * mm
FOOT = 10 * mm
GRID = colors.HexColor("#9aa5b1")
HEAD_FILL = colors.HexColor("#e8edf2")
STRIPE = colors.HexColor("#f7f9fb")
TOTALS_LINE = colors.HexColor("#4a5560")
CELL_SIZE = 8.5
CELL_LEADING = 10.5
# Top plus bottom padding of a table cell.
CELL_PADDING = 5.0
# Frames keep 6 points of padding on every side.
FRAME_PADDING = 6.0


@dataclass(frozen=True)
class ReportPage:
    title: str
    language: str = "ru"
    landscape: bool = False
    printed_on: date = field(default_factory=date.today)
    # A letter carries no page numbers, date line or running title.
    plain: bool = False

    def __post_init__(self) -> None:
        # Every report starts by making its page; from here on the fonts can be measured.
        register_fonts()

    @property
    def size(self) -> tuple[float, float]:
        return landscape(A4) if self.landscape else A4

    @property
    def width(self) -> float:
        """The width text and tables may take."""
        return self.size[0] - 2 * MARGIN - 2 * FRAME_PADDING

    @property
    def height(self) -> float:
        """The height of a page's text area."""
        return self.size[1] - 2 * MARGIN - 2 * FRAME_PADDING


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    heading: ParagraphStyle
    body: ParagraphStyle
    cell: ParagraphStyle
    cell_right: ParagraphStyle
    cell_head: ParagraphStyle
    small: ParagraphStyle


def styles() -> Styles:
    register_fonts()
    body = ParagraphStyle("body", fontName=REGULAR, fontSize=10, leading=13)
    cell = ParagraphStyle("cell", fontName=CONDENSED, fontSize=8.5, leading=10.5)
    return Styles(
        title=ParagraphStyle("title", parent=body, fontName=BOLD, fontSize=15, leading=19),
        subtitle=ParagraphStyle(
            "subtitle", parent=body, fontSize=9, leading=12, textColor=colors.HexColor("#4a5560")
        ),
        heading=ParagraphStyle(
            "heading",
            parent=body,
            fontName=BOLD,
            fontSize=11.5,
            leading=15,
            spaceBefore=8,
            spaceAfter=3,
        ),
        body=body,
        cell=cell,
        cell_right=ParagraphStyle("cell_right", parent=cell, alignment=2),
        cell_head=ParagraphStyle("cell_head", parent=cell, fontName=CONDENSED_BOLD),
        small=ParagraphStyle("small", parent=body, fontSize=8, leading=10),
    )


def table_style(header_rows: int = 1, extra: Sequence[tuple[Any, ...]] = ()) -> TableStyle:
    """Thin grid, a shaded header repeated on every page, light stripes to follow a row."""
    commands: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), CONDENSED, CELL_SIZE, CELL_LEADING),
        ("FONT", (0, 0), (-1, header_rows - 1), CONDENSED_BOLD, CELL_SIZE, CELL_LEADING),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), HEAD_FILL),
        ("ROWBACKGROUNDS", (0, header_rows), (-1, -1), [colors.white, STRIPE]),
        ("GRID", (0, 0), (-1, -1), 0.4, GRID),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    commands.extend(extra)
    return TableStyle(commands)


class _NumberedCanvas(Canvas):
    """Holds every page back until the last, so each foot can say how many pages there are."""

    report: ReportPage

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self._draw_foot(total)
            super().showPage()
        super().save()

    def _draw_foot(self, total: int) -> None:
        report = self.report
        if report.plain:
            return
        width = report.size[0]
        self.saveState()
        self.setFont(REGULAR, 8)
        self.setFillColor(colors.HexColor("#4a5560"))
        printed = report_text(report.language, "printed_on").format(
            date=date_text(report.printed_on, report.language)
        )
        left = MARGIN + FRAME_PADDING
        self.drawString(left, FOOT, printed)
        page = report_text(report.language, "page_of").format(
            page=self.getPageNumber(), pages=total
        )
        self.drawRightString(width - left, FOOT, page)
        if self.getPageNumber() > 1:
            # Later pages carry the title small at the top, so a loose sheet says what it is.
            self.drawString(left, report.size[1] - MARGIN + 2 * mm, report.title)
        self.restoreState()


def write_pdf(path: Path, story: list[Flowable], report: ReportPage) -> int:
    """Lay the story out on A4 pages and write the PDF; return the number of pages."""
    register_fonts()
    width, height = report.size
    frame = Frame(MARGIN, MARGIN, width - 2 * MARGIN, height - 2 * MARGIN, id="body")
    canvas_class = type("ReportCanvas", (_NumberedCanvas,), {"report": report})
    with written_in_place(path) as partial:
        document = BaseDocTemplate(
            str(partial),
            pagesize=report.size,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN,
            bottomMargin=MARGIN,
            title=report.title,
            author="ClientBase",
            creator="ClientBase",
            pageTemplates=[PageTemplate(id="page", frames=[frame])],
        )
        document.build(story, canvasmaker=canvas_class)
    return int(document.page)
