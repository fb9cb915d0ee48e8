"""Sales sheets that book days to come: a salon's log of visits, a banquet hall's events, a
photo studio's shoots. A sale of a day still to come is a reminder on that day (the base
keeps no purchase ahead of today): it had been refused as «in the future», its service,
sum and notes lost with it but for the problem named."""

from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path

import pytest

from clientbase.db.enums import InteractionKind, PaymentState, PurchaseStatus, ReminderKind
from clientbase.exchange.header import Target, propose_mapping
from clientbase.services.booked_sales import hour_of
from clientbase.services.calendar import items_between
from clientbase.services.client_query import ClientQuery, find_client_ids
from clientbase.services.import_plan import plan_import, read_plan_source
from clientbase.services.import_undo import undo_import
from clientbase.services.importing import commit_import
from clientbase.services.planned_rows import DuplicateRule, ImportPlan
from clientbase.services.purchases import PurchaseRecord
from clientbase.services.reminders import ReminderInput
from clientbase.services.workspace import Workspace
from tests.conftest import person
from tests.test_services.test_import_reminders import planned
from tests.test_services.test_importing import TODAY, plan_for, write_sheet
from tests.test_services.test_sales_book import ids_by_last_name

# TODAY is 22 November 2026 (tests.test_services.test_importing).
VISITS = """Дата;Время;Клиент;Телефон;Услуга;Сотрудник;Стоимость;Статус визита
18.11.2026;11:00;Смирнова Анна;+7 916 123-45-67;Стрижка женская;Ольга;1800;Пришёл
10.12.2026;12:00;Смирнова Анна;+7 916 123-45-67;Окрашивание;Ольга;4500;Ожидание клиента
10.12.2026;12:00;Смирнова Анна;+7 916 123-45-67;Укладка;Ольга;1000;Ожидание клиента
15.12.2026;10:30;Васильев Игорь;+7 903 111-22-33;Стрижка мужская;Ольга;1200;Подтвердил
"""


def committed(workspace: Workspace, path: Path, text: str) -> int:
    """The sheet imported, no value left out; the batch's id."""
    plan = planned(workspace, path, text)
    assert plan.problems() == []
    return commit_import(workspace.db, workspace.settings, plan)


def booked(workspace: Workspace, last_name: str) -> list[tuple[datetime, str, str]]:
    """The client's reminders, each a meeting: when, what, its note."""
    client_id = ids_by_last_name(workspace)[last_name]
    reminders = [r.data for r in workspace.reminders.list_for(client_id)]
    assert {r.kind for r in reminders} <= {ReminderKind.MEETING}
    return sorted((r.due_at, r.title, r.note) for r in reminders)


def planned_in(workspace: Workspace, path: Path, text: str, language: str) -> ImportPlan:
    """The plan of a CSV written as given, its records' words in `language`."""
    path.write_text(text, encoding="utf-8")
    table, header, mapping = read_plan_source(path)
    return plan_import(
        workspace.db, workspace.settings, table, header, mapping, path.name,
        DuplicateRule.MERGE, TODAY, language=language,
    )  # fmt: skip


def sales_of(workspace: Workspace, last_name: str) -> list[PurchaseRecord]:
    return workspace.purchases.list_for(ids_by_last_name(workspace)[last_name])


