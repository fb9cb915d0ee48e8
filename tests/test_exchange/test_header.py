from datetime import date

import pytest

from clientbase.db.enums import ClientSource
from clientbase.exchange.header import Target, contact_label, propose_mapping, target_of_header
from tests.conftest import read_row


@pytest.mark.parametrize(
    ("header", "target"),
    [
        ("Сотовый телефон", Target.PHONE),
        # A phone that is on a messenger too: the phones, not handles to refuse.
        ("Телефон/WhatsApp", Target.PHONE),
        ("Моб. (Telegram)", Target.PHONE),
        ("WhatsApp", Target.MESSENGERS),
        ("Услуга", Target.ITEM),
        ("Что взяла", Target.ITEM),  # a hand-kept sales book's words
        ("Изделие", Target.ITEM),
        ("Группы", Target.TAGS),  # МойСклад's counterparties
        ("Е-мейл", Target.EMAIL),
        ("ФИО полностью", Target.FULL_NAME),
        ("% скидки", Target.DISCOUNT),
        ("Дом", Target.HOUSE),
        ("Кв.", Target.FLAT),
        ("Квартира/офис", Target.FLAT),
        ("Дисконтные карты", Target.LOYALTY_CARD),
        ("Бонусная карта", Target.LOYALTY_CARD),
        ("Телефон 2", Target.PHONE),
        ("Телефоны", Target.PHONE),
        ("№ карты", Target.LOYALTY_CARD),
        ("Contact No.", Target.PHONE),
        ("D.O.B", Target.BIRTHDAY),
        ("Remarks", Target.NOTES),
        ("Тел. моб.", Target.PHONE),
        ("Mobile phone", Target.PHONE),
        ("E-mail адрес", Target.EMAIL),
        ("Адрес эл. почты", Target.EMAIL),  # not the street, for its «адрес»
        ("Эл. адрес", Target.EMAIL),
        ("Дата рождения (дд.мм.гггг)", Target.BIRTHDAY),
        ("Дата рожд.", Target.BIRTHDAY),
        ("День рожденья", Target.BIRTHDAY),  # as it is said, with «ья»
        ("Днюха", Target.BIRTHDAY),
        ("Родился(ась)", Target.BIRTHDAY),
        ("bdate", Target.BIRTHDAY),  # ВКонтакте's members' exports: was a line of the notes
        ("Год рожд.", Target.BIRTH_YEAR),
        ("Дата след. звонка", Target.NEXT_CONTACT),
        ("ФИО клиента", Target.FULL_NAME),
        ("Имя Фамилия", Target.FULL_NAME),  # the whole name, not the first name
        ("Наименование организации", Target.ORGANIZATION),  # not a product's name
        ("ИНН организации", Target.INN),
        ("Город проживания", Target.CITY),
        ("Адрес доставки", Target.STREET),
        ("Примечание/комментарий", Target.NOTES),
        ("Как узнали о нас", Target.SOURCE),
        ("Статус клиента", Target.STATUS),
        ("№ п/п", Target.IGNORE),
        ("№ заказа", Target.ORDER_NUMBER),
        # Google Contacts and Outlook.
        ("Phone 1 - Value", Target.PHONE),
        ("Phone 1 - Label", Target.IGNORE),
        ("E-mail 2 - Type", Target.IGNORE),
        ("Address 1 - City", Target.CITY),
        ("Address 1 - Postal Code", Target.POSTCODE),
        ("Address 1 - Extended Address", Target.FLAT),  # the flat or office line
        ("Home City", Target.CITY),
        ("Organization Name", Target.ORGANIZATION),
        # Google Contacts' older CSV.
        ("Additional Name", Target.MIDDLE_NAME),
        ("Organization 1 - Name", Target.ORGANIZATION),  # not the client's «Name»
        ("Organization 1 - Title", None),
        ("Group Membership", Target.TAGS),
        ("Полное имя", Target.FULL_NAME),  # amoCRM
        ("Фамилия И.О.", Target.FULL_NAME),  # not a surname: «Иванов И.И.» is split
        ("ФИО/Название", Target.FULL_NAME),  # people and companies in one list
        ("Клиентка", Target.FULL_NAME),
        ("Откуда пришёл", Target.SOURCE),
        ("Откуда вы о нас узнали?", Target.SOURCE),  # Google Forms' question
        # Russian Outlook's contacts, and the English ones.
        ("Адрес 2 эл. почты", Target.EMAIL),
        ("Краткое имя эл. почты", None),  # «Иван Сидоров (ivan@firm.ru)»: the address again
        ("E-mail Display Name", None),
        ("Тип эл. почты", Target.IGNORE),  # «SMTP», as «E-mail Type» is
        ("Тип эл. почты 2", Target.IGNORE),
        ("E-mail Type", Target.IGNORE),
        ("Телефон помощника", None),
        ("Assistant's Phone", None),
        ("Страна или регион (раб. адрес)", None),  # «Россия» is no region
        ("Business Country/Region", None),
        ("Область (раб. адрес)", Target.REGION),
        # Bitrix24's contacts.
        ("Улица, дом", Target.STREET),
        ("Телефон/факс", Target.PHONE),  # one number for both
        ("Номер факса", None),
        # A CRM's figures over the client's orders: notes, not a sale's amount or number.
        ("Сумма заказов", None),
        ("Количество заказов", None),
        ("Дата последнего заказа", None),
        ("Средний чек", None),
        ("Total orders", None),
        # МойСклад's, a salon program's: over all the client's sales or visits.
        ("Сумма продаж", None),
        ("Количество продаж", None),
        ("Количество покупок", None),
        ("Количество визитов", None),
        ("Сумма чеков", None),
        ("Дата первой продажи", Target.CLIENT_SINCE),
        ("Владелец", Target.RESPONSIBLE),
        ("Владелец карты", Target.FULL_NAME),
        ("Сумма заказа", Target.AMOUNT),
        ("Дата заказа", Target.PURCHASE_DATE),
        ("Последняя покупка", Target.IGNORE),  # the program's own export
        # A clinic's, a school's clients.
        ("Пациент", Target.FULL_NAME),
        ("ФИО пациента", Target.FULL_NAME),
        ("Телефон ученика", Target.PHONE),
        ("Лечащий врач", Target.SERVED_BY),  # not the patient: who treats the patient
        # Web forms ask the client: «Ваше имя», «Your e-mail».
        ("Ваше имя", Target.FIRST_NAME),  # the whole name where no surname stands beside it
        ("Ваш телефон", Target.PHONE),
        ("Your e-mail", Target.EMAIL),
        # Consent to the processing of personal data is no consent to mailings.
        ("Согласие на обработку персональных данных", None),
        ("Согласие на обработку ПД", None),
        ("Согласие на рассылку", Target.CONSENT),
        ("Подписан на рассылку", Target.CONSENT),
        ("Email подписка", Target.CONSENT),  # «да» under it is no address
        # 1C:Розница's discount cards.
        ("Владелец карты", Target.FULL_NAME),
        ("Номер дисконтной карты", Target.LOYALTY_CARD),
        ("Штрих-код карты", Target.LOYALTY_CARD),
        ("Штрихкод", None),  # a product's, on a sheet of sales
        ("Вид карты", None),
        ("Телефон владельца", Target.PHONE),
        # British registers and genealogy bases.
        ("Forenames", Target.FIRST_NAME),
        ("Surname", Target.LAST_NAME),
        # Someone else's, or a name inside a longer header: left for the person to choose.
        ("Телефон менеджера", None),
        ("Дата рождения ребёнка", Target.CHILD_BIRTHDAY),  # a contact person's, see row_children
        ("Имя менеджера", None),
        ("Имя питомца", Target.RELATIVE_NAME),  # the pet: a contact person, see row_children
        ("Пол", None),
        # A mailing's yes/no: YCLIENTS' «Отправлять SMS»; «Email рассылка» was taken for
        # e-mails, and every «Да» under it named as a bad address.
        ("Отправлять SMS", Target.CONSENT),
        ("Email рассылка", Target.CONSENT),
        ("Рассылка по e-mail", Target.CONSENT),
        # Said in the negative, a «Да» is a no: the notes keep it as written.
        ("Не отправлять SMS", None),
        ("Не подписан", None),
        ("Email Opt Out", None),  # Salesforce's, beside its «Email»
        ("Do Not Call", None),
        # Short and other ways of saying it, as hand-kept sheets and CRMs do.
        ("Сот.", Target.PHONE),
        ("Дата р.", Target.BIRTHDAY),
        ("Нас. пункт", Target.CITY),
        ("Канал привлечения", Target.SOURCE),
        ("Как узнали", Target.SOURCE),
        ("Способ оплаты", Target.PAYMENT),
        ("Итого, руб.", Target.AMOUNT),
    ],
)
def test_headers_as_shops_write_them(header: str, target: Target | None) -> None:
    assert target_of_header(header) == target


