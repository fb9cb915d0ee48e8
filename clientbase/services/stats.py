"""Counts of what the base holds, for `clientbase-cli stats` and the status bar."""

from __future__ import annotations

from sqlalchemy import func, select

from clientbase.db.database import Database
from clientbase.db.models import AuditEntry, Client, Interaction, Purchase, Reminder


def base_stats(db: Database) -> dict[str, int]:
    with db.reading() as session:
        stats = {
            "clients": session.scalar(
                select(func.count(Client.id)).where(Client.archived_at.is_(None))
            ),
            "archived_clients": session.scalar(
                select(func.count(Client.id)).where(Client.archived_at.is_not(None))
            ),
            "purchases": session.scalar(select(func.count(Purchase.id))),
            "interactions": session.scalar(select(func.count(Interaction.id))),
            "reminders": session.scalar(select(func.count(Reminder.id))),
            "open_reminders": session.scalar(
                select(func.count(Reminder.id)).where(Reminder.done_at.is_(None))
            ),
            "audit_entries": session.scalar(select(func.count(AuditEntry.id))),
        }
        return {name: value or 0 for name, value in stats.items()}


def schema_version(db: Database) -> str:
    """The schema revision the open base is at (the Alembic revision, e.g. «0009»)."""
    from clientbase.db.migrate import current_revision

    return current_revision(db.engine) or ""
