"""A sales book's own words about each sale: how it stands («Выполнен», «Отменён», «Возврат»)
under a bare «Статус», how it was paid («карта», «наличные») under «Оплата», and the order's
comment. The status went to the client's notes once a sale, a cancelled sale counted in the
client's total, and every «карта» was named as a value to fix."""

from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from clientbase.db.enums import PaymentState, PurchaseStatus
from clientbase.exchange.header import Target, propose_mapping
from clientbase.services.client_data import ClientInput
from clientbase.services.client_query import ClientQuery, find_client_ids
from clientbase.services.importing import commit_import
from clientbase.services.purchases import PurchaseRecord
from clientbase.services.workspace import Workspace
from tests.conftest import person
from tests.test_services.test_importing import plan_for

BOOK = """Дата;Клиент;Телефон;Товар;Сумма;Статус;Оплата;Комментарий к заказу
01.03.2026;Иванова Мария;8 916 111-22-33;Плед;3 490,00 ₽;Выполнен;карта;подарочная упаковка
05.03.2026;Иванова Мария;8 916 111-22-33;Свеча;650;Отменен;наличные;
06.03.2026;Петров Олег;8 916 222-33-44;Кофе;150;Доставлен;в долг;
07.03.2026;Петров Олег;8 916 222-33-44;Чай;300;Возврат;наличные;
08.03.2026;Петров Олег;8 916 222-33-44;Мёд;800;Выполнен;бартер;
"""


def committed(workspace: Workspace, path: Path, text: str | None = None) -> None:
    """Import a sheet (a CSV written as given, when `text` is), no value left out."""
    if text is not None:
        path.write_text(text, encoding="utf-8")
    plan = plan_for(workspace, path)
    assert plan.problems() == []
    commit_import(workspace.db, workspace.settings, plan)


def ids_by_last_name(workspace: Workspace) -> dict[str, int]:
    """The base's clients' ids by their last names (a test's clients have each their own)."""
    ids = find_client_ids(workspace.db, ClientQuery())
    return {workspace.clients.get(i).data.last_name: i for i in ids}


def one_client_and_sale(
    workspace: Workspace, path: Path, text: str
) -> tuple[ClientInput, PurchaseRecord]:
    """Import a sheet of one client's one sale, no value left out: the card and the sale."""
    committed(workspace, path, text)
    [client_id] = find_client_ids(workspace.db, ClientQuery())
    [sale] = workspace.purchases.list_for(client_id)
    return workspace.clients.get(client_id).data, sale


def imported(workspace: Workspace, path: Path, text: str) -> int:
    """Import a sales sheet written as given, no value left out; Иванова's id."""
    committed(workspace, path, text)
    return find_client_ids(workspace.db, ClientQuery(search="иванова"))[0]


def test_a_bare_status_on_a_sales_book_is_the_sales() -> None:
    headers = ["Дата", "Клиент", "Товар", "Сумма", "Статус"]
    sales = [["01.03.2026", "Иванова", "Плед", 10, "Выполнен"], [None, None, None, None, "Новый"]]
    assert propose_mapping(headers, sales)[4] is Target.PURCHASE_STATUS
    # Where its words are a client's, it stays the client's.
    clients = [["01.03.2026", "Иванова", "Плед", 10, "Постоянный"]]
    assert propose_mapping(headers, clients)[4] is Target.STATUS
    # A client list's «Статус» is the client's, whatever it says.
    assert propose_mapping(["ФИО", "Статус"], [["Иванова", "Выполнен"]])[1] is Target.STATUS


def test_a_sales_books_bare_comment_is_the_sales() -> None:
    headers = ["Дата", "Клиент", "Товар", "Сумма", "Комментарий"]
    sale = ["01.03.2026", "Иванова", "Плед", 10, "подарок маме"]
    assert propose_mapping(headers, [sale])[4] is Target.PURCHASE_COMMENT
    # On a client list it is the client's.
    assert propose_mapping(["ФИО", "Комментарий"], [["Иванова", "VIP"]])[1] is Target.NOTES


