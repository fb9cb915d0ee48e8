"""A children's shop's clients and their children: «Дети» and «Дата рождения ребёнка».
They were two lines of the notes, and no child's birthday was ever in the calendar."""

from datetime import date, datetime
from pathlib import Path

from clientbase.db.enums import PaymentState, Recurrence
from clientbase.exchange.header import Target, propose_mapping
from clientbase.services.calendar import birthdays_between, reminders_between
from clientbase.services.client_data import ClientInput
from clientbase.services.client_query import ClientQuery, find_client_ids
from clientbase.services.import_plan import plan_import, read_plan_source
from clientbase.services.importing import commit_import
from clientbase.services.workspace import Workspace
from tests.test_services.test_importing import all_cards, imported_csv, plan_for

SHEET = (
    "ФИО;Телефон;Дети;Дата рождения ребенка\n"
    "Иванова Мария;89161112233;сын Петя, дочь Маша;12.05.2015, 03.02.2018\n"
    "Орлова Ольга;89161112255;;20.05.2016\n"
    # One birthday for two: whose it is the shop knows, not the import.
    "Петрова Анна;89161112244;Петя и Маша;14.05.2017\n"
    # How many children, not whose names.
    "Белова Анна;89161112277;2;\n"
)


Person = tuple[str, str, str]  # a contact person's name, who they are, birthday


def people_of(
    workspace: Workspace, path: Path, sheet: str
) -> tuple[dict[str, ClientInput], dict[str, list[Person]]]:
    """Import the sheet: its cards by surname, and each card's contact persons."""
    cards = {card.last_name: card for card in imported_csv(workspace, path, sheet)}
    return cards, {
        name: [(p.name, p.position, p.birthday) for p in card.contact_persons]
        for name, card in cards.items()
    }


def test_each_child_is_a_contact_person_with_a_birthday_to_congratulate(
    workspace: Workspace, tmp_path: Path
) -> None:
    cards, people = people_of(workspace, tmp_path / "kids.csv", SHEET)
    assert people == {
        "Иванова": [("Петя", "сын", "12.05.2015"), ("Маша", "дочь", "03.02.2018")],
        "Орлова": [("Ребёнок", "", "20.05.2016")],
        "Петрова": [("Петя", "", ""), ("Маша", "", "")],
        "Белова": [],
    }
    assert cards["Петрова"].notes == "Дата рождения ребенка: 14.05.2017"
    assert cards["Белова"].notes == "Дети: 2"
    assert cards["Иванова"].notes == cards["Орлова"].notes == ""
    # The calendar reminds the shop to congratulate them.
    found = birthdays_between(workspace.db, date(2026, 5, 1), date(2026, 6, 1))
    assert [(b.day.day, b.client_name, b.person, b.age) for b in found] == [
        (12, "Иванова Мария", "Петя", 11),
        (20, "Орлова Ольга", "Ребёнок", 10),
    ]


