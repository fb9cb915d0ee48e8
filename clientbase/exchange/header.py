"""What each column of a sheet holds: by the names we know, confirmed by the values under
them (header_row finds the row of names itself)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from clientbase.exchange.address_rules import one_address, street_lines
from clientbase.exchange.appointment_rules import appointment_log, called_off, check_ins
from clientbase.exchange.card_rules import card_of_barcode, card_of_patients, card_of_payments
from clientbase.exchange.cell_lists import messenger_link
from clientbase.exchange.child_rules import child_is_client
from clientbase.exchange.dated_rules import comment_of_calls, named_occasions, named_tasks
from clientbase.exchange.header_caveats import undone
from clientbase.exchange.header_names import (
    BIRTH_PART_WORDS,
    CONTACT_COLUMNS,
    RELATIVES_NAMED,
    SYNONYMS,
    WHOLE_NAMES,
)
from clientbase.exchange.kind_flags import kind_flags
from clientbase.exchange.mapping_rules import (
    as_client_list,
    birthday_in_parts,
    bought_in_words,
    comment_of_sales,
    figures_of_sales,
    find_sale_date,
    keep_shops_own_figures,
    name_alone_is_whole,
    names_goods,
    number_of_sales,
    order_of_words,
    owner_of_record,
    result_of_calls,
    sellers_own,
    staff_of_clients,
    status_of_sales,
    visit_of_clients,
)
from clientbase.exchange.name_repeats import person_beside_company, whole_name_beside_parts
from clientbase.exchange.person_names import names_a_person
from clientbase.exchange.recipient_rules import is_recipients, recipient_apart, shipments_own
from clientbase.exchange.sale_words import channel_of_sales, kind_of_service
from clientbase.exchange.source_rules import source_by_values
from clientbase.exchange.targets import NAME_TARGETS, PURCHASE_TARGETS, Target
from clientbase.exchange.values import holds_emails, holds_phones, is_company_name, text_of
from clientbase.services.text import fold

# Targets that may come from several columns (two phone columns, several note columns).
REPEATABLE = {
    Target.PHONE, Target.EMAIL, Target.NOTES, Target.TAGS, Target.MESSENGERS, Target.IGNORE,
    Target.HOUSE,  # «Дом», «Корпус», «Строение»
    Target.SALE_NOTE,  # «Скидка», «Бонусы»
    Target.RELATIVE_BIRTHDAY,  # «День рождения жены», «День рождения мамы»
    Target.RELATIVE_NAME,  # «Мама», «Папа»
    Target.OCCASION,  # «Годовщина свадьбы», «Именины»
    Target.NEXT_CONTACT,  # «Следующий визит» beside «Следующая прививка»: a reminder each
}  # fmt: skip

# Targets whose reading takes each of several columns, beside those above: an address's
# flat, the area codes of the phones, the contact persons.
_MANY_COLUMNS = REPEATABLE | {Target.FLAT, Target.AREA_CODE, Target.CONTACT_PERSONS}


def one_column_a_field(mapping: Sequence[Target], chosen: int | None = None) -> list[Target]:
    """The mapping with a field that holds one value given to one column only: the column
    `chosen` last, where the person just picked it, or else the first. The wizard let a
    person set two columns to «Город» (or «Дата рождения», «Покупка: товар»), and the
    second's values wrote over the first's without a word: the others are notes now, of
    the sale for a sale's field on a sheet of sales."""
    orders = Target.PURCHASE_DATE in mapping
    taken = {mapping[chosen]} if chosen is not None else set[Target]()
    single = []
    for column, target in enumerate(mapping):
        if target in taken and target not in _MANY_COLUMNS and column != chosen:
            target = Target.SALE_NOTE if orders and target in PURCHASE_TARGETS else Target.NOTES
        taken.add(target)
        single.append(target)
    return single


_PUNCTUATION = re.compile(r"[^\w%]+|_+")
# Access and database exports name columns FirstName or first_name; Xero its postal
# address's POCity, whose capitals before a word are a word of their own. One capital
# stays with its word: «ВКонтакте», «EMail».
_CAMEL_HUMP = re.compile(r"(?<=[a-zа-яё])(?=[A-ZА-ЯЁ])|(?<=[A-ZА-ЯЁ]{2})(?=[A-ZА-ЯЁ][a-zа-яё])")
_LOOKUP = {name: target for target, names in SYNONYMS.items() for name in names}


