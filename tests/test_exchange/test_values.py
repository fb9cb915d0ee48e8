from datetime import date, datetime, time

import pytest

from clientbase.exchange.header import Target
from clientbase.exchange.person_names import (
    cyrillic_spelt,
    name_and_aside,
    name_case,
    split_full_name,
)
from clientbase.exchange.values import (
    city_name,
    emails_and_notes,
    emails_in_note,
    holds_emails,
    holds_phones,
    is_company_name,
    phone_and_note,
    split_phones,
    text_of,
)
from clientbase.services.client_data import ClientInput
from clientbase.services.import_birthdays import read_birthday
from tests.conftest import read_row


@pytest.mark.parametrize(
    ("written", "parts"),
    [
        ("Иванов Иван Иванович", ("Иванов", "Иван", "Иванович")),
        ("Иван Иванович Иванов", ("Иванов", "Иван", "Иванович")),
        ("Иван Ильич Толстой", ("Толстой", "Иван", "Ильич")),
        # A surname that ends as patronymics do, in the usual order.
        ("Карпович Иван Сергеевич", ("Карпович", "Иван", "Сергеевич")),
        ("Мамедов Рашид Ахмед оглы", ("Мамедов", "Рашид", "Ахмед оглы")),
        ("Мария Петрова", ("Петрова", "Мария", "")),
        ("Петрова Мария", ("Петрова", "Мария", "")),
        ("Тарас Шевченко", ("Шевченко", "Тарас", "")),
        ("Оксана Черных", ("Черных", "Оксана", "")),
        ("Ирина Петрова", ("Петрова", "Ирина", "")),
        ("Иванов, Иван", ("Иванов", "Иван", "")),
        ("Иванов И.И.", ("Иванов", "И.", "И.")),
        ("И. И. Иванов", ("Иванов", "И.", "И.")),
        # Endings that tell nothing: the order stays as written, last name first.
        ("Ким Ева", ("Ким", "Ева", "")),
        ("Цой Марина", ("Цой", "Марина", "")),
        ("Иванов", ("Иванов", "", "")),
        # A common first name tells where the endings do not.
        ("Александр Ким", ("Ким", "Александр", "")),
        ("Лев Толстой", ("Толстой", "Лев", "")),
        ("Иван Бабич", ("Бабич", "Иван", "")),  # «-ич» of a surname, not a patronymic
        ("Роман Алексей", ("Роман", "Алексей", "")),  # two first names: as written
        # A client known by the first name, or by name and patronymic.
        ("Анна", ("", "Анна", "")),
        ("Маша", ("", "Маша", "")),
        ("Анна Ивановна", ("", "Анна", "Ивановна")),
        ("Пётр Ильич", ("", "Пётр", "Ильич")),
        # Latin letters: first name first, as foreign clients (and Northwind) write them;
        # «Surname, First» and transliterated Russian names as written.
        ("Maria Anders", ("Anders", "Maria", "")),
        ("John F. Kennedy", ("Kennedy", "John", "F.")),
        ("Anders, Maria", ("Anders", "Maria", "")),
        ("Ivanov Ivan", ("Ivanov", "Ivan", "")),
        ("Ivan Ivanov", ("Ivanov", "Ivan", "")),
        ("Ivanova Anna Sergeevna", ("Ivanova", "Anna", "Sergeevna")),
        ("Smith J.", ("Smith", "J.", "")),
        # A full stop typed after the name is no part of it; an initial's is.
        ("Иванова Анна Сергеевна.", ("Иванова", "Анна", "Сергеевна")),
        ("Петров Олег.", ("Петров", "Олег", "")),
        ("Иванов И.", ("Иванов", "И.", "")),
        # A household's card, named as a whole: not a client «Петровых Семья».
        ("Семья Петровых", ("Семья Петровых", "", "")),
        ("Супруги Ивановы", ("Супруги Ивановы", "", "")),
        ("Smith family", ("Smith family", "", "")),
        # A client known by who they are to someone: the name they are called by, not a
        # client of the surname «Дядя».
        ("Дядя Вася", ("", "Дядя Вася", "")),
        ("Тётя Люба", ("", "Тётя Люба", "")),
        ("мама Ирины", ("", "мама Ирины", "")),
    ],
)
def test_a_full_name_is_split_whatever_its_order(written: str, parts: tuple[str, str, str]) -> None:
    assert split_full_name(written) == parts