def test_a_sales_book_says_how_each_sale_stands_and_was_paid(
    workspace: Workspace, tmp_path: Path
) -> None:
    path = tmp_path / "book.csv"
    path.write_text(BOOK, encoding="utf-8")
    plan = plan_for(workspace, path)
    assert plan.mapping[5:] == [
        Target.PURCHASE_STATUS, Target.PAYMENT, Target.PURCHASE_COMMENT,
    ]  # fmt: skip
    # Only what says nothing the program knows is named: «бартер».
    assert [(p.line, p.column, p.value) for p in plan.problems()] == [(6, "Оплата", "бартер")]
    commit_import(workspace.db, workspace.settings, plan)

    def sales(search: str) -> list[tuple[object, ...]]:
        client_id = find_client_ids(workspace.db, ClientQuery(search=search))[0]
        return sorted(
            (p.data.date.day, p.data.status, p.data.payment_state, p.total, p.data.comment)
            for p in workspace.purchases.list_for(client_id)
        )

    assert sales("иванова") == [
        (1, PurchaseStatus.DONE, PaymentState.PAID, Decimal("3490.00"),
         "подарочная упаковка\nОплата: карта"),
        (5, PurchaseStatus.CANCELLED, PaymentState.PAID, Decimal("650.00"), "Оплата: наличные"),
    ]  # fmt: skip
    assert sales("петров") == [
        (6, PurchaseStatus.DONE, PaymentState.UNPAID, Decimal("150.00"), ""),
        (7, PurchaseStatus.CANCELLED, PaymentState.PAID, Decimal("300.00"), "Оплата: наличные"),
        # Kept in the sale's comment, as a value left out of a card is in its notes.
        (8, PurchaseStatus.DONE, PaymentState.PAID, Decimal("800.00"), "Оплата: бартер"),
    ]
    # A cancelled or returned sale is no money spent.
    ivanova = find_client_ids(workspace.db, ClientQuery(search="иванова"))[0]
    assert workspace.clients.get(ivanova).summary.total_spent == Decimal("3490.00")


def test_a_salons_visits_are_its_clients_purchases(workspace: Workspace, tmp_path: Path) -> None:
    """A salon keeps its visits: «Дата визита», «Процедура», «Стоимость». «Процедура» was
    no known column, so the visits went to the notes, a line each, and no visit counted."""
    path = tmp_path / "visits.csv"
    path.write_text(
        "ФИО;Телефон;Дата визита;Процедура;Кол.;Стоимость\n"
        "Иванова Анна;8 916 111-22-33;01.05.2024;Стрижка;1;1500\n"
        "Иванова Анна;8 916 111-22-33;01.06.2024;Окрашивание;1;4500\n"
        "Петрова Мария;8 903 111-22-44;03.05.2024;Маникюр;2;1200\n",
        encoding="utf-8",
    )
    plan = plan_for(workspace, path)
    assert plan.mapping[2:] == [Target.PURCHASE_DATE, Target.ITEM, Target.QUANTITY, Target.AMOUNT]
    assert plan.problems() == []
    commit_import(workspace.db, workspace.settings, plan)
    anna = find_client_ids(workspace.db, ClientQuery(search="иванова"))[0]
    visits = sorted(
        (p.data.date.month, [item.name for item in p.data.items], p.total)
        for p in workspace.purchases.list_for(anna)
    )
    assert visits == [(5, ["Стрижка"], Decimal("1500")), (6, ["Окрашивание"], Decimal("4500"))]
    assert workspace.clients.get(anna).data.notes == ""


def test_who_served_a_visit_is_kept_with_the_visit(workspace: Workspace, tmp_path: Path) -> None:
    """«Мастер» was no known column: the client's notes got «Мастер: Ольга», «Мастер:
    Ирина», a line a visit, with no word of which visit each master did."""
    maria = imported(
        workspace,
        tmp_path / "visits.csv",
        "Дата визита;Клиент;Телефон;Процедура;Стоимость;Мастер\n"
        "01.11.2026;Иванова Мария;+7 916 123-45-67;Стрижка;1000;Ольга\n"
        "02.11.2026;Иванова Мария;+7 916 123-45-67;Окрашивание;2000;Ирина\n"
        "03.11.2026;Иванова Мария;+7 916 123-45-67;Укладка;500;\n",
    )
    visits = sorted((p.data.date.day, p.data.comment) for p in workspace.purchases.list_for(maria))
    assert visits == [(1, "Мастер: Ольга"), (2, "Мастер: Ирина"), (3, "")]
    card = workspace.clients.get(maria).data
    assert (card.notes, card.responsible) == ("", "")


def test_a_client_lists_master_is_the_clients_responsible() -> None:
    headers = ["ФИО", "Телефон", "Мастер", "Лечащий врач"]
    client = ["Иванова Мария", "+7 916 123-45-67", "Ольга", "Петров И. И."]
    # The first says who looks after the client; the second is kept in the notes.
    assert propose_mapping(headers, [client])[2:] == [Target.RESPONSIBLE, Target.NOTES]
    assert propose_mapping(["ФИО", "Менеджер", "Мастер"], [client[:3]])[1:] == [
        Target.RESPONSIBLE, Target.NOTES,
    ]  # fmt: skip


def test_a_receipts_date_is_the_sales_day_not_its_number() -> None:
    headers = ["Дата чека", "Номер чека", "Покупатель", "Товар", "Сумма"]
    sale = ["01.03.2026", "000123", "Иванова Мария", "Плед", 3490]
    assert propose_mapping(headers, [sale])[:2] == [Target.PURCHASE_DATE, Target.ORDER_NUMBER]