def test_a_salons_booked_visits_are_reminders_at_their_day_and_hour(
    workspace: Workspace, tmp_path: Path
) -> None:
    path = tmp_path / "visits.csv"
    committed(workspace, path, VISITS)
    client_id = ids_by_last_name(workspace)["Смирнова"]
    [sale] = workspace.purchases.list_for(client_id)
    assert [item.name for item in sale.data.items] == ["Стрижка женская"]
    note = "Стоимость: {}\nСтатус визита: {}\nСотрудник: Ольга"
    waits = note.format(4500, "Ожидание клиента"), note.format(1000, "Ожидание клиента")
    assert booked(workspace, "Смирнова") == [
        (datetime(2026, 12, 10, 12, 0), "Окрашивание", waits[0]),
        (datetime(2026, 12, 10, 12, 0), "Укладка", waits[1]),
    ]
    confirmed = note.format(1200, "Подтвердил")
    assert booked(workspace, "Васильев") == [
        (datetime(2026, 12, 15, 10, 30), "Стрижка мужская", confirmed)
    ]
    assert sales_of(workspace, "Васильев") == []
    # The same log imported again adds no booking twice.
    assert planned(workspace, path, VISITS).counts()["reminders"] == 3
    committed(workspace, path, VISITS)
    assert len(booked(workspace, "Смирнова")) == 2


def test_the_calendar_shows_the_bookings_and_undo_takes_them_back(
    workspace: Workspace, tmp_path: Path
) -> None:
    anna = workspace.clients.create(person("Смирнова", "Анна", phones=("+7 916 123-45-67",)))
    batch = committed(workspace, tmp_path / "visits.csv", VISITS)
    day = items_between(workspace.db, date(2026, 12, 10), date(2026, 12, 11))
    assert [(item.title, item.client_name) for item in day] == [
        ("Окрашивание", "Смирнова Анна"),
        ("Укладка", "Смирнова Анна"),
    ]
    undo_import(workspace.db, workspace.settings, batch)
    assert find_client_ids(workspace.db, ClientQuery()) == [anna]
    assert workspace.reminders.list_for(anna) == []
    assert workspace.purchases.list_for(anna) == []


def test_a_banquet_halls_events_are_sales_done_and_days_to_come(
    workspace: Workspace, tmp_path: Path
) -> None:
    committed(
        workspace,
        tmp_path / "banquets.csv",
        "Заказчик;Телефон;Дата мероприятия;Тип мероприятия;Гостей;Сумма;Предоплата\n"
        "Иванова Мария;+7 916 100-20-30;14.11.2026;Свадьба;60;250000;100000\n"
        "Петров Игорь;+7 903 200-30-40;20.02.2027;Юбилей;30;120000;30000\n",
    )
    [sale] = sales_of(workspace, "Иванова")
    assert [item.name for item in sale.data.items] == ["Свадьба"]
    assert (sale.data.total, sale.data.payment_state) == (Decimal(250000), PaymentState.PARTIAL)
    assert sale.data.comment == "Гостей: 60\nПредоплата: 100000"
    assert booked(workspace, "Петров") == [
        (
            datetime(2027, 2, 20, 10, 0),
            "Юбилей",
            "Сумма: 120000\nОплачено частично\nГостей: 30\nПредоплата: 30000",
        )
    ]


def test_an_event_agencys_events_are_sales_and_bookings(
    workspace: Workspace, tmp_path: Path
) -> None:
    # «Мероприятие», «Дата» and «Бюджет» were lines of the client's notes.
    committed(
        workspace,
        tmp_path / "events.csv",
        "Заказчик;Телефон;Мероприятие;Дата;Бюджет;Статус\n"
        "Смирнова Ирина;+7 916 333-44-55;День рождения;10.11.2026;80000;Проведено\n"
        "Белова Анна;+7 495 111-22-33;Корпоратив;18.12.2026;350000;Предоплата\n",
    )
    [party] = sales_of(workspace, "Смирнова")
    assert (party.data.items[0].name, party.data.status) == ("День рождения", PurchaseStatus.DONE)
    assert booked(workspace, "Белова") == [
        (datetime(2026, 12, 18, 10, 0), "Корпоратив", "Бюджет: 350000\nСтатус: Предоплата")
    ]


