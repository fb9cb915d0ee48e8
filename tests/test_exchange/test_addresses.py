from datetime import date

import pytest

from clientbase.exchange.addresses import Address, address_in_note, split_address
from clientbase.exchange.header import Target
from tests.conftest import read_row


@pytest.mark.parametrize(
    ("written", "parts"),
    [
        ("г. Москва, ул. Ленина, д. 1", Address("", "", "Москва", "ул. Ленина, д. 1")),
        # Parted by semicolons in a CSV of commas: the city was «Москва; ул. Ленина; д. 1».
        ("г. Москва; ул. Ленина; д. 1", Address("", "", "Москва", "ул. Ленина, д. 1")),
        (
            "123456, Тульская обл., г. Тула, ул. Советская, 5",
            Address("123456", "Тульская обл.", "Тула", "ул. Советская, 5"),
        ),
        (
            "Россия, 300000, г.Тула, ул. Ленина, 1, кв. 5",
            Address("300000", "", "Тула", "ул. Ленина, 1, кв. 5"),
        ),
        ("ул. Ленина, 1, г. Тула", Address("", "", "Тула", "ул. Ленина, 1")),
        (
            "Краснодарский край, г. Сочи, Курортный пр., 10",
            Address("", "Краснодарский край", "Сочи", "Курортный пр., 10"),
        ),
        ("г. Москва", Address("", "", "Москва", "")),
        # A town without «г.»: alone, or just before the street.
        ("Тула", Address("", "", "Тула", "")),
        ("Нижний Новгород", Address("", "", "Нижний Новгород", "")),
        ("Тула, ул. Ленина, 1", Address("", "", "Тула", "ул. Ленина, 1")),
        (
            "300000, Тульская обл., Тула, Красноармейский пр-т, 7",
            Address("300000", "Тульская обл.", "Тула", "Красноармейский пр-т, 7"),
        ),
        ("Ростов-на-Дону, Садовая ул., 10", Address("", "", "Ростов-на-Дону", "Садовая ул., 10")),
        # …or before a street named without «ул.», with its house.
        ("Казань, Баумана 10", Address("", "", "Казань", "Баумана 10")),
        (
            "Нижний Новгород, Большая Покровская 12/2, кв. 3",
            Address("", "", "Нижний Новгород", "Большая Покровская 12/2, кв. 3"),
        ),
        ("Тула, Мира д. 7а", Address("", "", "Тула", "Мира д. 7а")),
        # Mailchimp's address: its lines parted by two spaces, the second line left out.
        (
            "12 Oak St  Apt 4  Springfield  IL  62704  US",
            Address("62704", "IL", "Springfield", "12 Oak St, Apt 4, US"),
        ),
        ("5 Elm Rd    Austin  TX  73301  US", Address("73301", "TX", "Austin", "5 Elm Rd, US")),
        (
            "ул. Ленина, 5  кв. 7  Тула  Тульская обл.  300000  Russia",
            Address("300000", "Тульская обл.", "Тула", "ул. Ленина, 5, кв. 7"),
        ),
        # Which part is the town would be a guess, so nothing moves: no street marked after
        # an unmarked name, two towns, or a street alone.
        ("Гагарина, 5", None),
        ("Ленина, Садовая, 5", None),
        ("ул. Ленина", None),
        ("ул. Ленина, 5", None),
        ("г. Москва, г. Зеленоград, к. 1", None),
        # A shop's or a village's name before a part of it is no town.
        ("ТЦ Мега, павильон 12", None),
        ("СНТ Ромашка, участок 5", None),
        ("Гагарина 5", None),
    ],
)
def test_an_address_gives_up_only_the_parts_it_marks(written: str, parts: Address | None) -> None:
    assert split_address(written) == parts


@pytest.mark.parametrize(
    ("note", "address"),
    [
        ("Адрес: г. Москва, ул. Ленина, д. 1", "г. Москва, ул. Ленина, д. 1"),
        ("адрес доставки - Тула, ул. Мира, 5", "Тула, ул. Мира, 5"),
        ("г. Тула", "г. Тула"),
        ("300000, Тула", "300000, Тула"),
        ("Тула, ул. Мира, 5", "Тула, ул. Мира, 5"),
        ("Курортный пр., 10", "Курортный пр., 10"),
        # A phone's own notes: whose it is, when to call, an extension.
        ("жена", None),
        ("после 18:00", None),
        ("доб. 12", None),
        ("раб.", None),
        ("Тула", None),  # a town alone beside a phone may be the phone's: a branch's
        ("ул. Ленина", None),  # no house: the name of a shop, as often as a street
        ("Адрес:", None),
    ],
)
def test_a_phones_note_is_an_address_where_it_says_so(note: str, address: str | None) -> None:
    assert address_in_note(note) == address


MAPPING = [Target.FULL_NAME, Target.STREET, Target.POSTCODE]
TODAY = date(2026, 12, 1)


def test_an_address_column_without_a_city_column_fills_the_city() -> None:
    read = read_row(
        2, ["Орлова Мария", "300000, г. Тула, ул. Ленина, 1", None], ["ФИО", "Адрес", "Индекс"],
        MAPPING, "RU", TODAY,
    )  # fmt: skip
    assert read.data is not None
    assert (read.data.city, read.data.postcode, read.data.street) == (
        "Тула", "300000", "ул. Ленина, 1"
    )  # fmt: skip


def test_a_postcode_of_its_own_column_is_not_overwritten_by_the_addresss() -> None:
    read = read_row(
        2, ["Орлова Мария", "300000, г. Тула, ул. Ленина, 1", "300041"], ["ФИО", "Адрес", "Индекс"],
        MAPPING, "RU", TODAY,
    )  # fmt: skip
    assert read.data is not None
    assert (read.data.city, read.data.postcode, read.data.street) == (
        "Тула", "300041", "300000, ул. Ленина, 1"
    )  # fmt: skip


def test_a_city_column_leaves_an_address_in_another_town_as_written() -> None:
    def read(address: str, city: str) -> tuple[str, str]:
        row = read_row(
            2, ["Орлова Мария", address, city], ["ФИО", "Адрес", "Город"],
            [Target.FULL_NAME, Target.STREET, Target.CITY], "RU", TODAY,
        )  # fmt: skip
        assert row.data is not None
        return row.data.city, row.data.street

    assert read("г. Тула, ул. Ленина, 1", "Алексин") == ("Алексин", "г. Тула, ул. Ленина, 1")
    # The column's own town is not said twice (see test_import_addresses).
    assert read("г. Тула, ул. Ленина, 1", "Тула") == ("Тула", "ул. Ленина, 1")


def test_an_address_column_of_towns_only_fills_the_city() -> None:
    """A sheet whose «Адрес» holds only «Тула» lists the client under Тула in the city
    filter, with no street."""
    read = read_row(
        2, ["Орлова Мария", "Тула", None], ["ФИО", "Адрес", "Индекс"], MAPPING, "RU", TODAY
    )
    assert read.data is not None
    assert (read.data.city, read.data.street) == ("Тула", "")
