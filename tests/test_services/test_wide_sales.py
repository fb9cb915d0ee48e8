"""A client's purchases written across the row, a group of numbered columns each («Дата 1»,
«Покупка 1», «Сумма 1», «Дата 2», …): each a purchase of the row's client. They had been
kept as lines of the client's notes, «Покупка 2: Свеча», and the client had no purchases."""

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from clientbase.exchange.sheet_marks import LineMarks
from clientbase.exchange.table_file import TableData
from clientbase.services.client_data import ClientInput
from clientbase.services.client_query import ClientQuery, find_client_ids
from clientbase.services.importing import commit_import
from clientbase.services.purchases import PurchaseInput
from clientbase.services.wide_sales import spread_sales
from clientbase.services.workspace import Workspace
from tests.test_services.test_importing import plan_for
from tests.test_services.test_sales_book import ids_by_last_name

WIDE = (
    "ФИО;Телефон;Дата 1;Покупка 1;Сумма 1;Дата 2;Покупка 2;Сумма 2;Дата 3;Покупка 3;Сумма 3;"
    "Заметки\n"
    "Иванова Мария;8 916 111-22-33;01.03.2026;Плед;3 490;15.05.2026;Свеча;650;;;;любит синий\n"
    "Петров Олег;8 916 222-33-44;;;;10.04.2026;Кофе;1 200;;;;\n"
    "Сидорова Анна;8 916 333-44-55;02.02.2026;Чай;300;31.02.2026;Мёд;800;03.03.2026;Варенье;450;\n"
    "Белова Ольга;8 916 444-55-66;;;;;;;;;;новая\n"
)


def only_clients_purchases(workspace: Workspace, path: Path, text: str) -> list[PurchaseInput]:
    """A sheet written as given imported; the purchases of its one client."""
    path.write_text(text, encoding="utf-8")
    commit_import(workspace.db, workspace.settings, plan_for(workspace, path))
    [client] = find_client_ids(workspace.db, ClientQuery())
    return [p.data for p in workspace.purchases.list_for(client)]


def test_each_group_of_a_wide_row_is_a_purchase_of_its_client(
    workspace: Workspace, tmp_path: Path
) -> None:
    path = tmp_path / "clients.csv"
    path.write_text(WIDE, encoding="utf-8")
    plan = plan_for(workspace, path)
    # Each problem, and each row of the preview, is named by the sheet's own line: the
    # second purchase of Сидорова, in row 4, has a day that is none.
    assert [(plan.where(p.line), p.column, p.value) for p in plan.problems()] == [
        ("4", "Дата", "31.02.2026"),
    ]
    assert [plan.where(row.line) for row in plan.rows] == ["2", "2", "3", "4", "4", "4", "5"]
    # That purchase is to be fixed, not a row without a name to be given one.
    assert [(row.action.value, row.reason) for row in plan.rows][4] == ("skip", "sale_unread")
    commit_import(workspace.db, workspace.settings, plan)
    bought: dict[str, list[tuple[date, str, Decimal]]] = {}
    for client_id in find_client_ids(workspace.db, ClientQuery()):
        card = workspace.clients.get(client_id).data
        bought[card.last_name] = sorted(
            (p.data.date, p.data.items[0].name, p.data.total)
            for p in workspace.purchases.list_for(client_id)
        )
        assert "Покупка" not in card.notes and "Сумма" not in card.notes
    assert bought == {
        "Иванова": [
            (date(2026, 3, 1), "Плед", Decimal("3490.00")),
            (date(2026, 5, 15), "Свеча", Decimal("650.00")),
        ],
        "Петров": [(date(2026, 4, 10), "Кофе", Decimal("1200.00"))],
        # The purchase without a day is named, and left out, as on a sales book.
        # The one under it is still hers.
        "Сидорова": [
            (date(2026, 2, 2), "Чай", Decimal("300.00")),
            (date(2026, 3, 3), "Варенье", Decimal("450.00")),
        ],
        "Белова": [],
    }
    ids = ids_by_last_name(workspace)
    assert workspace.clients.get(ids["Иванова"]).data.notes == "любит синий"


def test_a_wide_rows_marks_stay_with_its_client_and_its_purchases() -> None:
    rows = [
        ["ФИО", "Дата 1", "Сумма 1", "Дата 2", "Сумма 2"],
        ["Иванова", "01.03.2026", 3490, "15.05.2026", 650],
        ["Петров", "10.04.2026", 1200, None, None],
    ]
    # Иванова's row is red, a note on her second sum; Петров's row is green.
    marks = LineMarks(comments={2: [(4, "в долг")]}, colors={2: "FF0000", 3: "00FF00"})
    spread = spread_sales(TableData("Лист1", rows, marks=marks), 0)
    assert spread.rows == [
        ["ФИО", "Дата", "Сумма"],
        ["Иванова", "01.03.2026", 3490],
        [None, "15.05.2026", 650],
        ["Петров", "10.04.2026", 1200],
    ]
    assert spread.lines == (1, 2, 2, 3)
    assert spread.marks.colors == {2: "FF0000", 4: "00FF00"}
    assert spread.marks.comments == {3: [(2, "в долг")]}