def test_a_photo_studios_shoots_are_its_sales_of_each_kind(
    workspace: Workspace, tmp_path: Path
) -> None:
    committed(
        workspace,
        tmp_path / "shoots.csv",
        "Клиент;Телефон;Дата съёмки;Тип съёмки;Фотограф;Стоимость;Предоплата;Остаток;Статус\n"
        "Кузнецова Мария;+7 903 555-12-34;14.11.2026;Семейная;Алина;8000;3000;5000;Сдано\n"
        "Соколова Елена;8 (916) 222-33-44;20.11.2026;Love story;Алина;12000;12000;0;Обработка\n",
    )
    ids = ids_by_last_name(workspace)
    [family] = sales_of(workspace, "Кузнецова")
    [story] = sales_of(workspace, "Соколова")
    assert [(s.data.items[0].name, s.data.status) for s in (family, story)] == [
        ("Семейная", PurchaseStatus.DONE),
        ("Love story", PurchaseStatus.NEW),
    ]
    assert family.data.payment_state is PaymentState.PARTIAL
    assert workspace.clients.get(ids["Кузнецова"]).data.notes == ""


@pytest.mark.parametrize(
    ("day", "status"),
    [
        ("10.12.2026", "Пришёл"),  # a visit to come cannot have been made
        ("10.12.2026", "Не пришёл"),
        ("10.12.2029", "Ожидание клиента"),  # farther ahead than anyone books: mistyped
    ],
)
def test_a_day_to_come_that_is_no_booking_is_still_named(
    workspace: Workspace, tmp_path: Path, day: str, status: str
) -> None:
    plan = planned(
        workspace,
        tmp_path / "visits.csv",
        "Дата;Клиент;Телефон;Услуга;Стоимость;Статус визита\n"
        f"{day};Смирнова Анна;+7 916 123-45-67;Маникюр;1500;{status}\n",
    )
    assert [(p.value, p.code) for p in plan.problems()] == [(day, "date_in_future")]
    assert plan.counts()["reminders"] == 0


def test_a_guest_houses_book_of_stays_is_sales_and_stays_to_come(
    workspace: Workspace, tmp_path: Path
) -> None:
    # Each guest came once: the day of check-in alone shows the sheet a book of stays.
    committed(
        workspace,
        tmp_path / "stays.csv",
        "Гость;Телефон;Заезд;Выезд;Номер;Ночей;Сумма\n"
        "Волков Дмитрий;+7 905 111-22-33;01.11.2026;04.11.2026;12;3;10500\n"
        "Зайцева Анна;+7 916 765-43-21;10.01.2027;11.01.2027;5;1;3500\n",
    )
    ids = ids_by_last_name(workspace)
    [stay] = sales_of(workspace, "Волков")
    assert (stay.data.date, stay.data.total) == (date(2026, 11, 1), Decimal(10500))
    assert stay.data.comment == "Выезд: 04.11.2026\nНомер: 12\nНочей: 3"
    assert workspace.clients.get(ids["Волков"]).data.notes == ""
    assert booked(workspace, "Зайцева") == [
        (
            datetime(2027, 1, 10, 10, 0),
            "Заезд",
            "Сумма: 3500\nВыезд: 11.01.2027\nНомер: 5\nНочей: 1",
        )
    ]


def test_the_kind_of_a_service_beside_its_day_is_what_was_sold() -> None:
    headers = ["ФИО", "Телефон", "Дата уборки", "Вид уборки", "Стоимость", "Клинер"]
    row = ["Орлова Наталья", "+7 916 300-40-50", "12.11.2026", "Генеральная", 7560, "Марина"]
    assert propose_mapping(headers, [row]) == [
        Target.FULL_NAME, Target.PHONE, Target.PURCHASE_DATE, Target.ITEM, Target.AMOUNT,
        Target.SERVED_BY,
    ]  # fmt: skip
    # A kind of another thing than the day's is the client's: a client list stays one.
    headers = ["ФИО", "Телефон", "Дата регистрации", "Тип клиента", "Сумма"]
    row = ["Орлова Наталья", "+7 916 300-40-50", "12.11.2026", "Оптовый", 7560]
    assert propose_mapping(headers, [row])[2:] == [Target.CLIENT_SINCE, Target.NOTES, Target.NOTES]


