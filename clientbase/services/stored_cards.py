"""Many stored clients' cards as the card edits them (ClientInput), read as plain rows.

The same sheet imported again compares every row with the card it finds, to tell the shop
which rows change nothing. Loading those cards as ORM objects with their phones, e-mails,
tags and contact persons, then reading each attribute back, was a third of that planning
(about 6 s of 100,000 rows); six plain selects per thousand clients give the same cards
(clients.client_input is what they must equal) in a fraction of it.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from clientbase.db.id_select import IdSelect
from clientbase.db.models import Client
from clientbase.services.card_parts import EMAILS, MESSENGERS, PEOPLE, PHONES, TAGS
from clientbase.services.client_data import (
    CLIENT_FIELDS,
    ClientInput,
    ContactPersonInput,
    EmailInput,
    MessengerInput,
    PhoneInput,
)
from clientbase.services.dates import birthday_text

_LISTS = frozenset({"phones", "emails", "messengers", "tags", "contact_persons"})
# The card's fields a column of the client's row holds under the same name.
_COLUMNS = tuple(name for name in CLIENT_FIELDS if name not in _LISTS and name != "birthday")
_BIRTHDAY = ("birthday_day", "birthday_month", "birthday_year")

_CLIENTS = IdSelect(
    select(Client.id, *(getattr(Client, name) for name in (*_COLUMNS, *_BIRTHDAY))), Client.id
)


def stored_cards(session: Session, client_ids: Sequence[int]) -> dict[int, ClientInput]:
    """The cards of `client_ids` (a thousand or so at a time) that the base holds, by id."""
    connection = session.connection()
    cards: dict[int, ClientInput] = {}
    for client_id, *values in _CLIENTS.rows(connection, client_ids):
        card = ClientInput(**dict(zip(_COLUMNS, values, strict=False)))
        card.birthday = birthday_text(*values[len(_COLUMNS) :])
        cards[client_id] = card
    for client_id, raw, label in PHONES.rows(connection, client_ids):
        cards[client_id].phones.append(PhoneInput(raw, label))
    for client_id, address, label in EMAILS.rows(connection, client_ids):
        cards[client_id].emails.append(EmailInput(address, label))
    for client_id, kind, handle in MESSENGERS.rows(connection, client_ids):
        cards[client_id].messengers.append(MessengerInput(kind, handle))
    for client_id, tag in TAGS.rows(connection, client_ids):
        cards[client_id].tags.append(tag)
    for client_id, name, position, phone, email, *birthday in PEOPLE.rows(connection, client_ids):
        cards[client_id].contact_persons.append(
            ContactPersonInput(name, position, phone, email, birthday_text(*birthday))
        )
    return cards