def test_numbered_columns_of_the_clients_own_are_not_purchases() -> None:
    rows = [["ФИО", "Телефон 1", "Телефон 2", "Дата 1", "Дата 2"], ["Иванова", "1", "2", "3", "4"]]
    table = TableData("Лист1", rows)
    assert spread_sales(table, 0) is table


def test_a_purchase_in_words_beside_its_day_and_sum_is_the_item() -> None:
    from clientbase.exchange.header import Target, propose_mapping

    row = ["01.03.2026", "Иванова Мария", "Плед", "3 490"]
    mapping = propose_mapping(["Дата", "ФИО", "Покупка", "Сумма"], [row])
    assert mapping == [Target.PURCHASE_DATE, Target.FULL_NAME, Target.ITEM, Target.AMOUNT]
    # On a client list, without a day, it stays a note.
    assert propose_mapping(["ФИО", "Покупка"], [row[1:3]])[1] is Target.NOTES


def test_groups_headed_by_a_merged_purchase_over_two_rows_are_purchases(
    workspace: Workspace, tmp_path: Path
) -> None:
    # «Покупка 1» merged over «Дата», «Товар», «Сумма», «Покупка 2» over the same: the
    # names under it repeated, and every purchase went to the client's notes.
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["ФИО", "Телефон", "Покупка 1", None, None, "Покупка 2", None, None, "Город"])
    sheet.append([None, None, "Дата", "Товар", "Сумма", "Дата", "Товар", "Сумма", None])
    for cells in ("A1:A2", "B1:B2", "C1:E1", "F1:H1", "I1:I2"):
        sheet.merge_cells(cells)
    sheet.append(["Иванова Мария", "89161112233", date(2026, 3, 1), "Плед", 3490,
                  date(2026, 5, 15), "Свеча", 650, "Тула"])  # fmt: skip
    sheet.append(["Петров Олег", "89162223344", date(2026, 4, 10), "Кофе", 1200, None, None,
                  None, "Тверь"])  # fmt: skip
    path = tmp_path / "клиенты.xlsx"
    book.save(path)
    plan = plan_for(workspace, path)
    assert plan.problems() == []
    assert plan.headers == ["ФИО", "Телефон", "Дата", "Товар", "Сумма", "Город"]
    assert [plan.where(row.line) for row in plan.rows] == ["3", "3", "4"]
    commit_import(workspace.db, workspace.settings, plan)
    [maria] = find_client_ids(workspace.db, ClientQuery(search="иванова"))
    assert workspace.clients.get(maria).data.city == "Тула"
    assert sorted(p.data.items[0].name for p in workspace.purchases.list_for(maria)) == [
        "Плед", "Свеча",
    ]  # fmt: skip


def test_a_groups_numbered_comment_is_its_purchases(workspace: Workspace, tmp_path: Path) -> None:
    bought = only_clients_purchases(
        workspace,
        tmp_path / "clients.csv",
        "ФИО;Дата 1;Покупка 1;Сумма 1;Комментарий 1;Дата 2;Покупка 2;Сумма 2;Комментарий 2;"
        "Заметки\n"
        "Иванова Мария;01.03.2026;Плед;3 490;подарок маме;15.05.2026;Свеча;650;;любит синий\n",
    )
    assert sorted(sale.comment for sale in bought) == ["", "подарок маме"]
    [maria] = find_client_ids(workspace.db, ClientQuery())
    assert workspace.clients.get(maria).data.notes == "любит синий"


def test_days_and_sums_alone_across_the_row_are_purchases(
    workspace: Workspace, tmp_path: Path
) -> None:
    # Without an item a «Дата» beside a «Сумма» may be a client's last visit; spread under
    # the client's row, days and sums without a name are sales, as on a book that writes
    # a client's name once over the client's sales.
    path = tmp_path / "clients.csv"
    path.write_text(
        "ФИО;Телефон;Дата 1;Сумма 1;Дата 2;Сумма 2\n"
        "Иванова Мария;8 916 111-22-33;01.03.2026;3 490;15.05.2026;650\n"
        "Петров Олег;8 916 222-33-44;10.04.2026;1 200;;\n",
        encoding="utf-8",
    )
    plan = plan_for(workspace, path)
    assert plan.counts()["purchases"] == 3
    from clientbase.exchange.header import Target, propose_mapping

    # A client list's «Дата» and «Сумма» with a totals row under it stay the client's.
    rows = [["Иванова Мария", "01.03.2026", "3 490"], [None, None, "3 490"]]
    assert propose_mapping(["ФИО", "Дата", "Сумма"], rows)[1:] == [Target.NOTES, Target.NOTES]


