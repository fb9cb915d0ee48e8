from datetime import date
from decimal import Decimal

import pytest

from clientbase.db.enums import PurchaseStatus
from clientbase.errors import NotFoundError, ValidationError
from clientbase.services.money import parse_decimal
from clientbase.services.purchases import PurchaseInput, PurchaseItemInput
from clientbase.services.workspace import Workspace
from tests.conftest import person


@pytest.fixture
def client_id(workspace: Workspace) -> int:
    return workspace.clients.create(person("Кузнецова", "Мария"))


def test_the_total_is_the_exact_sum_of_the_items(workspace: Workspace, client_id: int) -> None:
    items = [
        PurchaseItemInput("Открытка", Decimal("3"), Decimal("0.10")),
        PurchaseItemInput("Упаковка", Decimal("1"), Decimal("0.20")),
        PurchaseItemInput("Мёд, кг", Decimal("0.75"), Decimal("1290.50")),
    ]
    purchase_id = workspace.purchases.add(client_id, PurchaseInput(date(2026, 3, 1), items=items))
    record = workspace.purchases.get(purchase_id)
    # 0.30 + 0.20 + 967.875 → 967.88: each line is rounded to kopecks, never a float.
    assert record.total == Decimal("968.38")
    assert [i.name for i in record.data.items] == ["Открытка", "Упаковка", "Мёд, кг"]


def test_client_figures_follow_purchases_and_ignore_cancelled(
    workspace: Workspace, client_id: int
) -> None:
    purchases = workspace.purchases
    first = purchases.add(client_id, PurchaseInput(date(2025, 5, 1), total=Decimal("1000")))
    purchases.add(client_id, PurchaseInput(date(2026, 2, 1), total=Decimal("250.50")))
    purchases.add(
        client_id,
        PurchaseInput(date(2026, 4, 1), total=Decimal("9999"), status=PurchaseStatus.CANCELLED),
    )
    summary = workspace.clients.get(client_id).summary
    assert summary.total_spent == Decimal("1250.50")
    assert summary.purchase_count == 2
    assert (summary.first_purchase, summary.last_purchase) == (date(2025, 5, 1), date(2026, 2, 1))

    purchases.delete(first)
    summary = workspace.clients.get(client_id).summary
    assert summary.total_spent == Decimal("250.50")
    assert summary.first_purchase == date(2026, 2, 1)


def test_an_edited_purchase_updates_the_totals(workspace: Workspace, client_id: int) -> None:
    purchase_id = workspace.purchases.add(
        client_id, PurchaseInput(date(2026, 1, 1), total=Decimal("100"))
    )
    data = workspace.purchases.get(purchase_id).data
    data.total = Decimal("150")
    workspace.purchases.update(purchase_id, data)
    assert workspace.clients.get(client_id).summary.total_spent == Decimal("150.00")


def test_bad_purchases_are_refused_and_nothing_is_written(
    workspace: Workspace, client_id: int
) -> None:
    with pytest.raises(ValidationError) as error:
        workspace.purchases.add(
            client_id,
            PurchaseInput(
                date(2099, 1, 1), items=[PurchaseItemInput("Плед", Decimal("-1"), Decimal("10"))]
            ),
        )
    assert {p.field for p in error.value.problems} == {"date", "items[0].quantity"}
    assert workspace.purchases.list_for(client_id) == []
    with pytest.raises(NotFoundError):
        workspace.purchases.add(999, PurchaseInput(date(2026, 1, 1)))


