"""An orders sheet that names a client of the base shorter than the card: «Иванова Мария» or
«Иванова М. П.» for «Иванова Мария Петровна», as a till or a sales log is typed. Each such
sale made a new client beside the card, with the purchases on it and none on the card."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from clientbase.services.client_query import ClientQuery, find_client_ids
from clientbase.services.import_plan import plan_import, read_plan_source
from clientbase.services.importing import commit_import
from clientbase.services.workspace import Workspace
from tests.conftest import person
from tests.test_services.test_importing import write_sheet

HEADER = ["Дата", "Клиент", "Товар", "Сумма"]


def imported(workspace: Workspace, folder: Path, names: list[str]) -> None:
    """An orders sheet of one sale of 100 to each of `names`, imported."""
    rows = [[date(2026, 2, day), name, "Чай", 100] for day, name in enumerate(names, start=1)]
    path = write_sheet(folder / "Продажи.xlsx", [HEADER, *rows])
    table, header, mapping = read_plan_source(path)
    plan = plan_import(workspace.db, workspace.settings, table, header, mapping, path.name)
    commit_import(workspace.db, workspace.settings, plan)


def spent(workspace: Workspace, client_id: int) -> Decimal:
    return workspace.clients.get(client_id).summary.total_spent


def test_a_sale_to_a_client_named_shorter_goes_to_the_card(
    workspace: Workspace, tmp_path: Path
) -> None:
    maria = workspace.clients.create(
        person("Иванова", "Мария", "Петровна", phones=("+79161112233",))
    )
    oleg = workspace.clients.create(person("Петров", "Олег", phones=("+79161112234",)))
    names = ["Иванова Мария", "ИВАНОВА М.П.", "Иванова М. П.", "Мария Иванова", "Петров О."]
    imported(workspace, tmp_path, names)
    assert find_client_ids(workspace.db, ClientQuery()) == [maria, oleg]
    assert (spent(workspace, maria), spent(workspace, oleg)) == (Decimal(400), Decimal(100))
    card = workspace.clients.get(maria).data
    # The card keeps its whole name, and the notes nothing of the shorter ones.
    assert (card.first_name, card.middle_name, card.notes) == ("Мария", "Петровна", "")


def test_a_shorter_name_two_clients_answer_to_is_a_client_of_its_own(
    workspace: Workspace, tmp_path: Path
) -> None:
    """«Иванова Мария» with a Петровна and a Сергеевна in the base: neither is taken."""
    petrovna = workspace.clients.create(person("Иванова", "Мария", "Петровна"))
    sergeevna = workspace.clients.create(person("Иванова", "Мария", "Сергеевна"))
    imported(workspace, tmp_path, ["Иванова Мария", "Иванова М. С."])
    ids = find_client_ids(workspace.db, ClientQuery())
    assert len(ids) == 3
    assert spent(workspace, petrovna) == Decimal(0)
    # The initials tell Сергеевна apart.
    assert spent(workspace, sergeevna) == Decimal(100)


def test_another_first_name_or_initial_is_another_client(
    workspace: Workspace, tmp_path: Path
) -> None:
    maria = workspace.clients.create(person("Иванова", "Мария", "Петровна"))
    imported(workspace, tmp_path, ["Иванова Марина", "Иванова А. П.", "Иванова Мария Ивановна"])
    assert len(find_client_ids(workspace.db, ClientQuery())) == 4
    assert spent(workspace, maria) == Decimal(0)


def test_a_shorter_name_with_a_phone_the_card_lacks_is_a_namesake(
    workspace: Workspace, tmp_path: Path
) -> None:
    """Where the row's own phone finds no one and the card has another, they are two people,
    as for a whole name (see test_order_namesakes)."""
    maria = workspace.clients.create(
        person("Иванова", "Мария", "Петровна", phones=("+79161112233",))
    )
    rows = [[date(2026, 2, 1), "Иванова Мария", "+7 999 000-11-22", "Чай", 100]]
    path = write_sheet(
        tmp_path / "Продажи.xlsx", [["Дата", "Клиент", "Телефон", "Товар", "Сумма"], *rows]
    )
    table, header, mapping = read_plan_source(path)
    plan = plan_import(workspace.db, workspace.settings, table, header, mapping, path.name)
    commit_import(workspace.db, workspace.settings, plan)
    assert len(find_client_ids(workspace.db, ClientQuery())) == 2
    assert spent(workspace, maria) == Decimal(0)


def test_one_sales_log_names_a_client_shorter_and_whole(
    workspace: Workspace, tmp_path: Path
) -> None:
    """Within one sheet, the shorter name above the whole one or below it: one client, who
    gets the patronymic from the row that gives it."""
    imported(
        workspace, tmp_path,
        ["Иванова Мария", "Иванова Мария Петровна", "Иванова М. П.", "Петров Олег Ильич",
         "Петров О."],
    )  # fmt: skip
    ids = find_client_ids(workspace.db, ClientQuery())
    cards = {workspace.clients.get(i).data.middle_name: spent(workspace, i) for i in ids}
    assert cards == {"Петровна": Decimal(300), "Ильич": Decimal(200)}


def test_within_one_sheet_a_name_two_rows_answer_to_takes_neither(
    workspace: Workspace, tmp_path: Path
) -> None:
    imported(
        workspace, tmp_path,
        ["Иванова Мария Петровна", "Иванова Мария Сергеевна", "Иванова Мария", "Иванова М. С."],
    )  # fmt: skip
    ids = find_client_ids(workspace.db, ClientQuery())
    cards = {workspace.clients.get(i).data.middle_name: spent(workspace, i) for i in ids}
    assert cards == {"Петровна": Decimal(100), "Сергеевна": Decimal(200), "": Decimal(100)}


def test_a_whole_name_of_the_base_wins_over_a_longer_one_above_in_the_sheet(
    workspace: Workspace, tmp_path: Path
) -> None:
    """«Иванова Мария» is a card of the base: the row goes there, not into the row of
    «Иванова Мария Петровна» above it, a new client."""
    maria = workspace.clients.create(person("Иванова", "Мария"))
    imported(workspace, tmp_path, ["Иванова Мария Петровна", "Иванова Мария"])
    assert len(find_client_ids(workspace.db, ClientQuery())) == 2
    assert spent(workspace, maria) == Decimal(100)
