"""Clients exported by the Russian CRMs and loyalty systems a small shop outgrows or leaves."""

from datetime import datetime
from decimal import Decimal
from pathlib import Path

from clientbase.db.enums import PurchaseStatus, ReminderKind
from clientbase.exchange.header import Target, propose_mapping
from clientbase.services.client_query import ClientQuery, find_client_ids
from clientbase.services.importing import commit_import
from clientbase.services.workspace import Workspace
from tests.test_services.test_import_web_shops import cards_of
from tests.test_services.test_importing import all_cards, plan_for
from tests.test_services.test_sales_book import committed, ids_by_last_name

RETAILCRM = (
    "ID;Внешний ID;Фамилия;Имя;Отчество;E-mail;Телефон;Дата рождения;Пол;Страна;Регион;"
    "Город;Индекс;Адрес;Количество заказов;Сумма заказов;Менеджер;Сегменты;Комментарий;"
    "Дата создания;Подписан на рассылку\n"
    "1052;;Иванова;Мария;Петровна;ivanova@mail.ru;+7 (916) 111-22-33;15.03.1980;Женский;"
    "Россия;Московская область;Москва;123456;ул. Ленина, д. 5, кв. 12;3;12 500,00;"
    "Ольга Смирнова;Постоянные, VIP;любит синий;12.01.2024 10:15;Да\n"
)


def test_a_retailcrm_customers_export_keeps_its_segments_as_tags(
    workspace: Workspace, tmp_path: Path
) -> None:
    # «Сегменты» went to the notes: the shop's groups of clients were no filter's.
    maria = cards_of(workspace, tmp_path / "customers.csv", RETAILCRM)["Мария"]
    assert (maria.tags, maria.is_vip) == (["VIP", "Постоянные"], True)
    assert (maria.last_name, maria.middle_name, maria.birthday) == (
        "Иванова", "Петровна", "15.03.1980",
    )  # fmt: skip
    assert (maria.city, maria.street, maria.postcode) == (
        "Москва", "ул. Ленина, д. 5, кв. 12", "123456",
    )  # fmt: skip
    assert (maria.responsible, maria.marketing_consent) == ("Ольга Смирнова", True)
    assert "Сегменты" not in maria.notes
    assert "Сумма заказов: 12 500,00" in maria.notes and "любит синий" in maria.notes


INSALES = (
    "ID;Имя;Фамилия;Отчество;Email;Телефон;Тип клиента;Организация;ИНН;Подписка на новости;"
    "Группа клиентов;Комментарий;Дата рождения\n"
    "881;Мария;Иванова;;m@ya.ru;+7 916 111-22-33;Физическое лицо;;;1;Розница;"
    "звонить после 18;15.03.1980\n"
    "882;Пётр;Сидоров;;p@firma.ru;+7 916 111-22-44;Юридическое лицо;ООО «Вектор»;7701234567;0;"
    "Опт;;02.04.1975\n"
    # A person working at a company, as a shop's own list has them: the client is the person.
    "883;Олег;Орлов;;o@mail.ru;+7 916 111-22-55;Физическое лицо;ИП Зайцев;;0;Розница;;\n"
    # A legal entity's row naming no organization: a person's card, which the kind belies.
    "884;Анна;Белова;;a@firma.ru;+7 916 111-22-66;Юридическое лицо;;;0;Опт;;\n"
)


def test_a_companys_row_naming_its_contact_is_the_companys_card(
    workspace: Workspace, tmp_path: Path
) -> None:
    # «Сидоров Пётр» of «ООО «Вектор»» came in as a person, the company a line of his notes
    # and its ИНН his: the company could not be found by its name, nor printed as one.
    cards = {
        card.organization or card.first_name: card
        for card in cards_of(workspace, tmp_path / "clients.csv", INSALES).values()
    }
    vector = cards["ООО «Вектор»"]
    assert (vector.kind.value, vector.inn, vector.last_name) == ("company", "7701234567", "")
    assert [(c.name, c.birthday) for c in vector.contact_persons] == [
        ("Сидоров Пётр", "02.04.1975")
    ]
    assert (vector.birthday, [p.raw for p in vector.phones]) == ("", ["+7 916 111-22-44"])
    assert [e.address for e in vector.emails] == ["p@firma.ru"]
    maria, oleg = cards["Мария"], cards["Олег"]
    assert (maria.kind.value, maria.contact_persons, maria.birthday) == ("person", [], "15.03.1980")
    assert (oleg.kind.value, oleg.last_name, oleg.organization) == ("person", "Орлов", "")
    assert "ИП Зайцев" in oleg.notes
    # The kind each card is of is not written in its notes again; one it is not stays.
    assert "Тип клиента" not in maria.notes + vector.notes + oleg.notes
    assert "Тип клиента: Юридическое лицо" in cards["Анна"].notes


