import pytest

from clientbase.exchange.values import city_name, split_full_name


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
