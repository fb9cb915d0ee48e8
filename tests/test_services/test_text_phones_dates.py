from datetime import date

import pytest

from clientbase.errors import ValidationError
from clientbase.exchange.values import split_phones
from clientbase.services.dates import (
    KEPT_STYLE,
    US_STYLE,
    Birthday,
    DateStyle,
    birthday_shown,
    birthday_typed,
    month_first,
    parse_birthday,
)
from clientbase.services.phones import PhoneParseError, normalize_phone, searchable_digits
from clientbase.services.text import fold, search_terms

TODAY = date(2026, 11, 22)


def test_fold_is_case_insensitive_for_cyrillic_and_treats_yo_as_ye() -> None:
    assert fold("ПЁТР Петров") == fold("пётр петров") == "петр петров"


def test_a_phone_typed_with_spaces_is_one_term_of_digits() -> None:
    assert search_terms("8 (916) 123-45") == ["891612345"]
    assert search_terms("  Иванов  Пётр ") == ["иванов", "петр"]
    assert search_terms("   ") == []


@pytest.mark.parametrize(
    "written",
    [
        "8 (916) 123-45-67", "+7 916 123 45 67", "89161234567", "9161234567", "+7(916)1234567",
        "8-916-123-45-67 (Маша)", "8 916 123-45-67 рабочий", "+7 916 123-45-67 доб. 123",
        "тел. 8 916 123-45-67", "79161234567.0",
    ],
)  # fmt: skip
def test_russian_phones_in_every_usual_spelling_normalize_to_e164(written: str) -> None:
    assert normalize_phone(written, "RU") == "+79161234567"


def test_foreign_phone_keeps_its_country() -> None:
    assert normalize_phone("+44 20 7946 0958", "RU") == "+442079460958"


@pytest.mark.parametrize(
    "written",
    ["", "12", "call me", "+7 916", "123-45-67"],  # the last a local number, no area code
)
def test_what_is_not_a_phone_is_refused(written: str) -> None:
    with pytest.raises(PhoneParseError):
        normalize_phone(written, "RU")


def test_a_russian_phone_is_searchable_by_plus7_and_by_8() -> None:
    assert searchable_digits("+79161234567").split() == ["79161234567", "89161234567"]


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("01.02.1980", Birthday(1, 2, 1980)),
        ("1.2.80", Birthday(1, 2, 1980)),
        ("1.2.05", Birthday(1, 2, 2005)),
        ("1980-02-01", Birthday(1, 2, 1980)),
        ("1980.02.01", Birthday(1, 2, 1980)),
        ("1980/2/1", Birthday(1, 2, 1980)),
        ("01.02", Birthday(1, 2, None)),
        ("29.02", Birthday(29, 2, None)),
        ("29.02.2000", Birthday(29, 2, 2000)),
        ("1 февраля 1980", Birthday(1, 2, 1980)),
        ("01 февр. 1980 г.", Birthday(1, 2, 1980)),
        ("01.02.1980г", Birthday(1, 2, 1980)),
        ("01.02.1980 года", Birthday(1, 2, 1980)),
        ("01.02.1980 00:00", Birthday(1, 2, 1980)),
        ("1980-02-01T00:00:00", Birthday(1, 2, 1980)),
        ("1980-02-01 00:00:00.000", Birthday(1, 2, 1980)),
        # A web shop's moment with its zone (Shopify's, an API's): the day as written.
        ("1980-02-01 09:58:00 +0000", Birthday(1, 2, 1980)),
        ("1980-02-01T09:58:00+03:00", Birthday(1, 2, 1980)),
        ("1980-02-01T09:58:00.123Z", Birthday(1, 2, 1980)),
        ("1980-02-01 09:58 UTC", Birthday(1, 2, 1980)),
        ("--03-15", Birthday(15, 3)),  # no year, as vCard and Google Contacts write it
        ("--0315", Birthday(15, 3)),
        ("February 2, 1980", Birthday(2, 2, 1980)),
        ("2 Feb 1980", Birthday(2, 2, 1980)),
        ("01.фев.1980", Birthday(1, 2, 1980)),  # Excel's ДД.МММ.ГГГГ
        ("01-фев-80", Birthday(1, 2, 1980)),
        ("1-Feb-80", Birthday(1, 2, 1980)),
        ("1 февраля 80", Birthday(1, 2, 1980)),
        ("01,02,1980", Birthday(1, 2, 1980)),  # typed on the number pad, Russian layout
        ("1,2,80", Birthday(1, 2, 1980)),
        ("01.02.1980 г.р.", Birthday(1, 2, 1980)),  # «год рождения»
        ("01.02.1980гр", Birthday(1, 2, 1980)),
        ("1 февраля 1980 года рождения", Birthday(1, 2, 1980)),
        ("01.02.1980 (44 года)", Birthday(1, 2, 1980)),  # the age, as of when it was typed
        ("01021980", Birthday(1, 2, 1980)),  # eight digits, day first or year first
        ("19800201", Birthday(1, 2, 1980)),
        ("01. 02. 1980", Birthday(1, 2, 1980)),  # spaces after the dots, as Word leaves them
        ("01 .02 .1980", Birthday(1, 2, 1980)),
        ("01.02.1980.", Birthday(1, 2, 1980)),  # the sentence's full stop
        ("01. 02", Birthday(1, 2)),
        ("01 02 1980", Birthday(1, 2, 1980)),  # typed with spaces
        ("1  2  2001", Birthday(1, 2, 2001)),
        ("", None),
    ],
)
def test_birthdays_as_a_shop_writes_them(written: str, expected: Birthday | None) -> None:
    assert parse_birthday(written, today=TODAY) == expected