BITRIX_DEALS = (
    "ID;Название сделки;Стадия сделки;Сумма;Валюта;Дата создания;Дата закрытия;Контакт;"
    "Компания;Ответственный;Телефон\n"
    "101;Шуба норковая;Сделка успешна;150000;RUB;01.10.2026;05.10.2026;Иванова Мария;;"
    "Ольга Смирнова;+7 916 111-22-33\n"
    "102;Шапка;Сделка провалена;15000;RUB;02.10.2026;10.10.2026;Иванова Мария;;"
    "Ольга Смирнова;+7 916 111-22-33\n"
    "103;Пальто;В работе;45000;RUB;03.11.2026;;Петров Олег;;Ольга Смирнова;+7 916 111-22-44\n"
)


def test_a_crms_deals_are_its_contacts_purchases(workspace: Workspace, tmp_path: Path) -> None:
    # Bitrix24's deals: «Контакт» was no name column (the empty «Компания» was taken for
    # one), so every row was refused for want of a name, and the deals were notes.
    path = tmp_path / "deals.csv"
    path.write_text(BITRIX_DEALS, encoding="utf-8")
    plan = plan_for(workspace, path)
    assert plan.mapping[:4] == [
        Target.ORDER_NUMBER, Target.ITEM, Target.PURCHASE_STATUS, Target.AMOUNT
    ]  # fmt: skip
    assert plan.mapping[6:8] == [Target.PURCHASE_DATE, Target.FULL_NAME]
    # A deal still open is no sale yet: named, as any sale without its day is.
    assert [(p.line, p.column, p.code) for p in plan.problems()] == [
        (4, "Дата закрытия", "purchase_date_missing")
    ]
    commit_import(workspace.db, workspace.settings, plan)
    maria = find_client_ids(workspace.db, ClientQuery(search="иванова"))[0]
    assert sorted(
        (p.data.number, p.data.status, p.total, p.data.comment)
        for p in workspace.purchases.list_for(maria)
    ) == [
        ("101", PurchaseStatus.DONE, Decimal("150000.00"), "Валюта: RUB"),
        ("102", PurchaseStatus.CANCELLED, Decimal("15000.00"), "Валюта: RUB"),
    ]
    assert workspace.clients.get(maria).data.notes == ""
    assert find_client_ids(workspace.db, ClientQuery(search="петров"))


def test_a_deal_still_open_is_a_call_on_the_day_it_is_expected_to_close(
    workspace: Workspace, tmp_path: Path
) -> None:
    # Without a «Компания» column every column was the sale's, «Контакт» too, and every
    # deal a row without a name; a deal still open was named as a sale without its day,
    # which nothing in the sheet could give it.
    committed(
        workspace,
        tmp_path / "deals.csv",
        "ID;Название сделки;Стадия сделки;Сумма;Предполагаемая дата закрытия;Дата закрытия;"
        "Контакт;Телефон контакта\n"
        "101;Кухонный гарнитур;Сделка успешна;150000;20.11.2026;18.11.2026;Иванова Мария;"
        "+7 916 111-22-33\n"
        "102;Шкаф-купе;Переговоры;80000;20.12.2026;;Петров Олег;+7 916 222-33-44\n",
    )
    ids = ids_by_last_name(workspace)
    [kitchen] = workspace.purchases.list_for(ids["Иванова"])
    assert (kitchen.data.number, kitchen.data.status) == ("101", PurchaseStatus.DONE)
    [call] = workspace.reminders.list_for(ids["Петров"])
    assert (call.data.due_at, call.data.title, call.data.kind) == (
        datetime(2026, 12, 20, 10, 0), "Шкаф-купе", ReminderKind.CALL,
    )  # fmt: skip
    assert call.data.note.splitlines()[:2] == ["Стадия сделки: Переговоры", "Сумма: 80000"]
    assert workspace.purchases.list_for(ids["Петров"]) == []


