"""A person and the company they work at, as CRMs and sales managers' lists write them: who
of the two is the client, and where the other one goes."""

from decimal import Decimal
from pathlib import Path

from clientbase.db.enums import ClientKind, PurchaseStatus
from clientbase.services.client_query import ClientQuery, find_client_ids
from clientbase.services.workspace import Workspace
from tests.test_services.test_import_web_shops import cards_of
from tests.test_services.test_importing import all_cards
from tests.test_services.test_sales_book import committed, ids_by_last_name

# amoCRM's deals, as «Экспорт» writes them: the deal's contact by name, the company of the
# deal, and the contact's own company.
AMO_DEALS = (
    "ID;Название сделки;Бюджет ₽;Ответственный;Дата создания;Этап сделки;Воронка;"
    "Полное имя контакта;Компания контакта;Рабочий телефон (контакт);"
    "Мобильный телефон (контакт);Компания;Дата закрытия\n"
    "101;Шторы в офис;15 000;Смирнов Алексей;12.03.2026;Успешно реализовано;Продажи;"
    "Иванова Мария Петровна;ООО Ромашка;+7 (495) 123-45-67;8 916 111-22-33;ООО Ромашка;"
    "20.03.2026\n"
    "102;Тюль;3 500;Смирнов Алексей;01.04.2026;Успешно реализовано;Продажи;Петров Иван;;;"
    "+79161112234;;05.04.2026\n"
)


def test_a_crms_deals_beside_a_company_are_their_contacts(
    workspace: Workspace, tmp_path: Path
) -> None:
    # With a company on one deal, «Полное имя контакта» went to the notes: that deal became
    # the company's, its buyer a line of its notes, and every deal without a company was
    # refused for want of a name.
    committed(workspace, tmp_path / "amocrm_leads.csv", AMO_DEALS)
    ids = ids_by_last_name(workspace)
    assert sorted(ids) == ["Иванова", "Петров"]
    maria = workspace.clients.get(ids["Иванова"]).data
    assert (maria.kind, maria.first_name, maria.middle_name) == (
        ClientKind.PERSON, "Мария", "Петровна",
    )  # fmt: skip
    # Her company, written twice in the deal's row, is in her notes once.
    assert maria.notes.splitlines() == ["Компания контакта: ООО Ромашка", "Воронка: Продажи"]
    assert [
        (p.data.number, p.data.status, p.total)
        for p in workspace.purchases.list_for(ids["Иванова"])
    ] == [("101", PurchaseStatus.DONE, Decimal("15000.00"))]
    [tulle] = workspace.purchases.list_for(ids["Петров"])
    assert (tulle.data.number, tulle.total) == ("102", Decimal("3500.00"))


def test_a_list_of_companies_names_its_contacts_under_contact(
    workspace: Workspace, tmp_path: Path
) -> None:
    # A sales manager's «Компания» and «Контакт»: the contact was a line of the notes,
    # «Контакт: Иванова Мария», instead of the company's contact person.
    committed(
        workspace,
        tmp_path / "clients.csv",
        "Компания;Контакт;Телефон\n"
        "ООО «Ромашка»;Иванова Мария;+7 495 123-45-67\n"
        "ИП Сидоров;Сидоров Пётр Иванович;+7 916 111-22-33\n",
    )
    assert [
        (c.kind, c.organization, [p.name for p in c.contact_persons], c.notes)
        for c in all_cards(workspace)
    ] == [
        (ClientKind.COMPANY, "ИП Сидоров", ["Сидоров Пётр Иванович"], ""),
        (ClientKind.COMPANY, "ООО «Ромашка»", ["Иванова Мария"], ""),
    ]


def test_a_crms_contacts_are_people_at_their_companies(
    workspace: Workspace, tmp_path: Path
) -> None:
    # amoCRM's contacts: the person is the client, «Компания контакта» where they work. It
    # had gone to the notes as the sheet's other columns do, not ahead of them.
    cards = cards_of(
        workspace,
        tmp_path / "amocrm_contacts.csv",
        "ID;Полное имя контакта;Компания контакта;Мобильный телефон;Должность\n"
        "1234567;Иванова Мария Петровна;ООО Ромашка;8 916 111-22-33;Менеджер по закупкам\n"
        "1234568;Петров Иван;;+79161112234;\n",
    )
    assert {name: card.kind for name, card in cards.items()} == {
        "Мария": ClientKind.PERSON, "Иван": ClientKind.PERSON,
    }  # fmt: skip
    assert cards["Мария"].notes.splitlines() == [
        "Компания контакта: ООО Ромашка", "ID: 1234567", "Должность: Менеджер по закупкам",
    ]  # fmt: skip
    assert cards["Иван"].notes == "ID: 1234568"
    # Found by the company's name all the same.
    [found] = find_client_ids(workspace.db, ClientQuery(search="ромашка"))
    assert workspace.clients.get(found).data.first_name == "Мария"


