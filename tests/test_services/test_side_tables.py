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


def notes_past_the_gap(
    workspace: Workspace, folder: Path, side: list[list[object]], header: str
) -> list[str]:
    """The notes the clients get where the column past the empty one is kept as notes."""
    plan = plan_for(workspace, write_sheet(folder / "clients.xlsx", clients(side, [header])))
    assert plan.mapping[3] is Target.NOTES
    commit_import(workspace.db, workspace.settings, plan)
    return sorted(c.notes for c in all_cards(workspace) if c.notes)


def test_a_notes_column_past_an_empty_column_is_the_lists_own(
    workspace: Workspace, tmp_path: Path
) -> None:
    notes: list[list[object]] = [["звонить после 18"], ["VIP"]]
    assert notes_past_the_gap(workspace, tmp_path, notes, "Примечание") == [
        "VIP",
        "звонить после 18",
    ]


def test_a_column_of_the_shops_own_filled_in_most_rows_past_a_gap_is_kept(
    workspace: Workspace, tmp_path: Path
) -> None:
    marks = [[f"отметка {number}"] for number in range(10)]
    sheet = write_sheet(tmp_path / "clients.xlsx", clients(marks, ["Отметки магазина"]))
    assert plan_for(workspace, sheet).mapping[3] is Target.NOTES


def test_a_list_printed_two_up_is_read_down_the_left_then_down_the_right(
    workspace: Workspace, tmp_path: Path
) -> None:
    """«ФИО | Телефон | | ФИО | Телефон», as a list is laid out to print on fewer pages: each
    client on the left got the phone of the one on the right, whose name went to the notes."""
    import openpyxl
    from openpyxl.comments import Comment

    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Список клиентов"])
    sheet.append(["ФИО", "Телефон", None, "ФИО", "Телефон"])
    for number in range(3):
        sheet.append([f"Левый Иван{number}", f"8916111{number:04d}", None,
                      f"Правая Анна{number}", f"8916222{number:04d}"])  # fmt: skip
    sheet.append(["Левый Иван3", "89161113333"])  # the left copy runs one longer
    sheet["E4"].comment = Comment("звонить вечером", "shop")
    path = tmp_path / "two-up.xlsx"
    book.save(path)

    plan = plan_for(workspace, path)
    assert plan.mapping[:2] == [Target.FULL_NAME, Target.PHONE]
    assert set(plan.mapping[2:]) <= {Target.IGNORE}
    commit_import(workspace.db, workspace.settings, plan)
    cards = {f"{c.last_name} {c.first_name}": c for c in all_cards(workspace)}
    assert {name: [p.raw for p in card.phones] for name, card in cards.items()} == {
        "Левый Иван0": ["89161110000"], "Левый Иван1": ["89161110001"],
        "Левый Иван2": ["89161110002"], "Левый Иван3": ["89161113333"],
        "Правая Анна0": ["89162220000"], "Правая Анна1": ["89162220001"],
        "Правая Анна2": ["89162220002"],
    }  # fmt: skip
    assert [name for name, card in cards.items() if card.notes] == ["Правая Анна1"]
    assert "звонить вечером" in cards["Правая Анна1"].notes


def test_a_sparse_column_of_the_list_past_an_empty_one_is_kept(
    workspace: Workspace, tmp_path: Path
) -> None:
    """A name merged across two columns leaves the second empty; a column of the shop's own
    filled here and there down the list past it is the list's, not a table beside it."""
    sparse: list[list[object]] = [[None]] * 12
    sparse[1], sparse[10] = ["берёт на подарок"], ["только наличные"]
    assert notes_past_the_gap(workspace, tmp_path, sparse, "Что важно") == [
        "Что важно: берёт на подарок",
        "Что важно: только наличные",
    ]
