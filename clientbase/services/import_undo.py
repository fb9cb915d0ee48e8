"""Taking an import back, and telling first what the work done since would lose.

An import is often undone days later, when its clients have been given purchases, calls and
reminders or had their cards edited. Removing such a client takes that work with it, and
restoring a merged card drops the edits: so the work is found first (`later_work`), and
those clients can be kept as they are while the rest of the import is taken back.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from clientbase.db.database import Database
from clientbase.db.enums import AuditAction, PurchaseStatus
from clientbase.db.models import (
    Client,
    ImportBatch,
    Interaction,
    Purchase,
    Reminder,
    client_tag,
)
from clientbase.errors import NotFoundError
from clientbase.services import audit
from clientbase.services.client_rows import apply, drop_unused_tags
from clientbase.services.client_snapshot import card_from_json
from clientbase.services.client_validation import validate_client
from clientbase.services.clients import client_input, load_client
from clientbase.services.import_plan import CHUNK, Progress, RowAction
from clientbase.services.purchases import refresh_all_summaries
from clientbase.services.sale_returns import RETURNED
from clientbase.services.settings import Settings

# The items that stand for a client created or merged, not for a purchase or reminder.
_CARD_ACTIONS = frozenset({RowAction.NEW.value, RowAction.MERGE.value})


def later_work(db: Database, batch_id: int, progress: Progress | None = None) -> list[int]:
    """The clients of an import that were worked on after it, in id order: a card edited,
    or, for a client it created, any purchase, call, note or reminder added since."""
    with db.reading() as session:
        batch = session.get(ImportBatch, batch_id)
        if batch is None or batch.undone_at is not None:
            raise NotFoundError("import_batch", batch_id)
        created = {i.client_id for i in batch.items if i.action == RowAction.NEW.value}
        touched = {i.client_id for i in batch.items if i.action in _CARD_ACTIONS}
        # What the import itself gave its clients is no work done since.
        own: dict[type[Purchase | Interaction | Reminder], set[int | None]] = {
            Purchase: {i.purchase_id for i in batch.items if i.purchase_id is not None},
            Interaction: {i.interaction_id for i in batch.items if i.interaction_id is not None},
            Reminder: {i.reminder_id for i in batch.items if i.reminder_id is not None},
        }
        found: set[int] = set()
        ids = sorted(touched)
        for start in range(0, len(ids), CHUNK):
            if progress is not None:
                progress(start, len(ids) + len(created))
            chunk = ids[start : start + CHUNK]
            found.update(
                session.scalars(
                    select(Client.id).where(
                        Client.id.in_(chunk), Client.updated_at > batch.imported_at
                    )
                )
            )
        new_ids = sorted(created)
        for start in range(0, len(new_ids), CHUNK):
            if progress is not None:
                progress(len(ids) + start, len(ids) + len(created))
            chunk = new_ids[start : start + CHUNK]
            for model, made in own.items():
                for owner, record_id in session.execute(
                    select(model.client_id, model.id).where(model.client_id.in_(chunk))
                ):
                    if owner is not None and record_id not in made:
                        found.add(owner)
        return sorted(found)


def undo_import(
    db: Database,
    settings: Settings,
    batch_id: int,
    keep: Collection[int] = (),
    progress: Progress | None = None,
) -> None:
    """Take an import back: its new clients removed, merged clients as they were, its
    purchases deleted; the clients in `keep` (see later_work) stay as they are now, with
    the purchases it gave them. All in one transaction: a Cancel (OperationCancelled from
    `progress`) leaves the base as it was."""
    now = datetime.now().replace(microsecond=0)
    kept = set(keep)
    with db.transaction() as session:
        batch = session.get(ImportBatch, batch_id)
        if batch is None or batch.undone_at is not None:
            raise NotFoundError("import_batch", batch_id)
        added = [
            item
            for item in batch.items
            if item.purchase_id is not None and item.client_id not in kept
        ]
        for start in range(0, len(added), CHUNK):
            chunk = added[start : start + CHUNK]
            session.execute(delete(Purchase).where(Purchase.id.in_([i.purchase_id for i in chunk])))
        # Done or not, the import's reminders and calls go with it, as its purchases do.
        for model, made in (
            (Reminder, [i.reminder_id for i in batch.items if i.client_id not in kept]),
            (Interaction, [i.interaction_id for i in batch.items if i.client_id not in kept]),
        ):
            record_ids = [record_id for record_id in made if record_id is not None]
            for start in range(0, len(record_ids), CHUNK):
                chunk_ids = record_ids[start : start + CHUNK]
                session.execute(delete(model).where(model.id.in_(chunk_ids)))
        returned = _restore_returned(session, batch, kept)
        carded = [i.client_id for i in batch.items if i.action in _CARD_ACTIONS]
        tag_ids = _tags_of(session, [c for c in carded if c is not None and c not in kept])
        items = sorted(batch.items, key=lambda i: i.id, reverse=True)
        for done, item in enumerate(items):
            if progress is not None and done % CHUNK == 0:
                progress(done, len(items))
            if item.client_id in kept or item.action not in _CARD_ACTIONS:
                continue
            try:
                client = load_client(session, item.client_id)
            except NotFoundError:
                continue  # deleted since the import
            if item.action == RowAction.NEW.value:
                audit.record(
                    session,
                    AuditAction.DELETE,
                    "client",
                    client.id,
                    f"undo import {batch_id}",
                    before=client_input(client),
                )
                session.delete(client)
            elif item.before is not None:
                restored = card_from_json(item.before)
                audit.record(
                    session,
                    AuditAction.UPDATE,
                    "client",
                    client.id,
                    f"undo import {batch_id}",
                    before=client_input(client),
                    after=restored,
                )
                apply(session, client, validate_client(restored, settings.phone_region))
                client.updated_at = now
        session.flush()
        if progress is not None:
            progress(len(items), len(items))
        removed = {i.client_id for i in batch.items if i.action == RowAction.NEW.value} - kept
        remaining = sorted(({i.client_id for i in added} | returned) - removed)
        for start in range(0, len(remaining), CHUNK):
            refresh_all_summaries(session, remaining[start : start + CHUNK])
        # The tags the import brought that no client holds now; only those: another window
        # may be giving a client a tag no one has yet.
        drop_unused_tags(session, tag_ids)
        batch.undone_at = now
        summary = f"undo: {batch.file_name}"
        if kept:
            summary += f" ({len(kept)} clients worked on since kept)"
        audit.record(session, AuditAction.DELETE, "import_batch", batch_id, summary)


def _tags_of(session: Session, client_ids: list[int]) -> set[int]:
    """The ids of the tags these clients hold."""
    tag_ids: set[int] = set()
    for start in range(0, len(client_ids), CHUNK):
        chunk = client_ids[start : start + CHUNK]
        held = select(client_tag.c.tag_id).where(client_tag.c.client_id.in_(chunk))
        tag_ids.update(session.scalars(held.distinct()))
    return tag_ids


def _restore_returned(session: Session, batch: ImportBatch, kept: Collection[int]) -> set[int]:
    """The base's sales the import marked returned, as they were; the clients they are of.
    One deleted since stays deleted."""
    clients: set[int] = set()
    for item in batch.items:
        if item.action != RETURNED or item.client_id in kept or item.before is None:
            continue
        sale = session.get(Purchase, item.before["purchase"])
        if sale is not None:
            now = {"status": sale.status.value, "comment": sale.comment}
            sale.status = PurchaseStatus(item.before["status"])
            sale.comment = item.before["comment"]
            clients.add(sale.client_id)
            audit.record(
                session, AuditAction.UPDATE, "purchase", sale.id, f"undo import {batch.id}",
                before=now, after=item.before,
            )  # fmt: skip
    session.flush()
    return clients
