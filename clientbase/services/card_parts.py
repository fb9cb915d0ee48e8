"""The parts of many clients' cards (phones, e-mails, messengers, tags, contact persons) as
plain rows, each a select by the clients' ids (db.id_select), in the order the card shows
them. The export writes them out and the import compares with them (stored_cards)."""

from __future__ import annotations

from sqlalchemy import select

from clientbase.db.id_select import IdSelect
from clientbase.db.models import ContactPerson, Email, Messenger, Phone, Tag, client_tag

# (client id, number, label)
PHONES = IdSelect(
    select(Phone.client_id, Phone.raw, Phone.label).order_by(Phone.position), Phone.client_id
)
# (client id, address, label)
EMAILS = IdSelect(
    select(Email.client_id, Email.address, Email.label).order_by(Email.position),
    Email.client_id,
)
# (client id, kind, handle)
MESSENGERS = IdSelect(
    select(Messenger.client_id, Messenger.kind, Messenger.handle).order_by(Messenger.id),
    Messenger.client_id,
)
# (client id, tag's name)
TAGS = IdSelect(
    select(client_tag.c.client_id, Tag.name)
    .join(Tag, Tag.id == client_tag.c.tag_id)
    .order_by(Tag.name),
    client_tag.c.client_id,
)
# (client id, name, position, phone, e-mail, birthday's day, month, year)
PEOPLE = IdSelect(
    select(
        ContactPerson.client_id, ContactPerson.name, ContactPerson.position, ContactPerson.phone,
        ContactPerson.email, ContactPerson.birthday_day, ContactPerson.birthday_month,
        ContactPerson.birthday_year,
    ).order_by(ContactPerson.id),
    ContactPerson.client_id,
)  # fmt: skip
