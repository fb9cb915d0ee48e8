"""A small table beside the client list, past an empty column, is no part of the clients."""

from pathlib import Path

from clientbase.exchange.header import Target
from clientbase.services.importing import commit_import
from clientbase.services.workspace import Workspace
from tests.test_services.test_importing import all_cards, plan_for, write_sheet

STATS = [["Всего клиентов", 12], ["VIP", 1], ["Обычных", 11]]


def clients(side: list[list[object]], header: list[object]) -> list[list[object]]:
    rows: list[list[object]] = [["ФИО", "Телефон", None, *header]]
    for number in range(12):
        beside = side[number] if number < len(side) else [None] * len(header)
        rows.append([f"Клиентов Иван{number}", f"8916111{number:04d}", None, *beside])
    return rows


def test_a_table_of_figures_beside_the_list_is_left_out(
    workspace: Workspace, tmp_path: Path
) -> None:
    """Its «VIP | 1» made the second client VIP (a whole note «VIP» marks one), and each of
    the first three got a note of the figures."""
    sheet = write_sheet(tmp_path / "clients.xlsx", clients(STATS, ["Статистика", None]))
    plan = plan_for(workspace, sheet)
    assert plan.mapping == [
        Target.FULL_NAME, Target.PHONE, Target.IGNORE, Target.IGNORE, Target.IGNORE,
    ]  # fmt: skip
    commit_import(workspace.db, workspace.settings, plan)
    cards = all_cards(workspace)
    assert len(cards) == 12
    assert [(c.notes, c.is_vip) for c in cards] == [("", False)] * 12


def test_a_notes_column_past_an_empty_column_is_the_lists_own(
    workspace: Workspace, tmp_path: Path
) -> None:
    notes = [["звонить после 18"], ["VIP"]]
    sheet = write_sheet(tmp_path / "clients.xlsx", clients(notes, ["Примечание"]))
    plan = plan_for(workspace, sheet)
    assert plan.mapping[3] is Target.NOTES
    commit_import(workspace.db, workspace.settings, plan)
    assert sorted(c.notes for c in all_cards(workspace) if c.notes) == [
        "VIP",
        "звонить после 18",
    ]


def test_a_column_of_the_shops_own_filled_in_most_rows_past_a_gap_is_kept(
    workspace: Workspace, tmp_path: Path
) -> None:
    marks = [[f"отметка {number}"] for number in range(10)]
    sheet = write_sheet(tmp_path / "clients.xlsx", clients(marks, ["Отметки магазина"]))
    assert plan_for(workspace, sheet).mapping[3] is Target.NOTES
