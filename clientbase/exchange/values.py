"""Reading single cell values the way spreadsheets hold them."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from clientbase.services.client_validation import is_email
from clientbase.services.text import digits

# Excel counts days from 30.12.1899 (its 1900 leap-year bug included).
EXCEL_EPOCH = date(1899, 12, 30)
_PHONE_CHARS = re.compile(r"^[\d\s()+\-./,;]+$")
_DATE = re.compile(r"^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$")
# Between phones in one cell: «,» «;» «/», a line break (Alt+Enter in Excel), wide spaces.
_SEPARATORS = re.compile(r"\s*(?:[,;/\n]|:::)\s*|\s{3,}")  # «:::»: Google Contacts
_COMPANY_FORMS = ("ооо", "ип", "ао", "зао", "оао", "пао", "нко", "llc", "ltd", "inc", "gmbh")


def text_of(value: object) -> str:
    """A cell as text: whole numbers without «.0», dates as 01.02.1980."""
    if type(value) is str:  # most cells: first, ahead of five type tests
        return value.strip()
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.strftime("%d.%m.%Y %H:%M")
    if isinstance(value, date):
        return value.strftime("%d.%m.%Y")
    return str(value).strip()


# «г. Москва», «г.Москва», «гор. Тверь», «город Тверь»: the marker Russian addresses put
# before a town's name. Without it one city is not listed twice in the city filter.
_TOWN_MARKER = re.compile(r"^(?:г|гор)\.\s*|^(?:г|город)\s+", re.IGNORECASE)


def city_name(text: str) -> str:
    """A city as a sheet wrote it, without «г.» in front."""
    return _TOWN_MARKER.sub("", text, count=1) or text


def looks_like_email(value: object) -> bool:
    return isinstance(value, str) and is_email(value.strip())


def looks_like_phone(value: object) -> bool:
    """A number of 10-12 digits, or text made of digits and the signs phones are written with."""
    if isinstance(value, bool):
        return False
    if isinstance(value, int | float):
        return 10 <= len(text_of(value)) <= 12
    if not isinstance(value, str) or not _PHONE_CHARS.match(value) or _DATE.match(value):
        return False
    return 7 <= len(digits(value)) <= 15 * 3


def split_phones(value: object) -> list[str]:
    """Several phones in one cell («8 916 111-22-33, 8 495 123-45-67») become a list."""
    text = text_of(value)
    if not text:
        return []
    parts = [part for part in _SEPARATORS.split(text) if part.strip()]
    # «8 (916) 111-22-33» holds no separator; a comma inside a single number is unlikely.
    return parts if all(len(digits(part)) >= 7 for part in parts) else [text]


def excel_serial_date(value: float) -> date | None:
    """An Excel date stored as a day number (a column not formatted as a date)."""
    if 1 <= value < 100_000 and float(value).is_integer():
        return EXCEL_EPOCH + timedelta(days=int(value))
    return None


def is_company_name(name: str) -> bool:
    """«ООО «Ромашка»», «ИП Петров П.П.», and as 1C sorts them, the form last: «Ромашка ООО»."""
    words = [w.strip("«»\"',").casefold() for w in name.split()]
    if not words:
        return False
    return words[0] in _COMPANY_FORMS or words[-1] in _COMPANY_FORMS or name.strip()[0] == "«"