AMO_DEALS = (
    "ID;Название сделки;Бюджет;Ответственный;Дата создания;Этап;Основной контакт;Компания;"
    "Рабочий телефон (контакт)\n"
    "5501;Шуба;150000;Ольга;01.10.2026;Успешно реализовано;Иванова Мария;;+7 916 111-22-33\n"
    "5502;Шапка;15000;Ольга;02.10.2026;Закрыто и не реализовано;Иванова Мария;;"
    "+7 916 111-22-33\n"
    "5503;Пальто;45000;Ольга;03.11.2026;Переговоры;Петров Олег;;+7 916 111-22-44\n"
)


def test_an_amocrm_deals_stage_is_the_purchases_status(
    workspace: Workspace, tmp_path: Path
) -> None:
    # amoCRM's bare «Этап» went to the client's notes, and a deal lost counted as a sale.
    path = tmp_path / "amocrm_deals.csv"
    path.write_text(AMO_DEALS, encoding="utf-8")
    plan = plan_for(workspace, path)
    assert plan.mapping[4:7] == [Target.PURCHASE_DATE, Target.PURCHASE_STATUS, Target.FULL_NAME]
    # A stage the program has no status for is named, and kept in the sale's comment.
    assert [(p.line, p.value, p.code) for p in plan.problems()] == [
        (4, "Переговоры", "unknown_choice")
    ]
    commit_import(workspace.db, workspace.settings, plan)
    maria = find_client_ids(workspace.db, ClientQuery(search="иванова"))[0]
    assert sorted((p.data.number, p.data.status) for p in workspace.purchases.list_for(maria)) == [
        ("5501", PurchaseStatus.DONE),
        ("5502", PurchaseStatus.CANCELLED),
    ]
    assert workspace.clients.get(maria).data.notes == ""


def test_a_day_of_closing_on_a_client_list_is_no_sale() -> None:
    # A deal's «Дата закрытия» is its sale's day beside what it sold; on a client list a
    # «Дата закрытия карты» is the card's, and had made every row a purchase.
    from clientbase.exchange.header import propose_mapping

    row = ["Иванова Мария", "89161112233", "01.02.2026"]
    for header in ("Дата закрытия", "Дата закрытия карты"):
        assert propose_mapping(["ФИО", "Телефон", header], [row])[2] is Target.NOTES


MOYSKLAD = (
    "Группы;Тип контрагента;Наименование;Код;Статус;Телефон;Email;Комментарий;ИНН;"
    "Дисконтная карта;Скидка;Сумма продаж;Дата первой продажи;Дата последней продажи;"
    "Средний чек;Количество продаж;Дата создания;Владелец;Архивный;Дата рождения;"
    "Общий доступ\n"
    "покупатели;Физическое лицо;Иванова Мария Петровна;00001;Постоянный;+7 912 345-67-89;"
    "maria@mail.ru;любит синий;;2000123;5;12 500,00;12.03.2024;01.11.2026;4 166,67;3;"
    "01.03.2024 10:15;Ольга;Нет;01.02.1980;Да\n"
    "покупатели;Юридическое лицо;ООО «Ромашка»;00002;Новый;+7 495 123-45-67;info@romashka.ru;"
    "опт;7701234567;;10;150 000,00;10.01.2023;20.10.2026;15 000,00;10;10.01.2023 12:00;"
    "Ольга;Нет;;Да\n"
)


def test_a_moysklad_counterparty_list_is_clients_with_their_figures_in_the_notes(
    workspace: Workspace, tmp_path: Path
) -> None:
    # «Сумма продаж» and «Количество продаж» read as a sale's sum and quantity, so the list
    # came in as sales: «Иванова Мария Петровна × 3» bought by a client named «Ольга»
    # (the record's «Владелец», the shop's own person) on the day the record was made.
    path = tmp_path / "counterparty.csv"
    path.write_text(MOYSKLAD, encoding="utf-8")
    plan = plan_for(workspace, path)
    assert plan.problems() == [] and plan.counts()["purchases"] == 0
    commit_import(workspace.db, workspace.settings, plan)
    ids = find_client_ids(workspace.db, ClientQuery())
    cards = [workspace.clients.get(i).data for i in ids]
    by_name = {card.last_name or card.organization: card for card in cards}
    assert set(by_name) == {"Иванова", "ООО «Ромашка»"}
    maria, firm = by_name["Иванова"], by_name["ООО «Ромашка»"]
    assert (maria.first_name, maria.middle_name) == ("Мария", "Петровна")
    assert (maria.responsible, maria.client_code, maria.discount_percent) == ("Ольга", "00001", 5)
    assert (maria.loyalty_card, maria.birthday) == ("2000123", "01.02.1980")
    for figure in ("Сумма продаж: 12 500,00", "Количество продаж: 3", "Средний чек: 4 166,67"):
        assert figure in maria.notes
    # Whether the shop's other staff see the record: МойСклад's, nothing of the client's.
    assert "Общий доступ" not in maria.notes
    assert (firm.inn, firm.discount_percent) == ("7701234567", 10)


