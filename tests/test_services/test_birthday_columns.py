"""A birthday in columns of its own day, month and year, as Thunderbird's address book and
some hand-kept sheets write it: it went to the notes as three lines, «Birth Day: 15»."""

from pathlib import Path

from clientbase.exchange.header import Target, propose_mapping
from clientbase.services.workspace import Workspace
from tests.test_services.test_importing import imported_csv, plan_for


def test_day_and_month_columns_make_a_birthday(workspace: Workspace, tmp_path: Path) -> None:
    cards = imported_csv(
        workspace, tmp_path / "thunderbird.csv",
        "First Name,Last Name,Display Name,Birth Year,Birth Month,Birth Day\n"
        "Мария,Иванова,Мария Иванова,1985,3,15\n"
        "Олег,Петров,Олег Петров,,12,1\n"  # no year: a birthday still
        "Анна,Сидорова,Анна Сидорова,1990,,\n"  # a year alone makes none
        ",,Маша с работы,,,\n",  # the display name alone names the contact
    )  # fmt: skip
    assert [(c.last_name, c.birthday, c.notes) for c in cards] == [
        ("Иванова", "15.03.1985", ""),  # the display name only repeats the name
        ("Маша", "", ""),
        ("Петров", "01.12", ""),
        ("Сидорова", "", "Birth Year: 1990"),
    ]


def test_russian_thunderbirds_day_of_birth_and_a_month_in_words(
    workspace: Workspace, tmp_path: Path
) -> None:
    headers = ["ФИО", "Год рождения", "Месяц рождения", "День рождения"]
    assert propose_mapping(headers, [["Иванова", 1985, 3, 15]])[1:] == [
        Target.BIRTH_YEAR, Target.BIRTH_MONTH, Target.BIRTH_DAY,
    ]  # fmt: skip
    # A sheet's «Год рождения» alone is no part of one.
    assert propose_mapping(["ФИО", "Год рождения"], [["Иванова", 1985]])[1] is Target.NOTES
    cards = imported_csv(
        workspace, tmp_path / "months.csv",
        "ФИО;Год рождения;Месяц рождения;День рождения\nИванова Мария;1985;марта;15\n",
    )  # fmt: skip
    assert [(c.birthday, c.notes) for c in cards] == [("15.03.1985", "")]


def test_a_year_of_birth_beside_a_birthday_written_without_one(
    workspace: Workspace, tmp_path: Path
) -> None:
    # «День рождения» «15.03» beside «Год рождения» «1980» came in as «15.03» and a line
    # «Год рождения: 1980» in the notes: no age on the card, none in the reports. A month
    # or a year beside a whole date, a helper column to sort by, filled every card's notes.
    cards = imported_csv(
        workspace, tmp_path / "birthdays.csv",
        "ФИО;День рождения;Год рождения;Месяц рождения\n"
        "Иванова Мария;15.03;1980;3\n"
        "Петров Олег;2 апреля;;\n"  # no year: the birthday as it is
        "Орлова Вера;15 марта;75;март\n"  # a year of two digits, a month in words
        "Сидорова Анна;01.02.1985;1985;февраль\n"  # both repeat the date
        "Лебедева Ирина;01.02.1985;1986;5\n"  # both say otherwise: kept
        "Кузнецова Ольга;;1990;\n"  # a year alone makes no birthday
        "Смирнова Нина;12.06;не помню;\n",
    )  # fmt: skip
    assert [(c.last_name, c.birthday, c.notes) for c in cards] == [
        ("Иванова", "15.03.1980", ""),
        ("Кузнецова", "", "Год рождения: 1990"),
        ("Лебедева", "01.02.1985", "Год рождения: 1986\nМесяц рождения: 5"),
        ("Орлова", "15.03.1975", ""),
        ("Петров", "02.04", ""),
        ("Сидорова", "01.02.1985", ""),
        ("Смирнова", "12.06", "Год рождения: не помню"),
    ]