@pytest.mark.parametrize(
    ("written", "city"),
    [
        ("г. Москва", "Москва"),
        ("г.Москва", "Москва"),
        ("Г. Тверь", "Тверь"),
        ("гор. Тверь", "Тверь"),
        ("город Санкт-Петербург", "Санкт-Петербург"),
        ("г Казань", "Казань"),
        ("Гусь-Хрустальный", "Гусь-Хрустальный"),
        ("Горно-Алтайск", "Горно-Алтайск"),
        ("с. Ивановка", "с. Ивановка"),  # a village keeps its marker: it says what it is
        ("г.", "г."),
    ],
)
def test_a_city_loses_the_town_marker_in_front(written: str, city: str) -> None:
    assert city_name(written) == city


@pytest.mark.parametrize(
    ("written", "parts"),
    [
        ("Мария де Сильва", ("де Сильва", "Мария", "")),
        ("де Сильва Мария", ("де Сильва", "Мария", "")),
        ("Людвиг ван дер Берг", ("ван дер Берг", "Людвиг", "")),
        ("Maria de la Cruz", ("de la Cruz", "Maria", "")),
        ("Ben Smith", ("Smith", "Ben", "")),  # «Ben» in capitals is a first name
        ("Ле Тхи Ань", ("Ле", "Тхи", "Ань")),  # «Ле» is a surname, written as typed
    ],
)
def test_a_surname_keeps_its_particle(written: str, parts: tuple[str, str, str]) -> None:
    assert split_full_name(written) == parts


@pytest.mark.parametrize(
    ("written", "name", "aside"),
    [
        ("Иванова Анна Сергеевна (Аня)", "Иванова Анна Сергеевна", "Аня"),
        ("Смирнова (Иванова) Мария", "Смирнова Мария", "Иванова"),
        ("Петров Пётр, директор", "Петров Пётр", "директор"),
        # As a contact person is written: the first name was «Мария;», the patronymic
        # «Директор».
        ("Иванова Мария; директор", "Иванова Мария", "директор"),
        ("Петров Пётр (ИП), опт", "Петров Пётр", "ИП, опт"),
        ("Иванов, Иван", "Иванов, Иван", ""),  # the comma after the surname is the name's
        ('Иванова Анна "Аня"', "Иванова Анна", "Аня"),
        ("Иванов Иван 2", "Иванов Иван", "2"),  # the list's second Иванов Иван
        ("Иванов № 2", "Иванов", "№ 2"),
        ("Иванов Иван 1985", "Иванов Иван", "1985"),
        ("Петров Пётр «Петя»", "Петров Пётр", "Петя"),
        ("(Без имени)", "(Без имени)", ""),  # nothing left: the cell as it is
        # A couple in one cell: the second was the first one's patronymic, «Иванова Мария».
        ("Иванов Иван\nИванова Мария", "Иванов Иван", "Иванова Мария"),
        ("Иванов Иван / Иванова Мария", "Иванов Иван", "Иванова Мария"),
        ("Иванов Иван и Мария", "Иванов Иван", "Мария"),
        ("Иванов\nИван", "Иванов Иван", ""),  # one name on two lines
        ("Иванова/Петрова Мария", "Иванова/Петрова Мария", ""),  # a maiden name beside
        # A year of birth, a title, a note after a dash: the middle name was «Петровна 1985
        # г. р.», the surname «Г-Жа», the patronymic «- Постоянный Клиент».
        ("Иванова Мария Петровна 1985 г.р.", "Иванова Мария Петровна", "1985 г.р."),
        ("Иванова Мария 1985 года рождения", "Иванова Мария", "1985 года рождения"),
        ("г-жа Петрова Анна", "Петрова Анна", "г-жа"),
        ("Dr. John Smith", "John Smith", "Dr."),
        ("Смирнова Ольга - постоянный клиент", "Смирнова Ольга", "постоянный клиент"),
        ("Смирнова Ольга — от Ирины", "Смирнова Ольга", "от Ирины"),
        ("Орлов-Давыдов Пётр", "Орлов-Давыдов Пётр", ""),
        ("Miss", "Miss", ""),  # a title alone is all the name there is
    ],
)
def test_the_words_beside_a_full_name_are_set_apart(written: str, name: str, aside: str) -> None:
    assert name_and_aside(written) == (name, aside)