def test_a_notes_column_under_a_longer_name_keeps_its_text_without_the_name() -> None:
    headers = ["ФИО", "Доп. информация", "Пол"]
    mapping = propose_mapping(headers, [["Орлова Мария", "VIP", "ж"]])
    assert mapping == [Target.FULL_NAME, Target.NOTES, Target.NOTES]
    read = read_row(2, ["Орлова Мария", "VIP", "ж"], headers, mapping, "RU", date(2026, 12, 1))
    assert read.data is not None
    # An unknown column goes to the notes under its name, a notes column as it is.
    assert read.data.notes == "VIP\nПол: ж"


def test_someone_elses_phones_stay_out_of_the_clients_phones() -> None:
    rows = [["Орлова Мария", "8 921 111-22-33", "8 903 000-00-01"]] * 3
    mapping = propose_mapping(["ФИО", "Телефон", "Телефон менеджера"], rows)
    assert mapping == [Target.FULL_NAME, Target.PHONE, Target.NOTES]


def test_a_shops_own_purchase_figures_go_to_the_notes_under_their_names() -> None:
    headers = ["ФИО", "Город", "Сумма покупок", "Последняя покупка"]
    row = ["Орлова Мария", "г. Москва", "12 500,00 ₽", date(2026, 11, 3)]
    mapping = propose_mapping(headers, [row] * 3)
    assert mapping == [Target.FULL_NAME, Target.CITY, Target.NOTES, Target.NOTES]
    read = read_row(2, row, headers, mapping, "RU", date(2026, 12, 1))
    assert read.data is not None
    assert read.data.city == "Москва"
    assert read.data.notes == "Сумма покупок: 12 500,00 ₽\nПоследняя покупка: 03.11.2026"


