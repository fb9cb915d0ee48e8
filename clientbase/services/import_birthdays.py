"""A birthday as a sheet's cell holds it: a date, an Excel day number, or text; or as its
day, month and year columns hold it."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, datetime

from clientbase.errors import ValidationError
from clientbase.exchange.targets import Target
from clientbase.exchange.values import date_in_name, excel_serial_date, text_of
from clientbase.services.cell_days import YEARS_AS_DAYS
from clientbase.services.client_data import ClientInput
from clientbase.services.dates import Birthday, month_number, parse_birthday

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


def birthday_in_name(data: ClientInput, name: str, today: date) -> tuple[str, bool]:
    """«Иванова Мария 15.03.1985»: the name without the date, which is the birthday where
    no column gave one; and whether the date was left unused (a birthday of its own column
    beside it, or no real day), for the notes to keep the cell."""
    bare, written = date_in_name(name)
    if not written:
        return name, False
    if data.birthday:
        return bare, True
    try:
        birthday = read_birthday(written, today)
    except ValueError:
        return bare, True
    data.birthday = str(birthday) if birthday else ""
    return bare, False


_PARTS = (Target.BIRTH_DAY, Target.BIRTH_MONTH, Target.BIRTH_YEAR)


def birthday_of_parts(
    data: ClientInput, parts: dict[Target, tuple[int, str]], headers: Sequence[str], today: date
) -> tuple[NoBirthday | None, list[str]]:
    """The birthday of a row's day, month and year columns (`parts`: target → column and
    text: «15», «3» or «марта», «1985»); the year may be missing. Parts that make no
    birthday are for the notes under their columns' names (the lines returned), and a day
    and month that make none are the problem returned."""
    day, month, year = (parts.get(part) for part in _PARTS)
    if data.birthday and day is None:
        return None, _beside_birthday(data, month, year, headers, today)
    if day is not None and month is not None and not data.birthday:
        by = "." if month[1].isdigit() else " "  # «15.3.1985», «15 марта 1985»
        written = by.join(part[1] for part in (day, month, year) if part is not None)
        try:
            birthday = read_birthday(written, today)
        except NoBirthday as refused:
            return refused, [f"{headers[column]}: {text}" for column, text in parts.values()]
        data.birthday = str(birthday) if birthday else ""
        return None, []
    return None, [f"{headers[column]}: {text}" for column, text in parts.values()]


def _beside_birthday(
    data: ClientInput,
    month: tuple[int, str] | None,
    year: tuple[int, str] | None,
    headers: Sequence[str],
    today: date,
) -> list[str]:
    """A «Год рождения» or a «Месяц рождения» beside a whole birthday's column: a year
    completes a birthday written without one («15.03» and «1980»: the card had «15.03» and
    the year in its notes); a year or a month the birthday tells already (a sheet's helper
    column to sort by) says nothing more; one that tells otherwise is noted."""
    known = parse_birthday(data.birthday)
    assert known is not None
    notes = []
    if year is not None and known.year is None:
        try:
            whole = read_birthday(f"{known.day:02d}.{known.month:02d}.{year[1]}", today)
        except NoBirthday:
            whole = None
        if whole is not None and whole.year is not None:
            data.birthday = str(whole)
        else:
            notes.append(f"{headers[year[0]]}: {year[1]}")
    elif year is not None:
        written = re.sub(r"\D", "", year[1])
        if len(written) not in (2, 4) or not str(known.year).endswith(written):
            notes.append(f"{headers[year[0]]}: {year[1]}")
    if month is not None:
        text = month[1].strip().rstrip(".")
        if (int(text) if text.isdigit() else month_number(text)) != known.month:
            notes.append(f"{headers[month[0]]}: {month[1]}")
    return notes


# «ДР 12.05», «д.р. 01.02.1990», «День рождения 3 марта 1980», «Родилась 15.07.1985» at the
# start of a note or of one of its clauses: the client's own. Not «у жены ДР 20.12», nor
# «ДР жены 20.12», which are a relative's.
_BIRTHDAY_IN_NOTE = re.compile(
    r"(?:^|[.;,!?\n(]|:\s)\s*(?:др|д\.\s?р\.?|д/р|день\s+рожд[еь]ния|родил(?:ся|ась|ся\(ась\)))"
    r"\s*[:\-–—]?\s*(\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?(?!\d|[./]\d)|\d{1,2}\s+[а-яё]+(?:\s+\d{4})?)",
    re.IGNORECASE,
)


def birthday_in_notes(notes: Sequence[str], today: date) -> str:
    """The birthday a hand-kept sheet wrote in its notes, as the card keeps it («12.05»,
    «03.03.1980»), for a card without one; "" where none says one. The note stays."""
    for note in notes:
        if (found := _BIRTHDAY_IN_NOTE.search(note)) is None:
            continue
        try:
            birthday = read_birthday(found[1], today)
        except ValueError:
            continue
        if birthday is not None:
            return str(birthday)
    return ""
