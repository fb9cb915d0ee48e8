"""Sheets of deliveries: a florist's orders, where whoever ordered is the client and the
recipient someone else, and a list of shipments (СДЭК's, Почта России's), where the
recipient is the client."""

from datetime import date
from decimal import Decimal
from pathlib import Path

from clientbase.db.enums import PurchaseStatus
from clientbase.exchange.header import Target, propose_mapping
from clientbase.services.workspace import Workspace
from tests.test_services.test_sales_book import committed, ids_by_last_name

FLORIST = (
    "Дата заказа;Заказчик;Телефон заказчика;Получатель;Телефон получателя;Адрес доставки;"
    "Дата доставки;Букет;Сумма;Открытка\n"
    "01.03.2026;Петров Игорь;+7 916 111-22-33;Козлова Ольга;+7 916 777-00-11;ул. Садовая 3;"
    "08.03.2026;Пионы 25 шт;7 500;С 8 марта!\n"
    "02.03.2026;Сидоров Максим;8 903 222-33-44;Козлова Ольга;+7 916 777-00-11;ул. Садовая 3;"
    "08.03.2026;Тюльпаны 51;5 100;\n"
)


def test_a_florists_recipient_is_the_orders_not_the_clients(
    workspace: Workspace, tmp_path: Path
) -> None:
    # Both sent flowers to one mother: her phone was each buyer's, so the two buyers were
    # one client merged by it, with her street for their address.
    committed(workspace, tmp_path / "orders.csv", FLORIST)
    ids = ids_by_last_name(workspace)
    assert set(ids) == {"Петров", "Сидоров"}
    petrov = workspace.clients.get(ids["Петров"]).data
    assert [p.raw for p in petrov.phones] == ["+7 916 111-22-33"]
    assert (petrov.street, petrov.notes) == ("", "")
    [order] = workspace.purchases.list_for(ids["Петров"])
    assert order.data.items[0].name == "Пионы 25 шт"  # «Букет» is what was sold
    assert order.total == Decimal("7500")
    assert set(order.data.comment.splitlines()) == {
        "Получатель: Козлова Ольга", "Телефон получателя: +7 916 777-00-11",
        "Адрес доставки: ул. Садовая 3", "Дата доставки: 08.03.2026", "Открытка: С 8 марта!",
    }  # fmt: skip


def test_a_recipient_written_first_still_yields_to_whoever_ordered() -> None:
    headers = ["Получатель", "Телефон получателя", "Заказчик", "Телефон заказчика"]
    rows = [["Козлова Ольга", "+79167770011", "Петров Игорь", "+79161112233"]]
    assert propose_mapping(headers, rows) == [
        Target.NOTES, Target.NOTES, Target.FULL_NAME, Target.PHONE,
    ]  # fmt: skip


def test_a_shop_that_delivers_keeps_its_buyers_address_without_a_recipient() -> None:
    # Ozon's orders with their buyers: the delivery address is the buyer's own.
    headers = ["Номер заказа", "Дата заказа", "Покупатель", "Телефон покупателя", "Адрес доставки"]
    rows = [["1001", "01.11.2026", "Иванова Анна", "+79161234567", "ул. Мира, 5"]]
    assert propose_mapping(headers, rows)[4] is Target.STREET


def test_a_companys_bank_of_payments_is_no_recipient_of_parcels() -> None:
    headers = ["Наименование", "ИНН", "Банк получателя", "Телефон"]
    rows = [["ООО «Ромашка»", "7701234567", "ПАО Сбербанк", "+74951234567"]]
    mapping = propose_mapping(headers, rows)
    assert (mapping[0], mapping[2]) == (Target.FULL_NAME, Target.BANK_NAME)


CDEK = (
    "Номер отправления;Дата создания;Отправитель;Телефон отправителя;Получатель;"
    "Телефон получателя;Город получателя;Адрес получателя;Тариф;Вес, кг;"
    "Объявленная стоимость;Наложенный платеж;Статус\n"
    "1234567890;01.11.2026;ИП Смирнова О. В.;+7 495 000-11-22;Иванова Анна Петровна;"
    "+79161234567;Химки;ул. Мира, д. 5, кв. 7;Посылка склад-дверь;0,5;1290;1290;Вручен\n"
    "1234567891;02.11.2026;ИП Смирнова О. В.;+7 495 000-11-22;Петров Сергей;89031112233;"
    "Казань;пр. Ленина 10-4;Посылка склад-склад;1,2;3500;0;В пути\n"
    "1234567892;05.11.2026;ИП Смирнова О. В.;+7 495 000-11-22;Иванова Анна Петровна;"
    "+79161234567;Химки;ул. Мира, д. 5, кв. 7;Посылка склад-дверь;0,3;890;890;Вручен\n"
)


