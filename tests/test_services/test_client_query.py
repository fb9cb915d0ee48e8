from datetime import date, datetime
from decimal import Decimal

import pytest

from clientbase.db.enums import ClientStatus
from clientbase.services.client_query import (
    ArchiveFilter,
    ClientQuery,
    SortKey,
    find_client_ids,
    load_rows,
)
from clientbase.services.purchases import PurchaseInput
from clientbase.services.workspace import Workspace
from tests.conftest import person


@pytest.fixture
def shop(workspace: Workspace) -> dict[str, int]:
    clients = workspace.clients
    ids = {
        "петров": clients.create(
            person(
                "Петров",
                "Пётр",
                phones=("8 (916) 123-45-67",),
                city="Москва",
                birthday="05.03.1980",
                tags=["опт"],
            )
        ),
        "пётрова": clients.create(
            person(
                "Пётрова",
                "Алёна",
                emails=("alena@yandex.ru",),
                city="Тула",
                notes="любит зелёный чай",
                status=ClientStatus.REGULAR,
                is_vip=True,
            )
        ),
        "smith": clients.create(person("Smith", "John", phones=("+44 20 7946 0958",))),
        "сидоров": clients.create(person("Сидоров", "Иван", city="Москва", birthday="17.03")),
    }
    workspace.purchases.add(ids["петров"], PurchaseInput(date(2025, 1, 10), total=Decimal("500")))
    workspace.purchases.add(ids["smith"], PurchaseInput(date(2026, 6, 1), total=Decimal("9000")))
    workspace.purchases.add(ids["сидоров"], PurchaseInput(date(2026, 9, 1), total=Decimal("100")))
    return ids


def names(workspace: Workspace, **query: object) -> list[str]:
    ids = find_client_ids(workspace.db, ClientQuery(**query))  # type: ignore[arg-type]
    return [row.display_name for row in load_rows(workspace.db, ids)]


@pytest.mark.parametrize("typed", ["петров", "ПЕТРОВ", "Пётров", "пЁтРоВ", "етро"])
def test_search_ignores_case_and_yo_in_cyrillic(workspace, shop, typed) -> None:
    assert names(workspace, search=typed) == ["Петров Пётр", "Пётрова Алёна"]


@pytest.mark.parametrize("typed", ["916", "8 916 123", "+7 (916) 123-45-67", "4567", "79161"])
def test_search_finds_a_phone_by_any_of_its_digits(workspace, shop, typed) -> None:
    assert names(workspace, search=typed) == ["Петров Пётр"]


def test_search_looks_through_email_city_notes_and_needs_every_word(workspace, shop) -> None:
    assert names(workspace, search="yandex") == ["Пётрова Алёна"]
    assert names(workspace, search="зеленый чай") == ["Пётрова Алёна"]
    assert names(workspace, search="москва иван") == ["Сидоров Иван"]
    assert names(workspace, search="john SMITH") == ["Smith John"]
    assert names(workspace, search="москва тула") == []


def test_search_treats_like_wildcards_as_plain_characters(workspace, shop) -> None:
    assert names(workspace, search="%") == []
    assert names(workspace, search="_") == []


def test_filters(workspace, shop) -> None:
    assert names(workspace, status=ClientStatus.REGULAR) == ["Пётрова Алёна"]
    assert names(workspace, vip_only=True) == ["Пётрова Алёна"]
    assert names(workspace, tag="опт") == ["Петров Пётр"]
    assert names(workspace, city="Москва") == ["Петров Пётр", "Сидоров Иван"]
    assert names(workspace, birthday_month=3) == ["Петров Пётр", "Сидоров Иван"]
    assert names(workspace, purchased_since=date(2026, 1, 1)) == ["Smith John", "Сидоров Иван"]
    assert names(workspace, not_purchased_since=date(2026, 1, 1)) == [
        "Петров Пётр",
        "Пётрова Алёна",
    ]


def test_archived_clients_are_shown_only_when_asked(workspace, shop) -> None:
    workspace.clients.archive([shop["smith"]])
    assert "Smith John" not in names(workspace)
    assert names(workspace, archive=ArchiveFilter.ARCHIVED) == ["Smith John"]
    assert len(names(workspace, archive=ArchiveFilter.ALL)) == 4


def test_sorting_by_name_total_and_last_purchase(workspace, shop) -> None:
    # As in Excel: Latin names before Cyrillic ones, and «ё» sorted as «е».
    assert names(workspace, sort=SortKey.NAME) == [
        "Smith John",
        "Петров Пётр",
        "Пётрова Алёна",
        "Сидоров Иван",
    ]
    assert names(workspace, sort=SortKey.NAME, descending=True)[0] == "Сидоров Иван"
    assert names(workspace, sort=SortKey.TOTAL_SPENT, descending=True)[:3] == [
        "Smith John",
        "Петров Пётр",
        "Сидоров Иван",
    ]
    assert names(workspace, sort=SortKey.LAST_PURCHASE, descending=True)[:3] == [
        "Сидоров Иван",
        "Smith John",
        "Петров Пётр",
    ]


def test_rows_carry_what_the_table_shows_in_the_order_asked(workspace, shop) -> None:
    rows = load_rows(workspace.db, [shop["smith"], shop["петров"]])
    assert [r.display_name for r in rows] == ["Smith John", "Петров Пётр"]
    assert rows[1].phone == "+7 916 123-45-67"
    assert rows[1].birthday == "05.03.1980"
    assert rows[0].total_spent == Decimal("9000.00")
    assert rows[0].last_purchase == date(2026, 6, 1)
    assert isinstance(rows[0].created_at, datetime)
