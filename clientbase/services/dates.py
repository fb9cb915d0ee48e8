"""Birthdays and dates as a Russian shop writes them: 01.02.1980, 1.2.80, 01.02, 1980-02-01."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import Enum
from functools import lru_cache

from clientbase.errors import ValidationError

# Spaces around the separators, as Word's autocorrect and quick typing leave them: «15. 03.
# 1985»; a full stop closing the date: «15.03.1985.».
_DOTTED = re.compile(r"^(\d{1,2})\s*[./-]\s*(\d{1,2})(?:\s*[./-]\s*(\d{2}|\d{4}))?\.?$")
# «01,02,1980»: the decimal key of the number pad types a comma in the Russian layout, so
# dates typed there come with commas. Only with the year: «01,02» is a number in Excel.
_COMMAS = re.compile(r"^(\d{1,2}),(\d{1,2}),(\d{2}|\d{4})$")
# «01 02 1980», typed with spaces: only with a year of this or the last century, which no
# local phone number («52 34 56») has.
_SPACED = re.compile(r"^(\d{1,2})\s+(\d{1,2})\s+((?:19|20)\d{2})$")
# Eight digits with no separator, as databases export dates and people type them fast:
# «01021980» day first, «19800201» year first. The two never both make a date: a year's
# first digits, 19 or 20, are no month.
_DIGITS_DAY_FIRST = re.compile(r"^(\d{2})(\d{2})(\d{4})$")
_DIGITS_YEAR_FIRST = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
# Year first with any of the separators: «1980-02-01», and «1980.02.01» or «1980/02/01» as
# some cash registers and Japanese-made phones write it.
_ISO = re.compile(r"^(\d{4})([-./])(\d{1,2})\2(\d{1,2})$")
# Without a year, as vCard and Google Contacts write it: «--03-15», «--0315».
_ISO_NO_YEAR = re.compile(r"^--(\d{2})-?(\d{2})$")
# «1 февраля 1980», and Excel's formats with a short month: «01.фев.1980», «1-Feb-80».
_WORDS = re.compile(r"^(\d{1,2})(?:\s+|[./-])([^\W\d]+)\.?(?:(?:\s+|[./-])(\d{2}|\d{4}))?$")
# «February 2, 1980», «Feb 2 1980»
_ENGLISH_WORDS = re.compile(r"^([a-z]+)\.?\s+(\d{1,2}),?(?:\s+(\d{4}))?$")
# What sheets add after a date: «01.02.1980 г.», «01.02.1980 года»; a time of day, when
# the column was a date-and-time one («01.02.1980 00:00», «1980-02-01T00:00:00»).
# «г.р.» (год рождения) too, and an age in brackets after the date: «01.02.1980 (44 года)».
_YEAR_WORD = re.compile(r"\s*(?:г\.?\s*р\.?|гр\.?|г\.?|года?(?:\s+рождения)?)$")
_AGE = re.compile(r"\s*\(\s*\d{1,3}\s*(?:год|года|лет|г\.?|л\.?)?\s*\)$")
# A birth year alone, «1975» or «1975 г.р.», as old sheets keep one: named as such, since «not
# a date» would have the person look for a typo in it.
_YEAR_ALONE = re.compile(r"^\d{4}$")
# What a text that is no day of any reading is refused with.
_NO_DAY_CODES = frozenset({"date_invalid", "no_such_day", "year_only"})
# A web shop's moment in UTC or with its offset after the time (Shopify's «2026-11-01
# 09:58:00 +0000», an API's «…T09:58:00Z»): the day as written.
_TIME = re.compile(
    r"(?:\s+|t)\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s*(?:z|utc|gmt|[+-]\d{2}:?\d{2}))?$"
)
# Month names in full, as written with a day number («1 февраля», «1 январь», «February 2»);
# any beginning of three letters or more stands for the month too («фев», «февр.», «Feb»).
_MONTH_NAMES = (
    ("января", "январь", "january"), ("февраля", "февраль", "february"),
    ("марта", "март", "march"), ("апреля", "апрель", "april"), ("мая", "май", "may"),
    ("июня", "июнь", "june"), ("июля", "июль", "july"), ("августа", "август", "august"),
    ("сентября", "сентябрь", "september"), ("октября", "октябрь", "october"),
    ("ноября", "ноябрь", "november"), ("декабря", "декабрь", "december"),
)  # fmt: skip


def month_number(word: str) -> int | None:
    """The month a word names, in full or by three letters or more: «февраля», «фев», «Feb»."""
    return _month(word.casefold())


_MONTH_ALONE = re.compile(r"^([^\W\d_]{3,9})\.?$")


def month_alone(text: str) -> str:
    """A month's name written alone, as a column heads a month: «Январь», «янв.», «Feb»
    (without its dot); "" for any other text."""
    found = _MONTH_ALONE.match(text.strip())
    return found[1] if found and month_number(found[1]) is not None else ""


def _month(word: str) -> int | None:
    if len(word) < 3:
        return None
    for number, names in enumerate(_MONTH_NAMES, start=1):
        if any(name.startswith(word) for name in names):
            return number
    return None


# 29 February without a year must be accepted, so day/month are checked against a leap year.
_LEAP_YEAR = 2000
# The earliest year a birthday, a sale or a consent may have: before it a date is a typo
# (201 for 2012), and Excel, which counts from 1900, cannot hold it.
FIRST_PLAUSIBLE_YEAR = 1900


@dataclass(frozen=True)
class Birthday:
    day: int
    month: int
    year: int | None = None

    def __str__(self) -> str:
        if self.year is None:
            return f"{self.day:02d}.{self.month:02d}"
        return f"{self.day:02d}.{self.month:02d}.{self.year:04d}"

    def age_on(self, today: date) -> int | None:
        if self.year is None:
            return None
        had_birthday = (today.month, today.day) >= (self.month, self.day)
        return today.year - self.year - (0 if had_birthday else 1)


def _expand_year(two_digits: int, today: date) -> int:
    """80 → 1980, 05 → 2005: a two-digit year is the most recent one not in the future."""
    century = today.year // 100 * 100
    year = century + two_digits
    return year if year <= today.year else year - 100


def parse_birthday(
    text: str, field: str = "birthday", today: date | None = None, month_first: bool = False
) -> Birthday | None:
    """Parse what a person typed; empty text means no birthday. Raise ValidationError otherwise.

    `month_first` reads «2/25/1980» as an American program writes it, month before day."""
    value = text.strip()
    if not value:
        return None
    return _parsed_birthday(value, field, today or date.today(), month_first)


def _bare(value: str) -> str:
    return _YEAR_WORD.sub("", _TIME.sub("", _AGE.sub("", value.casefold())))


class DateOrder(Enum):
    """How a column writes its dates, as far as they show it."""

    MONTH_FIRST = "month_first"  # two dates or more like 2/25/1980, none like 25/2/1980
    DAY_FIRST = "day_first"  # a date like 25/2/1980
    UNKNOWN = "unknown"  # nothing past the 12th; with «slashed», written with «/»


def date_order(texts: Iterable[str]) -> tuple[DateOrder, bool]:
    """How a column's dates are written, and whether with slashes (2/1/1980), as an American
    Excel or Outlook saves them in a CSV.

    Month first only where the column shows it and nothing contradicts it: two dates or
    more whose second number cannot be a month, and none whose first cannot be one. Then
    every date of it is read month first, the ambiguous 2/1/1980 too; read day first, those
    would become another day without a word. A day-first column has dates past the 12th
    too, so one mistyped date (01.13.1980) leaves it as it is; one with slashes (3/15/1985)
    is enough, as a Russian sheet writes its dates with dots (an Outlook contact list of
    one birthday was refused it)."""
    month_first_seen = 0
    slashed = False
    for text in texts:
        match = _DOTTED.match(bare := _bare(text.strip()))
        if match is None:
            continue
        slashed = slashed or "/" in bare
        first, second = int(match.group(1)), int(match.group(2))
        if first > 12:
            return DateOrder.DAY_FIRST, slashed
        if second > 12:
            month_first_seen += 2 if "/" in bare else 1
    return (DateOrder.MONTH_FIRST if month_first_seen >= 2 else DateOrder.UNKNOWN), slashed


def month_first(texts: Iterable[str]) -> bool:
    """Whether a column's dates show they are written month first: see date_order."""
    return date_order(texts)[0] is DateOrder.MONTH_FIRST


