"""Who referred a client, as a sheet writes it: «Кто порекомендовал: Иванова Анна».

The name (or phone) is another client's, of the sheet or of the base: the card's «Рекомендовал(а)»
is that client, found once the sheet is planned, and set once every client of the import is
written. A name that finds no one, or more than one, stays in the notes as written: the
import does not guess between namesakes.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator, Sequence
from datetime import datetime
from typing import cast

from sqlalchemy import Table, bindparam, select, update
from sqlalchemy.orm import Session

from clientbase.db.enums import AuditAction, ClientKind
from clientbase.db.models import Client, ImportBatchItem
from clientbase.errors import NotFoundError
from clientbase.exchange.person_names import name_and_aside, split_full_name
from clientbase.exchange.values import contacts_in_name, looks_like_phone
from clientbase.services import audit
from clientbase.services.client_merge import phone_key
from clientbase.services.client_rows import display_name
from clientbase.services.client_snapshot import card_to_json
from clientbase.services.clients import client_input, load_client
from clientbase.services.import_matches import BaseIndex
from clientbase.services.planned_rows import PlannedRow, RowAction
from clientbase.services.text import fold

_CHUNK = 500  # the ids of one «IN (…)», well within what SQLite and PostgreSQL take

# Whom a name or phone finds: a row of the sheet (its line) or a client of the base (its id).
_Who = tuple[str, int]


def link_referrers(rows: Sequence[PlannedRow], base: BaseIndex, region: str, header: str) -> None:
    """Each written row's referrer found among the sheet's clients and the base's: by a
    phone or e-mail, else by the name the client is listed under («Иванова Анна»; the start of it
    where none is listed so: «Иванова Анна» is «Иванова Анна Сергеевна»). Found once, the
    row's referrer_line or referrer_id says whom; otherwise the notes keep the cell under
    its column's name (`header`)."""
    referring = [
        row for row in rows
        if row.referrer and row.data is not None
        and row.action in (RowAction.NEW, RowAction.MERGE)
    ]  # fmt: skip
    if not referring:
        return
    sheet = _SheetClients(rows, region)
    listed = sorted(base.names)
    for row in referring:
        own = _who_of_row(row, sheet.by_line)
        found = {who for who in _found(row.referrer, sheet, base, listed, region) if who != own}
        if len(found) == 1:
            kind, key = found.pop()
            if kind == "line":
                row.referrer_line = key
            else:
                row.referrer_id = key
            continue
        assert row.data is not None
        # The card is the reading's, shared with the next planning of the sheet: a copy.
        row.data = row.data.copy()
        row.data.notes = "\n".join(filter(None, (row.data.notes, f"{header}: {row.referrer}")))
        row.valid = None


class _SheetClients:
    """The clients a sheet's rows are, by phone and by folded name."""

    def __init__(self, rows: Sequence[PlannedRow], region: str) -> None:
        self.by_line = {row.line: row for row in rows}
        self.phones: dict[str, set[_Who]] = {}
        self.emails: dict[str, set[_Who]] = {}
        self.names: dict[str, set[_Who]] = {}
        for row in rows:
            who = _who_of_row(row, self.by_line)
            if who is None or row.data is None:
                continue
            data = row.data
            name = display_name(
                data.kind, data.last_name, data.first_name, data.middle_name, data.organization
            )
            self.names.setdefault(fold(name), set()).add(who)
            for phone in data.phones:
                self.phones.setdefault(phone_key(phone.raw, region), set()).add(who)
            for email in data.emails:
                self.emails.setdefault(email.address.strip().casefold(), set()).add(who)
        self.listed = sorted(self.names)


def _who_of_row(row: PlannedRow, by_line: dict[int, PlannedRow]) -> _Who | None:
    """The client a row is once written: its own new card, the base's it merges into, or
    the earlier row's it is merged with."""
    if row.action is RowAction.NEW:
        return "line", row.line
    if row.action is RowAction.MERGE_IN_FILE and row.same_as_line in by_line:
        return _who_of_row(by_line[row.same_as_line], by_line)
    if row.client_id is not None and row.action is not RowAction.ERROR:
        return "client", row.client_id
    return None


def _found(
    written: str, sheet: _SheetClients, base: BaseIndex, listed: list[str], region: str
) -> set[_Who]:
    """Whom the written referrer names: the clients of its phone or e-mail (those of its
    name among them, where it gives one too), else of its name."""
    name, phones, emails = contacts_in_name(written, looks_like_phone)
    if not phones and looks_like_phone(written):
        name, phones = "", [written]
    keys = _name_keys(name)
    by_contact: set[_Who] = set()
    for phone in phones:
        key = phone_key(phone, region)  # E.164, or as written where it is no number
        by_contact |= sheet.phones.get(key, set())
        by_contact |= {("client", i) for i in base.phones.get(key, ())}
    for email in emails:
        address = email.casefold()
        by_contact |= sheet.emails.get(address, set())
        by_contact |= {("client", i) for i in base.emails.get(address, ())}
    by_name = _named(keys, sheet, base, listed) if keys else set()
    if by_contact:
        return (by_contact & by_name) or by_contact
    return by_name


