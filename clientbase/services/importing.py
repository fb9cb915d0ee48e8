"""Importing clients from a sheet: plan every row first, then write all of it or nothing.

read file → header row → column mapping → each row to a card → duplicates inside the file
and against the base → a plan with counts and named problems → one transaction, recorded as
an import batch that can be undone as a whole.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from copy import deepcopy
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path

from rapidfuzz import fuzz
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from clientbase.db.bulk import bulk_insert
from clientbase.db.database import Database
from clientbase.db.enums import AuditAction
from clientbase.db.models import (
    AuditEntry,
    Client,
    Email,
    ImportBatch,
    ImportBatchItem,
    Phone,
    Purchase,
)
from clientbase.errors import ImportFileError, NotFoundError, Problem, ValidationError
from clientbase.exchange.header import Target, find_header_row, propose_mapping
from clientbase.exchange.table_file import TableData, read_table
from clientbase.exchange.values import text_of
from clientbase.services import audit
from clientbase.services.client_data import ClientInput
from clientbase.services.client_merge import merge_cards
from clientbase.services.client_rows import apply, display_name, insert_clients
from clientbase.services.client_snapshot import card_from_json, card_to_json
from clientbase.services.client_validation import ValidClient, validate_client
from clientbase.services.clients import client_input, load_client
from clientbase.services.import_mappings import remember_mapping, remembered_mapping
from clientbase.services.import_purchases import read_purchase
from clientbase.services.import_rows import CellProblem, read_row
from clientbase.services.purchases import PurchaseInput, insert_purchases, refresh_all_summaries
from clientbase.services.settings import Settings
from clientbase.services.text import fold

Progress = Callable[[int, int], None]
SIMILAR_NAME = 90  # rapidfuzz ratio from which two names with one birthday are one person
SAMPLE_ROWS = 200
CHUNK = 500


class DuplicateRule(StrEnum):
    MERGE = "merge"
    SKIP = "skip"
    KEEP = "keep"


class RowAction(StrEnum):
    NEW = "new"
    MERGE = "merge"  # into a client already in the base
    MERGE_IN_FILE = "merge_in_file"  # into an earlier row of the same file
    SKIP = "skip"
    ERROR = "error"


@dataclass
class PlannedRow:
    line: int
    action: RowAction
    data: ClientInput | None
    problems: list[CellProblem] = field(default_factory=list)
    client_id: int | None = None  # the base client merged into or duplicated
    same_as_line: int | None = None  # the earlier row merged into
    reason: str = ""
    # The checked card, kept so the commit does not validate it again; dropped on a merge.
    valid: ValidClient | None = None
    # On an orders sheet: the purchase this row records for its client.
    purchase: PurchaseInput | None = None


@dataclass
class ImportPlan:
    file_name: str
    sheet: str
    header_line: int
    headers: list[str]
    mapping: list[Target]
    rows: list[PlannedRow]

    def counts(self) -> dict[str, int]:
        actions = Counter(row.action.value for row in self.rows)
        counts = {"rows": len(self.rows)}
        counts.update({action.value: actions.get(action.value, 0) for action in RowAction})
        counts["problems"] = sum(len(row.problems) for row in self.rows)
        counts["purchases"] = sum(1 for row in self.rows if _purchase_kept(row))
        return counts

    def problems(self) -> list[CellProblem]:
        return [p for row in self.rows for p in row.problems]


@dataclass(frozen=True)
class BatchSummary:
    id: int
    file_name: str
    sheet: str
    imported_at: datetime
    counts: dict[str, int]
    undone_at: datetime | None


def _purchase_kept(row: PlannedRow) -> bool:
    """A row's purchase is imported whenever its client is known or created."""
    if row.purchase is None:
        return False
    return row.action is not RowAction.ERROR and (
        row.action is not RowAction.SKIP or row.client_id is not None
    )