# An import reads each row's birthday, then checks the card, which reads it again; 100,000
# clients have a few tens of thousands of birthdays between them. Birthday is immutable.
@lru_cache(maxsize=65_536)
def _parsed_birthday(value: str, field: str, today: date, month_first: bool) -> Birthday:
    bare = _bare(value)
    if match := _ISO.match(bare):
        year_text, _, month_text, day_text = match.groups()
    elif match := _ISO_NO_YEAR.match(bare):
        year_text, (month_text, day_text) = None, match.groups()
    elif match := _DOTTED.match(bare) or _COMMAS.match(bare) or _SPACED.match(bare):
        day_text, month_text, year_text = match.groups()
        if month_first:
            day_text, month_text = month_text, day_text
    elif (match := _DIGITS_DAY_FIRST.match(bare)) and 1 <= int(match.group(2)) <= 12:
        day_text, month_text, year_text = match.groups()
    elif match := _DIGITS_YEAR_FIRST.match(bare):
        year_text, month_text, day_text = match.groups()
    elif (match := _WORDS.match(bare)) and (month := _month(match.group(2))):
        day_text, month_text, year_text = match.group(1), str(month), match.group(3)
    elif (match := _ENGLISH_WORDS.match(bare)) and (month := _month(match.group(1))):
        month_text, day_text, year_text = str(month), match.group(2), match.group(3)
    else:
        code = "year_only" if _YEAR_ALONE.match(bare) else "date_invalid"
        raise ValidationError.single(field, code, value=value)
    day, month = int(day_text), int(month_text)
    year: int | None = None
    if year_text is not None:
        year = int(year_text)
        if len(year_text) == 2:
            year = _expand_year(year, today)
    try:
        date(year if year is not None else _LEAP_YEAR, month, day)
    except ValueError:  # 31.02.1985, 15.13.1985: a date's form, no calendar's day
        raise ValidationError.single(field, "no_such_day", value=value) from None
    if year is not None:
        if year < FIRST_PLAUSIBLE_YEAR:
            raise ValidationError.single(field, "year_out_of_range", value=value)
        if date(year, month, day) > today:
            raise ValidationError.single(field, "date_in_future", value=value)
    return Birthday(day, month, year)


