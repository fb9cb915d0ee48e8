"""Phones: parsed and normalized to E.164 with phonenumbers, default region from settings."""

from __future__ import annotations

from functools import lru_cache

import phonenumbers

from clientbase.services.text import digits


class PhoneParseError(ValueError):
    pass


@lru_cache(maxsize=65536)
def normalize_phone(raw: str, region: str) -> str:
    """Return the E.164 form of a phone as a person wrote it; raise PhoneParseError if it is none.

    A Russian number written with the trunk prefix (8 916 ...) is understood as +7.
    Cached: an import checks each phone when reading the row and again when saving it.
    """
    text = raw.strip()
    if not text:
        raise PhoneParseError(raw)
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException as error:
        raise PhoneParseError(raw) from error
    if not phonenumbers.is_possible_number(number):
        raise PhoneParseError(raw)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


@lru_cache(maxsize=4096)
def _forms(e164: str) -> tuple[str, str]:
    """The display form and the searchable digits of a phone, from one parse (parsing is
    the slow part of saving thousands of clients)."""
    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164, digits(e164)
    shown = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    forms = [digits(e164)]
    national = digits(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL))
    if national and national not in forms[0]:
        forms.append(national)
    return shown, " ".join(forms)


def display_phone(e164: str) -> str:
    """+79161234567 → +7 916 123-45-67, the way the country writes it."""
    return _forms(e164)[0]


def searchable_digits(e164: str) -> str:
    """Digit strings by which a person may look a phone up: international and national form.

    In Russia people dial 8 916 ... as often as +7 916 ..., so both must be found.
    """
    return _forms(e164)[1]