def test_a_woocommerce_orders_export_brings_its_customers_and_sales(
    workspace: Workspace, tmp_path: Path
) -> None:
    """«Billing First Name» and «Billing Last Name» were no names: every row was a sale of
    nobody, and the file brought nothing in. «Item Cost» and «Customer Note» went to the
    notes, and «Оплата картой» was named as no way to pay."""
    maria = imported(
        workspace,
        tmp_path / "orders.csv",
        "Order Number,Order Status,Order Date,Billing First Name,Billing Last Name,"
        "Billing Phone,Billing City,Item Name,Quantity,Item Cost,Order Total Amount,"
        "Payment Method Title,Customer Note\n"
        "1001,Completed,2026-11-01 10:00,Мария,Иванова,+79161112233,Москва,Свеча,2,650,1300,"
        "Оплата картой,Упаковать\n",
    )
    card = workspace.clients.get(maria).data
    assert (card.first_name, card.city, card.notes) == ("Мария", "Москва", "")
    [sale] = workspace.purchases.list_for(maria)
    assert [(i.name, i.quantity, i.price) for i in sale.data.items] == [
        ("Свеча", Decimal(2), Decimal(650))
    ]
    assert (sale.data.number, sale.data.payment_state) == ("1001", PaymentState.PAID)
    assert sale.data.comment == "Упаковать\nPayment Method Title: Оплата картой"


def test_a_receipts_total_and_way_of_paying_are_the_sales(
    workspace: Workspace, tmp_path: Path
) -> None:
    # «Итого» and «Способ оплаты» were unknown: the sales had no sum, and every row's total
    # and way of paying were lines of the client's notes.
    maria = imported(
        workspace,
        tmp_path / "sales.csv",
        "Дата;Покупатель;Телефон;Товар;Итого, руб.;Способ оплаты\n"
        "01.03.2026;Иванова Мария;8 916 111-22-33;Плед;3 490;Картой\n",
    )
    [sale] = workspace.purchases.list_for(maria)
    assert (sale.data.total, sale.data.payment_state) == (Decimal("3490"), PaymentState.PAID)
    assert sale.data.comment == "Способ оплаты: Картой"
    assert workspace.clients.get(maria).data.notes == ""
    # On a client list the total stays a note: it may be all the client has spent.
    assert propose_mapping(["ФИО", "Итого"], [["Иванова", 3490]])[1] is Target.NOTES


def test_a_sales_discount_and_bonuses_are_the_sales_and_the_sum_paid_its_sum(
    workspace: Workspace, tmp_path: Path
) -> None:
    # A sale's «Скидка» «10%» became the client's discount for good (and «500 р.» a value
    # to fix), «Сумма со скидкой» and «Бонусы» a line of the client's notes a sale, and the
    # sale counted at its sum before the discount: the client's total was not what was paid.
    maria = imported(
        workspace,
        tmp_path / "sales.csv",
        "Дата;Клиент;Телефон;Товар;Кол-во;Цена;Скидка;Сумма;Сумма со скидкой;Бонусы;Доставка\n"
        "01.11.2026;Иванова Мария;89161112233;Платье;1;5 000;10%;5 000;4 500;45;0\n"
        "01.11.2026;Иванова Мария;89161112233;Шарф;2;1 000;;2 000;2 000;20;нет\n"
        "03.11.2026;Иванова Мария;89161112233;Куртка;1;12 000;500 р.;12 000;11 500;;300\n",
    )
    sales = sorted(
        (
            (p.data.items[0].name, p.total, p.data.comment)
            for p in workspace.purchases.list_for(maria)
        ),
    )
    assert sales == [
        ("Куртка", Decimal("11500"), "Скидка: 500 р.\nСумма: 12 000\nДоставка: 300"),
        ("Платье", Decimal("4500"), "Скидка: 10%\nСумма: 5 000\nБонусы: 45"),
        # The sum before the discount is not said where it is the sum paid.
        ("Шарф", Decimal("2000"), "Бонусы: 20"),
    ]
    card = workspace.clients.get(maria).data
    assert (card.discount_percent, card.notes) == (Decimal("0"), "")
    # An order's total beside its lines' sums is the order's too.
    headers = ["№ заказа", "Дата", "Клиент", "Товар", "Сумма", "Итого по заказу"]
    line = ["101", "01.11.2026", "Иванова", "Платье", 5000, 6300]
    assert propose_mapping(headers, [line])[4:] == [Target.AMOUNT, Target.SALE_NOTE]
    # On a client list the discount is the client's, and a bonus balance a note.
    assert propose_mapping(["ФИО", "Скидка", "Бонусы"], [["Иванова", "5%", 120]])[1:] == [
        Target.DISCOUNT, Target.NOTES,
    ]  # fmt: skip