def normalize_header(value: object) -> str:
    return _PUNCTUATION.sub(" ", fold(_CAMEL_HUMP.sub(" ", text_of(value)))).strip()


# Databases prefix a table's columns with what the table holds: UserName, CustomerPhone.
_OWNER_WORDS = ("user ", "client ", "customer ", "person ", "invitee ", "клиент ", "покупатель ")
# How a web form asks the client: «Ваше имя», «Ваш телефон», «Your e-mail».
_FORM_WORDS = ("ваш ", "ваше ", "ваша ", "ваши ", "your ", "укажите ", "введите ")


# Google Contacts and Outlook number and label each phone, e-mail, address, relation, event
# and own field: «Phone 1 - Value» beside «Phone 1 - Label» (Mobile, Work), «Address 1 -
# City», «Home Street»; and a Russian Outlook's «Тип эл. почты» («SMTP» in every contact).
_KIND_OF_VALUE = re.compile(
    r"^(?:(?:e ?mail|phone|address|website|im|relation|event|custom field)"
    r"(?: \d+)? (?:label|type)|тип эл почты(?: \d+)?)$"
)
# Web shops' orders: WooCommerce's «Billing First Name», «Shipping City».
_PART_OF = re.compile(
    r"^(?:address(?: \d+)?|default address|home|business|work|other|billing|shipping) "
)
# …or after the field, as WooCommerce's order exports name them: «First Name (Billing)».
_PART_AFTER = re.compile(r" (?:billing|shipping)$")

# «№», «№ п/п», «#», «No»: the sheet's own row numbers, which mean nothing in a base.
_ROW_NUMBER_HEADERS = {"№", "#", "n", "no", "nr", "№п/п", "п/п", "nп/п", "пп", "№пп"}


def _is_row_number_header(value: object) -> bool:
    return text_of(value).casefold().replace(" ", "").replace(".", "") in _ROW_NUMBER_HEADERS


# The kind of phone or e-mail a column's name gives, as the note each of its values gets:
# «Мобильный телефон», «Тел. раб.», «Личный e-mail», Outlook's «Home Phone».
_CONTACT_KINDS = {
    "мобильный": "мобильный", "моб": "мобильный", "сотовый": "мобильный", "сот": "мобильный",
    "переносной": "мобильный",
    "рабочий": "рабочий", "рабочая": "рабочий", "раб": "рабочий", "служебный": "рабочий",
    "домашний": "домашний", "дом": "домашний", "личный": "личный", "личная": "личный",
    "частный": "личный", "частная": "личный",
    "городской": "городской", "стационарный": "городской",
    "основной": "основной", "основная": "основной", "дополнительный": "дополнительный",
    "дополнительная": "дополнительный", "доп": "дополнительный",
    "mobile": "mobile", "cell": "mobile", "work": "work", "business": "work",
    "office": "work", "home": "home", "personal": "personal", "private": "personal",
    "main": "main", "primary": "main", "landline": "landline",
    # A children's school's or club's: whose phone it is, the child's parent's.
    "мамы": "мама", "матери": "мама", "папы": "папа", "отца": "папа", "родителя": "родитель",
    "родителей": "родители", "бабушки": "бабушка", "дедушки": "дедушка",
    "mother": "mother", "mom": "mother", "mum": "mother", "father": "father", "dad": "father",
    "parent": "parent", "parents": "parents",
}  # fmt: skip
# A kind of phone that names a column by itself («Телефон | Городской | Рабочий»), though
# one row in twelve fills it, too few to tell it by its values. With another word it names
# that word's field: «Домашний адрес», «Рабочий e-mail».
_PHONE_KINDS = {"рабочий", "домашний", "городской", "стационарный", "служебный", "landline"}


def is_contact_kind(value: object) -> bool:
    """Whether a cell names only a kind of phone or e-mail («рабочий», «личный», «Mobile»):
    the lower half of a header, under a «Телефон» or «E-mail» spread over several columns."""
    words = normalize_header(value).split()
    return bool(words) and all(word in _CONTACT_KINDS for word in words)


