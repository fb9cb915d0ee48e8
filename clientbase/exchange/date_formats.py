"""Date columns a spreadsheet shows without a year.

Typed into Excel or LibreOffice Calc as «15.03», a birthday becomes a date of the year it
was typed in, shown «15.03»: the sheet's owner never sees the year, and calamine, which
reads values only, hands over 15.03.2023, a client three years old. An .xlsx tells such a
column by its cells' formats, which openpyxl reads from the first rows; an .ods keeps each
date cell's text as shown beside its value. Either costs a few hundredths of a second in
the reading process.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO
from xml.etree.ElementTree import iterparse

# Text in quotes and bracketed parts («[$-419]», «[Red]») are no date parts.
_LITERALS = re.compile(r'"[^"]*"|\[[^\]]*\]|\\.')
LOOKED_AT = 300  # the first rows, where a column's format is told


def shows_no_year(number_format: str) -> bool:
    """Whether a date format shows the day and month but not the year: «DD.MM», «d mmmm»."""
    code = _LITERALS.sub("", number_format).casefold()
    return "d" in code and "m" in code and "y" not in code and "e" not in code


def yearless_date_columns(path: Path, sheet: str) -> frozenset[int]:
    """The columns (from A, counted from zero) whose dates in the sheet's first rows are all
    shown without a year. Nothing for a file openpyxl cannot read: the import goes on with
    the dates as they are."""
    import openpyxl  # only here: the reading process starts for every file opened

    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception:  # a sheet calamine read is never refused for its formats
        return frozenset()
    try:
        if sheet not in workbook.sheetnames:
            return frozenset()
        yearless: dict[int, bool] = {}
        for row in workbook[sheet].iter_rows(max_row=LOOKED_AT):
            for cell in row:
                if getattr(cell, "is_date", False) and cell.column is not None:
                    column = cell.column - 1
                    hidden = shows_no_year(cell.number_format)
                    yearless[column] = yearless.get(column, True) and hidden
        return frozenset(column for column, hidden in yearless.items() if hidden)
    except Exception:
        return frozenset()
    finally:
        workbook.close()


_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_NUMBERS = re.compile(r"\d+")


def yearless_ods_columns(path: Path, sheet: str) -> frozenset[int]:
    """As yearless_date_columns, for an .ods: the columns whose date cells in the sheet's
    first rows all show their text without the year («15.03», «15 марта»)."""
    yearless: dict[int, bool] = {}
    try:
        with zipfile.ZipFile(path) as package, package.open("content.xml") as content:
            for column, year, shown in _ods_dates(content, sheet):
                hidden = str(year) not in shown and len(_NUMBERS.findall(shown)) <= 2
                yearless[column] = yearless.get(column, True) and hidden
    except (OSError, KeyError, zipfile.BadZipFile, SyntaxError):
        return frozenset()  # ParseError is a SyntaxError: the dates stay as they are
    return frozenset(column for column, hidden in yearless.items() if hidden)


def _ods_dates(content: IO[bytes], sheet: str) -> Iterator[tuple[int, int, str]]:
    """(column, year, text shown) of the date cells in the named sheet's first rows."""
    rows, column, inside = 0, 0, False
    for event, element in iterparse(content, events=("start", "end")):
        tag = element.tag
        if tag == f"{_TABLE}table":
            if event == "start":
                inside = element.get(f"{_TABLE}name") == sheet
            elif inside:
                return
        elif not inside:
            if event == "end":
                element.clear()
        elif tag == f"{_TABLE}table-row" and event == "start":
            column = 0
        elif tag == f"{_TABLE}table-row":
            rows += 1
            element.clear()
            if rows >= LOOKED_AT:
                return
        elif tag in (f"{_TABLE}table-cell", f"{_TABLE}covered-table-cell") and event == "end":
            value = element.get(f"{_OFFICE}date-value")
            if value is not None and element.get(f"{_OFFICE}value-type") == "date":
                shown = "".join(element.itertext())
                yield column, int(value[:4]), shown
            column += int(element.get(f"{_TABLE}number-columns-repeated", "1"))
