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
_SEPARATORS = re.compile(r"\s*[,;/\n]\s*|\s{3,}")
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
    first = name.strip().split(" ", 1)[0].strip("«»\"'").casefold()
    return first in _COMPANY_FORMS or name.strip().startswith("«")


# Russian patronymics are regular: Иванович, Сергеевич, Ильич, Ивановна, Саввична, Ильинична;
# Turkic ones follow the father's name as a word of its own (Ахмед оглы, Алиевна кызы).
_PATRONYMIC = re.compile(r"(?:ович|евич|ьич|ич|овна|евна|ична|инична)$|^(?:оглы|кызы|улы|гызы)$")
# Endings only surnames have; «-ин(а)» is left out, being as common in first names
# (Марина, Валентин) as in surnames.
_SURNAME = re.compile(r"(?:ов|ова|ев|ева|ёв|ёва|ский|ская|цкий|цкая|ской|ых|их|енко)$")


def _is_patronymic(word: str) -> bool:
    return len(word) > 4 and _PATRONYMIC.search(word.casefold()) is not None


def _is_surname(word: str) -> bool:
    return len(word) > 4 and _SURNAME.search(word.casefold()) is not None


# A name in Latin letters with a Russian patronymic, or starting with a Russian surname, is a
# transliterated Russian one, written surname first («Ivanov Ivan»).
_LATIN_PATRONYMIC = re.compile(r"(?:ovich|evich|ovna|evna|ichna)$")
_LATIN_SURNAME = re.compile(r"(?:ov|ova|ev|eva|sky|skiy|skii|skaya|enko)$")
_CYRILLIC = re.compile(r"[а-яё]", re.IGNORECASE)


def _western(name: str, parts: list[str]) -> bool:
    """Whether a name is written first name first, as Latin-script names are («Maria
    Anders»): no Cyrillic, no «Surname, First» comma, no transliterated patronymic."""
    return (
        len(parts) > 1
        and "," not in name
        and not _CYRILLIC.search(name)
        and not any(_LATIN_PATRONYMIC.search(p.casefold()) for p in parts)
        and not (
            _LATIN_SURNAME.search(parts[0].casefold())
            and not _LATIN_SURNAME.search(parts[-1].casefold())
        )
        and not is_initial(parts[-1])
    )


def is_initial(word: str) -> bool:
    """«И.» or «И»: a name written as its first letter."""
    return len(word.rstrip(".")) == 1


def split_full_name(name: str) -> tuple[str, str, str]:
    """«Иванов Иван Иванович» → last, first, middle; also «Иван Иванович Иванов», «Мария
    Петрова», «Иванов, Иван», and initials before or after the surname («Иванов И.И.»,
    «И. И. Иванов»), and a Latin-script name first name first («Maria Anders»; «Anders,
    Maria» and «Ivanov Ivan Ivanovich» as written). A Cyrillic name in an order the endings
    do not tell stays as written: last name first."""
    parts = [p for p in name.replace(".", ". ").replace(",", " ").split() if p]
    if not parts:
        return "", "", ""
    if len(parts) > 1 and all(is_initial(p) for p in parts[:-1]) and not is_initial(parts[-1]):
        parts = [parts[-1], *parts[:-1]]  # «И. И. Иванов»
    elif _western(name, parts):
        parts = [parts[-1], *parts[:-1]]  # «Maria Anders», «John F. Kennedy»
    elif len(parts) == 3 and _is_patronymic(parts[1]) and not _is_patronymic(parts[2]):
        parts = [parts[2], parts[0], parts[1]]  # «Иван Иванович Иванов»
    elif len(parts) == 2 and _is_surname(parts[1]) and not _is_surname(parts[0]):
        parts = [parts[1], parts[0]]  # «Мария Петрова»
    last, rest = parts[0], parts[1:]
    first = rest[0] if rest else ""
    middle = " ".join(rest[1:])
    return last, first, middle
