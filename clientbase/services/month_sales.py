"""A client's purchases written a column a month: «Январь 2026», «Февраль 2026», … (or
«01.2026», «янв. 26», a date the sheet shows as its month), each holding what the client
spent that month. They went to the notes, «Январь 2026: 1500», where no report or segment
counts them. Each filled month is now a purchase of that sum, dated the month's first day
and noting the month, since the day is not known. The rows come out as spread_sales makes
them: the client's row with the first month, and under it a row for each further one that
names no one (a purchase of the client above, see import_plan). A column a day
(«03.11.2026», a trainer's or a tutor's sheet of what each client paid each day) is read
the same way, each filled day a purchase of that day; and a column a day marked «+» or «н»
(an attendance sheet) each day the client came a visit, to the client's history.

Only where every such column names its year, or the sheet does (its name, «2026», or a
title over the list, «Продажи за 2026 год»): months alone could be any year's. A sheet
whose months hold anything but sums (a schedule's «был», «звонил»), or a sum in a month
still to come (a plan), stays as it was; the empty columns of the months to come go.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import cast

from clientbase.exchange.contact_words import MONTHS
from clientbase.exchange.header import target_of_header
from clientbase.exchange.header_row import header_cells
from clientbase.exchange.sheet_cells import Cell
from clientbase.exchange.table_file import TableData
from clientbase.exchange.targets import Target
from clientbase.exchange.totals_row import is_totals_row
from clientbase.exchange.values import text_of
from clientbase.services.dates import DateOrder, date_order, month_alone, month_number
from clientbase.services.money import parse_decimal
from clientbase.services.wide_sales import MovedMarks, with_moved_rows

# «Январь 2026», «янв. 26», «Jan-2026», «январь 2026 г.»; «01.2026», «1/2026», «2026-01».
_NAMED = re.compile(r"^([^\W\d_]{3,})\.?[\s\-/.]*(\d{4}|\d{2})(?:\s*г\.?)?$")
_YEAR = re.compile(r"\b(20\d\d)\b")
_NUMBERED = re.compile(r"^(\d{1,2})[./\-](\d{4})$|^(\d{4})[./\-](\d{1,2})$")
# An attendance sheet's marks of a day the client came, and of one missed (a school's «н»,
# «б» ill, «ув» excused).
_CAME = {
    "+", "✓", "✔", "v", "x", "х", "1", "да", "был", "была", "были", "п", "я", "пришел",
    "пришёл", "пришла", "присутствовал", "присутствовала", "yes", "y", "present",
}  # fmt: skip
_MISSED = {
    "", "-", "—", "–", "0", "н", "нб", "н/б", "нет", "не был", "не была", "б", "болел",
    "болела", "ув", "no", "n", "absent",
}  # fmt: skip
# What a sheet of numbers a month counts, by its name or title: no sums.
_COUNTED = re.compile(
    r"посещ|визит|заняти|тренировк|урок|сеанс|\b(?:visits|sessions|classes|lessons)\b",
    re.IGNORECASE,
)
_PAID = re.compile(
    r"оплат|сумм|выручк|продаж|руб|₽|\b(?:paid|payments?|revenue|sales|spent)\b", re.IGNORECASE
)
# The column the days come to: a visit's day, to the client's history.
_VISITED = {"ru": "Был(а)", "en": "Visited"}
_Worth = Callable[[Cell], Decimal | None]
# A day written as a header: «03.11.2026»; «11/03/2026» as an American sheet writes it.
_DAY = re.compile(r"^(\d{1,2})[./](\d{1,2})[./](20\d\d)$")
# The columns the months become, in the language of the month's names.
_COLUMNS = {
    "ru": ("Дата покупки", "Сумма", "Комментарий к покупке"),
    "en": ("Purchase date", "Amount", "Purchase comment"),
}
_FOR_MONTH = {"ru": "Сумма за месяц: {month}", "en": "Total for the month: {month}"}
_MONTH_NAMES = {
    "ru": (
        "январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь",
        "октябрь", "ноябрь", "декабрь",
    ),
    "en": MONTHS,
}  # fmt: skip


def spread_months(table: TableData, header_line: int, today: date) -> TableData:
    """The table with each filled month (or day) of a row a purchase in a row of its own
    (see the module); the table as it is where its header has no such columns."""
    rows = table.rows
    if not 0 <= header_line < len(rows):
        return table
    # A two-row header's names as the mapping reads them: «Январь» under «2026» is
    # «Январь 2026» (header_row).
    names = cast(list[Cell], header_cells(rows, header_line))  # the sheet's cells, or joined
    periods = _day_columns(names)
    monthly = not periods
    if monthly:
        periods = _month_columns(names, _year_of_sheet(table.sheet, rows[:header_line]))
    body = rows[header_line + 1 :]
    # Days marked «+» or «н»: an attendance sheet, each day the client came a visit.
    visits = not monthly and _all_counted(body, periods, _visit)
    worth = _visit if visits else _amount
    if not periods or not _all_counted(body, periods, worth):
        return table
    if _spent_ahead(body, periods, today.replace(day=1) if monthly else today, worth):
        return table
    if not visits and _of_counts(table.sheet, rows[:header_line]):
        return table
    said = " ".join(text_of(cell) for cell in names)
    language = "ru" if re.search("[а-яё]", said, re.IGNORECASE) else "en"
    width = max(len(row) for row in rows)
    # A day's purchase needs no comment: its day is its own.
    added: tuple[str, ...] = _COLUMNS[language] if monthly else _COLUMNS[language][:2]
    if visits:
        added = (_VISITED[language],)
    header = [*_padded(names, width), *added]
    spread: list[list[Cell]] = [_padded(row, width + len(added)) for row in rows[:header_line]]
    spread.append(header)
    lines = list(range(1, header_line + 2))
    marks = MovedMarks(table.marks)
    own = {c: c for c in range(width) if c not in periods}
    for index in range(header_line + 1, len(rows)):
        row = rows[index]
        # A totals row keeps no months: it stays a row of its own, left out as one.
        totals = is_totals_row(row)
        filled = [] if totals else [c for c in sorted(periods) if worth(_cell(row, c))]
        for number, column in enumerate(filled or [None]):
            cells: list[Cell] = _padded(row, width) if number == 0 else [None] * width
            for period_column in periods:
                if period_column < len(cells):
                    cells[period_column] = None
            if column is None:
                cells += [None] * len(added)
            else:
                day = periods[column]
                cells += [day] if visits else [day, _cell(row, column)]
                if monthly:
                    written = f"{_MONTH_NAMES[language][day.month - 1]} {day.year}"
                    cells.append(_FOR_MONTH[language].format(month=written))
            spread.append(cells)
            lines.append(index + 1)
            moved = {**own} if number == 0 else {}
            if column is not None:
                moved[column] = width if visits else width + 1  # the day's mark, the sum
            marks.move(index + 1, len(spread), moved, number == 0)
    # The months' columns, now empty, go, and so does a column of their totals: the
    # purchases say it. The purchase's columns stand where the first month was.
    gone = set(periods) | _totals_columns(body, periods, width, worth)
    first = min(periods)
    before = [c for c in range(first) if c not in gone]
    after = [c for c in range(first, width) if c not in gone]
    new = tuple(range(width, width + len(added)))
    return with_moved_rows(table, spread, lines, marks, (*before, *new, *after), new)


def _of_counts(sheet: str, titles: Sequence[Sequence[Cell]]) -> bool:
    """Whether the sheet's name or title says its numbers count visits or lessons
    («Посещения», «Занятия по месяцам»): 4 in January is no sum of 4. Not a tutor's
    «Оплата занятий»."""
    said = " ".join([sheet, *(text_of(c) for row in titles for c in row if isinstance(c, str))])
    return bool(_COUNTED.search(said)) and not _PAID.search(said)


def _year_of_sheet(sheet: str, titles: Sequence[Sequence[Cell]]) -> int | None:
    """The one year the sheet's name or its title rows name («2026», «Продажи за 2025
    год»), which months named alone («Январь», «Февраль») are of; None for none or two."""
    texts = [sheet, *(text_of(cell) for row in titles for cell in row if isinstance(cell, str))]
    years = {int(year) for text in texts for year in _YEAR.findall(text)}
    return years.pop() if len(years) == 1 else None


def _month_columns(header: Sequence[Cell], year: int | None) -> dict[int, date]:
    """The header's columns of months, each as its first day (`year`: the sheet's, for
    months named alone); {} unless there are two or more, each a month of its own."""
    found = {
        c: date(month[0], month[1], 1)
        for c, cell in enumerate(header)
        if (month := _month_of(cell, year)) is not None
    }
    return _periods(found, header)


def _day_columns(header: Sequence[Cell]) -> dict[int, date]:
    """The header's columns of days («03.11.2026», or a date the sheet shows): a trainer's
    or a tutor's sheet of what each client paid on each day. {} unless two or more, one of
    them a day other than a month's first (a header of first days is one of months)."""
    written = [text_of(cell) for cell in header if isinstance(cell, str)]
    month_first = date_order(written)[0] is DateOrder.MONTH_FIRST
    found = {
        c: day for c, cell in enumerate(header) if (day := _day_of(cell, month_first)) is not None
    }
    if all(day.day == 1 for day in found.values()):
        return {}
    return _periods(found, header)


