from datetime import date

import pytest

from clientbase.exchange.header import Target
from clientbase.exchange.person_names import name_case, split_full_name
from clientbase.exchange.values import city_name
from clientbase.services.import_rows import read_row


@pytest.mark.parametrize(
    ("written", "parts"),
    [
        ("Иванов Иван Иванович", ("Иванов", "Иван", "Иванович")),
        ("Иван Иванович Иванов", ("Иванов", "Иван", "Иванович")),
        ("Иван Ильич Толстой", ("Толстой", "Иван", "Ильич")),
        # A surname that ends as patronymics do, in the usual order.
        ("Карпович Иван Сергеевич", ("Карпович", "Иван", "Сергеевич")),
        ("Мамедов Рашид Ахмед оглы", ("Мамедов", "Рашид", "Ахмед оглы")),
        ("Мария Петрова", ("Петрова", "Мария", "")),
        ("Петрова Мария", ("Петрова", "Мария", "")),
        ("Тарас Шевченко", ("Шевченко", "Тарас", "")),
        ("Оксана Черных", ("Черных", "Оксана", "")),
        ("Ирина Петрова", ("Петрова", "Ирина", "")),
        ("Иванов, Иван", ("Иванов", "Иван", "")),
        ("Иванов И.И.", ("Иванов", "И.", "И.")),
        ("И. И. Иванов", ("Иванов", "И.", "И.")),
        # Endings that tell nothing: the order stays as written, last name first.
        ("Ким Ева", ("Ким", "Ева", "")),
        ("Цой Марина", ("Цой", "Марина", "")),
        ("Иванов", ("Иванов", "", "")),
        # Latin letters: first name first, as foreign clients (and Northwind) write them;
        # «Surname, First» and transliterated Russian names as written.
        ("Maria Anders", ("Anders", "Maria", "")),
        ("John F. Kennedy", ("Kennedy", "John", "F.")),
        ("Anders, Maria", ("Anders", "Maria", "")),
        ("Ivanov Ivan", ("Ivanov", "Ivan", "")),
        ("Ivan Ivanov", ("Ivanov", "Ivan", "")),
        ("Ivanova Anna Sergeevna", ("Ivanova", "Anna", "Sergeevna")),
        ("Smith J.", ("Smith", "J.", "")),
    ],
)
def test_a_full_name_is_split_whatever_its_order(written: str, parts: tuple[str, str, str]) -> None:
    assert split_full_name(written) == parts


@pytest.mark.parametrize(
    ("written", "city"),
    [
        ("г. Москва", "Москва"),
        ("г.Москва", "Москва"),
        ("Г. Тверь", "Тверь"),
        ("гор. Тверь", "Тверь"),
        ("город Санкт-Петербург", "Санкт-Петербург"),
        ("г Казань", "Казань"),
        ("Гусь-Хрустальный", "Гусь-Хрустальный"),
        ("Горно-Алтайск", "Горно-Алтайск"),
        ("с. Ивановка", "с. Ивановка"),  # a village keeps its marker: it says what it is
        ("г.", "г."),
    ],
)
def test_a_city_loses_the_town_marker_in_front(written: str, city: str) -> None:
    assert city_name(written) == city


@pytest.mark.parametrize(
    ("written", "parts"),
    [
        ("Мария де Сильва", ("де Сильва", "Мария", "")),
        ("де Сильва Мария", ("де Сильва", "Мария", "")),
        ("Людвиг ван дер Берг", ("ван дер Берг", "Людвиг", "")),
        ("Maria de la Cruz", ("de la Cruz", "Maria", "")),
        ("Ben Smith", ("Smith", "Ben", "")),  # «Ben» in capitals is a first name
        ("Ле Тхи Ань", ("Ле", "Тхи", "Ань")),  # «Ле» is a surname, written as typed
    ],
)
def test_a_surname_keeps_its_particle(written: str, parts: tuple[str, str, str]) -> None:
    assert split_full_name(written) == parts


@pytest.mark.parametrize(
    ("typed", "name"),
    [
        ("ИВАНОВ", "Иванов"),
        ("петрова", "Петрова"),
        ("мак-дональд", "Мак-Дональд"),
        ("И.", "И."),
        ("де сильва", "де Сильва"),
        ("McDonald", "McDonald"),  # mixed letters: as typed
        ("ДиКаприо", "ДиКаприо"),
        ("", ""),
    ],
)
def test_a_name_typed_in_capitals_or_small_letters_is_written_as_a_name(
    typed: str, name: str
) -> None:
    assert name_case(typed) == name


def test_an_import_writes_names_typed_in_capitals_as_names() -> None:
    mapping = [Target.FULL_NAME, Target.LAST_NAME, Target.FIRST_NAME]
    headers = ["ФИО", "Фамилия", "Имя"]
    today = date(2026, 12, 1)
    whole = read_row(2, ["ИВАНОВ ИВАН ИВАНОВИЧ", None, None], headers, mapping, "RU", today)
    apart = read_row(3, [None, "петрова", "АННА"], headers, mapping, "RU", today)
    assert whole.data is not None and apart.data is not None
    assert (whole.data.last_name, whole.data.first_name, whole.data.middle_name) == (
        "Иванов", "Иван", "Иванович"
    )  # fmt: skip
    assert (apart.data.last_name, apart.data.first_name) == ("Петрова", "Анна")