def contact_label(value: object) -> str:
    """The note «Рабочий телефон» gives its phones («рабочий»), as a «Мама» of phones does
    («мама»); "" for «Телефон 2»."""
    name = normalize_header(value)
    if name in RELATIVES_NAMED:
        return RELATIVES_NAMED[name]
    kinds = {_CONTACT_KINDS[word] for word in name.split() if word in _CONTACT_KINDS}
    return kinds.pop() if len(kinds) == 1 else ""


# A header naming whose value it is, after the name: «ФИО клиента», «ИНН организации».
_OWNER_ENDINGS = (
    " клиента", " покупателя", " заказчика", " организации", " компании", " пациента",
    " ученика", " гостя", " абонента", " получателя", " адресата",
)  # fmt: skip
# Someone else's: «Телефон менеджера», «Дата рождения ребенка» are not the client's. Nor is
# a fax a number to call, though its values look like one.
_SOMEONE_ELSES = {
    "менеджера", "ребенка", "детей", "мужа", "жены", "сотрудника", "продавца",
    "ответственного", "руководителя", "директора", "помощника", "секретаря", "manager",
    "assistant", "child", "spouse", "факс", "факса", "fax",
    # A vet's or a pet shop's list: the pet's birthday is not its owner's.
    "питомца", "животного", "собаки", "кошки", "кота", "пса", "pet", "pets", "dog", "cat",
    # Outlook's country: not a region of Russia.
    "страна", "country",
    # Consent to the processing of personal data (152-ФЗ), which every web form asks for:
    # not a consent to receive mailings, which the law keeps apart.
    "обработку", "обработка", "обработки", "персональных", "пд", "пдн",
    # A list of shipments' sender: the shop itself, on every row.
    "отправитель", "отправителя", "sender", "shipper",
}  # fmt: skip
# …but an order «Принят в обработку» (Ozon) is the day it came in.
_ORDER_TAKEN = {"принят в обработку", "дата принятия в обработку"}
# A figure over the client's orders, as a CRM lists it beside the client: «Сумма заказов»,
# «Количество заказов», «Дата последнего заказа», «Средний чек»; МойСклад's «Сумма продаж»
# and «Количество продаж», a salon's «Количество визитов». Not the amount, quantity or
# number of a sale, which their other words would make them; kept in the notes.
_FIGURE_WORDS = {
    "заказов", "первого", "первой", "последнего", "последней", "последний", "средний",
    "средняя", "orders", "average", "продаж", "покупок", "чеков", "визитов", "посещений",
    "оплат", "возвратов", "сделок",
}  # fmt: skip
# What a sale's discount came to («Сумма скидки», «Discount amount»): neither the sale's
# sum nor a percent, which the words of each would make it; kept in the notes, or with
# the sale on a sales sheet (mapping_rules.figures_of_sales).
_SUM_WORDS = {"сумма", "amount", "total"}
_DISCOUNT_WORDS = {"скидки", "discount"}
_BEFORE = {"без", "до", "before"}  # «Сумма без скидки» is the sale's sum before it
_FAX_WORDS = {"факс", "факса", "fax"}
_PHONE_WORDS = {"телефон", "тел", "phone", "tel", "telephone", "моб", "мобильный", "сотовый"}


# The name Outlook shows beside an e-mail («Краткое имя эл. почты», «E-mail Display Name»):
# the address again, with the name, not another one.
# Thunderbird's bare «Display Name» is the contact's own name.
_NAME_OF_EMAIL = re.compile(r"\b(?:имя эл почты|mail(?: \d+)? display name)\b")


def names_an_email(header: object) -> bool:
    """Whether the column is Outlook's name shown beside an e-mail (see _NAME_OF_EMAIL)."""
    return bool(_NAME_OF_EMAIL.search(normalize_header(header)))


def _kept_as_notes(words: Sequence[str]) -> bool:
    """Whether a header's words make the column someone else's, a fax, or no field of the
    card's: its values go to the notes under its name, whatever they look like.
    «Телефон/факс» is not: the client's one number, for both."""
    if _NAME_OF_EMAIL.search(" ".join(words)):
        return True
    if " ".join(words) in _ORDER_TAKEN:
        return False
    found = _SOMEONE_ELSES.intersection(words)
    return bool(found) and not (found <= _FAX_WORDS and _PHONE_WORDS.intersection(words))