def test_the_figures_of_clientbases_own_export_are_left_to_its_purchases_sheet() -> None:
    headers = ["Фамилия", "Имя", "Сумма покупок", "Покупок", "Последняя покупка"]
    mapping = propose_mapping(headers, [["Орлова", "Мария", 12500, 3, date(2026, 11, 3)]] * 3)
    assert mapping[2:] == [Target.IGNORE] * 3


@pytest.mark.parametrize(
    "header",
    ["Владелец авто", "Владелец питомца", "Студент", "Ученица", "Член клуба", "Member", "Buyer"],
)
def test_whom_a_trade_serves_is_the_client(header: str) -> None:
    # A car service's «Владелец авто» was the shop's own responsible person (by its word
    # «Владелец»), a gym's «Member» a note: the list was refused as naming no client.
    rows = [["Иванов Пётр", "+79161234567", "Kia Rio"]] * 3
    assert propose_mapping([header, "Телефон", "Марка"], rows)[0] is Target.FULL_NAME


@pytest.mark.parametrize(
    "header", ["Откуда пришла", "Откуда узнала", "Откуда о нас узнали", "Как узнала о нас"]
)
def test_a_salons_question_of_where_she_came_from_is_the_source(header: str) -> None:
    # A salon writes it of its women clients: it was a line of the notes, and the report of
    # where clients come from showed nobody.
    mapping = propose_mapping(["ФИО", header], [["Орлова Мария", "Инстаграм"]] * 3)
    assert mapping == [Target.FULL_NAME, Target.SOURCE]


def test_where_a_client_came_from_is_read_from_a_shops_words() -> None:
    headers = ["ФИО", "Откуда узнали"]
    mapping = propose_mapping(headers, [["Орлова Мария", "Инстаграм"]] * 3)
    assert mapping == [Target.FULL_NAME, Target.SOURCE]
    today = date(2026, 12, 1)
    seen = {
        answer: read_row(2, ["Орлова Мария", answer], headers, mapping, "RU", today).data
        for answer in (
            "Инстаграм", "Авито", "от знакомых", "От подруги", "выставка в Туле", "от Марины",
        )
    }  # fmt: skip
    assert {answer: data.source for answer, data in seen.items() if data} == {
        "Инстаграм": ClientSource.SOCIAL,
        "Авито": ClientSource.ADVERTISING,
        "от знакомых": ClientSource.REFERRAL,
        "От подруги": ClientSource.REFERRAL,
        "выставка в Туле": ClientSource.EXHIBITION,  # its first word says it (until 7.12 «Другое»)
        "от Марины": ClientSource.OTHER,
    }
    other = seen["от Марины"]
    assert other is not None
    # An answer of the shop's own is kept, not named as a mistake.
    assert other.notes == "Откуда узнали: от Марины"
    assert read_row(2, ["Орлова Мария", "выставка"], headers, mapping, "RU", today).problems == []


