"""A sheet's «Перезвонить» column: the days a shop meant to call its clients again, as
reminders in the calendar, taken back with the import."""

from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from clientbase.db.enums import ReminderKind
from clientbase.exchange.header import Target, propose_mapping, target_of_header
from clientbase.services.calendar import items_between
from clientbase.services.client_data import ClientInput
from clientbase.services.client_query import ClientQuery, find_client_ids
from clientbase.services.import_batches import import_history
from clientbase.services.import_plan import ImportPlan
from clientbase.services.import_undo import later_work, undo_import
from clientbase.services.importing import commit_import
from clientbase.services.planned_rows import DuplicateRule
from clientbase.services.reminders import ReminderInput
from clientbase.services.row_reminders import reminder_of
from clientbase.services.workspace import Workspace
from tests.conftest import person
from tests.test_services.test_importing import TODAY, plan_for


def planned(workspace: Workspace, path: Path, text: str) -> ImportPlan:
    path.write_text(text, encoding="utf-8")
    return plan_for(workspace, path)


def imported(workspace: Workspace, path: Path, text: str) -> int:
    """The sheet planned and committed; the batch's id."""
    return commit_import(workspace.db, workspace.settings, planned(workspace, path, text))


def reminders(workspace: Workspace) -> list[tuple[str, datetime, str, ReminderKind]]:
    """Every open reminder: whose, when, what."""
    names = {
        i: workspace.clients.get(i).display_name
        for i in find_client_ids(workspace.db, ClientQuery())
    }
    found = []
    for client_id in names:
        for record in workspace.reminders.list_for(client_id):
            data = record.data
            found.append((names[client_id], data.due_at, data.title, data.kind))
    return sorted(found)


def cards_by_name(workspace: Workspace) -> dict[str, ClientInput]:
    """Every card, by the name the table shows."""
    found = (workspace.clients.get(i) for i in find_client_ids(workspace.db, ClientQuery()))
    return {record.display_name: record.data for record in found}


@pytest.mark.parametrize(
    "header", ["Перезвонить", "Следующий звонок", "Дата следующего контакта", "Напомнить",
               "Next call", "Follow-up", "Следующий визит", "Запись", "Примерка"],
)  # fmt: skip
def test_the_names_of_a_day_to_call_again_are_known(header: str) -> None:
    assert target_of_header(header) is Target.NEXT_CONTACT


@pytest.mark.parametrize(
    ("header", "kind"),
    [("Перезвонить", ReminderKind.CALL), ("Следующий визит", ReminderKind.MEETING),
     ("Запись на", ReminderKind.MEETING), ("Примерка", ReminderKind.MEETING),
     ("Next appointment", ReminderKind.MEETING)],
)  # fmt: skip
def test_an_appointment_is_a_meeting_to_remind_of(header: str, kind: ReminderKind) -> None:
    reminder = reminder_of("10.12.2026 11:30", header, TODAY)
    assert reminder is not None and (reminder.kind, reminder.title) == (kind, header)


@pytest.mark.parametrize(
    ("header", "language", "title"),
    [("Дата следующего контакта", "ru", "Позвонить"), ("Дата следующего визита", "ru", "Визит"),
     ("Follow-up date", "en", "Call back"), ("", "ru", "Позвонить"),
     ("Перезвонить", "ru", "Перезвонить"), ("Следующий звонок", "ru", "Следующий звонок")],
)  # fmt: skip
def test_a_column_named_as_a_date_gives_its_reminder_a_title_of_what_to_do(
    header: str, language: str, title: str
) -> None:
    # The calendar showed «Дата следующего контакта — Иванова Анна» on the day.
    from clientbase.services.record_words import RecordWords

    reminder = reminder_of("10.12.2026", header, TODAY, words=RecordWords(language))
    assert reminder is not None and reminder.title == title