@pytest.mark.parametrize(
    ("written", "code"),
    [
        ("31.04.1980", "no_such_day"),
        ("29.02.2001", "no_such_day"),
        ("32.01", "no_such_day"),
        ("завтра", "date_invalid"),
        ("01.02.1980 г. или позже", "date_invalid"),
        ("1980.02-01", "date_invalid"),  # two different separators: a typo, not a date
        ("01,02", "date_invalid"),  # a number in Excel, 1.02
        ("52 34 56", "date_invalid"),  # a local phone number, not 52.34.1956
        ("01 02 80", "date_invalid"),
        ("01,02.1980", "date_invalid"),
        ("20231301", "no_such_day"),  # neither 20.23.1301 nor 2023-13-01
        ("01.02.1980 (уточнить)", "date_invalid"),  # words to keep, not an age to drop
        ("32011980", "no_such_day"),
        ("01-фев-198", "date_invalid"),
        ("Febtember 2, 1980", "date_invalid"),
        ("01.01.2030", "date_in_future"),
        ("01.01.1850", "year_out_of_range"),
        # A birth year alone, as old sheets keep one: said so, not «not a date».
        ("1975", "year_only"),
        ("1975 г.р.", "year_only"),
        ("1975г.", "year_only"),
    ],
)
def test_impossible_birthdays_are_refused_naming_the_field(written: str, code: str) -> None:
    with pytest.raises(ValidationError) as error:
        parse_birthday(written, today=TODAY)
    assert [(p.field, p.code) for p in error.value.problems] == [("birthday", code)]


@pytest.mark.parametrize(
    ("column", "expected"),
    [
        (["2/25/1980", "12/31/1975", "3/1/1985"], True),
        (["2/25/1980 0:00", "12/31/1975 0:00"], True),  # with a time, as Outlook writes it
        (["02.25.1980", "03.01.1985"], False),  # one date alone might be a typo
        # but not one with slashes, which a Russian sheet does not write: Outlook's
        (["2/25/1980", "3/1/1985"], True),
        (["3/15/1985"], True),
        (["2/25/1980", "12/31/1975", "25/2/1980"], False),  # the column contradicts itself
        (["01.02.1980", "25.12.1975", "1 февраля 1980"], False),
        (["01.02.1980", "03.04.1975"], False),  # nothing tells: day first, as in Russia
        ([], False),
    ],
)
def test_a_date_column_is_month_first_only_where_its_dates_show_it(
    column: list[str], expected: bool
) -> None:
    assert month_first(column) is expected


