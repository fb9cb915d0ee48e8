"""Excel 2003's XML Spreadsheet («XML-таблица 2003»), as .xml or under an .xls name.

Excel still saves it, and web services and old accounting programs export it as «.xls»;
calamine does not read it. It is a plain XML tree (Workbook / Worksheet / Table / Row /
Cell / Data), read here with the standard library's iterparse, row by row, so a long sheet
is never held as a tree. Expat 2.4 and later refuse entity bombs, and ElementTree fetches
no external entities.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from xml.etree.ElementTree import Element, ParseError, iterparse

from clientbase.errors import ImportFileError
from clientbase.exchange.html_table import Span
from clientbase.exchange.sheet_cells import Cell, bounded_count

NAMESPACE = "urn:schemas-microsoft-com:office:spreadsheet"
_SS = "{" + NAMESPACE + "}"
_WORKSHEET, _ROW, _CELL, _DATA = (_SS + tag for tag in ("Worksheet", "Row", "Cell", "Data"))
_NAME, _INDEX, _TYPE = (_SS + name for name in ("Name", "Index", "Type"))
_ACROSS, _DOWN = _SS + "MergeAcross", _SS + "MergeDown"
_MAX_COLUMNS = 16_384  # Excel's own last column, XFD
_ROWS_BETWEEN_CHECKS = 5_000


@dataclass
class XmlSheet:
    name: str
    rows: list[list[Cell]] = field(default_factory=list)
    merged: list[Span] = field(default_factory=list)


def read_xml_workbook(
    path: Path,
    sheet: str | None = None,
    max_rows: int | None = None,
    still_wanted: Callable[[], None] | None = None,
) -> tuple[list[str], XmlSheet | None]:
    """The workbook's sheet names, and the sheet named, or else the first that holds
    anything (None when none does). Raise ImportFileError for a damaged file."""
    names: list[str] = []
    chosen: XmlSheet | None = None
    current: XmlSheet | None = None
    try:
        for event, element in iterparse(path, events=("start", "end")):
            if element.tag == _WORKSHEET:
                if event == "start":
                    if still_wanted is not None:
                        still_wanted()
                    names.append(element.get(_NAME) or str(len(names) + 1))
                    wanted = names[-1] == sheet if sheet is not None else chosen is None
                    current = XmlSheet(names[-1]) if wanted else None
                    continue
                if current is not None and (sheet is not None or _has_text(current)):
                    chosen = current
                current = None
                element.clear()
            elif element.tag == _ROW and event == "end":
                if current is not None:
                    _add_row(current, element)
                    if max_rows is not None and len(current.rows) > max_rows:
                        raise ImportFileError("too_many_rows", path.name)
                    if still_wanted is not None and len(current.rows) % _ROWS_BETWEEN_CHECKS == 0:
                        still_wanted()
                element.clear()
    except (ParseError, UnicodeError, ValueError, OSError) as error:
        raise ImportFileError("cannot_read", path.name) from error
    if sheet is not None and chosen is None:
        raise ImportFileError("sheet_not_found", sheet)
    return names, chosen


def _has_text(sheet: XmlSheet) -> bool:
    return any(cell is not None and cell != "" for row in sheet.rows for cell in row)


def _add_row(sheet: XmlSheet, row: Element) -> None:
    line = _index(row, len(sheet.rows))
    while len(sheet.rows) < line:
        sheet.rows.append([])  # rows skipped by ss:Index are empty rows
    cells: list[Cell] = []
    for cell in row.findall(_CELL):
        column = _index(cell, len(cells))
        cells.extend([None] * (column - len(cells)))
        cells.append(_value(cell))
        across = bounded_count(cell.get(_ACROSS), 0, _MAX_COLUMNS)
        down = bounded_count(cell.get(_DOWN), 0, _MAX_COLUMNS)
        if across or down:
            sheet.merged.append(((line, column), (line + down, column + across)))
        cells.extend([None] * across)
    sheet.rows.append(cells)


def _index(element: Element, following: int) -> int:
    """Where a row or cell stands, counted from zero: its ss:Index (counted from one), or
    straight after the one before it."""
    written = element.get(_INDEX)
    if written is None:
        return following
    try:
        at = int(written) - 1
    except ValueError:
        return following
    if not following <= at < following + _MAX_COLUMNS * 64:
        raise ValueError(f"ss:Index {written} after {following}")
    return at


def _value(cell: Element) -> Cell:
    data = cell.find(_DATA)  # the cell's own, not its comment's
    if data is None:
        return None
    kind = data.get(_TYPE)
    if kind == "Error":
        return None  # #N/A holds no value, as calamine reads it from an .xlsx
    text = "".join(data.itertext())  # rich text holds its words in html:B, html:Font
    try:
        if kind == "Number":
            return float(text)  # as calamine gives a sheet's numbers
        if kind == "DateTime":
            return datetime.fromisoformat(text[:19])
        if kind == "Boolean":
            return text.strip() == "1"
    except ValueError:
        pass  # written as the type says it is not: kept as the text it is
    return text
