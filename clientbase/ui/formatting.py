"""Numbers, money and dates as the user's locale writes them: «1 234,50 ₽», 01.02.2026."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

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
