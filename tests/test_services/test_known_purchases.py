"""An orders sheet imported again, as a shop re-imports the sales book it keeps adding rows
to, adds only the sales the base has not got: every purchase used to come in twice."""

from datetime import date
from decimal import Decimal
from pathlib import Path

import openpyxl

from clientbase.services.client_query import ClientQuery, find_client_ids
from clientbase.services.exporting import export_clients
from clientbase.services.import_plan import DuplicateRule, plan_import, read_plan_source
from clientbase.services.importing import commit_import
from clientbase.services.planned_rows import ImportPlan
from clientbase.services.workspace import Workspace
from tests.conftest import person

TODAY = date(2026, 11, 22)
HEADER = ["Дата", "№ заказа", "Клиент", "Телефон", "Товар", "Сумма"]
SALES: list[list[object]] = [
    [date(2026, 3, 1), None, "Иванов Иван", "8 916 111-22-33", "Кофе", 150],
    # The same sale twice in one day: two cups, two sales.
    [date(2026, 3, 1), None, "Иванов Иван", "8 916 111-22-33", "Кофе", 150],
    [date(2026, 3, 2), "101", "Петрова Анна", "8 916 111-22-44", "Плед", 3490],
    [date(2026, 3, 2), "101", "Петрова Анна", "8 916 111-22-44", "Свеча", 650],
]


def sheet(path: Path, rows: list[list[object]]) -> Path:
    workbook = openpyxl.Workbook()
    worksheet = workbook.active
    assert worksheet is not None
    for row in [HEADER, *rows]:
        worksheet.append(row)
    workbook.save(path)
    return path


def planned(workspace: Workspace, path: Path) -> ImportPlan:
    table, header, mapping = read_plan_source(path)
    return plan_import(
        workspace.db, workspace.settings, table, header, mapping, path.name,
        DuplicateRule.MERGE, TODAY,
    )  # fmt: skip


def spent(workspace: Workspace) -> dict[str, tuple[int, Decimal]]:
    result = {}
    for client_id in find_client_ids(workspace.db, ClientQuery()):
        record = workspace.clients.get(client_id)
        result[record.display_name] = (record.summary.purchase_count, record.summary.total_spent)
    return result


def test_a_sales_book_imported_again_adds_only_its_new_sales(
    workspace: Workspace, tmp_path: Path
) -> None:
    commit_import(
        workspace.db, workspace.settings, planned(workspace, sheet(tmp_path / "a.xlsx", SALES))
    )
    before = spent(workspace)
    assert before == {
        "Иванов Иван": (2, Decimal("300.00")), "Петрова Анна": (1, Decimal("4140.00")),
    }  # fmt: skip

    again = planned(workspace, sheet(tmp_path / "b.xlsx", SALES))
    assert (again.counts()["purchases"], again.counts()["purchases_in_base"]) == (0, 3)
    assert all(row.purchase_in_base for row in again.rows)
    commit_import(workspace.db, workspace.settings, again)
    assert spent(workspace) == before

    # A month later the book has grown by a third cup and a new order.
    grown = [
        *SALES,
        [date(2026, 3, 1), None, "Иванов Иван", "8 916 111-22-33", "Кофе", 150],
        [date(2026, 4, 5), "102", "Петрова Анна", "8 916 111-22-44", "Чай", 300],
    ]
    later = planned(workspace, sheet(tmp_path / "c.xlsx", grown))
    assert (later.counts()["purchases"], later.counts()["purchases_in_base"]) == (2, 3)
    commit_import(workspace.db, workspace.settings, later)
    assert spent(workspace) == {
        "Иванов Иван": (3, Decimal("450.00")), "Петрова Анна": (2, Decimal("4440.00")),
    }  # fmt: skip


def test_a_sale_differing_in_its_day_or_sum_is_another_sale(
    workspace: Workspace, tmp_path: Path
) -> None:
    commit_import(
        workspace.db, workspace.settings, planned(workspace, sheet(tmp_path / "a.xlsx", SALES[:1]))
    )
    other = [
        [date(2026, 3, 2), None, "Иванов Иван", "8 916 111-22-33", "Кофе", 150],
        [date(2026, 3, 1), None, "Иванов Иван", "8 916 111-22-33", "Кофе", 160],
    ]
    plan = planned(workspace, sheet(tmp_path / "b.xlsx", other))
    assert plan.counts()["purchases_in_base"] == 0
    commit_import(workspace.db, workspace.settings, plan)
    assert spent(workspace) == {"Иванов Иван": (3, Decimal("460.00"))}


def test_the_programs_own_purchases_sheet_comes_back_to_the_same_base_once(
    workspace: Workspace, tmp_path: Path
) -> None:
    commit_import(
        workspace.db, workspace.settings, planned(workspace, sheet(tmp_path / "a.xlsx", SALES))
    )
    workspace.clients.create(person("Сидоров", "Пётр"))  # no purchases
    before = spent(workspace)
    path = tmp_path / "export.xlsx"
    export_clients(workspace.db, path)
    table, header, mapping = read_plan_source(path, "Покупки")
    plan = plan_import(workspace.db, workspace.settings, table, header, mapping, path.name)
    assert plan.counts()["purchases"] == 0
    commit_import(workspace.db, workspace.settings, plan)
    assert spent(workspace) == before