def test_a_day_to_call_again_becomes_a_reminder(workspace: Workspace, tmp_path: Path) -> None:
    # Before, «Перезвонить: 05.12» went to the notes: the call the owner planned was in no
    # calendar and nothing reminded of it.
    plan = planned(
        workspace,
        tmp_path / "clients.csv",
        "ФИО;Телефон;Перезвонить\n"
        "Иванова Мария;+7 916 111-22-33;05.12.2026\n"
        "Петров Иван;+7 916 222-33-44;25.11.2026 15:30\n"
        "Сидоров Олег;+7 916 333-44-55;01.02\n"  # no year: the next 1 February
        "Козлова Анна;+7 916 444-55-66;03.03.2026\n"  # gone by: history, for the notes
        "Орлов Пётр;+7 916 555-66-77;после праздников\n",
    )
    assert plan.problems() == []
    assert plan.counts()["reminders"] == 3
    commit_import(workspace.db, workspace.settings, plan)
    assert reminders(workspace) == [
        ("Иванова Мария", datetime(2026, 12, 5, 10, 0), "Перезвонить", ReminderKind.CALL),
        ("Петров Иван", datetime(2026, 11, 25, 15, 30), "Перезвонить", ReminderKind.CALL),
        ("Сидоров Олег", datetime(2027, 2, 1, 10, 0), "Перезвонить", ReminderKind.CALL),
    ]
    notes = {name: card.notes for name, card in cards_by_name(workspace).items()}
    assert notes["Козлова Анна"] == "Перезвонить: 03.03.2026"
    assert notes["Орлов Пётр"] == "Перезвонить: после праздников"
    assert notes["Иванова Мария"] == ""
    # The calendar shows them on their days.
    day = items_between(workspace.db, date(2026, 12, 5), date(2026, 12, 6))
    assert [(item.title, item.client_name) for item in day] == [("Перезвонить", "Иванова Мария")]


def test_a_client_written_twice_is_called_at_the_sooner_day(
    workspace: Workspace, tmp_path: Path
) -> None:
    imported(
        workspace,
        tmp_path / "twice.csv",
        "ФИО;Телефон;Перезвонить\n"
        "Иванова Мария;+7 916 111-22-33;10.12.2026\n"
        "Иванова Мария;8 916 111 22 33;01.12.2026\n",
    )
    assert reminders(workspace) == [
        ("Иванова Мария", datetime(2026, 12, 1, 10, 0), "Перезвонить", ReminderKind.CALL)
    ]


def test_a_sheet_imported_again_does_not_remind_twice(workspace: Workspace, tmp_path: Path) -> None:
    text = "ФИО;Телефон;Перезвонить\nИванова Мария;+7 916 111-22-33;05.12.2026\n"
    for name in ("first.csv", "again.csv"):
        imported(workspace, tmp_path / name, text)
    assert len(reminders(workspace)) == 1
    # The history says what each import did.
    assert [b.counts["reminders"] for b in import_history(workspace.db)] == [0, 1]


def test_undo_takes_the_imports_reminders_back(workspace: Workspace, tmp_path: Path) -> None:
    maria = workspace.clients.create(person("Иванова", "Мария", phones=("+7 916 111-22-33",)))
    workspace.reminders.add(
        ReminderInput(datetime(2026, 12, 20, 10, 0), ReminderKind.TASK, "Отложить платье",
                      client_id=maria)
    )  # fmt: skip
    batch = imported(
        workspace,
        tmp_path / "calls.csv",
        "ФИО;Телефон;Перезвонить\n"
        "Иванова Мария;+7 916 111-22-33;05.12.2026\n"  # merged into the base's Мария
        "Петров Иван;+7 916 222-33-44;06.12.2026\n",
    )
    assert len(reminders(workspace)) == 3
    # The reminder the import gave its new client is not work done since.
    assert later_work(workspace.db, batch) == []
    undo_import(workspace.db, workspace.settings, batch)
    assert reminders(workspace) == [
        ("Иванова Мария", datetime(2026, 12, 20, 10, 0), "Отложить платье", ReminderKind.TASK)
    ]


