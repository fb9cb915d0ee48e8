"""The export's «Кто порекомендовал»: whom each client was referred by, written so that the
import finds that client again (see import_referrers)."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import aliased

from clientbase.db.database import Database
from clientbase.db.models import Client

_CHUNK = 500  # the ids of one «IN (…)», well within what SQLite and PostgreSQL take


def referrers_among(db: Database, ids: list[int]) -> dict[int, str]:
    """Of the clients of `ids`, whom each was referred by: the referrer's name, and the
    first phone (or else e-mail) after it where another client has that name too
    («Белова Анна, +7 916 000-00-03»), which is what tells namesakes apart. At once
    nothing in a base where no one was referred."""
    with db.reading() as session:
        if not session.scalar(select(Client.id).where(Client.referred_by_id.is_not(None)).limit(1)):
            return {}
        referrer = aliased(Client)
        read = select(
            Client.id,
            referrer.display_name,
            referrer.sort_name,
            referrer.primary_phone,
            referrer.primary_email,
        ).join(referrer, Client.referred_by_id == referrer.id)
        found: list[tuple[int, str, str, str]] = []
        for start in range(0, len(ids), _CHUNK):
            chunk = ids[start : start + _CHUNK]
            found += [
                (i, name, sorted_as, phone or email)
                for i, name, sorted_as, phone, email in session.execute(
                    read.where(Client.id.in_(chunk))
                )
            ]
        namesakes = set(
            session.scalars(
                select(Client.sort_name).group_by(Client.sort_name).having(func.count() > 1)
            )
        )
    return {
        client: f"{name}, {contact}" if sorted_as in namesakes and contact else name
        for client, name, sorted_as, contact in found
    }