class _BaseIndex:
    """Who is already in the base, by normalized phone, e-mail, birthday (and name)."""

    def __init__(self, db: Database, by_name: bool = False) -> None:
        with db.reading() as session:
            active = Client.archived_at.is_(None)
            # Orders sheets often name the client only; a name that two clients share
            # matches neither.
            self.names: dict[str, int | None] = {}
            if by_name:
                for client_id, name in session.execute(
                    select(Client.id, Client.sort_name).where(active)
                ):
                    self.names[name] = None if name in self.names else client_id
            self.phones: dict[str, int] = {
                e164: client_id
                for e164, client_id in session.execute(
                    select(Phone.e164, Phone.client_id).join(Client).where(active)
                )
            }
            self.emails: dict[str, int] = {
                address: client_id
                for address, client_id in session.execute(
                    select(Email.address, Email.client_id).join(Client).where(active)
                )
            }
            self.by_birthday: dict[tuple[int, int, int], list[tuple[int, str]]] = {}
            for client_id, day, month, year, name in session.execute(
                select(
                    Client.id, Client.birthday_day, Client.birthday_month, Client.birthday_year,
                    Client.sort_name,
                ).where(active, Client.birthday_year.is_not(None))
            ):  # fmt: skip
                if day is not None and month is not None and year is not None:
                    self.by_birthday.setdefault((day, month, year), []).append((client_id, name))


class _FileIndex:
    """The rows planned so far, by the same keys, to catch a client listed twice."""

    def __init__(self) -> None:
        self.keys: dict[str, PlannedRow] = {}

    def find(self, keys: list[str]) -> PlannedRow | None:
        return next((self.keys[k] for k in keys if k in self.keys), None)

    def add(self, row: PlannedRow, keys: list[str]) -> None:
        for key in keys:
            self.keys.setdefault(key, row)


def _folded_name(valid: ValidClient) -> str:
    data = valid.data
    return fold(
        display_name(
            data.kind, data.last_name, data.first_name, data.middle_name, data.organization
        )
    )


def _keys(valid: ValidClient, by_name: bool = False) -> list[str]:
    keys = [f"phone:{p.e164}" for p in valid.phones] + [f"email:{e}" for e, _ in valid.emails]
    if valid.birthday and valid.birthday.year:
        keys.append(f"person:{_folded_name(valid)}:{valid.birthday}")
    if by_name:
        # On an orders sheet one client is on many rows, often by name alone.
        keys.append(f"name:{_folded_name(valid)}")
    return keys


def _validated(
    data: ClientInput, line: int, region: str, problems: list[CellProblem]
) -> ValidClient:
    """Validate a row's card, leaving out (and naming) each field the checks refuse."""
    while True:
        try:
            return validate_client(data, region)
        except ValidationError as error:
            fixable = [p for p in error.problems if p.field not in ("last_name", "organization")]
            if len(fixable) < len(error.problems):
                raise
            for problem in fixable:
                problems.append(
                    CellProblem(
                        line, problem.field, str(problem.params.get("value", "")), problem.code
                    )
                )
                data = _without(data, problem)


def _without(data: ClientInput, problem: Problem) -> ClientInput:
    name = problem.field.split("[", 1)[0].split(".", 1)[0]
    if name == "contact_persons":
        return replace(data, contact_persons=[])
    return replace(data, **{name: getattr(ClientInput(), name)})


def with_fixes(table: TableData, fixes: dict[tuple[int, int], str]) -> TableData:
    """The sheet with some cells retyped by the user in the preview: (line, column) → text."""
    if not fixes:
        return table
    rows = [list(row) for row in table.rows]
    for (line, column), text in fixes.items():
        row = rows[line - 1]
        row.extend([None] * (column + 1 - len(row)))
        row[column] = text.strip() or None
    return replace(table, rows=rows)


def read_plan_source(
    path: Path, sheet: str | None = None, db: Database | None = None
) -> tuple[TableData, int, list[Target]]:
    """The sheet, its header row and the proposed mapping (the one last used for a sheet with
    the same column names, when the base `db` remembers one)."""
    table = read_table(path, sheet)
    header_line = find_header_row(table.rows)
    if header_line is None:
        raise ImportFileError("no_header", path.name)
    headers = table.rows[header_line]
    body = table.rows[header_line + 1 :]
    if not any(any(cell is not None for cell in row) for row in body):
        raise ImportFileError("no_rows", path.name)
    remembered = remembered_mapping(db, headers) if db is not None else None
    mapping = remembered or propose_mapping(headers, body[:SAMPLE_ROWS])
    names = {Target.FULL_NAME, Target.LAST_NAME, Target.FIRST_NAME, Target.ORGANIZATION}
    if not names & set(mapping):
        raise ImportFileError("no_name_column", path.name)
    return table, header_line, mapping


