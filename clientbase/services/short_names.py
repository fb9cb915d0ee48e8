"""A client of the base named shorter on an orders sheet: «Иванова Мария» or «Иванова М. П.»
for the card «Иванова Мария Петровна».

A shop's client list gives the whole ФИО, and its till or sales log the name as the cashier
typed it: each sale of such a name alone made a second client beside the card, with the
purchases on it and none on the card.
"""

from __future__ import annotations

from sqlalchemy import select

from clientbase.db.database import Database
from clientbase.db.enums import ClientKind
from clientbase.db.models import Client
from clientbase.services.client_data import ClientInput
from clientbase.services.client_keys import initial_of
from clientbase.services.text import fold


class ShortNames:
    """The base's people by last name and first initial (see name_key), with their first
    names and patronymics, folded."""

    def __init__(self, db: Database) -> None:
        self._people: dict[tuple[str, str], list[tuple[int, str, str]]] = {}
        with db.reading() as session:
            for client_id, last, first, middle in session.execute(
                select(Client.id, Client.last_name, Client.first_name, Client.middle_name).where(
                    Client.kind == ClientKind.PERSON, Client.last_name != ""
                )
            ):
                first = fold(first.strip())
                self._people.setdefault((fold(last.strip()), first[:1]), []).append(
                    (client_id, first, fold(middle.strip()))
                )

    def find(self, data: ClientInput) -> int | None:
        """The one person of the base whose name the row's gives shorter: the same last
        name, and a first name and patronymic the same, given as initials, or (the
        patronymic) left out. None where no one, or more than one, is."""
        if not is_person(data):
            return None
        first, middle = fold(data.first_name.strip()), fold(data.middle_name.strip())
        found = [
            client_id
            for client_id, their_first, their_middle in self._people.get(name_key(data), ())
            if shorter(first, middle, their_first, their_middle)
        ]
        return found[0] if len(found) == 1 else None


def is_person(data: ClientInput) -> bool:
    """Whether a row names a person by a last and a first name, which a shorter name needs."""
    return (
        data.kind is ClientKind.PERSON
        and bool(data.last_name.strip())
        and bool(data.first_name.strip())
    )


def name_key(data: ClientInput) -> tuple[str, str]:
    """The last name and the first name's initial, folded: what a shorter name keeps of a
    whole one, and few of a shop's clients share (a base has a thousand «Иванова»)."""
    return fold(data.last_name.strip()), fold(data.first_name.strip())[:1]


def shorter(first: str, middle: str, their_first: str, their_middle: str) -> bool:
    """Whether a first name and patronymic (folded) are another's given shorter: each the
    same or its initial, the patronymic perhaps left out."""
    return _given_as(first, their_first) and (not middle or _given_as(middle, their_middle))


def _given_as(written: str, whole: str) -> bool:
    """Whether `written` is the name `whole`, or its initial («м.», «м»)."""
    return written == whole or initial_of(written, whole)