def test_a_discount_the_sheet_shows_as_a_percentage_is_noted_as_shown(
    workspace: Workspace, tmp_path: Path
) -> None:
    # Excel keeps «10%» as 0.1: the sale's comment said «Скидка: 0.1», and a client list's
    # note column shown as percentages «Доля: 0.25».
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Дата", "Клиент", "Товар", "Скидка", "Сумма", "Сумма со скидкой"])
    sheet.append([date(2026, 11, 1), "Иванова Мария", "Платье", 0.1, 5000, 4500])
    sheet.append([date(2026, 11, 2), "Иванова Мария", "Шарф", 0.055, 1000, 945])
    for row in sheet.iter_rows(min_row=2):
        row[0].number_format, row[3].number_format = "DD.MM.YYYY", "0.0%"
    path = tmp_path / "sales.xlsx"
    book.save(path)
    committed(workspace, path)
    maria = find_client_ids(workspace.db, ClientQuery(search="иванова"))[0]
    comments = sorted(p.data.comment for p in workspace.purchases.list_for(maria))
    assert comments == ["Скидка: 10%\nСумма: 5000", "Скидка: 5.5%\nСумма: 1000"]

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["ФИО", "Доля"])
    sheet.append(["Петров Олег", 0.25])
    sheet["B2"].number_format = "0%"
    path = tmp_path / "clients.xlsx"
    book.save(path)
    committed(workspace, path)
    oleg = find_client_ids(workspace.db, ClientQuery(search="петров"))[0]
    assert workspace.clients.get(oleg).data.notes == "Доля: 25%"


def test_a_log_of_dates_clients_and_prices_brings_each_sales_sum(
    workspace: Workspace, tmp_path: Path
) -> None:
    # With no item and no «Сумма», the «Цена» was read and dropped: every sale came in at 0.
    path = tmp_path / "log.csv"
    path.write_text(
        "Дата;Клиент;Кол-во;Цена\n"
        "01.11.2026;Иванова Мария;;1 200\n"
        "02.11.2026;Иванова Мария;3;100\n"
        "03.11.2026;Иванова Мария;;-50\n",  # a minus is named at the price, as at a sum
        encoding="utf-8",
    )
    plan = plan_for(workspace, path)
    assert [(p.line, p.column, p.code) for p in plan.problems()] == [(4, "Цена", "negative_amount")]
    commit_import(workspace.db, workspace.settings, plan)
    maria = find_client_ids(workspace.db, ClientQuery(search="иванова"))[0]
    sales = sorted(
        (p.data.date.day, p.total, p.data.comment) for p in workspace.purchases.list_for(maria)
    )
    assert sales == [(1, Decimal("1200"), ""), (2, Decimal("300"), "Кол-во: 3")]
    assert workspace.clients.get(maria).summary.total_spent == Decimal("1500")


def test_the_price_asked_of_a_sale_without_an_item_is_said_beside_its_sum(
    workspace: Workspace, tmp_path: Path
) -> None:
    maria = imported(
        workspace,
        tmp_path / "log.csv",
        "Дата;Клиент;Цена;Сумма\n"
        "01.11.2026;Иванова Мария;1 200;1 000\n"  # after a discount: the price was dropped
        "02.11.2026;Иванова Мария;500;500\n",
    )
    sales = sorted((p.total, p.data.comment) for p in workspace.purchases.list_for(maria))
    assert sales == [(Decimal("500"), ""), (Decimal("1000"), "Цена: 1 200")]


def test_an_items_code_stays_with_the_item(workspace: Workspace, tmp_path: Path) -> None:
    # «Артикул» went to the client's notes, a line a sale, apart from what it was the code of.
    maria = imported(
        workspace,
        tmp_path / "sales.csv",
        "Дата;Клиент;Телефон;Артикул;Товар;Сумма\n"
        "01.03.2026;Иванова Мария;8 916 111-22-33;PL-12;Плед;3490\n"
        "02.03.2026;Иванова Мария;8 916 111-22-33;SV-7;;650\n",
    )
    sales = sorted((p.data.date.day, [i.name for i in p.data.items])
                   for p in workspace.purchases.list_for(maria))  # fmt: skip
    assert sales == [(1, ["Плед (арт. PL-12)"]), (2, ["арт. SV-7"])]
    assert workspace.clients.get(maria).data.notes == ""


