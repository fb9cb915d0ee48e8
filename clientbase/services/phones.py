"""Phones: parsed and normalized to E.164 with phonenumbers, default region from settings."""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise

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
FLOAT_TAIL = re.compile(r"^(\+?\d{7,15})[.,]0+$")
# A letter typed for a digit, between two digits: «1O1», «1l1». phonenumbers drops it, and
# what is left is another number («+375 29 1l1-22-33» → +375 29 112-23-3). «x» and «х»
# mark an extension («555-1234x12»).
_LETTER_FOR_DIGIT = re.compile(r"\d[^\W\d_xXхХ]\d")


def is_region(code: str) -> bool:
    """A region phonenumbers knows (RU, BY, KZ…), to read phones without a country code."""
    return code in phonenumbers.SUPPORTED_REGIONS


# How many digits a town's number has without its area code, «2-34-56», «123-45-67»:
# five to seven in Russian towns.
_LOCAL_DIGITS = (5, 7)


def is_local_number(raw: str) -> bool:
    """Whether a phone as written is a town's number without its area code, which has no
    international form until a code is given («52-34-56»)."""
    count = len(digits(raw))
    return _LOCAL_DIGITS[0] <= count <= _LOCAL_DIGITS[1] and not raw.strip().startswith("+")


# An area code as a person types it: «4822», «(4822)», «8 4822» with the trunk prefix.
_AREA_CODE = re.compile(r"^\(?\s*\d[\d\s]{1,6}\)?$")


def area_code(text: str) -> str:
    """The digits of an area code typed for local numbers («52-34-56»), "" for none; raise
    ValueError for what is no such code."""
    typed = text.strip()
    if not typed:
        return ""
    found = "".join(ch for ch in typed if ch.isdigit())
    if not _AREA_CODE.match(typed) or not 2 <= len(found) <= 6:
        raise ValueError(text)
    return found


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
    if _LETTER_FOR_DIGIT.search(text):
        raise PhoneParseError(raw)
    number = _parsed(text, region)
    if number is None:
        # Cleaned only when needed: the cleaning costs a tenth of a parse, on every phone.
        cleaned = FLOAT_TAIL.sub(r"\1", _TRAILING_WORDS.sub("", text))
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


@lru_cache(maxsize=250_000)
def in_numbering_plan(e164: str) -> bool:
    """Whether a number of +7 (Russia, Kazakhstan) lies in a range their plans give out.

    «8 916 111 22 3», a mobile with a digit missing, is still ten digits after the trunk 8:
    a possible number, +7 891 611-12-23, that nobody has. Other countries' numbers are not
    checked beyond their length, as the metadata of far countries may lag their renumbering.
    """
    if not e164.startswith("+7"):
        return True
    try:
        return bool(phonenumbers.is_valid_number(phonenumbers.parse(e164, None)))
    except phonenumbers.NumberParseException:
        return False


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


# More digits than E.164 lets one number have: a cell holding it holds two phones or more
# («89161112233 89031112233», «моб. 8 916 111-22-33 раб. 8 495 123-45-67»).
_ONE_NUMBER_DIGITS = 15
_VALID = phonenumbers.Leniency.VALID
# «8 916 … или 8 903 …»: the word between two phones is neither one's note.
_JOINING = re.compile(r"^(?:и|или|либо|and|or)\s+|\s+(?:и|или|либо|and|or)$", re.IGNORECASE)


def phone_pieces(text: str, region: str) -> list[str]:
    """A text of several phones cut into one piece per phone, each with the words written
    beside it. Words before the first phone mean every phone's words come before it
    («моб. 8 916 … раб. 8 495 …»); otherwise they follow it («8 916 … (моб) 8 495 … (раб)»).
    A text that holds one phone, or that cannot be cut without doubt, is returned whole."""
    if len(text) <= _ONE_NUMBER_DIGITS or len(digits(text)) <= _ONE_NUMBER_DIGITS:
        return [text]  # the length first: most cells hold one phone, and fewer characters
    found = list(phonenumbers.PhoneNumberMatcher(text, region, leniency=_VALID))
    if len(found) < 2:
        return _two_numbers(text, region)
    if any(character.isalpha() for character in text[: found[0].start]):
        cuts = [match.end for match in found[:-1]]
    else:
        cuts = [match.start for match in found[1:]]
    bounds = [0, *cuts, len(text)]
    pieces = (text[start:end] for start, end in pairwise(bounds))
    return [_JOINING.sub("", piece.strip()) for piece in pieces]


def _two_numbers(text: str, region: str) -> list[str]:
    """«8 916 111 22 33 8 903 111 22 33»: two numbers typed one after the other with no
    mark between them, which the matcher takes for none. Cut at the one space that leaves
    a valid number on each side; with no such space, or with two, the text stays whole."""
    halves = [
        (text[:at], text[at + 1 :])
        for at, character in enumerate(text)
        if character == " " and _valid(text[:at], region) and _valid(text[at + 1 :], region)
    ]
    return [halves[0][0].strip(), halves[0][1].strip()] if len(halves) == 1 else [text]


def _valid(text: str, region: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(text, region))
    except phonenumbers.NumberParseException:
        return False
