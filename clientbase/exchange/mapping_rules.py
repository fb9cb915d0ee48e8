"""What a sheet as a whole makes of its columns, beyond their own names and values: a bare
«Дата» is a sale's beside an item, a «Статус» is the sale's on a sales book, a «Наименование»
is the client's on a 1C list. propose_mapping applies these to its first guess."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from clientbase.db.enums import ClientStatus, PurchaseStatus
from clientbase.exchange.choices import is_choice
from clientbase.exchange.header_names import BIRTH_PART_WORDS, ENDS
from clientbase.exchange.sale_words import is_said_of_sales
from clientbase.exchange.targets import NAME_TARGETS, PURCHASE_TARGETS, Target
from clientbase.exchange.values import is_company_name, text_of
from clientbase.services.text import fold

_SALE_PARTS = {
    Target.ITEM, Target.QUANTITY, Target.PRICE, Target.ORDER_NUMBER, Target.PAYMENT,
    Target.PURCHASE_STATUS, Target.ITEM_CODE,
}  # fmt: skip
# A date column without saying whose: on a sheet of sales, the sale's.
_BARE_DATES = {
    "дата", "date", "дата чека", "дата документа", "дата операции", "число",
    # The same with the time of day, as a till's report writes it: «05.11.2026 12:31:05».
    "дата и время", "дата время", "date time", "date and time", "datetime",
    "дата и время документа", "дата и время операции",
    # The day a CRM's deal was closed, beside what it sold: the sale made (or lost). On a
    # client list «Дата закрытия» may be a card's.
    "дата закрытия", "дата закрытия сделки", "дата сделки", "close date", "closed date",
    "deal won time", "won time", "won date", "deal close date", "deal closed on",
    # A salon's or a clinic's visits: the day of the service sold.
    "дата визита", "дата посещения", "дата приема", "дата приёма", "дата услуги",
    "дата оказания услуги", "visit date", "date of visit",
    # A booking program's (Fresha's «Scheduled Date»).
    "scheduled date", "appointment date", "date of appointment", "booking date",
    # A tutor's, a club's or a massage room's lessons and sessions.
    "дата занятия", "дата урока", "дата тренировки", "дата сеанса", "дата процедуры",
    "lesson date", "session date", "class date",
    # A guest house's stays: the day the guest came.
    *(_STAYS := {
        "дата заезда", "заезд", "дата въезда", "check in", "check in date", "arrival",
        "arrival date",
    }),
}  # fmt: skip
_ORDER_PARTS = {Target.ORDER_NUMBER, Target.AMOUNT, Target.PRICE}
# A web shop's orders say when each order was made as a record's creation: the sale's day.
_CREATION_DATES = {
    "дата создания", "создан", "создана", "создано", "дата добавления", "created",
    "created at", "created on", "date created", "creation date", "date added",
    # A parcel's, on a list of shipments.
    "дата отправки", "дата отправления", "дата приема", "ship date", "shipping date",
}  # fmt: skip

# The purchase figures the program computes, under the names its own export gives them
# (total, count, last date). In that file they are ignored: its purchases sheet brings them
# back. A shop's own sheet with «Сумма покупок» has no purchases to compute them from, so
# there the figures go to the notes under their names rather than being dropped.
_COMPUTED_FIGURES = {
    "сумма покупок": "total", "покупок": "count", "последняя покупка": "last",
    "total spent": "total", "purchases": "count", "last purchase": "last",
}  # fmt: skip


def name_alone_is_whole(mapping: list[Target]) -> None:
    """An «Имя» with no surname beside it holds the whole name, as web shops' order forms
    (Tilda's, InSales') ask for it: «Иванова Анна». Read as a full name, «Анна» alone
    stays a first name and «Иванова Анна» is split."""
    if Target.FIRST_NAME in mapping and not {
        Target.LAST_NAME,
        Target.MIDDLE_NAME,
        Target.FULL_NAME,
    } & set(mapping):
        mapping[mapping.index(Target.FIRST_NAME)] = Target.FULL_NAME


# What a hand-kept sheet heads its column of things bought with: beside a sale's sum or
# day, the item. (Not a header of its own: over «Дата» and «Сумма» it heads a two-row
# header's group, see header_row.)
_BOUGHT_HEADERS = {"покупка", "покупки", "purchase", "purchases"}


def bought_in_words(mapping: list[Target], names: Sequence[str]) -> None:
    """A «Покупка» beside a «Сумма» or a bare «Дата» says what was bought: the item."""
    if Target.ITEM in mapping or not (Target.AMOUNT in mapping or _BARE_DATES.intersection(names)):
        return
    for column, name in enumerate(names):
        if name in _BOUGHT_HEADERS and mapping[column] is Target.NOTES:
            mapping[column] = Target.ITEM
            return


def order_of_words(mapping: list[Target], samples: Sequence[Sequence[object]]) -> None:
    """A «Заказ» of words («Платье синее») says what was ordered, not the order's number:
    as a number, two sales of one dress to one client would become one purchase."""
    if Target.ORDER_NUMBER not in mapping or Target.ITEM in mapping:
        return
    column = mapping.index(Target.ORDER_NUMBER)
    words = [text_of(row[column]) for row in samples if column < len(row)]
    words = [word for word in words if word]
    if words and sum(not any(c.isdigit() for c in word) for word in words) >= 0.6 * len(words):
        mapping[column] = Target.ITEM


def find_sale_date(
    mapping: list[Target],
    names: Sequence[str],
    samples: Sequence[Sequence[object]],
    further: Sequence[Sequence[object]] = (),
) -> None:
    """A till's or a sales book's «Дата» beside «Товар», «Цена» or «№ чека» is the day of
    the sale. Beside a «Сумма» alone it may as well be a client's last visit, unless the
    same clients come back row after row, as on a sales log of dates, names and sums (in
    a shop of many clients, further down than the samples: `further`), the names are
    the buyers' («Покупатель»), another column is a till's («Кассир», «К оплате»), or the
    day is a stay's («Дата заезда»)."""
    if Target.PURCHASE_DATE in mapping:
        return
    if not _SALE_PARTS & set(mapping) and not (
        Target.AMOUNT in mapping
        and (
            _names_buyers(mapping, names)
            or _TILLS_OWN.intersection(names)
            or _STAYS.intersection(names)  # a guest house's book, each guest come once
            or buyers_come_back(mapping, [*samples, *further])
            or _names_written_once(mapping, names, samples)
        )
    ):
        return
    bare = [column for column, name in enumerate(names) if name in _BARE_DATES]
    # A salon's «Визит» of days (its «Визит: повторный» is no day).
    bare += [c for c, name in enumerate(names) if name in _VISITS and _moments(samples, c)]
    if not bare and _ORDER_PARTS & set(mapping):
        # Only beside an order's number or sum: a counterparty list's «Наименование» reads
        # as an item, and its «Дата создания» is the client's (МойСклад).
        bare = [column for column, name in enumerate(names) if name in _CREATION_DATES]
    if not bare:
        # МойСклад's documents say when under «Время»: «05.11.2026 12:31» (a salon's «10:00»
        # beside its «Дата» is the visit's time, kept with it).
        bare = [c for c, name in enumerate(names) if name in _TIMES and _moments(samples, c)]
    if not bare:
        # Beside what was sold, or a sum the sheet shows to be a sale's (above), the one day
        # of the service the trade names its own way: a photo studio's «Дата съёмки», an
        # agency's «Дата мероприятия».
        bare = [c for c, name in enumerate(names) if _day_of_service(name, mapping[c], samples, c)]
    if len(bare) == 1 and mapping[bare[0]] in (Target.NOTES, Target.IGNORE, Target.CLIENT_SINCE):
        mapping[bare[0]] = Target.PURCHASE_DATE