def test_a_childs_birthday_that_is_no_day_is_named(workspace: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "kids.csv"
    path.write_text(
        "ФИО;Дети;Дата рождения ребенка\nИванова Мария;Петя;31.02.2016\n", encoding="utf-8"
    )
    plan = plan_for(workspace, path)
    assert [(p.column, p.value, p.code) for p in plan.problems()] == [
        ("Дата рождения ребенка", "31.02.2016", "no_such_day")
    ]
    # The child is the card's all the same (it was dropped with the birthday), and the
    # birthday as written stays in the notes.
    [row] = plan.rows
    assert row.data is not None
    assert [(p.name, p.birthday) for p in row.data.contact_persons] == [("Петя", "")]
    assert row.data.notes == "Дата рождения ребенка: 31.02.2016"


def test_a_childs_columns_are_the_childs_not_someone_elses() -> None:
    # «ребенка» had made the column someone else's, like «Телефон менеджера»: notes.
    headers = ["ФИО", "Имя ребенка", "Дата рождения ребенка", "Телефон мужа"]
    row = ["Иванова Мария", "Петя", "12.05.2015", "89161112233"]
    assert propose_mapping(headers, [row])[1:] == [
        Target.CHILD_NAME, Target.CHILD_BIRTHDAY, Target.NOTES
    ]  # fmt: skip


FLORIST = (
    "ФИО;Телефон;День рождения;День рождения жены;ДР мамы;Годовщина свадьбы\n"
    "Иванов Сергей;89161112233;01.02.1980;15.03;20.05.1955;12.06.2005\n"
    "Орлов Олег;89161112255;;31.02;;\n"
)


def test_a_relatives_birthday_is_a_contact_person_to_congratulate(
    workspace: Workspace, tmp_path: Path
) -> None:
    # A florist's «День рождения жены» went to the notes (the word «жены» makes a column
    # someone else's): the shop kept the list for that day, and the calendar never showed it.
    path = tmp_path / "florist.csv"
    path.write_text(FLORIST, encoding="utf-8")
    plan = plan_for(workspace, path)
    # A day that is no day is named, and kept in the notes as written.
    assert [(p.line, p.column, p.value, p.code) for p in plan.problems()] == [
        (3, "День рождения жены", "31.02", "no_such_day")
    ]
    commit_import(workspace.db, workspace.settings, plan)
    cards = {c.last_name: c for c in all_cards(workspace)}
    sergey = cards["Иванов"]
    assert [(p.name, p.birthday) for p in sergey.contact_persons] == [
        ("Жена", "15.03"), ("Мама", "20.05.1955"),
    ]  # fmt: skip
    assert sergey.birthday == "01.02.1980"
    assert sergey.notes == ""  # the anniversary is a reminder: see below
    assert cards["Орлов"].notes == "День рождения жены: 31.02"
    found = birthdays_between(workspace.db, date(2026, 3, 1), date(2026, 6, 1))
    assert [(b.day.day, b.client_name, b.person) for b in found] == [
        (15, "Иванов Сергей", "Жена"), (20, "Иванов Сергей", "Мама"),
    ]  # fmt: skip


def test_a_relatives_birthday_column_is_known_in_both_languages() -> None:
    headers = ["ФИО", "Д/р жены", "Дата рождения супруга", "Wife's birthday", "Телефон жены"]
    row = ["Иванова Мария", "15.03", "01.02.1975", "15.03", "89161112233"]
    assert propose_mapping(headers, [row])[1:] == [
        Target.RELATIVE_BIRTHDAY, Target.RELATIVE_BIRTHDAY, Target.RELATIVE_BIRTHDAY,
        Target.NOTES,
    ]  # fmt: skip


def test_an_anniversary_is_a_reminder_to_congratulate_every_year(
    workspace: Workspace, tmp_path: Path
) -> None:
    # «Годовщина свадьбы: 12.06.2005» was a line of the notes: the day the florist keeps
    # the list for came and went unseen.
    path = tmp_path / "florist.csv"
    path.write_text(
        "ФИО;Телефон;Годовщина свадьбы;Именины\n"
        "Иванов Сергей;89161112233;12.06.2005;\n"
        "Петрова Анна;89161112244;весной;14.01\n",
        encoding="utf-8",
    )
    # The same sheet again, the same day or the next summer (when the anniversary's next
    # coming is a year later), adds no second reminder.
    for today in (date(2026, 12, 6), date(2026, 12, 6), date(2027, 8, 1)):
        table, header, mapping = read_plan_source(path)
        plan = plan_import(
            workspace.db, workspace.settings, table, header, mapping, "f", today=today
        )
        assert plan.problems() == []
        commit_import(workspace.db, workspace.settings, plan)
    cards = {c.last_name: c for c in all_cards(workspace)}
    assert cards["Петрова"].notes == "Годовщина свадьбы: весной"  # no day: a note
    assert cards["Иванов"].notes == ""
    found = sorted(
        (r.when, r.kind, r.title, r.recurrence)
        for r in reminders_between(workspace.db, datetime(2027, 1, 1), datetime(2028, 12, 31))
    )
    assert found == [
        (datetime(2027, 1, 14, 10), "congratulate", "Именины", Recurrence.YEARLY),
        (datetime(2027, 6, 12, 10), "congratulate", "Годовщина свадьбы", Recurrence.YEARLY),
        (datetime(2028, 1, 14, 10), "congratulate", "Именины", Recurrence.YEARLY),
        (datetime(2028, 6, 12, 10), "congratulate", "Годовщина свадьбы", Recurrence.YEARLY),
    ]
    [sergey] = find_client_ids(workspace.db, ClientQuery(search="Иванов"))
    [anniversary] = workspace.reminders.list_for(sergey)
    assert anniversary.data.note == "12.06.2005"  # which anniversary it is
    assert plan.counts()["reminders"] == 2


OCCASIONS = (
    "Клиент;Телефон;Повод;Дата события;Кому;Любимые цветы\n"
    "Соколов Андрей;+79161230001;День рождения жены;15.03;Жена Ольга;пионы\n"
    "Соколов Андрей;+79161230001;Годовщина свадьбы;22.08.2005;;пионы\n"
    "Лебедева Марина;+79161230002;ДР мамы;весной;Мама;розы\n"
    "Орлов Олег;+79161230003;Юбилей фирмы;;;тюльпаны\n"
)


def test_an_occasion_a_row_is_a_yearly_reminder_titled_with_what_it_is(
    workspace: Workspace, tmp_path: Path
) -> None:
    # A florist's list of the days its clients buy for, a row an occasion: «Повод» and
    # «Дата события» were two lines of the notes a row, and the calendar never showed them.
    path = tmp_path / "occasions.csv"
    path.write_text(OCCASIONS, encoding="utf-8")
    *_, mapping = read_plan_source(path)
    assert mapping[2:5] == [Target.OCCASION_NAME, Target.OCCASION, Target.OCCASION_FOR]
    plan = plan_for(workspace, path)
    assert plan.problems() == []
    commit_import(workspace.db, workspace.settings, plan)
    found = sorted(
        (r.when, r.client_name, r.kind, r.title, r.recurrence)
        for r in reminders_between(workspace.db, datetime(2027, 1, 1), datetime(2027, 12, 31))
    )
    assert found == [
        (datetime(2027, 3, 15, 10), "Соколов Андрей", "congratulate", "День рождения жены",
         Recurrence.YEARLY),
        (datetime(2027, 8, 22, 10), "Соколов Андрей", "congratulate", "Годовщина свадьбы",
         Recurrence.YEARLY),
    ]  # fmt: skip
    cards = {c.last_name: c for c in all_cards(workspace)}
    assert cards["Соколов"].notes == "Любимые цветы: пионы"
    # Whom the occasion is for is the reminder's note (it was a line of the client's notes
    # an occasion), and the year written beside the day is too.
    [sokolov] = find_client_ids(workspace.db, ClientQuery(search="Соколов"))
    notes = sorted((r.data.due_at, r.data.note) for r in workspace.reminders.list_for(sokolov))
    assert [note for _, note in notes] == ["Жена Ольга", "22.08.2005"]
    # No day to remind on: what the sheet says stays in the notes, nothing is lost.
    assert cards["Лебедева"].notes.splitlines() == [
        "Любимые цветы: розы", "Повод: ДР мамы", "Кому: Мама", "Дата события: весной",
    ]  # fmt: skip
    assert cards["Орлов"].notes.splitlines() == ["Любимые цветы: тюльпаны", "Повод: Юбилей фирмы"]


def test_an_occasion_beside_a_named_one_keeps_each_its_title() -> None:
    # The «Повод» names the plain day beside it, not the «Годовщина свадьбы» column; on a
    # sales sheet (a cake's «Повод») or without a plain day it stays a note, as before.
    rows = [["Иванов Иван", "+79161234567", "ДР жены", "15.03", "12.06.2005"]] * 2
    headers = ["ФИО", "Телефон", "Повод", "Дата", "Годовщина свадьбы"]
    assert propose_mapping(headers, rows)[2:] == [
        Target.OCCASION_NAME, Target.OCCASION, Target.OCCASION,
    ]  # fmt: skip
    assert propose_mapping(["ФИО", "Телефон", "Повод"], [row[:3] for row in rows])[2] is (
        Target.NOTES
    )
    sales = ["Дата", "Клиент", "Торт", "Сумма", "Повод"]
    sale = [["01.11.2026", "Иванова Анна", "Наполеон", "2500", "день рождения"]] * 2
    assert propose_mapping(sales, sale)[4] is Target.SALE_NOTE


def test_a_clubs_pupil_is_the_client_and_the_parent_a_contact_person(
    workspace: Workspace, tmp_path: Path
) -> None:
    # The parent's name was a line of the notes; and with no column named the client's,
    # the club's «Абонемент» («8 занятий») had been taken for the names: «Занятий 8».
    cards = imported_csv(
        workspace,
        tmp_path / "pupils.csv",
        "ФИО ребенка;Дата рождения;ФИО родителя;Телефон родителя;Группа;Абонемент\n"
        "Иванов Миша;12.05.2018;Иванова Мария Петровна;+7 916 123-45-67;Младшая;8 занятий\n"
        "Петрова Катя;03.02.2017;Петров Андрей;89261112233;Старшая;Безлимит\n",
    )
    misha = {c.last_name: c for c in cards}["Иванов"]
    assert (misha.first_name, misha.birthday) == ("Миша", "12.05.2018")
    assert [(p.raw, p.label) for p in misha.phones] == [("+7 916 123-45-67", "родитель")]
    assert [(p.name, p.position) for p in misha.contact_persons] == [
        ("Иванова Мария Петровна", "родитель")
    ]
    assert misha.notes == "Абонемент: 8 занятий"


def test_a_pupil_beside_a_parent_is_the_client_where_no_column_names_one(
    workspace: Workspace, tmp_path: Path
) -> None:
    # «Ребёнок» and «Родитель»: the list was refused, «no column holds client names».
    cards = imported_csv(
        workspace,
        tmp_path / "kids.csv",
        "Ребёнок;Дата рождения ребёнка;Родитель;Телефон родителя;Группа\n"
        "Иванов Миша;12.03.2019;Иванова Анна;+79161234567;Малыши\n",
    )
    [misha] = cards
    assert (misha.last_name, misha.first_name, misha.birthday) == ("Иванов", "Миша", "12.03.2019")
    assert [(p.name, p.position) for p in misha.contact_persons] == [("Иванова Анна", "родитель")]


def test_a_kindergartens_childs_birthday_is_the_clients_own(
    workspace: Workspace, tmp_path: Path
) -> None:
    # The child is the client: its «Дата рождения ребенка» had made a second person of the
    # card, «Ребёнок», and left the client without a birthday.
    cards = imported_csv(
        workspace,
        tmp_path / "kindergarten.csv",
        "ФИО ребенка;Дата рождения ребенка;ФИО родителя;Телефон родителя;Группа\n"
        "Зайцев Миша;12.03.2021;Зайцева Ольга Петровна;+7 916 555-66-77;Солнышко\n"
        "Кротова Аня;05.09.2020;Кротов Игорь Сергеевич;+7 903 444-33-22;Звёздочка\n",
    )
    misha = {c.last_name: c for c in cards}["Зайцев"]
    assert (misha.first_name, misha.birthday) == ("Миша", "12.03.2021")
    assert [(p.name, p.position, p.birthday) for p in misha.contact_persons] == [
        ("Зайцева Ольга Петровна", "родитель", "")
    ]


def test_a_relatives_name_beside_their_birthday_is_one_contact_person(
    workspace: Workspace, tmp_path: Path
) -> None:
    # «Жена: Петрова Анна» was a line of the notes beside a contact person «Жена».
    cards = imported_csv(
        workspace,
        tmp_path / "florist.csv",
        "Клиент;Телефон;День рождения жены;Жена;Мама;Папа\n"
        "Петров Игорь;89161112233;14.02.1985;Петрова Анна;+7 903 123-45-67;"
        "Петров Олег 89037654321\n"
        "Орлов Илья;89161112244;;да;;\n",
    )
    by_name = {c.last_name: c for c in cards}
    petrov = by_name["Петров"]
    assert [(p.name, p.position, p.birthday, p.phone) for p in petrov.contact_persons] == [
        ("Петрова Анна", "жена", "14.02.1985", ""),
        ("Петров Олег", "папа", "", "89037654321"),
    ]
    # A «Мама» of phones is the mother's phone, noted so.
    assert [(p.raw, p.label) for p in petrov.phones] == [
        ("89161112233", ""), ("+7 903 123-45-67", "мама"),
    ]  # fmt: skip
    assert petrov.notes == ""
    # «да» names no one: kept as written.
    assert (by_name["Орлов"].contact_persons, by_name["Орлов"].notes) == ([], "Жена: да")
    found = birthdays_between(workspace.db, date(2027, 2, 1), date(2027, 3, 1))
    assert [(b.client_name, b.person) for b in found] == [("Петров Игорь", "Петрова Анна")]


def test_a_relatives_name_column_is_known_by_who_they_are() -> None:
    headers = ["Ученик", "ФИО мамы", "Имя папы", "Родитель", "Законный представитель", "Mother"]
    row = ["Смирнов Артём", "Смирнова Ольга", "Игорь", "Смирнова Ольга", "Смирнова О.", "Olga"]
    assert propose_mapping(headers, [row])[1:] == [Target.RELATIVE_NAME] * 5


def test_a_tutors_lessons_are_the_pupils_purchases(workspace: Workspace, tmp_path: Path) -> None:
    # «Дата занятия» was no sale's day and «Предмет» no item: each lesson was a block of the
    # pupil's notes, paid or not.
    imported_csv(
        workspace,
        tmp_path / "lessons.csv",
        "Ученик;Класс;Родитель;Телефон родителя;Предмет;Дата занятия;Длительность;Стоимость;"
        "Оплачено\n"
        "Смирнов Артём;9;Смирнова Ольга;+79031234567;Математика;02.11.2026;60 мин;1500;да\n"
        "Смирнов Артём;9;Смирнова Ольга;+79031234567;Математика;09.11.2026;60 мин;1500;нет\n",
    )
    [pupil] = find_client_ids(workspace.db, ClientQuery())
    assert workspace.clients.get(pupil).data.notes == "Класс: 9"
    lessons = sorted(workspace.purchases.list_for(pupil), key=lambda p: p.data.date)
    assert [(p.data.date.day, p.data.items[0].name, p.data.payment_state) for p in lessons] == [
        (2, "Математика", PaymentState.PAID), (9, "Математика", PaymentState.UNPAID),
    ]  # fmt: skip
    assert lessons[0].data.comment == "Длительность: 60 мин"


def test_a_birthday_or_an_age_beside_a_childs_name_is_no_part_of_it(
    workspace: Workspace, tmp_path: Path
) -> None:
    # «дочь Маша (12.05.2015)» was a child named «Маша 12.05.2015», with no birthday for the
    # calendar, and «сын Миша 5 лет» one named «Миша 5 лет».
    sheet = (
        "ФИО;Телефон;Дети\n"
        "Иванова Мария;89161112233;дочь Маша (12.05.2015)\n"
        "Петрова Анна;89161112244;сын Миша 5 лет, Петя 2019 г.р.\n"
        "Орлова Ольга;89161112255;Даша 31.02.2016\n"
        # After a comma too: the day and the age are the child's before them.
        'Белова Анна;89161112266;"Маша, 12.05.2015; Аня, 3 года"\n'
        "Смирнова Ирина;89161112277;Костя 3 февраля 2016 г.\n"
        "Кузнецова Ольга;89161112288;2 (сын и дочь)\n"
    )
    cards, people = people_of(workspace, tmp_path / "kids.csv", sheet)
    assert people == {
        "Иванова": [("Маша", "дочь", "12.05.2015")],
        "Петрова": [("Миша", "сын", ""), ("Петя", "", "")],
        "Орлова": [("Даша", "", "")],
        "Белова": [("Маша", "", "12.05.2015"), ("Аня", "", "")],
        "Смирнова": [("Костя", "", "03.02.2016")],
        # How many, and who: two children, neither named «2».
        "Кузнецова": [("Ребёнок", "сын", ""), ("Ребёнок", "дочь", "")],
    }
    # An age, a year, a day that is none: the cell as written stays in the notes.
    assert cards["Иванова"].notes == ""
    assert cards["Петрова"].notes == "Дети: сын Миша 5 лет, Петя 2019 г.р."
    assert cards["Орлова"].notes == "Дети: Даша 31.02.2016"
    assert cards["Белова"].notes == "Дети: Маша, 12.05.2015; Аня, 3 года"


def test_a_birthday_beside_a_relatives_name_is_theirs(workspace: Workspace, tmp_path: Path) -> None:
    # A florist's «Жена» of «Ольга (12.05.1985)» was a contact person named so, with no
    # birthday, and no reminder to sell flowers for it.
    sheet = (
        "ФИО;Телефон;Жена\n"
        "Иванов Сергей;89161112233;Ольга (12.05.1985)\n"
        "Петров Олег;89161112244;Ольга, 40 лет\n"
    )
    cards, people = people_of(workspace, tmp_path / "wives.csv", sheet)
    assert people == {
        "Иванов": [("Ольга", "жена", "12.05.1985")],
        "Петров": [("Ольга", "жена", "")],
    }
    assert (cards["Иванов"].notes, cards["Петров"].notes) == ("", "Жена: Ольга, 40 лет")