ACUITY = (
    "Start Time,End Time,First Name,Last Name,Phone,Email,Type,Calendar,Appointment Price,"
    "Paid?,Amount Paid Online,Certificate Code,Notes,Date Scheduled,Label,Scheduled By,"
    "Appointment ID\n"
    '"November 14, 2026 10:00","November 14, 2026 11:00",Anna,Smith,+1 415 555 0101,'
    'anna@example.com,Haircut,Jane,60.00,yes,60.00,,,"November 1, 2026 09:12",,,1001\n'
    '"December 12, 2026 14:30","December 12, 2026 15:30",Bob,Jones,+1 415 555 0102,'
    'bob@example.com,Color,Jane,120.00,no,0.00,,first visit,"November 20, 2026 18:40",,,1002\n'
)


def test_a_booking_programs_appointments_are_visits_sold_and_to_come(
    workspace: Workspace, tmp_path: Path
) -> None:
    # Every column had gone to the notes, the price as a day to call («appointment»).
    committed(workspace, tmp_path / "appointments.csv", ACUITY)
    ids = ids_by_last_name(workspace)
    [haircut] = sales_of(workspace, "Smith")
    assert (haircut.data.date, haircut.data.number, haircut.total) == (
        date(2026, 11, 14), "1001", Decimal("60.00"),
    )  # fmt: skip
    assert [item.name for item in haircut.data.items] == ["Haircut"]
    assert haircut.data.comment.splitlines()[0] == "Calendar: Jane"
    assert workspace.clients.get(ids["Smith"]).data.notes == ""
    [(due, title, note)] = booked(workspace, "Jones")
    assert (due, title) == (datetime(2026, 12, 12, 14, 30), "Color")
    # «Paid?: no»: the visit to come is not paid for yet.
    assert note.splitlines()[:3] == ["Appointment Price: 120.00", "Не оплачено", "№ 1002"]


def test_square_appointments_name_the_service_the_staff_and_the_hour(
    workspace: Workspace, tmp_path: Path
) -> None:
    # «Service» and «Staff» went to the client's notes, every «Accepted» was a status to
    # fix, and a booking's «2:30 PM» was no hour: it was reminded of at 10:00.
    committed(
        workspace,
        tmp_path / "bookings.csv",
        "Date,Time,Duration,Client,Phone,Email,Service,Staff,Price,Status,Location\n"
        "11/14/2026,10:00 AM,60 min,Anna Smith,(415) 555-0101,,Haircut,Jane Doe,$60.00,"
        "Accepted,Main St\n"
        "12/12/2026,2:30 PM,90 min,Bob Jones,(415) 555-0102,,Color,Jane Doe,$120.00,"
        "Accepted,Main St\n"
        "11/20/2026,4:00 PM,60 min,Carol White,(415) 555-0103,,Haircut,Tom Lee,$60.00,"
        "Cancelled by buyer,Main St\n",
    )
    [haircut] = sales_of(workspace, "Smith")
    assert [item.name for item in haircut.data.items] == ["Haircut"]
    assert haircut.data.comment.splitlines()[0] == "Staff: Jane Doe"
    [cancelled] = sales_of(workspace, "White")
    assert cancelled.data.status is PurchaseStatus.CANCELLED
    [(due, title, _)] = booked(workspace, "Jones")
    assert (due, title) == (datetime(2026, 12, 12, 14, 30), "Color")


@pytest.mark.parametrize(("column", "value"), [("Кассир", "Ольга"), ("Товар", "Плед")])
def test_a_day_to_come_on_a_tills_log_or_a_book_of_goods_is_still_named(
    workspace: Workspace, tmp_path: Path, column: str, value: str
) -> None:
    # A till rings up sales made, a shop sells its goods: a day to come is mistyped there.
    plan = planned(
        workspace,
        tmp_path / "till.csv",
        f"Дата;{column};Клиент;Телефон;Сумма\n10.12.2026;{value};Смирнова Анна;89161234567;1500\n",
    )
    assert [(p.value, p.code) for p in plan.problems()] == [("10.12.2026", "date_in_future")]
    assert plan.counts()["reminders"] == 0