def test_a_list_of_shipments_is_its_recipients_purchases(
    workspace: Workspace, tmp_path: Path
) -> None:
    # The sender's phone, the shop's own on every row, was every client's: all the rows
    # were one client (or, beside the carrier's order number, no client at all); the
    # parcel's number was a phone refused on every row, «Вручен» an unknown status.
    committed(workspace, tmp_path / "cdek.csv", CDEK)
    ids = ids_by_last_name(workspace)
    assert set(ids) == {"Иванова", "Петров"}
    anna = workspace.clients.get(ids["Иванова"]).data
    assert [p.raw for p in anna.phones] == ["+79161234567"]
    assert (anna.city, anna.street, anna.notes) == ("Химки", "ул. Мира, д. 5, кв. 7", "")
    parcels = sorted(workspace.purchases.list_for(ids["Иванова"]), key=lambda p: p.data.date)
    assert [(p.data.date, p.data.number, p.total, p.data.status) for p in parcels] == [
        (date(2026, 11, 1), "1234567890", Decimal("1290"), PurchaseStatus.DONE),
        (date(2026, 11, 5), "1234567892", Decimal("890"), PurchaseStatus.DONE),
    ]
    comment = parcels[0].data.comment.splitlines()
    assert {"Тариф: Посылка склад-дверь", "Телефон отправителя: +7 495 000-11-22"} <= set(comment)
    assert parcels[0].data.items == []  # the tariff is no thing sold


def test_a_parcels_declared_value_is_the_sale_not_the_cash_on_delivery(
    workspace: Workspace, tmp_path: Path
) -> None:
    # Почта России's: «ШПИ» the parcel, «Адресат» whom it went to; the cash to collect is 0
    # when the parcel was paid for beforehand, and the sale had no sum.
    committed(
        workspace,
        tmp_path / "pochta.csv",
        "ШПИ;Дата приема;Адресат;Индекс;Адрес;Телефон адресата;Объявленная ценность;"
        "Сумма наложенного платежа\n"
        "80081234567891;04.11.2026;Орлов Дмитрий;190000;г. Санкт-Петербург, Невский пр., 20;"
        "8 921 111 22 33;990;0\n",
    )
    [orlov] = ids_by_last_name(workspace).values()
    [parcel] = workspace.purchases.list_for(orlov)
    assert (parcel.data.number, parcel.total) == ("80081234567891", Decimal("990"))
    assert workspace.clients.get(orlov).data.postcode == "190000"


def test_a_web_shops_recipient_who_is_the_buyer_leaves_the_address_the_buyers(
    workspace: Workspace, tmp_path: Path
) -> None:
    # InSales' orders name the buyer again as the «Получатель»: the delivery's address is
    # the buyer's own. «Название товара» was no item, «Комментарий покупателя» a line of
    # the client's notes.
    committed(
        workspace,
        tmp_path / "orders.csv",
        "Номер заказа;Дата создания;Контактное лицо;Телефон;Адрес доставки;Получатель;"
        "Сумма заказа;Комментарий покупателя;Название товара;Количество;Цена\n"
        "1001;01.11.2026 10:15;Иванова Анна;+7 916 123-45-67;Москва, ул. Мира, 5-7;"
        "Иванова Анна;2290;позвонить заранее;Свеча;2;1145\n"
        "1002;03.11.2026 12:00;Петров Игорь;89031112233;Казань, ул. Баумана, 1;Петров Игорь;"
        "990;;Мыло;1;990\n",
    )
    ids = ids_by_last_name(workspace)
    anna = workspace.clients.get(ids["Иванова"]).data
    assert (anna.city, anna.street, anna.notes) == ("Москва", "ул. Мира, 5-7", "")
    [order] = workspace.purchases.list_for(ids["Иванова"])
    assert [(i.name, i.quantity) for i in order.data.items] == [("Свеча", Decimal("2"))]
    assert order.data.comment.splitlines()[0] == "позвонить заранее"
