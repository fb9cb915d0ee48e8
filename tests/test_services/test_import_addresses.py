"""A client list's town and address columns: the town not said twice, and two columns set to one
field."""

from pathlib import Path

from clientbase.services.workspace import Workspace
from tests.test_services.test_importing import imported_csv


def test_the_town_of_the_city_column_is_not_repeated_in_the_address(
    workspace: Workspace, tmp_path: Path
) -> None:
    # A sheet that keeps the whole postal address beside a town column (to filter by it)
    # gave the card «Тверь» and the address «170100, г. Тверь, ул. Советская, д. 5»: the
    # town twice on the card and on every printed list. An address in another town than
    # the column's (a dacha, a delivery) is kept whole.
    cards = imported_csv(
        workspace,
        tmp_path / "clients.csv",
        "ФИО;Индекс;Город;Адрес;Телефон\n"
        "Иванова Анна;170100;Тверь;170100, г. Тверь, ул. Советская, д. 5;89161112233\n"
        "Петров Олег;;Москва;г. Химки, ул. Мира 3;89161112234\n"
        "Орлова Вера;;г. Тверь;Тверская обл., г. Тверь, ул. Мира 3;89161112235\n"
        "Ким Ли;;Орёл;г. Орел, ул. Мира 1;89161112236\n"
        "Лебедев Ян;170100;Тверь;170101, г. Тверь, ул. Мира 7;89161112237\n",
    )
    assert [(c.last_name, c.postcode, c.region, c.city, c.street) for c in cards] == [
        ("Иванова", "170100", "", "Тверь", "ул. Советская, д. 5"),
        ("Ким", "", "", "Орёл", "ул. Мира 1"),
        # Another postcode than the column's stays in the address, not lost.
        ("Лебедев", "170100", "", "Тверь", "170101, ул. Мира 7"),
        ("Орлова", "", "Тверская обл.", "Тверь", "ул. Мира 3"),
        ("Петров", "", "", "Москва", "г. Химки, ул. Мира 3"),
    ]


def test_two_columns_set_to_one_field_keep_the_seconds_values_in_the_notes(
    workspace: Workspace, tmp_path: Path
) -> None:
    # The wizard lets a person set «Город 2» to «Город» as well: its «Москва» wrote over
    # the first column's «Тверь» without a word, and so did a second birthday or card.
    from clientbase.exchange.header import Target
    from clientbase.services.import_plan import plan_import, read_plan_source

    path = tmp_path / "clients.csv"
    path.write_text(
        "ФИО;Город;Город 2;Дата рождения;ДР 2;Карта;Карта 2\n"
        "Иванова Анна;Тверь;Москва;01.02.1980;03.04.1985;111;222\n",
        encoding="utf-8",
    )
    table, header, _ = read_plan_source(path)
    mapping = [Target.FULL_NAME, *[Target.CITY] * 2, *[Target.BIRTHDAY] * 2]
    mapping += [Target.LOYALTY_CARD] * 2
    plan = plan_import(workspace.db, workspace.settings, table, header, mapping, path.name)
    assert plan.problems() == []
    data = plan.rows[0].data
    assert data is not None
    assert (data.city, data.birthday, data.loyalty_card) == ("Тверь", "01.02.1980", "111")
    assert data.notes == "Город 2: Москва\nДР 2: 03.04.1985\nКарта 2: 222"


def test_a_legal_address_the_same_as_the_cards_is_not_noted(
    workspace: Workspace, tmp_path: Path
) -> None:
    # Контур.Эльба and 1C list a company's «Юридический адрес» beside its «Фактический»:
    # where the two are the same words, every card's notes said its address again.
    cards = imported_csv(
        workspace,
        tmp_path / "counterparties.csv",
        "Наименование;ИНН;Юридический адрес;Фактический адрес;Телефон\n"
        "ООО «Вектор»;7701234567;г. Москва, ул. Мира, д. 5;г.Москва,  ул. Мира, д. 5;"
        "+7 495 111-22-33\n"
        "ООО «Ромашка»;7701234568;г. Москва, ул. Ленина, д. 1;г. Москва, ул. Мира, д. 7;"
        "+7 495 111-22-44\n",
    )
    notes = {c.organization: (c.street, c.notes) for c in cards}
    assert notes == {
        "ООО «Вектор»": ("ул. Мира, д. 5", ""),
        "ООО «Ромашка»": ("ул. Мира, д. 7", "Юридический адрес: г. Москва, ул. Ленина, д. 1"),
    }
