"""The shop's own country in an address's «Страна» («Страна или регион (дом. адрес)»,
Google's «Address 1 - Country»): «Россия» on every card of a Russian shop's contacts says
nothing of the client, and was a line of each card's notes. A client abroad keeps it."""

from __future__ import annotations

from functools import lru_cache

import phonenumbers

from clientbase.exchange.header import normalize_header

# Names the phone library does not give: the short and official ones people type.
_ALSO_CALLED = {
    "RU": {"рф", "российская федерация", "russian federation", "rus"},
    "BY": {"республика беларусь", "белоруссия", "blr"},
    "KZ": {"республика казахстан", "kaz"},
    "UA": {"ukr"},
    "US": {"usa", "сша", "united states of america"},
    "GB": {"uk", "great britain", "великобритания"},
}
_COUNTRY_WORDS = {"страна", "country"}


def names_a_country(header: object) -> bool:
    """Whether a column's name is a country's: «Страна или регион (дом. адрес)», «Address 1
    - Country», «Billing Country»."""
    return not _COUNTRY_WORDS.isdisjoint(normalize_header(header).split())


@lru_cache(maxsize=8)
def home_country(region: str) -> frozenset[str]:
    """The names, folded, of the country of `region` (the phones' default region, «RU»):
    its code and its name in Russian and English, «рф» and «russia» among them."""
    # Imported here, on the first sheet with a country column: the library's tables of
    # places take a third of a second to load, which every start of the program would pay.
    from phonenumbers import geocoder

    names = {region.casefold(), *_ALSO_CALLED.get(region.upper(), ())}
    example = phonenumbers.example_number(region.upper())
    if example is not None:
        names |= {geocoder.country_name_for_number(example, lang) for lang in ("ru", "en")}
    return frozenset(name.casefold().replace("ё", "е") for name in names if name)
