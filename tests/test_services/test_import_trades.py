"""Client books of trades other than a shop: a car service's log of visits, a clinic's or a
pawnshop's list with its clients' papers."""

from datetime import date
from decimal import Decimal
from pathlib import Path

from clientbase.db.enums import PaymentState, PurchaseStatus, ReminderKind
from clientbase.exchange.header import Target, propose_mapping
from clientbase.services.client_query import ClientQuery, find_client_ids
from clientbase.services.import_plan import plan_import, read_plan_source
from clientbase.services.workspace import Workspace
from tests.test_services.test_importing import plan_for
from tests.test_services.test_sales_book import committed, ids_by_last_name, one_client_and_sale

CAR_SERVICE = (
    "Клиент;Телефон;Автомобиль;Госномер;VIN;Пробег;Дата визита;Работы;Стоимость работ;"
    "Запчасти;Итого;Мастер\n"
    "Иванов Сергей;89161234567;Lada Vesta;А123ВС777;XTA21099012345678;125000;01.11.2026;"
    "Замена масла;1500;Масло 5W-40;4500;Петрович\n"
    "Иванов Сергей;89161234567;Lada Vesta;А123ВС777;XTA21099012345678;131000;20.11.2026;"
    "Замена колодок;2000;Колодки;5300;Михалыч\n"
)


def test_a_car_services_visits_are_its_clients_purchases(
    workspace: Workspace, tmp_path: Path
) -> None:
    # Each visit was a few lines of the client's notes («Работы: Замена масла», «Итого:
    # 4500», «Пробег: 125000»): «Работы» was no item, so the sheet was no sales book.
    committed(workspace, tmp_path / "visits.csv", CAR_SERVICE)
    [client] = find_client_ids(workspace.db, ClientQuery())
    card = workspace.clients.get(client).data
    # The car is the client's: said once however many visits name it.
    assert card.notes.splitlines() == [
        "Автомобиль: Lada Vesta", "Госномер: А123ВС777", "VIN: XTA21099012345678",
    ]  # fmt: skip
    visits = sorted(workspace.purchases.list_for(client), key=lambda p: p.data.date)
    # The total is «Итого», work and parts, not the work's cost the first sum column gave.
    assert [(p.data.items[0].name, p.total) for p in visits] == [
        ("Замена масла", Decimal("4500")), ("Замена колодок", Decimal("5300")),
    ]  # fmt: skip
    comment = visits[0].data.comment.splitlines()
    assert {"Пробег: 125000", "Стоимость работ: 1500", "Запчасти: Масло 5W-40"} <= set(comment)
    assert "Мастер: Михалыч" in visits[1].data.comment


def test_an_auto_parts_stores_part_is_the_item_sold(workspace: Workspace, tmp_path: Path) -> None:
    # The part's name was a line of the sale's comment, the item only its code.
    _, sale = one_client_and_sale(
        workspace,
        tmp_path / "parts.csv",
        "Дата;Клиент;Телефон;Автомобиль;Запчасть;Артикул;Кол-во;Цена;Сумма\n"
        "12.11.2026;Соколов Андрей;+7 916 222-11-00;Kia Rio 2017;Фильтр масляный;"
        "26300-35505;2;450;900\n",
    )
    assert [(i.name, i.quantity) for i in sale.data.items] == [
        ("Фильтр масляный (арт. 26300-35505)", Decimal(2))
    ]
    assert sale.data.comment == ""


def test_a_sales_first_sum_stays_its_total_beside_a_bare_total() -> None:
    # Only a part's cost («Стоимость работ») gives way to «Итого»: a «Сумма» beside it is
    # the sale's.
    headers = ["Дата", "Клиент", "Товар", "Сумма", "Итого"]
    rows = [["01.11.2026", "Иванова Анна", "Крем", "1500", "1500"]]
    mapping = propose_mapping(headers, rows)
    assert (mapping[3], mapping[4]) == (Target.AMOUNT, Target.SALE_NOTE)


