"""Numbers, money and dates as the user's locale writes them: «1 234,50 ₽», 01.02.2026."""

from __future__ import annotations

import re
from datetime import date, datetime, time
from decimal import Decimal
from functools import lru_cache

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

from clientbase.exchange.cell_formats import ColumnFormats, as_shown
from clientbase.services.dates import (
    KEPT_STYLE,
    Birthday,
    DateStyle,
    birthday_shown,
    birthday_typed,
)
from clientbase.services.locale_format import language_of, money_text


def locale_language(locale: QLocale | None = None) -> str:
    """The language code ("ru", "en") that the plain-Python formatting and reports take."""
    return language_of((locale or QLocale()).name())


def format_money(value: Decimal, currency: str = "RUB", locale: QLocale | None = None) -> str:
    return money_text(value, currency, locale_language(locale))


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def to_qdatetime(value: datetime) -> QDateTime:
    return QDateTime(to_qdate(value.date()), QTime(value.hour, value.minute, value.second))


def from_qdatetime(value: QDateTime) -> datetime:
    d, t = value.date(), value.time()
    return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), t.second())


def format_date(value: date | None, locale: QLocale | None = None) -> str:
    if value is None:
        return ""
    return (locale or QLocale()).toString(to_qdate(value), date_format(locale))


def format_datetime(value: datetime, locale: QLocale | None = None) -> str:
    locale = locale or QLocale()
    return f"{format_date(value.date(), locale)} {value:%H:%M}"


def date_format(locale: QLocale | None = None) -> str:
    """dd.MM.yyyy in Russian; four-digit years everywhere, since birthdays span a century."""
    pattern = (locale or QLocale()).dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in pattern:
        pattern = pattern.replace("yy", "yyyy")
    return pattern


# The day, month and year fields of a Qt date pattern, and what stands between the first two.
_FIELDS = re.compile(r"d+|M+|y+")
_SEPARATOR = re.compile(r"[dMy]+([^dMy]+)[dMy]")


def date_style(locale: QLocale | None = None) -> DateStyle:
    """How the locale writes a day, for birthdays kept as day and month with a year or not:
    14.03.1985 in Russia, 3/14/1985 in the US, 14/03/1985 in Britain, 1985-03-14 in Canada.
    A pattern the card could not read back (words, a separator other than . / -) keeps
    the card's own 14.03.1985."""
    return _style_of(date_format(locale))


# The table asks for every birthday cell it paints.
@lru_cache(maxsize=8)
def _style_of(pattern: str) -> DateStyle:
    fields = _FIELDS.findall(pattern)
    order = "".join(field[0].lower() for field in fields)
    separator = _SEPARATOR.search(pattern)
    if order not in ("dmy", "mdy", "ymd") or separator is None:
        return KEPT_STYLE
    between = separator.group(1)
    if between not in (".", "/", "-") or any(len(f) > 2 for f in fields if f[0] in "dM"):
        return KEPT_STYLE
    day, month = (next(f for f in fields if f[0] == part) for part in "dM")
    return DateStyle(order, between, day_zero=len(day) == 2, month_zero=len(month) == 2)


def shown_birthday(text: str, locale: QLocale | None = None) -> str:
    """A birthday as kept («14.03.1985») as the window writes dates: «3/14/1985» in the
    US, «14/03/1985» in Britain, as kept in Russia (see date_style)."""
    return birthday_shown(text, date_style(locale))


def typed_birthday(text: str, locale: QLocale | None = None) -> str:
    """A birthday typed in the window, as the card keeps it: «3/5/1980» typed in a
    month-first window is the 5th of March (see services.dates.birthday_typed)."""
    return birthday_typed(text, date_style(locale))


def day_and_month(value: date, locale: QLocale | None = None) -> str:
    """A day of this year without its year, as the window writes dates: 03.12, 12/3, 03/12."""
    return birthday_shown(str(Birthday(value.day, value.month)), date_style(locale))


def writes_decimal_point(locale: QLocale | None = None) -> bool:
    """Whether the locale writes 1.5 rather than 1,5: then a comma typed between groups of
    three digits («1,200») separates thousands (see services.money.parse_decimal)."""
    return (locale or QLocale()).decimalPoint() == "."


def shown_cell(
    value: object, formats: ColumnFormats, column: int, locale: QLocale | None = None
) -> str:
    """A sheet's cell as its sheet shows it (see exchange.cell_formats.as_shown), its dates
    as the window writes them: beside the preview's «2/1/1980», «01.02.1980» would read as
    the 2nd of January or the 1st of February alike."""
    if isinstance(value, datetime):
        if value.time() != time():
            return format_datetime(value, locale)
        value = value.date()
    if isinstance(value, date):
        if column in formats.yearless_dates:
            return day_and_month(value, locale)
        return format_date(value, locale)
    return as_shown(value, formats, column)