def _periods(found: dict[int, date], header: Sequence[Cell]) -> dict[int, date]:
    if len(found) < 2 or len(set(found.values())) < len(found):
        return {}
    if any(target_of_header(cell) is Target.PURCHASE_DATE for cell in header):
        return {}  # a sales book of its own days: its months are something else
    return found


def _day_of(cell: Cell, month_first: bool) -> date | None:
    if isinstance(cell, datetime):
        return cell.date()
    if isinstance(cell, date):
        return cell
    if found := _DAY.match(text_of(cell).strip()):
        day, month = (found[2], found[1]) if month_first else (found[1], found[2])
        try:
            return date(int(found[3]), int(month), int(day))
        except ValueError:
            return None
    return None


def _spent_ahead(
    body: Sequence[Sequence[Cell]], periods: dict[int, date], today: date, worth: _Worth
) -> bool:
    """Whether a month (or day) still to come holds a sum or a visit: a plan, or no sheet of
    what was spent. A year's sheet made in January has its later months' columns empty,
    and they go."""
    ahead = [c for c, day in periods.items() if day > today]
    return any(worth(_cell(row, c)) for row in body for c in ahead if not is_totals_row(row))


def _month_of(cell: Cell, year: int | None) -> tuple[int, int] | None:
    """The year and month a column's name says: «Январь 2026», «01.2026», a date of a
    month's first day (a spreadsheet's «янв.26» is one), or «Январь» of the `year`."""
    if isinstance(cell, datetime | date):
        return (cell.year, cell.month) if cell.day == 1 else None
    text = text_of(cell).strip().casefold()
    if year is not None and (alone := month_alone(text)):
        return year, month_number(alone) or 0
    if named := _NAMED.match(text):
        month = month_number(named[1])
        return None if month is None else _dated(named[2], month)
    if numbered := _NUMBERED.match(text):
        number, written = numbered.group(1, 2) if numbered[1] else numbered.group(4, 3)
        return _dated(written, int(number))
    return None