# A date column that is no day of a sale: how long a pass runs, a figure over the client's
# sales («Дата последнего заказа»), a client's day of coming.
_NOT_SOLD_ON = re.compile(
    r"начал|окончан|действ|срок|оплат|последн|перв|регистрац|рожден|создан|добавлен|звонк"
    r"|\b(?:start|end|expir|valid|last|first|birth|created|added)"
)


def _day_of_service(
    name: str, target: Target, samples: Sequence[Sequence[object]], column: int
) -> bool:
    words = name.split()
    return (
        target is Target.NOTES
        and len(words) == 2
        and words[0] in ("дата", "date")
        and not _NOT_SOLD_ON.search(name)
        and _moments(samples, column)
    )


_TIMES = {"время", "time", "время документа", "время продажи", "время чека"}
_VISITS = {"визит", "посещение", "visit"}
_DAY_FIRST = re.compile(r"^\s*\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\b")


def _moments(samples: Sequence[Sequence[object]], column: int) -> bool:
    """Whether a column's values are days (with their time), not times of a day alone."""
    values = [row[column] for row in samples if column < len(row) and row[column] is not None]
    return bool(values) and all(
        isinstance(value, date) or bool(_DAY_FIRST.match(text_of(value))) for value in values
    )


# A column of the names of who bought: a sale's, not a client list's («Клиент», «ФИО»).
_BUYER_WORDS = frozenset({"покупатель", "покупателя", "покупательница", "buyer", "purchaser"})


