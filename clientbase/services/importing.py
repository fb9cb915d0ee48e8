"""Writing an import plan in one transaction as one batch, undoing it, and its history."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from datetime import date, datetime
from typing import Any, TypeVar

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from clientbase.db.bulk import bulk_insert, bulk_load, insert_with_ids
from clientbase.db.database import Database
from clientbase.db.enums import AuditAction, PurchaseStatus, Recurrence
from clientbase.db.models import (
    AuditEntry,
    Client,
    ImportBatch,
    ImportBatchItem,
    Interaction,
    Purchase,
    Reminder,
)
from clientbase.errors import NotFoundError
from clientbase.services import audit
from clientbase.services.client_data import ClientInput
from clientbase.services.client_rows import apply, insert_clients
from clientbase.services.client_snapshot import card_to_json
from clientbase.services.client_validation import ValidClient, validate_client
from clientbase.services.clients import client_input, load_client, load_clients
from clientbase.services.import_mappings import remember_mapping
from clientbase.services.import_plan import (
    CHUNK,
    ImportPlan,
    Progress,
    RowAction,
)
from clientbase.services.import_referrers import write_referrers
from clientbase.services.planned_rows import PlannedRow, one_purchase
from clientbase.services.purchases import PurchaseInput, insert_purchases, refresh_all_summaries
from clientbase.services.record_words import RecordWords
from clientbase.services.sale_returns import RETURNED, returned_comment
from clientbase.services.settings import Settings


def commit_import(
    db: Database, settings: Settings, plan: ImportPlan, progress: Progress | None = None
) -> int:
    """Write the plan in one transaction as one import batch; return the batch id.

    Any failure rolls everything back: the base is as it was before the import.
    """
    region = settings.phone_region
    words = RecordWords(plan.language)
    now = datetime.now().replace(microsecond=0)
    summary = f"import: {plan.file_name}"
    rows = [r for r in plan.rows if r.action in (RowAction.NEW, RowAction.MERGE) and r.data]
    with db.transaction() as session:
        batch = ImportBatch(
            file_name=plan.file_name,
            sheet=plan.sheet,
            imported_at=now,
            counts=plan.counts(),
            digest=plan.digest,
        )
        session.add(batch)
        session.flush()
        batch_id = batch.id
        remember_mapping(session, plan.headers, plan.mapping)
        created: list[tuple[int, ValidClient]] = []
        since: list[date | None] = []
        client_of_line: dict[int, int] = {}

        def write_created() -> None:
            # New clients go in with plain multi-row INSERTs, about ten times faster than
            # ORM objects; merges are few and take the ORM path below.
            ids = insert_clients(session, [valid for _, valid in created], now, since)
            client_of_line.update(zip([line for line, _ in created], ids, strict=True))
            bulk_insert(
                session,
                ImportBatchItem,
                [{"batch_id": batch_id, "client_id": i, "action": "new"} for i in ids],
            )
            bulk_insert(
                session,
                AuditEntry,
                [
                    audit.entry(AuditAction.CREATE, "client", i, summary, after=valid.data)
                    for i, (_, valid) in zip(ids, created, strict=True)
                ],
            )
            created.clear()
            since.clear()

        # The base's clients the rows merge into, read a chunk at a time: the sheet imported
        # again merges nearly every row, and one client read at a time took minutes.
        # A merge the plan found to change nothing (the same sheet imported again) is not
        # read again: only that its client is still there.
        loaded: dict[int, Client] = {}
        merging = [row for row in rows if row.action is RowAction.MERGE]
        changing = [row.client_id for row in merging if not row.unchanged]
        _still_there(session, {row.client_id for row in merging if row.unchanged})
        merged_rows = read_rows = changed = updated = 0
        with bulk_load(session):
            for done, row in enumerate(rows, start=1):
                assert row.data is not None
                if row.action is RowAction.NEW:
                    created.append((row.line, row.valid or validate_client(row.data, region)))
                    since.append(row.since)
                else:
                    assert row.client_id is not None
                    client_of_line[row.line] = row.client_id
                    merged_rows += 1
                    if row.unchanged:
                        continue
                    if row.client_id not in loaded:
                        chunk = changing[read_rows : read_rows + CHUNK]
                        loaded = load_clients(session, sorted({i for i in chunk if i}))
                    read_rows += 1
                    # Deleted in another window since the plan was made: named, all rolled back.
                    client = loaded.get(row.client_id) or load_client(session, row.client_id)
                    before = client_input(client)
                    after = plan.card_after(row, before, region, words)
                    if _merge(session, client, before, after, region, batch_id, now, summary):
                        changed += 1
                        updated += row.updates
                if len(created) >= CHUNK:
                    write_created()
                if progress is not None and (done % CHUNK == 0 or done == len(rows)):
                    progress(done, len(rows))
            write_created()
            _archive_new(session, plan, client_of_line, now, summary)
            _write_purchases(session, plan, client_of_line, batch_id, now, summary)
            _return_base_sales(session, plan, batch_id, summary, words)
            reminders = _write_reminders(session, plan, client_of_line, batch_id, now, summary)
            calls = _write_calls(session, plan, client_of_line, batch_id, summary)
            write_referrers(session, plan.rows, client_of_line, batch_id, now, summary)
        # The history tells what was done: a reminder or call the base had already is not
        # counted, nor a merge that changed nothing.
        batch.counts = {
            **batch.counts, "reminders": reminders, "calls": calls, "merge": changed,
            "unchanged": merged_rows - changed, "update": updated,
        }  # fmt: skip
        audit.record(
            session, AuditAction.CREATE, "import_batch", batch_id, summary, after=batch.counts
        )
        return batch_id


def _still_there(session: Session, client_ids: set[int | None]) -> None:
    """NotFoundError for a client of these deleted in another window since the plan."""
    wanted = sorted(i for i in client_ids if i is not None)
    for start in range(0, len(wanted), CHUNK):
        chunk = wanted[start : start + CHUNK]
        found = set(session.scalars(select(Client.id).where(Client.id.in_(chunk))))
        if missing := [i for i in chunk if i not in found]:
            raise NotFoundError("client", missing[0])


def _merge(
    session: Session,
    client: Client,
    before: ClientInput,
    merged: ClientInput,
    region: str,
    batch_id: int,
    now: datetime,
    summary: str,
) -> bool:
    """A row merged into a client of the base (`merged`: the card it makes of `before`, see
    ImportPlan.card_after), what the card was kept for undo; whether it changed the card.
    A row that brings nothing the card has not (the same sheet imported again) changes
    nothing, and leaves nothing to undo."""
    if merged == before:
        return False
    apply(session, client, validate_client(merged, region))
    client.updated_at = now
    session.add(
        ImportBatchItem(
            batch_id=batch_id,
            client_id=client.id,
            action=RowAction.MERGE.value,
            before=card_to_json(before),
        )
    )
    audit.record(
        session, AuditAction.UPDATE, "client", client.id, summary, before=before, after=merged,
    )  # fmt: skip
    return True


def _archive_new(
    session: Session, plan: ImportPlan, client_of_line: dict[int, int], now: datetime, summary: str
) -> None:
    """The new clients the sheet marks archived go straight to the archive, as the shop's
    earlier program kept them; a client of the base merged with such a row stays as it is."""
    ids = [
        client_of_line[row.line]
        for row in plan.rows
        if row.archived and row.action is RowAction.NEW and row.line in client_of_line
    ]
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        session.execute(update(Client).where(Client.id.in_(chunk)).values(archived_at=now))
    bulk_insert(
        session, AuditEntry, [audit.entry(AuditAction.ARCHIVE, "client", i, summary) for i in ids]
    )


T = TypeVar("T")


def _of_clients(
    plan: ImportPlan,
    client_of_line: dict[int, int],
    things_of: Callable[[PlannedRow], Sequence[T]],
) -> tuple[list[tuple[int, T]], list[int]]:
    """What each written client's row gives it (a reminder, calls), by client id; and the
    clients of the base among them, whose own may be there already (the sheet imported
    again)."""
    wanted: list[tuple[int, T]] = []
    in_base: set[int] = set()
    for row in plan.event_rows():
        client_id = client_of_line.get(row.line, row.client_id)
        things = things_of(row)
        if client_id is not None and things:
            wanted += [(client_id, thing) for thing in things]
            if row.action is not RowAction.NEW:
                in_base.add(client_id)
    return wanted, sorted(in_base)


def _of_base(
    session: Session, columns: tuple[Any, ...], client_ids: list[int], *conditions: Any
) -> Iterator[Any]:
    """These columns of the clients' reminders or history (the first column is the client's
    id), read a chunk of clients at a time."""
    for start in range(0, len(client_ids), CHUNK):
        chunk = client_ids[start : start + CHUNK]
        yield from session.execute(select(*columns).where(columns[0].in_(chunk), *conditions))


def _write_reminders(
    session: Session,
    plan: ImportPlan,
    client_of_line: dict[int, int],
    batch_id: int,
    now: datetime,
    summary: str,
) -> int:
    """A «Перезвонить» or «Следующий визит» column's days as reminders, a «Годовщина
    свадьбы» as a yearly one, and the visits booked on a sales sheet. A client of the base
    that has a reminder of that title open on that day already (the sheet imported again)
    is not given another.
    Returns how many were added."""
    wanted, in_base = _of_clients(
        plan,
        client_of_line,
        lambda row: row.reminders(),
    )
    open_days = {
        _reminder_day(client_id, due_at, recurrence, title)
        for client_id, due_at, recurrence, title in _of_base(
            session,
            (Reminder.client_id, Reminder.due_at, Reminder.recurrence, Reminder.title),
            in_base,
            Reminder.done_at.is_(None),
        )
    }
    added = [
        (c, r)
        for c, r in wanted
        if _reminder_day(c, r.due_at, r.recurrence, r.title) not in open_days
    ]
    rows = [
        {
            "client_id": client_id, "due_at": reminder.due_at, "kind": reminder.kind,
            "title": reminder.title, "note": reminder.note, "recurrence": reminder.recurrence,
            "created_at": now,
        }
        for client_id, reminder in added
    ]  # fmt: skip
    ids = insert_with_ids(session, Reminder, rows)
    _record_added(
        session, batch_id, summary, "reminder",
        [(i, c, {"title": r.title, "due_at": r.due_at.isoformat(), "client_id": c})
         for i, (c, r) in zip(ids, added, strict=True)],
    )  # fmt: skip
    return len(ids)


def _reminder_day(
    client_id: int, due_at: datetime, recurrence: Recurrence, title: str
) -> tuple[object, ...]:
    """What makes two reminders of a client one: their title and day, or a yearly one's day
    of the year (the same sheet imported a year on gives its anniversary's next coming).
    By the day alone, a booking had been dropped where the client had a call to make that
    day, or another booking (a salon's «Окрашивание» and «Укладка» at one visit)."""
    if recurrence is Recurrence.YEARLY:
        return client_id, recurrence, due_at.month, due_at.day, title
    return client_id, due_at.date(), title


def _write_calls(
    session: Session,
    plan: ImportPlan,
    client_of_line: dict[int, int],
    batch_id: int,
    summary: str,
) -> int:
    """The last calls and visits a sheet records, into the clients' history. An entry a
    client of the base has in its history already, on that day and with that text (the sheet
    imported again), is not added twice. Returns how many were added."""
    wanted, in_base = _of_clients(plan, client_of_line, lambda row: row.calls)
    known = {
        (client_id, happened_at.date(), text)
        for client_id, happened_at, text in _of_base(
            session, (Interaction.client_id, Interaction.happened_at, Interaction.text), in_base
        )
    }
    added = [
        (c, call) for c, call in wanted if (c, call.happened_at.date(), call.text) not in known
    ]
    rows = [
        {"client_id": c, "happened_at": call.happened_at, "kind": call.kind,
         "text": call.text, "outcome": ""}
        for c, call in added
    ]  # fmt: skip
    ids = insert_with_ids(session, Interaction, rows)
    _record_added(
        session, batch_id, summary, "interaction",
        [(i, c, {"kind": call.kind.value, "happened_at": call.happened_at.isoformat(),
                 "text": call.text})
         for i, (c, call) in zip(ids, added, strict=True)],
    )  # fmt: skip
    return len(ids)


def _record_added(
    session: Session,
    batch_id: int,
    summary: str,
    entity: str,
    records: Sequence[tuple[int, int, object]],
) -> None:
    """The batch's items and the audit's entries for what an import added to its clients:
    (id, client id, what it is) each. `entity`, "purchase", "reminder" or "interaction", is
    the item's action and names its id's column, by which undo takes it back."""
    bulk_insert(
        session,
        ImportBatchItem,
        [
            {"batch_id": batch_id, "client_id": c, f"{entity}_id": i, "action": entity}
            for i, c, _ in records
        ],
    )
    bulk_insert(
        session,
        AuditEntry,
        [audit.entry(AuditAction.CREATE, entity, i, summary, after=what) for i, _, what in records],
    )


def _return_base_sales(
    session: Session, plan: ImportPlan, batch_id: int, summary: str, words: RecordWords
) -> None:
    """Cancel the base's sales the sheet's returns take back (see sale_returns), what each
    was kept for undo. One cancelled already (the book imported again) is left alone; one
    deleted since the plan fails the import, named."""
    clients: set[int] = set()
    for returned in [row.returned_sale for row in plan.rows if row.returned_sale is not None]:
        sale = session.get(Purchase, returned.purchase_id)
        if sale is None:
            raise NotFoundError("purchase", returned.purchase_id)
        if sale.status is PurchaseStatus.CANCELLED:
            continue
        before = {"purchase": sale.id, "status": sale.status.value, "comment": sale.comment}
        sale.status = PurchaseStatus.CANCELLED
        sale.comment = returned_comment(sale.comment, returned.returned_on, words)
        session.add(
            ImportBatchItem(
                batch_id=batch_id, client_id=sale.client_id, action=RETURNED, before=before
            )
        )
        audit.record(
            session, AuditAction.UPDATE, "purchase", sale.id, summary, before=before,
            after={"status": sale.status.value, "comment": sale.comment},
        )  # fmt: skip
        clients.add(sale.client_id)
    if clients:
        session.flush()
        refresh_all_summaries(session, sorted(clients))


def _write_purchases(
    session: Session,
    plan: ImportPlan,
    client_of_line: dict[int, int],
    batch_id: int,
    now: datetime,
    summary: str,
) -> None:
    """Add the purchases of an orders sheet to the clients their rows were resolved to."""
    purchases: list[tuple[int, PurchaseInput]] = []
    for owner, parts in plan.purchase_groups():
        # Its row's client as written; a duplicate skipped as a client keeps its purchase.
        client_id = client_of_line.get(owner.line, owner.client_id)
        if client_id is None:
            continue
        purchases.append((client_id, one_purchase(parts)))
    ids = insert_purchases(session, purchases, now)
    _record_added(
        session, batch_id, summary, "purchase",
        [(p, c, data) for p, (c, data) in zip(ids, purchases, strict=True)],
    )  # fmt: skip
    clients = sorted({client_id for client_id, _ in purchases})
    for start in range(0, len(clients), CHUNK):
        refresh_all_summaries(session, clients[start : start + CHUNK])
