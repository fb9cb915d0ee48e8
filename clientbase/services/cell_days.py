"""A day as a sheet's cell holds it: a sale's, or the one a client was taken on."""

from __future__ import annotations

from datetime import date, datetime

from clientbase.exchange.values import excel_serial_date, text_of
from clientbase.services.dates import parse_birthday


def cell_day(value: object, today: date, month_first: bool = False) -> date:
    """A day from a date cell, an Excel day number or text; ValueError or ValidationError
    if none. A time beside it is dropped («01.03.2023 12:00»)."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        serial = excel_serial_date(float(value))
        if serial is not None:
            return serial
        raise ValueError(value)
    birthday = parse_birthday(
        text_of(value), field="purchase_date", today=today, month_first=month_first
    )
    if birthday is None or birthday.year is None:
        raise ValueError(value)
    return date(birthday.year, birthday.month, birthday.day)