def _names_buyers(mapping: Sequence[Target], names: Sequence[str]) -> bool:
    return any(
        target in NAME_TARGETS and _BUYER_WORDS.intersection(names[column].split())
        for column, target in enumerate(mapping)
    )


# A sale's sum after its discount, beside its sum before it: what the client paid…
_PAID_SUMS = {
    "сумма со скидкой", "сумма с учетом скидки", "сумма с скидкой", "сумма после скидки",
    "итого со скидкой", "к оплате", "итого к оплате", "сумма к оплате", "total after discount",
    "net amount", "net total",
}  # fmt: skip
# The cost of a part of a sale (a workshop's work, its parts), beside the sale's total.
_PART_COST = re.compile(r"\b(?:работ|услуг|запчаст|детал|материал|товар)")
_GRAND_TOTALS = {
    "итого", "всего", "итоговая сумма", "общая сумма", "общая стоимость", "сумма итого",
    "total", "grand total",
}  # fmt: skip
# …as is what was paid, beside a discount. Without one it is a payment, maybe in part (a
# coat sold on credit): kept in the sale's comment, and its payment state (sale_payments).
_PAYMENTS = {"оплачено", "сумма оплаты", "amount paid", "paid"}
# Columns only a till's log or a book of orders has: who rang the sale up, what the client
# paid after the discount, or before the order was sent, and the parcel's number. (A
# «Скидка» or «Бонусы» is on client lists too: the card's discount, its points.)
_TILLS_OWN = frozenset({
    "кассир", "cashier", "предоплата", "трек номер", "tracking number", *_PAID_SUMS,
    *_PAYMENTS,
    # A document of sale's own, as МойСклад and 1C list them: whether it is posted, and
    # where the goods left from.
    "проведено", "проведен", "проведена", "точка продаж", "точка продажи", "склад",
})  # fmt: skip
# …kept with the sale, as is the shop's own legal entity that sold (see sellers_own).
_DOCUMENTS_OWN = frozenset({*_TILLS_OWN, "организация"})


# Rows naming a client named above, of all named rows: a client list has a duplicate or two,
# a shop's sales log its regulars on many rows.
_RETURNS_SHARE = 0.2


# What names the client on a till's log without names: its phone, e-mail, card or code.
_CLIENT_KEYS = (Target.PHONE, Target.EMAIL, Target.LOYALTY_CARD, Target.CLIENT_CODE)


def buyers_come_back(mapping: Sequence[Target], samples: Sequence[Sequence[object]]) -> bool:
    """Whether the rows name a client again and again, as a log does (see _RETURNS_SHARE)."""
    columns = [column for column, target in enumerate(mapping) if target in NAME_TARGETS]
    if not columns:
        columns = [column for column, target in enumerate(mapping) if target in _CLIENT_KEYS]
    keys = (tuple(_client_key(row[c]) for c in columns if c < len(row)) for row in samples)
    named = [key for key in keys if any(key)]
    returns = len(named) - len(set(named))
    return returns >= 2 and returns >= _RETURNS_SHARE * len(named)


