"""The columns of a clients export, in Russian or English.

Every column is named as the import knows it in both languages, and the fixed choices
(status, source, yes/no) are written as words the import reads back: an exported file comes
back in through the import unchanged, whichever language wrote it.
"""

from __future__ import annotations

from collections import namedtuple
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from operator import itemgetter
from typing import Any, NamedTuple

from clientbase.db.enums import MessengerKind
from clientbase.exchange.cell_lists import contacts_text, messengers_text
from clientbase.exchange.choices import word, yes_no
from clientbase.exchange.contact_words import MONTHS
from clientbase.exchange.values import with_note
from clientbase.services.client_data import ContactPersonInput
from clientbase.services.client_query import SortKey
from clientbase.services.dates import birthday_text

# A date as the file's readers write it: Russian dd.mm.yyyy; in English the ISO order, which
# no English-speaking country reads the wrong way round (2/1 is 1 February in London and
# 2 January in New York) and every spreadsheet takes as a date.
DATE_FORMATS = {"ru": "dd.mm.yyyy", "en": "yyyy-mm-dd"}
CLIENTS_SHEET = {"ru": "Клиенты", "en": "Clients"}


class Record(NamedTuple):
    # The client's columns as one ClientRow, read by position where it counts (a dict per
    # row costs more than writing the file).
    client: Any
    phones: list[tuple[str, str]]  # the number as written, its note
    emails: list[tuple[str, str]]
    tags: list[str]
    messengers: list[tuple[MessengerKind, str]]
    contacts: list[ContactPersonInput]


@dataclass(frozen=True)
class Column:
    title: str
    value: Callable[[Record], object]
    width: int
    number_format: str = ""
    # The client's column this one shows as it is stored, if it is one (see cells_of).
    field: str = ""


CLIENT_FIELDS = (
    "id", "last_name", "first_name", "middle_name", "organization", "birthday_day",
    "birthday_month", "birthday_year", "city", "region", "street", "postcode",
    "discount_percent", "loyalty_card", "client_code", "inn", "kpp", "ogrn", "bank_name",
    "bank_bik", "bank_account", "correspondent_account", "call_time", "notes", "total_spent",
    "purchase_count", "last_purchase", "status", "is_vip", "source", "responsible",
    "marketing_consent", "marketing_consent_date", "preferred_channel", "display_name",
    "created_at",
)  # fmt: skip


ClientRow = namedtuple("ClientRow", CLIENT_FIELDS)  # type: ignore[misc]

_BIRTHDAY_PARTS = itemgetter(
    *(CLIENT_FIELDS.index(n) for n in ("birthday_day", "birthday_month", "birthday_year"))
)


def _joined(values: list[str]) -> str:
    return ", ".join(v for v in values if v)


def _at(name: str) -> Callable[[Any], Any]:
    # By position: indexing a result row is several times cheaper than its attributes,
    # and an export reads 3,000,000 of them.
    return itemgetter(CLIENT_FIELDS.index(name))


def _field(name: str) -> Callable[[Record], object]:
    read = _at(name)
    return lambda record: read(record.client)


def _converted(name: str, convert: Callable[[Any], object]) -> Callable[[Record], object]:
    read = _at(name)
    return lambda record: convert(read(record.client))


def _with_notes(values: list[tuple[str, str]]) -> str:
    return ", ".join(with_note(value, note) for value, note in values if value)


def _birthday(language: str) -> Callable[[Record], object]:
    """With a year, a real date (Excel sorts and filters it); without one, text: «01.02»,
    or in English «February 1», which no reader takes for 2 January."""

    def cell(record: Record) -> object:
        day, month, year = _BIRTHDAY_PARTS(record.client)
        if day and month and year:
            return date(year, month, day)
        if language == "en" and day and month:
            return f"{MONTHS[month - 1]} {day}"
        return birthday_text(day, month, None)

    return cell