@pytest.mark.parametrize("answer", ["Booking", "Островок", "Airbnb", "Ozon", "Wildberries"])
def test_a_booking_site_or_a_marketplace_is_the_internet(answer: str) -> None:
    # A hotel's «Источник бронирования», a shop's «Откуда»: «Другое», and the report of
    # where clients come from lumped them with the rest.
    headers = ["ФИО", "Откуда узнали"]
    mapping = [Target.FULL_NAME, Target.SOURCE]
    read = read_row(2, ["Орлова Мария", answer], headers, mapping, "RU", date(2026, 12, 1))
    assert read.data is not None and read.data.source is ClientSource.WEBSITE


def test_a_cell_a_sheet_had_nothing_for_is_empty_not_a_mistake() -> None:
    headers = ["ФИО", "Телефон", "E-mail", "Дата рождения", "Город", "VIP"]
    mapping = [
        Target.FULL_NAME, Target.PHONE, Target.EMAIL, Target.BIRTHDAY, Target.CITY, Target.VIP,
    ]  # fmt: skip
    today = date(2026, 12, 1)
    for cells in (["Иванов Иван", "-", "нет", "—", "-", "-"], ["Иванов Иван", "н/д", "n/a", "?"]):
        read = read_row(2, cells, headers, mapping, "RU", today)
        assert read.problems == []
        assert read.data is not None
        assert (read.data.phones, read.data.emails, read.data.birthday, read.data.city) == (
            [], [], "", ""
        )  # fmt: skip
    vip = read_row(2, ["Иванов Иван", None, None, None, None, "да"], headers, mapping, "RU", today)
    assert vip.data is not None and vip.data.is_vip
    # Said in words, under a contact: no phone, no e-mail, not a bad one to fix.
    said = read_row(2, ["Иванов Иван", "нет телефона", "не дала", "нет данных", "без города"],
                    headers, mapping, "RU", today)  # fmt: skip
    assert said.problems == []
    assert said.data is not None
    assert (said.data.phones, said.data.emails, said.data.birthday) == ([], [], "")
    assert said.data.city == "без города"  # no contact: kept as written


@pytest.mark.parametrize(
    ("header", "label"),
    [
        ("Мобильный телефон", "мобильный"),
        ("Тел. раб.", "рабочий"),
        ("Частный e-mail", "личный"),
        ("Home Phone", "home"),  # Outlook's
        ("Телефон переносной", "мобильный"),  # Russian Outlook's «Mobile Phone»
        ("Телефон 2", ""),
        ("Телефон домашний/рабочий", ""),  # two kinds: neither
        ("Городской телефон", "городской"),
        ("Стационарный", "городской"),
        ("Landline", "landline"),
    ],
)
def test_a_column_named_for_a_kind_of_phone_gives_its_phones_that_note(
    header: str, label: str
) -> None:
    assert contact_label(header) == label


@pytest.mark.parametrize("header", ["Городской", "Домашний", "Рабочий", "Сотовый", "Стационарный"])
def test_a_column_named_for_a_kind_of_phone_alone_is_phones_though_one_row_fills_it(
    header: str,
) -> None:
    """«Телефон | Городской» with one landline in twelve rows: too few values to tell it by,
    the header says it (it went to the notes)."""
    rows = [["Иванов Иван", "89161112233", None]] * 11
    rows.append(["Орлов Олег", "89161112236", "4952825176"])
    mapping = propose_mapping(["ФИО", "Телефон", header], rows)
    assert mapping == [Target.FULL_NAME, Target.PHONE, Target.PHONE]


@pytest.mark.parametrize(
    ("header", "target"),
    [("Домашний адрес", Target.STREET), ("Рабочий e-mail", Target.EMAIL), ("Дом", Target.HOUSE)],
)
def test_a_kind_of_phone_beside_another_field_names_that_field(header: str, target: Target) -> None:
    assert target_of_header(header) is target


def test_a_row_gives_its_phones_the_notes_of_their_column_or_their_own() -> None:
    headers = ["ФИО", "Мобильный телефон", "Рабочий телефон", "Личный e-mail"]
    mapping = [Target.FULL_NAME, Target.PHONE, Target.PHONE, Target.EMAIL]
    row = read_row(
        2,
        ["Иванов Иван", "8 916 111-22-33, 8 916 111-22-44 (жены)", "8 495 123-45-67", "i@ya.ru"],
        headers, mapping, "RU", date(2026, 12, 1),
    )  # fmt: skip
    assert row.data is not None and row.problems == []
    assert [(p.raw, p.label) for p in row.data.phones] == [
        ("8 916 111-22-33", "мобильный"),
        ("8 916 111-22-44", "жены"),  # its own note comes first
        ("8 495 123-45-67", "рабочий"),
    ]
    assert [(e.address, e.label) for e in row.data.emails] == [("i@ya.ru", "личный")]