def test_a_bare_owner_is_the_client_only_where_nobody_else_is_named() -> None:
    from clientbase.exchange.header import propose_mapping

    row = ["Ольга", "Иванова Мария", "89161112233"]
    assert propose_mapping(["Владелец", "ФИО", "Телефон"], [row])[:2] == [
        Target.RESPONSIBLE, Target.FULL_NAME,
    ]  # fmt: skip
    # A list of discount cards: the card's owner.
    assert propose_mapping(["Владелец", "Номер карты", "Телефон"], [row])[0] is Target.FULL_NAME


MOYSKLAD_SALES = (
    "Время;Номер;Точка продаж;Контрагент;Организация;Сумма;Статус;Комментарий;Владелец;"
    "Проведено\n"
    "05.11.2026 12:31;00012;Магазин на Ленина;Иванова Мария Петровна;ИП Кузнецова О.В.;"
    "2 500,00;Оплачено;пакет;Ольга;Да\n"
    "05.11.2026 13:02;00013;Магазин на Ленина;Розничный покупатель;ИП Кузнецова О.В.;800,00;"
    "Оплачено;;Ольга;Да\n"
    "06.11.2026 10:15;00014;Магазин на Ленина;Петров Сергей;ИП Кузнецова О.В.;4 100,00;"
    "Отгружено;;Ольга;Да\n"
    "07.11.2026 17:40;00015;Магазин на Ленина;Иванова Мария Петровна;ИП Кузнецова О.В.;"
    "1 200,00;Оплачено;;Ольга;Да\n"
)


def test_a_moysklad_list_of_sales_is_its_buyers_purchases(
    workspace: Workspace, tmp_path: Path
) -> None:
    # It came in as four clients, one named «Розничный Покупатель» and one the shop's own
    # «ИП Кузнецова О.В.», with the sales in their notes: «Время» was no sale's day and
    # the shop's legal entity the company of every buyer.
    path = tmp_path / "retaildemand.csv"
    path.write_text(MOYSKLAD_SALES, encoding="utf-8")
    plan = plan_for(workspace, path)
    assert plan.problems() == []
    anonymous = [row for row in plan.rows if row.line == 3]
    assert [(row.action.value, row.reason) for row in anonymous] == [("skip", "anonymous")]
    commit_import(workspace.db, workspace.settings, plan)
    cards = ids_by_last_name(workspace)
    assert set(cards) == {"Иванова", "Петров"}
    maria = workspace.clients.get(cards["Иванова"]).data
    assert (maria.organization, maria.responsible, maria.notes) == ("", "", "")
    sales = workspace.purchases.list_for(cards["Иванова"])
    assert sorted((p.data.date.day, p.data.number, p.data.total) for p in sales) == [
        (5, "00012", Decimal("2500.00")), (7, "00015", Decimal("1200.00")),
    ]  # fmt: skip
    [sold] = [p for p in sales if p.data.number == "00012"]
    assert sold.data.comment.splitlines()[0] == "пакет"
    assert "Организация: ИП Кузнецова О.В." in sold.data.comment
    [shipped] = workspace.purchases.list_for(cards["Петров"])
    assert shipped.data.status is PurchaseStatus.SHIPPED