class _Named:
    """Makes the columns of one language: each is given its Russian and English name."""

    def __init__(self, language: str) -> None:
        self.language = "en" if language == "en" else "ru"
        self.dates = DATE_FORMATS[self.language]

    def title(self, russian: str, english: str) -> str:
        return english if self.language == "en" else russian

    def plain(self, russian: str, english: str, name: str, width: int, fmt: str = "") -> Column:
        return Column(self.title(russian, english), _field(name), width, fmt, field=name)

    def dated(self, russian: str, english: str, name: str, width: int) -> Column:
        return self.plain(russian, english, name, width, self.dates)

    def computed(
        self, russian: str, english: str, value: Callable[[Record], object], width: int
    ) -> Column:
        return Column(self.title(russian, english), value, width)

    def worded(
        self, russian: str, english: str, name: str, width: int, say: Callable[[Any, str], str]
    ) -> Column:
        """A stored choice or yes/no, written in the file's words: `say(value, language)`."""
        language = self.language
        return self.computed(russian, english, _converted(name, lambda v: say(v, language)), width)


def client_columns(language: str = "ru") -> list[Column]:
    """Every field, under the names the import knows: the file comes back in unchanged."""
    named = _Named(language)
    shown = _shown_columns(named)
    lang = named.language
    return [
        named.plain("Фамилия", "Last name", "last_name", 16),
        named.plain("Имя", "First name", "first_name", 14),
        named.plain("Отчество", "Middle name", "middle_name", 16),
        named.plain("Организация", "Company", "organization", 24),
        shown[SortKey.PHONE],
        shown[SortKey.EMAIL],
        shown[SortKey.BIRTHDAY],
        shown[SortKey.CITY],
        named.plain("Регион", "Region", "region", 20),
        named.plain("Адрес", "Address", "street", 28),
        named.plain("Индекс", "Postcode", "postcode", 8),
        named.computed("Метки", "Tags", lambda r: _joined(r.tags), 18),
        named.plain("Скидка", "Discount", "discount_percent", 8, "0.00"),
        named.plain("Карта", "Loyalty card", "loyalty_card", 12),
        named.plain("Код клиента", "Client code", "client_code", 12),
        named.plain("ИНН", "INN", "inn", 13),
        named.plain("КПП", "KPP", "kpp", 11),
        named.plain("ОГРН", "OGRN", "ogrn", 16),
        named.plain("Банк", "Bank", "bank_name", 20),
        named.plain("БИК", "BIK", "bank_bik", 11),
        named.plain("Расчётный счёт", "Bank account", "bank_account", 22),
        named.plain("Корр. счёт", "Correspondent account", "correspondent_account", 22),
        named.plain("Когда звонить", "Call time", "call_time", 14),
        named.computed(
            "Мессенджеры", "Messengers", lambda r: messengers_text(r.messengers, lang), 24
        ),
        named.computed(
            "Контактные лица", "Contact persons", lambda r: contacts_text(r.contacts), 34
        ),
        named.plain("Заметки", "Notes", "notes", 30),
        shown[SortKey.STATUS],
        named.worded("VIP", "VIP", "is_vip", 6, yes_no),
        named.worded("Источник", "Source", "source", 13, word),
        named.plain("Ответственный", "Responsible", "responsible", 14),
        named.worded("Согласие на рассылку", "Marketing consent", "marketing_consent", 10, yes_no),
        named.dated("Дата согласия", "Consent date", "marketing_consent_date", 13),
        named.worded("Способ связи", "Preferred channel", "preferred_channel", 12, word),
        shown[SortKey.CREATED],  # the import reads it back as the day the client was taken on
        shown[SortKey.TOTAL_SPENT],
        shown[SortKey.PURCHASE_COUNT],
        shown[SortKey.LAST_PURCHASE],
    ]


def table_columns(language: str = "ru") -> dict[SortKey, Column]:
    """The table's columns, as the window shows them: for a list to read, print or send."""
    return _shown_columns(_Named(language))