# Found inside a longer header only where a wrong guess cannot take a client's name.
_NOT_IN_WORDS = {
    Target.FULL_NAME, Target.LAST_NAME, Target.FIRST_NAME, Target.MIDDLE_NAME,
    Target.ORGANIZATION, Target.CLIENT_CODE, Target.HOUSE, Target.FLAT, Target.IGNORE,
    Target.OCCASION_NAME,  # a «Повод звонка» is no occasion to congratulate
    Target.HISTORY,  # «История покупок» is no log of contacts
}  # fmt: skip


@lru_cache(maxsize=1024)
def target_of_header(value: object) -> Target | None:
    """What a column holds by its name: a name we know, «ФИО клиента», or a known name among
    the words of a longer one («Сотовый телефон 2», «Дата рождения (дд.мм.гггг)»)."""
    if _is_row_number_header(value):
        return Target.IGNORE
    name = normalize_header(value)
    target = _LOOKUP.get(name) or WHOLE_NAMES.get(name)
    if target is None and text_of(value).startswith("№"):
        target = _LOOKUP.get(f"номер {name}")  # «№ карты»: its «№» is no letter to keep
    if target is None and _KIND_OF_VALUE.match(name):
        return Target.IGNORE  # «Phone 1 - Label: Mobile» is not a phone
    if target is None and (prefix := _PART_OF.match(name)):
        target = _LOOKUP.get(name[prefix.end() :])
    if target is None and (suffix := _PART_AFTER.search(name)):
        target = _LOOKUP.get(name[: suffix.start()]) or _by_words(name[: suffix.start()].split())
    if target is None and name.startswith(_OWNER_WORDS + _FORM_WORDS):
        target = _LOOKUP.get(name.split(" ", 1)[1])
    if target is None and name.endswith(_OWNER_ENDINGS):
        target = _LOOKUP.get(name.rsplit(" ", 1)[0])
    if target is None and name and set(name.split()) <= _PHONE_KINDS:
        return Target.PHONE
    if target is None and (part := _birth_part(name)) is not None:
        return part
    if target is None:
        target = _by_words(name.split())
    if target is Target.MESSENGERS and _PHONE_WORDS.intersection(name.split()):
        return Target.PHONE  # «Телефон/WhatsApp»: phones, each on WhatsApp too
    return undone(target, name)


def _birth_part(name: str) -> Target | None:
    """«Дата рождения (месяц)», as header_row names the lower half of a two-row header:
    the birthday's month. Read by its longest known words, it was the whole birthday."""
    whole, _, last = name.rpartition(" ")
    if last not in BIRTH_PART_WORDS or _LOOKUP.get(whole) is not Target.BIRTHDAY:
        return None
    return BIRTH_PART_WORDS[last]


def is_birth_part(value: object) -> bool:
    """A column named a bare part of a date: «День», «Месяц», «Год»."""
    return normalize_header(value) in BIRTH_PART_WORDS


def _by_words(words: list[str]) -> Target | None:
    """The longest run of words that names a column, the leftmost of equal length."""
    if _kept_as_notes(words) or _FIGURE_WORDS.intersection(words):
        return None
    if _SUM_WORDS & set(words) and _DISCOUNT_WORDS & set(words) and not _BEFORE & set(words):
        return None
    for size in range(len(words) - 1, 0, -1):
        for start in range(len(words) - size + 1):
            target = _LOOKUP.get(" ".join(words[start : start + size]))
            if target is not None and target not in _NOT_IN_WORDS:
                return target
    return None


# A child's or a relative's own columns, which the card keeps as its contact person's: not
# someone else's.
_CHILDRENS = (
    Target.CHILD_NAME, Target.CHILD_BIRTHDAY, Target.RELATIVE_BIRTHDAY, Target.RELATIVE_NAME,
)  # fmt: skip

# Names of a column that are the client's only where no other column names the client:
# GetCourse's buyer «Пользователь», elsewhere whoever made the record.
_WEAK_NAMES = {"пользователь"}