def test_a_persons_company_keeps_its_columns_name(workspace: Workspace, tmp_path: Path) -> None:
    # «Иванова Мария» at «ООО Ромашка» had the bare name of the company in her notes, the
    # other columns there under their names.
    committed(
        workspace,
        tmp_path / "clients.csv",
        "ФИО;Компания;Телефон;Должность\nИванова Мария;ООО Ромашка;+7 916 111-22-33;Директор\n",
    )
    [maria] = all_cards(workspace)
    assert (maria.kind, maria.organization) == (ClientKind.PERSON, "")
    assert maria.notes == "Компания: ООО Ромашка\nДолжность: Директор"


def test_a_wholesalers_deals_each_with_a_company_are_the_companies(
    workspace: Workspace, tmp_path: Path
) -> None:
    # Bitrix24's deals of a shop that sells to companies only: the company is the client,
    # the «Контакт» its person; the person had been a line of the company's notes.
    committed(
        workspace,
        tmp_path / "deals.csv",
        "ID;Название сделки;Сумма;Дата закрытия;Стадия сделки;Контакт;Компания\n"
        "1;Поставка плитки;150000;01.11.2026;Сделка успешна;Иванова Мария;ООО Ромашка\n"
        "2;Поставка клея;50000;05.11.2026;Сделка успешна;Петров Олег;Стройка\n"
        "3;Поставка затирки;70000;06.11.2026;Сделка успешна;Иванова Мария;ООО Ромашка\n",
    )
    cards = {c.organization: c for c in all_cards(workspace)}
    assert {name: [p.name for p in c.contact_persons] for name, c in cards.items()} == {
        "ООО Ромашка": ["Иванова Мария"], "Стройка": ["Петров Олег"],
    }  # fmt: skip
    assert all(c.kind is ClientKind.COMPANY and c.notes == "" for c in cards.values())
    [romashka] = find_client_ids(workspace.db, ClientQuery(search="ромашка"))
    assert sorted(p.total for p in workspace.purchases.list_for(romashka)) == [
        Decimal("70000.00"), Decimal("150000.00"),
    ]  # fmt: skip


def test_a_crms_whole_name_beside_its_parts_is_not_repeated_in_the_notes(
    workspace: Workspace, tmp_path: Path
) -> None:
    # amoCRM's contacts with «Имя» and «Фамилия» beside «Полное имя контакта»: every card's
    # notes began «Полное имя контакта: Иван Петров».
    cards = cards_of(
        workspace,
        tmp_path / "amocrm_contacts.csv",
        "ID;Полное имя контакта;Имя;Фамилия;Мобильный телефон\n"
        "1;Иван Петров;Иван;Петров;+79161112231\n"
        "2;Сидорова Мария;Мария;Сидорова;+79161112232\n"  # the other way round
        "3;Котов Олег (сосед);Олег;Котов;+79161112233\n"  # saying more than the parts
        "4;Зуева Ксения;;;+79161112234\n",  # the parts left empty
    )
    assert {name: (card.last_name, card.notes) for name, card in cards.items()} == {
        "Иван": ("Петров", "ID: 1"),
        "Мария": ("Сидорова", "ID: 2"),
        "Олег": ("Котов", "ID: 3\nПолное имя контакта: Котов Олег (сосед)"),
        "Ксения": ("Зуева", "ID: 4"),
    }


def test_a_contact_person_beside_a_childs_name_is_not_the_childs_name(
    workspace: Workspace, tmp_path: Path
) -> None:
    cards = cards_of(
        workspace,
        tmp_path / "kids.csv",
        "Фамилия;Имя;Контакт;Телефон\n"
        "Петров;Ваня;Петрова Анна Ивановна;+79161112231\n"
        "Сидоров;Олег;Сидорова Мария;+79161112232\n",
    )
    assert {name: (card.last_name, card.notes) for name, card in cards.items()} == {
        "Ваня": ("Петров", "Контакт: Петрова Анна Ивановна"),
        "Олег": ("Сидоров", "Контакт: Сидорова Мария"),
    }


def test_a_companys_фио_контакта_is_its_contact_person(
    workspace: Workspace, tmp_path: Path
) -> None:
    # It was a line of each company's notes, «ФИО контакта: Петров Иван».
    committed(
        workspace,
        tmp_path / "companies.csv",
        "Компания;ФИО контакта;Телефон\n"
        "ООО Ромашка;Петров Иван;+79161112231\n"
        "ИП Сидоров;Сидоров Олег;+79161112232\n",
    )
    cards = all_cards(workspace)
    assert [(c.organization, [p.name for p in c.contact_persons], c.notes) for c in cards] == [
        ("ИП Сидоров", ["Сидоров Олег"], ""), ("ООО Ромашка", ["Петров Иван"], ""),
    ]  # fmt: skip
