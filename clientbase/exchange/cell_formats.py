"""What a spreadsheet shows of its columns beyond the values calamine reads.

- Dates shown without a year. Typed into Excel or LibreOffice Calc as «15.03», a birthday
  becomes a date of the year it was typed in, shown «15.03»: the sheet's owner never sees
  the year, and calamine hands over 15.03.2023, a client three years old.
- Numbers shown as percentages. A «Скидка» column formatted as «0%» holds 0.05 for the
  «5%» the owner sees, and the client got a discount of 0.05 %.

An .xlsx tells both by its cells' formats, which openpyxl reads from the first rows; an .ods
keeps each date cell's text as shown beside its value, and marks percentages by their type.
Either costs a few hundredths of a second in the reading process. openpyxl's import costs
more: 0.12 s (0.18 s with numpy installed, which it then loads too), a third of the time a
shop's sheet of 2,000 clients took to open, paid anew for each file (the reading process
starts afresh).
So an .xlsx none of whose cell styles can show a date without its year or a percentage
(most: birthdays as 01.02.1980) is told so from its styles part, without openpyxl.
"""

from __future__ import annotations

import re
import warnings
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO
from xml.etree import ElementTree
from xml.etree.ElementTree import iterparse

from clientbase.exchange.ods_cells import OFFICE, table_cells
from clientbase.exchange.values import text_of
from clientbase.exchange.xlsx_parts import DAMAGED_PACKAGE, MAIN

# Text in quotes and bracketed parts («[$-419]», «[Red]») are no date parts.
_LITERALS = re.compile(r'"[^"]*"|\[[^\]]*\]|\\.')
LOOKED_AT = 300  # the first rows, where a column's format is told
# Excel's built-in number formats (by id, their codes unwritten in the file) that may show a
# percentage or a date without its year: 9 «0%», 10 «0.00%», 16 «d-mmm», and 27–36, 50–58,
# dates in the system's East Asian formats.
_MAY_SHOW_BUILTIN = frozenset({9, 10, 16, *range(27, 37), *range(50, 59)})


@dataclass(frozen=True)
class ColumnFormats:
    """Columns (from A, counted from zero) whose cells in the first rows are all shown so;
    and those the sheet hides (see hidden_cells)."""

    yearless_dates: frozenset[int] = frozenset()
    percents: frozenset[int] = frozenset()
    hidden: frozenset[int] = frozenset()


class _Columns:
    """Whether each column's cells of one kind are all shown one way."""

    def __init__(self) -> None:
        self._all: dict[int, bool] = {}

    def add(self, column: int, shown: bool) -> None:
        self._all[column] = self._all.get(column, True) and shown

    def columns(self) -> frozenset[int]:
        return frozenset(column for column, shown in self._all.items() if shown)


def as_shown(value: object, formats: ColumnFormats, column: int) -> str:
    """A cell's value as its sheet shows it: «5%» for 0.05 shown as a percentage; any other
    as text_of writes it. (A date is the window's to write: ui.formatting.shown_cell.)"""
    return percent_shown(value, formats.percents, column)


def percent_shown(value: object, percents: frozenset[int], column: int) -> str:
    """A cell's value as text, «5%» for 0.05 in one of the columns shown as percentages."""
    if column in percents and isinstance(value, int | float) and not isinstance(value, bool):
        return f"{value * 100:g}%"
    return text_of(value)


def shows_no_year(number_format: str) -> bool:
    """Whether a date format shows the day and month but not the year: «DD.MM», «d mmmm»."""
    code = _LITERALS.sub("", number_format).casefold()
    return "d" in code and "m" in code and "y" not in code and "e" not in code


def shows_percent(number_format: str) -> bool:
    return "%" in _LITERALS.sub("", number_format)


def xlsx_column_formats(path: Path, sheet: str) -> ColumnFormats:
    """The sheet's columns shown without a year or as percentages, by their cells'
    formats. Nothing for a file openpyxl cannot read: the import goes on with the values as
    they are."""
    if not _styles_may_show(path):
        return ColumnFormats()
    import openpyxl  # only here: the reading process starts for every file opened

    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception:  # a sheet calamine read is never refused for its formats
        return ColumnFormats()
    try:
        if sheet not in workbook.sheetnames:
            return ColumnFormats()
        yearless, percents = _Columns(), _Columns()
        with warnings.catch_warnings():
            # A date cell out of Excel's range («serial value … outside the limits»): calamine
            # gives its value, which the import names; openpyxl's warning said it to stderr.
            warnings.simplefilter("ignore", UserWarning)
            rows = list(workbook[sheet].iter_rows(max_row=LOOKED_AT))
        for row in rows:
            for cell in row:
                column = getattr(cell, "column", None)
                if column is None or (cell.data_type != "n" and not cell.is_date):
                    continue
                if cell.is_date:
                    yearless.add(column - 1, shows_no_year(cell.number_format))
                elif cell.value is not None:
                    percents.add(column - 1, shows_percent(cell.number_format))
        return ColumnFormats(yearless.columns(), percents.columns())
    except Exception:
        return ColumnFormats()
    finally:
        workbook.close()


def _styles_may_show(path: Path) -> bool:
    """Whether any of the workbook's cell styles may show a date without its year or a
    percentage. When its styles part cannot be read so, openpyxl is asked all the same."""
    try:
        with zipfile.ZipFile(path) as package:
            root = ElementTree.fromstring(package.read("xl/styles.xml"))
    except DAMAGED_PACKAGE:
        return True
    codes = {
        number_format.get("numFmtId", ""): number_format.get("formatCode", "")
        for number_format in root.iter(f"{MAIN}numFmt")
    }
    styles = root.find(f"{MAIN}cellXfs")
    if styles is None:  # none, or in another namespace (Strict Open XML)
        return True
    for style in styles:
        number = style.get("numFmtId", "0")
        if number in codes:
            if shows_no_year(codes[number]) or shows_percent(codes[number]):
                return True
        elif not number.isdigit() or int(number) in _MAY_SHOW_BUILTIN:
            return True
    return False


_NUMBERS = re.compile(r"\d+")
_NUMBER_TYPES = {"float", "percentage", "currency"}


def ods_column_formats(path: Path, sheet: str) -> ColumnFormats:
    """As xlsx_column_formats, for an .ods: dates whose text shows no year («15.03», «15
    марта»), and numbers of the type percentage."""
    yearless, percents = _Columns(), _Columns()
    try:
        with zipfile.ZipFile(path) as package, package.open("content.xml") as content:
            for column, kind, value, shown in _ods_cells(content, sheet):
                if kind == "date":
                    hidden = value[:4] not in shown and len(_NUMBERS.findall(shown)) <= 2
                    yearless.add(column, hidden)
                else:
                    percents.add(column, kind == "percentage")
    except DAMAGED_PACKAGE:
        return ColumnFormats()  # ParseError is a SyntaxError: the values stay as they are
    return ColumnFormats(yearless.columns(), percents.columns())


def _ods_cells(content: IO[bytes], sheet: str) -> Iterator[tuple[int, str, str, str]]:
    """(column, type, value, text shown) of the date and number cells in the named
    sheet's first rows."""
    events = iterparse(content, events=("start", "end"))
    for _, column, _, element in table_cells(events, sheet, LOOKED_AT):
        kind = element.get(f"{OFFICE}value-type", "")
        if kind == "date":
            value = element.get(f"{OFFICE}date-value", "")
            yield column, kind, value, "".join(element.itertext())
        elif kind in _NUMBER_TYPES:
            yield column, kind, element.get(f"{OFFICE}value", ""), ""
