"""A sale taken back, as a sales book writes it: the client, the day and the sum in minus.
The minus was «must not be negative» and left out, and the sale it took back stayed counted
in the client's total and the shop's takings."""

from decimal import Decimal
from pathlib import Path

from clientbase.db.enums import PurchaseStatus
from clientbase.services.client_query import ClientQuery, find_client_ids
from clientbase.services.importing import commit_import
from clientbase.services.workspace import Workspace
from tests.test_services.test_importing import plan_for

HEAD = "Дата;Клиент;Телефон;Товар;Кол-во;Цена;Сумма\n"
BOOK = HEAD + (
    "01.11.2026;Иванова Мария;89161112233;Плед;1;3 500;3 500\n"
    "03.11.2026;Петров Олег;89162223344;Куртка;1;7 000;7 000\n"
    "04.11.2026;Петров Олег;89162223344;Шарф;1;900;900\n"
    "05.11.2026;Петров Олег;89162223344;Куртка (возврат);-1;7 000;-7 000\n"
)


def sales(workspace: Workspace, search: str) -> list[tuple[object, ...]]:
    client_id = find_client_ids(workspace.db, ClientQuery(search=search))[0]
    return sorted(
        (p.data.date.day, p.data.status, p.total, p.data.comment)
        for p in workspace.purchases.list_for(client_id)
    )