def test_numbers_larger_than_the_base_keeps_are_named_not_stored(
    workspace: Workspace, client_id: int
) -> None:
    # NUMERIC(12, 2) and (12, 3): PostgreSQL refused more with a traceback, SQLite kept it.
    items = [PurchaseItemInput("Плед", Decimal("1000000000"), Decimal("10000000000"))]
    with pytest.raises(ValidationError) as error:
        workspace.purchases.add(client_id, PurchaseInput(date(2026, 1, 5), items=items))
    assert {(p.field, p.code) for p in error.value.problems} == {
        ("items[0].quantity", "number_too_large"),
        ("items[0].price", "number_too_large"),
    }
    # Each line within its columns, their sum beyond the purchase's.
    items = [PurchaseItemInput("Станок", Decimal("1000"), Decimal("100000000"))]
    with pytest.raises(ValidationError) as error:
        workspace.purchases.add(client_id, PurchaseInput(date(2026, 1, 5), items=items))
    assert [(p.field, p.code) for p in error.value.problems] == [("total", "number_too_large")]
    assert workspace.purchases.list_for(client_id) == []
    # Forty nines, or their negatives, multiply past what Decimal can round to kopecks: the
    # two cells are named and no total is worked out from them.
    nines = Decimal("9" * 40)
    for sign in (1, -1):
        items = [PurchaseItemInput("Плед", sign * nines, sign * nines)]
        with pytest.raises(ValidationError) as error:
            workspace.purchases.add(client_id, PurchaseInput(date(2026, 1, 5), items=items))
        assert {(p.field, p.code) for p in error.value.problems} >= {
            ("items[0].quantity", "number_too_large"),
            ("items[0].price", "number_too_large"),
        }
    # «1e400» in a sums column: a number Decimal reads but cannot round to kopecks.
    with pytest.raises(ValidationError) as error:
        workspace.purchases.add(client_id, PurchaseInput(date(2026, 1, 5), total=Decimal("1e400")))
    assert [(p.field, p.code) for p in error.value.problems] == [("total", "number_too_large")]
    largest = PurchaseInput(date(2026, 1, 5), total=Decimal("9999999999.99"))
    assert workspace.purchases.get(workspace.purchases.add(client_id, largest)).total == (
        Decimal("9999999999.99")
    )


def test_a_sale_dated_before_1900_is_refused_with_its_year_named(
    workspace: Workspace, client_id: int
) -> None:
    # A year typed 201 for 2012: no shop's sale, and a date no .xlsx export could hold.
    with pytest.raises(ValidationError) as error:
        workspace.purchases.add(client_id, PurchaseInput(date(201, 5, 12), total=Decimal("1")))
    [problem] = error.value.problems
    assert (problem.field, problem.code, problem.params["value"]) == (
        "date", "year_out_of_range", "12.05.0201",
    )  # fmt: skip
    assert workspace.purchases.list_for(client_id) == []


@pytest.mark.parametrize(
    ("typed", "value"),
    [
        ("1 234,50 ₽", Decimal("1234.50")),
        ("1\u00a0234,5", Decimal("1234.5")),
        ("1,234.50", Decimal("1234.50")),
        ("1.234,50", Decimal("1234.50")),
        ("250", Decimal("250")),
        ("0,1", Decimal("0.1")),
        ("3 490 руб.", Decimal("3490")),
        ("12 345,00р", Decimal("12345.00")),
        ("1 500 рублей", Decimal("1500")),
        ("100 RUB", Decimal("100")),
    ],
)
def test_money_as_people_type_it(typed: str, value: Decimal) -> None:
    assert parse_decimal(typed) == value


@pytest.mark.parametrize(
    ("typed", "alone", "grouped"),
    [
        ("1,200", "1.200", "1200"),  # a kilo and a fifth; a sum of twelve hundred
        ("12,345,678", None, "12345678"),
        ("$1,200", "1.200", "1200"),
        ("1,200.50", "1200.50", "1200.50"),
        ("12,5", "12.5", "12.5"),  # no group of three: a decimal comma either way
        ("1,25", "1.25", "1.25"),
        ("1 200,50", "1200.50", "1200.50"),
    ],
)
def test_commas_between_groups_of_three_are_thousands_where_asked(
    typed: str, alone: str | None, grouped: str
) -> None:
    if alone is None:
        with pytest.raises(ValueError):
            parse_decimal(typed)
    else:
        assert parse_decimal(typed) == Decimal(alone)
    assert parse_decimal(typed, comma_groups=True) == Decimal(grouped)


@pytest.mark.parametrize("typed", ["", "две", "1,2,3.4.5", "NaN", "inf"])
def test_what_is_not_money_is_refused(typed: str) -> None:
    with pytest.raises(ValueError):
        parse_decimal(typed)
