"""Clients of one name that nothing else ties together: a row that found no client by its
phones, e-mails, card or code, named as a client of the base or an earlier row is, with no
other birthday, patronymic or code. The same client with a new phone, or another person of
the name: nobody can tell but the person importing, so the row comes in as a new client
named beside the other (reason "namesake", see import_plan) and can be merged there.

A person is known here by surname and first name, so «Иванова Мария» is a namesake of the
card «Иванова Мария Петровна»; a company by its name. A first name alone («Ольга») or a
surname alone tells too little to ask about.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select

from clientbase.db.database import Database
from clientbase.db.models import Client, ClientKind
from clientbase.services.client_keys import code_key
from clientbase.services.client_validation import ValidClient
from clientbase.services.dates import Birthday
from clientbase.services.text import fold

if TYPE_CHECKING:
    from clientbase.services.import_plan import PlannedRow

NameKey = tuple[str, str]  # a person's folded surname and first name; a company's name
_COMPANY = "#company"


@dataclass(frozen=True)
class _Known:
    """What may tell two clients of one name apart."""

    middle_name: str  # folded
    birthday: Birthday | None
    code: str  # code_key


def name_key(kind: ClientKind, last: str, first: str, organization: str) -> NameKey | None:
    if kind is ClientKind.COMPANY:
        name = fold(" ".join(organization.split()))
        return (_COMPANY, name) if name else None
    last, first = fold(last.strip()), fold(first.strip())
    return (last, first) if last and first else None


def _key_of(valid: ValidClient) -> NameKey | None:
    data = valid.data
    return name_key(data.kind, data.last_name, data.first_name, data.organization)


def _known_of(valid: ValidClient) -> _Known:
    data = valid.data
    return _Known(fold(data.middle_name.strip()), valid.birthday, code_key(data.client_code))


def told_apart(one: _Known, other: _Known) -> bool:
    """Whether two clients of one name are two people by what both give: another
    patronymic, birthday (day and month, or year) or code."""
    if one.middle_name and other.middle_name and one.middle_name != other.middle_name:
        return True
    if one.code and other.code and one.code != other.code:
        return True
    if one.birthday is None or other.birthday is None:
        return False
    mine, theirs = one.birthday, other.birthday
    if (mine.day, mine.month) != (theirs.day, theirs.month):
        return True
    return mine.year is not None and theirs.year is not None and mine.year != theirs.year


class BaseNamesakes:
    """The clients of the base by name, read once, when a row first needs them."""

    def __init__(self, db: Database) -> None:
        self._db = db
        self._clients: dict[NameKey, list[tuple[int, _Known]]] | None = None

    def find(self, valid: ValidClient) -> int | None:
        """The one client of the row's name that nothing tells apart from it."""
        key = _key_of(valid)
        if key is None:
            return None
        mine = _known_of(valid)
        alike = [i for i, known in self._load().get(key, ()) if not told_apart(mine, known)]
        return alike[0] if len(alike) == 1 else None

    def _load(self) -> dict[NameKey, list[tuple[int, _Known]]]:
        if self._clients is None:
            self._clients = {}
            with self._db.reading() as session:
                rows = session.execute(
                    select(
                        Client.id, Client.kind, Client.last_name, Client.first_name,
                        Client.middle_name, Client.organization, Client.birthday_day,
                        Client.birthday_month, Client.birthday_year, Client.client_code,
                    )
                )  # fmt: skip
                for client_id, kind, last, first, middle, company, day, month, year, code in rows:
                    key = name_key(kind, last, first, company)
                    if key is None:
                        continue
                    birthday = Birthday(day, month, year) if day and month else None
                    known = _Known(fold(middle.strip()), birthday, code_key(code))
                    self._clients.setdefault(key, []).append((client_id, known))
        return self._clients


class FileNamesakes:
    """The rows planned so far by name: the first row of each name."""

    def __init__(self) -> None:
        self._rows: dict[NameKey, tuple[PlannedRow, _Known]] = {}

    def add(self, row: PlannedRow, valid: ValidClient) -> None:
        if (key := _key_of(valid)) is not None:
            self._rows.setdefault(key, (row, _known_of(valid)))

    def find(self, valid: ValidClient) -> PlannedRow | None:
        """The earlier row of the row's name that nothing tells apart from it."""
        key = _key_of(valid)
        found = self._rows.get(key) if key is not None else None
        if found is None or told_apart(_known_of(valid), found[1]):
            return None
        return found[0]