def test_a_reminder_added_after_the_import_is_work_done_since(
    workspace: Workspace, tmp_path: Path
) -> None:
    batch = imported(
        workspace,
        tmp_path / "calls.csv",
        "ФИО;Телефон;Перезвонить\nПетров Иван;+7 916 222-33-44;06.12.2026\n",
    )
    [petr] = find_client_ids(workspace.db, ClientQuery())
    workspace.reminders.add(
        ReminderInput(datetime(2026, 12, 9, 10, 0), ReminderKind.CALL, "Позвонить", client_id=petr)
    )
    assert later_work(workspace.db, batch) == [petr]


def test_phones_under_a_call_again_column_are_phones() -> None:
    headers = ["ФИО", "Перезвонить"]
    rows = [["Иванова Мария", "8 916 111-22-33"], ["Петров Иван", "+7 903 222-33-44"]]
    assert propose_mapping(headers, rows) == [Target.FULL_NAME, Target.PHONE]
    dates = [["Иванова Мария", "05.12.2026"], ["Петров Иван", "06.12.2026"]]
    assert propose_mapping(headers, dates) == [Target.FULL_NAME, Target.NEXT_CONTACT]


def test_what_to_call_about_beside_the_day_is_the_reminders_note(
    workspace: Workspace, tmp_path: Path
) -> None:
    # «05.12 — уточнить размер» was no day at all: the whole cell went to the notes.
    imported(
        workspace,
        tmp_path / "calls.csv",
        "ФИО;Перезвонить\n"
        "Иванова Мария;05.12.2026 15:00 — уточнить размер\n"
        "Петров Иван;03.03.2025 — купил пальто\n",  # gone by: history, in the notes
    )
    [maria, petr] = find_client_ids(workspace.db, ClientQuery())
    [reminder] = workspace.reminders.list_for(maria)
    assert (reminder.data.due_at, reminder.data.note) == (
        datetime(2026, 12, 5, 15, 0),
        "уточнить размер",
    )
    assert workspace.clients.get(maria).data.notes == ""
    assert workspace.reminders.list_for(petr) == []
    assert workspace.clients.get(petr).data.notes == "Перезвонить: 03.03.2025 — купил пальто"


def test_a_salons_visits_are_sales_and_its_next_visit_a_meeting(
    workspace: Workspace, tmp_path: Path
) -> None:
    # «Дата визита» beside «Услуга» and «Стоимость» went to the notes with them: no sale
    # came in; «Следующий визит» too, and no reminder.
    plan = planned(
        workspace,
        tmp_path / "salon.csv",
        "Клиент;Телефон;Мастер;Услуга;Дата визита;Стоимость;Следующий визит\n"
        "Иванова Мария;89161112233;Ольга;Стрижка;12.11.2026;1 500;10.12.2026 11:30\n",
    )
    assert plan.problems() == []
    commit_import(workspace.db, workspace.settings, plan)
    [maria] = find_client_ids(workspace.db, ClientQuery())
    [visit] = workspace.purchases.list_for(maria)
    assert visit.data.date == date(2026, 11, 12)
    assert [(i.name, i.price) for i in visit.data.items] == [("Стрижка", Decimal("1500"))]
    assert reminders(workspace) == [
        ("Иванова Мария", datetime(2026, 12, 10, 11, 30), "Следующий визит", ReminderKind.MEETING)
    ]