def test_a_sales_log_of_dates_names_and_sums_brings_each_clients_purchases(
    workspace: Workspace, tmp_path: Path
) -> None:
    """A till's log without the items: «Дата», «Покупатель», «Сумма». Its dates and sums went
    to the notes, a line each sale, and the totals stayed at zero."""
    maria = imported(
        workspace,
        tmp_path / "log.csv",
        "Дата;Покупатель;Телефон;Сумма\n"
        "12.01.2026;Иванова Мария;8 916 111-22-33;4 500,00 ₽\n"
        "14.01.2026;Петров Олег;8 916 111-22-34;1 200\n"
        "20.01.2026;Иванова Мария;8 916 111-22-33;700\n"
        "02.02.2026;Петров Олег;8 916 111-22-34;300\n"
        "05.02.2026;Орлова Анна;8 916 111-22-35;2 000\n",
    )
    sales = sorted((p.data.date.day, p.total) for p in workspace.purchases.list_for(maria))
    assert sales == [(12, Decimal("4500.00")), (20, Decimal("700"))]
    card = workspace.clients.get(maria)
    assert (card.summary.total_spent, card.data.notes) == (Decimal("5200.00"), "")
    assert len(find_client_ids(workspace.db, ClientQuery())) == 3


def test_a_tills_log_of_dates_phones_and_sums_brings_the_clients_purchases(
    workspace: Workspace, tmp_path: Path
) -> None:
    """A till's export names no one, only the phone the buyer gave: read as a client list
    it was refused («no column holds client names»); the same phones coming back make it a
    sales log whose sales find their clients by phone."""
    maria = workspace.clients.create(person("Иванова", "Мария", phones=("+79161112233",)))
    oleg = workspace.clients.create(person("Петров", "Олег", phones=("+79161112234",)))
    imported(
        workspace,
        tmp_path / "till.csv",
        "Дата;Телефон;Сумма\n"
        "01.02.2026;89161112233;100\n"
        "02.02.2026;8 916 111-22-33;200\n"
        "03.02.2026;89161112234;300\n"
        "04.02.2026;+7 916 111-22-34;50\n"
        "05.02.2026;89161112233;70\n",
    )
    assert find_client_ids(workspace.db, ClientQuery()) == [maria, oleg]
    totals = [workspace.clients.get(c).summary.total_spent for c in (maria, oleg)]
    assert totals == [Decimal(370), Decimal(350)]


def test_an_orders_table_that_names_no_client_keeps_its_other_columns_in_each_sale(
    workspace: Workspace, tmp_path: Path
) -> None:
    """Northwind's Orders, imported after its Customers, finds each order's client by the
    code and leaves the card alone: its «Freight», «ShippedDate», «ShipCity» were dropped
    without a word, neither on the card nor with the sale."""
    alfki = workspace.clients.create(person("Anders", "Maria", client_code="ALFKI", city="Berlin"))
    committed(
        workspace,
        tmp_path / "Orders.csv",
        "OrderID,CustomerID,EmployeeID,OrderDate,ShippedDate,Freight,ShipCity,ShipCountry\n"
        "10643,ALFKI,6,1997-08-25,1997-09-02,29.46,Berlin,Germany\n"
        "10692,ALFKI,4,1997-10-03,,61.02,Leipzig,Germany\n",
    )
    sales = sorted((p.data.number, p.data.comment) for p in workspace.purchases.list_for(alfki))
    assert sales == [
        ("10643", "EmployeeID: 6\nShippedDate: 1997-09-02\nFreight: 29.46\nShipCity: Berlin"
         "\nShipCountry: Germany"),
        ("10692", "EmployeeID: 4\nFreight: 61.02\nShipCity: Leipzig\nShipCountry: Germany"),
    ]  # fmt: skip
    card = workspace.clients.get(alfki).data
    assert (card.city, card.notes) == ("Berlin", "")


def test_a_receipt_number_again_on_another_day_is_another_sale(
    workspace: Workspace, tmp_path: Path
) -> None:
    # A till numbers its receipts afresh each day: the two «Чек 5» were one purchase of
    # both days' items, dated the first day.
    maria = imported(
        workspace,
        tmp_path / "receipts.csv",
        "Дата;Номер чека;Клиент;Телефон;Товар;Сумма\n"
        "01.03.2026;5;Иванова Мария;8 916 111-22-33;Плед;3490\n"
        "01.03.2026;5;Иванова Мария;8 916 111-22-33;Свеча;650\n"
        "02.03.2026;5;Иванова Мария;8 916 111-22-33;Кофе;150\n",
    )
    sales = sorted(
        (p.data.date.day, p.data.number, [i.name for i in p.data.items], p.total)
        for p in workspace.purchases.list_for(maria)
    )
    assert sales == [
        (1, "5", ["Плед", "Свеча"], Decimal("4140")),
        (2, "5", ["Кофе"], Decimal("150")),
    ]