def test_a_return_cancels_the_sale_it_takes_back(workspace: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "book.csv"
    path.write_text(BOOK, encoding="utf-8")
    plan = plan_for(workspace, path)
    assert plan.problems() == []
    [back] = [row for row in plan.rows if row.returned_line is not None]
    assert (back.line, back.returned_line, back.purchase) == (5, 3, None)
    assert plan.counts()["returns"] == 1
    commit_import(workspace.db, workspace.settings, plan)
    assert sales(workspace, "петров") == [
        (3, PurchaseStatus.CANCELLED, Decimal("7000.00"), "Возврат 05.11.2026"),
        (4, PurchaseStatus.DONE, Decimal("900.00"), ""),
    ]
    petrov = find_client_ids(workspace.db, ClientQuery(search="петров"))[0]
    assert workspace.clients.get(petrov).summary.total_spent == Decimal("900.00")
    # The same book imported again: nothing added, no return left unfound.
    again = plan_for(workspace, path)
    assert (again.problems(), again.counts()["purchases"]) == ([], 0)


def test_a_return_of_no_sale_of_the_sheet_stays_named(workspace: Workspace, tmp_path: Path) -> None:
    # Sold before the sheet begins, taken back in part, or another client's item: the
    # minus is named as before, and no sale is touched.
    path = tmp_path / "book.csv"
    path.write_text(
        BOOK.replace("-1;7 000;-7 000", "-1;3 500;-3 500")  # half of it, or another thing
        + "06.11.2026;Иванова Мария;89161112233;Свеча;-1;650;-650\n"
        + "07.11.2026;Иванова Мария;89161112233;Шарф (возврат);-1;3 500;-3 500\n",
        encoding="utf-8",
    )
    plan = plan_for(workspace, path)
    assert [(p.line, p.column, p.code) for p in plan.problems()] == [
        (5, "Кол-во", "negative_amount"), (5, "Сумма", "negative_amount"),
        (6, "Кол-во", "negative_amount"), (6, "Сумма", "negative_amount"),
        (7, "Кол-во", "negative_amount"), (7, "Сумма", "negative_amount"),
    ]  # fmt: skip
    assert all(row.returned_line is None for row in plan.rows)
    commit_import(workspace.db, workspace.settings, plan)
    assert {sale[1] for sale in sales(workspace, "петров")} == {PurchaseStatus.DONE}


def test_of_two_like_sales_the_later_one_is_taken_back(
    workspace: Workspace, tmp_path: Path
) -> None:
    path = tmp_path / "book.csv"
    path.write_text(
        HEAD
        + "01.11.2026;Иванова Мария;89161112233;Плед;1;3 500;3 500\n"
        + "02.11.2026;Иванова Мария;89161112233;Плед;1;3 500;3 500\n"
        + "09.11.2026;Иванова Мария;89161112233;Плед;-1;3 500;-3 500\n"
        + "10.11.2026;Иванова Мария;89161112233;Плед;-1;3 500;-3 500\n"
        + "11.11.2026;Иванова Мария;89161112233;Плед;-1;3 500;-3 500\n",  # a third: none left
        encoding="utf-8",
    )
    plan = plan_for(workspace, path)
    assert [(row.line, row.returned_line) for row in plan.rows] == [
        (2, None), (3, None), (4, 3), (5, 2), (6, None),
    ]  # fmt: skip
    assert [p.line for p in plan.problems()] == [6, 6]
    commit_import(workspace.db, workspace.settings, plan)
    assert sales(workspace, "иванова") == [
        (1, PurchaseStatus.CANCELLED, Decimal("3500.00"), "Возврат 10.11.2026"),
        (2, PurchaseStatus.CANCELLED, Decimal("3500.00"), "Возврат 09.11.2026"),
    ]


def test_a_return_takes_back_a_sale_of_last_months_book_and_undo_gives_it_back(
    workspace: Workspace, tmp_path: Path
) -> None:
    from clientbase.services.import_undo import undo_import

    october, november = tmp_path / "october.csv", tmp_path / "november.csv"
    october.write_text(
        HEAD + "03.10.2026;Петров Олег;89162223344;Куртка;1;7 000;7 000\n"
        "04.10.2026;Петров Олег;89162223344;Шарф;1;900;900\n",
        encoding="utf-8",
    )
    november.write_text(
        HEAD + "02.11.2026;Петров Олег;89162223344;Куртка (возврат);-1;7 000;-7 000\n"
        "03.11.2026;Петров Олег;89162223344;Ремень;-1;500;-500\n",  # sold before the base
        encoding="utf-8",
    )
    commit_import(workspace.db, workspace.settings, plan_for(workspace, october))
    plan = plan_for(workspace, november)
    assert [p.line for p in plan.problems()] == [3, 3]
    [back] = [row.returned_sale for row in plan.rows if row.returned_sale is not None]
    assert (back.sold_on.day, back.returned_on.day) == (3, 2)
    batch = commit_import(workspace.db, workspace.settings, plan)
    petrov = find_client_ids(workspace.db, ClientQuery(search="петров"))[0]
    assert sales(workspace, "петров") == [
        (3, PurchaseStatus.CANCELLED, Decimal("7000.00"), "Возврат 02.11.2026"),
        (4, PurchaseStatus.DONE, Decimal("900.00"), ""),
    ]
    assert workspace.clients.get(petrov).summary.total_spent == Decimal("900.00")
    # November's book again: its return is known, and nothing more is taken back.
    again = plan_for(workspace, november)
    assert [p.line for p in again.problems()] == [3, 3]
    commit_import(workspace.db, workspace.settings, again)
    assert len([s for s in sales(workspace, "петров") if s[1] is PurchaseStatus.CANCELLED]) == 1
    # Undone, the sale is as it was, and counts again.
    undo_import(workspace.db, workspace.settings, batch)
    assert sales(workspace, "петров")[0] == (3, PurchaseStatus.DONE, Decimal("7000.00"), "")
    assert workspace.clients.get(petrov).summary.total_spent == Decimal("7900.00")


def test_a_piece_taken_back_leaves_the_rest_of_the_sale(workspace: Workspace, tmp_path: Path):
    path = tmp_path / "book.csv"
    path.write_text(
        HEAD + "01.11.2026;Иванова Мария;89161112233;Плед;3;3 500;10 500\n"
        "03.11.2026;Иванова Мария;89161112233;Плед;-1;3 500;-3 500\n"
        "04.11.2026;Иванова Мария;89161112233;Плед;-2;3 000;-6 000\n",  # at another price
        encoding="utf-8",
    )
    plan = plan_for(workspace, path)
    assert [(row.line, row.returned_line) for row in plan.rows] == [(2, None), (3, 2), (4, None)]
    assert [p.line for p in plan.problems()] == [4, 4]
    commit_import(workspace.db, workspace.settings, plan)
    assert sales(workspace, "иванова") == [
        (1, PurchaseStatus.DONE, Decimal("7000.00"), "Возврат 03.11.2026: 1 из 3"),
    ]
    assert plan_for(workspace, path).counts()["purchases"] == 0  # the book again adds nothing
