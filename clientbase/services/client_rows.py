"""A validated card as database rows: the client's columns (derived ones included) and its
phones, e-mails, messengers, contact persons and tags.

One function computes them, used both for the ORM (a card saved in the window) and for bulk
inserts (an import of 100,000 rows), so the two can never disagree.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import delete, exists, select
from sqlalchemy.orm import Session

from clientbase.db.bulk import bulk_insert, insert_with_ids
from clientbase.db.enums import ClientKind
from clientbase.db.models import Client, ContactPerson, Email, Messenger, Phone, Tag, client_tag
from clientbase.services.client_validation import ValidClient
from clientbase.services.phones import display_phone, searchable_digits
from clientbase.services.text import fold

PLAIN_FIELDS = (
    "kind",
    "region",
    "city",
    "street",
    "postcode",
    "preferred_channel",
    "call_time",
    "status",
    "is_vip",
    "source",
    "referred_by_id",
    "responsible",
    "discount_percent",
    "loyalty_card",
    "client_code",
    "notes",
    "marketing_consent",
    "marketing_consent_date",
    "inn",
    "kpp",
    "ogrn",
    "bank_name",
    "bank_bik",
    "bank_account",
    "correspondent_account",
)
TRIMMED_FIELDS = ("last_name", "first_name", "middle_name", "organization")


def display_name(kind: ClientKind, last: str, first: str, middle: str, organization: str) -> str:
    if kind is ClientKind.COMPANY:
        return organization.strip()
    return " ".join(part for part in (last.strip(), first.strip(), middle.strip()) if part)


@dataclass
class ClientRows:
    columns: dict[str, Any]
    phones: list[dict[str, Any]]
    emails: list[dict[str, Any]]
    messengers: list[dict[str, Any]]
    contacts: list[dict[str, Any]]
    tags: list[str]


def client_rows(valid: ValidClient) -> ClientRows:
    data = valid.data
    columns: dict[str, Any] = {name: getattr(data, name).strip() for name in TRIMMED_FIELDS}
    for name in PLAIN_FIELDS:
        value = getattr(data, name)
        columns[name] = value.strip() if type(value) is str else value
    birthday = valid.birthday
    columns["birthday_day"] = birthday.day if birthday else None
    columns["birthday_month"] = birthday.month if birthday else None
    columns["birthday_year"] = birthday.year if birthday else None
    phones: list[dict[str, Any]] = [
        {"position": i, "raw": p.raw, "e164": p.e164, "label": p.label}
        for i, p in enumerate(valid.phones)
    ]
    emails: list[dict[str, Any]] = [
        {"position": i, "address": address, "label": label}
        for i, (address, label) in enumerate(valid.emails)
    ]
    messengers: list[dict[str, Any]] = [
        {"kind": m.kind, "handle": m.handle.strip()} for m in data.messengers if m.handle.strip()
    ]
    contacts: list[dict[str, Any]] = [
        {
            "name": c.name,
            "position": c.position,
            "phone": c.phone,
            "phone_e164": c.phone_e164,
            "email": c.email,
            "birthday_day": c.birthday.day if c.birthday else None,
            "birthday_month": c.birthday.month if c.birthday else None,
            "birthday_year": c.birthday.year if c.birthday else None,
        }
        for c in valid.contacts
    ]
    name = display_name(
        data.kind, columns["last_name"], columns["first_name"], columns["middle_name"],
        columns["organization"],
    )  # fmt: skip
    columns["display_name"] = name
    columns["sort_name"] = fold(name)
    columns["primary_phone"] = display_phone(valid.phones[0].e164) if valid.phones else ""
    columns["primary_email"] = valid.emails[0][0] if valid.emails else ""
    parts = [
        name,
        columns["organization"],
        columns["city"],
        columns["region"],
        columns["street"],
        columns["notes"],
        columns["loyalty_card"],
        columns["client_code"],
        columns["inn"],
        *(e["address"] for e in emails),
        *(m["handle"] for m in messengers),
        *valid.tags,
        *(c["name"] for c in contacts),
        *(p["raw"] for p in phones),
        *(searchable_digits(p["e164"]) for p in phones),
        *(searchable_digits(c["phone_e164"]) for c in contacts if c["phone_e164"]),
    ]
    # A separator no one types keeps a term from matching across two fields.
    columns["search_text"] = fold("\x1f".join(part for part in parts if part))
    return ClientRows(columns, phones, emails, messengers, contacts, list(valid.tags))


def tags_by_name(session: Session, names: Sequence[str]) -> dict[str, Tag]:
    """The tags of these names (case-insensitive), created where missing; cached per session
    so that a bulk load asks for them once, not once per client."""
    existing: dict[str, Tag] | None = session.info.get("tags_by_name")
    if existing is None:
        with session.no_autoflush:
            existing = {t.name.casefold(): t for t in session.scalars(select(Tag))}
        session.info["tags_by_name"] = existing
    for name in names:
        if name.casefold() not in existing:
            tag = Tag(name=name)
            session.add(tag)
            existing[name.casefold()] = tag
    return existing


def drop_unused_tags(session: Session, among: Collection[int]) -> None:
    """Remove those of the tags `among` (ids) that no client holds any longer: after an
    import undone or a client deleted, a tag only they had («Клиенты 2024», a sheet's
    heading) is gone, not offered in the filter."""
    if not among:
        return
    session.flush()
    unused = ~exists().where(client_tag.c.tag_id == Tag.id)
    ids = list(among)
    for start in range(0, len(ids), _TAG_CHUNK):
        chunk = ids[start : start + _TAG_CHUNK]
        session.execute(
            delete(Tag)
            .where(unused, Tag.id.in_(chunk))
            .execution_options(synchronize_session=False)
        )
    session.info.pop("tags_by_name", None)


_TAG_CHUNK = 500  # ids a statement names, well within SQLite's limit of bound values


def apply(session: Session, client: Client, valid: ValidClient) -> None:
    """Write a validated card onto a client object, with its lists and derived columns."""
    rows = client_rows(valid)
    for name, value in rows.columns.items():
        setattr(client, name, value)
    # A list the card leaves as it was keeps its rows: replaced, each would be deleted and
    # inserted again, which made an import merging into thousands of clients take minutes.
    if not _same(client.phones, rows.phones):
        client.phones = [Phone(**row) for row in rows.phones]
    if not _same(client.emails, rows.emails):
        client.emails = [Email(**row) for row in rows.emails]
    if not _same(client.messengers, rows.messengers):
        client.messengers = [Messenger(**row) for row in rows.messengers]
    if not _same(client.contact_persons, rows.contacts):
        client.contact_persons = [ContactPerson(**row) for row in rows.contacts]
    if [tag.name for tag in client.tags] != rows.tags:
        tags = tags_by_name(session, rows.tags)
        client.tags = [tags[name.casefold()] for name in rows.tags]


def _same(children: Sequence[object], rows: Sequence[dict[str, object]]) -> bool:
    """Whether stored rows of a card's list hold these values, in this order."""
    return len(children) == len(rows) and all(
        getattr(child, key) == value
        for child, row in zip(children, rows, strict=True)
        for key, value in row.items()
    )