def _dated(year: str, month: int) -> tuple[int, int] | None:
    full = int(year) + (2000 if len(year) == 2 else 0)
    return (full, month) if 1 <= month <= 12 and 2000 <= full <= 2099 else None


def _all_counted(body: Sequence[Sequence[Cell]], periods: dict[int, date], worth: _Worth) -> bool:
    """Whether the periods' cells hold sums (or marks, as `worth` reads them) alone, and
    some of them one."""
    found = False
    for row in body:
        for column in periods:
            cell = _cell(row, column)
            if cell is None or is_totals_row(row):
                continue
            amount = worth(cell)
            if amount is None:
                return False
            found = found or amount != 0
    return found


def _totals_columns(
    body: Sequence[Sequence[Cell]], months: dict[int, date], width: int, worth: _Worth
) -> set[int]:
    """The columns that hold, on every row with a month filled, the sum of its months
    («Итого»), or the count of its visits: nothing the purchases or visits do not say."""
    sums = [
        (row, sum(worth(_cell(row, c)) or Decimal(0) for c in months))
        for row in body
        if not is_totals_row(row) and any(worth(_cell(row, c)) for c in months)
    ]
    return {
        column
        for column in range(width)
        if column not in months
        and sums
        and all(_amount(_cell(row, column)) == total for row, total in sums)
    }


def _amount(cell: Cell) -> Decimal | None:
    """A month's sum (0 for none spent, a dash); None for a cell that is no sum."""
    if cell is None or isinstance(cell, bool):
        return None
    if isinstance(cell, int | float | Decimal):
        return Decimal(str(cell))
    text = text_of(cell).strip()
    if text in ("", "-", "—"):
        return Decimal(0)
    try:
        return parse_decimal(text)
    except ValueError:
        return None


def _visit(cell: Cell) -> Decimal | None:
    """A day's mark on an attendance sheet as a count: 1 came, 0 did not (or blank); None
    for a cell that is no mark."""
    if cell is None or isinstance(cell, bool):
        return Decimal(int(bool(cell)))
    if isinstance(cell, int | float | Decimal):
        return Decimal(int(cell)) if cell in (0, 1) else None
    text = text_of(cell).strip().casefold()
    return Decimal(1) if text in _CAME else Decimal(0) if text in _MISSED else None


def _cell(row: Sequence[Cell], column: int) -> Cell:
    return row[column] if column < len(row) else None


def _padded(row: Sequence[Cell], width: int) -> list[Cell]:
    return [*row, *([None] * (width - len(row)))][:width] if len(row) < width else list(row)