@pytest.mark.parametrize(
    ("written", "company"),
    [
        ("ООО «Ромашка»", True),
        ("Ромашка ООО", True),
        ('МУП "Водоканал"', True),
        ("ГБОУ Школа № 5", True),
        ('ТСЖ "Мир"', True),
        ("Кафе Ромашка", True),
        ("Салон красоты «Анна»", True),  # a given name, but in the brand
        ('Магазин "Продукты 24"', True),
        ("Детский сад № 12", True),
        ("Иванов Иван Иванович", False),
        ('Иванова Анна "Аня"', False),  # a nickname beside a given name
        ("Петров Пётр «Петя»", False),
        ('Петров "Петя"', False),  # beside a surname
        ("Иванов № 2", False),  # the second Иванов of the list
        ("Школьник Олег", False),
    ],
)
def test_an_organization_is_known_by_how_russian_writes_its_name(
    written: str, company: bool
) -> None:
    assert is_company_name(written) is company


@pytest.mark.parametrize(
    ("written", "company"),
    [
        # QuickBooks' sample customers: they had been people, surnamed «Sanctuary», «Diner».
        ("Amy's Bird Sanctuary", True),
        ("Red Rock Diner", True),
        ("Jeff's Jalopies", True),
        ("Sushi by Katsuyuki", True),
        ("Weiskopf Consulting", True),
        ("Travis Waldron", False),
        ("John Baker", False),
        ("Walter Camp", False),  # a surname that is also a business's word
        ("Tim Flowers", False),
        ("Shop", False),  # one word: a name, whatever it means
    ],
)
def test_an_english_business_is_known_by_its_words(written: str, company: bool) -> None:
    assert is_company_name(written) is company


def test_an_import_splits_a_name_without_its_aside_and_keeps_the_cell_in_the_notes() -> None:
    mapping = [Target.FULL_NAME]
    row = read_row(
        2, ["Смирнова (Иванова) Мария Петровна"], ["ФИО"], mapping, "RU", date(2026, 12, 1)
    )
    assert row.data is not None
    assert (row.data.last_name, row.data.first_name, row.data.middle_name) == (
        "Смирнова", "Мария", "Петровна"
    )  # fmt: skip
    assert row.data.notes == "ФИО: Смирнова (Иванова) Мария Петровна"


@pytest.mark.parametrize(
    ("typed", "name"),
    [
        ("ИВАНОВ", "Иванов"),
        ("петрова", "Петрова"),
        ("мак-дональд", "Мак-Дональд"),
        ("И.", "И."),
        ("де сильва", "де Сильва"),
        ("McDonald", "McDonald"),  # mixed letters: as typed
        ("ДиКаприо", "ДиКаприо"),
        ("", ""),
    ],
)
def test_a_name_typed_in_capitals_or_small_letters_is_written_as_a_name(
    typed: str, name: str
) -> None:
    assert name_case(typed) == name


