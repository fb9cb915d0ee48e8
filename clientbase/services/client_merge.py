"""Merging two cards of one client: nothing known about them is dropped."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from decimal import Decimal
from typing import TypeVar

from clientbase.db.enums import ClientKind, MessengerKind
from clientbase.exchange.choices import WORDS
from clientbase.services.client_data import (
    ClientInput,
    ContactPersonInput,
    EmailInput,
    PhoneInput,
)
from clientbase.services.client_keys import initial_of, says_more
from clientbase.services.client_rows import display_name
from clientbase.services.phones import PhoneParseError, normalize_phone
from clientbase.services.record_words import RecordWords
from clientbase.services.text import fold

# Fields where the kept card's value stands unless it is empty.
_LISTS = {"phones", "emails", "messengers", "tags", "contact_persons"}
# Where the other card says otherwise («Тверь» beside «Москва»), its value is kept in the
# notes under the name the export gives the field: one of the two is out of date, and only
# the shop can tell which. Names, choices and marks are left out: «Марья» beside «Мария» is
# how the two were found alike, and a status is a judgement of the day.
_NOTED_WHEN_OTHER = (
    "organization", "birthday", "region", "city", "street", "postcode", "loyalty_card",
    "client_code", "inn", "kpp", "ogrn", "bank_name", "bank_bik", "bank_account",
    "correspondent_account", "call_time", "responsible",
)  # fmt: skip
_GIVEN_NAMES = frozenset({"first_name", "middle_name"})
_SINGLE_VALUES = tuple(
    field.name
    for field in dataclasses.fields(ClientInput)
    if field.name not in _LISTS and field.name != "notes"
)
_UNKNOWN = ("", None, Decimal("0"), False)
# What only a person's card shows, and what only a company's: a card of the other kind merged
# into it brings them otherwise (see _across_kinds).
_PERSON_ONLY = frozenset({"last_name", "first_name", "middle_name", "birthday"})
_COMPANY_ONLY = frozenset(
    {
        "organization", "inn", "kpp", "ogrn", "bank_name", "bank_bik", "bank_account",
        "correspondent_account",
    }
)  # fmt: skip


def phone_key(raw: str, region: str) -> str:
    """A phone as compared: its E.164 form, or as written where it is no number."""
    try:
        return normalize_phone(raw, region)
    except PhoneParseError:
        return raw


def merge_cards(
    kept: ClientInput, other: ClientInput, region: str, words: RecordWords | None = None
) -> ClientInput:
    """`kept` with the gaps filled from `other`: empty fields taken, phones and e-mails added
    (no repeats), tags joined, notes appended, and where `other` says otherwise («Город:
    Тверь»), its value added to the notes, under the field's name in `words` (Russian by
    default)."""
    words = words or RecordWords()
    merged = kept.copy()
    differing: list[str] = []
    hidden = _across_kinds(merged, other, differing, words)
    for name in _SINGLE_VALUES:
        mine, theirs = getattr(merged, name), getattr(other, name)
        if mine == theirs or name in hidden:
            continue  # the same sheet imported again: most of every card
        # False and 0 count as «not known»: a VIP mark or a discount from either card stays.
        if mine in _UNKNOWN and theirs not in ("", None):
            setattr(merged, name, theirs)
        elif name in _GIVEN_NAMES and initial_of(mine, theirs):
            setattr(merged, name, theirs)  # «М.» is a gap «Мария» fills
        elif name in _NOTED_WHEN_OTHER and _says_otherwise(name, mine, theirs):
            differing.append(f"{words.field(name)}: {theirs}")
    if merged.kind is ClientKind.PERSON is other.kind:
        # Names are compared by what the other adds to the card's, filled from it:
        # «Петрова Мария» merged into «Иванова Мария» (her name before she married) is
        # noted, «Иванова М.» is not.
        mine, theirs = (
            display_name(ClientKind.PERSON, card.last_name, card.first_name,
                         card.middle_name, "")
            for card in (merged, other)
        )  # fmt: skip
        if mine and theirs and mine != theirs and says_more(fold(theirs), fold(mine)):
            differing.append(f"{words.field('full_name')}: {theirs}")
    merged.phones = joined_phones(merged.phones, other.phones, region)
    merged.emails = joined_emails(merged.emails, other.emails)
    # The card keeps one handle of each messenger: the other card's second one is noted.
    handles = {m.kind: m.handle for m in merged.messengers}
    for messenger in other.messengers:
        if messenger.kind not in handles:
            handles[messenger.kind] = messenger.handle
            merged.messengers.append(dataclasses.replace(messenger))
        elif handles[messenger.kind].casefold() != messenger.handle.casefold():
            differing.append(f"{WORDS[MessengerKind][messenger.kind][0]}: {messenger.handle}")
    merged.tags = joined_tags(merged.tags, other.tags)
    merged.contact_persons = joined_people(merged.contact_persons, other.contact_persons)
    merged.notes = joined_notes(merged.notes, [other.notes, *differing])
    return merged


def joined_phones(first: list[PhoneInput], then: list[PhoneInput], region: str) -> list[PhoneInput]:
    """`first`'s phones, then those of `then` it lacks (the same number written otherwise is
    one); a phone's note from `then` where `first` has none."""
    return _joined(first, then, lambda phone: phone_key(phone.raw, region))