def test_a_clients_papers_are_no_phones(workspace: Workspace, tmp_path: Path) -> None:
    # A СНИЛС «123-456-789 01» and a passport's «4510 123456» were taken for phones by their
    # digits, and every row of a clinic's list had three problems («not a phone number»).
    path = tmp_path / "patients.csv"
    path.write_text(
        "Пациент;Телефон;СНИЛС;Полис ОМС;Паспорт;Серия и номер паспорта\n"
        "Иванова Анна Петровна;+7 916 123-45-67;123-456-789 01;7700000012345678;4510 123456;"
        "4510 123456\n"
        "Петров Игорь;8 926 765 43 21;987-654-321 00;7700000087654321;4511 654321;4511 654321\n",
        encoding="utf-8",
    )
    plan = plan_for(workspace, path)
    assert plan.problems() == []
    anna = plan.rows[0].data
    assert anna is not None and [p.raw for p in anna.phones] == ["+7 916 123-45-67"]
    assert "СНИЛС: 123-456-789 01" in anna.notes and "Паспорт: 4510 123456" in anna.notes


def test_an_estate_agencys_agent_is_who_keeps_the_client() -> None:
    # «Агент», «Риелтор», «Куратор» were lines of the notes: the agency could not see whose
    # client each was.
    row = ["Смирнов Алексей", "+79211112233", "Ольга"]
    for staff in ("Агент", "Риелтор", "Куратор", "Педагог"):
        assert propose_mapping(["Клиент", "Телефон", staff], [row])[2] is Target.RESPONSIBLE
    # A web form's «User Agent» is the browser, no one of the shop.
    assert propose_mapping(["Клиент", "Телефон", "User Agent"], [row])[2] is Target.NOTES


def test_a_clinics_card_number_is_its_patients_code_not_a_discount_card() -> None:
    # «№ карты» beside «Пациент» is the medical card's number: the card had shown it as a
    # discount card. Beside «Клиент» it is still the shop's discount card.
    row = ["1001", "Соколова Анна", "+79211112233"]
    assert propose_mapping(["№ карты", "Пациент", "Телефон"], [row])[0] is Target.CLIENT_CODE
    assert propose_mapping(["№ карты", "Клиент", "Телефон"], [row])[0] is Target.LOYALTY_CARD


def test_a_groomers_visits_are_the_pet_owners_purchases(
    workspace: Workspace, tmp_path: Path
) -> None:
    # «Владелец» beside «Кличка» was taken for the shop's person who made the sale, so every
    # visit was a row without a name.
    card, visit = one_client_and_sale(
        workspace,
        tmp_path / "grooming.csv",
        "Дата визита;Владелец;Телефон;Кличка;Порода;Услуга;Стоимость;Мастер\n"
        "01.11.2026;Иванова Анна;+7 916 123-45-67;Бусинка;Йорк;Стрижка;2500;Ольга\n",
    )
    assert card.notes == "Порода: Йорк"
    assert [(p.name, p.position) for p in card.contact_persons] == [("Бусинка", "питомец")]
    assert (visit.data.items[0].name, visit.data.comment) == ("Стрижка", "Мастер: Ольга")


def test_a_vets_list_keeps_the_pets_birthday_off_its_owners_card(
    workspace: Workspace, tmp_path: Path
) -> None:
    # «Дата рождения питомца» was the owner's birthday (Анна, born 12.04.2019, to be
    # congratulated on her seventh), and «Следующая прививка» a line of the notes. The pet
    # is the card's contact person with its birthday, which the calendar lists.
    path = tmp_path / "pets.csv"
    path.write_text(
        "Владелец;Телефон;Кличка;Дата рождения питомца;Последняя прививка;Следующая прививка\n"
        "Иванова Анна;89161234567;Барсик;12.04.2019;01.03.2026;01.03.2027\n",
        encoding="utf-8",
    )
    table, header, mapping = read_plan_source(path)
    plan = plan_import(
        workspace.db, workspace.settings, table, header, mapping, path.name, today=date(2026, 12, 6)
    )
    assert plan.problems() == []
    [row] = plan.rows
    assert row.data is not None and row.data.birthday == ""
    # The last one is a visit of the history (see test_import_calls).
    assert row.data.notes == ""
    assert [(c.happened_at.date(), c.text) for c in row.calls] == [(date(2026, 3, 1), "Прививка")]
    assert [(p.name, p.position, p.birthday) for p in row.data.contact_persons] == [
        ("Барсик", "питомец", "12.04.2019"),
    ]  # fmt: skip
    assert row.reminder is not None
    assert (row.reminder.title, row.reminder.due_at.date(), row.reminder.kind) == (
        "Следующая прививка", date(2027, 3, 1), ReminderKind.MEETING,
    )  # fmt: skip


