"""A client's purchases written a column a month («Январь 2026», «Февраль 2026», …): each
filled month a purchase of its sum, dated the month's first day."""

from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import openpyxl

from clientbase.exchange.table_file import TableData
from clientbase.services.importing import commit_import
from clientbase.services.month_sales import spread_months
from clientbase.services.workspace import Workspace
from tests.test_services.test_importing import all_cards, plan_for, write_sheet
from tests.test_services.test_sales_book import committed, ids_by_last_name

MONTHS = (
    "ФИО;Телефон;Январь 2026;Февраль 2026;Март 2026;Итого\n"
    "Иванова Анна;89161234501;1 500;;2300;3800\n"
    "Петров Олег;89161234502;;4000;-;4000\n"
    "Сидорова Ольга;89161234503;;;;\n"
    "Итого;;1500;4000;2300;7800\n"
)


def bought(workspace: Workspace, last_name: str) -> list[tuple[date, Decimal, str]]:
    """The client's purchases: the day, the sum and the comment."""
    purchases = workspace.purchases.list_for(ids_by_last_name(workspace)[last_name])
    return sorted((p.data.date, p.total, p.data.comment) for p in purchases)


def test_a_sheet_of_months_is_each_clients_purchase_a_month(
    workspace: Workspace, tmp_path: Path
) -> None:
    # Every month went to the notes, «Январь 2026: 1500», where no report counted it.
    path = tmp_path / "months.csv"
    committed(workspace, path, MONTHS)
    assert bought(workspace, "Иванова") == [
        (date(2026, 1, 1), Decimal("1500.00"), "Сумма за месяц: январь 2026"),
        (date(2026, 3, 1), Decimal("2300.00"), "Сумма за месяц: март 2026"),
    ]
    assert bought(workspace, "Петров") == [
        (date(2026, 2, 1), Decimal("4000.00"), "Сумма за месяц: февраль 2026"),
    ]
    assert bought(workspace, "Сидорова") == []
    # The «Итого» of each row says what its purchases do; the totals row is no client.
    assert [(c.last_name, c.notes) for c in all_cards(workspace)] == [
        ("Иванова", ""), ("Петров", ""), ("Сидорова", ""),
    ]  # fmt: skip
    # The same sheet imported again adds no purchase twice.
    assert plan_for(workspace, path).counts()["purchases"] == 0
    committed(workspace, path)
    assert len(bought(workspace, "Иванова")) == 2


def test_months_a_spreadsheet_shows_from_dates_are_months_too(
    workspace: Workspace, tmp_path: Path
) -> None:
    # Excel's «янв.26» over a column is the date of the month's first day.
    path = write_sheet(
        tmp_path / "months.xlsx",
        [
            ["Покупки клиентов"],
            ["ФИО", "Телефон", datetime(2025, 11, 1), datetime(2025, 12, 1), "Город"],
            ["Иванова Анна", "89161234501", 1500, 700, "Тула"],
        ],
    )
    committed(workspace, path)
    assert bought(workspace, "Иванова") == [
        (date(2025, 11, 1), Decimal("1500.00"), "Сумма за месяц: ноябрь 2025"),
        (date(2025, 12, 1), Decimal("700.00"), "Сумма за месяц: декабрь 2025"),
    ]
    [anna] = all_cards(workspace)
    assert (anna.city, anna.notes) == ("Тула", "")


def test_months_in_english_are_totals_for_the_month(workspace: Workspace, tmp_path: Path) -> None:
    committed(
        workspace,
        tmp_path / "months.csv",
        "Name,Phone,Jan 2026,Feb 2026,Total\n"
        "Anna Smith,+14155550101,120.50,,120.50\n"
        "Bob Jones,+14155550102,,45,45\n",
    )
    assert bought(workspace, "Smith") == [
        (date(2026, 1, 1), Decimal("120.50"), "Total for the month: January 2026")
    ]