def birthday_text(day: int | None, month: int | None, year: int | None) -> str:
    if day is None or month is None:
        return ""
    return str(Birthday(day, month, year))


def written_date(day: date) -> str:
    """01.02.1980; a year before 1000 with its zeros (12.05.0201), which strftime leaves out."""
    return f"{day.day:02}.{day.month:02}.{day.year:04}"


# A birthday as the card keeps it: «14.03.1985», «14.03».
_SAVED = re.compile(r"^(\d{2})\.(\d{2})(?:\.(\d{4}))?$")


@dataclass(frozen=True)
class DateStyle:
    """How a window writes a day: which part first, between what, with leading zeros or not.

    The card keeps birthdays as Russia writes them (KEPT_STYLE); a window writing its dates
    otherwise shows them its way, so a birthday reads as every other date beside it."""

    order: str  # "dmy", "mdy" or "ymd"
    separator: str  # ".", "/" or "-": what the card reads back
    day_zero: bool  # 05 rather than 5
    month_zero: bool

    @property
    def month_first(self) -> bool:
        """A day and month without a year read month first: 3/14 in the US, 03-14 in Canada."""
        return self.order != "dmy"


KEPT_STYLE = DateStyle("dmy", ".", day_zero=True, month_zero=True)
# The United States' 3/14/1985, which English printouts follow (see locale_format).
US_STYLE = DateStyle("mdy", "/", day_zero=False, month_zero=False)


def birthday_shown(text: str, style: DateStyle) -> str:
    """A birthday as kept («14.03.1985», «14.03») as a window writing `style` shows it:
    «3/14/1985», «3/14» in the US; «14/03/1985» in Britain; «1985-03-14», «03-14» in
    Canada. Unchanged where the text is no birthday as kept."""
    match = _SAVED.match(text) if style != KEPT_STYLE else None
    if match is None:
        return text
    day, month, year = (int(part) if part else None for part in match.groups())
    day_text = f"{day:02d}" if style.day_zero else str(day)
    month_text = f"{month:02d}" if style.month_zero else str(month)
    parts = [day_text, month_text]
    if style.month_first:
        parts.reverse()
    if year is not None:
        parts.insert(0 if style.order == "ymd" else 2, f"{year:04d}")
    return style.separator.join(parts)


def birthday_typed(text: str, style: DateStyle, today: date | None = None) -> str:
    """A birthday typed into a window writing `style`, as the card keeps it: «14/03/1985»,
    «1985-03-14» and «14.03.1985» are all «14.03.1985», so a card shown and left alone is
    not changed. In the US «3/5/1980» is the 5th of March, «03.05.1980», and one that
    cannot be month first («25/3/1980») is read day first; in Canada a day without a year,
    «03-05», is month first as its 1980-03-05 is. Text that is no date, or no day the card
    takes, is left as typed, for the card's check to name."""
    value = text.strip()
    if not value:
        return value
    dotted = _DOTTED.match(_bare(value))
    yearless = dotted is not None and dotted.group(3) is None
    month_first = style.order == "mdy" or (style.order == "ymd" and yearless)
    for order in (True, False) if month_first else (False,):
        try:
            birthday = parse_birthday(value, today=today, month_first=order)
        except ValidationError as error:
            if error.problems[0].code in _NO_DAY_CODES:
                continue
            # A day month first, but in the future or too long ago: the card is to refuse
            # that day, not to read the text day first as another.
            if order and dotted is not None:
                day, month, year = dotted.group(2), dotted.group(1), dotted.group(3)
                return f"{day}.{month}.{year}" if year else f"{day}.{month}"
            return value
        return str(birthday) if birthday else value
    return value
