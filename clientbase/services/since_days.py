"""The day a sheet says the shop took a client on («Клиент с», «Дата первой покупки»): the
card's «Добавлен»."""

from __future__ import annotations

import re
from datetime import date

from clientbase.errors import ValidationError
from clientbase.services.cell_days import YEARS_AS_DAYS, cell_day
from clientbase.services.dates import FIRST_PLAUSIBLE_YEAR, month_number

# A month and its year, «янв 2020», «январь 2020 г.», «01.2020», «2020-01»; or a year alone.
_MONTH_WORD_YEAR = re.compile(r"^([^\W\d_]+)\.?[\s,./-]*(\d{4})(?:\s*г(?:ода?|\.)?)?$")
_MONTH_YEAR = re.compile(r"^(\d{1,2})\s*[./-]\s*(\d{4})$")
_YEAR_MONTH = re.compile(r"^(\d{4})\s*[./-]\s*(\d{1,2})$")
_YEAR = re.compile(r"^(\d{4})(?:\s*г(?:ода?|\.)?)?$")


def client_since(value: object, today: date, month_first: bool = False) -> tuple[date | None, str]:
    """The day, and "" where the cell gives it; the first day of the month or the year it
    gives alone, and "rough" («янв 2020», «2019»: a shop remembers when a regular first
    came no better, and the card's «Добавлен» needs a day); or None and the problem's code
    (date_invalid, date_in_future, year_out_of_range)."""
    rough = ""
    try:
        since = cell_day(value, today, month_first)
    except (ValueError, ValidationError) as error:
        if (start := _month_or_year(value)) is None:
            return None, _code(error)
        since, rough = start, "rough"
    if since > today:
        return None, "date_in_future"
    if since.year < FIRST_PLAUSIBLE_YEAR:
        return None, "year_out_of_range"
    return since, rough


def _code(error: Exception) -> str:
    if isinstance(error, ValidationError):
        return error.problems[0].code  # a text date of no day
    return "date_invalid"


def _month_or_year(value: object) -> date | None:
    if isinstance(value, int | float) and float(value).is_integer():
        year = int(value)  # «2019» in a number cell
        return date(year, 1, 1) if YEARS_AS_DAYS[0] <= year <= YEARS_AS_DAYS[1] else None
    if not isinstance(value, str):
        return None
    text = " ".join(value.casefold().split())
    year, month = 0, None
    if found := _MONTH_WORD_YEAR.match(text):
        year, month = int(found[2]), month_number(found[1])
    elif found := _MONTH_YEAR.match(text):
        year, month = int(found[2]), int(found[1])
    elif found := _YEAR_MONTH.match(text):
        year, month = int(found[1]), int(found[2])
    elif found := _YEAR.match(text):
        year, month = int(found[1]), 1
    if month is None or not 1 <= month <= 12 or not YEARS_AS_DAYS[0] <= year <= YEARS_AS_DAYS[1]:
        return None
    return date(year, month, 1)