# Headers whose column is what its values show, when they are phones or e-mails.
_VALUES_WIN = (None, Target.PHONE, Target.EMAIL, Target.NEXT_CONTACT)


def propose_mapping(
    headers: Sequence[object],
    samples: Sequence[Sequence[object]],
    further: Sequence[Sequence[object]] = (),
) -> list[Target]:
    """A target for every column: by its header, corrected by what its values look like.
    `further`: rows after the samples, where a sales log's clients come back."""
    mapping: list[Target] = []
    names = [normalize_header(header) for header in headers]
    empty: set[int] = set()  # columns without a value in the samples
    filled: list[int] = []
    header_targets: list[Target | None] = []
    for column, header in enumerate(headers):
        values = [row[column] for row in samples if column < len(row) and row[column] is not None]
        filled.append(len(values))
        by_values = None if _CODE_WORDS & set(names[column].split()) else _target_of_values(values)
        by_header = target_of_header(header)
        header_targets.append(by_header)
        name = names[column]
        if name.endswith(" formatted") and name.replace(" formatted", " street") in names:
            target = Target.IGNORE  # Google's «Address 1 - Formatted»: its parts stand beside
        elif _kept_as_notes(name.split()) and by_header not in _CHILDRENS:
            target = Target.NOTES  # the manager's phones are not the client's
        elif by_values is not None and by_header in (*_VALUES_WIN, Target.RELATIVE_NAME):
            # A column of +7… is a phone even when its header says «Контакт» or
            # «Перезвонить»; a known header otherwise wins (dates under «Дата рождения»
            # are not phones). A «Мама» of phones is the mother's phone, noted «мама».
            target = by_values
        elif by_header is not None:
            target = by_header
        elif not values:
            target = Target.IGNORE
        else:
            # Nothing is dropped silently: an unknown column goes into the notes.
            target = Target.NOTES
        if target is Target.FULL_NAME and values and all(map(_is_order_number, values)):
            target = Target.ORDER_NUMBER  # Shopify's «Name» of orders: «#1001»
        if target not in REPEATABLE and target in mapping:
            holder = mapping.index(target)
            if values and (
                holder in empty
                or (
                    target not in NAME_TARGETS
                    and _lesser_address(names[holder], name)
                    and not is_recipients(name)  # a gift's «Shipping Street»
                )
                or names[holder] in _WEAK_NAMES
                or (is_recipients(names[holder]) and not is_recipients(name))
            ):
                # Outlook's empty «Business City» before the filled «Home City»: the
                # column with values takes the field; the other keeps to the notes, in case
                # rows further down than the samples fill it. A «Пользователь» before an
                # «ФИО» is whoever made the record: the «ФИО» is the client; so is a
                # «Заказчик» after the «Получатель» the order went to.
                mapping[holder] = Target.NOTES
            else:
                target = Target.NOTES
        if not values:
            empty.add(column)
        mapping.append(target)
    if not any(names) and not NAME_TARGETS & set(mapping):
        _names_by_values(mapping, samples, names)
    kind_flags(mapping, samples)
    named_occasions(mapping, names)
    named_tasks(mapping, names, samples)
    shipments_own(mapping, names)
    for column in recipient_apart(mapping, names, samples):
        header_targets[column] = None  # a gift's «Shipping City»: no address of the card's
    one_address(mapping, names, header_targets, filled)
    street_lines(mapping, names)
    name_alone_is_whole(mapping)
    order_of_words(mapping, samples)
    bought_in_words(mapping, names)
    sellers_own(mapping, names, samples)
    appointment_log(mapping, names, samples)
    kind_of_service(mapping, names)
    find_sale_date(mapping, names, samples, further)
    check_ins(mapping, names)
    called_off(mapping, names)
    channel_of_sales(mapping, names, samples)
    status_of_sales(mapping, samples, names)
    comment_of_sales(mapping, names)
    number_of_sales(mapping, names)
    if Target.PURCHASE_DATE in mapping:
        owner_of_record(mapping, names)  # before the sales are taken for ones of no names
    # Before the sales' columns are told apart: on a sheet naming no client every column
    # but a key becomes the sale's, a CRM's «Контакт» of names too.
    _named_contact(mapping, samples, names, filled)
    figures_of_sales(mapping, names)
    birthday_in_parts(mapping, names, samples)
    if Target.PURCHASE_DATE not in mapping:
        staff_of_clients(mapping)
        visit_of_clients(mapping, names)
        result_of_calls(mapping, names)
        comment_of_calls(mapping, names, samples)
        as_client_list(mapping, names, samples)
        owner_of_record(mapping, names)  # after a «Наименование» has become the name
    card_of_patients(mapping, names)
    card_of_barcode(mapping, names, filled)
    card_of_payments(mapping, names)
    source_by_values(mapping, names, samples)
    if Target.PURCHASE_DATE not in mapping and not NAME_TARGETS & set(mapping):
        # No header names the clients («Кто», «Контакт»): rather than refuse the list,
        # its names are found by their values. An orders sheet needs none.
        _names_by_values(mapping, samples, names)
    child_is_client(mapping, names)
    keep_shops_own_figures(mapping, names)
    return mapping