def test_a_booking_comes_in_beside_a_reminder_the_client_has_that_day(
    workspace: Workspace, tmp_path: Path
) -> None:
    # Taken for the same reminder imported again, the booking had been left out.
    anna = workspace.clients.create(person("Смирнова", "Анна", phones=("+7 916 123-45-67",)))
    call = ReminderInput(
        datetime(2026, 12, 10, 9, 0), ReminderKind.CALL, "Позвонить", client_id=anna
    )
    workspace.reminders.add(call)
    committed(workspace, tmp_path / "visits.csv", VISITS)
    reminders = sorted((r.data.due_at, r.data.title) for r in workspace.reminders.list_for(anna))
    assert [title for _, title in reminders] == ["Позвонить", "Окрашивание", "Укладка"]


def test_yclients_records_keep_each_visits_number_and_source_with_it(
    workspace: Workspace, tmp_path: Path
) -> None:
    # «ID записи» and «Источник записи» were lines of the client's notes, once a visit, and
    # «Клиент подтвердил» a status to fix.
    committed(
        workspace,
        tmp_path / "records.csv",
        "ID записи;Дата;Время;Сотрудник;Услуги;Клиент;Телефон;Стоимость;Статус;Источник записи\n"
        "88123;18.11.2026;11:00;Ольга;Стрижка;Анна Смирнова;+79161234567;1800;Клиент пришел;"
        "Онлайн-запись\n"
        "88177;12.12.2026;16:30;Ирина;Маникюр;Анна Смирнова;+79161234567;1500;Клиент подтвердил;"
        "Администратор\n",
    )
    anna = ids_by_last_name(workspace)["Смирнова"]
    assert workspace.clients.get(anna).data.notes == ""
    [visit] = workspace.purchases.list_for(anna)
    assert visit.data.number == "88123"
    assert "Источник записи: Онлайн-запись" in visit.data.comment.splitlines()
    [(_, title, note)] = booked(workspace, "Смирнова")
    assert title == "Маникюр"
    assert note.splitlines()[:3] == ["Стоимость: 1500", "Статус: Клиент подтвердил", "№ 88177"]


def test_a_calendly_export_is_its_invitees_visits(workspace: Workspace, tmp_path: Path) -> None:
    # It was refused whole: no column held the clients' names («Invitee Name»).
    committed(
        workspace,
        tmp_path / "events.csv",
        "Invitee Name,Invitee Email,Text Reminder Number,Event Type Name,Start Date & Time,"
        "End Date & Time,Canceled,Cancellation reason\n"
        "Anna Smith,anna@example.com,+1 415 555 0101,Consultation,2026-11-14 10:00,"
        "2026-11-14 10:30,false,\n"
        "Bob Jones,bob@example.com,+1 415 555 0102,Session,2026-12-12 14:30,2026-12-12 15:30,"
        "false,\n"
        "Carol White,carol@example.com,,Consultation,2026-11-20 09:00,2026-11-20 09:30,true,"
        "conflict\n",
    )
    [anna] = sales_of(workspace, "Smith")
    assert (anna.data.items[0].name, anna.data.status) == ("Consultation", PurchaseStatus.DONE)
    [carol] = sales_of(workspace, "White")
    assert carol.data.status is PurchaseStatus.CANCELLED
    assert "Cancellation reason: conflict" in carol.data.comment
    assert [title for _, title, _ in booked(workspace, "Jones")] == ["Session"]