def test_a_sale_to_an_anonymous_buyer_is_no_clients(workspace: Workspace, tmp_path: Path) -> None:
    # A hand-kept book writes a client's name once over the client's sales: a row under
    # them naming «Частное лицо» is not hers, nor a client of that name.
    path = tmp_path / "sales.csv"
    path.write_text(
        "Дата;Покупатель;Телефон;Товар;Сумма\n"
        "05.11.2026;Иванова Мария;+7 916 111-22-33;Крем;1 500\n"
        "05.11.2026;Частное лицо;;Мыло;300\n"
        "06.11.2026;Розничный покупатель;+7 916 111-22-33;Шампунь;800\n",
        encoding="utf-8",
    )
    plan = plan_for(workspace, path)
    assert [(row.line, row.action.value, row.reason) for row in plan.rows][1] == (
        3, "skip", "anonymous",
    )  # fmt: skip
    commit_import(workspace.db, workspace.settings, plan)
    [client] = find_client_ids(workspace.db, ClientQuery())
    # The phone tells whose the shampoo was.
    items = sorted(p.data.items[0].name for p in workspace.purchases.list_for(client))
    assert items == ["Крем", "Шампунь"]


def test_a_counterparty_list_leaves_out_its_anonymous_buyer(
    workspace: Workspace, tmp_path: Path
) -> None:
    path = tmp_path / "counterparty.csv"
    path.write_text(
        "Наименование;Телефон;ИНН\nРозничный покупатель;;\nИванова Мария;+7 916 111-22-33;\n",
        encoding="utf-8",
    )
    plan = plan_for(workspace, path)
    assert [(row.action.value, row.reason) for row in plan.rows] == [
        ("skip", "anonymous"), ("new", ""),
    ]  # fmt: skip


def test_a_moysklad_customer_orders_figures_are_each_orders(
    workspace: Workspace, tmp_path: Path
) -> None:
    # «Отгружено», «Зарезервировано», «Канал продаж» went to the client's notes, a line
    # each for every order: Maria's notes said «Отгружено: 0,00» twice.
    committed(
        workspace,
        tmp_path / "customerorder.csv",
        "Время;Номер;Контрагент;Сумма;Статус;Оплачено;Отгружено;Зарезервировано;"
        "Канал продаж;Владелец\n"
        "01.11.2026 10:00;00101;Иванова Мария;5 400,00;Новый;0,00;0,00;5 400,00;Instagram;"
        "Ольга\n"
        "02.11.2026 11:30;00102;Петров Сергей;2 000,00;Подтвержден;2 000,00;0,00;2 000,00;Сайт;"
        "Ольга\n"
        "04.11.2026 09:10;00104;Иванова Мария;1 500,00;Отменен;0,00;0,00;0,00;Сайт;Ольга\n",
    )
    cards = ids_by_last_name(workspace)
    assert workspace.clients.get(cards["Иванова"]).data.notes == ""
    orders = {p.data.number: p.data for p in workspace.purchases.list_for(cards["Иванова"])}
    assert (orders["00101"].status, orders["00104"].status) == (
        PurchaseStatus.NEW, PurchaseStatus.CANCELLED,
    )  # fmt: skip
    assert "Зарезервировано: 5 400,00" in orders["00101"].comment
    assert "Канал продаж: Instagram" in orders["00101"].comment
    [paid] = workspace.purchases.list_for(cards["Петров"])
    assert (paid.data.payment_state.value, paid.data.total) == ("paid", Decimal("2000.00"))


def test_a_1c_customer_orders_state_and_share_paid_are_the_orders(
    workspace: Workspace, tmp_path: Path
) -> None:
    # «Состояние заказа» («В работе», «Завершен») was taken for the item sold, and «Оплата:
    # 50%» was named an unknown word, the order left paid in full.
    committed(
        workspace,
        tmp_path / "orders.csv",
        "Дата;Номер;Контрагент;Сумма документа;Состояние заказа;Оплата;Отгрузка\n"
        "01.11.2026 10:00:00;УТ-000101;Иванова Мария;5 400,00;В работе;0%;0%\n"
        "02.11.2026 11:30:00;УТ-000102;Петров Сергей;2 000,00;Завершен;100%;100%\n"
        "03.11.2026 15:00:00;УТ-000103;Смирнова Анна;3 100,00;Завершен;50%;100%\n",
    )
    orders = {
        p.data.number: p.data
        for i in find_client_ids(workspace.db, ClientQuery())
        for p in workspace.purchases.list_for(i)
    }
    assert [
        (orders[n].status.value, orders[n].payment_state.value, orders[n].items)
        for n in ("УТ-000101", "УТ-000102", "УТ-000103")
    ] == [("new", "unpaid", []), ("done", "paid", []), ("done", "partial", [])]
    assert "Оплата: 50%" in orders["УТ-000103"].comment


