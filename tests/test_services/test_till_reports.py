"""Sales reports of the tills a small shop rings its sales up on (Эвотор, 1С:Розница): the
day with its time, the receipt's number, a document's kind «Продажа» or «Возврат» with
the sums in plus, a discount's sum beside the sale's. Such a report came in as clients
named after the items, or with every return counted as a sale."""

from decimal import Decimal
from pathlib import Path

from clientbase.db.enums import PurchaseStatus
from clientbase.exchange.header import Target, propose_mapping
from clientbase.services.importing import commit_import
from clientbase.services.workspace import Workspace
from tests.test_services.test_importing import plan_for
from tests.test_services.test_sale_returns import sales

CLIENTS = "ФИО;Телефон\nИванова Мария;+79161112233\nПетров Олег;89161112244\n"
# Эвотор's report of receipts: the client by the phone the receipt was sent to.
EVOTOR = (
    "Дата и время;Номер чека;Тип документа;Телефон покупателя;Наименование товара;Количество;"
    "Цена;Сумма скидки;Сумма;Тип оплаты\n"
    "05.11.2026 12:31:05;1523;Продажа;+79161112233;Крем для рук;2;350,00;35,00;665,00;Наличные\n"
    "05.11.2026 12:31:05;1523;Продажа;+79161112233;Шампунь;1;520,00;0,00;520,00;Наличные\n"
    "07.11.2026 18:15:00;1544;Продажа;89161112244;Маска;1;900,00;90,00;810,00;Карта\n"
    "08.11.2026 11:00:00;1551;Возврат;89161112244;Маска;1;900,00;90,00;810,00;Карта\n"
)


def with_the_shops_clients(workspace: Workspace, tmp_path: Path) -> Path:
    """The base the till's report finds its clients in by their phones; the report's path."""
    (tmp_path / "clients.csv").write_text(CLIENTS, encoding="utf-8")
    commit_import(workspace.db, workspace.settings, plan_for(workspace, tmp_path / "clients.csv"))
    return tmp_path / "report.csv"


def test_a_tills_report_of_receipts_brings_the_known_clients_sales(
    workspace: Workspace, tmp_path: Path
) -> None:
    path = with_the_shops_clients(workspace, tmp_path)
    path.write_text(EVOTOR, encoding="utf-8")
    plan = plan_for(workspace, path)
    assert plan.mapping == [
        Target.PURCHASE_DATE, Target.ORDER_NUMBER, Target.SALE_NOTE, Target.PHONE, Target.ITEM,
        Target.QUANTITY, Target.PRICE, Target.SALE_NOTE, Target.AMOUNT, Target.SALE_NOTE,
    ]  # fmt: skip
    assert plan.problems() == []
    commit_import(workspace.db, workspace.settings, plan)
    # One receipt of two lines is one sale of what was paid (the hand cream 2 × 350 less
    # 35 off, the price asked said); «Тип документа: Продажа» is no news to keep, the
    # discount's sum no sale's sum, and the receipt's way of payment is said once.
    assert sales(workspace, "иванова") == [
        (5, PurchaseStatus.DONE, Decimal("1185.00"),
         "Цена: 350,00\nСумма скидки: 35,00\nТип оплаты: Наличные"),
    ]  # fmt: skip
    # A «Возврат» written in plus takes back the sale of that sum: not counted twice.
    assert sales(workspace, "петров") == [
        (7, PurchaseStatus.CANCELLED, Decimal("810.00"),
         "Цена: 900,00\nСумма скидки: 90,00\nТип оплаты: Карта\nВозврат 08.11.2026"),
    ]  # fmt: skip


def test_a_return_of_one_line_of_a_receipt_stays_named(
    workspace: Workspace, tmp_path: Path
) -> None:
    path = with_the_shops_clients(workspace, tmp_path)
    path.write_text(
        EVOTOR + "09.11.2026 10:00:00;1560;Возврат;+79161112233;Шампунь;1;520,00;0,00;520,00;"
        "Наличные\n",
        encoding="utf-8",
    )
    plan = plan_for(workspace, path)
    # The receipt of two lines is no sale of 520 to cancel, nor to count again as one.
    assert [(p.line, p.column, p.value, p.code) for p in plan.problems()] == [
        (6, "Тип документа", "Возврат", "return_of_no_sale")
    ]
    commit_import(workspace.db, workspace.settings, plan)
    assert [sale[1:3] for sale in sales(workspace, "иванова")] == [
        (PurchaseStatus.DONE, Decimal("1185.00"))
    ]


# 1С:Розница's receipts: numbered as its documents are, the client by the discount card.
ROZNITSA = (
    "Дата;Номер;Дисконтная карта;Владелец карты;Сумма документа;Кассир;Вид операции\n"
    "01.11.2026 10:05:12;0000-000123;2000000012345;Иванова Мария Петровна;1 250,00;"
    "Смирнова А.;Продажа\n"
    "02.11.2026 15:40:00;0000-000124;2000000012346;Петров Олег;3 400,00;Смирнова А.;Продажа\n"
    "03.11.2026 11:00:00;0000-000125;2000000012345;Иванова Мария Петровна;1 250,00;"
    "Смирнова А.;Возврат\n"
)


def test_a_document_number_padded_with_zeros_is_the_sales_not_a_phone(
    workspace: Workspace, tmp_path: Path
) -> None:
    # «0000-000123» was taken for a phone, and named on every row as no number in use.
    path = tmp_path / "checks.csv"
    path.write_text(ROZNITSA, encoding="utf-8")
    plan = plan_for(workspace, path)
    assert plan.mapping[:3] == [Target.PURCHASE_DATE, Target.ORDER_NUMBER, Target.LOYALTY_CARD]
    assert plan.problems() == []
    commit_import(workspace.db, workspace.settings, plan)
    assert sales(workspace, "иванова") == [
        (1, PurchaseStatus.CANCELLED, Decimal("1250.00"), "Кассир: Смирнова А.\nВозврат 03.11.2026")
    ]
    assert [sale[1:3] for sale in sales(workspace, "олег")] == [
        (PurchaseStatus.DONE, Decimal("3400.00"))
    ]


def test_a_discounts_sum_is_not_the_sales_sum() -> None:
    # «Сумма скидки» before «Сумма» was taken for the sale's sum, by its word «Сумма».
    headers = ["Дата", "Клиент", "Товар", "Сумма скидки", "Сумма"]
    row = ["01.11.2026", "Иванова Мария", "Плед", "350", "3 150"]
    assert propose_mapping(headers, [row, row])[3:] == [Target.SALE_NOTE, Target.AMOUNT]
    # The sum before the discount is still a sum.
    headers = ["Дата", "Клиент", "Товар", "Сумма без скидки"]
    assert propose_mapping(headers, [row[:4]])[3] is Target.AMOUNT
