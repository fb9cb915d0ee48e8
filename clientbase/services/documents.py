"""What the printed documents are made of: the shop's own details and editable templates.

Templates are plain text with fields in braces, «{ИмяОтчество}, поздравляем…», filled in
from the client's card. Both live in the base (base_setting), so every PC of the shop prints
the same letter. A field the program does not know is left as typed, so a misspelt one shows
on the preview instead of vanishing.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, fields
from datetime import date

from clientbase.db.database import Database
from clientbase.db.enums import AuditAction
from clientbase.services import audit
from clientbase.services.base_settings import get_setting, put_setting
from clientbase.services.client_data import ClientInput
from clientbase.services.locale_format import date_text, language_of, number_text

PROFILE_KEY = "shop_profile"
GREETING_KEY = "template.greeting"
INVOICE_NOTE_KEY = "template.invoice_note"
_FIELD = re.compile(r"\{([^{}\n]+)\}")


@dataclass(frozen=True)
class ShopProfile:
    """The seller on an invoice and the sender of a letter."""

    name: str = ""
    inn: str = ""
    kpp: str = ""
    address: str = ""
    phone: str = ""
    bank_name: str = ""
    bank_bik: str = ""
    bank_account: str = ""
    correspondent_account: str = ""
    director: str = ""


@dataclass(frozen=True)
class DocumentTemplates:
    greeting: str
    invoice_note: str


DEFAULT_TEMPLATES = {
    "ru": DocumentTemplates(
        greeting=(
            "{Обращение}!\n\n"
            "Поздравляем Вас с днём рождения! Желаем здоровья, радости и всего самого доброго.\n\n"
            "В честь праздника дарим Вам скидку 10 % на любую покупку в течение месяца — "
            "просто покажите это письмо или назовите карту {Карта}.\n\n"
            "С уважением,\n{Магазин}"
        ),
        invoice_note=(
            "Оплатить не позднее пяти банковских дней с {Сегодня}. "
            "В назначении платежа укажите номер счёта."
        ),
    ),
    "en": DocumentTemplates(
        greeting=(
            "Dear {FirstName},\n\n"
            "Happy birthday! We wish you health, joy and all the best.\n\n"
            "To celebrate, here is 10% off any purchase this month: just show this letter "
            "or give your card number {Card}.\n\n"
            "Kind regards,\n{Shop}"
        ),
        invoice_note="Please pay within five banking days of {Today}, quoting the invoice number.",
    ),
}

# Every field in Russian and in English; the help in the template editor lists them.
FIELD_NAMES: dict[str, tuple[str, str]] = {
    "full_name": ("ФИО", "FullName"),
    "last_name": ("Фамилия", "LastName"),
    "first_name": ("Имя", "FirstName"),
    "middle_name": ("Отчество", "MiddleName"),
    "address_as": ("Обращение", "Salutation"),
    "organization": ("Организация", "Company"),
    "city": ("Город", "City"),
    "address": ("Адрес", "Address"),
    "birthday": ("ДатаРождения", "Birthday"),
    "discount": ("Скидка", "Discount"),
    "card": ("Карта", "Card"),
    "today": ("Сегодня", "Today"),
    "shop": ("Магазин", "Shop"),
    "shop_phone": ("ТелефонМагазина", "ShopPhone"),
}


def _salutation(data: ClientInput, display_name: str, language: str) -> str:
    """«Уважаемая Анна Петровна» needs a gender the card does not hold; «Анна Петровна» and
    «Уважаемый клиент» for a company read correctly for everyone."""
    if language == "ru":
        named = " ".join(p for p in (data.first_name, data.middle_name) if p)
        return named or data.organization or display_name or "Уважаемый клиент"
    return data.first_name or data.organization or display_name or "Dear customer"


def client_fields(
    data: ClientInput, display_name: str, shop: ShopProfile, language: str, today: date
) -> dict[str, str]:
    """The values of every field for one client, under both its Russian and English name."""
    language = language_of(language)
    address = ", ".join(p for p in (data.postcode, data.region, data.city, data.street) if p)
    values = {
        "full_name": display_name,
        "last_name": data.last_name,
        "first_name": data.first_name,
        "middle_name": data.middle_name,
        "address_as": _salutation(data, display_name, language),
        "organization": data.organization,
        "city": data.city,
        "address": address,
        "birthday": data.birthday,
        "discount": number_text(data.discount_percent, 0, language)
        if data.discount_percent
        else "",
        "card": data.loyalty_card,
        "today": date_text(today, language),
        "shop": shop.name,
        "shop_phone": shop.phone,
    }
    named: dict[str, str] = {}
    for key, value in values.items():
        for name in FIELD_NAMES[key]:
            named[name] = value
    return named


def fill_template(template: str, values: dict[str, str]) -> str:
    return _FIELD.sub(lambda m: values.get(m.group(1).strip(), m.group(0)), template)


def read_profile(db: Database) -> ShopProfile:
    with db.reading() as session:
        stored = get_setting(session, PROFILE_KEY) or {}
    known = {f.name for f in fields(ShopProfile)}
    return ShopProfile(**{k: str(v) for k, v in stored.items() if k in known})


def save_profile(db: Database, profile: ShopProfile) -> None:
    with db.transaction() as session:
        before = get_setting(session, PROFILE_KEY)
        put_setting(session, PROFILE_KEY, asdict(profile))
        audit.record(
            session, AuditAction.SETTING, "shop_profile", 0, "Shop details changed",
            before=before, after=asdict(profile),
        )  # fmt: skip


def read_templates(db: Database, language: str) -> DocumentTemplates:
    default = DEFAULT_TEMPLATES[language_of(language)]
    with db.reading() as session:
        greeting = get_setting(session, GREETING_KEY)
        note = get_setting(session, INVOICE_NOTE_KEY)
    return DocumentTemplates(
        greeting=greeting if isinstance(greeting, str) else default.greeting,
        invoice_note=note if isinstance(note, str) else default.invoice_note,
    )


def save_templates(db: Database, templates: DocumentTemplates) -> None:
    with db.transaction() as session:
        put_setting(session, GREETING_KEY, templates.greeting)
        put_setting(session, INVOICE_NOTE_KEY, templates.invoice_note)
        audit.record(
            session, AuditAction.SETTING, "document_templates", 0, "Document templates changed",
            after=asdict(templates),
        )  # fmt: skip