def test_months_that_are_not_a_years_sums_stay_in_the_notes(
    workspace: Workspace, tmp_path: Path
) -> None:
    for header, cells in (
        ("Январь;Февраль", "1500;2300"),  # which year's, no one can tell
        ("Январь 2026;Февраль 2026", "был;звонил"),  # a log of visits, not sums
        ("Январь 2026;Январь 2099", "1500;2300"),  # a month to come is no purchase
        # A sales book of its own days: its months are something else (a plan, a budget).
        ("Дата покупки;Январь 2026;Февраль 2026", "05.01.2026;1500;2300"),
    ):
        path = tmp_path / "months.csv"
        path.write_text(f"ФИО;Телефон;{header}\nИванова Анна;89161234501;{cells}\n", "utf-8")
        plan = plan_for(workspace, path)
        # No month a purchase: the sales book's row is its one sale, of its own day.
        assert plan.counts()["purchases"] == header.startswith("Дата покупки"), header
        [row] = plan.rows
        assert row.data is not None
        months = [
            f"{name}: {cell}"
            for name, cell in zip(header.split(";"), cells.split(";"), strict=True)
            if name != "Дата покупки"
        ]
        assert row.data.notes.splitlines() == months


def test_a_month_of_a_negative_sum_is_named(workspace: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "months.csv"
    path.write_text(
        "ФИО;Телефон;Январь 2026;Февраль 2026\nИванова Анна;89161234501;1500;-300\n", "utf-8"
    )
    plan = plan_for(workspace, path)
    # Named by the sheet's line, where the person finds it.
    assert [(plan.where(p.line), p.code) for p in plan.problems()] == [("2", "negative_amount")]
    commit_import(workspace.db, workspace.settings, plan)
    assert bought(workspace, "Иванова")[0][:2] == (date(2026, 1, 1), Decimal("1500.00"))


def test_a_year_merged_over_its_months_names_them(workspace: Workspace, tmp_path: Path) -> None:
    # «2026» merged over «Январь», «Февраль», «Март»: the months' row was read as a row
    # without a name, and each sum went to the notes under «2026» or under no name at all.
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["ФИО", "Телефон", 2026, None, None, "Итого"])
    sheet.append([None, None, "Январь", "Февраль", "Март", None])
    for cells in ("A1:A2", "B1:B2", "C1:E1", "F1:F2"):
        sheet.merge_cells(cells)
    sheet.append(["Иванова Анна", "89161234501", 1500, None, 2300, 3800])
    sheet.append(["Петров Олег", "89161234502", None, 4000, None, 4000])
    path = tmp_path / "по месяцам.xlsx"
    book.save(path)
    committed(workspace, path)
    assert [day for day, _, _ in bought(workspace, "Иванова")] == [
        date(2026, 1, 1), date(2026, 3, 1),
    ]  # fmt: skip
    assert bought(workspace, "Петров") == [
        (date(2026, 2, 1), Decimal("4000.00"), "Сумма за месяц: февраль 2026")
    ]
    assert [c.notes for c in all_cards(workspace)] == ["", ""]


def test_months_named_alone_are_of_the_year_the_sheet_names(
    workspace: Workspace, tmp_path: Path
) -> None:
    # «Январь», «Февраль» under a title «Продажи за 2026 год», or on a sheet named «2025».
    path = tmp_path / "sales.csv"
    path.write_text(
        "Продажи за 2026 год\nФИО;Телефон;Январь;Февраль\nИванова Анна;89161234501;1500;\n",
        "utf-8",
    )
    committed(workspace, path)
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "2025"
    sheet.append(["ФИО", "Телефон", "Ноябрь", "Декабрь"])
    sheet.append(["Петров Олег", "89161234502", None, 700])
    book.save(tmp_path / "sales.xlsx")
    committed(workspace, tmp_path / "sales.xlsx")
    assert bought(workspace, "Иванова") == [
        (date(2026, 1, 1), Decimal("1500.00"), "Сумма за месяц: январь 2026")
    ]
    assert bought(workspace, "Петров") == [
        (date(2025, 12, 1), Decimal("700.00"), "Сумма за месяц: декабрь 2025")
    ]