def test_a_call_a_note_asks_for_on_a_day_to_come_is_a_reminder(
    workspace: Workspace, tmp_path: Path
) -> None:
    # A sheet without a «Перезвонить» column keeps the calls in its notes: «перезвонить
    # 15.12 насчёт заказа» stayed a line of the notes, and nothing reminded of the call.
    plan = planned(
        workspace,
        tmp_path / "clients.csv",
        "ФИО;Телефон;Примечание\n"
        "Петров Иван;+7 916 222-33-44;перезвонить 15.12.2026 насчёт заказа\n"
        "Сидоров Олег;+7 916 333-44-55;Аллергия на лак. Позвонить 10.01 в 11:00, про запись\n"
        "Козлова Анна;+7 916 444-55-66;перезвонить 03.03.2026\n"  # gone by
        "Белова Нина;+7 916 666-77-88;Перезвонить 01.12.2026. Потом выслать счёт\n"
        "Орлов Пётр;+7 916 555-66-77;не звонить до 20.12, звонить после 18\n",
    )
    assert plan.problems() == []
    assert plan.counts()["reminders"] == 3
    commit_import(workspace.db, workspace.settings, plan)
    assert reminders(workspace) == [
        # A full stop after the day ends the sentence; it is no part of the date.
        ("Белова Нина", datetime(2026, 12, 1, 10, 0), "Позвонить", ReminderKind.CALL),
        ("Петров Иван", datetime(2026, 12, 15, 10, 0), "Позвонить", ReminderKind.CALL),
        ("Сидоров Олег", datetime(2027, 1, 10, 11, 0), "Позвонить", ReminderKind.CALL),
    ]
    [petrov] = find_client_ids(workspace.db, ClientQuery(search="Петров"))
    [call] = workspace.reminders.list_for(petrov)
    assert call.data.note == "насчёт заказа"
    # The note itself stays as it was written.
    assert cards_by_name(workspace)["Петров Иван"].notes == "перезвонить 15.12.2026 насчёт заказа"


def test_a_day_to_call_column_wins_over_a_note_asking_for_a_call(
    workspace: Workspace, tmp_path: Path
) -> None:
    imported(
        workspace,
        tmp_path / "clients.csv",
        "ФИО;Телефон;Примечание;Перезвонить\n"
        "Петров Иван;+7 916 222-33-44;перезвонить 15.12.2026;20.12.2026\n",
    )
    assert reminders(workspace) == [
        ("Петров Иван", datetime(2026, 12, 20, 10, 0), "Перезвонить", ReminderKind.CALL),
    ]


def test_a_task_beside_its_day_is_a_reminder_titled_with_the_task(
    workspace: Workspace, tmp_path: Path
) -> None:
    # A list of what to do with each client: «Задача» and «Срок» were two lines of the
    # notes, and the day came with nothing to remind of it. A task's first word says
    # whether it is a call, a visit or a greeting; a task done, or of a day gone by, is
    # history, kept in the notes.
    plan = planned(
        workspace,
        tmp_path / "tasks.csv",
        "Клиент;Телефон;Задача;Срок;Статус задачи\n"
        "Иванова Анна;+79161234567;Отправить каталог;15.12.2026;Активная\n"
        "Петров Олег;89161234568;Позвонить насчёт оплаты;10.12.2026 15:00;\n"
        "Сидорова Ира;89161234569;Поздравить с юбилеем;20.12.2026;\n"
        "Котова Анна;89161234560;Забрать образцы;01.11.2026;\n"
        "Зуев Пётр;89161234561;Выслать счёт;;\n"
        "Орлов Ян;89161234562;Выслать договор;18.12.2026;Выполнена\n",  # done already
    )
    assert plan.problems() == []
    assert plan.counts()["reminders"] == 3
    commit_import(workspace.db, workspace.settings, plan)
    assert reminders(workspace) == [
        ("Иванова Анна", datetime(2026, 12, 15, 10), "Отправить каталог", ReminderKind.TASK),
        ("Петров Олег", datetime(2026, 12, 10, 15), "Позвонить насчёт оплаты", ReminderKind.CALL),
        ("Сидорова Ира", datetime(2026, 12, 20, 10), "Поздравить с юбилеем",
         ReminderKind.CONGRATULATE),
    ]  # fmt: skip
    cards = cards_by_name(workspace)
    # «Активная» is the task's, not the client's stage; what has no day to come stays.
    assert (cards["Иванова Анна"].status.value, cards["Иванова Анна"].notes) == (
        "new", "Статус задачи: Активная",
    )  # fmt: skip
    assert cards["Котова Анна"].notes == "Задача: Забрать образцы\nСрок: 01.11.2026"
    assert cards["Зуев Пётр"].notes == "Задача: Выслать счёт"
    assert cards["Орлов Ян"].notes.splitlines() == [
        "Задача: Выслать договор", "Статус задачи: Выполнена", "Срок: 18.12.2026",
    ]  # fmt: skip


