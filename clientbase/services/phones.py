"""Phones: parsed and normalized to E.164 with phonenumbers, default region from settings."""

from __future__ import annotations

import re
from functools import lru_cache

try:
    # phonenumbers' own functions on a Rust port of libphonenumber: parsing and formatting the
    # phones of a 100,000-row import take 0.6 s instead of 5 s. tests/test_services/
    # test_phone_library.py checks that both give the same answers to what this module asks.
    import rphonenumbers as phonenumbers
except ImportError:  # no wheel for this platform: the same API, in pure Python
    import phonenumbers

from clientbase.services.text import digits


class PhoneParseError(ValueError):
    pass


# Words after a number, which phonenumbers refuses: «8 916 123-45-67 (Маша)», «… рабочий».
_TRAILING_WORDS = re.compile(r"[\s,;:(\-–—]*[^\W\d_][^\d]*$")
# A number that went through a float on its way out of another program: «79161234567.0».
_FLOAT_TAIL = re.compile(r"^(\+?\d{7,15})\.0+$")


def is_region(code: str) -> bool:
    """A region phonenumbers knows (RU, BY, KZ…), to read phones without a country code."""
    return code in phonenumbers.SUPPORTED_REGIONS


# The display form and searchable digits of phones seen lately, by E.164. Filled where a
# phone is first parsed, so an import of 100,000 rows parses each phone once, not twice.
_FORMS: dict[str, tuple[str, str]] = {}
_FORMS_KEPT = 250_000
_POSSIBLE = phonenumbers.ValidationResult.IS_POSSIBLE


@lru_cache(maxsize=250_000)
def normalize_phone(raw: str, region: str) -> str:
    """Return the E.164 form of a phone as a person wrote it; raise PhoneParseError if it is none.

    A Russian number written with the trunk prefix (8 916 ...) is understood as +7.
    Cached: an import checks each phone when reading the row and again when saving it.
    """
    text = raw.strip()
    number = _parsed(text, region)
    if number is None:
        # Cleaned only when needed: the cleaning costs a tenth of a parse, on every phone.
        cleaned = _FLOAT_TAIL.sub(r"\1", _TRAILING_WORDS.sub("", text))
        number = _parsed(cleaned, region) if cleaned != text else None
    if number is None:
        raise PhoneParseError(raw)
    e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    if e164 not in _FORMS:
        _remember_forms(e164, _forms_of(e164, number))
    return e164


def _parsed(text: str, region: str) -> phonenumbers.PhoneNumber | None:
    if not text:
        return None
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return None
    # «123-45-67» is possible as a local number only: without its area code it has no E.164.
    if phonenumbers.is_possible_number_with_reason(number) != _POSSIBLE:
        return None
    return number


def _remember_forms(e164: str, forms: tuple[str, str]) -> None:
    if len(_FORMS) >= _FORMS_KEPT:
        _FORMS.clear()
    _FORMS[e164] = forms


def _forms_of(e164: str, number: phonenumbers.PhoneNumber) -> tuple[str, str]:
    shown = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    forms = [digits(e164)]
    national = digits(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL))
    if national and national not in forms[0]:
        forms.append(national)
    return shown, " ".join(forms)


def _forms(e164: str) -> tuple[str, str]:
    """The display form and the searchable digits of a phone, from one parse (parsing is
    the slow part of saving thousands of clients)."""
    known = _FORMS.get(e164)
    if known is not None:
        return known
    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164, digits(e164)
    forms = _forms_of(e164, number)
    _remember_forms(e164, forms)
    return forms


def display_phone(e164: str) -> str:
    """+79161234567 → +7 916 123-45-67, the way the country writes it."""
    return _forms(e164)[0]


def searchable_digits(e164: str) -> str:
    """Digit strings by which a person may look a phone up: international and national form.

    In Russia people dial 8 916 ... as often as +7 916 ..., so both must be found.
    """
    return _forms(e164)[1]