def test_a_visit_log_says_in_yes_or_no_which_visits_were_called_off(
    workspace: Workspace, tmp_path: Path
) -> None:
    # «Отмена: да» was a line of the client's notes, and the visit counted as one made.
    committed(
        workspace,
        tmp_path / "visits.csv",
        "Дата;Клиент;Телефон;Услуга;Стоимость;Отмена\n"
        "01.11.2026;Иванова Анна;89161112233;Стрижка;1500;да\n"
        "05.11.2026;Петрова Ольга;89162223344;Маникюр;1200;нет\n",
    )
    ids = ids_by_last_name(workspace)
    [called_off] = sales_of(workspace, "Иванова")
    [made] = sales_of(workspace, "Петрова")
    assert (called_off.data.status, made.data.status) == (
        PurchaseStatus.CANCELLED, PurchaseStatus.DONE,
    )  # fmt: skip
    assert workspace.clients.get(ids["Иванова"]).data.notes == ""


def test_a_fresha_appointments_export_is_its_clients_visits(
    workspace: Workspace, tmp_path: Path
) -> None:
    # It was a client list: every visit a block of the client's notes, and «Online» under
    # «Channel» a way to reach the client unknown, named on every row.
    committed(
        workspace,
        tmp_path / "appointments.csv",
        "Ref #,Channel,Scheduled Date,Time,Duration,Location,Client,Service,Team Member,Price,"
        "Status\n"
        "A1001,Online,2026-11-14,10:00,60,Main,Anna Smith,Haircut,Jane,60.00,Completed\n"
        "A1002,Offline,2026-12-12,14:30,90,Main,Bob Jones,Color,Jane,120.00,Booked\n",
    )
    ids = ids_by_last_name(workspace)
    [haircut] = sales_of(workspace, "Smith")
    assert (haircut.data.number, haircut.data.items[0].name) == ("A1001", "Haircut")
    assert "Channel: Online" in haircut.data.comment.splitlines()
    assert workspace.clients.get(ids["Smith"]).data.notes == ""
    [(due, title, _)] = booked(workspace, "Jones")
    assert (due, title) == (datetime(2026, 12, 12, 14, 30), "Color")


@pytest.mark.parametrize(
    ("said", "hour", "kept"),
    [
        ("12:00", time(12, 0), False),
        ("2:30 PM", time(14, 30), False),
        ("12:15 am", time(0, 15), False),
        ("12:00–13:30", time(12, 0), True),  # a span: its end stays in the note
        ("с утра", None, True),
    ],
)
def test_a_bookings_hour_is_read_from_its_own_column(
    said: str, hour: time | None, kept: bool
) -> None:
    found = hour_of([said], ["Время"], [Target.SALE_NOTE])
    assert (found[0] if found else None) == hour
    assert (found is None or found[1] == "") is kept


@pytest.mark.parametrize(("language", "unpaid"), [("ru", "Не оплачено"), ("en", "Not paid")])
def test_a_lesson_to_come_says_whether_it_is_paid_for(
    workspace: Workspace, tmp_path: Path, language: str, unpaid: str
) -> None:
    plan = planned_in(
        workspace,
        tmp_path / "lessons.csv",
        "Ученик;Предмет;Дата занятия;Время;Стоимость;Оплачено\n"
        "Кузнецов Артём;Математика;08.12.2026;16:00;1500;нет\n",
        language,
    )
    [row] = plan.rows
    assert [r.note for r in row.reminders()] == [f"Стоимость: 1500\n{unpaid}"]


