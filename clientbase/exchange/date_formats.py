"""Date columns an .xlsx shows without a year.

Typed into Excel as «15.03», a birthday becomes a date of the year it was typed in, shown
«15.03» by the cell's format: the sheet's owner never sees the year, and calamine, which
reads values only, hands over 15.03.2023, a client three years old. The cells' formats tell
such a column; openpyxl reads them from the first rows, which costs a few hundredths of a
second in the reading process.
"""

from __future__ import annotations

import re
from pathlib import Path

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
