"""The words the reading of a contacts file writes, in Russian or English: the names of the
columns a .vcf becomes, the kinds of its phones («мобильный», «mobile») and the labels of
what it keeps in the notes («Должность», «Job title»).

A contact's kinds and labels become the card's data, so they are written in the language of
who imports (the window's), as record_words are; every column name is one the import maps.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

# A day without its year as English writes it: «February 1».
MONTHS: Final = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip


@dataclass(frozen=True)
class ContactWords:
    language: str
    headers: tuple[str, ...]
    # vCard properties with no field of their own, by the label the notes give them.
    noted: dict[str, str]
    # A phone's or an e-mail's kind («TYPE=CELL»), as its note.
    kinds: dict[str, str]
    # Who or what a relation or a date is (Google, an iPhone, vCard 4.0 name them so).
    related: dict[str, str]
    # Android's Event.TYPE and Relation.TYPE numbers.
    events: dict[str, str]
    relations: dict[str, str]
    labels: dict[str, str]


_RU: Final = ContactWords(
    language="ru",
    headers=(
        "Фамилия", "Имя", "Отчество", "Полное имя", "Организация", "Телефон", "E-mail",
        "Дата рождения", "Адрес", "Город", "Регион", "Индекс", "Метки", "Мессенджеры",
        "Заметки",
    ),
    noted={
        "TITLE": "Должность", "ROLE": "Роль", "NICKNAME": "Прозвище", "URL": "Сайт",
        "GENDER": "Пол", "MAIDENNAME": "Девичья фамилия", "SPOUSE": "Супруг(а)",
        "MANAGER": "Руководитель", "ASSISTANT": "Помощник",
    },
    kinds={
        "CELL": "мобильный", "MOBILE": "мобильный", "WORK": "рабочий", "HOME": "домашний",
        "MAIN": "основной", "FAX": "факс",
    },
    related={
        "anniversary": "Годовщина", "spouse": "Супруг(а)", "child": "Ребёнок",
        "mother": "Мать", "father": "Отец", "parent": "Родитель", "brother": "Брат",
        "sister": "Сестра", "friend": "Друг", "partner": "Партнёр", "manager": "Руководитель",
        "assistant": "Помощник", "sibling": "Брат или сестра", "kin": "Родственник",
        "relative": "Родственник", "domestic partner": "Партнёр",
        "referred by": "По рекомендации", "other": "Другое",
    },
    events={"1": "Годовщина", "2": "Событие", "3": "День рождения"},
    relations={
        "1": "Помощник", "2": "Брат", "3": "Ребёнок", "4": "Партнёр", "5": "Отец", "6": "Друг",
        "7": "Руководитель", "8": "Мать", "9": "Родитель", "10": "Партнёр",
        "11": "По рекомендации", "12": "Родственник", "13": "Сестра", "14": "Супруг(а)",
    },
    labels={
        "anniversary": "Годовщина", "event": "Событие", "related": "Связь", "date": "Дата",
        "address": "Адрес", "po_box": "Абонентский ящик", "country": "Страна",
        "unit": "Подразделение", "extension": "доб.",
    },
)  # fmt: skip

_EN: Final = ContactWords(
    language="en",
    headers=(
        "Last name", "First name", "Middle name", "Full name", "Company", "Phone", "E-mail",
        "Birthday", "Address", "City", "Region", "Postcode", "Tags", "Messengers", "Notes",
    ),
    noted={
        "TITLE": "Job title", "ROLE": "Role", "NICKNAME": "Nickname", "URL": "Website",
        "GENDER": "Gender", "MAIDENNAME": "Maiden name", "SPOUSE": "Spouse",
        "MANAGER": "Manager", "ASSISTANT": "Assistant",
    },
    kinds={
        "CELL": "mobile", "MOBILE": "mobile", "WORK": "work", "HOME": "home", "MAIN": "main",
        "FAX": "fax",
    },
    related={
        "anniversary": "Anniversary", "spouse": "Spouse", "child": "Child", "mother": "Mother",
        "father": "Father", "parent": "Parent", "brother": "Brother", "sister": "Sister",
        "friend": "Friend", "partner": "Partner", "manager": "Manager",
        "assistant": "Assistant", "sibling": "Sibling", "kin": "Relative",
        "relative": "Relative", "domestic partner": "Partner", "referred by": "Referred by",
        "other": "Other",
    },
    events={"1": "Anniversary", "2": "Event", "3": "Birthday"},
    relations={
        "1": "Assistant", "2": "Brother", "3": "Child", "4": "Partner", "5": "Father",
        "6": "Friend", "7": "Manager", "8": "Mother", "9": "Parent", "10": "Partner",
        "11": "Referred by", "12": "Relative", "13": "Sister", "14": "Spouse",
    },
    labels={
        "anniversary": "Anniversary", "event": "Event", "related": "Related", "date": "Date",
        "address": "Address", "po_box": "PO box", "country": "Country", "unit": "Department",
        "extension": "ext.",
    },
)  # fmt: skip

CONTACT_WORDS: Final = {"ru": _RU, "en": _EN}


def contact_words(language: str = "ru") -> ContactWords:
    return CONTACT_WORDS.get(language, _RU)


def related_label(label: str, language: str = "ru") -> str:
    """«Spouse» → «Супруг(а)» (in English, «Spouse»); a label the owner typed («Свадьба
    дочери») as it is."""
    return contact_words(language).related.get(label.strip().casefold(), label.strip())


# Kinds that are spelt otherwise («Home Fax», an iPhone's «HomeFax»), or say nothing («Other»).
KIND_ALIASES = {
    "OTHER": "", "HOMEFAX": "FAX", "WORKFAX": "FAX", "OTHERFAX": "FAX",
    # Outlook's «Business Phone» and a sheet's «Office», «Primary»
    "BUSINESS": "WORK", "OFFICE": "WORK", "PRIMARY": "MAIN",
}  # fmt: skip


def kind_label(label: str, language: str = "ru") -> str:
    """Google's «Mobile», «Work», «Home Fax» beside a phone or e-mail as a .vcf's TYPE=CELL,
    WORK, FAX reads in `language` («мобильный», «рабочий», «факс»), its «Other» as no kind; a
    label the owner typed («Мама») as it is."""
    kinds = contact_words(language).kinds
    key = label.strip().upper().replace(" ", "")
    key = KIND_ALIASES.get(key, key)
    return kinds.get(key, "") if key in kinds or not key else label