def test_an_opticians_and_a_car_services_next_visit_is_a_reminder(
    workspace: Workspace, tmp_path: Path
) -> None:
    # «Следующая проверка» (the eyes' next check), «Следующее ТО» (the car's next service)
    # were lines of the notes: the shop was never reminded to invite the client.
    path = tmp_path / "checks.csv"
    for header, day in (("Следующая проверка", "10.10.2027"), ("Следующее ТО", "15.04.2027")):
        path.write_text(f"ФИО;Телефон;{header}\nСмирнова Елена;89123456789;{day}\n", "utf-8")
        [row] = plan_for(workspace, path).rows
        assert row.reminder is not None
        assert (row.reminder.title, f"{row.reminder.due_at:%d.%m.%Y}", row.reminder.kind) == (
            header, day, ReminderKind.MEETING,
        )  # fmt: skip


def test_a_tyre_stores_day_of_handing_back_is_the_storages(
    workspace: Workspace, tmp_path: Path
) -> None:
    # «Дата выдачи» of one storage was a line of the client's notes, beside the next one's.
    card, storage = one_client_and_sale(
        workspace,
        tmp_path / "tyres.csv",
        "Клиент;Телефон;Шины;Кол-во;Дата приёма;Дата выдачи;Стоимость хранения\n"
        "Петрова Ольга;+7 903 765-43-21;Michelin X-Ice 17;4;20.04.2026;28.10.2026;5000\n",
    )
    assert (storage.data.date, storage.total) == (date(2026, 4, 20), Decimal("5000"))
    assert "Дата выдачи: 28.10.2026" in storage.data.comment
    assert "Дата выдачи" not in card.notes


def test_a_confectioners_orders_are_its_clients_cakes(workspace: Workspace, tmp_path: Path) -> None:
    # «Торт» was no item, «Начинка» and «Повод» lines of the client's notes, one block an
    # order: the cake's filling was the client's for good.
    card, order = one_client_and_sale(
        workspace,
        tmp_path / "cakes.csv",
        "Дата заказа;Дата выдачи;Заказчик;Телефон;Торт;Начинка;Вес, кг;Цена за кг;Сумма;"
        "Повод\n"
        "20.11.2026;28.11.2026;Морозова Дарья;+7 999 123-45-67;Бенто;Шоколад-вишня;0,5;2400;"
        "1200;День рождения сына\n",
    )
    assert card.notes == ""
    [cake] = order.data.items
    assert (cake.name, cake.quantity, order.total) == ("Бенто", Decimal("0.5"), Decimal("1200"))
    assert {"Начинка: Шоколад-вишня", "Повод: День рождения сына"} <= set(
        order.data.comment.splitlines()
    )


def test_a_dry_cleaners_receipts_are_its_clients_orders(
    workspace: Workspace, tmp_path: Path
) -> None:
    # «Квитанция №» was no order number, and «Услуга» beside «Изделие» (which took the
    # item), «Срочность», «Дата готовности», «Выдано» were lines of the client's notes, one
    # block a receipt.
    card, order = one_client_and_sale(
        workspace,
        tmp_path / "receipts.csv",
        "Квитанция №;Дата приёма;Клиент;Телефон;Изделие;Услуга;Срочность;Дата готовности;"
        "Сумма;Выдано\n"
        "А-00123;01.11.2026;Белова Ирина;+7 912 000-11-22;Пальто шерсть;Химчистка;Обычная;"
        "08.11.2026;2500;Да\n",
    )
    assert card.notes == ""
    assert (order.data.number, order.data.items[0].name) == ("А-00123", "Пальто шерсть")
    assert order.data.comment.splitlines() == [
        "Услуга: Химчистка", "Срочность: Обычная", "Дата готовности: 08.11.2026", "Выдано: Да",
    ]  # fmt: skip