def test_weighed_goods_keep_their_weight_and_price_per_kilo(
    workspace: Workspace, tmp_path: Path
) -> None:
    # 0.347 kg at 1,299.99 is 451.10 to the kopeck: the sum was taken for one piece,
    # «Сыр × 0.347» at 451.10, as if price and weight did not make it.
    maria = imported(
        workspace,
        tmp_path / "sales.csv",
        "Дата;Клиент;Телефон;Товар;Количество;Цена;Сумма\n"
        "01.03.2026;Иванова Мария;8 916 111-22-33;Сыр;0,347;1 299,99;451,10\n",
    )
    [sale] = workspace.purchases.list_for(maria)
    [item] = sale.data.items
    assert (item.name, item.quantity, item.price) == ("Сыр", Decimal("0.347"), Decimal("1299.99"))
    assert sale.total == Decimal("451.10")


def test_a_long_sales_log_whose_first_rows_name_each_client_once_is_a_sales_log(
    workspace: Workspace, tmp_path: Path
) -> None:
    """A shop of many clients: its first 200 sales are nearly all of different people, the
    regulars come back further down. It was read as a client list (the returns were looked
    for in the first 200 rows only): each client one card, the dates and sums in the notes."""
    import random

    rng = random.Random(5)
    names = [f"Клиентова{n} Анна" for n in range(600)]
    rows = ["Дата;Покупатель;Сумма"]
    for n in range(2000):
        day = date(2025, 1, 1) + timedelta(days=n // 6)
        rows.append(f"{day:%d.%m.%Y};{rng.choice(names)};{rng.randint(1, 90) * 100}")
    path = tmp_path / "log.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    plan = plan_for(workspace, path)
    assert plan.counts()["purchases"] == 2000
    assert all(row.data is None or row.data.notes == "" for row in plan.rows)


def test_a_short_log_of_the_buyers_dates_and_sums_is_a_sales_log(
    workspace: Workspace, tmp_path: Path
) -> None:
    # A week's sales, each to another buyer: nobody comes back yet, and «Покупатель» beside
    # a bare «Дата» and «Сумма» was read as a client list, the sales in the notes.
    maria = imported(
        workspace,
        tmp_path / "week.csv",
        "Дата;Покупатель;Сумма\n"
        "01.03.2026;Иванова Мария;3 490\n"
        "02.03.2026;Петров Олег;650\n"
        "03.03.2026;Орлова Анна;1 200\n",
    )
    [sale] = workspace.purchases.list_for(maria)
    assert (sale.data.date, sale.total) == (date(2026, 3, 1), Decimal("3490"))
    assert workspace.clients.get(maria).data.notes == ""
    # A client list's «Клиент» beside them stays a list: the date may be the last visit.
    assert propose_mapping(["Дата", "Клиент", "Сумма"], [["01.03.2026", "Иванова", 1]])[0] is (
        Target.NOTES
    )


def test_a_sales_columns_chosen_on_a_list_without_a_day_of_sale_stay_in_the_notes(
    workspace: Workspace, tmp_path: Path
) -> None:
    # «Покупка: товар» and «Покупка: сумма» picked in the wizard for a client list with no
    # «Покупка: дата» made no sale, and their values were dropped without a word.
    from clientbase.services.import_plan import plan_import, read_plan_source

    path = tmp_path / "clients.csv"
    path.write_text("ФИО;Что купил;Сумма\nИванова Мария;Плед;3 490\n", encoding="utf-8")
    table, header, _ = read_plan_source(path)
    mapping = [Target.FULL_NAME, Target.ITEM, Target.AMOUNT]
    plan = plan_import(workspace.db, workspace.settings, table, header, mapping, path.name)
    assert plan.counts()["purchases"] == 0
    data = plan.rows[0].data
    assert data is not None and data.notes == "Что купил: Плед\nСумма: 3 490"


def test_two_columns_set_to_a_sales_item_keep_the_seconds_in_the_sales_comment(
    workspace: Workspace, tmp_path: Path
) -> None:
    from clientbase.services.import_plan import plan_import, read_plan_source

    path = tmp_path / "sales.csv"
    path.write_text(
        "Дата;ФИО;Товар;Цвет;Сумма\n01.11.2026;Иванова Мария;Плед;синий;3 490\n",
        encoding="utf-8",
    )
    table, header, _ = read_plan_source(path)
    mapping = [Target.PURCHASE_DATE, Target.FULL_NAME, Target.ITEM, Target.ITEM, Target.AMOUNT]
    plan = plan_import(workspace.db, workspace.settings, table, header, mapping, path.name)
    sale = plan.rows[0].purchase
    assert sale is not None
    assert ([item.name for item in sale.items], sale.comment) == (["Плед"], "Цвет: синий")


def test_a_note_on_a_sales_row_under_the_clients_name_is_the_clients(
    workspace: Workspace, tmp_path: Path
) -> None:
    # A book writing the client's name once kept the notes of its first row only: those
    # of the rows under it were dropped without a word.
    client_id = imported(
        workspace,
        tmp_path / "book.csv",
        "ФИО;Телефон;Дата;Сумма;Комментарий;Заметки\n"
        "Иванова Мария;8 916 111-22-33;01.02.2026;1500;упаковать;VIP\n"
        ";;05.03.2026;2000;;позвонить в пятницу\n"
        "Петров Олег;8 916 222-33-44;03.02.2026;700;;\n",
    )
    assert workspace.clients.get(client_id).data.notes == "VIP\nпозвонить в пятницу"
    sales = workspace.purchases.list_for(client_id)
    assert sorted((p.data.date.month, p.data.comment) for p in sales) == [
        (2, "упаковать"), (3, ""),
    ]  # fmt: skip


def test_a_salons_visit_log_says_who_came_when_and_to_whom(
    workspace: Workspace, tmp_path: Path
) -> None:
    # YCLIENTS' records: «Пришел», «Не пришел», «Ожидание» were named as statuses unknown
    # on every row (and a no-show counted as a sale); «Время» and «Сотрудник» were a line
    # of the client's notes a visit.
    path = tmp_path / "records.csv"
    path.write_text(
        "Дата;Время;Клиент;Телефон;Услуга;Сотрудник;Стоимость;Статус визита\n"
        "01.11.2026;10:00;Иванова Мария;+7 916 111-22-33;Стрижка;Ольга;2500;Пришел\n"
        "03.11.2026;12:30;Иванова Мария;+7 916 111-22-33;Маникюр;Светлана;1800;Не пришёл\n"
        "10.11.2026;11:00;Иванова Мария;+7 916 111-22-33;Окрашивание;Ольга;4500;Ожидание\n",
        encoding="utf-8",
    )
    plan = plan_for(workspace, path)
    assert plan.mapping[1] is Target.SALE_NOTE and plan.mapping[5] is Target.SERVED_BY
    assert plan.problems() == []
    commit_import(workspace.db, workspace.settings, plan)
    client_id = find_client_ids(workspace.db, ClientQuery(search="иванова"))[0]
    visits = sorted(
        (p.data.date.day, p.data.status, p.data.comment)
        for p in workspace.purchases.list_for(client_id)
    )
    assert visits == [
        (1, PurchaseStatus.DONE, "Сотрудник: Ольга\nВремя: 10:00"),
        (3, PurchaseStatus.CANCELLED, "Сотрудник: Светлана\nВремя: 12:30"),
        (10, PurchaseStatus.NEW, "Сотрудник: Ольга\nВремя: 11:00"),
    ]
    card = workspace.clients.get(client_id)
    # The no-show is no money spent; the visit booked counts, as a new order does.
    assert card.data.notes == "" and card.summary.total_spent == Decimal("7000.00")


CREDIT = (
    "Дата;Клиент;Телефон;Товар;Сумма;Оплачено;Долг\n"
    "01.11.2026;Иванова Мария;89161112233;Шуба;50000;30000;20000\n"
    "03.11.2026;Иванова Мария;89161112233;Шапка;5000;5000;0\n"
    "05.11.2026;Иванова Мария;89161112233;Шарф;3000;0;3000\n"
    "07.11.2026;Иванова Мария;89161112233;Бусы;700;1000;\n"
)


def test_a_sale_on_credit_is_the_whole_sum_paid_in_part(
    workspace: Workspace, tmp_path: Path
) -> None:
    # A coat of 50 000 with 30 000 paid came in as a sale of 30 000, paid; a scarf not
    # paid for as a sale of 0; and each «Долг» a line of the client's notes.
    path = tmp_path / "credit.csv"
    path.write_text(CREDIT, encoding="utf-8")
    plan = plan_for(workspace, path)
    assert plan.mapping[4:] == [Target.AMOUNT, Target.SALE_NOTE, Target.SALE_NOTE]
    assert plan.problems() == []
    commit_import(workspace.db, workspace.settings, plan)
    client_id = find_client_ids(workspace.db, ClientQuery(search="иванова"))[0]
    assert sorted(
        (p.data.date.day, p.total, p.data.payment_state, p.data.comment)
        for p in workspace.purchases.list_for(client_id)
    ) == [
        (1, Decimal("50000.00"), PaymentState.PARTIAL, "Оплачено: 30000\nДолг: 20000"),
        (3, Decimal("5000.00"), PaymentState.PAID, ""),
        (5, Decimal("3000.00"), PaymentState.UNPAID, "Долг: 3000"),
        # Paid more than the sale's sum: paid, and what was paid is said.
        (7, Decimal("700.00"), PaymentState.PAID, "Оплачено: 1000"),
    ]
    assert workspace.clients.get(client_id).data.notes == ""


def test_a_book_of_debts_in_the_shops_own_words_says_what_was_paid(
    workspace: Workspace, tmp_path: Path
) -> None:
    # «Отдала» went to the client's notes, a line each sale, and the jacket was paid.
    client_id = imported(
        workspace, tmp_path / "debts.csv",
        "Дата;ФИО;Что взяла;Сумма;Отдала;Осталось\n"
        "01.10.2026;Иванова Мария;Куртка;12 000;5 000;7 000\n"
        "05.10.2026;Иванова Мария;Сапоги;6 500;6 500;0\n",
    )  # fmt: skip
    assert sorted(
        (p.data.date.day, p.data.payment_state, p.data.comment)
        for p in workspace.purchases.list_for(client_id)
    ) == [
        (1, PaymentState.PARTIAL, "Отдала: 5 000\nОсталось: 7 000"),
        (5, PaymentState.PAID, ""),
    ]
    assert workspace.clients.get(client_id).data.notes == ""


def test_what_was_paid_beside_a_discount_is_the_sales_sum() -> None:
    # Beside a «Скидка», «Оплачено» is the sum after it, as «Сумма со скидкой» is.
    headers = ["Дата", "Клиент", "Товар", "Сумма", "Скидка", "Оплачено"]
    row = ["01.11.2026", "Иванова Мария", "Шуба", "50000", "10%", "45000"]
    assert propose_mapping(headers, [row])[3:] == [
        Target.SALE_NOTE, Target.SALE_NOTE, Target.AMOUNT
    ]  # fmt: skip


def test_a_paid_column_of_yes_and_no_says_how_each_sale_was_paid(
    workspace: Workspace, tmp_path: Path
) -> None:
    # «да» had been read as the sale's sum, and named as no number on every row.
    client_id = imported(
        workspace, tmp_path / "book.csv",
        "Дата;Клиент;Товар;Сумма;Оплачено\n"
        "01.11.2026;Иванова Мария;Шуба;50000;да\n"
        "02.11.2026;Иванова Мария;Шапка;5000;нет\n",
    )  # fmt: skip
    assert sorted(
        (p.data.date.day, p.total, p.data.payment_state)
        for p in workspace.purchases.list_for(client_id)
    ) == [(1, Decimal("50000.00"), PaymentState.PAID), (2, Decimal("5000.00"), PaymentState.UNPAID)]


def test_an_instagram_shops_book_of_orders_brings_each_order(
    workspace: Workspace, tmp_path: Path
) -> None:
    # «Что заказала» was no item, so the book was read as a client list: every order a
    # block of the client's notes, and no purchase.
    client_id = imported(
        workspace, tmp_path / "orders.csv",
        "Дата;Ник в инстаграм;Имя;Телефон;Что заказала;Сумма;Предоплата;Остаток;Трек-номер;"
        "Статус\n"
        "01.11.2026;@masha_iv;Иванова Мария;89161112233;Платье синее;5900;2000;3900;"
        "RA123456789RU;Отправлен\n"
        "05.11.2026;@masha_iv;Иванова Мария;89161112233;Шарф;1200;0;1200;;Новый\n",
    )  # fmt: skip
    assert sorted(
        (p.data.date.day, p.total, p.data.status, p.data.payment_state, p.data.comment)
        for p in workspace.purchases.list_for(client_id)
    ) == [
        (1, Decimal("5900.00"), PurchaseStatus.SHIPPED, PaymentState.PARTIAL,
         "Предоплата: 2000\nОстаток: 3900\nТрек-номер: RA123456789RU"),
        (5, Decimal("1200.00"), PurchaseStatus.NEW, PaymentState.UNPAID, "Остаток: 1200"),
    ]  # fmt: skip
    # The buyer's profile is the card's Instagram (until 7 December a line of the notes).
    card = workspace.clients.get(client_id).data
    assert [(m.kind.value, m.handle) for m in card.messengers] == [("instagram", "@masha_iv")]
    assert card.notes == ""


def test_a_way_of_paying_beside_what_was_paid_leaves_the_sum_to_say_how_much(
    workspace: Workspace, tmp_path: Path
) -> None:
    # «карта» says how the client paid, not how much: the sale was taken as paid in full.
    client_id = imported(
        workspace, tmp_path / "book.csv",
        "Дата;Клиент;Товар;Сумма;Оплата;Оплачено\n"
        "01.11.2026;Иванова Мария;Шуба;5000;карта;2000\n"
        "03.11.2026;Иванова Мария;Шарф;700;оплачен;300\n",
    )  # fmt: skip
    assert sorted(
        (p.data.date.day, p.data.payment_state, p.data.comment)
        for p in workspace.purchases.list_for(client_id)
    ) == [
        (1, PaymentState.PARTIAL, "Оплачено: 2000\nОплата: карта"),
        # A word of how the sale stands wins; the figure that says otherwise is kept.
        (3, PaymentState.PAID, "Оплачено: 300"),
    ]
