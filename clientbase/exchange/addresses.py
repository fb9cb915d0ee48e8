"""A Russian address written in one cell, taken apart where it says what its parts are.

Shops keep «123456, Тульская обл., г. Тула, ул. Ленина, д. 1» in one «Адрес» column. Only the
parts marked as what they are move out of it: the town after «г.», a six-digit postcode, a
region ending in «обл.», «край», «респ.». An unmarked «Тула, ул. Ленина» is left whole:
its first part could as well be a street.
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
_COUNTRIES = {"россия", "рф", "российская федерация"}


@dataclass(frozen=True)
class Address:
    postcode: str
    region: str
    city: str
    street: str


def split_address(text: str) -> Address | None:
    """The parts of an address that names its town with «г.»; None when it names none."""
    parts = [part.strip() for part in text.split(",") if part.strip()]
    towns = [i for i, part in enumerate(parts) if _TOWN.match(part)]
    if len(towns) != 1:
        return None
    found = _TOWN.match(parts[towns[0]])
    assert found is not None
    city = (found.group(1) or found.group(2)).strip()
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