def test_a_megaplan_bare_type_tells_a_company_from_a_person(
    workspace: Workspace, tmp_path: Path
) -> None:
    # Мегаплан's «Тип: Компания» was a note: «Ромашка» came in as a person of that surname.
    path = tmp_path / "contractors.csv"
    path.write_text(
        "ID;Тип;Имя;Телефоны;Ответственный\n"
        "101;Человек;Иванова Мария Петровна;+7 916 111-22-33;Ольга\n"
        "102;Компания;Ромашка;+7 495 123-45-67;Ольга\n",
        encoding="utf-8",
    )
    plan = plan_for(workspace, path)
    commit_import(workspace.db, workspace.settings, plan)
    cards = [workspace.clients.get(i).data for i in find_client_ids(workspace.db, ClientQuery())]
    kinds = sorted((c.kind.value, c.organization or c.last_name, c.notes) for c in cards)
    assert kinds == [("company", "Ромашка", "ID: 102"), ("person", "Иванова", "ID: 101")]


REMONLINE = (
    "ID клиента;Имя;Фамилия;Телефон;Email;Юр. лицо;Баланс\n"
    ";Анна;Смирнова;+7 916 123-45-67, +7 495 111-22-33;anna@mail.ru;Нет;1500\n"
    ";ООО Ромашка;;8 (903) 111-22-33;info@romashka.ru;Да;-2000\n"
    ";Вектор;;8 (903) 111-22-44;;да;\n"
    ";Пётр;;8 (903) 111-22-55;;;\n"
)


def test_a_legal_entity_of_yes_and_no_tells_a_company_from_a_person(
    workspace: Workspace, tmp_path: Path
) -> None:
    # RemOnline's «Юр. лицо: Да»: the column was the company's name, so «ООО Ромашка» came
    # in as the person «Ооо» of that company «Да», and every person worked at «Нет».
    path = tmp_path / "clients.csv"
    path.write_text(REMONLINE, encoding="utf-8")
    plan = plan_for(workspace, path)
    assert plan.mapping[5] is Target.NOTES
    commit_import(workspace.db, workspace.settings, plan)
    cards = [workspace.clients.get(i).data for i in find_client_ids(workspace.db, ClientQuery())]
    kinds = sorted((c.kind.value, c.organization or c.first_name, c.notes) for c in cards)
    assert kinds == [
        ("company", "Вектор", ""),  # one word: a company's name, as the row says
        ("company", "ООО Ромашка", "Баланс: -2000"),
        ("person", "Анна", "Баланс: 1500"),
        ("person", "Пётр", ""),  # a row that does not say: a person's first name
    ]


def test_a_hand_kept_sheets_short_words_tell_a_company_from_a_person(
    workspace: Workspace, tmp_path: Path
) -> None:
    # «Юр/Физ» of «ЮЛ» and «ФЛ», «Тип лица» of «Юридическое»: notes, and «Ромашка» a person.
    path = tmp_path / "clients.csv"
    path.write_text(
        "Клиент;Телефон;Юр/Физ;Тип лица\n"
        "Ромашка;+7 495 123-45-67;ЮЛ;\n"
        "Иванова Анна;+7 916 123-45-67;ФЛ;\n"
        "Вектор;+7 495 123-45-68;;Юридическое\n"
        "Петров Олег;+7 916 123-45-68;;Физ.\n",
        encoding="utf-8",
    )
    commit_import(workspace.db, workspace.settings, plan_for(workspace, path))
    kinds = sorted(
        (c.kind.value, c.organization or c.last_name, c.notes) for c in all_cards(workspace)
    )
    assert kinds == [
        ("company", "Вектор", ""), ("company", "Ромашка", ""),
        ("person", "Иванова", ""), ("person", "Петров", ""),
    ]  # fmt: skip


def test_a_company_column_of_names_is_still_the_companys_name() -> None:
    rows = [["Анна", "Нет"], ["Пётр", "ООО Вектор"]]
    assert propose_mapping(["Имя", "Юр. лицо"], rows)[1] is Target.ORGANIZATION
    ticks = [["Анна", ""], ["Пётр", "✓"], ["Ольга", "-"]]
    assert propose_mapping(["Имя", "Юр. лицо"], ticks)[1] is Target.NOTES


