"""The cells of a table as its readers give them: plain values, trimmed, None for empty."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from clientbase.errors import ImportFileError
from clientbase.exchange.row_budget import ALWAYS_FITS, row_shape, rows_that_fit
from clientbase.services.text import INVISIBLE

Cell = str | int | float | Decimal | bool | date | datetime | time | timedelta | None


# Word's line breaks (vertical tab, form feed), pasted into a cell, and what else of the
# control characters a sheet can hold: NUL, from old DOS and DBF exports padded with it,
# is refused by PostgreSQL in any text, and XML 1.0 holds none of them, so an .ods would
# show each as «�».
_LINE_BREAKS = re.compile(r"[\x0b\x0c\x85\u2028\u2029]|\r\n?")
# Invisible characters go too (see services.text.INVISIBLE): pasted from web pages and
# messengers into names, phones and e-mails.
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f\ufffe\uffff\ud800-\udfff" + INVISIBLE + "]")


def plain_text(text: str) -> str:
    """Text with its line breaks made «\\n» and its other control characters dropped."""
    return _CONTROLS.sub("", _LINE_BREAKS.sub("\n", text))


def clean_rows(rows: list[list[Cell]], file_name: str, max_rows: int) -> list[list[Cell]]:
    """Empty strings and whitespace are no value; text is trimmed, its line breaks made
    «\\n» and its other control characters dropped. Too many rows are refused (see
    check_size)."""
    check_size(rows, file_name, max_rows)
    return [[_clean(cell) for cell in row] for row in rows]


def check_size(rows: Sequence[Sequence[object]], file_name: str, max_rows: int) -> None:
    """Refuse more than `max_rows` rows, and more than the computer's free memory lets one
    import check (row_budget)."""
    if len(rows) > max_rows:
        raise ImportFileError("too_many_rows", file_name)
    if len(rows) > ALWAYS_FITS:
        fits = rows_that_fit(*row_shape(rows))
        if len(rows) > fits:
            raise ImportFileError("too_big_for_memory", file_name, rows=len(rows), fits=fits)


def _clean(cell: Cell) -> Cell:
    if isinstance(cell, str):
        if not cell.isprintable():  # a line break or a tab, now and then: most cells have none
            cell = plain_text(cell)
        cell = cell.strip()
        return cell or None
    return cell


def has_data(rows: list[list[Cell]]) -> bool:
    return any(any(cell is not None for cell in row) for row in rows)


def bounded_count(written: str | None, least: int, most: int) -> int:
    """A count a file writes in an attribute (a colspan, ss:MergeAcross), as a number from
    `least` to `most`: missing or unreadable is `least`, and a huge one is cut to `most`
    rather than filling memory."""
    try:
        return min(max(int(written or least), least), most)
    except ValueError:
        return least


def column_letter(index: int) -> str:
    """A column as a spreadsheet names it: 0 → «A», 25 → «Z», 26 → «AA»."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters
