from datetime import date
from decimal import Decimal

from clientbase.exchange.header import Target
from clientbase.services.report_groups import report_groups
from clientbase.services.report_purchases import report_purchases

_HEADER = ["Контрагент", "Количество", "Сумма"]


def _purchases(rows: list[list[object]]) -> dict[int, tuple[object, ...]]:
    groups = report_groups(rows, 0, [Target.FULL_NAME, Target.NOTES, Target.NOTES])
    assert groups is not None and groups.under is not None
    return {
        at: (p.date, p.number, p.total, [(i.name, i.quantity, i.price) for i in p.items])
        for at, p in report_purchases(rows, _HEADER, groups, date(2026, 12, 3)).items()
    }


def test_a_document_without_items_is_a_purchase_of_its_sum() -> None:
    rows: list[list[object]] = [
        _HEADER,
        ["Документ", None, None],
        ["Иванов Иван", 3, 900],
        ["Чек ККМ 00000123 от 1.3.26 10:00:00", 1, 300],
        ["Возврат товаров 0000-000001 от 02.03.2026", -1, -300],  # a return: no purchase
        ["Чек ККМ 00000130 от 05.03.2026", 3, 900],
    ]
    assert _purchases(rows) == {
        3: (date(2026, 3, 1), "00000123", Decimal("300.00"), []),
        5: (date(2026, 3, 5), "00000130", Decimal("900.00"), []),
    }


def test_a_report_without_documents_or_sums_gives_no_purchases() -> None:
    by_items: list[list[object]] = [
        _HEADER,
        ["Номенклатура", None, None],
        ["Иванов Иван", 3, 900],
        ["Крем", 3, 900],
    ]
    assert _purchases(by_items) == {}  # items with no document to date them
    undated: list[list[object]] = [
        _HEADER,
        ["Документ", None, None],
        ["Иванов Иван", 3, 900],
        ["Заказ без даты", 3, 900],  # no «от» and a date: which day cannot be told
    ]
    assert _purchases(undated) == {}


def test_a_figure_is_read_from_a_number_or_text_and_nothing_else() -> None:
    from clientbase.services.report_groups import figure

    assert [figure([value], 0) for value in (3, 4500.5, "4 500,50", None, True, "abc")] == [
        Decimal("3.000"), Decimal("4500.500"), Decimal("4500.500"), None, None, None,
    ]  # fmt: skip
    # What a sheet may hold that Decimal cannot take to the thousandth: none, not a crash.
    assert [figure([value], 0) for value in (float("inf"), float("nan"), 1e300)] == [None] * 3