def test_a_crms_next_step_in_words_beside_its_day_is_the_reminders_title() -> None:
    # «Следующий шаг: Отправить КП» was read as a day to call, and kept in the notes.
    headers = ["Клиент", "Телефон", "Следующий шаг", "Дата следующего шага"]
    rows = [["Иванова Анна", "+79161234567", "Отправить КП", "15.12.2026"]] * 2
    assert propose_mapping(headers, rows)[2:] == [Target.TASK, Target.NEXT_CONTACT]
    # A next step of days is the day itself, as before; a task beside a sale keeps its
    # bare «Дата» the sale's.
    dated = [["Иванова Анна", "+79161234567", "15.12.2026", ""]] * 2
    assert propose_mapping(headers, dated)[2] is Target.NEXT_CONTACT
    sales = ["Дата", "Клиент", "Товар", "Сумма", "Задача"]
    sale = [["01.11.2026", "Иванова Анна", "Платье", "4500", "Подшить"]] * 2
    assert propose_mapping(sales, sale)[0] is Target.PURCHASE_DATE
    # A CRM's «Ближайшая задача» of days is the day of the task its «Название задачи» names.
    crm = ["Контакт", "Телефон", "Ближайшая задача", "Название задачи"]
    tasks = [["Иванова Анна", "+79161234567", "15.12.2026 10:00", "Отправить КП"]] * 2
    assert propose_mapping(crm, tasks)[2:] == [Target.NEXT_CONTACT, Target.TASK]


def test_a_long_task_is_the_reminders_note_under_its_shortened_title(
    workspace: Workspace, tmp_path: Path
) -> None:
    task = "Отправить каталог весенней коллекции, прайс опта и образцы тканей " * 3
    imported(
        workspace,
        tmp_path / "tasks.csv",
        f"Клиент;Телефон;Задача;Срок\nИванова Анна;+79161234567;{task.strip()};15.12.2026\n",
    )
    [(_, _, title, _)] = reminders(workspace)
    assert len(title) == 100 and title.endswith("…")
    [client] = find_client_ids(workspace.db, ClientQuery())
    [reminder] = workspace.reminders.list_for(client)
    assert reminder.data.note == task.strip()


def test_a_call_a_sales_comment_asks_for_is_a_reminder_of_the_sale(
    workspace: Workspace, tmp_path: Path
) -> None:
    # A sales book's «Комментарий» is the sale's, and «перезвонить 15.12, когда придёт
    # размер M» stayed there alone: the call was in no calendar. Under «skip» (the card
    # left as it is) the sale comes in, and so does its call.
    workspace.clients.create(person("Иванова", "Анна", phones=("+79161234567",)))
    path = tmp_path / "sales.csv"
    path.write_text(
        "Дата;Клиент;Телефон;Товар;Сумма;Комментарий\n"
        "01.11.2026;Иванова Анна;+79161234567;Платье;4500;перезвонить 15.12, когда придёт M\n"
        "05.11.2026;Петров Олег;+79161234568;Ремень;900;упаковать\n",
        encoding="utf-8",
    )
    plan = plan_for(workspace, path, DuplicateRule.SKIP)
    assert plan.counts()["reminders"] == 1
    commit_import(workspace.db, workspace.settings, plan)
    assert reminders(workspace) == [
        ("Иванова Анна", datetime(2026, 12, 15, 10, 0), "Позвонить", ReminderKind.CALL),
    ]
    [anna] = find_client_ids(workspace.db, ClientQuery(search="Иванова"))
    [sale] = workspace.purchases.list_for(anna)
    assert sale.data.comment == "перезвонить 15.12, когда придёт M"  # kept as written


