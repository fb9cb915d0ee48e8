"""Clients exported by the Russian CRMs and loyalty systems a small shop outgrows or leaves."""

from decimal import Decimal
from pathlib import Path

from clientbase.db.enums import PurchaseStatus
from clientbase.exchange.header import Target
from clientbase.services.client_query import ClientQuery, find_client_ids
from clientbase.services.importing import commit_import
from clientbase.services.workspace import Workspace
from tests.test_services.test_import_web_shops import cards_of
from tests.test_services.test_importing import plan_for

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
