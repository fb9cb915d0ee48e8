"""The day a shop took each client on, as its sheet or earlier program kept it («Дата
регистрации», «Клиент с»): the card's «Добавлен», not the day of the import."""

from datetime import date, datetime
from pathlib import Path

import pytest

from clientbase.exchange.header import Target, propose_mapping, target_of_header
from clientbase.services.client_query import ClientQuery, find_client_ids, load_rows
from clientbase.services.importing import commit_import
from clientbase.services.workspace import Workspace
from tests.conftest import person
from tests.test_services.test_importing import plan_for


def imported(workspace: Workspace, path: Path, text: str):
    path.write_text(text, encoding="utf-8")
    plan = plan_for(workspace, path)
    commit_import(workspace.db, workspace.settings, plan)
    return plan


def added(workspace: Workspace) -> dict[str, date]:
    """Each client's «Добавлен», as the table shows it, by name."""
    rows = load_rows(workspace.db, find_client_ids(workspace.db, ClientQuery()))
    return {row.display_name: row.created_at.date() for row in rows}


@pytest.mark.parametrize(
    "header",
    ["Дата регистрации", "Клиент с", "Дата создания", "Дата добавления", "Первый визит",
     "Добавлен", "Customer since", "Date added", "Created", "Дата создания контакта",
     # The day of the first purchase is the day the shop took the client on.
     "Дата первой покупки", "Первая покупка", "First purchase",
     # A café's or a delivery's guests (iiko): the day of the first order.
     "Дата первого заказа", "Первый заказ",
     # When a web form's answer came: Google Forms', Tilda's.
     "Отметка времени", "Timestamp", "Sent", "Дата заявки",
     # Yandex Forms' (a note until 7 December's seventh session).
     "Время создания", "Дата заполнения"],
)  # fmt: skip
def test_the_names_of_the_day_a_client_was_taken_on_are_known(header: str) -> None:
    assert target_of_header(header) is Target.CLIENT_SINCE


def test_an_orders_creation_day_is_the_sale_not_the_client() -> None:
    assert target_of_header("Дата создания заказа") is Target.PURCHASE_DATE
    assert target_of_header("Дата покупки") is Target.PURCHASE_DATE
    assert target_of_header("Дата оформления") is Target.PURCHASE_DATE


def test_a_sheets_day_of_registration_is_the_day_the_client_was_added(
    workspace: Workspace, tmp_path: Path
) -> None:
    # Before, the day went to the notes and every client was «added» on the day of the
    # import: the table's «Добавлен» and the dashboard's new clients per month said so.
    plan = imported(
        workspace,
        tmp_path / "clients.csv",
        "ФИО;Телефон;Дата регистрации\n"
        "Иванова Мария;+7 916 111-22-33;01.03.2023 12:00\n"
        "Петров Иван;+7 916 222-33-44;\n"
        "Сидоров Олег;+7 916 333-44-55;2019-07-15\n",
    )
    assert plan.problems() == []
    days = added(workspace)
    assert days["Иванова Мария"] == date(2023, 3, 1)
    assert days["Сидоров Олег"] == date(2019, 7, 15)
    assert days["Петров Иван"] == datetime.now().date()  # the sheet does not say: today
    cards = {workspace.clients.get(i).display_name: workspace.clients.get(i).data for i in
             find_client_ids(workspace.db, ClientQuery())}  # fmt: skip
    assert cards["Иванова Мария"].notes == ""


def test_a_client_written_twice_was_taken_on_at_the_earlier_day(
    workspace: Workspace, tmp_path: Path
) -> None:
    imported(
        workspace,
        tmp_path / "twice.csv",
        "ФИО;Телефон;Клиент с\n"
        "Иванова Мария;+7 916 111-22-33;01.03.2023\n"
        "Иванова Мария;8 916 111 22 33;15.01.2021\n",
    )
    assert added(workspace) == {"Иванова Мария": date(2021, 1, 15)}


def test_a_day_not_yet_come_or_no_day_is_named_and_kept_in_the_notes(
    workspace: Workspace, tmp_path: Path
) -> None:
    plan = imported(
        workspace,
        tmp_path / "bad.csv",
        "ФИО;Дата регистрации\nИванова Мария;01.03.2030\nПетров Иван;давно\nСидоров Олег;15.03\n",
    )
    assert [(p.line, p.value, p.code) for p in plan.problems()] == [
        (2, "01.03.2030", "date_in_future"),
        (3, "давно", "date_invalid"),
        (4, "15.03", "date_invalid"),
    ]
    assert set(added(workspace).values()) == {datetime.now().date()}
    notes = sorted(workspace.clients.get(i).data.notes for i in
                   find_client_ids(workspace.db, ClientQuery()))  # fmt: skip
    assert notes == ["Дата регистрации: 01.03.2030", "Дата регистрации: 15.03",
                     "Дата регистрации: давно"]  # fmt: skip