def _names_written_once(
    mapping: Sequence[Target], names: Sequence[str], samples: Sequence[Sequence[object]]
) -> bool:
    """Whether a day and a sum stand on a row without a name under a named one, as a book
    writes a client's name once over the client's sales (and a row's further purchases are
    spread under it, see wide_sales). A totals row has a sum and no day."""
    named_in = [column for column, target in enumerate(mapping) if target in NAME_TARGETS]
    sold_in = [c for c, target in enumerate(mapping) if target is Target.AMOUNT] + [
        c for c, name in enumerate(names) if name in _BARE_DATES
    ]
    named_above = False
    for row in samples:
        named = any(c < len(row) and text_of(row[c]) for c in named_in)
        sold = all(c < len(row) and text_of(row[c]) for c in sold_in)
        if sold and named_above and not named and len(sold_in) >= 2:
            return True
        named_above = bool(named_in) and (named or (named_above and sold))
    return False


def _client_key(value: object) -> str:
    """«ИВАНОВА  МАРИЯ» as «иванова мария», «8 916 111-22-33» as «9161112233»: one client
    typed alike or not."""
    text = fold(" ".join(text_of(value).split()))
    digits = "".join(c for c in text if c.isdigit())
    return digits[-10:] if len(digits) >= 10 and not any(c.isalpha() for c in text) else text


# A CRM's deal's stage, said as nothing more (amoCRM's «Этап»).
_BARE_STAGES = {"этап", "стадия", "stage"}


def status_of_sales(
    mapping: list[Target], samples: Sequence[Sequence[object]], names: Sequence[str] = ()
) -> None:
    """A sales book's bare «Статус» says how each sale stands («Выполнен», «Отменён»): the
    purchase's status, unless more of its values are a client's («Постоянный»). So does a
    deals list's bare «Этап» where one of its stages is a sale's («Успешно реализовано»);
    its other stages («Переговоры») are named, and kept in the sale's comment."""
    if Target.PURCHASE_DATE not in mapping or Target.PURCHASE_STATUS in mapping:
        return
    for column, name in enumerate(names):
        if name in _BARE_STAGES and mapping[column] is Target.NOTES:
            words = [text_of(row[column]) for row in samples if column < len(row)]
            if any(is_choice(PurchaseStatus, word) for word in words):
                mapping[column] = Target.PURCHASE_STATUS
                return
    if Target.STATUS not in mapping:
        return
    column = mapping.index(Target.STATUS)
    words = [text_of(row[column]) for row in samples if column < len(row)]
    sales = sum(is_choice(PurchaseStatus, word) for word in words)
    clients = sum(is_choice(ClientStatus, word) for word in words)
    if sales >= clients:
        mapping[column] = Target.PURCHASE_STATUS


# A number said as nothing more, or a document's: beside a sale's day, the receipt's or the
# sale document's («0000-000123», as 1C:Розница numbers them). Elsewhere «Номер» may be a
# phone, and «Номер документа» a passport's.
_BARE_NUMBERS = {
    "номер", "номер документа", "документа", "документ", "номер продажи", "number",
    "document number", "doc no", "document no",
    # A CRM's deals list: the deal's own number.
    "id",
}  # fmt: skip


def number_of_sales(mapping: list[Target], names: Sequence[str]) -> None:
    """A sales sheet's bare «Номер» is its sale's: two lines of one receipt are one sale.
    A guest house's is the room: two stays in room 12 are two stays, kept in the comment."""
    if Target.PURCHASE_DATE not in mapping or Target.ORDER_NUMBER in mapping:
        return
    bare = [column for column, name in enumerate(names) if name in _BARE_NUMBERS]
    if _STAYS.intersection(names):
        for column in bare:
            if mapping[column] in (Target.NOTES, Target.IGNORE):
                mapping[column] = Target.SALE_NOTE
        return
    if len(bare) == 1 and mapping[bare[0]] in (Target.NOTES, Target.IGNORE):
        mapping[bare[0]] = Target.ORDER_NUMBER


# A comment said as nothing more: on a sales book's row, about the sale.
_BARE_COMMENTS = {
    "комментарий", "комментарии", "примечание", "примечания", "comment", "comments", "note",
    "notes",
}  # fmt: skip


# A till's column of what each row is, «Продажа» or «Возврат»: the sale's (a return is
# read as one, see import_purchases.read_purchase).
_KINDS_OF_ROW = {
    "тип документа", "вид документа", "вид операции", "тип операции", "операция", "тип чека",
    "вид чека", "признак расчета", "transaction type", "document type", "operation",
    # The time of day beside the sale's day, as a salon's visit log writes it: the visit's.
    "время", "время визита", "время записи", "time",
    # Which visit it was («первичный», «повторный»), as a salon's or a clinic's log says.
    "визит", "посещение", "тип визита", "вид визита", "прием", "приём",
}  # fmt: skip