def test_a_tailors_advance_is_the_orders_and_ready_is_done(
    workspace: Workspace, tmp_path: Path
) -> None:
    # «Аванс» was a line of the client's notes an order («Аванс: 0», «Аванс: 600»), and
    # «Готов», the work done and waiting for the client, was named an unknown status.
    committed(
        workspace,
        tmp_path / "orders.csv",
        "ФИО;Телефон;Заказ;Дата приёма;Дата выдачи;Стоимость;Аванс;Статус\n"
        "Орлова Наталья;8-915-111-22-33;Подшить брюки;12.11.2026;15.11.2026;800;0;Выдан\n"
        "Белов Сергей;8-926-555-44-33;Пошив костюма;20.11.2026;15.12.2026;25000;10000;В работе\n"
        "Орлова Наталья;8-915-111-22-33;Замена молнии;13.11.2026;20.11.2026;600;600;Готов\n",
    )
    ids = ids_by_last_name(workspace)
    assert all(workspace.clients.get(i).data.notes == "" for i in ids.values())
    orders = {
        p.data.items[0].name: p.data for i in ids.values() for p in workspace.purchases.list_for(i)
    }
    suit, zip_, trousers = orders["Пошив костюма"], orders["Замена молнии"], orders["Подшить брюки"]
    assert (suit.status, suit.payment_state) == (PurchaseStatus.NEW, PaymentState.PARTIAL)
    assert suit.comment.splitlines() == ["Дата выдачи: 15.12.2026", "Аванс: 10000"]
    assert (zip_.status, zip_.payment_state) == (PurchaseStatus.DONE, PaymentState.PAID)
    assert zip_.comment == "Дата выдачи: 20.11.2026"  # paid in full ahead: nothing more to say
    assert trousers.status == PurchaseStatus.DONE
    assert trousers.comment == "Дата выдачи: 15.11.2026"  # an advance of 0 says nothing


def test_a_repair_shops_fault_and_warranty_are_the_repairs(
    workspace: Workspace, tmp_path: Path
) -> None:
    # «Неисправность» and «Гарантия» were lines of the client's notes, one pair a repair;
    # the phone and its IMEI are the client's, said once.
    card, repair = one_client_and_sale(
        workspace,
        tmp_path / "repairs.csv",
        "Квитанция;Дата приёма;Клиент;Телефон;Устройство;IMEI;Неисправность;Работы;"
        "Стоимость ремонта;Гарантия\n"
        "1501;01.11.2026;Фёдоров Кирилл;+7 903 555-66-77;iPhone 12;356789012345678;"
        "Разбит экран;Замена дисплея;8500;90 дней\n",
    )
    assert card.notes.splitlines() == ["Устройство: iPhone 12", "IMEI: 356789012345678"]
    assert (repair.data.number, repair.data.items[0].name) == ("1501", "Замена дисплея")
    assert repair.data.comment.splitlines() == ["Неисправность: Разбит экран", "Гарантия: 90 дней"]


def test_a_travel_agencys_tours_are_its_tourists_purchases(
    workspace: Workspace, tmp_path: Path
) -> None:
    # «Турист» named no client, so every row was a sale without a name; the foreign
    # passport's «75 1234567» was a phone refused on each.
    card, tour = one_client_and_sale(
        workspace,
        tmp_path / "tours.csv",
        "Дата продажи;Турист;Телефон;Загранпаспорт;Срок действия паспорта;Направление;Отель;"
        "Дата вылета;Стоимость тура;Оплачено\n"
        "12.10.2026;Никитин Павел;89265552233;76 7654321;01.02.2028;ОАЭ, Дубай;Hilton 4*;"
        "20.12.2026;320 000;100 000\n",
    )
    assert [p.raw for p in card.phones] == ["89265552233"]
    # The passport is the tourist's; the tour's own lines are the purchase's.
    assert card.notes.splitlines() == [
        "Загранпаспорт: 76 7654321", "Срок действия паспорта: 01.02.2028",
    ]  # fmt: skip
    assert (tour.total, tour.data.payment_state) == (Decimal("320000"), PaymentState.PARTIAL)
    assert {"Направление: ОАЭ, Дубай", "Отель: Hilton 4*", "Дата вылета: 20.12.2026"} <= set(
        tour.data.comment.splitlines()
    )


GUEST_HOUSE = (
    "Гость;Телефон;Дата заезда;Дата выезда;Номер;Кол-во гостей;Сумма;Предоплата\n"
    "Иванова Анна;89161234567;01.11.2026;05.11.2026;12;2;14000;14000\n"
    "Петров Игорь;+7 926 111 22 33;03.11.2026;04.11.2026;7;1;3500;0\n"
    "Иванова Анна;89161234567;20.11.2026;22.11.2026;12;2;7000;7000\n"
)