def test_a_column_of_phones_with_notes_is_a_phone_column_whatever_its_name() -> None:
    values = [["+7 916 123-45-67 (мобильный)"], ["8 495 123-45-67 раб."], ["8 903 111-22-33"]]
    assert propose_mapping(["Контакт"], values) == [Target.PHONE]


def test_the_actual_address_is_the_clients_and_the_legal_one_a_note() -> None:
    # 1C lists the legal address first; a shop delivers to the actual one.
    headers = ["Наименование", "Юридический адрес", "Фактический адрес", "Почтовый адрес"]
    row = ["Ромашка ООО", "123456, г. Москва, ул. Ленина, 1", "г. Тула, ул. Мира, 5", "а/я 12"]
    assert propose_mapping(headers, [row, row]) == [
        Target.FULL_NAME, Target.NOTES, Target.STREET, Target.NOTES
    ]  # fmt: skip
    # Where only the legal address is filled, it is the address there is.
    assert propose_mapping(headers, [[*row[:2], None, None]] * 2)[1] is Target.STREET


def test_a_name_column_called_naimenovanie_beside_a_company_names_the_person() -> None:
    # A contacts list: «Наименование» is who the client is, «Компания» where they work. It
    # was taken for a sale's item and went to the notes, so every row became its company
    # and a row without one had no name at all.
    headers = ["Наименование", "Компания", "Телефон"]
    rows = [["Иванова Анна", "ООО Ромашка", "89161112233"], ["Петров Пётр", None, "89031112233"]]
    assert propose_mapping(headers, rows) == [
        Target.FULL_NAME, Target.ORGANIZATION, Target.PHONE
    ]  # fmt: skip


def test_an_amocrm_export_keeps_its_dates_of_creation_out_of_the_phones() -> None:
    headers = ["Имя", "Фамилия", "Дата создания контакта", "Рабочий телефон", "Личный email"]
    row = ["Иван", "Петров", "12.03.2024 10:00:00", "+7 495 111-22-33", "petrov@mail.ru"]
    assert propose_mapping(headers, [row, row]) == [
        Target.FIRST_NAME, Target.LAST_NAME, Target.CLIENT_SINCE, Target.PHONE, Target.EMAIL
    ]  # fmt: skip


def test_a_house_and_a_flat_column_join_the_street() -> None:
    headers = ["ФИО", "Улица", "Дом", "Кв."]
    mapping = propose_mapping(headers, [])
    assert mapping == [Target.FULL_NAME, Target.STREET, Target.HOUSE, Target.FLAT]

    def street(cells: list[object]) -> str:
        row = read_row(2, ["Иванов Иван", *cells], headers, mapping, "RU", date(2026, 12, 1))
        assert row.data is not None
        return row.data.street

    assert street(["ул. Ленина", 1, "5"]) == "ул. Ленина, д. 1, кв. 5"
    assert street(["Мира", "д. 7, корп. 2", None]) == "Мира, д. 7, корп. 2"  # marked already
    assert street([None, "3", "-"]) == "д. 3"
    # «Д. рожд.» is a birthday's «Д.», not a house's.
    assert target_of_header("Д. рожд.") is not Target.HOUSE


def test_a_buildings_corpus_and_structure_columns_join_the_house() -> None:
    headers = ["ФИО", "Улица", "Дом", "Корпус", "Строение", "Квартира"]
    mapping = propose_mapping(headers, [])
    assert mapping == [Target.FULL_NAME, Target.STREET, *[Target.HOUSE] * 3, Target.FLAT]
    cells = ["Орлова Мария", "ул. Ленина", 5, 2, 1, 10]
    row = read_row(2, cells, headers, mapping, "RU", date(2026, 12, 1))
    assert row.data is not None
    assert row.data.street == "ул. Ленина, д. 5, корп. 2, стр. 1, кв. 10"