# What finds a sale's client on a sheet of sales that names none.
_KEYS_OF_SALES = PURCHASE_TARGETS | {*_CLIENT_KEYS, Target.INN, Target.AREA_CODE, Target.IGNORE}


def figures_of_sales(mapping: list[Target], names: Sequence[str]) -> None:
    """A sales book's «Скидка», «Бонусы», «Сумма со скидкой» are the sale's, kept in its
    comment under the column's name: they had been a line of the client's notes a sale,
    and a sale's «10%» the client's discount for good. The sum after the discount, beside
    the sum before it, is what was paid: the sale's sum. On a sheet that names no client
    (its rows find them by a code or a phone, and leave their cards alone: Northwind's
    Orders, a till's log) every column but those keys is the sale's, «ShipCity» too: it
    had been dropped."""
    if Target.PURCHASE_DATE not in mapping:
        return
    nameless = not NAME_TARGETS & set(mapping)
    discounted = Target.DISCOUNT in mapping or any("скидк" in name for name in names)
    paid_sums = _PAID_SUMS | _PAYMENTS if discounted else _PAID_SUMS
    paid = [column for column, name in enumerate(names) if name in paid_sums]
    if (
        not paid
        and Target.AMOUNT in mapping
        and _PART_COST.search(names[mapping.index(Target.AMOUNT)])
    ):
        # A workshop's «Стоимость работ» beside «Запчасти» and the «Итого» of both.
        paid = [column for column, name in enumerate(names) if name in _GRAND_TOTALS]
    if len(paid) == 1 and Target.AMOUNT in mapping and mapping[paid[0]] is not Target.AMOUNT:
        mapping[mapping.index(Target.AMOUNT)] = Target.SALE_NOTE
        mapping[paid[0]] = Target.AMOUNT
    for column, target in enumerate(mapping):
        if names[column] in _COMPUTED_FIGURES:
            continue
        name = names[column]
        said = target is Target.NOTES and (
            is_said_of_sales(name) or name in _KINDS_OF_ROW or name in _DOCUMENTS_OWN
        )
        # A pass's end beside its sale is the sale's: the client's other passes end apart.
        ends = target is Target.NEXT_CONTACT and name in ENDS
        if target is Target.DISCOUNT or said or ends or (nameless and target not in _KEYS_OF_SALES):
            mapping[column] = Target.SALE_NOTE


def comment_of_sales(mapping: list[Target], names: Sequence[str]) -> None:
    """A sales book's bare «Комментарий» («подарок маме», «упаковать») is the sale's: kept
    with it, not appended to the client's notes once a sale."""
    if Target.PURCHASE_DATE not in mapping or Target.PURCHASE_COMMENT in mapping:
        return
    bare = [c for c, name in enumerate(names) if name in _BARE_COMMENTS]
    if len(bare) == 1 and mapping[bare[0]] is Target.NOTES:
        mapping[bare[0]] = Target.PURCHASE_COMMENT


_BIRTH_PARTS = (Target.BIRTH_DAY, Target.BIRTH_MONTH, Target.BIRTH_YEAR)


def birthday_in_parts(
    mapping: list[Target], names: Sequence[str], samples: Sequence[Sequence[object]]
) -> None:
    """Russian Thunderbird's «День рождения» beside «Месяц рождения» holds the day alone
    (1–31), and so does a hand-kept sheet's beside a bare «Месяц» and «Год». A day and a
    month make a birthday, with a year or without; a year or a month alone («Год рождения:
    1985») makes none, and goes to the notes as before, but beside a birthday's column."""
    if Target.BIRTH_DAY not in mapping and Target.BIRTHDAY in mapping:
        column = mapping.index(Target.BIRTHDAY)
        days = [text_of(row[column]) for row in samples if column < len(row)]
        days = [day for day in days if day]
        if days and all(day.isdigit() and 1 <= int(day) <= 31 for day in days):
            _bare_parts_after(mapping, names, column)
            if Target.BIRTH_MONTH in mapping:
                mapping[column] = Target.BIRTH_DAY
    if {Target.BIRTH_DAY, Target.BIRTH_MONTH} <= set(mapping):
        return
    # Beside a whole birthday's column a year completes one written without it, «15.03» and
    # «1980», and a month may repeat it, to sort by (see import_birthdays).
    kept = {Target.BIRTH_MONTH, Target.BIRTH_YEAR} if Target.BIRTHDAY in mapping else set()
    mapping[:] = [Target.NOTES if t in _BIRTH_PARTS and t not in kept else t for t in mapping]