GETCOURSE = (
    "Номер;ID пользователя;Пользователь;Email;Телефон;Дата создания;Дата оплаты;Статус;"
    "Предложения;Стоимость, RUB;Оплачено\n"
    "1001;55501;Иванова Анна;anna@mail.ru;+79161234567;01.11.2026 10:00;01.11.2026 10:05;"
    "Завершен;Курс «Акварель»;5000;5000\n"
    "1002;55502;Петров Игорь;igor@mail.ru;+79261112233;03.11.2026 12:00;;Новый;Курс «Масло»;"
    "7000;0\n"
)


def test_an_online_schools_orders_are_its_pupils_purchases(
    workspace: Workspace, tmp_path: Path
) -> None:
    # GetCourse's «Пользователь» named no one the import knew: every order was a row
    # without a name, refused, and the course bought a line of a sale's comment.
    committed(workspace, tmp_path / "deals.csv", GETCOURSE)
    cards = ids_by_last_name(workspace)
    assert set(cards) == {"Иванова", "Петров"}
    anna = workspace.clients.get(cards["Иванова"]).data
    assert (anna.first_name, anna.client_code) == ("Анна", "55501")
    [course] = workspace.purchases.list_for(cards["Иванова"])
    assert (course.data.number, course.data.items[0].name, course.total) == (
        "1001", "Курс «Акварель»", Decimal("5000"),
    )  # fmt: skip
    [unpaid] = workspace.purchases.list_for(cards["Петров"])
    assert unpaid.data.status is PurchaseStatus.NEW


def test_a_user_beside_a_full_name_is_whoever_made_the_record() -> None:
    # «Пользователь» is GetCourse's buyer; before a «ФИО» it is the CRM's user who made the
    # record, and had taken the client's name from the «ФИО».
    rows = [["Менеджер Ольга", "Иванова Анна", "89161234567"]]
    mapping = propose_mapping(["Пользователь", "ФИО", "Телефон"], rows)
    assert mapping[:2] == [Target.NOTES, Target.FULL_NAME]


DISCOUNT_CARDS = (
    "Наименование;Владелец карты;Вид дисконтной карты;Штрихкод;Магнитный код;"
    "Телефон владельца;Дата рождения\n"
    "Карта 2000000012345;Иванова Анна Сергеевна;Бонусная 5%;2000000012345;;+7 916 123-45-67;"
    "14.03.1985\n"
    "Дисконтная карта № 2000000012346;Петров Игорь;Бонусная 5%;2000000012346;;8 903 111 22 33;\n"
)


def test_a_list_of_discount_cards_gives_each_client_the_cards_number(
    workspace: Workspace, tmp_path: Path
) -> None:
    # 1C:Розница's discount cards: «Вид дисконтной карты» («Бонусная 5%») was taken for the
    # card's number, and the barcode the till scans was a note.
    committed(workspace, tmp_path / "cards.csv", DISCOUNT_CARDS)
    cards = {card.last_name: card for card in all_cards(workspace)}
    anna = cards["Иванова"]
    assert (anna.loyalty_card, anna.birthday) == ("2000000012345", "14.03.1985")
    # Its «Наименование», «Карта 2000000012345», says the card's number again: not noted
    # since 7 December's seventh session.
    assert anna.notes == "Вид дисконтной карты: Бонусная 5%"
    assert cards["Петров"].loyalty_card == "2000000012346"
    assert cards["Петров"].notes == "Вид дисконтной карты: Бонусная 5%"


def test_a_barcode_is_a_cards_number_only_on_a_list_of_cards() -> None:
    headers = ["Держатель карты", "Вид карты", "Штрих-код"]
    rows = [["Иванова Анна", "Золотая", "2000000012345"]]
    assert propose_mapping(headers, rows) == [
        Target.FULL_NAME, Target.NOTES, Target.LOYALTY_CARD,
    ]  # fmt: skip
    sales = ["Дата", "Покупатель", "Товар", "Штрихкод", "Сумма"]
    sale = [["01.12.2026", "Иванова Анна", "Карта подарочная", "4600000000017", "500"]]
    assert propose_mapping(sales, sale)[3] is not Target.LOYALTY_CARD
