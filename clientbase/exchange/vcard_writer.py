"""Writing clients as vCard 3.0, the version every phone and mail program reads."""

from __future__ import annotations

from dataclasses import dataclass, field

import vobject
from vobject.base import backslashEscape

from clientbase.db.enums import MessengerKind
from clientbase.exchange.choices import is_choice, parse_choice
from clientbase.exchange.vcard_file import (
    APPLE_HANDLE,
    COLUMN_PARAMETER,
    EXTRA_PROPERTY,
    KIND_NOTES,
)

# The social networks among the messengers, and where a handle's page is.
_PROFILES = {
    MessengerKind.INSTAGRAM: "https://instagram.com/",
    MessengerKind.VK: "https://vk.com/",
}


@dataclass
class Contact:
    last_name: str = ""
    first_name: str = ""
    middle_name: str = ""
    organization: str = ""
    display_name: str = ""
    # Each with its note: «мобильный», «рабочий», «домашний» as vCard's own types, any other
    # as an iPhone writes a label of its owner's, which phones and mail programs show.
    phones: list[tuple[str, str]] = field(default_factory=list)
    emails: list[tuple[str, str]] = field(default_factory=list)
    birthday: str = ""  # ISO 1980-02-01, or --0201 without a year
    street: str = ""
    city: str = ""
    region: str = ""
    postcode: str = ""
    notes: str = ""
    tags: list[str] = field(default_factory=list)
    # (service, handle): «Telegram», «elena_s».
    messengers: list[tuple[str, str]] = field(default_factory=list)
    # The card's fields vCard has no property for (status, discount, ИНН…), each as a column
    # of the export with its cell's text: the EXTRA_PROPERTY line.
    extras: list[tuple[str, str]] = field(default_factory=list)


# The notes that are vCard types, in the words the import gives them and in English.
_KINDS = {
    **{note: kind for kind, note in KIND_NOTES.items() if kind != "MOBILE"},
    "mobile": "CELL", "work": "WORK", "home": "HOME", "main": "MAIN", "fax": "FAX",
}  # fmt: skip
_EMAIL_KINDS = ("WORK", "HOME")


def vcard_text(contact: Contact) -> str:
    card = vobject.vCard()
    card.add("n").value = vobject.vcard.Name(
        family=contact.last_name, given=contact.first_name, additional=contact.middle_name
    )
    card.add("fn").value = contact.display_name
    if contact.organization:
        card.add("org").value = [contact.organization]
    labels = 0
    for name, values, plain in (
        ("tel", contact.phones, "VOICE"),
        ("email", contact.emails, "INTERNET"),
    ):
        for value, note in values:
            kind = _KINDS.get(note.strip().casefold())
            if name == "email" and kind not in _EMAIL_KINDS:
                kind = None
            group = None
            if note.strip() and kind is None:
                labels += 1
                group = f"item{labels}"
                card.add("x-ablabel", group=group).value = note.strip()
            line = card.add(name, group=group)
            line.value = value
            line.params["TYPE"] = [plain, kind] if kind and name == "email" else [kind or plain]
    for service, handle in contact.messengers:
        if (site := _profile_site(service)) is not None:
            # A social network as an iPhone writes it: a profile, which opens its page.
            line = card.add("x-socialprofile")
            line.value = site + handle.lstrip("@")
            line.params["TYPE"] = [service]
            line.params["X-USER"] = [handle]
            continue
        # As an iPhone writes a handle it has no address for; phones show the service's name.
        line = card.add("impp")
        line.value = APPLE_HANDLE + handle
        line.params["X-SERVICE-TYPE"] = [service]
    if contact.birthday:
        card.add("bday").value = contact.birthday
    if contact.street or contact.city or contact.region or contact.postcode:
        card.add("adr").value = vobject.vcard.Address(
            street=contact.street, city=contact.city, region=contact.region, code=contact.postcode
        )
    if contact.notes:
        card.add("note").value = contact.notes
    if contact.tags:
        card.add("categories").value = contact.tags
    extras = [(column, text) for column, text in contact.extras if text]
    if extras:
        # One line for them all, a structured value as N and ADR are, escaped here: a line
        # each doubled the time of the export (vobject's cost is per line).
        line = card.add(EXTRA_PROPERTY.lower())
        line.params[COLUMN_PARAMETER] = [column for column, _ in extras]
        line.value = ";".join(backslashEscape(text) for _, text in extras)
        line.encoded = True
    return str(card.serialize())


def _profile_site(service: str) -> str | None:
    """Where a social network's pages are, by its name as the export writes it («ВКонтакте»,
    «Instagram»); None for a messenger."""
    return (
        _PROFILES.get(parse_choice(MessengerKind, service))
        if is_choice(MessengerKind, service)
        else None
    )