@pytest.mark.parametrize(
    ("typed", "spelt"),
    [
        ("Ивановa Мария", "Иванова Мария"),  # a Latin «a»
        ("Cидоров Пётр", "Сидоров Пётр"),  # a Latin «C»
        ("ИВAНОВ", "ИВАНОВ"),
        ("Mосква", "Москва"),
        ("Kиїв", "Київ"),
        ("Петрoв 2", "Петров 2"),
        ("OOO Ромашка", "ООО Ромашка"),  # a legal form pasted from a web page
        ("OOO Romashka", "OOO Romashka"),
        # Latin words stay Latin, and a word with a Latin letter of no Cyrillic look too.
        ("John Smith", "John Smith"),
        ("Иванов-Smith", "Иванов-Smith"),
        ("Orlova Анна", "Orlova Анна"),
        ("Иванofф", "Иванofф"),
    ],
)
def test_latin_look_alikes_in_a_cyrillic_word_are_spelt_in_cyrillic(typed: str, spelt: str) -> None:
    assert cyrillic_spelt(typed) == spelt


def test_an_import_writes_names_typed_in_capitals_as_names() -> None:
    mapping = [Target.FULL_NAME, Target.LAST_NAME, Target.FIRST_NAME]
    headers = ["ФИО", "Фамилия", "Имя"]
    today = date(2026, 12, 1)
    whole = read_row(2, ["ИВАНОВ ИВАН ИВАНОВИЧ", None, None], headers, mapping, "RU", today)
    apart = read_row(3, [None, "петрова", "АННА"], headers, mapping, "RU", today)
    assert whole.data is not None and apart.data is not None
    assert (whole.data.last_name, whole.data.first_name, whole.data.middle_name) == (
        "Иванов", "Иван", "Иванович"
    )  # fmt: skip
    assert (apart.data.last_name, apart.data.first_name) == ("Петрова", "Анна")


@pytest.mark.parametrize(
    ("written", "phones"),
    [
        ("8 916 111-22-33", [("8 916 111-22-33", "")]),
        ("8 916 111-22-33 (жена)", [("8 916 111-22-33", "жена")]),
        ("моб. 8 916 111-22-33", [("8 916 111-22-33", "моб.")]),
        ("тел. 8 (916) 111-22-33", [("8 (916) 111-22-33", "")]),  # «тел.» only says what it is
        ("Офис 2: 8 495 123-45-67", [("8 495 123-45-67", "Офис 2")]),
        ("+7 495 123-45-67 доб. 12", [("+7 495 123-45-67", "доб. 12")]),
        # A note's own comma and brackets stay in it; the next phone is a phone.
        (
            "8 916 000-11-22 (муж, Пётр (после 18)), +7 495 000-11-22",
            [("8 916 000-11-22", "муж, Пётр (после 18)"), ("+7 495 000-11-22", "")],
        ),
        (
            "Мария, 8 916 111-22-33; 8 495 123-45-67 раб.",
            [("8 916 111-22-33", "Мария"), ("8 495 123-45-67", "раб.")],
        ),
        (
            "+7 916 123-45-67 ::: +7 916 123-45-68,",
            [("+7 916 123-45-67", ""), ("+7 916 123-45-68", "")],
        ),
        ("12-34", [("12-34", "")]),  # too short for a phone: left for the check to name
        # A day and an hour are not a number with a note; nor are digits without words.
        ("12.03.2024 10 ч.", [("12.03.2024 10 ч.", "")]),
        ("8 916 111-22-33 #2", [("8 916 111-22-33 #2", "")]),
    ],
)
def test_a_phones_cell_gives_each_number_with_its_note(
    written: str, phones: list[tuple[str, str]]
) -> None:
    assert [phone_and_note(part) for part in split_phones(written)] == phones


@pytest.mark.parametrize(
    ("written", "kept"),
    [
        ("+7 495 123-45-67 доб. 12 (мобильный)", ("+7 495 123-45-67 доб. 12", "мобильный")),
        ("8 495 123-45-67, доб.123", ("8 495 123-45-67, доб.123", "")),
        ("+44 20 7946 0000 ext. 5 office", ("+44 20 7946 0000 ext. 5", "office")),
        # Not an extension phonenumbers dials: a note, as without `extension`.
        ("8 495 123-45-67 вн. 305", ("8 495 123-45-67", "вн. 305")),
    ],
)
def test_an_extension_can_stay_with_its_number(written: str, kept: tuple[str, str]) -> None:
    assert phone_and_note(written, extension=True) == kept