def test_a_column_of_codes_is_not_taken_for_phones_by_its_digits() -> None:
    # A barcode, an ИНН of ten digits (which reads as a Kazakh mobile), a long number alone:
    # no phones, whatever their digits look like; a «Контакт» of phones still is.
    headers = ["ФИО", "Штрихкод", "Код", "Номер карты?", "Контакт"]
    rows = [
        ["Иванова Анна", "2000000012345", "7707083893", "4601234567890", "89161112233"],
        ["Петров Пётр", "2000000012352", "7707083894", "4601234567891", "+7 903 111-22-33"],
    ]
    assert propose_mapping(headers, rows) == [
        Target.FULL_NAME, Target.NOTES, Target.CLIENT_CODE, Target.LOYALTY_CARD, Target.PHONE
    ]  # fmt: skip
    assert propose_mapping(["ФИО", "Прочее"], [row[::4] for row in rows]) == [
        Target.FULL_NAME, Target.PHONE
    ]  # fmt: skip
    # МойСклад's and 1C's statistics codes: eight or ten digits, like a local phone.
    okpo = [["Ромашка", "12345678"], ["Лютик", "0012345678"]]
    assert propose_mapping(["Наименование", "ОКПО"], okpo) == [Target.FULL_NAME, Target.NOTES]
    long_codes = [["Иванова Анна", "4601234567890"], ["Петров Пётр", "4601234567891"]]
    assert propose_mapping(["ФИО", "Прочее"], long_codes) == [Target.FULL_NAME, Target.NOTES]


def test_names_under_a_header_no_one_knows_are_found_by_their_values() -> None:
    # The sheet was refused as having no column of client names.
    headers = ["Доставка", "Мастер", "Кто", "Телефон"]
    samples = [
        ["Самовывоз", "Ольга", "Иванов Иван", "8 916 111-22-33"],
        ["Курьер", "Ольга", "Анна Петровна", "8 916 111-22-44"],
        ["Курьер", "Вера", "Сидорова М.", "8 916 111-22-55"],
    ]
    # Words that name no one are no names, nor are the names of the shop's own people.
    assert propose_mapping(headers, samples) == [
        Target.NOTES, Target.RESPONSIBLE, Target.FULL_NAME, Target.PHONE,
    ]  # fmt: skip
    no_names = [["Самовывоз", "8 916 111-22-33"], ["Курьер", "8 916 111-22-44"]]
    assert propose_mapping(["Доставка", "Телефон"], no_names) == [Target.NOTES, Target.PHONE]


def test_a_sheet_that_needs_no_names_is_not_given_them_by_values() -> None:
    # A till's sales name their clients by phone (who made the sale is the sale's note); a
    # director named beside a 1C counterparty's «Наименование» is not the client.
    sales = [[date(2026, 3, 1), "8 916 111-22-33", "Иванов Иван", 500]]
    assert propose_mapping(["Дата продажи", "Телефон", "Кто оформил", "Сумма"], sales) == [
        Target.PURCHASE_DATE, Target.PHONE, Target.SALE_NOTE, Target.AMOUNT,
    ]  # fmt: skip
    counterparties = [["Ромашка", "7701234567", "Иванов Иван Иванович"]]
    assert propose_mapping(["Наименование", "ИНН", "Руководитель"], counterparties) == [
        Target.FULL_NAME, Target.INN, Target.NOTES,
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("cell", "messengers"),
    [
        ("8 916 111-22-33 (WhatsApp)", [("whatsapp", "8 916 111-22-33")]),
        ("8 916 111-22-33 тг, вотсап", [("telegram", "8 916 111-22-33"),
                                       ("whatsapp", "8 916 111-22-33")]),
        ("8 916 111-22-33 (без вотсапа)", []),
        ("8 916 111-22-33 (жена)", []),
    ],
)  # fmt: skip
def test_a_phones_note_naming_a_messenger_puts_the_client_on_it(
    cell: str, messengers: list[tuple[str, str]]
) -> None:
    # The note was kept beside the phone, but the card's WhatsApp stayed empty: the
    # client could not be written to there from the card.
    headers = ["ФИО", "Телефон"]
    mapping = propose_mapping(headers, [])
    row = read_row(2, ["Иванов Иван", cell], headers, mapping, "RU", date(2026, 12, 1))
    assert row.data is not None
    assert [(m.kind.value, m.handle) for m in row.data.messengers] == messengers
    label = row.data.phones[0].label
    assert label and label in cell  # the note stays beside the phone


