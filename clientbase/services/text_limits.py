"""How long each text of a client card may be: the lengths of the columns that store it.

SQLite stores a longer text as it is; PostgreSQL refuses the whole transaction. So the checks
name a text that is too long on either, and the card or the import says so in words.
"""

from __future__ import annotations

from collections.abc import Sequence
from operator import attrgetter

from sqlalchemy import String

from clientbase.db.models import (
    Client,
    ContactPerson,
    Email,
    Messenger,
    Phone,
    Purchase,
    PurchaseItem,
    Tag,
)
from clientbase.errors import Problem
from clientbase.services.client_data import ClientInput
from clientbase.services.text import clipped

# What a too-long value shows of itself in a message: enough to find it in the sheet.
_SHOWN = 40


def _lengths(model: type, names: tuple[str, ...]) -> tuple[int, ...]:
    columns = model.__table__.columns  # type: ignore[attr-defined]
    lengths = []
    for name in names:
        kind = columns[name].type
        assert isinstance(kind, String) and kind.length, name
        lengths.append(kind.length)
    return tuple(lengths)


# Russian requisites have fixed lengths; a wrong count is almost always a typo.
REQUISITE_DIGITS: dict[str, tuple[int, ...]] = {
    "inn": (10, 12),
    "kpp": (9,),
    "ogrn": (13, 15),
    "bank_bik": (9,),
    "bank_account": (20,),
    "correspondent_account": (20,),
}

_EMPTY = ClientInput()
_CARD_FIELDS = tuple(
    name
    for name, column in Client.__table__.columns.items()
    if isinstance(column.type, String)
    and column.type.length
    and type(getattr(_EMPTY, name, None)) is str  # not the choices, stored as their names
    and name not in REQUISITE_DIGITS  # checked for their exact count of digits instead
)
_CARD_LIMITS = _lengths(Client, _CARD_FIELDS)
# The card's own text fields and how long each may be, for the form to stop typing there.
CARD_LIMITS: dict[str, int] = dict(zip(_CARD_FIELDS, _CARD_LIMITS, strict=True))
_card_values = attrgetter(*_CARD_FIELDS)
_PHONE = _lengths(Phone, ("raw", "label"))
_EMAIL = _lengths(Email, ("address", "label"))
# How long a phone's or an e-mail's note may be.
LABEL_LIMIT = min(_PHONE[1], _EMAIL[1])
HANDLE_LIMIT = _lengths(Messenger, ("handle",))[0]
_TAG = _lengths(Tag, ("name",))[0]
_PERSON_FIELDS = ("name", "position", "phone", "email")
_PERSON = _lengths(ContactPerson, _PERSON_FIELDS)
ORDER_NUMBER_LIMIT = _lengths(Purchase, ("number",))[0]
ITEM_LIMIT = _lengths(PurchaseItem, ("name",))[0]


def _problem(field: str, value: str, limit: int) -> Problem:
    return Problem(field, "too_long", {"value": clipped(value, _SHOWN), "count": str(limit)})


def _item(
    problems: list[Problem], field: str, value: str, label: str, limits: tuple[int, ...]
) -> None:
    if len(value) > limits[0] and len(value.strip()) > limits[0]:
        problems.append(_problem(field, value.strip(), limits[0]))
    if len(label) > limits[1] and len(label.strip()) > limits[1]:
        problems.append(_problem(f"{field}.label", label.strip(), limits[1]))


def too_long(data: ClientInput) -> list[Problem]:
    """Every text of the card longer than its column takes, spaces around it not counted."""
    problems: list[Problem] = []
    values: tuple[str, ...] = _card_values(data)
    # One pass of C over the lengths first: nearly every card has nothing too long.
    if any(map(int.__gt__, map(len, values), _CARD_LIMITS)):
        for name, value, limit in zip(_CARD_FIELDS, values, _CARD_LIMITS, strict=True):
            if len(value.strip()) > limit:
                problems.append(_problem(name, value.strip(), limit))
    for index, phone in enumerate(data.phones):
        _item(problems, f"phones[{index}]", phone.raw, phone.label, _PHONE)
    for index, email in enumerate(data.emails):
        _item(problems, f"emails[{index}]", email.address, email.label, _EMAIL)
    for index, messenger in enumerate(data.messengers):
        handle = messenger.handle.strip()
        if len(handle) > HANDLE_LIMIT:
            problems.append(_problem(f"messengers[{index}]", handle, HANDLE_LIMIT))
    for index, tag in enumerate(data.tags):
        if len(tag.strip()) > _TAG:
            problems.append(_problem(f"tags[{index}]", tag.strip(), _TAG))
    for index, person in enumerate(data.contact_persons):
        for name, limit in zip(_PERSON_FIELDS, _PERSON, strict=True):
            value = getattr(person, name).strip()
            if len(value) > limit:
                problems.append(_problem(f"contact_persons[{index}].{name}", value, limit))
    return problems


def purchase_too_long(number: str, items: Sequence[str]) -> list[Problem]:
    """A purchase's number and item names longer than the base keeps."""
    problems = []
    if len(number.strip()) > ORDER_NUMBER_LIMIT:
        problems.append(_problem("number", number.strip(), ORDER_NUMBER_LIMIT))
    for index, name in enumerate(items):
        if len(name.strip()) > ITEM_LIMIT:
            problems.append(_problem(f"items[{index}].name", name.strip(), ITEM_LIMIT))
    return problems