THREE_RUN_TOGETHER = "8 916 111 22 33 8 903 111 22 33 8 495 123 45 67"


@pytest.mark.parametrize(
    ("written", "phones"),
    [
        # Typed one after the other with a space, or with words and no mark between them.
        ("89161112233 89031112233", [("89161112233", ""), ("89031112233", "")]),
        ("8 916 111 22 33 8 903 111 22 33", [("8 916 111 22 33", ""), ("8 903 111 22 33", "")]),
        (
            "моб: 8-916-111-22-33 раб. 8-495-123-45-67",
            [("8-916-111-22-33", "моб"), ("8-495-123-45-67", "раб.")],
        ),
        (
            "89161112233 (Иван) 89031112233 (Мария)",
            [("89161112233", "Иван"), ("89031112233", "Мария")],
        ),
        (
            "+7 916 111-22-33 или +7 903 111-22-33",
            [("+7 916 111-22-33", ""), ("+7 903 111-22-33", "")],
        ),
        # One number with its extension is one phone; three run together cannot be parted
        # without doubt, so the check names the cell.
        ("+7 495 123-45-67 доб. 12345", [("+7 495 123-45-67", "доб. 12345")]),
        (THREE_RUN_TOGETHER, [(THREE_RUN_TOGETHER, "")]),
    ],
)  # fmt: skip
def test_phones_with_no_mark_between_them_are_parted_in_the_region(
    written: str, phones: list[tuple[str, str]]
) -> None:
    assert [phone_and_note(part) for part in split_phones(written, "RU")] == phones


@pytest.mark.parametrize(
    ("written", "holds"),
    [
        ("+7 916 123-45-67 (мобильный), 8 (495) 123-45-67 (домашний)", True),
        ("Иван 89161112233", True),
        ("Заказ 1234567", False),  # seven digits and a word: not a phone with a note
        ("12.03.2024 10:00:00", False),  # amoCRM's «Дата создания контакта»
        ("123456, г. Тула, ул. Ленина, 1", False),
        # A sum with its kopecks (МойСклад's «Сумма продаж»): seven digits, no phone.
        ("12 500,00", False),
        ("1250000,00", False),
        ("123 456,78, 8 916 111-22-33", True),
    ],
)
def test_a_column_of_phones_with_notes_is_known_by_its_values(written: str, holds: bool) -> None:
    assert holds_phones(written) is holds


def test_an_e_mail_keeps_the_words_beside_it_as_its_note() -> None:
    assert emails_and_notes("a@b.ru (рабочий), Иван Петров <c@d.ru>; x@y.ru") == [
        ("a@b.ru", "рабочий", "a@b.ru (рабочий)"),
        ("<c@d.ru>", "Иван Петров", "Иван Петров <c@d.ru>"),
        ("x@y.ru", "", "x@y.ru"),
    ]
    # Two addresses in one piece: word by word, for the check to name the bad one.
    assert emails_and_notes("a@b.ru c@") == [("a@b.ru", "", "a@b.ru"), ("c@", "", "c@")]
    assert holds_emails("a@b.ru (рабочий)") and not holds_emails("a@b.ru c@")
    # The note as written, its commas too (the program's own export writes it so).
    assert emails_and_notes("a@b.ru (личн, старый), c@d.ru") == [
        ("a@b.ru", "личн, старый", "a@b.ru (личн, старый)"),
        ("c@d.ru", "", "c@d.ru"),
    ]