def test_a_month_or_a_year_alone_is_its_first_day_and_kept_as_written(
    workspace: Workspace, tmp_path: Path
) -> None:
    # A shop remembers when a regular first came as «янв 2020» or «2019»: that was «not a
    # date», and the card was added on the day of the import.
    plan = imported(
        workspace,
        tmp_path / "since.csv",
        "ФИО;Клиент с\nИванова Мария;янв 2020\nПетров Иван;2019\nСидоров Олег;03.2021\n"
        "Орлова Вера;март 2022 г.\nКим Ли;весна 2021\nЗайцев Ян;2030\n",
    )
    assert [(p.line, p.value, p.code) for p in plan.problems()] == [
        (6, "весна 2021", "date_invalid"), (7, "2030", "date_in_future"),
    ]  # fmt: skip
    today = datetime.now().date()
    assert added(workspace) == {
        "Иванова Мария": date(2020, 1, 1), "Петров Иван": date(2019, 1, 1),
        "Сидоров Олег": date(2021, 3, 1), "Орлова Вера": date(2022, 3, 1),
        "Ким Ли": today, "Зайцев Ян": today,
    }  # fmt: skip
    ivanova = find_client_ids(workspace.db, ClientQuery(search="Иванова"))
    assert workspace.clients.get(ivanova[0]).data.notes == "Клиент с: янв 2020"


def test_a_year_in_a_number_cell_is_its_first_day() -> None:
    from clientbase.services.since_days import client_since

    today = date(2026, 12, 6)
    assert client_since(2019, today) == (date(2019, 1, 1), "rough")
    assert client_since(2019.0, today) == (date(2019, 1, 1), "rough")
    assert client_since(datetime(2019, 5, 4, 12, 0), today) == (date(2019, 5, 4), "")
    assert client_since("13.2020", today) == (None, "date_invalid")
    assert client_since("1850", today) == (None, "year_only")


def test_a_client_of_the_base_keeps_its_day_when_a_sheet_adds_to_it(
    workspace: Workspace, tmp_path: Path
) -> None:
    # Undo restores a merged card as it was; the day it was added is no part of the card.
    workspace.clients.create(person("Иванова", "Мария", phones=("+7 916 111-22-33",)))
    imported(
        workspace,
        tmp_path / "more.csv",
        "ФИО;Телефон;Дата регистрации\nИванова Мария;+7 916 111-22-33;01.03.2023\n",
    )
    assert added(workspace) == {"Иванова Мария": datetime.now().date()}


def test_a_counterparty_lists_day_of_creation_is_the_clients_not_a_sale(
    workspace: Workspace, tmp_path: Path
) -> None:
    # МойСклад's counterparties: «Наименование» reads as an item, yet the list has no sales.
    plan = imported(
        workspace,
        tmp_path / "counterparty.csv",
        "Наименование;Телефон;ИНН;Дата создания\n"
        "ООО Ромашка;+7 495 123-45-67;7701234567;15.06.2022 09:30:00\n"
        "Иванова Мария;+7 916 111-22-33;;01.03.2023 12:00:00\n",
    )
    assert plan.counts()["purchases"] == 0
    assert added(workspace) == {"ООО Ромашка": date(2022, 6, 15), "Иванова Мария": date(2023, 3, 1)}


def test_a_web_shops_day_of_creation_beside_an_order_number_is_the_sales_day(
    workspace: Workspace, tmp_path: Path
) -> None:
    headers = ["Номер заказа", "Дата создания", "Покупатель", "Телефон", "Сумма"]
    row = ["1001", "20.11.2026 14:33", "Иванова Мария", "+7 916 111-22-33", "1 500"]
    assert propose_mapping(headers, [row])[1] is Target.PURCHASE_DATE
    imported(workspace, tmp_path / "orders.csv", ";".join(headers) + "\n" + ";".join(row) + "\n")
    [client_id] = find_client_ids(workspace.db, ClientQuery())
    [purchase] = workspace.purchases.list_for(client_id)
    assert purchase.data.date == date(2026, 11, 20)


def test_a_google_forms_answers_come_in_on_the_day_each_was_sent(
    workspace: Workspace, tmp_path: Path
) -> None:
    # «Отметка времени» went to the notes: each lead was «added» on the day of the import.
    plan = imported(
        workspace,
        tmp_path / "form.csv",
        '"Отметка времени","Ваше имя","Ваш телефон"\n'
        '"15.11.2026 14:23:11","Мария Иванова","89161112233"\n',
    )
    assert plan.problems() == []
    assert added(workspace) == {"Иванова Мария": date(2026, 11, 15)}