def test_a_book_of_visits_kept_day_by_day_gives_each_visit_its_days(
    workspace: Workspace, tmp_path: Path
) -> None:
    # Each day was a row without a name, each visit a client with its service and price
    # in the notes: the book has no column of days.
    path = write_sheet(
        tmp_path / "book.xlsx",
        [
            ["Время", "Клиент", "Телефон", "Услуга", "Цена"],
            [datetime(2026, 11, 18)],
            ["10:00", "Иванова Анна", "89161112233", "Стрижка", 1500],
            ["12:00", "Петрова Ольга", "89162223344", "Маникюр", 1200],
            ["Чт, 10.12.2026"],
            ["11:00", "Иванова Анна", "89161112233", "Окрашивание", 4500],
        ],
    )
    plan = plan_for(workspace, path)
    assert plan.problems() == [] and plan.counts()["error"] == 0
    commit_import(workspace.db, workspace.settings, plan)
    [haircut] = sales_of(workspace, "Иванова")
    assert (haircut.data.date, haircut.data.items[0].name) == (date(2026, 11, 18), "Стрижка")
    assert [s.data.date for s in sales_of(workspace, "Петрова")] == [date(2026, 11, 18)]
    assert booked(workspace, "Иванова") == [
        (datetime(2026, 12, 10, 11, 0), "Окрашивание", "Цена: 4500")
    ]


CALLED_OFF = """Дата;Время;Клиент;Телефон;Услуга;Мастер;Стоимость;Статус
20.11.2026;10:00;Иванова Анна;+7 916 123-45-67;Маникюр;Ольга;1500;Пришёл
15.12.2026;12:00;Иванова Анна;+7 916 123-45-67;Педикюр;Ольга;2000;Отменена
18.12.2026;14:00;Петрова Мария;+7 916 123-45-68;Маникюр;Ольга;1500;Ожидание
"""


def test_a_visit_to_come_called_off_is_kept_in_the_clients_history(
    workspace: Workspace, tmp_path: Path
) -> None:
    # It was named as a sale dated ahead of today, which nothing in the preview could mend,
    # and left out of the base.
    path = tmp_path / "visits.csv"
    plan = planned(workspace, path, CALLED_OFF)
    assert plan.problems() == []
    assert plan.counts()["calls"] == 1
    batch = commit_import(workspace.db, workspace.settings, plan)
    anna = ids_by_last_name(workspace)["Иванова"]
    # Neither a sale nor a visit to remind of: the day it was booked for, in the history.
    assert [p.data.status for p in sales_of(workspace, "Иванова")] == [PurchaseStatus.DONE]
    assert booked(workspace, "Иванова") == []
    assert [
        (entry.data.happened_at, entry.data.kind, entry.data.text)
        for entry in workspace.interactions.list_for(anna)
    ] == [
        (
            datetime(2026, 12, 15, 12, 0), InteractionKind.MEETING,
            "Запись отменена: Педикюр\nСтоимость: 2000\nМастер: Ольга",
        )
    ]  # fmt: skip
    assert [title for _, title, _ in booked(workspace, "Петрова")] == ["Маникюр"]
    # The same log imported again adds it no second time; undoing the import takes it back.
    assert planned(workspace, path, CALLED_OFF).counts()["calls"] == 1
    again = committed(workspace, path, CALLED_OFF)
    assert len(workspace.interactions.list_for(anna)) == 1
    undo_import(workspace.db, workspace.settings, again)
    undo_import(workspace.db, workspace.settings, batch)
    assert find_client_ids(workspace.db, ClientQuery()) == []


def test_a_book_naming_the_client_once_keeps_the_visits_booked_and_called_off_under_it(
    workspace: Workspace, tmp_path: Path
) -> None:
    # Under the name written once, a visit still to come was left out without a word, and
    # one called off under it was named a row without a name.
    path = tmp_path / "visits.csv"
    committed(
        workspace,
        path,
        "Клиент;Телефон;Дата;Услуга;Сумма;Статус\n"
        "Иванова Анна;+79161234567;18.11.2026;Стрижка;1500;Пришла\n"
        ";;10.12.2026;Маникюр;1200;Записана\n"
        ";;15.12.2026;Педикюр;2000;Отменена\n"
        ";;20.12.2026;Окрашивание;3000;Записана\n"
        "Петров Олег;+79161234568;19.11.2026;Стрижка;700;Пришел\n",
    )
    assert [p.data.date for p in sales_of(workspace, "Иванова")] == [date(2026, 11, 18)]
    assert [(due.day, title) for due, title, _ in booked(workspace, "Иванова")] == [
        (10, "Маникюр"), (20, "Окрашивание"),
    ]  # fmt: skip
    anna = ids_by_last_name(workspace)["Иванова"]
    [entry] = workspace.interactions.list_for(anna)
    assert entry.data.text.splitlines()[0] == "Запись отменена: Педикюр"
    assert booked(workspace, "Петров") == []


