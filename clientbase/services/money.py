"""Money and quantities as people type them: «1 234,50 ₽», «1234.5», «1,234.50»."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

# Spaces, currency signs and words: «₽», «руб.», «рублей», «12 345,00р», «RUB».
_NOISE = re.compile(r"[\s\u00a0\u202f₽$€]|руб(?:лей|ля|ль)?\.?|р\.|р$|rub", re.IGNORECASE)


def parse_decimal(text: str) -> Decimal:
    """Read a number written with spaces between thousands and a comma or point for decimals.

    When both a comma and a point appear, the last one is the decimal separator.
    Raise ValueError when the text is not a number.
    """
    cleaned = _NOISE.sub("", text)
    if not cleaned:
        raise ValueError(text)
    if "," in cleaned and "." in cleaned:
        decimal_mark = "," if cleaned.rfind(",") > cleaned.rfind(".") else "."
        thousands = "." if decimal_mark == "," else ","
        cleaned = cleaned.replace(thousands, "").replace(decimal_mark, ".")
    else:
        cleaned = cleaned.replace(",", ".")
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise ValueError(text) from None
    if not value.is_finite():
        raise ValueError(text)
    return value


# What a discount cell says around its number: «5%», «5 %», «скидка 10%», «Скидка: 7».
_PERCENT_NOISE = re.compile(r"^\s*(?:скидка|discount)\s*[:\-–—]?|%\s*$", re.IGNORECASE)


def parse_percent(text: str) -> Decimal:
    """A percentage as a sheet's discount column writes it; ValueError when it is none."""
    return parse_decimal(_PERCENT_NOISE.sub("", text))