def test_a_salons_visits_across_the_row_are_its_clients_visits(
    workspace: Workspace, tmp_path: Path
) -> None:
    bought = only_clients_purchases(
        workspace,
        tmp_path / "clients.csv",
        "Клиентка;Визит 1;Услуга 1;Стоимость 1;Мастер 1;Визит 2;Услуга 2;Стоимость 2;Мастер 2\n"
        "Иванова Мария;01.03.2026;Стрижка;1 500;Ольга;05.04.2026;Окрашивание;4 000;Анна\n",
    )
    visits = sorted((sale.date, sale.items[0].name, sale.comment) for sale in bought)
    assert visits == [
        (date(2026, 3, 1), "Стрижка", "Мастер: Ольга"),
        (date(2026, 4, 5), "Окрашивание", "Мастер: Анна"),
    ]


def test_a_visit_of_days_is_the_sales_day_and_one_of_words_is_not() -> None:
    from clientbase.exchange.header import Target, propose_mapping

    row = ["Иванова Мария", "01.03.2026", "Стрижка", "1500"]
    assert propose_mapping(["Клиент", "Визит", "Услуга", "Стоимость"], [row])[1] is (
        Target.PURCHASE_DATE
    )
    headers = ["Дата", "Клиент", "Визит", "Услуга", "Стоимость"]
    mapping = propose_mapping(headers, [["01.03.2026", "Иванова Мария", "повторный", *row[2:]]])
    # Which visit it was is the visit's own word, kept with it.
    assert mapping[:3] == [Target.PURCHASE_DATE, Target.FULL_NAME, Target.SALE_NOTE]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (["1-я дата", "1-я покупка", "1-я сумма"], ["2-я дата", "2-я покупка", "2-я сумма"]),
        (
            ["Покупка 1 (дата)", "Покупка 1 (товар)", "Покупка 1 (сумма)"],
            ["Покупка 2 (дата)", "Покупка 2 (товар)", "Покупка 2 (сумма)"],
        ),
        (["Дата1", "Товар1", "Сумма1"], ["Дата2", "Товар2", "Сумма2"]),
    ],
)
def test_a_groups_number_may_be_written_as_sheets_write_it(
    first: list[str], second: list[str]
) -> None:
    rows = [
        ["ФИО", *first, *second],
        ["Иванова", "01.03.2026", "Плед", 3490, "15.05.2026", "Свеча", 650],
    ]
    spread = spread_sales(TableData("Лист1", rows), 0)
    assert [len(row) for row in spread.rows] == [4, 4, 4]
    assert spread.rows[2] == [None, "15.05.2026", "Свеча", 650]
    assert spread.lines == (1, 2, 2)


def the_client(workspace: Workspace) -> ClientInput:
    [client] = find_client_ids(workspace.db, ClientQuery())
    return workspace.clients.get(client).data


def test_a_wide_rows_own_figures_are_the_clients(workspace: Workspace, tmp_path: Path) -> None:
    # «Скидка» beside the groups went in the first purchase's comment, as a sale's discount.
    sales = only_clients_purchases(
        workspace,
        tmp_path / "wide.csv",
        "ФИО;Телефон;Дата 1;Сумма 1;Дата 2;Сумма 2;Скидка;Всего потрачено\n"
        "Иванова Мария;8 916 111-22-33;01.02.2026;1500;05.03.2026;2000;5%;12000\n",
    )
    card = the_client(workspace)
    assert (card.discount_percent, card.notes) == (Decimal("5"), "Всего потрачено: 12000")
    assert sorted((sale.date, sale.comment) for sale in sales) == [
        (date(2026, 2, 1), ""), (date(2026, 3, 5), ""),
    ]  # fmt: skip


def test_a_groups_comment_beside_the_clients_own_comment_is_its_purchases(
    workspace: Workspace, tmp_path: Path
) -> None:
    # Two «Комментарий» columns, the group's and the client's: both were the client's
    # notes, the second purchase's comment dropped or appended to them.
    sales = only_clients_purchases(
        workspace,
        tmp_path / "wide.csv",
        "ФИО;Телефон;Дата 1;Сумма 1;Комментарий 1;Дата 2;Сумма 2;Комментарий 2;Комментарий\n"
        "Иванова Мария;8 916 111-22-33;01.02.2026;1500;упаковать;05.03.2026;2000;в долг;"
        "любит розы\n",
    )
    assert the_client(workspace).notes == "любит розы"
    assert sorted((sale.date.month, sale.comment) for sale in sales) == [
        (2, "упаковать"), (3, "в долг"),
    ]  # fmt: skip