def test_the_e_mails_in_a_phones_note_are_taken_out_of_it() -> None:
    assert emails_in_note("ivan@mail.ru") == (["ivan@mail.ru"], "")
    assert emails_in_note("email: sid@ya.ru, жена") == (["sid@ya.ru"], "жена")
    assert emails_in_note("(Иван, <ivan@mail.ru>)") == (["ivan@mail.ru"], "Иван")
    assert emails_in_note("жена") == ([], "жена")
    assert emails_in_note("ivan@") == ([], "ivan@")  # not an address: the note as it was


@pytest.mark.parametrize(
    ("written", "address", "note"),
    [
        ("ivan@mail.ru, рабочий", "ivan@mail.ru", "рабочий"),
        ("рабочий; ivan@mail.ru", "ivan@mail.ru", "рабочий"),
        ("ivan @mail.ru", "ivan@mail.ru", ""),
        ("ivan@ mail.ru (личный)", "ivan@mail.ru", "личный"),
        ("ivan @ mail.ru", "ivan@mail.ru", ""),
        # A space beside the domain's dot, which had made the address «not an address».
        ("ivan@mail .ru", "ivan@mail.ru", ""),
        ("ivan@mail. ru (рабочий)", "ivan@mail.ru", "рабочий"),
        ("ivan@mail . ru", "ivan@mail.ru", ""),
        ("ivan@mail.ru. личный", "ivan@mail.ru.", "личный"),  # a sentence's stop, then a note
        # Mistyped, it stays one value as written, for the person to see and retype.
        ("ivan@mail,ru", "ivan@mail,ru", ""),
        ("нет данных", "нет данных", ""),
    ],
)
def test_a_piece_without_an_address_is_not_an_address_of_its_own(
    written: str, address: str, note: str
) -> None:
    assert emails_and_notes(written) == [(address, note, written)]
    if "@" in written:
        after = emails_and_notes(f"{written}; a@b.ru")
        assert after == [(address, note, written), ("a@b.ru", "", "a@b.ru")]


@pytest.mark.parametrize(
    ("cell", "birthday"),
    [
        (29253, "02.02.1980"),  # an Excel day number: a date column not formatted as one
        (19800201.0, "01.02.1980"),  # «19800201» typed in, kept by Excel as a number
        ("29253", "02.02.1980"),  # the same day number as a CSV or a web page writes it
        (date(1980, 2, 1), "01.02.1980"),
        ("1 февр. 1980 г.", "01.02.1980"),
        ("01.02", "01.02"),
        # With the age written after it, which the date tells: it was named as no date.
        ("01.02.1980, 46 лет", "01.02.1980"),
        ("01.02.1980 (46 л.)", "01.02.1980"),
        ("1 февраля 1980 г.", "01.02.1980"),
    ],
)
def test_a_birthday_is_read_from_what_a_sheet_holds(cell: object, birthday: str) -> None:
    assert str(read_birthday(cell, date(2026, 12, 1))) == birthday


@pytest.mark.parametrize("cell", [1980, 1980.0, "1980", "29.02.1981"])
def test_a_year_alone_or_a_day_that_never_was_is_no_birthday(cell: object) -> None:
    # 1980 as an Excel day number would be 02.06.1905: named as not a date instead.
    with pytest.raises(ValueError):
        read_birthday(cell, date(2026, 12, 1))


@pytest.mark.parametrize("cell", [14, 3.0, 45])
def test_a_day_a_month_or_an_age_alone_is_no_birthday(cell: object) -> None:
    # As Excel day numbers they were stored as 13.01.1900, 02.01.1900 and 13.02.1900.
    with pytest.raises(ValueError):
        read_birthday(cell, date(2026, 12, 1))
    assert str(read_birthday(3654, date(2026, 12, 1))) == "01.01.1910"  # the earliest taken


