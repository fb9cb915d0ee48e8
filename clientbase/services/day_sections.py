"""A book of visits kept day by day: a row with the day alone («28.11.2026», «Пн, 28.11.2026»)
over that day's visits, each with its hour, client, service and price, and no column of
days. Read as it stands, each day was a row without a name and each visit a client with
its service and price in the notes. The day of each section is given to its rows in a
column of its own («Дата», «Date»), so that the book reads as the salon's log of visits it
is: the visits done its clients' purchases, those to come reminders (booked_sales).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, datetime

from clientbase.errors import ValidationError
from clientbase.exchange.header import normalize_header
from clientbase.exchange.sheet_cells import Cell
from clientbase.exchange.table_file import TableData
from clientbase.exchange.values import text_of
from clientbase.services.cell_days import cell_moment

# A weekday written before the day: «Пн, 28.11.2026», «Понедельник 28.11.2026», «Mon 11/28».
_WEEKDAY = re.compile(
    r"^\s*(?:пн|вт|ср|чт|пт|сб|вс|понедельник|вторник|среда|четверг|пятница|суббота"
    r"|воскресенье|mon|tue|wed|thu|fri|sat|sun|monday|tuesday|wednesday|thursday|friday"
    r"|saturday|sunday)\.?,?\s+",
    re.IGNORECASE,
)
# A header that names a day already: the sheet has its column of days.
_DAY_NAMES = re.compile(r"^(?:дата|date|день|day)\b|\bdate$")


def dated_by_sections(table: TableData, header_line: int, today: date) -> TableData:
    """The table with each section's day in a column of its own after the last one, and the
    rows of days emptied (their day is their rows' now); the table as it is where the first
    row under the header is no day alone, or a column already names the days."""
    rows = table.rows
    if not 0 <= header_line < len(rows) - 1:
        return table
    header = rows[header_line]
    names = [normalize_header(cell) for cell in header]
    if any(_DAY_NAMES.search(name) for name in names if name):
        return table
    body = range(header_line + 1, len(rows))
    first = next((index for index in body if any(_filled(cell) for cell in rows[index])), None)
    if first is None or _day_alone(rows[first], today) is None:
        return table
    width = max(len(row) for row in rows)
    title = "Дата" if any(re.search("[а-яё]", name) for name in names if name) else "Date"
    dated: list[list[Cell]] = [list(row) for row in rows[:header_line]]
    dated.append([*header, *([None] * (width - len(header))), title])
    day: date | None = None
    for index in body:
        row = rows[index]
        heading = _day_alone(row, today)
        if heading is not None:
            day, row = heading, []
        elif any(_filled(cell) for cell in row):
            row = [*row, *([None] * (width - len(row))), day]
        dated.append(list(row))
    return replace(table, rows=dated)


def _filled(cell: Cell) -> bool:
    return cell is not None and text_of(cell).strip() != ""


def _day_alone(row: Sequence[Cell], today: date) -> date | None:
    """The day a row holds alone (merged across it, it repeats in each cell it spans)."""
    values = {cell for cell in row if _filled(cell)}
    if len(values) != 1:
        return None
    [value] = values
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if not isinstance(value, str) or not any(c.isdigit() for c in value):
        return None
    text = _WEEKDAY.sub("", value.strip())
    try:
        # A day to come too (a book of visits books them ahead), and a day without its
        # year («28.11») the nearer of its last and next coming.
        ahead = cell_moment(text, today).date()
        behind = cell_moment(text, today, past=True).date()
    except (ValueError, ValidationError):
        return None
    return behind if today - behind < ahead - today else ahead
