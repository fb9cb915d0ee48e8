"""rphonenumbers (Rust) stands in for phonenumbers: the two must agree on what phones.py asks.

phones.py takes rphonenumbers where it is installed. It is young, and its metadata may lag
behind phonenumbers', so its answers are compared here on phones written the way the shop's
clients write them, and on random strings of digits and separators for the regions a shop of
the first users is likely in.
"""

from __future__ import annotations

import random

import phonenumbers
import pytest

from clientbase.services import phones

rust = pytest.importorskip("rphonenumbers")

_REGIONS = ["RU", "BY", "KZ", "UA", "UZ", "KG", "AM", "GE", "AZ", "MD", "DE", "US", "GB", "IL"]
_WRITTEN = [
    "8 916 123-45-67", "+7 (916) 123-45-67", "89161234567", "9161234567", "79161234567",
    "8(495)123 45 67", "+7 495 123-45-67 доб. 12", "+375 29 123-45-67", "8 029 123 45 67",
    "+7 701 123 45 67", "+380 50 123 4567", "+49 30 0074321", "+1 650-253-0000",
    "123-45-67", "8 800 555-35-35", "+7 916 123 45 67#123", "00 7 916 123 45 67",
    "8-916-1234567", "+7 9161234567", "7 (916) 123-45-67", "+44 20 8366 1177", "916",
    "+7 3012 22-33-44", "8 (3012) 22-33-44", "+998 90 123 45 67", "+996 555 123 456",
]  # fmt: skip


def _answers(library, text: str, region: str | None):
    try:
        number = library.parse(text, region)
    except library.NumberParseException:
        return "refused"
    formats = library.PhoneNumberFormat
    return (
        library.format_number(number, formats.E164),
        library.format_number(number, formats.INTERNATIONAL),
        library.format_number(number, formats.NATIONAL),
        int(library.is_possible_number_with_reason(number)),
        # Asked of +7 numbers only (phones.in_numbering_plan).
        library.is_valid_number(number) if number.country_code == 7 else None,
    )


def _random_phones(count: int) -> list[tuple[str, str]]:
    rnd = random.Random(7)
    written = []
    for _ in range(count):
        number = "".join(rnd.choice("0123456789") for _ in range(rnd.randint(5, 13)))
        if rnd.random() < 0.4:
            number = rnd.choice(["8", "+7", "7", "+375", "+380", "8 ("]) + number
        text = "".join(c + (rnd.choice(" -().") if rnd.random() < 0.25 else "") for c in number)
        written.append((text, rnd.choice(_REGIONS)))
    return written


@pytest.mark.parametrize("region", ["RU", "BY", "KZ"])
def test_the_phones_clients_write_get_the_same_answers(region: str) -> None:
    for text in _WRITTEN:
        assert _answers(rust, text, region) == _answers(phonenumbers, text, region), text


def test_random_phones_get_the_same_answers() -> None:
    # Only numbers of these regions' countries: digits after an international prefix reach
    # every country, and a far one's renumbering may not be in rphonenumbers' metadata yet.
    ours = {phonenumbers.country_code_for_region(region) for region in _REGIONS}
    differ = [
        (text, region)
        for text, region in _random_phones(20_000)
        if _answers(rust, text, region) != _answers(phonenumbers, text, region)
        and _country(text, region) in ours
    ]
    assert differ == []


def _country(text: str, region: str) -> int | None:
    for library in (phonenumbers, rust):  # a number only one of them reads counts too
        try:
            return int(library.parse(text, region).country_code)
        except library.NumberParseException:
            pass
    return None


def test_the_program_uses_the_rust_library_where_it_is_installed() -> None:
    assert phones.phonenumbers is rust
    assert phones.normalize_phone("8 916 123-45-67", "RU") == "+79161234567"
    assert phones.display_phone("+79161234567") == "+7 916 123-45-67"


_SEVERAL = [
    "89161112233 89031112233", "моб. 8-916-111-22-33 раб. 8-495-123-45-67",
    "89161112233 (Иван) 89031112233 (Мария)", "+7 916 111-22-33 или +7 903 111-22-33",
    "+375 29 123-45-67 +7 701 123 45 67", "сот 89161112233  дом 4951234567",
    "12.03.2024 10:00:00 89161112233 89031112233", "+7 495 123-45-67 доб. 12345",
]  # fmt: skip


@pytest.mark.parametrize("region", ["RU", "BY", "KZ"])
def test_both_find_the_same_phones_in_a_cell_of_several(region: str) -> None:
    def found(library, text: str) -> list[tuple[int, int, str]]:
        leniency = library.Leniency.VALID
        matches = library.PhoneNumberMatcher(text, region, leniency=leniency)
        return [(match.start, match.end, match.raw_string) for match in matches]

    for text in _SEVERAL:
        assert found(rust, text) == found(phonenumbers, text), text