def test_a_sheet_of_months_own_columns_are_the_clients(
    workspace: Workspace, tmp_path: Path
) -> None:
    # «Скидка» and «Итого за всё время» went on the first month's purchase as a sale's
    # figures; the sheet's own «Комментарий» pushed the months' comments into the notes.
    path = tmp_path / "months.csv"
    committed(
        workspace,
        path,
        "ФИО;Телефон;Скидка;Январь 2026;Февраль 2026;Март 2026;Итого за всё время;"
        "Комментарий\n"
        "Иванова Анна;89161234501;5%;1500;;2000;12000;любит розы\n"
        "Петров Олег;89161234502;3%;;700;;700;\n",
    )
    assert bought(workspace, "Иванова") == [
        (date(2026, 1, 1), Decimal("1500.00"), "Сумма за месяц: январь 2026"),
        (date(2026, 3, 1), Decimal("2000.00"), "Сумма за месяц: март 2026"),
    ]
    assert [(c.last_name, c.discount_percent, c.notes) for c in all_cards(workspace)] == [
        ("Иванова", Decimal("5"), "Итого за всё время: 12000\nлюбит розы"),
        ("Петров", Decimal("3"), "Итого за всё время: 700"),
    ]


def test_a_years_sheet_made_in_january_keeps_its_months_to_come_empty(
    workspace: Workspace, tmp_path: Path
) -> None:
    # Its empty columns of the months still to come made the whole sheet notes.
    path = tmp_path / "months.csv"
    committed(
        workspace,
        path,
        "ФИО;Телефон;Январь 2026;Февраль 2026;Январь 2099;Февраль 2099\n"
        "Иванова Анна;89161234501;1500;700;;\n",
    )
    assert [(day, total) for day, total, _ in bought(workspace, "Иванова")] == [
        (date(2026, 1, 1), Decimal("1500.00")), (date(2026, 2, 1), Decimal("700.00")),
    ]  # fmt: skip
    assert [card.notes for card in all_cards(workspace)] == [""]
    # Seen in March, a year's sheet of twelve months is its first three months' purchases.
    months = ["Январь", "Февраль", "Март", "Апрель", "Май", "Июнь", "Июль", "Август",
              "Сентябрь", "Октябрь", "Ноябрь", "Декабрь"]  # fmt: skip
    table = TableData(
        "2026",
        [["ФИО", *months], ["Иванова Анна", 1500, 700, 900, *[None] * 9]],
    )
    spread = spread_months(table, 0, date(2026, 3, 15))
    assert [row[1:3] for row in spread.rows[1:]] == [
        [date(2026, 1, 1), 1500], [date(2026, 2, 1), 700], [date(2026, 3, 1), 900],
    ]  # fmt: skip


def test_a_sheet_of_what_each_client_paid_each_day_is_each_days_purchase(
    workspace: Workspace, tmp_path: Path
) -> None:
    # A trainer's or a tutor's sheet of days: every day went to the notes, «03.11.2026:
    # 1500». A day to come, still empty, goes; a column of each row's total does too.
    path = tmp_path / "days.csv"
    committed(
        workspace,
        path,
        "ФИО;Телефон;03.11.2026;10.11.2026;17.11.2026;31.12.2099;Всего\n"
        "Иванова Анна;89161234501;1500;;2000;;3500\n"
        "Петров Олег;89161234502;;700;;;700\n",
    )
    assert bought(workspace, "Иванова") == [
        (date(2026, 11, 3), Decimal("1500.00"), ""), (date(2026, 11, 17), Decimal("2000.00"), ""),
    ]  # fmt: skip
    assert bought(workspace, "Петров") == [(date(2026, 11, 10), Decimal("700.00"), "")]
    assert [card.notes for card in all_cards(workspace)] == ["", ""]