def test_a_month_first_date_is_read_month_first() -> None:
    assert parse_birthday("2/1/1980", today=TODAY, month_first=True) == Birthday(1, 2, 1980)
    assert parse_birthday("2/1/1980", today=TODAY) == Birthday(2, 1, 1980)
    assert parse_birthday("1980-02-01", today=TODAY, month_first=True) == Birthday(1, 2, 1980)


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("3/14/1985", "14.03.1985"),
        ("3/5/1980", "05.03.1980"),  # the 5th of March, as an American means it
        ("3/14", "14.03"),
        ("25/3/1980", "25.03.1980"),  # cannot be month first: day first
        ("1985-03-14", "14.03.1985"),
        ("March 14, 1985", "14.03.1985"),
        ("no date", "no date"),  # left for the card's check to name
        ("31.02.1990", "31.02.1990"),
        ("", ""),
    ],
)
def test_a_birthday_typed_month_first_is_kept_day_first(typed: str, kept: str) -> None:
    assert birthday_typed(typed, US_STYLE, today=TODAY) == kept
    assert birthday_shown(kept, KEPT_STYLE) == kept


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("14.03.1985", "14.03.1985"),
        ("1.2.80 г.", "01.02.1980"),
        ("3/5/1980", "03.05.1980"),  # the 3rd of May, as a Russian means it
        ("1985-03-14", "14.03.1985"),
        ("no date", "no date"),  # left for the card's check to name
        ("31.02.1990", "31.02.1990"),
        ("12.12.2026", "12.12.2026"),  # a day to come: as typed, for the card to refuse
        ("", ""),
    ],
)
def test_a_birthday_typed_day_first_is_kept_as_the_card_keeps_it(typed: str, kept: str) -> None:
    assert birthday_typed(typed, KEPT_STYLE, today=TODAY) == kept


def test_a_day_to_come_read_month_first_is_refused_not_read_day_first() -> None:
    # 12/11/2026 is the 11th of December, after «today»; read day first it would pass as the
    # 12th of November.
    kept = birthday_typed("12/11/2026", US_STYLE, today=TODAY)
    with pytest.raises(ValidationError) as refused:
        parse_birthday(kept, today=TODAY)
    assert refused.value.problems[0].code == "date_in_future"
    too_old = birthday_typed("3/14/1850", US_STYLE, today=TODAY)
    with pytest.raises(ValidationError) as refused:
        parse_birthday(too_old, today=TODAY)
    assert refused.value.problems[0].code == "year_out_of_range"


@pytest.mark.parametrize(
    ("kept", "shown"),
    [("14.03.1985", "3/14/1985"), ("05.03", "3/5"), ("", ""), ("заметка", "заметка")],
)
def test_a_birthday_is_shown_month_first_where_dates_are_written_so(kept: str, shown: str) -> None:
    assert birthday_shown(kept, US_STYLE) == shown
    assert birthday_typed(shown, US_STYLE, today=TODAY) == kept


BRITISH = DateStyle("dmy", "/", day_zero=True, month_zero=True)
AUSTRALIAN = DateStyle("dmy", "/", day_zero=False, month_zero=False)
CANADIAN = DateStyle("ymd", "-", day_zero=True, month_zero=True)


@pytest.mark.parametrize(
    ("style", "kept", "shown"),
    [
        (BRITISH, "14.03.1985", "14/03/1985"),
        (BRITISH, "05.03", "05/03"),
        (AUSTRALIAN, "05.03.1985", "5/3/1985"),
        (AUSTRALIAN, "05.03", "5/3"),
        (CANADIAN, "14.03.1985", "1985-03-14"),
        (CANADIAN, "05.03", "03-05"),  # month first, as in 1985-03-05
        (CANADIAN, "заметка", "заметка"),
    ],
)
def test_a_birthday_is_shown_and_read_back_as_the_window_writes_dates(
    style: DateStyle, kept: str, shown: str
) -> None:
    """A British window showed 14.03.1985 beside purchases of 14/03/2026, a Canadian one
    beside 2026-03-14; what is shown must read back as the same day, or a card only
    looked at would count as changed."""
    assert birthday_shown(kept, style) == shown
    assert birthday_typed(shown, style, today=TODAY) == kept


def test_a_canadian_day_without_a_year_that_cannot_be_month_first_is_read_day_first() -> None:
    assert birthday_typed("25-03", CANADIAN, today=TODAY) == "25.03"
    assert birthday_typed("03-25", CANADIAN, today=TODAY) == "25.03"
    assert birthday_typed("1985-03-25", CANADIAN, today=TODAY) == "25.03.1985"


def test_age_counts_whether_the_birthday_has_come_this_year() -> None:
    assert Birthday(1, 2, 1980).age_on(TODAY) == 46
    assert Birthday(23, 11, 1980).age_on(TODAY) == 45
    assert Birthday(1, 2).age_on(TODAY) is None


def test_phones_on_lines_of_their_own_in_one_cell_are_several() -> None:
    assert split_phones("8 916 123-45-67\n8 903 111-22-33") == [
        "8 916 123-45-67",
        "8 903 111-22-33",
    ]
