"""Outlook's contacts CSV, as a Russian Outlook writes it (Windows-1251, every field quoted,
its own column names) and an English one: the fields its owner never filled say nothing."""

from __future__ import annotations

import csv
from pathlib import Path

from clientbase.services.workspace import Workspace
from tests.test_services.test_importing import all_cards
from tests.test_services.test_sales_book import committed

# A Russian Outlook's «Экспорт» to «Значения, разделённые запятыми», in its order.
RUSSIAN = (
    "Обращение,Имя,Отчество,Фамилия,Суффикс,Организация,Отдел,Должность,"
    "Улица (раб. адрес),Улица 2 (раб. адрес),Улица 3 (раб. адрес),Город (раб. адрес),"
    "Область (раб. адрес),Индекс (раб. адрес),Страна или регион (раб. адрес),"
    "Улица (дом. адрес),Улица 2 (дом. адрес),Улица 3 (дом. адрес),Город (дом. адрес),"
    "Область (дом. адрес),Почтовый код (дом.),Страна или регион (дом. адрес),"
    "Телефон помощника,Рабочий факс,Рабочий телефон,Телефон раб. 2,Обратный вызов,"
    "Телефон в машине,Основной телефон организации,Домашний факс,Домашний телефон,"
    "Телефон дом. 2,ISDN,Телефон переносной,Другой факс,Другой телефон,Пейджер,"
    "Основной телефон,Радиотелефон,Важность,Веб-страница,Годовщина,День рождения,Дети,"
    "Заметки,Имя помощника,Инициалы,Категории,Ключевые слова,Код организации,Личный код,"
    "Отложено,Пол,Пользователь 1,Пометка,Профессия,Расположение,Расстояние,Руководитель,"
    "Супруг(а),Счет,Счета,Хобби,Частное,Адрес эл. почты,Тип эл. почты,"
    "Краткое имя эл. почты,Язык"
).split(",")
# What Outlook writes in the fields left alone.
UNSET = {
    "Важность": "Обычная", "Годовщина": "0.0.00", "День рождения": "0.0.00",
    "Пол": "Не определен", "Пометка": "Обычная", "Частное": "Ложь",
}  # fmt: skip


def outlook_csv(path: Path, header: list[str], unset: dict[str, str], *contacts: dict) -> Path:
    rows = [header, *([{**unset, **c}.get(name, "") for name in header] for c in contacts)]
    with path.open("w", encoding="cp1251", newline="") as file:
        csv.writer(file, quoting=csv.QUOTE_ALL).writerows(rows)
    return path


def imported(workspace: Workspace, path: Path) -> dict[str, object]:
    committed(workspace, path)
    return {card.last_name: card for card in all_cards(workspace)}


def test_a_russian_outlooks_fields_left_alone_are_not_notes(
    workspace: Workspace, tmp_path: Path
) -> None:
    # Every card's notes read «Важность: Обычная», «Инициалы: А.С.», «Пол: Не определен»,
    # «Частное: Ложь», and the home address's «Почтовый код (дом.)» was one of them too.
    path = outlook_csv(
        tmp_path / "contacts.csv", RUSSIAN, UNSET,
        {
            "Имя": "Иван", "Отчество": "Иванович", "Фамилия": "Петров",
            "Улица (дом. адрес)": "ул. Ленина, 5", "Город (дом. адрес)": "Тула",
            "Почтовый код (дом.)": "300000", "Страна или регион (дом. адрес)": "Россия",
            "Телефон переносной": "+7 916 123-45-67",
            "Важность": "Высокая", "Заметки": "любит чай", "Инициалы": "И.И.П.",
            "Пол": "Мужской",
        },
        {"Имя": "Анна", "Фамилия": "Сидорова", "Телефон переносной": "89031234567",
         "Инициалы": "А.С."},
        {"Имя": "Ганс", "Фамилия": "Мюллер", "Телефон переносной": "+49 30 1234567",
         "Страна или регион (дом. адрес)": "Германия"},
    )  # fmt: skip
    cards = imported(workspace, path)
    petrov, sidorova = cards["Петров"], cards["Сидорова"]
    assert (petrov.street, petrov.city, petrov.postcode) == ("ул. Ленина, 5", "Тула", "300000")
    # What the owner set stays, in the notes, and a client abroad keeps the country: the
    # shop's own (its phones' region) says nothing of a client.
    assert petrov.notes == "Важность: Высокая\nлюбит чай\nПол: Мужской"
    assert sidorova.notes == ""
    assert cards["Мюллер"].notes == "Страна или регион (дом. адрес): Германия"


def test_an_english_outlooks_fields_left_alone_are_not_notes(
    workspace: Workspace, tmp_path: Path
) -> None:
    header = ["First Name", "Last Name", "Mobile Phone", "Priority", "Sensitivity", "Gender",
              "Initials", "Private", "Notes"]  # fmt: skip
    unset = {"Priority": "Normal", "Sensitivity": "Normal", "Gender": "Unspecified",
             "Private": "False"}  # fmt: skip
    path = outlook_csv(
        tmp_path / "contacts.csv", header, unset,
        {"First Name": "Anna", "Last Name": "Smith", "Mobile Phone": "+1 212 555 0101",
         "Initials": "A.S.", "Notes": "VIP"},
        {"First Name": "John", "Last Name": "Brown", "Mobile Phone": "+1 212 555 0102",
         "Private": "True"},
    )  # fmt: skip
    cards = imported(workspace, path)
    assert {name: card.notes for name, card in cards.items()} == {
        "Smith": "VIP", "Brown": "Private: True",
    }  # fmt: skip


def test_initials_beside_a_surname_alone_are_kept(workspace: Workspace, tmp_path: Path) -> None:
    # Without a first name, the initials are all the sheet says of it.
    path = tmp_path / "clients.csv"
    path.write_text("Фамилия;Инициалы;Телефон\nПетров;И.И.;89161234567\n", encoding="utf-8")
    assert imported(workspace, path)["Петров"].notes == "Инициалы: И.И."


def test_an_english_lists_kinds_of_phones_are_written_in_the_bases_language(
    workspace: Workspace, tmp_path: Path
) -> None:
    # «Mobile Phone» and «Business Phone» gave a Russian card's phones «mobile» and «work»,
    # and a cell's «Mobile: … Work: …» «Mobile» and «Work».
    committed(
        workspace,
        tmp_path / "contacts.csv",
        "Name,Mobile Phone,Business Phone,Home Phone\n"
        "Анна Петрова,+7 916 123-45-67,+7 495 123-45-67,+7 495 765-43-21\n"
        'Ольга Котова,"Mobile: +7 916 222-33-44, Office: +7 495 222-33-44",,\n',
    )
    phones = {card.last_name: [p.label for p in card.phones] for card in all_cards(workspace)}
    assert phones == {
        "Петрова": ["мобильный", "рабочий", "домашний"],
        "Котова": ["мобильный", "рабочий"],
    }
