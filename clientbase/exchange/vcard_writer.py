"""Writing clients as vCard 3.0, the version every phone and mail program reads."""

from __future__ import annotations

from dataclasses import dataclass, field

import vobject


@dataclass
class Contact:
    last_name: str = ""
    first_name: str = ""
    middle_name: str = ""
    organization: str = ""
    display_name: str = ""
    phones: list[str] = field(default_factory=list)
    emails: list[str] = field(default_factory=list)
    birthday: str = ""  # ISO 1980-02-01, or --0201 without a year
    street: str = ""
    city: str = ""
    region: str = ""
    postcode: str = ""
    notes: str = ""
    tags: list[str] = field(default_factory=list)


def vcard_text(contact: Contact) -> str:
    card = vobject.vCard()
    card.add("n").value = vobject.vcard.Name(
        family=contact.last_name, given=contact.first_name, additional=contact.middle_name
    )
    card.add("fn").value = contact.display_name
    if contact.organization:
        card.add("org").value = [contact.organization]
    for phone in contact.phones:
        line = card.add("tel")
        line.value = phone
        line.type_param = "CELL"
    for address in contact.emails:
        line = card.add("email")
        line.value = address
        line.type_param = "INTERNET"
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
    return str(card.serialize())
