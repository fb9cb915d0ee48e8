"""A Russian address written in one cell, taken apart where it says what its parts are.

Shops keep «123456, Тульская обл., г. Тула, ул. Ленина, д. 1» in one «Адрес» column. Only the
parts that show what they are move out of it: the town after «г.», a six-digit postcode, a
region ending in «обл.», «край», «респ.». A town without «г.» is known by where it stands:
alone («Тула»), or just before a part marked as a street («Тула, ул. Ленина, 1»). An
unmarked «Гагарина, 5» is left whole: its name could as well be a street's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_TOWN = re.compile(r"^(?:г|гор|город)\.\s*(\S.*)$|^(?:г|город)\s+(\S.*)$", re.IGNORECASE)
_POSTCODE = re.compile(r"^\d{6}$")
_REGION = re.compile(
    r"(?:^|\s)(?:обл|область|край|респ|республика|ао|автономный округ)\.?(?:\s|$)",
    re.IGNORECASE,
)
_COUNTRIES = {"россия", "рф", "российская федерация", "ru", "rus", "russia"}
# What names a part of a town: «ул. Ленина», «Курортный пр.», «мкр. Северный».
_STREET = re.compile(
    r"(?:^|\s)(?:ул|улица|пр|пр-т|пр-кт|просп|проспект|пер|переулок|б-р|бул|бульвар|ш|шоссе|"
    r"наб|набережная|пл|площадь|проезд|пр-д|туп|тупик|мкр|микрорайон|кв-л|квартал|аллея|"
    r"линия|street|st|avenue|ave|road|rd)(?:\.|\s|$)",
    re.IGNORECASE,
)
# A place's name: one to three words of letters («Тула», «Нижний Новгород»,
# «Ростов-на-Дону»), with no number that would make it a house.
_PLACE = re.compile(r"^[^\W\d_]+(?:(?:\s+|-)[^\W\d_]+){0,3}$")


@dataclass(frozen=True)
class Address:
    postcode: str
    region: str
    city: str
    street: str


# Between the parts of an address: a comma, or a semicolon where the sheet is a CSV of
# commas and the address could not hold them.
_PARTS = re.compile(r"[,;]")


def split_address(text: str) -> Address | None:
    """The parts of an address that names its town with «г.»; None when it names none."""
    if (mailchimps := _mailchimps_address(text)) is not None:
        return mailchimps
    parts = [part.strip() for part in _PARTS.split(text) if part.strip()]
    towns = [i for i, part in enumerate(parts) if _TOWN.match(part)]
    if not towns:
        town = _unmarked_town(parts)
        if town is None:
            return None
        towns, city = [town], parts[town]
    elif len(towns) == 1:
        found = _TOWN.match(parts[towns[0]])
        assert found is not None
        city = (found.group(1) or found.group(2)).strip()
    else:
        return None
    postcode = region = ""
    street: list[str] = []
    for i, part in enumerate(parts):
        if i == towns[0] or part.casefold() in _COUNTRIES:
            continue
        if not postcode and not street and _POSTCODE.match(part):
            postcode = part
        elif not region and i < towns[0] and _REGION.search(part):
            region = part
        else:
            street.append(part)
    return Address(postcode, region, city, ", ".join(street))


# «Адрес: …», «адрес доставки - …» before an address written beside a phone.
_ADDRESS_LABEL = re.compile(
    r"^(?:(?:почтовый\s+|фактический\s+|юридический\s+)?адрес(?:\s+доставки)?|address)"
    r"\s*[:\-–—]?\s*",
    re.IGNORECASE,
)


def address_in_note(note: str) -> str | None:
    """The address a phone's note is («Адрес: г. Москва, ул. Ленина, 1», «Тула, ул. Мира,
    5»), without its label; None for a note that is not one («жена», «после 18:00»).
    Beside a phone only an address says so: a label, a town with «г.», a postcode, or a
    street marked with a house number."""
    text = note.strip()
    if (labelled := _ADDRESS_LABEL.match(text)) and labelled.end() < len(text):
        return text[labelled.end() :]
    parts = [part.strip() for part in _PARTS.split(text) if part.strip()]
    if any(_TOWN.match(part) or _POSTCODE.match(part) for part in parts):
        return text
    if _STREET.search(text) and any(character.isdigit() for character in text):
        return text
    return None


# Mailchimp's audience export keeps an address in one cell, its lines parted by two spaces:
# «12 Oak St  Apt 4  Springfield  IL  62704  US», the second line left out or empty.
_MAILCHIMP_LINES = re.compile(r"\s{2,}")
_MAILCHIMP_POSTCODE = re.compile(r"^(?=.*\d)[\w -]{3,10}$")
_COUNTRY = re.compile(r"^[^\W\d_]+(?:[ .][^\W\d_]+){0,3}\.?$")


def _mailchimps_address(text: str) -> Address | None:
    lines = _MAILCHIMP_LINES.split(text.strip())
    if not 5 <= len(lines) <= 6 or any(not line for line in lines):
        return None
    *street, city, region, postcode, country = lines
    if not (_MAILCHIMP_POSTCODE.match(postcode) and _COUNTRY.match(country)):
        return None
    if not (_is_place(city) and _COUNTRY.match(region)):
        return None
    # The country stays written, at the street's end: the card has no field of its own for it.
    if country.casefold() not in _COUNTRIES:
        street.append(country)
    return Address(postcode, region, city, ", ".join(street))


def _unmarked_town(parts: list[str]) -> int | None:
    """Where a town written without «г.» stands: the only part after the postcode, country
    and region, or the one just before the street."""
    rest = [
        i
        for i, part in enumerate(parts)
        if not _POSTCODE.match(part) and part.casefold() not in _COUNTRIES
        and not _REGION.search(part)
    ]  # fmt: skip
    if not rest or not _is_place(parts[rest[0]]):
        return None
    first = rest[0]
    if len(rest) == 1 or _STREET.search(parts[rest[1]]) or _is_street_and_house(parts[rest[1]]):
        return first
    return None


# A street named without «ул.» and its house: «Баумана 10», «Красная 5а», «Мира д. 7/2».
_NAMED_HOUSE = re.compile(
    r"^([^\W\d_]+)(?:[\s-][^\W\d_]+){0,3}\s+(?:д(?:ом)?\.?\s*)?\d+[^\W\d_]?(?:\s*/\s*\d+)?$"
)
# …but not a part of a building or a plot after a shop's or a village's name («ТЦ Мега,
# павильон 12», «СНТ Ромашка, участок 5»): its name is no town.
_BUILDING_PARTS = {
    "павильон", "пав", "этаж", "офис", "оф", "секция", "корпус", "корп", "строение", "стр",
    "подъезд", "квартира", "кв", "дом", "бокс", "место", "ряд", "киоск", "участок", "уч",
    "склад", "помещение", "пом", "кабинет", "каб", "магазин", "бутик",
}  # fmt: skip


def _is_street_and_house(part: str) -> bool:
    named = _NAMED_HOUSE.match(part)
    return named is not None and named[1].casefold() not in _BUILDING_PARTS


def _is_place(part: str) -> bool:
    return bool(_PLACE.match(part)) and not _STREET.search(part)
