"""A birthday as a sheet's cell holds it: a date, an Excel day number, or text."""

from __future__ import annotations

import re
from datetime import date, datetime

from clientbase.errors import ValidationError
from clientbase.exchange.values import excel_serial_date, text_of
from clientbase.services.cell_days import YEARS_AS_DAYS
from clientbase.services.dates import Birthday, parse_birthday

_EARLIEST_SERIAL_BIRTHDAY = date(1910, 1, 1)


# How far back a year Excel gave a date typed without one may lie: the sheet's age. A birth
# year before it, hidden by the column's format, was typed by the person and is kept.
_SHEET_AGE_YEARS = 15


def typed_in_year(birthday: Birthday, value: object, today: date) -> bool:
    """Whether a date cell's year is the one Excel gave a day and month typed without it."""
    return (
        birthday.year is not None
        and isinstance(value, date)
        and today.year - _SHEET_AGE_YEARS <= birthday.year <= today.year
    )


class NoBirthday(ValueError):
    """A cell that makes no birthday, with the code of the problem the preview names: a
    date to come is no «not a date», nor is a birth year alone."""

    def __init__(self, value: object, code: str = "date_invalid") -> None:
        super().__init__(value)
        self.code = code


def read_birthday(value: object, today: date, month_first: bool = False) -> Birthday | None:
    """A birthday from a date cell, an Excel day number, or text; NoBirthday if none.
    `month_first`: the column writes its dates as 2/25/1980 (see dates.month_first)."""
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        return Birthday(value.day, value.month, value.year)
    if isinstance(value, str) and len(value) == 5 and value.isdigit():
        # An Excel day number as a web page or a CSV shows it: the sheet's date column was
        # not formatted as dates, and the .xlsx itself is read as a date (see below).
        value = float(value)
    if isinstance(value, int | float) and not isinstance(value, bool) and value < 10_000_000:
        if YEARS_AS_DAYS[0] <= value <= YEARS_AS_DAYS[1] and float(value).is_integer():
            # A year alone, typed into the column: as an Excel day number it is a day of
            # 1905, a birthday nobody has.
            raise NoBirthday(value, "year_only")
        serial = excel_serial_date(float(value))
        if serial is None or serial < _EARLIEST_SERIAL_BIRTHDAY:
            # A small number is a day, a month or an age typed into the column (14, 3, 45):
            # as an Excel day number, a day of 1900 was stored as the birthday.
            raise NoBirthday(value)
        return Birthday(serial.day, serial.month, serial.year)
    written = _AGE.sub("", text_of(value))
    try:
        return parse_birthday(written, today=today, month_first=month_first)
    except ValidationError as error:
        raise NoBirthday(value, error.problems[0].code) from None


# The age written after the date («15.03.1985, 40 лет», «… (40 л.)»): the date tells it.
_AGE = re.compile(r"\s*[,;(]\s*\d{1,3}\s*(?:лет|года|год|л\.|years?)\)?\s*$", re.IGNORECASE)