def _bare_parts_after(mapping: list[Target], names: Sequence[str], day: int) -> None:
    """«Месяц» and «Год» right after a column of days («День рождения»: 15): the birthday's
    month and year, which alone name no column (a month, a year of what?)."""
    for column, part in zip(range(day + 1, len(names)), _BIRTH_PARTS[1:], strict=False):
        kept = mapping[column] in (Target.NOTES, Target.IGNORE)
        if BIRTH_PART_WORDS.get(names[column]) is not part or not kept:
            return
        mapping[column] = part


_REQUISITES = {Target.INN, Target.KPP, Target.OGRN}
# A column's name that says it names goods («Наименование товара»): a marketplace's report
# of sales without buyers, whose goods had become clients («Свеча Ароматическая»).
_GOODS_WORDS = re.compile(r"товар|услуг|работ|продук|номенклатур|позици|product|item|goods|service")


def names_goods(name: str) -> bool:
    return bool(_GOODS_WORDS.search(name))


_PERSON_NAMES = {Target.FULL_NAME, Target.LAST_NAME, Target.FIRST_NAME}
# A company's person on a list of companies. Not a CRM's «Полное имя контакта», whose
# «Компания контакта» is where that person, the client, works.
_CONTACT_PERSON = {"контактное лицо", "контакт", "contact", "contact person"}


def _companies(samples: Sequence[Sequence[object]], column: int) -> bool:
    """Whether a column's names are mostly companies' («ООО «Ромашка»», «ИП Петров»): a
    wholesaler's list without requisites is still one of companies."""
    names = [
        text for row in samples if (text := text_of(row[column] if column < len(row) else None))
    ]
    return bool(names) and sum(map(is_company_name, names)) * 2 > len(names)


def as_client_list(
    mapping: list[Target], names: Sequence[str], samples: Sequence[Sequence[object]]
) -> None:
    """Without a date there is no purchase: a «Сумма» column of a client list is kept in the
    notes rather than dropped. A «Наименование» there is the client's own, as 1C lists its
    counterparties, when no other column names a person; and beside an ИНН or a КПП, or
    where it names companies («ООО «Ромашка»»), its «Контактное лицо» or «Контакт» is the
    company's contact person rather than the client (who would otherwise be that person, the
    company's name in the notes, or a row without a name).
    A bare «Код» there is the client's code, where no two of its values are the same (a
    promo code many clients share would make them one)."""
    company = next((t for t in (Target.ITEM, Target.ORGANIZATION) if t in mapping), None)
    if company is not None and (
        _REQUISITES & set(mapping) or _companies(samples, mapping.index(company))
    ):
        # A sales manager's list of «Компания» and «Контактное лицо» too: the client is the
        # company; its contact person had been the client, the company a line of the notes.
        contact = [c for c, n in enumerate(names) if n in _CONTACT_PERSON]
        if NAME_TARGETS & set(mapping) - {Target.ORGANIZATION} == {Target.FULL_NAME} and (
            mapping.index(Target.FULL_NAME) in contact
        ):
            mapping[contact[0]] = Target.CONTACT_PERSONS
    item = mapping.index(Target.ITEM) if Target.ITEM in mapping else None
    if (
        not _PERSON_NAMES & set(mapping)
        and item is not None
        and names[item].startswith("наименование")
        and not names_goods(names[item])
    ):
        # Only a «Наименование»: a club's «Абонемент» («8 занятий») is no one's name.
        # Beside a «Компания» too: that is where the person named here works.
        mapping[item] = Target.FULL_NAME
    mapping[:] = [Target.NOTES if t in PURCHASE_TARGETS else t for t in mapping]
    # 1C and МойСклад list each counterparty under its «Код»: the client's code from the
    # earlier program, by which a list exported from it again finds its clients.
    bare_codes = [c for c, name in enumerate(names) if name == "код" and mapping[c] is Target.NOTES]
    if Target.CLIENT_CODE not in mapping and len(bare_codes) == 1:
        [column] = bare_codes
        codes = [
            text for row in samples if (text := text_of(row[column] if column < len(row) else None))
        ]
        if len(set(codes)) == len(codes):
            mapping[column] = Target.CLIENT_CODE


