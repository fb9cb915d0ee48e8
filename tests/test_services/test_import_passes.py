"""A fitness club's or a school's sales of passes: the pass is what was bought, and its
days and the visits left on it are the sale's, not the client's notes."""

from datetime import datetime
from decimal import Decimal
from pathlib import Path

from clientbase.db.enums import PaymentState
from clientbase.exchange.header import Target, propose_mapping
from clientbase.services.client_query import ClientQuery, find_client_ids
from clientbase.services.workspace import Workspace
from tests.test_services.test_importing import plan_for
from tests.test_services.test_sales_book import committed

PASSES = (
    "ФИО;Телефон;Абонемент;Дата покупки;Стоимость;Дата начала;Дата окончания;"
    "Осталось занятий;Тренер\n"
    "Иванова Мария;+7 916 111-22-33;12 занятий;01.11.2026;6 000;02.11.2026;01.12.2026;5;Ольга\n"
    "Петров Сергей;+7 916 111-22-44;Безлимит 3 мес;15.09.2026;15 000;15.09.2026;14.12.2026;;"
    "Анна\n"
)


def test_a_pass_sold_is_the_purchases_item_with_its_days(
    workspace: Workspace, tmp_path: Path
) -> None:
    # The pass went to the client's notes with its days, the sale had no item, and the
    # five visits left («Осталось занятий: 5») made it a sale paid in part.
    committed(workspace, tmp_path / "passes.csv", PASSES)
    [maria] = find_client_ids(workspace.db, ClientQuery(search="иванова"))
    assert workspace.clients.get(maria).data.notes == ""
    [sale] = workspace.purchases.list_for(maria)
    assert [(item.name, item.price) for item in sale.data.items] == [
        ("12 занятий", Decimal("6000.00")),
    ]  # fmt: skip
    assert sale.data.payment_state is PaymentState.PAID
    for said in ("Дата окончания: 01.12.2026", "Осталось занятий: 5", "Тренер: Ольга"):
        assert said in sale.data.comment


def test_a_client_lists_end_of_a_pass_or_a_policy_is_a_day_to_call(
    workspace: Workspace, tmp_path: Path
) -> None:
    # An insurer's list of policies, a club's of members: «Дата окончания», «Оплачено до»
    # were lines of the notes, and no one was called before the policy ran out.
    path = tmp_path / "policies.csv"
    path.write_text(
        "Страхователь;Телефон;Вид страхования;Дата окончания\n"
        "Лебедева Ольга;+7 916 321-54-76;ОСАГО;14.01.2027\n"
        "Зайцев Денис;89163215477;КАСКО;28.02.2026\n",
        encoding="utf-8",
    )
    plan = plan_for(workspace, path)
    assert [(r.reminder.title, r.reminder.due_at) for r in plan.rows if r.reminder] == [
        ("Дата окончания", datetime(2027, 1, 14, 10, 0)),
    ]
    # A policy run out is history: kept in the notes as written.
    assert "Дата окончания: 28.02.2026" in plan.rows[1].data.notes
    headers = ["ФИО", "Телефон", "Оплачено до"]
    assert propose_mapping(headers, [["Иванов Миша", "89161234567", "31.12.2026"]])[2] is (
        Target.NEXT_CONTACT
    )


def test_a_log_of_check_ins_is_each_clients_visits(workspace: Workspace, tmp_path: Path) -> None:
    # A day, a client and the client's pass, nothing paid: every check-in had been a
    # purchase of 0 ₽ of «Безлимит».
    path = tmp_path / "visits.csv"
    path.write_text(
        "Дата;Клиент;Телефон;Абонемент\n"
        "01.11.2026;Иванова Мария;+7 916 111-22-33;Безлимит\n"
        "03.11.2026;Иванова Мария;+7 916 111-22-33;Безлимит\n"
        "03.11.2026;Петров Сергей;+7 916 111-22-44;8 занятий\n",
        encoding="utf-8",
    )
    # A regular's next visit brings nothing new of the card: no duplicate to look at.
    plan = plan_for(workspace, path)
    assert [(row.line, row.unchanged) for row in plan.rows] == [(2, False), (3, True), (4, False)]
    committed(workspace, path)
    [maria] = find_client_ids(workspace.db, ClientQuery(search="иванова"))
    assert workspace.purchases.list_for(maria) == []
    visits = workspace.interactions.list_for(maria)
    assert sorted((v.data.happened_at.day, v.data.text) for v in visits) == [
        (1, "Визит"), (3, "Визит"),
    ]  # fmt: skip
    assert workspace.clients.get(maria).data.notes == "Абонемент: Безлимит"
