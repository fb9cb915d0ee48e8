import pytest

from clientbase.exchange.header_row import is_two_row_header


@pytest.mark.parametrize(
    ("upper", "lower", "two_rows"),
    [
        # Names merged down over both rows, a group's name over the narrower ones.
        (["ФИО", "Телефон", None], [None, "моб.", "раб."], True),
        (["ФИО", "Адрес", None, None], [None, "Город", "Улица", "Дом"], True),
        (["Клиент", None, None, "Телефон"], ["Фамилия", "Имя", "Отчество", None], True),
        (["ФИО", "Покупка", None, "Телефон"], [None, "Дата", "Сумма", None], True),
        # Over a column the import leaves out, any name may stand.
        (["ФИО", "Последняя покупка", None], [None, "дата", "сумма"], True),
        # Under a «Телефон» or an «E-mail» over two columns, which kind each one is.
        (["ФИО", "E-mail", None, "Город"], [None, "личный", "рабочий", None], True),
        (["ФИО", "Phone", None], [None, "Mobile", "Work"], True),
        # The first client's row: his name under «ФИО», his town under «Город».
        (["ФИО", "Город", "Адрес", "Примечание"], ["Смирнов Ян", "Тула", None, "Скидка 5%"], False),
        (["ФИО", "Телефон", "Город"], ["Иванова Анна", None, "Тула"], False),
    ],
)
def test_a_second_header_row_is_told_from_the_first_clients(
    upper: list[object], lower: list[object], two_rows: bool
) -> None:
    assert is_two_row_header(upper, lower) is two_rows