def keep_late_values(
    mapping: list[Target],
    headers: Sequence[object],
    samples: Sequence[Sequence[object]],
    rest: Sequence[Sequence[object]],
) -> list[Target]:
    """The mapping with a column left out as empty in the sample rows kept in the notes where
    a row further down fills it («Пометки» filled on row 250 only), unless its name says it
    is none of the card's («№»)."""
    kept = list(mapping)
    for column, target in enumerate(mapping):
        if target is not Target.IGNORE or target_of_header(headers[column]) is Target.IGNORE:
            continue
        if not _filled(samples, column) and _filled(rest, column):
            kept[column] = Target.NOTES
    return kept


def _filled(rows: Sequence[Sequence[object]], column: int) -> bool:
    return any(column < len(row) and row[column] is not None for row in rows)


# Who of the shop served or looks after the client: a name under it is no client's.
_STAFF_WORDS = {
    "мастер", "мастера", "сотрудник", "продавец", "кассир", "врач", "доктор", "специалист",
    "администратор", "тренер", "преподаватель", "педагог", "стилист", "парикмахер", "курьер",
    "агент", "master", "staff", "employee", "seller", "cashier", "doctor", "trainer",
    "фотограф", "визажист", "массажист", "косметолог", "инструктор", "репетитор", "механик",
    "photographer", "instructor", "tutor", "риелтор", "риэлтор", "куратор", "realtor",
    "клинер", "уборщица", "уборщик", "cleaner",
}  # fmt: skip
# A person's or a company's name as typed: words of letters, a hyphen, a dot, quotes.
_NAME_LIKE = re.compile(r"^[^\W\d_][\w\-.'\"«»() ]*$")


def _names_by_values(
    mapping: list[Target], samples: Sequence[Sequence[object]], names: Sequence[str]
) -> None:
    """Names where no header says where they are: the leftmost column of words, one to
    five of them, in most rows (a city or a note column stands right of the names). Under
    headers the words must also hold a given name, a patronymic or a Russian surname, as a
    column of other words («Доставка»: «Самовывоз») does not; and the shop's own people
    («Мастер»: «Ольга») are not its clients, nor are the goods a column says it names."""
    people = any(names)
    for column, target in enumerate(mapping):
        if (
            target is not Target.NOTES
            or _STAFF_WORDS.intersection(names[column].split())
            or names_goods(names[column])  # «Свеча ароматическая» of «Наименование товара»
        ):
            continue
        values = [row[column] for row in samples if column < len(row) and row[column] is not None]
        named = sum(
            1
            for value in values
            if isinstance(value, str)
            and _NAME_LIKE.match(value.strip())
            and 1 <= len(value.split()) <= 5
            and (not people or names_a_person(value))
        )
        if values and named >= 0.8 * len(values):
            mapping[column] = Target.FULL_NAME
            return


