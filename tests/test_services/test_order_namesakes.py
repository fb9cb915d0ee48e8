"""Two clients of one name on an orders sheet, each with a phone and e-mail of their own,
are two clients: until now the second one's orders were taken for the first one's (an
orders sheet finds its clients by name too), and the first card got the second's phone and
e-mail. The program's own export of 20,000 clients, with their purchases, imported into a
new base, gave 1,591 cards another client's phone that way."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from clientbase.db.enums import ClientKind
from clientbase.services.client_data import ClientInput, EmailInput, PhoneInput
from clientbase.services.import_plan import plan_import, read_plan_source
from clientbase.services.importing import commit_import
from clientbase.services.workspace import Workspace
from tests.conftest import person
from tests.test_services.test_importing import names, write_sheet

HEADER = ["Дата покупки", "Номер заказа", "Клиент", "Телефон", "E-mail", "Сумма"]
BORIS = "Александров Борис Николаевич"


def planned(workspace: Workspace, folder: Path, rows: list[list[object]]):
    """The plan of an orders sheet of `rows` under HEADER."""
    path = write_sheet(folder / "Покупки.xlsx", [HEADER, *rows])
    table, header, mapping = read_plan_source(path)
    return plan_import(workspace.db, workspace.settings, table, header, mapping, path.name)


def test_each_namesakes_orders_go_to_the_client_of_their_phone(
    workspace: Workspace, tmp_path: Path
) -> None:
    first = workspace.clients.create(
        person("Александров", "Борис", "Николаевич", phones=("+79517840202",),
               emails=("b.a793@inbox.ru",))
    )  # fmt: skip
    second = workspace.clients.create(
        person("Александров", "Борис", "Николаевич", phones=("89251690327",),
               emails=("b.a282@yandex.ru",))
    )  # fmt: skip
    plan = planned(
        workspace,
        tmp_path,
        [
            [date(2025, 1, 23), "17043", BORIS, "+7 951 784-02-02", "b.a793@inbox.ru", 650],
            [date(2025, 2, 1), "17102", BORIS, "89251690327", "b.a282@yandex.ru", 1200],
            [date(2025, 3, 9), "17555", BORIS, "89251690327", "b.a282@yandex.ru", 300],
        ],
    )  # fmt: skip
    assert [row.client_id for row in plan.rows] == [first, second, second]
    counts = plan.counts()
    assert (counts["merge"], counts["unchanged"], counts["purchases"]) == (2, 2, 3)
    commit_import(workspace.db, workspace.settings, plan)
    for client, phone, spent in ((first, "+79517840202", "650"), (second, "89251690327", "1500")):
        card = workspace.clients.get(client)
        assert [p.raw for p in card.data.phones] == [phone]
        assert card.summary.total_spent == Decimal(spent)


def test_namesakes_new_to_the_base_come_in_apart_the_second_marked(
    workspace: Workspace, tmp_path: Path
) -> None:
    """As on a client list: the second is a new client «though one of the same name is
    there», to be merged in the preview where the person knows it is one; a row of the name
    alone, or of a phone already seen, still finds its client."""
    plan = planned(
        workspace,
        tmp_path,
        [
            [date(2025, 1, 23), "1", BORIS, "+7 951 784-02-02", "", 650],
            [date(2025, 2, 1), "2", BORIS, "89251690327", "", 1200],
            [date(2025, 3, 9), "3", BORIS, "89251690327", "", 300],
            [date(2025, 4, 2), "4", "Петрова Анна", "", "", 100],
            [date(2025, 4, 3), "5", "Петрова Анна", "", "", 200],
        ],
    )  # fmt: skip
    assert [(row.action.value, row.reason) for row in plan.rows] == [
        ("new", ""), ("new", "namesake"), ("merge_in_file", "duplicate"), ("new", ""),
        ("merge_in_file", "duplicate"),
    ]  # fmt: skip
    commit_import(workspace.db, workspace.settings, plan)
    assert names(workspace) == [BORIS, BORIS, "Петрова Анна"]


def test_a_namesake_of_a_client_in_the_base_with_another_phone_is_asked_about(
    workspace: Workspace, tmp_path: Path
) -> None:
    """The client with a new phone, or another person: the purchase does not go to the card
    of that name, nor the phone onto it, unless the person merges the row in the preview.
    A later row of the name alone goes with that row, whichever the person decides."""
    anna = workspace.clients.create(person("Иванова", "Анна", phones=("+79161112233",)))
    plan = planned(
        workspace,
        tmp_path,
        [
            [date(2025, 1, 23), "1", "Иванова Анна", "+7 903 000-11-22", "", 650],
            [date(2025, 2, 1), "2", "Иванова Анна", "", "", 1200],
        ],
    )  # fmt: skip
    first, second = plan.rows
    assert (first.action.value, first.reason, first.client_id) == ("new", "namesake", anna)
    assert (second.action.value, second.same_as_line) == ("merge_in_file", first.line)


def test_an_order_goes_to_the_client_of_its_phone_though_it_shares_an_e_mail(
    workspace: Workspace, tmp_path: Path
) -> None:
    """A company's two cards with one e-mail and a phone each: each order goes to the card
    of its phone. Until now the second card's orders, found by the e-mail in the first
    card's earlier row, went to the first card, and its phone with them."""
    ao = workspace.clients.create(
        ClientInput(kind=ClientKind.COMPANY, organization="АО «Праздник»",
                    phones=[PhoneInput("8 (951) 767-28-80")], emails=[EmailInput("info@p.ru")])
    )  # fmt: skip
    ooo = workspace.clients.create(
        ClientInput(kind=ClientKind.COMPANY, organization="ООО «Праздник»",
                    phones=[PhoneInput("+79127061923")], emails=[EmailInput("info@p.ru")])
    )  # fmt: skip
    plan = planned(
        workspace,
        tmp_path,
        [
            [date(2025, 2, 1), "1", "АО «Праздник»", "8 (951) 767-28-80", "info@p.ru", 3870],
            [date(2025, 2, 21), "2", "ООО «Праздник»", "+79127061923", "info@p.ru", 3490],
        ],
    )  # fmt: skip
    assert [row.client_id for row in plan.rows] == [ao, ooo]
    assert plan.counts()["unchanged"] == 2
    commit_import(workspace.db, workspace.settings, plan)
    assert [p.raw for p in workspace.clients.get(ao).data.phones] == ["8 (951) 767-28-80"]
    assert workspace.clients.get(ooo).summary.total_spent == Decimal("3490")