def test_a_client_of_the_base_left_alone_still_gets_the_visits_its_sales_book(
    workspace: Workspace, tmp_path: Path
) -> None:
    # Under «leave the card as it is» the sales came in and their visits booked or called
    # off did not, though the preview showed them; nor may the card's «Перезвонить».
    anna = workspace.clients.create(person("Смирнова", "Анна", phones=("+7 916 123-45-67",)))
    path = tmp_path / "visits.csv"
    path.write_text(
        "Дата;Время;Клиент;Телефон;Услуга;Стоимость;Статус;Перезвонить\n"
        "18.11.2026;11:00;Смирнова Анна;+7 916 123-45-67;Стрижка;1800;Пришёл;01.12.2026\n"
        "10.12.2026;12:00;Смирнова Анна;+7 916 123-45-67;Окрашивание;4500;Ожидание;\n"
        "15.12.2026;10:00;Смирнова Анна;+7 916 123-45-67;Педикюр;2000;Отменена;\n",
        encoding="utf-8",
    )
    table, header, mapping = read_plan_source(path)
    plan = plan_import(
        workspace.db, workspace.settings, table, header, mapping, path.name,
        DuplicateRule.SKIP, TODAY,
    )  # fmt: skip
    assert plan.problems() == []
    given = [(r.title, r.due_at.day) for row in plan.reminder_rows() for r in row.reminders()]
    assert given == [("Окрашивание", 10)]
    [first] = [row for row in plan.rows if row.line == 2]
    assert first.reminder is None  # the card's «Перезвонить», not shown on the row
    assert (plan.counts()["reminders"], plan.counts()["calls"]) == (1, 1)
    batch = commit_import(workspace.db, workspace.settings, plan)
    assert [p.data.date for p in workspace.purchases.list_for(anna)] == [date(2026, 11, 18)]
    assert [r.data.title for r in workspace.reminders.list_for(anna)] == ["Окрашивание"]
    [entry] = workspace.interactions.list_for(anna)
    assert entry.data.text.startswith("Запись отменена: Педикюр")
    assert workspace.clients.get(anna).data.phones[0].raw == "+7 916 123-45-67"
    undo_import(workspace.db, workspace.settings, batch)
    assert workspace.reminders.list_for(anna) == []
    assert workspace.interactions.list_for(anna) == []


def test_a_booking_called_off_by_yes_or_no_says_so_in_english(
    workspace: Workspace, tmp_path: Path
) -> None:
    plan = planned_in(
        workspace,
        tmp_path / "events.csv",
        "Invitee Name,Invitee Email,Event Type Name,Start Date & Time,End Date & Time,Canceled\n"
        "Anna Smith,anna@example.com,Consultation,2026-11-14 10:00,2026-11-14 10:30,false\n"
        "Bob Jones,bob@example.com,Session,2026-12-12 14:30,2026-12-12 15:30,true\n"
        "Carol White,carol@example.com,Consultation,2026-11-20 09:00,2026-11-20 09:30,true\n",
        "en",
    )
    assert plan.problems() == []
    commit_import(workspace.db, workspace.settings, plan)
    bob = ids_by_last_name(workspace)["Jones"]
    [entry] = workspace.interactions.list_for(bob)
    assert (entry.data.happened_at, entry.data.text) == (
        datetime(2026, 12, 12, 14, 30),
        "Booking called off: Session\nEnd Date & Time: 2026-12-12 15:30",
    )  # fmt: skip
    assert sales_of(workspace, "Jones") == [] and booked(workspace, "Jones") == []
