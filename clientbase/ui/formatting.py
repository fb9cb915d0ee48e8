"""Numbers, money and dates as the user's locale writes them: «1 234,50 ₽», 01.02.2026."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

from clientbase.services.dates import birthday_shown, birthday_typed
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


def writes_month_first(locale: QLocale | None = None) -> bool:
    """Whether the locale writes a date month first, as the United States does: 3/14/1985."""
    return date_format(locale).lstrip().startswith("M")


def shown_birthday(text: str, locale: QLocale | None = None) -> str:
    """A birthday as kept («14.03.1985») as the window writes dates: «3/14/1985» in a
    month-first one, as kept in any other."""
    return birthday_shown(text, writes_month_first(locale))


def typed_birthday(text: str, locale: QLocale | None = None) -> str:
    """A birthday typed in the window, as the card keeps it: «3/5/1980» typed in a
    month-first window is the 5th of March (see services.dates.birthday_typed)."""
    return birthday_typed(text, writes_month_first(locale))


def day_and_month(value: date, locale: QLocale | None = None) -> str:
    """A day of this year without its year, as the window writes dates: 03.12, or 12/3."""
    if writes_month_first(locale):
        return f"{value.month}/{value.day}"
    return f"{value.day:02d}.{value.month:02d}"


def writes_decimal_point(locale: QLocale | None = None) -> bool:
    """Whether the locale writes 1.5 rather than 1,5: then a comma typed between groups of
    three digits («1,200») separates thousands (see services.money.parse_decimal)."""
    return (locale or QLocale()).decimalPoint() == "."