def test_a_birthday_merged_over_its_day_month_and_year(
    workspace: Workspace, tmp_path: Path
) -> None:
    # «Дата рождения» merged over «День», «Месяц», «Год»: the lower row was read as the
    # first client's, «День» is not a date, and every day went wrong as a whole date.
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["ФИО", "Телефон", "Дата рождения", None, None, "Город"])
    sheet.append([None, None, "День", "Месяц", "Год", None])
    for cells in ("A1:A2", "B1:B2", "C1:E1", "F1:F2"):
        sheet.merge_cells(cells)
    sheet.append(["Иванова Мария", "+7 916 123-45-67", 15, "марта", 1985, "Тула"])
    sheet.append(["Петров Олег", "+7 916 123-45-68", 1, 12, None, "Тверь"])
    path = tmp_path / "клиенты.xlsx"
    book.save(path)
    plan = plan_for(workspace, path)
    assert plan.problems() == []
    assert [row.data.birthday for row in plan.rows if row.data] == ["15.03.1985", "01.12"]
    assert plan.headers[2:5] == [
        "Дата рождения (День)", "Дата рождения (Месяц)", "Дата рождения (Год)",
    ]  # fmt: skip


def test_a_column_of_days_beside_a_bare_month_and_year(
    workspace: Workspace, tmp_path: Path
) -> None:
    cards = imported_csv(
        workspace, tmp_path / "days.csv",
        "ФИО;День рождения;Месяц;Год;Город\n"
        "Иванова Мария;15;3;1985;Тула\n"
        "Петров Олег;1;декабря;;Тверь\n",
    )  # fmt: skip
    assert [(c.last_name, c.birthday, c.notes) for c in cards] == [
        ("Иванова", "15.03.1985", ""), ("Петров", "01.12", ""),
    ]  # fmt: skip


def test_a_bare_month_or_year_without_a_column_of_days_stays_a_note() -> None:
    days = [["Иванова", 15, 3, 1985]]
    # Beside whole dates, «Месяц» and «Год» are something else's: a visit's, a purchase's.
    assert propose_mapping(["ФИО", "Дата рождения", "Месяц", "Год"], [
        ["Иванова", "15.03.1985", 3, 2024],
    ])[1:] == [Target.BIRTHDAY, Target.NOTES, Target.NOTES]  # fmt: skip
    # A bare «Число» is no birthday's, nor a year before the month.
    assert propose_mapping(["ФИО", "Число", "Месяц", "Год"], days)[1:] == [Target.NOTES] * 3
    assert propose_mapping(["ФИО", "День рождения", "Год", "Месяц"], days)[1:] == [
        Target.BIRTHDAY, Target.NOTES, Target.NOTES,
    ]  # fmt: skip
    # Under another date, the parts are that date's.
    from clientbase.exchange.header_row import find_header_row, header_cells

    rows = [
        ["ФИО", "Телефон", "Последний визит", None],
        [None, None, "День", "Месяц"],
        ["Иванова Мария", "+7 916 123-45-67", 15, 3],
    ]
    assert find_header_row(rows) == 0
    assert header_cells(rows, 0) == ["ФИО", "Телефон", "Последний визит", None]


def test_parts_that_make_no_date_are_named_and_kept(workspace: Workspace, tmp_path: Path) -> None:
    from tests.test_services.test_importing import plan_for

    path = tmp_path / "bad.csv"
    path.write_text("ФИО;Месяц рождения;Число рождения\nИванова Мария;2;30\n", encoding="utf-8")
    plan = plan_for(workspace, path)
    assert [(p.column, p.value, p.code) for p in plan.problems()] == [
        ("Число рождения", "30.2", "no_such_day")
    ]
    data = plan.rows[0].data
    assert data is not None
    assert (data.birthday, data.notes) == ("", "Месяц рождения: 2\nЧисло рождения: 30")


def test_an_american_shops_slashed_birthdays_are_month_first(tmp_path: Path) -> None:
    # 3/5/1980 in a shop in the United States is 5 March; read day first, it was 3 May.
    from clientbase.services.import_columns import month_first_columns

    mapping = [Target.FULL_NAME, Target.BIRTHDAY, Target.CLIENT_SINCE]
    rows = [["Jane Doe", "3/5/1980", "2026-01-05"], ["John Smith", "04/07", None]]
    assert month_first_columns(rows, mapping, "US") == {1}
    assert month_first_columns(rows, mapping, "RU") == set()
    # A date that can only be day first (25/3/1980) decides it, wherever the shop is.
    assert month_first_columns([*rows, ["Ada", "25/3/1980", None]], mapping, "US") == set()


