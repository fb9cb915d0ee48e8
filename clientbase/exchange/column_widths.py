"""A sheet's column widths fitted to what it holds: each column's name, with room for the
autofilter's button, and the longest value of its first rows.

The export's columns had set widths, a guess per field: «Дата рождения» and «Сумма покупок»
were cut under the autofilter's button, and «+7 916 123-45-67 (мобильный)» ran under the
e-mail beside it. The rows are read lazily as the file is written, so only the first
thousand are measured; the rest follow them unread.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal
from itertools import chain, islice
from math import ceil

from clientbase.exchange.sheet_column import Sheet, SheetColumn

_MEASURED_ROWS = 1_000
# In characters. A long note is shown cut rather than widen its column across the screen
# (the cell still holds it whole); an empty column keeps room to type in.
_WIDEST = 60
_NARROWEST = 6
# The autofilter's drop-down button covers about two characters at the end of a column's
# name, which is bold, about a tenth wider than the values.
_BUTTON = 3
_BOLD = 1.1


def fitted(sheet: Sheet) -> Sheet:
    """The sheet with its columns as wide as their names and first rows need."""
    rows = iter(sheet.rows)
    measured = list(islice(rows, _MEASURED_ROWS))
    widths = [ceil(len(column.title) * _BOLD) + _BUTTON for column in sheet.columns]
    formats = [column.number_format for column in sheet.columns]
    for row in measured:
        for index, value in enumerate(row[: len(widths)]):
            if value is not None and value != "":
                widths[index] = max(widths[index], _shown_length(value, formats[index]))
    columns = [
        _with_width(column, width) for column, width in zip(sheet.columns, widths, strict=True)
    ]
    return Sheet(sheet.name, columns, chain(measured, rows))


def _with_width(column: SheetColumn, width: int) -> SheetColumn:
    return replace(column, width=max(_NARROWEST, min(width + 1, _WIDEST)))


def _shown_length(value: object, number_format: str) -> int:
    """About how many characters the cell shows: the longest line of a text, a date as
    01.02.1980, a sum with its thousands and kopecks (12 345,00)."""
    if isinstance(value, str):
        return max(map(len, value.split("\n"))) if "\n" in value else len(value)
    if isinstance(value, datetime):
        return 16
    if isinstance(value, date):
        return 10
    if isinstance(value, int | float | Decimal) and not isinstance(value, bool):
        if number_format == "#,##0.00":
            return len(f"{value:,.2f}")
        if number_format == "0.00":
            return len(f"{value:.2f}")
    return len(str(value))
