"""Walking the cells (or rows) of one table of an .ods's content.xml as iterparse passes
them, with each cell's row and column (repeated rows and columns counted): for the readers
of what calamine leaves out of an .ods (cell_formats, cell_comments, row_colors,
hidden_cells)."""

from __future__ import annotations

from collections.abc import Iterator
from xml.etree.ElementTree import Element

TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_CELLS = (f"{TABLE}table-cell", f"{TABLE}covered-table-cell")

Events = Iterator[tuple[str, Element]]


def table_cells(
    events: Events, sheet: str, max_rows: int | None = None
) -> Iterator[tuple[int, int, int, Element]]:
    """(row, column, columns it repeats over, the cell) of each cell of the named table,
    from iterparse's start and end events, counted from zero; up to `max_rows` rows. The
    elements passed are cleared, so a large file is read in little memory."""
    row, column = 0, 0
    for event, element in table_events(events, sheet):
        tag = element.tag
        if tag == f"{TABLE}table-row" and event == "start":
            column = 0
        elif tag == f"{TABLE}table-row":
            row += int(element.get(f"{TABLE}number-rows-repeated", "1"))
            element.clear()
            if max_rows is not None and row >= max_rows:
                return
        elif tag in _CELLS and event == "end":
            repeated = int(element.get(f"{TABLE}number-columns-repeated", "1"))
            yield row, column, repeated, element
            column += repeated


def table_rows(events: Events, sheet: str) -> Iterator[tuple[int, int, Element]]:
    """(row, rows it repeats over, the row) of each row of the named table, counted from
    zero, as table_cells walks its cells; each row is cleared once passed."""
    row = 0
    for event, element in table_events(events, sheet):
        if element.tag == f"{TABLE}table-row" and event == "end":
            repeated = int(element.get(f"{TABLE}number-rows-repeated", "1"))
            yield row, repeated, element
            row += repeated
            element.clear()


def table_events(events: Events, sheet: str) -> Events:
    """The events inside the named table; the elements before it cleared as they pass."""
    inside = False
    for event, element in events:
        if element.tag == f"{TABLE}table":
            if event == "start":
                inside = element.get(f"{TABLE}name") == sheet
            elif inside:
                return
        elif inside:
            yield event, element
        elif event == "end":
            element.clear()
