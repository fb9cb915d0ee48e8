"""Text folding for search: what the user types and what the base holds are compared folded."""

from __future__ import annotations

import re

_NON_DIGITS = re.compile(r"\D+")
# Characters that take no room on screen: a soft hyphen, zero-width spaces, the word joiner,
# the direction marks WhatsApp and web pages wrap a copied phone in, a byte-order mark inside
# a text. Kept, they stop «Пет\u00adров» from being found as «Петров» and make an e-mail
# address no mail server knows. (ZWJ and ZWNJ, which emoji and some scripts need, stay.)
INVISIBLE = "\u00ad\u180e\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff"
_INVISIBLE = re.compile(f"[{INVISIBLE}]")
_PHONE_LIKE = re.compile(r"^[\d\s()+\-.]+$")


def fold(text: str) -> str:
    """Case-insensitive for Cyrillic as for Latin, and «ё» counts as «е»."""
    return text.casefold().replace("ё", "е")


def visible(text: str) -> str:
    """The text without the characters that take no room on screen (see INVISIBLE)."""
    return _INVISIBLE.sub("", text)


def clipped(text: str, limit: int) -> str:
    """The text as it fits in `limit` characters: cut, with «…» for the rest."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def digits(text: str) -> str:
    return _NON_DIGITS.sub("", text)


def looks_like_phone(text: str) -> bool:
    """True for what a person types when looking up a phone: '+7 (916) 12', '8-916-12'."""
    return bool(_PHONE_LIKE.match(text)) and len(digits(text)) >= 3


def search_terms(query: str) -> list[str]:
    """Split a search box text into folded terms that must all be found.

    A phone typed with spaces or dashes is one term of its digits, so «916 123-45» finds
    +7 916 123-45-67 however it was entered.
    """
    query = query.strip()
    if not query:
        return []
    if looks_like_phone(query):
        return [digits(query)]
    return [fold(word) for word in query.split()]
