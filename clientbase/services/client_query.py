"""What the clients table shows: search, filters and sorting, read a page at a time.

The table first asks for the ordered ids of every matching client (one indexed query, cheap
even for 100,000 rows), then for the rows of the few pages on screen. That keeps scrolling,
sorting and typing in the search box fast without loading whole clients.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, Select, func, select
from sqlalchemy.orm import Session

from clientbase.db.database import Database, fetch_ids
from clientbase.db.enums import ClientKind, ClientStatus
from clientbase.db.models import Client, Tag, client_tag
from clientbase.db.text_search import apply_search
from clientbase.services.dates import birthday_text
from clientbase.services.segments import (
    Segment,
    SegmentRules,
    Thresholds,
    read_thresholds,
    segment_condition,
)
from clientbase.services.text import search_terms


class SortKey(StrEnum):
    NAME = "name"
    PHONE = "phone"
    EMAIL = "email"
    CITY = "city"
    STATUS = "status"
    BIRTHDAY = "birthday"
    TOTAL_SPENT = "total_spent"
    PURCHASE_COUNT = "purchase_count"
    LAST_PURCHASE = "last_purchase"
    CREATED = "created"


# The clients table's columns in the order it shows them, which its printed list keeps.
TABLE_COLUMNS: tuple[SortKey, ...] = tuple(SortKey)
NUMERIC_COLUMNS = frozenset({SortKey.TOTAL_SPENT, SortKey.PURCHASE_COUNT})


class ConsentFilter(StrEnum):
    ANY = "any"
    GIVEN = "given"
    MISSING = "missing"


class ArchiveFilter(StrEnum):
    ACTIVE = "active"
    ARCHIVED = "archived"
    ALL = "all"


_SORT_COLUMNS: dict[SortKey, tuple[Any, ...]] = {
    SortKey.NAME: (Client.sort_name,),
    SortKey.PHONE: (Client.primary_phone,),
    SortKey.EMAIL: (Client.primary_email,),
    SortKey.CITY: (Client.city, Client.sort_name),
    SortKey.STATUS: (Client.status, Client.sort_name),
    SortKey.BIRTHDAY: (Client.birthday_month, Client.birthday_day),
    SortKey.TOTAL_SPENT: (Client.total_spent,),
    SortKey.PURCHASE_COUNT: (Client.purchase_count, Client.total_spent),
    SortKey.LAST_PURCHASE: (Client.last_purchase,),
    SortKey.CREATED: (Client.created_at,),
}


@dataclass(frozen=True)
class ClientQuery:
    search: str = ""
    status: ClientStatus | None = None
    vip_only: bool = False
    tag: str = ""
    city: str = ""
    birthday_month: int | None = None
    purchased_since: date | None = None
    not_purchased_since: date | None = None
    archive: ArchiveFilter = ArchiveFilter.ACTIVE
    consent: ConsentFilter = ConsentFilter.ANY
    segment: Segment | None = None
    segment_rules: SegmentRules = field(default_factory=SegmentRules)
    sort: SortKey = SortKey.NAME
    descending: bool = False


@dataclass(frozen=True)
class ClientRow:
    id: int
    kind: ClientKind
    display_name: str
    phone: str
    email: str
    city: str
    status: ClientStatus
    is_vip: bool
    birthday: str
    total_spent: Decimal
    purchase_count: int
    last_purchase: date | None
    created_at: datetime
    archived: bool


def _filtered(query: ClientQuery, dialect: str, limits: Thresholds | None) -> Select[Any]:
    statement: Select[Any] = select(Client.id)
    if query.segment is not None and limits is not None:
        statement = statement.where(segment_condition(query.segment, limits, dialect))
    if query.archive is ArchiveFilter.ACTIVE:
        statement = statement.where(Client.archived_at.is_(None))
    elif query.archive is ArchiveFilter.ARCHIVED:
        statement = statement.where(Client.archived_at.is_not(None))
    statement = apply_search(
        statement,
        Client,
        Client.id,
        Client.search_text,
        Client.sort_name,
        search_terms(query.search),
        dialect,
    )
    if query.status is not None:
        statement = statement.where(Client.status == query.status)
    if query.vip_only:
        statement = statement.where(Client.is_vip.is_(True))
    if query.consent is ConsentFilter.GIVEN:
        statement = statement.where(Client.marketing_consent.is_(True))
    elif query.consent is ConsentFilter.MISSING:
        statement = statement.where(Client.marketing_consent.is_not(True))
    if query.tag:
        tagged = (
            select(client_tag.c.client_id)
            .join(Tag, Tag.id == client_tag.c.tag_id)
            .where(Tag.name == query.tag)
        )
        statement = statement.where(Client.id.in_(tagged))
    if query.city:
        statement = statement.where(Client.city == query.city)
    if query.birthday_month is not None:
        statement = statement.where(Client.birthday_month == query.birthday_month)
    if query.purchased_since is not None:
        statement = statement.where(Client.last_purchase >= query.purchased_since)
    if query.not_purchased_since is not None:
        # Never bought counts as «not since»: those are exactly the clients to call.
        statement = statement.where(
            (Client.last_purchase < query.not_purchased_since) | Client.last_purchase.is_(None)
        )
    return statement


def find_client_ids(db: Database, query: ClientQuery, limit: int | None = None) -> list[int]:
    """Ids of the clients that match, in the order the table shows them (the first `limit`)."""
    limits = None
    if query.segment is not None:
        limits = read_thresholds(db, date.today(), query.segment_rules)
    dialect = db.engine.dialect.name
    statement = _filtered(query, dialect, limits)
    columns = (*_SORT_COLUMNS[query.sort], Client.id)
    order: list[Any] = [c.desc() for c in columns] if query.descending else list(columns)
    if dialect == "postgresql":
        # SQLite counts an empty value as the smallest, PostgreSQL as the largest: clients who
        # never bought stay at the bottom of «last purchase, newest first» on both. (SQLite
        # is not told, so it keeps reading the order from its indexes.)
        order = [o.nulls_last() if query.descending else o.nulls_first() for o in order]
    statement = statement.order_by(*order)
    if limit is not None:
        statement = statement.limit(limit)
    with db.reading() as session:
        return fetch_ids(session, statement)


def with_consent(db: Database, ids: list[int]) -> list[int]:
    """The clients of `ids` who agreed to receive messages, in the order given."""
    agreed = _ids_among(db, ids, Client.marketing_consent.is_(True))
    return [client_id for client_id in ids if client_id in agreed]


def archived_among(db: Database, ids: list[int]) -> set[int]:
    """The clients of `ids` who are in the archive; at once none in a base without any."""
    with db.reading() as session:
        if not session.scalar(select(Client.id).where(Client.archived_at.is_not(None)).limit(1)):
            return set()
    return _ids_among(db, ids, Client.archived_at.is_not(None))


def _ids_among(db: Database, ids: list[int], condition: ColumnElement[bool]) -> set[int]:
    found: set[int] = set()
    with db.reading() as session:
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            found.update(session.scalars(select(Client.id).where(Client.id.in_(chunk), condition)))
    return found


def load_rows(db: Database, ids: list[int]) -> list[ClientRow]:
    """The table rows of these clients, in the order of the ids given."""
    if not ids:
        return []
    with db.reading() as session:
        return _load_rows(session, ids)


def _load_rows(session: Session, ids: list[int]) -> list[ClientRow]:
    found = session.execute(
        select(
            Client.id,
            Client.kind,
            Client.display_name,
            Client.primary_phone,
            Client.primary_email,
            Client.city,
            Client.status,
            Client.is_vip,
            Client.birthday_day,
            Client.birthday_month,
            Client.birthday_year,
            Client.total_spent,
            Client.purchase_count,
            Client.last_purchase,
            Client.created_at,
            Client.archived_at,
        ).where(Client.id.in_(ids))
    ).all()
    by_id = {
        r.id: ClientRow(
            id=r.id,
            kind=r.kind,
            display_name=r.display_name,
            phone=r.primary_phone,
            email=r.primary_email,
            city=r.city,
            status=r.status,
            is_vip=r.is_vip,
            birthday=birthday_text(r.birthday_day, r.birthday_month, r.birthday_year),
            total_spent=r.total_spent,
            purchase_count=r.purchase_count,
            last_purchase=r.last_purchase,
            created_at=r.created_at,
            archived=r.archived_at is not None,
        )
        for r in found
    }
    # A client deleted since the ids were read is simply left out.
    return [by_id[i] for i in ids if i in by_id]


def count_clients(db: Database, archived: bool = False) -> int:
    with db.reading() as session:
        condition = Client.archived_at.is_not(None) if archived else Client.archived_at.is_(None)
        return session.scalar(select(func.count(Client.id)).where(condition)) or 0


def client_choices(
    db: Database, text: str, leave_out: int | None = None, limit: int = 20
) -> list[tuple[int, str]]:
    """The clients a name or phone typed finds, to pick one from (a card's «Рекомендовал(а)»):
    each id with its name, and its phone or e-mail after it, which tells namesakes apart.
    Archived clients too; `leave_out`, the card's own client, not."""
    query = ClientQuery(search=text, archive=ArchiveFilter.ALL)
    ids = [i for i in find_client_ids(db, query, limit + 1) if i != leave_out][:limit]
    return [
        (row.id, ", ".join(part for part in (row.display_name, row.phone or row.email) if part))
        for row in load_rows(db, ids)
    ]