def plan_import(
    db: Database,
    settings: Settings,
    table: TableData,
    header_line: int,
    mapping: Sequence[Target],
    file_name: str,
    rule: DuplicateRule = DuplicateRule.MERGE,
    today: date | None = None,
    progress: Progress | None = None,
) -> ImportPlan:
    """What importing these rows would do; the base is only read."""
    today = today or date.today()
    headers = [text_of(h) for h in table.rows[header_line]]
    orders = Target.PURCHASE_DATE in mapping
    base = _BaseIndex(db, by_name=orders)
    in_file = _FileIndex()
    planned: list[PlannedRow] = []
    total = len(table.rows) - header_line - 1
    for offset, cells in enumerate(table.rows[header_line + 1 :], start=header_line + 2):
        if progress is not None and offset % 1000 == 0:
            progress(offset - header_line - 2, total)
        read = read_row(offset, cells, headers, mapping, settings.phone_region, today)
        if read.skipped == "blank":
            continue
        purchase = None
        if orders and not read.skipped:
            purchase, purchase_problems = read_purchase(offset, cells, headers, mapping, today)
            read.problems.extend(purchase_problems)
        if read.data is None:
            action = RowAction.ERROR if read.skipped == "no_name" else RowAction.SKIP
            planned.append(PlannedRow(offset, action, None, read.problems, reason=read.skipped))
            continue
        problems = list(read.problems)
        try:
            valid = _validated(read.data, offset, settings.phone_region, problems)
        except ValidationError:
            planned.append(PlannedRow(offset, RowAction.ERROR, None, problems, reason="no_name"))
            continue
        row = PlannedRow(
            offset, RowAction.NEW, valid.data, problems, valid=valid, purchase=purchase
        )
        keys = _keys(valid, by_name=orders)
        earlier = in_file.find(keys)
        if earlier is not None and earlier.data is not None:
            earlier.data = merge_cards(earlier.data, valid.data, settings.phone_region)
            earlier.valid = None
            row.action, row.same_as_line = RowAction.MERGE_IN_FILE, earlier.line
            row.client_id = earlier.client_id
        else:
            existing = _find_in_base(base, valid)
            if existing is None and orders:
                existing = base.names.get(_folded_name(valid))
            if existing is not None:
                row.client_id = existing
                row.action = {
                    DuplicateRule.MERGE: RowAction.MERGE,
                    DuplicateRule.SKIP: RowAction.SKIP,
                    DuplicateRule.KEEP: RowAction.NEW,
                }[rule]
                row.reason = "duplicate"
            in_file.add(row, keys)
        planned.append(row)
    return ImportPlan(file_name, table.sheet, header_line, headers, list(mapping), planned)


def _find_in_base(base: _BaseIndex, valid: ValidClient) -> int | None:
    for phone in valid.phones:
        if phone.e164 in base.phones:
            return base.phones[phone.e164]
    for address, _ in valid.emails:
        if address in base.emails:
            return base.emails[address]
    birthday = valid.birthday
    if birthday and birthday.year:
        name = _folded_name(valid)
        for client_id, other in base.by_birthday.get(
            (birthday.day, birthday.month, birthday.year), []
        ):
            if fuzz.ratio(name, other) >= SIMILAR_NAME:
                return client_id
    return None


def commit_import(
    db: Database, settings: Settings, plan: ImportPlan, progress: Progress | None = None
) -> int:
    """Write the plan in one transaction as one import batch; return the batch id.

    Any failure rolls everything back: the base is as it was before the import.
    """
    region = settings.phone_region
    now = datetime.now().replace(microsecond=0)
    summary = f"import: {plan.file_name}"
    rows = [r for r in plan.rows if r.action in (RowAction.NEW, RowAction.MERGE) and r.data]
    with db.transaction() as session:
        batch = ImportBatch(
            file_name=plan.file_name, sheet=plan.sheet, imported_at=now, counts=plan.counts()
        )
        session.add(batch)
        session.flush()
        batch_id = batch.id
        remember_mapping(session, plan.headers, plan.mapping)
        created: list[tuple[int, ValidClient]] = []
        client_of_line: dict[int, int] = {}

        def write_created() -> None:
            # New clients go in with plain multi-row INSERTs, about ten times faster than
            # ORM objects; merges are few and take the ORM path below.
            ids = insert_clients(session, [valid for _, valid in created], now)
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

        for done, row in enumerate(rows, start=1):
            assert row.data is not None
            if row.action is RowAction.NEW:
                created.append((row.line, row.valid or validate_client(row.data, region)))
            else:
                assert row.client_id is not None
                client_of_line[row.line] = row.client_id
                client = load_client(session, row.client_id)
                before = client_input(client)
                merged = merge_cards(before, row.data, region)
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
                    session, AuditAction.UPDATE, "client", client.id, summary,
                    before=before, after=merged,
                )  # fmt: skip
            if len(created) >= CHUNK:
                write_created()
            if progress is not None and (done % CHUNK == 0 or done == len(rows)):
                progress(done, len(rows))
        write_created()
        _write_purchases(session, plan, client_of_line, batch_id, now, summary)
        audit.record(
            session, AuditAction.CREATE, "import_batch", batch_id, summary, after=plan.counts()
        )
        return batch_id