@pytest.mark.parametrize(
    ("cell", "messengers", "label"),
    [
        ("+7 916 666-66-66 (Telegram @frolov)", [("telegram", "@frolov")], ""),
        ("8 916 666-66-66 тг: @frolov_p, жена", [("telegram", "@frolov_p")], "жена"),
        # A bare handle may be anyone's (Instagram's too): beside the phone as written.
        ("8 916 666-66-66 @frolov", [], "@frolov"),
    ],
)  # fmt: skip
def test_a_telegram_handle_beside_a_phone_is_the_clients_telegram(
    cell: str, messengers: list[tuple[str, str]], label: str
) -> None:
    # The phone's number was taken for the client's Telegram, and «@frolov» stayed a note.
    headers = ["ФИО", "Телефон"]
    row = read_row(
        2, ["Фролов Пётр", cell], headers, propose_mapping(headers, []), "RU", date(2026, 12, 1)
    )
    assert row.data is not None
    assert [(m.kind.value, m.handle) for m in row.data.messengers] == messengers
    assert row.data.phones[0].label == label


def test_a_sales_book_that_says_what_was_bought_in_words_is_one() -> None:
    # «Что купил» was unknown, so «Дата» and «Сумма» beside it went to the notes: a shop's
    # own sales book came in as clients without one purchase.
    headers = ["Дата", "ФИО", "Телефон", "Что купил", "Сумма"]
    row = ["12.11.2026", "Иванова Мария", "89161112233", "Платье синее", "4 500"]
    assert propose_mapping(headers, [row, row]) == [
        Target.PURCHASE_DATE, Target.FULL_NAME, Target.PHONE, Target.ITEM, Target.AMOUNT
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("fourth_buyer", "date_and_sum"),
    [
        # The same clients on row after row make it a sales log (its dates and sums went to
        # the notes, the purchases lost), typed alike or not.
        ("Петров Олег", [Target.PURCHASE_DATE, Target.AMOUNT]),
        # Each client once, one typed twice aside: «Дата» may be the last visit and «Сумма»
        # what the client spent, as the shop kept them; both stay in the notes.
        ("Сидоров Иван", [Target.NOTES, Target.NOTES]),
    ],
)
def test_a_sheet_of_dates_names_and_sums_is_a_sales_log_where_clients_come_back(
    fourth_buyer: str, date_and_sum: list[Target]
) -> None:
    """«Дата | Клиент | Телефон | Сумма», without an item."""
    headers = ["Дата", "Клиент", "Телефон", "Сумма"]
    rows = [
        ["12.01.2026", "Иванова Мария", "89161112233", "4 500"],
        ["14.01.2026", "Петров Олег", "89161112234", "1 200"],
        ["20.01.2026", "ИВАНОВА  МАРИЯ", "+7 916 111-22-33", "700"],
        ["02.02.2026", fourth_buyer, "89161112234", "300"],
        ["05.02.2026", "Орлова Анна", "89161112235", "2 000"],
    ]
    date_target, sum_target = date_and_sum
    assert propose_mapping(headers, rows) == [
        date_target, Target.FULL_NAME, Target.PHONE, sum_target
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("till_column", "values", "date_and_sum"),
    [
        # Who rang each sale up, or what was paid after the discount, says a till's log
        # however few of its clients came back: its dates and sums went to the notes.
        ("Кассир", ["Петя", "Оля"], [Target.PURCHASE_DATE, Target.AMOUNT]),
        ("К оплате", ["3 000", "900"], [Target.PURCHASE_DATE, Target.SALE_NOTE]),
        # A book of orders' prepayment, its parcel's number, the article sold.
        ("Предоплата", ["500", "0"], [Target.PURCHASE_DATE, Target.AMOUNT]),
        ("Трек-номер", ["RA1", "RA2"], [Target.PURCHASE_DATE, Target.AMOUNT]),
        ("Артикул", ["A-1", "B-2"], [Target.PURCHASE_DATE, Target.AMOUNT]),
        # A card's discount is on client lists too: «Дата» may be the last visit there.
        ("Скидка", ["10%", "5%"], [Target.NOTES, Target.NOTES]),
    ],
)
def test_a_short_log_with_a_tills_column_is_a_sales_log(
    till_column: str, values: list[str], date_and_sum: list[Target]
) -> None:
    headers = ["Дата", "Клиент", "Сумма", till_column]
    first, second = values
    rows = [
        ["10.09.2026", "ИП Кузнецов", "3490 руб.", first],
        ["10.01.2026", "Петров Олег", "999.5 руб.", second],
        ["23.02.2026", "Иванова Анна", "500", first],
        ["26.08.2026", "ИП Кузнецов", "999.5 руб.", second],
    ]
    assert propose_mapping(headers, rows)[::2] == date_and_sum