@pytest.mark.parametrize(
    ("cell", "text"),
    [
        (datetime(1760, 6, 5), "05.06.1760"),  # a date alone, as Access shows it
        (datetime(2024, 3, 12, 10, 5), "12.03.2024 10:05"),
        (date(1980, 2, 1), "01.02.1980"),
        # A visit's time as the sheet shows it, not «10:00:00».
        (time(10, 0), "10:00"),
        (time(10, 30, 15), "10:30:15"),
        (12.0, "12"),
        (79161234567.0, "79161234567"),
        # A 20-digit account typed as a number: the digits the file holds, none made up
        # (int() of the float gave «40702810123456004096»).
        (4.0702810123456e19, "40702810123456000000"),
    ],
)
def test_a_cell_as_text(cell: object, text: str) -> None:
    assert text_of(cell) == text


@pytest.mark.parametrize(
    ("written", "phones"),
    [
        ("8 916 111-22-33, 2-34-56", ["8 916 111-22-33", "2-34-56"]),
        ("12345; 8 916 111-22-33", ["12345", "8 916 111-22-33"]),
        ("8 916 111-22-33 / 234-56", ["8 916 111-22-33", "234-56"]),
        # Fewer digits, or words beside them, are the phone's: an extension, a note.
        ("8 916 111-22-33, 12", ["8 916 111-22-33, 12"]),
        ("8 916 111-22-33, доб. 12345", ["8 916 111-22-33, доб. 12345"]),
    ],
)
def test_a_local_number_beside_a_phone_is_a_phone_of_its_own(
    written: str, phones: list[str]
) -> None:
    # Taken for one phone, the whole cell was refused, the valid mobile in it too.
    assert split_phones(written, "RU") == phones


def test_1cs_kind_of_counterparty_tells_a_company_without_its_legal_form() -> None:
    # «Ромашка» with no «ООО» and no ИНН came in as a person, surname «Ромашка».
    headers = ["Наименование", "Вид контрагента", "Телефон"]
    mapping = [Target.FULL_NAME, Target.NOTES, Target.PHONE]
    today = date(2026, 12, 3)
    company = read_row(2, ["Ромашка", "Юридическое лицо", "+7 495 111-22-33"], headers, mapping,
                       "RU", today).data  # fmt: skip
    assert company is not None
    assert (company.kind.value, company.organization) == ("company", "Ромашка")
    assert company.notes == ""  # the card's kind says it
    person = read_row(2, ["Иванов Иван", "Физическое лицо", None], headers, mapping, "RU",
                      today).data  # fmt: skip
    assert person is not None
    assert (person.kind.value, person.last_name) == ("person", "Иванов")


@pytest.mark.parametrize(
    ("cell", "name", "phones", "emails"),
    [
        ("Иванов Иван 89161112233", ("Иванов", "Иван"), ["89161112233"], []),
        ("Петрова Анна, тел. +7 916 111-22-44", ("Петрова", "Анна"), ["+7 916 111-22-44"], []),
        ("Сидоров Пётр (8-916-111-22-55)", ("Сидоров", "Пётр"), ["8-916-111-22-55"], []),
        ("Кузнецов Олег ivan@mail.ru", ("Кузнецов", "Олег"), [], ["ivan@mail.ru"]),
        # Digits that are no phone stay where they are: the list's second Иванов.
        ("Иванов Иван 2", ("Иванов", "Иван"), [], []),
        # A phone at the end of a remark in brackets: the bracket is the remark's. Taken
        # with the phone, it had left «(жена Мария» as the patronymic.
        ("Сидоров Пётр (тел. 8 903 111-22-33)", ("Сидоров", "Пётр"), ["8 903 111-22-33"], []),
        ("Козлов Олег (жена, тел. 8 903 111-22-34)", ("Козлов", "Олег"), ["8 903 111-22-34"], []),
        ("Орлов Ян (моб. +7 (916) 111-22-55)", ("Орлов", "Ян"), ["+7 (916) 111-22-55"], []),
    ],
)
def test_a_phone_or_an_e_mail_in_the_name_cell_goes_to_its_field(
    cell: str, name: tuple[str, str], phones: list[str], emails: list[str]
) -> None:
    # They were the client's patronymic («Тел. 8 916 111 22»), or only in the notes.
    headers = ["Клиент", "Город"]
    data = read_row(2, [cell, "Тула"], headers, [Target.FULL_NAME, Target.CITY], "RU",
                    date(2026, 12, 3)).data  # fmt: skip
    assert data is not None
    assert (data.last_name, data.first_name, data.middle_name) == (*name, "")
    assert [phone.raw for phone in data.phones] == phones
    assert [email.address for email in data.emails] == emails
    # A remark beside the name stays in the notes, with the cell as written.
    if "жена" in cell:
        assert data.notes == f"Клиент: {cell}"