def test_each_column_of_days_to_come_is_a_reminder_of_its_own(
    workspace: Workspace, tmp_path: Path
) -> None:
    # A vet's list: the second column of days went to the notes, and the visit booked for
    # next month came with nothing to remind of it. The soonest is the one a client
    # written twice keeps (see test_a_client_written_twice_is_called_at_the_sooner_day).
    plan = planned(
        workspace,
        tmp_path / "vet.csv",
        "Владелец;Телефон;Кличка;Следующая прививка;Следующий визит\n"
        "Иванова Анна;+79161234567;Барсик;10.11.2027;15.12.2026\n"
        "Петров Олег;+79161234568;Шарик;01.06.2027;\n",
    )
    assert plan.mapping[3:] == [Target.NEXT_CONTACT, Target.NEXT_CONTACT]
    assert plan.counts()["reminders"] == 3
    commit_import(workspace.db, workspace.settings, plan)
    assert reminders(workspace) == [
        ("Иванова Анна", datetime(2026, 12, 15, 10), "Следующий визит", ReminderKind.MEETING),
        ("Иванова Анна", datetime(2027, 11, 10, 10), "Следующая прививка",
         ReminderKind.MEETING),
        ("Петров Олег", datetime(2027, 6, 1, 10), "Следующая прививка", ReminderKind.MEETING),
    ]  # fmt: skip
    assert all(card.notes == "" for card in cards_by_name(workspace).values())


def test_a_reminder_in_words_beside_its_day_is_the_reminders_title(
    workspace: Workspace, tmp_path: Path
) -> None:
    # «Напоминание» took the day to call and held words: no reminder came of either
    # column, and the day went to the notes.
    imported(
        workspace,
        tmp_path / "reminders.csv",
        "ФИО;Телефон;Напоминание;Дата напоминания\n"
        "Иванова Анна;+79161234567;Поздравить с юбилеем;15.12.2026\n"
        "Петров Олег;+79161234568;Позвонить насчёт заказа;20.12.2026\n",
    )
    assert reminders(workspace) == [
        ("Иванова Анна", datetime(2026, 12, 15, 10), "Поздравить с юбилеем",
         ReminderKind.CONGRATULATE),
        ("Петров Олег", datetime(2026, 12, 20, 10), "Позвонить насчёт заказа",
         ReminderKind.CALL),
    ]  # fmt: skip


def test_a_task_titles_the_day_beside_it_not_the_days_to_call(
    workspace: Workspace, tmp_path: Path
) -> None:
    # Beside a «Перезвонить», the task is its «Срок»'s; a task done takes only its own
    # day's reminder away.
    imported(
        workspace,
        tmp_path / "tasks.csv",
        "Клиент;Телефон;Перезвонить;Задача;Срок;Выполнено\n"
        "Иванова Анна;+79161234567;10.12.2026;Отправить каталог;15.12.2026;\n"
        "Петров Олег;+79161234568;12.12.2026;Выслать договор;18.12.2026;да\n",
    )
    assert reminders(workspace) == [
        ("Иванова Анна", datetime(2026, 12, 10, 10), "Перезвонить", ReminderKind.CALL),
        ("Иванова Анна", datetime(2026, 12, 15, 10), "Отправить каталог", ReminderKind.TASK),
        ("Петров Олег", datetime(2026, 12, 12, 10), "Перезвонить", ReminderKind.CALL),
    ]  # fmt: skip
    assert cards_by_name(workspace)["Петров Олег"].notes.splitlines() == [
        "Задача: Выслать договор", "Выполнено: да", "Срок: 18.12.2026",
    ]  # fmt: skip
