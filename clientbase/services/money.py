"""Money and quantities as people type them: «1 234,50 ₽», «1234.5», «1,234.50»."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

# Spaces, currency signs and words: «₽», «руб.», «рублей», «12 345,00р», «RUB».
_NOISE = re.compile(r"[\s\u00a0\u202f₽$€]|руб(?:лей|ля|ль)?\.?|р\.|р$|rub", re.IGNORECASE)


# «1,200», «12,345,678»: commas between groups of three digits, as English writes thousands.
_COMMA_GROUPS = re.compile(r"^[-+]?\d{1,3}(?:,\d{3})+$")


def parse_decimal(text: str, *, comma_groups: bool = False) -> Decimal:
    """Read a number written with spaces between thousands and a comma or point for decimals.

    When both a comma and a point appear, the last one is the decimal separator. A comma
    alone is a decimal one («1,5»), unless `comma_groups` says that commas between groups of
    three digits separate thousands («1,200» is twelve hundred): so for sums of money, which
    have no thousandths, and for any number typed in a window that writes a decimal point.
    Raise ValueError when the text is not a number.
    """
    cleaned = _NOISE.sub("", text)
    if not cleaned:
        raise ValueError(text)
    if comma_groups and _COMMA_GROUPS.match(cleaned):
        cleaned = cleaned.replace(",", "")
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