def _named_contact(
    mapping: list[Target],
    samples: Sequence[Sequence[object]],
    names: Sequence[str],
    filled: Sequence[int],
) -> None:
    """The «Контакт» of names is the client's name where no column names a person: a deals
    list's rows had no name, and were refused (its empty «Компания» named no one). Beside
    a «Компания» on some rows it names the people: amoCRM's deals, a few with a company,
    went to the companies, the person of each in its notes, and every deal without a
    company was refused for want of a name. Beside a company on every row it is the
    company's contact person: a wholesaler's deals are its companies'."""
    named = {target for c, target in enumerate(mapping) if target in NAME_TARGETS and filled[c]}
    if named - {Target.ORGANIZATION}:
        person_beside_company(mapping, samples, names)
        return whole_name_beside_parts(mapping, samples, names)
    company = mapping.index(Target.ORGANIZATION) if named else -1
    for column, name in enumerate(names):
        if name not in CONTACT_COLUMNS or mapping[column] is not Target.NOTES:
            continue
        rows = [row for row in samples if column < len(row) and text_of(row[column])]
        values = [text_of(row[column]) for row in rows]
        people = sum(
            names_a_person(value) or (not named and is_company_name(value)) for value in values
        )
        if values and people >= 0.8 * len(values):
            at_companies = named and all(company < len(r) and text_of(r[company]) for r in rows)
            mapping[column] = Target.CONTACT_PERSONS if at_companies else Target.FULL_NAME
            return


# A company's addresses that are not where a shop finds its client: 1C lists the legal one
# first, then «Фактический адрес».
_PAPER_ADDRESS = {"юридический", "юр", "почтовый", "legal", "registered", "billing"}


def _lesser_address(holder: str, other: str) -> bool:
    """Whether the address column `other` names is the client's, where `holder` names the
    legal or postal one."""
    return bool(_PAPER_ADDRESS.intersection(holder.split())) and not _PAPER_ADDRESS.intersection(
        other.split()
    )


_ORDER_NUMBER = re.compile(r"^#\s*\d+$")


def _is_order_number(value: object) -> bool:
    return bool(_ORDER_NUMBER.match(text_of(value).strip()))


def _target_of_values(values: Sequence[object]) -> Target | None:
    if len(values) < 2:
        return None
    # Dates are not guessed from values: a sheet's date column is as often the last visit.
    emails = [holds_emails(value) for value in values]
    phones = [_phone_value(value) for value in values]
    if min(sum(emails), sum(phones)) >= 0.2 * len(values) and sum(
        e or p for e, p in zip(emails, phones, strict=True)
    ) >= 0.6 * len(values):
        # «Контакты» of a phone here and an e-mail there, or both in one cell with words
        # around them: the phones' reading takes the e-mails too, and the words as notes.
        return Target.PHONE
    for target, found in ((Target.EMAIL, emails), (Target.PHONE, phones)):
        if sum(found) >= 0.6 * len(values):
            return target
    if all(messenger_link(text_of(value).strip()) for value in values):
        return Target.MESSENGERS  # «Соцсети» of «instagram.com/anna», «vk.com/id5»
    return None


# Digits alone, thirteen or more: a barcode (EAN-13), an ОГРН, a card's number; or joined by
# dashes, a marketplace's posting number («12345678-0001-1»). A phone that long is written
# with its «+» or with spaces.
_LONG_CODE = re.compile(r"^\d(?:-?\d){12,}$")


# A number padded with zeros, as a document's is («0000-000123»): no phone begins so.
_PADDED = re.compile(r"^\D*000")


def _phone_value(value: object) -> bool:
    text = text_of(value)
    return holds_phones(value) and not _LONG_CODE.match(text) and not _PADDED.match(text)


# Columns of codes, whose digits may look like phones and are not: «Штрихкод», «Код», «ИНН».
_CODE_WORDS = {
    "код", "штрихкод", "штрих", "артикул", "инн", "огрн", "огрнип", "кпп", "бик", "счет", "id",
    "окпо", "оквэд", "октмо", "окато", "ean", "barcode", "sku", "code",
    # A clinic's, a pawnshop's or a rental's papers: «123-456-789 01», «4510 123456».
    "снилс", "паспорт", "паспорта", "полис", "полиса", "омс", "дмс", "серия", "удостоверение",
    "удостоверения", "свидетельство", "свидетельства", "vin", "госномер", "snils", "passport",
    "загранпаспорт", "загранпаспорта",
    # A parcel's number at СДЭК or Почта России: «1234567890» is no phone.
    "отправления", "трек", "накладной", "шпи", "tracking",
}  # fmt: skip