def _write_purchases(
    session: Session,
    plan: ImportPlan,
    client_of_line: dict[int, int],
    batch_id: int,
    now: datetime,
    summary: str,
) -> None:
    """Add the purchases of an orders sheet to the clients their rows were resolved to."""
    by_line = {row.line: row for row in plan.rows}

    def client_of(row: PlannedRow) -> int | None:
        if row.line in client_of_line:
            return client_of_line[row.line]
        if row.action is RowAction.MERGE_IN_FILE and row.same_as_line is not None:
            return client_of(by_line[row.same_as_line])
        return row.client_id  # a duplicate skipped as a client: its purchase still counts

    purchases: list[tuple[int, PurchaseInput]] = []
    orders: dict[tuple[int, str], PurchaseInput] = {}
    for row in plan.rows:
        client_id = client_of(row) if _purchase_kept(row) else None
        if client_id is None or row.purchase is None:
            continue
        purchase = deepcopy(row.purchase)
        key = (client_id, purchase.number)
        if purchase.number and key in orders:
            # One order over several rows (one item a row) is one purchase.
            order = orders[key]
            order.items += purchase.items
            order.total += purchase.total
            continue
        if purchase.number:
            orders[key] = purchase
        purchases.append((client_id, purchase))
    ids = insert_purchases(session, purchases, now)
    bulk_insert(
        session,
        ImportBatchItem,
        [
            {"batch_id": batch_id, "client_id": c, "purchase_id": p, "action": "purchase"}
            for p, (c, _) in zip(ids, purchases, strict=True)
        ],
    )
    bulk_insert(
        session,
        AuditEntry,
        [
            audit.entry(AuditAction.CREATE, "purchase", p, summary, after=data)
            for p, (_, data) in zip(ids, purchases, strict=True)
        ],
    )
    clients = sorted({client_id for client_id, _ in purchases})
    for start in range(0, len(clients), CHUNK):
        refresh_all_summaries(session, clients[start : start + CHUNK])


def undo_import(db: Database, settings: Settings, batch_id: int) -> None:
    """Take a whole import back: its new clients removed, merged clients as they were."""
    now = datetime.now().replace(microsecond=0)
    with db.transaction() as session:
        batch = session.get(ImportBatch, batch_id)
        if batch is None or batch.undone_at is not None:
            raise NotFoundError("import_batch", batch_id)
        added = [item for item in batch.items if item.purchase_id is not None]
        for start in range(0, len(added), CHUNK):
            chunk = added[start : start + CHUNK]
            session.execute(delete(Purchase).where(Purchase.id.in_([i.purchase_id for i in chunk])))
        for item in sorted(batch.items, key=lambda i: i.id, reverse=True):
            client = session.get(Client, item.client_id)
            if client is None:
                continue
            if item.action == RowAction.NEW.value:
                audit.record(
                    session,
                    AuditAction.DELETE,
                    "client",
                    client.id,
                    f"undo import {batch_id}",
                    before=client_input(load_client(session, client.id)),
                )
                session.delete(client)
            elif item.before is not None:
                client = load_client(session, item.client_id)
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
        remaining = sorted(
            {i.client_id for i in added} - {i.client_id for i in batch.items if i.action == "new"}
        )
        for start in range(0, len(remaining), CHUNK):
            refresh_all_summaries(session, remaining[start : start + CHUNK])
        batch.undone_at = now
        audit.record(
            session, AuditAction.DELETE, "import_batch", batch_id, f"undo: {batch.file_name}"
        )


def import_history(db: Database) -> list[BatchSummary]:
    with db.reading() as session:
        batches = session.scalars(select(ImportBatch).order_by(ImportBatch.id.desc()))
        return [
            BatchSummary(b.id, b.file_name, b.sheet, b.imported_at, dict(b.counts), b.undone_at)
            for b in batches
        ]
