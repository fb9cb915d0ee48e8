"""Numbers, money and dates as Russian and English readers write them, without Qt.

The reports and the command line need them as much as the windows do; the windows pass the
language of their QLocale.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from clientbase.services.dates import KEPT_STYLE, US_STYLE, birthday_shown

LANGUAGES = ("ru", "en")
CURRENCY_SIGNS = {
    "RUB": "₽", "USD": "$", "EUR": "€", "GBP": "£", "UAH": "₴", "KZT": "₸", "BYN": "Br",
    "AMD": "֏", "KGS": "сом", "UZS": "сўм",
}  # fmt: skip
# Russian groups thousands with a no-break space, so «1 234,50 ₽» never splits across lines.
_SEPARATORS = {"ru": ("\u00a0", ","), "en": (",", ".")}


def language_of(name: str) -> str:
    """ "ru" for "ru_RU" or "ru"; English for anything the program has no texts for."""
    code = name.split("_")[0].split("-")[0].lower()
    return code if code in LANGUAGES else "en"


def number_text(value: Decimal | int | float, decimals: int = 2, language: str = "ru") -> str:
    group, point = _SEPARATORS[language_of(language)]
    whole, _, fraction = f"{abs(Decimal(value)):.{decimals}f}".partition(".")
    groups: list[str] = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    text = group.join(groups) + (point + fraction if decimals else "")
    return "-" + text if value < 0 else text


def money_text(value: Decimal | int, currency: str = "RUB", language: str = "ru") -> str:
    """«1 234,50 ₽» in Russian, «₽1,234.50» in English."""
    sign = CURRENCY_SIGNS.get(currency, currency)
    text = number_text(value, 2, language)
    if language_of(language) == "ru":
        return f"{text}\u00a0{sign}"
    if text.startswith("-"):
        return f"-{sign}{text[1:]}"
    return f"{sign}{text}"


def birthday_written(text: str, language: str = "ru") -> str:
    """A birthday as kept («14.03.1985», «14.03») as date_text writes dates: «3/14/1985»,
    «3/14» in English."""
    return birthday_shown(text, KEPT_STYLE if language_of(language) == "ru" else US_STYLE)


def date_text(value: date | None, language: str = "ru") -> str:
    """01.02.2026 in Russian; 2/1/2026 as US English writes it."""
    if value is None:
        return ""
    if language_of(language) == "ru":
        return f"{value.day:02d}.{value.month:02d}.{value.year:04d}"
    return f"{value.month}/{value.day}/{value.year:04d}"
