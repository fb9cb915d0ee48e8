"""Where a column's values go: the fields of a client card and of a purchase an import can
fill, and the sets of them the import reasons about."""

from __future__ import annotations

from enum import StrEnum


class Target(StrEnum):
    """Where a column's values go in a client card."""

    FULL_NAME = "full_name"
    LAST_NAME = "last_name"
    FIRST_NAME = "first_name"
    MIDDLE_NAME = "middle_name"
    ORGANIZATION = "organization"
    PHONE = "phone"
    # «Код города» «495» beside «Телефон» «123-45-67»: the area code of the row's local
    # numbers, in a column of its own.
    AREA_CODE = "area_code"
    EMAIL = "email"
    BIRTHDAY = "birthday"
    # A birthday in columns of its own day, month and year (Thunderbird, some hand-kept
    # sheets): read together, see import_rows.
    BIRTH_DAY = "birth_day"
    BIRTH_MONTH = "birth_month"
    BIRTH_YEAR = "birth_year"
    CITY = "city"
    REGION = "region"
    STREET = "street"
    POSTCODE = "postcode"
    HOUSE = "house"  # joined to the street: «ул. Ленина, д. 1, кв. 5»
    FLAT = "flat"
    NOTES = "notes"
    TAGS = "tags"
    LOYALTY_CARD = "loyalty_card"
    CLIENT_CODE = "client_code"
    DISCOUNT = "discount_percent"
    INN = "inn"
    KPP = "kpp"
    OGRN = "ogrn"
    BANK_NAME = "bank_name"
    BANK_BIK = "bank_bik"
    BANK_ACCOUNT = "bank_account"
    CORRESPONDENT_ACCOUNT = "correspondent_account"
    CALL_TIME = "call_time"
    MESSENGERS = "messengers"
    CONTACT_PERSONS = "contact_persons"
    CHANNEL = "preferred_channel"
    CONSENT_DATE = "marketing_consent_date"
    STATUS = "status"
    VIP = "is_vip"
    SOURCE = "source"
    RESPONSIBLE = "responsible"
    # «Кто порекомендовал»: a client of the base or of the sheet, by name or phone; the card's
    # «Рекомендовал(а)» (see import_referrers)
    REFERRER = "referrer"
    CONSENT = "marketing_consent"
    ARCHIVED = "archived"  # a yes/no column: the client comes in archived
    CLIENT_SINCE = "client_since"  # the day the shop took the client on: the card's «Добавлен»
    NEXT_CONTACT = "next_contact"  # the day to call the client again: a reminder
    LAST_CALL = "last_call"  # the day the client was last called: the card's history
    CALL_RESULT = "call_result"  # what that call came to: the history entry's text
    CALL_NOTE = "call_note"  # a log of calls' «Комментарий»: said in that entry too
    LAST_VISIT = "last_visit"  # the day the client last came (a salon's): the history
    HISTORY = "history"  # «История общения»: a log of dated lines, entries of the history
    CHILD_NAME = "child_name"  # «Дети»: each child a contact person of the card
    CHILD_BIRTHDAY = "child_birthday"  # «Дата рождения ребёнка»: that contact's birthday
    # «День рождения жены»: a contact person of the card, the wife, with her birthday.
    RELATIVE_BIRTHDAY = "relative_birthday"
    # «Мама», «ФИО родителя», «Жена»: that relative, a contact person of the card.
    RELATIVE_NAME = "relative_name"
    # «Годовщина свадьбы», «Именины»: a day to congratulate the client every year.
    OCCASION = "occasion"
    # «Повод» beside a «Дата события»: what that day is, the yearly reminder's title.
    OCCASION_NAME = "occasion_name"
    OCCASION_FOR = "occasion_for"  # «Кому» beside them: whom it is for, the reminder's note
    # «Задача» beside its «Срок»: what to do that day, the reminder's title.
    TASK = "task"
    TASK_DONE = "task_done"  # «Статус задачи: Выполнена»: no reminder of a task done
    PURCHASE_DATE = "purchase_date"
    AMOUNT = "amount"
    ITEM = "item"
    QUANTITY = "quantity"
    PRICE = "price"
    ORDER_NUMBER = "order_number"
    PURCHASE_STATUS = "purchase_status"
    PAYMENT = "payment_state"
    PURCHASE_COMMENT = "purchase_comment"
    # Who of the shop sold or served («Мастер», «Продавец»): on a sales sheet, the sale's
    # comment under the column's name; on a client list, the client's «Ответственный».
    SERVED_BY = "served_by"
    ITEM_CODE = "item_code"  # «Артикул»: kept in the item's name, «Плед (арт. 1234)»
    # What else a sales book says of a sale («Скидка», «Бонусы», the sum before the discount):
    # in the sale's comment under the column's name.
    SALE_NOTE = "sale_note"
    IGNORE = "ignore"


# Columns that name the client: a sheet needs one of them (or a key, on an orders sheet).
NAME_TARGETS = {Target.FULL_NAME, Target.LAST_NAME, Target.FIRST_NAME, Target.ORGANIZATION}
PURCHASE_TARGETS = frozenset({
    Target.PURCHASE_DATE, Target.AMOUNT, Target.ITEM, Target.QUANTITY, Target.PRICE,
    Target.ORDER_NUMBER, Target.PURCHASE_STATUS, Target.PAYMENT, Target.PURCHASE_COMMENT,
    Target.SERVED_BY, Target.ITEM_CODE, Target.SALE_NOTE,
})  # fmt: skip
# Targets whose cell is kept as its text, on the card's field of the same name.
TEXT_TARGETS = frozenset({
    Target.LAST_NAME, Target.FIRST_NAME, Target.MIDDLE_NAME, Target.ORGANIZATION, Target.CITY,
    Target.REGION, Target.STREET, Target.POSTCODE, Target.LOYALTY_CARD, Target.CLIENT_CODE,
    Target.INN, Target.KPP, Target.OGRN, Target.BANK_NAME, Target.BANK_BIK, Target.BANK_ACCOUNT,
    Target.CORRESPONDENT_ACCOUNT, Target.CALL_TIME, Target.RESPONSIBLE,
})  # fmt: skip
# Numbers kept as text, of as many digits as a bank account: a spreadsheet may have lost the
# last ones (see values.rounded_number).
NUMBER_TARGETS = frozenset({
    Target.LOYALTY_CARD, Target.CLIENT_CODE, Target.INN, Target.KPP, Target.OGRN,
    Target.BANK_BIK, Target.BANK_ACCOUNT, Target.CORRESPONDENT_ACCOUNT,
})  # fmt: skip