def _named(keys: set[str], sheet: _SheetClients, base: BaseIndex, listed: list[str]) -> set[_Who]:
    found: set[_Who] = set()
    for key in keys:
        found |= sheet.names.get(key, set())
        found |= {("client", i) for i in base.names.get(key, ())}
    if found:
        return found
    for key in keys:  # «Иванова Анна» of «Иванова Анна Сергеевна»
        for name in _starting(sheet.listed, key):
            found |= sheet.names[name]
        for name in _starting(listed, key):
            found |= {("client", i) for i in base.names[name]}
    return found


def _starting(names: list[str], key: str) -> Iterator[str]:
    """The names of a sorted list that begin with the words of `key`."""
    start = key + " "
    for name in names[bisect_left(names, start) :]:
        if not name.startswith(start):
            return
        yield name


def _name_keys(name: str) -> set[str]:
    """The folded names a written name may be listed under: as written («ООО Ромашка»,
    «Иванова Анна»), without what is said beside it («Иванова Анна (подруга)», «…,
    постоянная клиентка»), each also as a person's name put in order («Анна Иванова»)."""
    keys: set[str] = set()
    bare = name_and_aside(name)[0]
    # Of one word, what is left is no name to look for («ООО» of «ООО «Ромашка»»).
    for written in {name, bare} if len(bare.split()) >= 2 else {name}:
        words = " ".join(written.replace(",", " ").split())
        if words:
            last, first, middle = split_full_name(words)
            keys |= {fold(words), fold(display_name(ClientKind.PERSON, last, first, middle, ""))}
    return keys


def write_referrers(
    session: Session,
    rows: Sequence[PlannedRow],
    client_of_line: dict[int, int],
    batch_id: int,
    now: datetime,
    summary: str,
) -> None:
    """The referrers the rows found, set on their clients once every client of the import
    is written. A client of the base keeps a referrer it has, but where the person chose
    to update the cards from the file; given one, the card as it was is kept in the batch
    (where the merge did not keep it already), for the undo."""
    links = _links(rows, client_of_line)
    if not links:
        return
    updated = {client_of_line.get(row.line) for row in rows if row.updates}
    wanted = sorted(set(links.values()))
    there = {i for i, _ in _referred_by(session, wanted)}
    if missing := [i for i in wanted if i not in there]:
        raise NotFoundError("client", missing[0])  # deleted in another window since the plan
    created = {
        row.line for row in rows if row.action is RowAction.NEW and row.line in client_of_line
    }
    new_ids = {client_of_line[line] for line in created}
    fresh = [{"cid": c, "rid": r} for c, r in links.items() if c in new_ids]
    if fresh:
        # Clients of this transaction, which no other window holds a version of: one
        # statement run for each (a statement a referrer took a second for 6,000 links).
        table = cast(Table, Client.__table__)
        session.execute(
            update(table)
            .where(table.c.id == bindparam("cid"))
            .values(referred_by_id=bindparam("rid")),
            fresh,
        )
    kept = set(
        session.scalars(
            select(ImportBatchItem.client_id).where(
                ImportBatchItem.batch_id == batch_id,
                ImportBatchItem.action == RowAction.MERGE.value,
            )
        )
    )
    # The clients of the base whose referrer changes: read as plain rows first, as a list
    # exported and imported back finds nearly every referrer there already.
    merged = sorted(client_id for client_id in links if client_id not in new_ids)
    changing = [
        client_id
        for client_id, now_by in _referred_by(session, merged)
        if now_by != links[client_id] and (now_by is None or client_id in updated)
    ]
    for client_id in changing:
        card = load_client(session, client_id)
        referrer = links[client_id]
        before = client_input(card)
        card.referred_by_id, card.updated_at = referrer, now
        if client_id not in kept:
            session.add(
                ImportBatchItem(
                    batch_id=batch_id, client_id=client_id, action=RowAction.MERGE.value,
                    before=card_to_json(before),
                )
            )  # fmt: skip
        audit.record(
            session, AuditAction.UPDATE, "client", client_id, summary,
            before=before, after=client_input(card),
        )  # fmt: skip


def _links(rows: Sequence[PlannedRow], client_of_line: dict[int, int]) -> dict[int, int]:
    """Each written client the rows found a referrer for, and that referrer's id."""
    links: dict[int, int] = {}
    for row in rows:
        client = client_of_line.get(row.line)
        if client is None or (row.referrer_line is None and row.referrer_id is None):
            continue
        referrer = (
            client_of_line.get(row.referrer_line)
            if row.referrer_line is not None
            else row.referrer_id
        )
        if referrer is not None and referrer != client:
            links.setdefault(client, referrer)
    return links


def _referred_by(session: Session, ids: list[int]) -> Iterator[tuple[int, int | None]]:
    """Each of these clients still in the base, with whom its card says referred it."""
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        rows = session.execute(select(Client.id, Client.referred_by_id).where(Client.id.in_(chunk)))
        yield from ((client_id, referrer) for client_id, referrer in rows)