def insert_clients(
    session: Session,
    valids: Sequence[ValidClient],
    now: datetime,
    since: Sequence[date | None] = (),
) -> list[int]:
    """Insert many new clients with plain INSERTs (no ORM objects); return their ids in order.
    `since`: for each client, the day the shop took it on, if earlier than today («Добавлен»).

    About ten times faster than `apply` per client, for imports of whole sheets. The
    inserts name the tables, not the classes, to skip the ORM's per-row bulk bookkeeping.
    """
    if not valids:
        return []
    all_rows = [client_rows(valid) for valid in valids]
    tags = tags_by_name(session, sorted({n for rows in all_rows for n in rows.tags}))
    session.flush()
    for rows in all_rows:  # its own dicts, made above: no copy needed
        rows.columns["created_at"] = rows.columns["updated_at"] = now
    for rows, day in zip(all_rows, since or [None] * len(all_rows), strict=True):
        if day is not None:
            rows.columns["created_at"] = datetime.combine(day, time())
    ids = insert_with_ids(session, Client, [rows.columns for rows in all_rows])
    for model, key in ((Phone, "phones"), (Email, "emails"), (Messenger, "messengers")):
        children = [
            {**child, "client_id": client_id}
            for client_id, rows in zip(ids, all_rows, strict=True)
            for child in getattr(rows, key)
        ]
        bulk_insert(session, model, children)
    people = [
        {**person, "client_id": client_id}
        for client_id, rows in zip(ids, all_rows, strict=True)
        for person in rows.contacts
    ]
    bulk_insert(session, ContactPerson, people)
    links = [
        {"client_id": client_id, "tag_id": tags[name.casefold()].id}
        for client_id, rows in zip(ids, all_rows, strict=True)
        for name in rows.tags
    ]
    bulk_insert(session, client_tag, links)
    return ids
