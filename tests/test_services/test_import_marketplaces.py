"""A marketplace's reports of orders: with their buyers (Ozon's rFBS), each a purchase of its
buyer; without them (Ozon's FBS, Wildberries, Яндекс Маркет), refused as a list of sales no
client can be found for, rather than clients named after the goods."""

from decimal import Decimal
from pathlib import Path

import pytest

from clientbase.db.enums import PurchaseStatus
from clientbase.errors import ImportFileError
from clientbase.exchange.header import Target, propose_mapping
from clientbase.services.import_plan import read_plan_source
from clientbase.services.workspace import Workspace
from tests.test_services.test_sales_book import committed, ids_by_last_name

OZON = (
    "Номер заказа;Номер отправления;Принят в обработку;Дата отгрузки;Статус;Сумма отправления;"
    "Наименование товара;Артикул;Ваша цена;Количество"
)
OZON_ROWS = (
    "0123456789-0001;0123456789-0001-1;2026-11-01 10:15:00;2026-11-02;Доставлен;1290;"
    "Свеча ароматическая;SV-01;1290;1",
    "0123456780-0002;0123456780-0002-1;2026-11-03 12:00:00;2026-11-04;Доставляется;2580;"
    "Свеча ароматическая;SV-01;1290;2",
    "0123456780-0003;0123456780-0003-1;2026-11-05 12:00:00;;Ожидает сборки;990;"
    "Мыло детское;MY-02;990;1",
)
BUYERS = ("Иванова Анна;+79161234567", "Петров Игорь;+79267654321", "Иванова Анна;+79161234567")


def test_a_marketplaces_orders_with_their_buyers_are_the_buyers_purchases(
    workspace: Workspace, tmp_path: Path
) -> None:
    # They came in as the buyers' notes, «Принят в обработку» and all: the import took no
    # column for the orders' day, the consent words' «обработку» keeping it in the notes.
    text = "\n".join(
        [
            f"{OZON};Покупатель;Телефон покупателя",
            *map(";".join, zip(OZON_ROWS, BUYERS, strict=True)),
        ]
    )
    committed(workspace, tmp_path / "postings.csv", text + "\n")
    cards = ids_by_last_name(workspace)
    assert set(cards) == {"Иванова", "Петров"}
    assert workspace.clients.get(cards["Иванова"]).data.notes == ""
    sales = sorted(
        (p.data.date.day, p.data.number, p.data.status, p.total, p.data.items[0].name)
        for p in workspace.purchases.list_for(cards["Иванова"])
    )
    assert sales == [
        (1, "0123456789-0001", PurchaseStatus.DONE, Decimal("1290"),
         "Свеча ароматическая (арт. SV-01)"),
        (5, "0123456780-0003", PurchaseStatus.NEW, Decimal("990"), "Мыло детское (арт. MY-02)"),
    ]  # fmt: skip
    [shipped] = workspace.purchases.list_for(cards["Петров"])
    assert shipped.data.status is PurchaseStatus.SHIPPED
    # The posting's number is the order's, not a phone that is no number.
    assert "Номер отправления: 0123456780-0002-1" in shipped.data.comment


@pytest.mark.parametrize(
    "text",
    [
        "\n".join([OZON, *OZON_ROWS]),
        # Wildberries' report of sales.
        "Номер поставки;Предмет;Код номенклатуры;Бренд;Артикул поставщика;Баркод;"
        "Тип документа;Дата продажи;Кол-во;Цена розничная\n"
        "12345;Свечи ароматические;98765432;Уют;SV-01;4601234567890;Продажа;2026-11-05;1;1290\n"
        "12346;Мыло детское;98765433;Уют;MY-02;4601234567891;Возврат;2026-11-06;1;990",
        # Яндекс Маркет's orders: «Товар» of two words, which had read as a buyer's name.
        "Номер заказа;Дата оформления;Статус;Товар;Количество;Цена;Сумма\n"
        "1001;01.11.2026;Доставлен;Свеча ароматическая;1;1290;1290\n"
        "1002;02.11.2026;Отменён;Мыло детское;2;300;600",
    ],
    ids=["ozon", "wildberries", "yandex-market"],
)
def test_a_marketplaces_report_without_buyers_is_refused_as_such(tmp_path: Path, text: str) -> None:
    # Each row became a client named after what was sold («Свеча Ароматическая»), with
    # the posting's number a phone refused on every row.
    path = tmp_path / "report.csv"
    path.write_text(text + "\n", encoding="utf-8")
    with pytest.raises(ImportFileError) as error:
        read_plan_source(path)
    assert error.value.code == "no_buyer_column"
    assert "names no buyer" in str(error.value)


def test_a_client_list_without_names_is_still_told_it_has_none(tmp_path: Path) -> None:
    path = tmp_path / "numbers.csv"
    path.write_text("Телефон;Город\n89161234567;Тула\n89161234568;Тверь\n", encoding="utf-8")
    with pytest.raises(ImportFileError) as error:
        read_plan_source(path)
    assert error.value.code == "no_name_column"


def test_a_counterpartys_bare_name_beside_sums_is_still_the_client() -> None:
    # 1C's «Наименование» names the counterparty; only a name that says it is of goods is not.
    headers = ["Наименование", "Телефон", "Сумма продаж"]
    rows = [["Иванова Мария", "89161234567", "1200"], ["ООО Ромашка", "89161234568", "800"]]
    assert propose_mapping(headers, rows)[0] is Target.FULL_NAME
    goods = ["Наименование товара", "Телефон", "Сумма"]
    assert propose_mapping(goods, rows)[0] is not Target.FULL_NAME


@pytest.mark.parametrize(
    ("values", "phone"),
    [
        (["12345678-0001-1", "12345679-0002-1"], False),  # Ozon's postings
        (["0123456789-0001-1", "0123456780-0002-1"], False),
        (["8-916-123-45-67", "8-926-765-43-21"], True),
        (["375-29-123-45-67", "375-29-765-43-21"], True),
    ],
)
def test_a_posting_number_is_no_phone(values: list[str], phone: bool) -> None:
    mapping = propose_mapping(["Номер", "ФИО"], [[v, "Иванова Анна"] for v in values])
    assert (mapping[0] is Target.PHONE) is phone