def test_a_list_of_birthdays_without_a_year_imported_again_makes_no_second_card(
    workspace: Workspace, tmp_path: Path
) -> None:
    # A client known by name and «22.09» alone came back as a namesake, a second card, each
    # time the list was imported: a birthday without a year was matched by nothing.
    text = (
        "ФИО;День рождения;Телефон\n"
        "Королёва Анна;22.09;\n"
        "Петров Олег;19 апреля;\n"
        # Namesakes of one day and month, each with a phone of their own: two people.
        "Ким Ли;01.03;+7 916 000-00-01\n"
        "Ким Ли;01.03;+7 916 000-00-02\n"
    )
    first = imported_csv(workspace, tmp_path / "list.csv", text)
    assert [(c.last_name, c.birthday) for c in first] == [
        ("Ким", "01.03"), ("Ким", "01.03"), ("Королёва", "22.09"), ("Петров", "19.04"),
    ]  # fmt: skip
    again = plan_for(workspace, tmp_path / "list.csv")
    counts = again.counts()
    assert (counts["new"], counts["merge"], counts["unchanged"]) == (0, 4, 4)
    # Within one sheet, the client listed twice is one card.
    twice = tmp_path / "twice.csv"
    twice.write_text("ФИО;День рождения\nОрлова Вера;5 мая\nОрлова Вера;05.05\n", encoding="utf-8")
    assert plan_for(workspace, twice).counts()["listed_twice"] == 1


def test_an_age_the_birthday_tells_is_not_kept_in_the_notes(
    workspace: Workspace, tmp_path: Path
) -> None:
    # «Возраст: 46» beside the birthday was a line of every card's notes, wrong in a year.
    cards = imported_csv(
        workspace, tmp_path / "ages.csv",
        "ФИО;Дата рождения;Возраст\n"
        "Иванова Мария;01.02.1980;46\n"
        "Петров Олег;15.05.1975;44 года\n"  # typed some years ago: still what it told
        "Сидоров Ян;03.03.1990;20\n"  # the birthday says otherwise: the person should look
        "Ким Ли;03.03;33\n"  # no year: the age is all there is of it
        "Орлова Вера;;51\n",
    )  # fmt: skip
    assert [(c.last_name, c.notes) for c in cards] == [
        ("Иванова", ""), ("Ким", "Возраст: 33"), ("Орлова", "Возраст: 51"),
        ("Петров", ""), ("Сидоров", "Возраст: 20"),
    ]  # fmt: skip


def test_a_birthday_written_in_the_notes_is_the_cards_where_no_column_gives_one(
    workspace: Workspace, tmp_path: Path
) -> None:
    # A sheet without a birthday column keeps them in its notes: «ДР 12.05, любит розы».
    # The card had no birthday, and the calendar never offered to congratulate her.
    cards = imported_csv(
        workspace, tmp_path / "clients.csv",
        "ФИО;Телефон;Примечание;Дата рождения\n"
        "Иванова Анна;89161234567;ДР 12.05, любит розы;\n"
        "Петров Олег;89161234568;день рождения 3 марта 1980;\n"
        "Котова Анна;89161234560;Аллергия. Родилась 15.07.1985.;\n"
        "Зуев Пётр;89161234561;у жены ДР 20.12;\n"  # a relative's: not the client's
        "Орлов Ян;89161234563;ДР жены 20.12;\n"
        "Ким Ян;89161234564;ДР 12.05;01.02.1990\n",  # the column wins
    )  # fmt: skip
    assert [(c.last_name, c.birthday) for c in cards] == [
        ("Зуев", ""), ("Иванова", "12.05"), ("Ким", "01.02.1990"), ("Котова", "15.07.1985"),
        ("Орлов", ""), ("Петров", "03.03.1980"),
    ]  # fmt: skip
    # The note stays as it was written.
    assert cards[1].notes == "ДР 12.05, любит розы"