@pytest.mark.parametrize(
    ("order", "target"),
    [("Платье синее", Target.ITEM), ("№ 1045", Target.ORDER_NUMBER),
     ("ЗК-00012", Target.ORDER_NUMBER)],
)  # fmt: skip
def test_an_order_column_of_words_says_what_was_ordered(order: str, target: Target) -> None:
    # As numbers, two sales of one dress to one client on two days became one purchase.
    headers = ["ФИО", "Заказ", "Сумма", "Дата"]
    row = ["Иванова Мария", order, "4 500", "12.11.2026"]
    assert propose_mapping(headers, [row, row])[1] is target


def test_a_web_forms_leads_say_where_they_came_from_in_utm_words() -> None:
    """Tilda's leads: «utm_source» as the ad systems write it, and the form's own ids."""
    headers = ["tranid", "formid", "Name", "Phone", "utm_source", "requestid"]
    rows = [["4521", "form3212", "Анна", "+7 916 111-22-33", "yandex", "e3f1a"]] * 3
    mapping = propose_mapping(headers, rows)
    assert mapping == [
        Target.IGNORE, Target.IGNORE, Target.FULL_NAME, Target.PHONE, Target.SOURCE,
        Target.IGNORE,
    ]  # fmt: skip
    today = date(2026, 12, 1)
    sources = {
        said: read_row(2, ["1", "f", "Анна", "", said, "r"], headers, mapping, "RU", today)
        for said in ("yandex", "cpc", "ig", "vk.com", "organic")
    }
    assert {said: row.data.source for said, row in sources.items() if row.data} == {
        "yandex": ClientSource.ADVERTISING,
        "cpc": ClientSource.ADVERTISING,
        "ig": ClientSource.SOCIAL,
        "vk.com": ClientSource.SOCIAL,
        "organic": ClientSource.WEBSITE,
    }


def test_where_the_client_lives_is_the_address() -> None:
    # «Место жительства» went to the notes: the city filter did not find the client.
    for name in ("Место жительства", "Место проживания", "Где живёт"):
        assert propose_mapping([name, "ФИО"], [["г. Тверь", "Иванова Анна"]])[0] is Target.STREET


def test_a_bitrix24_contacts_export_names_its_patronymic_and_sources() -> None:
    # Bitrix24's «Второе имя» went to the notes; its sources «Веб-сайт», «CRM-форма» and
    # «Онлайн-чат» were «Другое».
    headers = ["Имя", "Второе имя", "Фамилия", "Источник"]
    mapping = propose_mapping(headers, [["Анна", "Петровна", "Иванова", "Веб-сайт"]])
    assert mapping == [Target.FIRST_NAME, Target.MIDDLE_NAME, Target.LAST_NAME, Target.SOURCE]
    today = date(2026, 12, 1)
    sources = {
        said: read_row(2, ["Анна", "", "Иванова", said], headers, mapping, "RU", today).data
        for said in ("Веб-сайт", "CRM-форма", "Онлайн-чат")
    }
    assert {said: data.source for said, data in sources.items() if data} == {
        "Веб-сайт": ClientSource.WEBSITE,
        "CRM-форма": ClientSource.WEBSITE,
        "Онлайн-чат": ClientSource.WEBSITE,
    }


def test_a_payment_cards_details_keep_only_a_named_loyalty_card_as_the_card() -> None:
    # Beside Stripe's «Card Last4» a «Card ID» is the card the client pays with; a column
    # that says it is the loyalty card stays the card.
    headers = ["Name", "Card ID", "Loyalty Card", "Card Last4", "Card Exp Month"]
    row = ["Anna Smith", "card_1MvN8z", "2000000012345", "4242", "12"]
    mapping = propose_mapping(headers, [row])
    assert mapping[1:3] == [Target.NOTES, Target.LOYALTY_CARD]
    assert propose_mapping(headers[:2], [row[:2]])[1] is Target.LOYALTY_CARD


def test_a_bare_where_from_is_the_source_where_its_words_are_sources() -> None:
    # «Откуда» of «сарафан», «инста» was a line of the notes, and the source filter found
    # none of those clients; «Откуда» of towns stays a note.
    def source(*said: str) -> Target:
        rows = [[f"Клиент {n}", word] for n, word in enumerate(said)]
        return propose_mapping(["ФИО", "Откуда"], rows)[1]

    assert source("сарафан", "инста", "", "Авито") is Target.SOURCE
    assert source("Тверь", "г. Москва", "сарафан") is Target.NOTES
