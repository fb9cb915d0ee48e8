"""A day as a sheet's cell holds it: a sale's, the one a client was taken on, or the one to
call the client again."""

from __future__ import annotations

import re
from datetime import date, datetime, time

from clientbase.errors import ValidationError
from clientbase.exchange.values import excel_serial_date, text_of
from clientbase.services.dates import parse_birthday

# The Excel day numbers that are years typed alone: days of 1905, which no sale, call,
# client or birthday of a shop has.
YEARS_AS_DAYS = (1900, 2100)


def cell_day(value: object, today: date, month_first: bool = False) -> date:
    """A day from a date cell, an Excel day number or text; ValueError or ValidationError
    if none. A time beside it is dropped («01.03.2023 12:00»)."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        if YEARS_AS_DAYS[0] <= value <= YEARS_AS_DAYS[1] and float(value).is_integer():
            # A year typed alone: as an Excel day number it is a day of 1905, which a sale
            # of «2026» became.
            raise ValidationError.single("date", "year_only", value=text_of(value))
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


# A reminder's hour where the sheet gives a day only: the start of a shop's day, as the
# calendar's «new reminder» proposes.
DAY_START = time(10, 0)
_TIME = re.compile(
    r"(?:\b|(?<=t))([01]?\d|2[0-3])[:.]([0-5]\d)(?::[0-5]\d(?:\.\d+)?)?"
    r"(?:\s*(?:z|utc|gmt|[+-]\d{2}:?\d{2}))?\s*$",  # «+0000»: the hour as written
    re.IGNORECASE,
)
_ISO_T = re.compile(r"(?<=\d)[tT]$")


def cell_moment(
    value: object, today: date, month_first: bool = False, past: bool = False
) -> datetime:
    """A day and hour to be reminded at, from a date cell or text: «05.12.2026 15:30»,
    «05.12» (the next 5 December; with `past`, the last one, as for a call made). Without an
    hour, DAY_START. ValueError or ValidationError if none."""
    if isinstance(value, datetime):
        moment = value.replace(second=0, microsecond=0)
        return moment if moment.time() != time(0, 0) else datetime.combine(value, DAY_START)
    if not isinstance(value, str):
        return datetime.combine(cell_day(value, today, month_first), DAY_START)
    hour = DAY_START
    if (found := _TIME.search(value)) and len(value) > 8:
        hour = time(int(found[1]), int(found[2]))
        # «… в 12:00»; «2026-11-01T09:58:00Z»
        value = _ISO_T.sub("", value[: found.start()].rstrip(" ,")).removesuffix(" в")
    # A day to come, unlike a birthday: read as if from ten years on («05.12.27» is 2027).
    horizon = date(today.year + 10, 1, 1)
    written = parse_birthday(value, field="date", today=horizon, month_first=month_first)
    if written is None:
        raise ValueError(value)
    if written.year is None:  # «05.12»: the next such day, or the last
        if past:
            year = today.year - ((written.month, written.day) > (today.month, today.day))
        else:
            year = today.year + ((written.month, written.day) < (today.month, today.day))
        if (written.month, written.day) == (2, 29):
            year += -(year % 4) if past else -year % 4  # not every year has one
        return datetime.combine(date(year, written.month, written.day), hour)
    return datetime.combine(date(written.year, written.month, written.day), hour)


# «05.12 — уточнить размер»: a day written first, then what to call about.
_DAY_THEN_WORDS = re.compile(
    r"^\s*(\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?(?:\s+\d{1,2}:\d{2})?)(?:\s*[-–—,:;]\s*|\s+)(\S.*)$",
    re.DOTALL,
)


def moment_and_words(value: object, today: date, month_first: bool = False) -> tuple[datetime, str]:
    """As cell_moment, and what the cell says beside the day: «05.12 — уточнить размер»
    is 5 December at DAY_START, about «уточнить размер». ValueError or ValidationError if the
    cell has no day."""
    try:
        return cell_moment(value, today, month_first), ""
    except (ValueError, ValidationError):
        if not isinstance(value, str) or (found := _DAY_THEN_WORDS.match(value)) is None:
            raise
    return cell_moment(found[1], today, month_first), found[2].strip()