def joined_emails(first: list[EmailInput], then: list[EmailInput]) -> list[EmailInput]:
    """As joined_phones, for e-mail addresses, whatever their letters' case."""
    return _joined(first, then, lambda email: email.address.casefold())


# A phone or an e-mail address: both have a note (label) beside what they are.
Contact = TypeVar("Contact", PhoneInput, EmailInput)


def _joined(
    first: list[Contact], then: list[Contact], key: Callable[[Contact], str]
) -> list[Contact]:
    joined = [dataclasses.replace(contact) for contact in first]
    known = {key(contact): contact for contact in joined}
    for contact in then:
        found = key(contact)  # a phone's is parsed: once
        if (same := known.get(found)) is None:
            known[found] = dataclasses.replace(contact)
            joined.append(known[found])
        elif not same.label:
            same.label = contact.label
    return joined


def joined_tags(first: list[str], then: list[str]) -> list[str]:
    names = {tag.casefold() for tag in first}
    return [*first, *(tag for tag in then if tag.casefold() not in names)]


def joined_people(
    first: list[ContactPersonInput], then: list[ContactPersonInput]
) -> list[ContactPersonInput]:
    names = {person.name.casefold() for person in first}
    return [
        *(dataclasses.replace(person) for person in first),
        *(dataclasses.replace(person) for person in then if person.name.casefold() not in names),
    ]


def joined_notes(notes: str, more: list[str]) -> str:
    """`notes` with each of `more` the text does not hold yet, each on a line of its own."""
    for note in more:
        if note and note not in notes:
            notes = f"{notes}\n{note}" if notes else note
    return notes


def _across_kinds(
    merged: ClientInput, other: ClientInput, differing: list[str], words: RecordWords
) -> frozenset[str]:
    """A person's card merged into a company's, or a company's into a person's: the fields
    the kept card does not show, which the other's would fill unseen. A person goes to the
    company's contact persons; a company's name and requisites to the person's notes."""
    if merged.kind is other.kind:
        return frozenset()
    if merged.kind is ClientKind.COMPANY:
        name = display_name(ClientKind.PERSON, other.last_name, other.first_name,
                            other.middle_name, "")  # fmt: skip
        if name and fold(name) not in {fold(p.name) for p in merged.contact_persons}:
            merged.contact_persons.append(
                ContactPersonInput(
                    name,
                    phone=other.phones[0].raw if other.phones else "",
                    email=other.emails[0].address if other.emails else "",
                    birthday=other.birthday,
                )
            )
        return _PERSON_ONLY
    for name in sorted(_COMPANY_ONLY, key=_NOTED_WHEN_OTHER.index):
        if value := getattr(other, name):
            differing.append(f"{words.field(name)}: {value}")
    return _COMPANY_ONLY


def _says_otherwise(name: str, mine: object, theirs: object) -> bool:
    if not (isinstance(mine, str) and isinstance(theirs, str) and mine and theirs):
        return False
    a, b = fold(mine).replace(" ", ""), fold(theirs).replace(" ", "")
    if name == "birthday":
        return not (a.startswith(b) or b.startswith(a))  # «01.02» is «01.02.1980» unsaid
    return a != b