@pytest.mark.parametrize(
    ("cell", "phones", "emails"),
    [("ivan@mail.ru", [], ["ivan@mail.ru"]), ("8 916 111-22-33", ["8 916 111-22-33"], [])],
)
def test_a_name_cell_of_contacts_only_gives_no_name(
    cell: str, phones: list[str], emails: list[str]
) -> None:
    # The cell was the name as well: «Ru Ivan@Mail.», «111-22-33 +7 916».
    read = read_row(2, [cell, "Тула"], ["Клиент", "Город"], [Target.FULL_NAME, Target.CITY],
                    "RU", date(2026, 12, 3))  # fmt: skip
    assert read.skipped == "no_name" and read.data is not None
    assert (read.data.last_name, read.data.first_name, read.data.organization) == ("", "", "")
    assert [phone.raw for phone in read.data.phones] == phones
    assert [email.address for email in read.data.emails] == emails


@pytest.mark.parametrize(
    ("cell", "kept"),
    [
        (0, "0"),
        (-1, "-1"),
        (1e-300, "1e-300"),
        ("1 234,50 ₽", "1 234,50 ₽"),
        ("№ 15", "№ 15"),
        (date(9999, 12, 31), "31.12.9999"),
    ],
)
def test_a_number_where_the_name_goes_is_no_name(cell: object, kept: str) -> None:
    # They were clients named «0», «-1», «1E-300», «234 1».
    read = read_row(2, [cell, "Тула"], ["Клиент", "Город"], [Target.FULL_NAME, Target.CITY],
                    "RU", date(2026, 12, 3))  # fmt: skip
    assert read.skipped == "no_name" and read.data is not None
    assert (read.data.last_name, read.data.first_name, read.data.organization) == ("", "", "")
    assert read.data.notes == f"Клиент: {kept}"
    # A name with a number beside it is a name.
    named = read_row(2, ["Иванов 2"], ["Клиент"], [Target.FULL_NAME], "RU", date(2026, 12, 3))
    assert named.skipped == "" and named.data is not None and named.data.last_name == "Иванов"


def test_a_number_in_a_companys_name_is_no_phone() -> None:
    data = read_row(2, ["Школа № 1234567"], ["Клиент"], [Target.FULL_NAME], "RU",
                    date(2026, 12, 3)).data  # fmt: skip
    assert data is not None
    assert (data.organization, data.phones) == ("Школа № 1234567", [])


def test_a_date_in_the_name_cell_is_the_birthday_unless_a_column_gives_one() -> None:
    # «Иванова Мария 15.03.1985» gave the patronymic «15. 03. 1985».
    today = date(2026, 12, 3)

    def read(*cells: str) -> ClientInput:
        headers, mapping = ["ФИО", "Дата рождения"], [Target.FULL_NAME, Target.BIRTHDAY]
        data = read_row(2, list(cells), headers[: len(cells)], mapping[: len(cells)], "RU",
                        today).data  # fmt: skip
        assert data is not None
        return data

    dated = read("Иванова Мария 15.03.1985")
    assert (dated.last_name, dated.first_name, dated.middle_name) == ("Иванова", "Мария", "")
    assert (dated.birthday, dated.notes) == ("15.03.1985", "")
    # A birthday of its own column wins; the cell as written is kept in the notes.
    both = read("Иванова Мария 15.03.1985", "01.01.1990")
    assert (both.middle_name, both.birthday) == ("", "01.01.1990")
    assert both.notes == "ФИО: Иванова Мария 15.03.1985"