def _shown_columns(named: _Named) -> dict[SortKey, Column]:
    return {
        SortKey.NAME: named.plain("Клиент", "Name", "display_name", 30),
        SortKey.PHONE: named.computed("Телефон", "Phone", lambda r: _with_notes(r.phones), 20),
        SortKey.EMAIL: named.computed("E-mail", "E-mail", lambda r: _with_notes(r.emails), 26),
        SortKey.CITY: named.plain("Город", "City", "city", 16),
        SortKey.STATUS: named.worded("Статус", "Status", "status", 13, word),
        SortKey.BIRTHDAY: Column(
            named.title("Дата рождения", "Birthday"), _birthday(named.language), 13, named.dates
        ),
        SortKey.TOTAL_SPENT: named.plain(
            "Сумма покупок", "Total spent", "total_spent", 14, "#,##0.00"
        ),
        SortKey.PURCHASE_COUNT: named.plain("Покупок", "Purchases", "purchase_count", 9, "0"),
        SortKey.LAST_PURCHASE: named.dated(
            "Последняя покупка", "Last purchase", "last_purchase", 14
        ),
        SortKey.CREATED: Column(
            named.title("Добавлен", "Added"),
            _converted("created_at", datetime.date),
            12,
            named.dates,
        ),
    }


def archive_column(archived: set[int], language: str = "ru") -> Column:
    """Whether each client is archived: the import reads it back into the archive."""
    named = _Named(language)
    return named.computed(
        "В архиве", "Archived", lambda r: yes_no(r.client.id in archived, named.language), 9
    )


def referrer_column(referrers: dict[int, str], language: str = "ru") -> Column:
    """Whom each client was referred by (see export_referrers): the import finds that
    client again. Only in an export where someone was: a file of earlier exports, without
    it, is still the program's own (is_full_export)."""
    named = _Named(language)
    return named.computed(
        "Кто порекомендовал", "Referred by", lambda r: referrers.get(r.client.id, ""), 24
    )


def cells_of(columns: Sequence[Column]) -> Callable[[Record], Sequence[object]]:
    """The cells of a record for these columns, in their order.

    The stored fields are picked by one itemgetter over the client's row followed by the
    computed cells: a call of a small function per cell (3,500,000 for 100,000 clients)
    cost more than the writer's own work on them.
    """
    computed = [column.value for column in columns if not column.field]
    positions: list[int] = []
    done = 0
    for column in columns:
        if column.field:
            positions.append(CLIENT_FIELDS.index(column.field))
        else:
            positions.append(len(CLIENT_FIELDS) + done)
            done += 1
    pick = itemgetter(*positions)
    if len(positions) == 1:  # itemgetter of one index gives the value, not a tuple
        return lambda record: (pick((*record.client, *[value(record) for value in computed])),)
    return lambda record: pick((*record.client, *[value(record) for value in computed]))


def is_full_export(headers: Sequence[str]) -> bool:
    """Whether a sheet's column names are those of a full clients export (in either
    language; the archive's column may stand beside them, and columns added in Excel): its
    rows then hold the whole cards, every phone and tag and the empty fields too."""
    names = {header.strip().casefold() for header in headers}
    return any(
        {column.title.casefold() for column in client_columns(language)} <= names
        for language in ("ru", "en")
    )


# The columns a vCard writes in properties of its own (N, ORG, TEL, EMAIL, BDAY, ADR,
# CATEGORIES, IMPP, NOTE), and the purchase figures, which the import counts from the
# purchases: by their Russian names.
_IN_VCARD = frozenset(
    {
        "Фамилия", "Имя", "Отчество", "Организация", "Телефон", "E-mail", "Дата рождения",
        "Город", "Регион", "Адрес", "Индекс", "Метки", "Мессенджеры", "Заметки",
        "Сумма покупок", "Покупок", "Последняя покупка",
    }
)  # fmt: skip


def vcard_extras(columns: Sequence[Column], language: str = "ru") -> list[Column]:
    """Of a full export's `columns` (the archive's too), those a vCard has no property for:
    the .vcf writes them as X-CLIENTBASE lines (vcard_file.EXTRA_PROPERTY)."""
    own = {
        column.title
        for column, russian in zip(client_columns(language), client_columns(), strict=True)
        if russian.title in _IN_VCARD
    }
    return [column for column in columns if column.title not in own]