def test_a_guest_houses_stays_are_its_guests_purchases(
    workspace: Workspace, tmp_path: Path
) -> None:
    # Every stay was a block of the guest's notes («Дата заезда: …», «Сумма: 14000»): the
    # day a guest came was no sale's day.
    committed(workspace, tmp_path / "stays.csv", GUEST_HOUSE)
    ids = ids_by_last_name(workspace)
    assert workspace.clients.get(ids["Иванова"]).data.notes == ""
    # Two stays in room 12 are two stays, not one order numbered 12.
    stays = sorted(
        (p.data.date.day, p.total, p.data.number, p.data.comment.splitlines()[:2])
        for p in workspace.purchases.list_for(ids["Иванова"])
    )
    assert stays == [
        (1, Decimal("14000"), "", ["Дата выезда: 05.11.2026", "Номер: 12"]),
        (20, Decimal("7000"), "", ["Дата выезда: 22.11.2026", "Номер: 12"]),
    ]  # fmt: skip
    # Nothing paid ahead says nothing of the stay being unpaid.
    [stay] = workspace.purchases.list_for(ids["Петров"])
    assert stay.data.payment_state is PaymentState.PAID


def test_a_childrens_schools_phones_say_whose_they_are(
    workspace: Workspace, tmp_path: Path
) -> None:
    # «Телефон мамы», «Телефон папы» were the card's phones with no word of whose: the
    # school called Катя's number not knowing it was her father's.
    path = tmp_path / "pupils.csv"
    path.write_text(
        "Ученица;Телефон мамы;Телефон папы;E-mail родителя;Телефон рабочий\n"
        "Иванова Катя;89161234567;89261112233;mama@mail.ru;84951234567\n",
        encoding="utf-8",
    )
    [row] = plan_for(workspace, path).rows
    assert row.data is not None
    assert [(p.raw, p.label) for p in row.data.phones] == [
        ("89161234567", "мама"), ("89261112233", "папа"), ("84951234567", "рабочий"),
    ]  # fmt: skip
    assert [(e.address, e.label) for e in row.data.emails] == [("mama@mail.ru", "родитель")]


def test_a_photo_studios_shoots_are_its_clients_purchases(
    workspace: Workspace, tmp_path: Path
) -> None:
    # «Дата съёмки» beside «Услуга» and «Стоимость» was no sale's day: each shoot went to
    # the client's notes, «Фотограф: Ольга» with it.
    committed(
        workspace, tmp_path / "shoots.csv",
        "Клиент;Телефон;Дата съёмки;Услуга;Стоимость;Фотограф;Дата окончания договора\n"
        "Иванова Анна;89161234567;14.11.2026;Фотосессия 1 час;5000;Ольга;31.12.2026\n"
        "Иванова Анна;89161234567;20.11.2026;Ретушь;1500;Олег;31.12.2026\n",
    )  # fmt: skip
    [client] = find_client_ids(workspace.db, ClientQuery())
    shoots = sorted(
        (p.data.date.day, p.data.items[0].name, p.total, p.data.comment)
        for p in workspace.purchases.list_for(client)
    )
    assert [shoot[:3] for shoot in shoots] == [
        (14, "Фотосессия 1 час", Decimal("5000")), (20, "Ретушь", Decimal("1500")),
    ]  # fmt: skip
    assert "Фотограф: Ольга" in shoots[0][3]
    # The contract's end is the sale's, as a pass's is.
    assert "Дата окончания договора: 31.12.2026" in shoots[0][3]
    assert workspace.clients.get(client).data.notes == ""


def test_a_day_named_otherwise_beside_what_was_sold_is_the_sales_only_alone() -> None:
    # Two such days, which is the sale's the import cannot tell: neither is taken.
    headers = ["Клиент", "Дата съёмки", "Дата выдачи", "Услуга", "Стоимость"]
    rows = [["Иванова Анна", "14.11.2026", "20.11.2026", "Фотосессия", "5000"]]
    mapping = propose_mapping(headers, rows)
    assert Target.PURCHASE_DATE not in mapping
