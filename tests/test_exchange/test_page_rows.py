import pytest

from clientbase.exchange.page_rows import folded_headers, is_header_again, is_page_mark

HEADERS = folded_headers(["ФИО", "Телефон", "Город", None])


@pytest.mark.parametrize(
    ("cells", "again"),
    [
        (["ФИО", "Телефон", "Город"], True),
        (["фио ", None, "ГОРОД", None], True),  # as typed again, some of it
        (["ФИО"], True),
        (["Иванова Анна", "Телефон", "Город"], False),
        (["ФИО", "89161112233", "Город"], False),
        (["ФИО", "Телефон", "Город", "Заметки"], False),  # a column the header has not
        ([None, None, None], False),
        (["ФИО", 5, None], False),
    ],
)
def test_the_column_names_again_are_told_from_a_client(cells: list[object], again: bool) -> None:
    assert is_header_again(cells, HEADERS) is again


@pytest.mark.parametrize(
    ("cells", "mark"),
    [
        (["Страница 2 из 3"], True),
        ([None, "стр. 2", None], True),
        (["Лист 4"], True),
        (["Page 2 of 10"], True),
        (["- 2 -"], True),
        (["2 / 3"], True),
        (["Страница"], False),  # a surname as much as a word
        (["Страница 2 из 3", "89161112233"], False),
        (["Иванов Иван"], False),
        ([2], False),  # a number alone: a count, a code
        ([None, None], False),
    ],
)
def test_a_pages_number_is_told_from_a_client(cells: list[object], mark: bool) -> None:
    assert is_page_mark(cells) is mark