# A call's outcome said as nothing more, beside the call's day.
_BARE_RESULTS = {"результат", "итог", "result", "outcome"}


def result_of_calls(mapping: list[Target], names: Sequence[str]) -> None:
    """A bare «Результат» beside a «Дата звонка» is what the call came to."""
    if Target.LAST_CALL not in mapping or Target.CALL_RESULT in mapping:
        return
    bare = [c for c, name in enumerate(names) if name in _BARE_RESULTS]
    if len(bare) == 1 and mapping[bare[0]] is Target.NOTES:
        mapping[bare[0]] = Target.CALL_RESULT


_VISIT_DAYS = {"дата визита", "дата посещения", "дата приема", "дата приёма", "visit date"}


def visit_of_clients(mapping: list[Target], names: Sequence[str]) -> None:
    """On a client list (no sales) a bare «Дата визита» is the day the client came: a
    visit in the history, as a «Последний визит» is, not a line of the notes."""
    days = [c for c, name in enumerate(names) if name in _VISIT_DAYS]
    if len(days) == 1 and mapping[days[0]] is Target.NOTES and Target.LAST_VISIT not in mapping:
        mapping[days[0]] = Target.LAST_VISIT


def staff_of_clients(mapping: list[Target]) -> None:
    """On a client list (no sales) a «Мастер» or «Лечащий врач» is who of the shop looks
    after the client: the card's «Ответственный», where no other column says it."""
    for column, target in enumerate(mapping):
        if target is Target.SERVED_BY:
            taken = Target.RESPONSIBLE in mapping
            mapping[column] = Target.NOTES if taken else Target.RESPONSIBLE


def owner_of_record(mapping: list[Target], names: Sequence[str]) -> None:
    """A bare «Владелец» is who of the shop keeps the record (МойСклад's, 1C's): the card's
    «Ответственный», beside the client's own name; on a sales sheet, who made the sale.
    On a list that names nobody else it is the client, as a list of discount cards may
    call the card's owner, and a groomer's or a vet's visits the pet's: every visit had
    been a row without a name."""
    for column, name in enumerate(names):
        if name != "владелец" or mapping[column] is not Target.RESPONSIBLE:
            continue
        if not NAME_TARGETS & set(mapping):
            mapping[column] = Target.FULL_NAME
        elif Target.PURCHASE_DATE in mapping:
            taken = Target.SERVED_BY in mapping
            mapping[column] = Target.SALE_NOTE if taken else Target.SERVED_BY
        return


def sellers_own(
    mapping: list[Target], names: Sequence[str], samples: Sequence[Sequence[object]]
) -> None:
    """МойСклад's and 1C's documents name the shop's own legal entity under «Организация»
    beside the client's «Контрагент»: one name on every row of many clients, no client's
    company (it had become the company of every client, and the client of a row whose
    buyer is not known). Kept in the notes, or with the sale on a sales sheet."""
    if Target.ORGANIZATION not in mapping or Target.FULL_NAME not in mapping:
        return
    column = mapping.index(Target.ORGANIZATION)
    if names[column] != "организация":
        return
    person = mapping.index(Target.FULL_NAME)
    sellers = {text_of(row[column]) for row in samples if column < len(row)} - {""}
    buyers = {text_of(row[person]) for row in samples if person < len(row)} - {""}
    rows = sum(1 for row in samples if column < len(row) and text_of(row[column]))
    if len(sellers) == 1 and rows >= 3 and len(buyers) >= 3:
        mapping[column] = Target.NOTES


def keep_shops_own_figures(mapping: list[Target], names: Sequence[str]) -> None:
    """The computed figures go to the notes unless all three of the export's stand here."""
    figures = [_COMPUTED_FIGURES.get(name) for name in names]
    if {"total", "count", "last"} <= set(figures):
        return
    for column, figure in enumerate(figures):
        if figure and mapping[column] is Target.IGNORE:
            mapping[column] = Target.NOTES