def test_a_sheet_of_days_marked_as_visited_is_each_visit_in_the_history(
    workspace: Workspace, tmp_path: Path
) -> None:
    # An attendance sheet («+» came, «н» did not): every day went to the notes.
    path = write_sheet(
        tmp_path / "days.xlsx",
        [
            [
                "ФИО",
                "Телефон",
                datetime(2026, 11, 3),
                datetime(2026, 11, 10),
                "17.11.2026",
                "Всего",
            ],
            ["Иванова Анна", "89161234501", "+", "н", "+", 2],
            ["Петров Олег", "89161234502", None, 1, None, 1],
        ],
    )
    plan = plan_for(workspace, path)
    assert (plan.counts()["calls"], plan.counts()["listed_twice"]) == (3, 0)
    committed(workspace, path)
    ids = ids_by_last_name(workspace)
    visits = {
        name: sorted((e.data.happened_at.date(), e.data.text) for e in
                     workspace.interactions.list_for(client_id))
        for name, client_id in ids.items()
    }  # fmt: skip
    assert visits == {
        "Иванова": [(date(2026, 11, 3), "Визит"), (date(2026, 11, 17), "Визит")],
        "Петров": [(date(2026, 11, 10), "Визит")],
    }
    # The count of visits says what the history does; no purchase was made of a mark.
    assert [card.notes for card in all_cards(workspace)] == ["", ""]
    assert bought(workspace, "Иванова") == []


def test_a_sheet_of_days_of_other_words_stays_in_the_notes(
    workspace: Workspace, tmp_path: Path
) -> None:
    path = write_sheet(
        tmp_path / "days.xlsx",
        [
            ["ФИО", "Телефон", datetime(2026, 11, 3), datetime(2026, 11, 10)],
            ["Иванова Анна", "89161234501", "+", "опоздала"],
        ],
    )
    committed(workspace, path)
    [card] = all_cards(workspace)
    assert card.notes == "03.11.2026: +\n10.11.2026: опоздала"
    assert workspace.interactions.list_for(ids_by_last_name(workspace)["Иванова"]) == []


def test_an_american_sheet_of_days_reads_them_month_first(
    workspace: Workspace, tmp_path: Path
) -> None:
    path = tmp_path / "days.csv"
    committed(
        workspace,
        path,
        "Name;Phone;11/03/2026;11/10/2026;11/17/2026\nAnna Smith;+1 212 555 0100;40;;55\n",
    )
    assert bought(workspace, "Smith") == [
        (date(2026, 11, 3), Decimal("40.00"), ""), (date(2026, 11, 17), Decimal("55.00"), ""),
    ]  # fmt: skip


def test_a_sheet_counting_visits_a_month_is_no_sheet_of_sums(
    workspace: Workspace, tmp_path: Path
) -> None:
    # «Посещения» of January: 4 visits, not a purchase of 4 ₽.
    path = write_sheet(
        tmp_path / "visits.xlsx",
        [
            ["Посещения клиентов за 2026 год"],
            ["ФИО", "Телефон", "Январь 2026", "Февраль 2026"],
            ["Иванова Анна", "89161234501", 4, 6],
        ],
    )
    committed(workspace, path)
    assert bought(workspace, "Иванова") == []
    assert [card.notes for card in all_cards(workspace)] == ["Январь 2026: 4\nФевраль 2026: 6"]
    # A tutor's «Оплата занятий» is a sheet of sums.
    path = write_sheet(
        tmp_path / "paid.xlsx",
        [
            ["Оплата занятий, 2026"],
            ["ФИО", "Телефон", "Январь 2026", "Февраль 2026"],
            ["Петров Олег", "89161234502", 3000, None],
        ],
    )
    committed(workspace, path)
    assert [day for day, _, _ in bought(workspace, "Петров")] == [date(2026, 1, 1)]
