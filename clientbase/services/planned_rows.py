"""What a plan of an import is: each row of the sheet and what becomes of it, with the
counts the preview shows and the purchases the commit adds. import_plan makes one;
importing writes it."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum

from clientbase.exchange.header import Target
from clientbase.exchange.table_file import SheetPart
from clientbase.exchange.values import text_of
from clientbase.services.client_data import ClientInput
from clientbase.services.client_merge import merge_cards
from clientbase.services.client_update import updated_card
from clientbase.services.client_validation import ValidClient
from clientbase.services.import_batches import BatchSummary
from clientbase.services.joined_sheets import where
from clientbase.services.purchases import PurchaseInput
from clientbase.services.read_row import CellProblem
from clientbase.services.record_words import RecordWords
from clientbase.services.row_calls import RowCall
from clientbase.services.row_readings import Reading
from clientbase.services.row_reminders import RowReminder

# Why a row merged into an earlier one names a client: it repeats one, or adds a second
# phone to the client above.
_CLIENT_AGAIN = frozenset({"duplicate", "shared_contact", "namesake", "unnamed"})


class DuplicateRule(StrEnum):
    MERGE = "merge"
    SKIP = "skip"
    KEEP = "keep"
    # The list is newer than the base (its own export, corrected in Excel): its values
    # replace the card's of a client in the base (client_update). In the file itself, rows
    # of one client merge as under MERGE.
    UPDATE = "update"


class RowAction(StrEnum):
    NEW = "new"
    MERGE = "merge"  # into a client already in the base
    MERGE_IN_FILE = "merge_in_file"  # into an earlier row of the same file
    SKIP = "skip"
    ERROR = "error"


@dataclass(frozen=True)
class BaseReturn:
    """A sale of the base a row takes back: which, the day it was sold, the day it came back."""

    purchase_id: int
    sold_on: date
    returned_on: date


_BLANK = ClientInput()


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
    # A row without a name on a client list (a client's second phone or note written in the
    # row below): the row of the client above, whom the person may give its values.
    above_line: int | None = None
    # A heading between a client list's rows («VIP клиенты:»): the tag it gives the clients
    # under it, if any.
    tag: str = ""
    # A new client the sheet marks archived («Архивный: Да»): it comes in archived.
    archived: bool = False
    # The day the shop took a new client on («Дата регистрации»): its card's «Добавлен».
    since: date | None = None
    # When to call the client again («Перезвонить: 05.12»): a reminder the import adds.
    reminder: RowReminder | None = None
    # The further days to remind of, each kept: the days to congratulate the client every
    # year («Годовщина свадьбы»), a sale's day booked ahead (see booked_sales).
    dated: list[RowReminder] = field(default_factory=list)
    # The last calls of this row and of the rows merged into it: the client's history.
    calls: list[RowCall] = field(default_factory=list)
    # Who referred the client, as the sheet writes it («Иванова Анна», a phone), and whom
    # that finds (see import_referrers): a row of the sheet, or a client of the base.
    referrer: str = ""
    referrer_line: int | None = None
    referrer_id: int | None = None
    # The row's purchase is one the client in the base has already: the sheet, or this part
    # of it, was imported before (see known_purchases). It is not added again.
    purchase_in_base: bool = False
    # A merge into a client of the base that changes nothing on the card (see
    # unchanged_merges): the same list imported again. On an orders sheet, also a row
    # merged into an earlier one that brings its sale and nothing new of the client's.
    unchanged: bool = False
    # A merge into a client of the base under DuplicateRule.UPDATE: the row's values
    # replace the card's rather than fill its gaps; the card's fields that change (city,
    # phones), for the preview to name.
    updates: bool = False
    changes: tuple[str, ...] = ()
    # A row of a sale taken back («-7 000»): the row of that sale, which the import marks
    # returned (see sale_returns).
    returned_line: int | None = None
    # Or the purchase of the base it takes back: a sale imported before (last month's
    # book), which the import marks returned, and its undo restores.
    returned_sale: BaseReturn | None = None

    def reminders(self) -> list[RowReminder]:
        """The reminders the row's client gets: the day to call again, then the further ones
        (yearly days, bookings)."""
        return [*([self.reminder] if self.reminder else []), *self.dated]

    def take_card(self, card: ClientInput, region: str, words: RecordWords) -> None:
        """A row merged into this one gives its card's values (merge_cards): its phones, its
        notes, what it says otherwise."""
        if self.data is not None and card != _BLANK:  # a sale's row under its client's
            merged = merge_cards(self.data, card, region, words)
            if merged != self.data:
                self.data, self.valid = merged, None

    def take_row(
        self, card: ClientInput, reading: Reading, region: str, words: RecordWords
    ) -> None:
        """A row merged into this one gives what it holds: its card's values, its days and
        calls (take_card, take_over)."""
        self.take_card(card, region, words)
        self.take_over(reading)

    def card_left_alone(self, reading: Reading) -> None:
        """A row skipped, its card left as it is. A client of the base still gets its sale
        (purchase_kept), and with it the visit it books and the one it calls off; nobody
        gets the reminder, yearly days and calls its card gives, nor sees them."""
        known = self.client_id is not None
        self.reminder = None
        self.dated = list(reading.booked) if known else []
        self.calls = list(reading.called_off) if known else []

    def take_over(self, reading: Reading) -> None:
        """A row merged into this one: the client is the shop's since the earlier day, is to
        be called at the sooner, was called and came, is congratulated and expected, as both
        rows say. A skipped row takes only a sale's visits (card_left_alone)."""
        calls, dated = reading.calls, reading.dated
        since, reminder = reading.since, reading.reminder
        if self.action is RowAction.SKIP:
            if self.client_id is None:
                return
            calls, dated, since, reminder = reading.called_off, reading.booked, None, None
        self.calls += [call for call in calls if call not in self.calls]
        self.referrer = self.referrer or reading.referrer
        self.dated += [day for day in dated if day not in self.dated]
        if since is not None and (self.since is None or since < self.since):
            self.since = since
        if reminder is not None and (
            self.reminder is None or reminder.due_at < self.reminder.due_at
        ):
            self.reminder = reminder


@dataclass
class ImportPlan:
    file_name: str
    sheet: str
    header_line: int
    headers: list[str]
    mapping: list[Target]
    rows: list[PlannedRow]
    language: str = "ru"  # of the words the import writes on its own (record_words)
    # The sheet is the program's own full export (TableData.own_export, or its column names:
    # export_columns.is_full_export): its rows are whole cards, and an update makes the
    # cards what they say, its empty cells too (client_update).
    whole_cards: bool = False
    # Of a workbook's sheets read as one list, where each begins (see joined_sheets).
    parts: tuple[SheetPart, ...] = ()
    # What the rows said as read (TableData.digest), and the import that brought the same
    # rows before, not undone: a list imported twice by mistake is told before it is.
    digest: str = ""
    imported_before: BatchSummary | None = None
    # The sheet's line of each row where rows were moved (TableData.lines).
    lines: tuple[int, ...] = ()

    def where(self, line: int) -> str:
        """A row's line as the person finds it: «4», or «4 (Февраль)» of joined sheets."""
        return where(self.parts, line, self.lines)

    def counts(self) -> dict[str, int]:
        actions = Counter(row.action.value for row in self.rows)
        counts = {"rows": len(self.rows)}
        counts.update({action.value: actions.get(action.value, 0) for action in RowAction})
        counts["problems"] = sum(len(row.problems) for row in self.rows)
        counts["purchases"] = len(self.purchase_groups())
        counts["purchases_in_base"] = len(self.purchase_rows(in_base=True))
        counts["reminders"] = sum(len(row.reminders()) for row in self.reminder_rows())
        counts["calls"] = sum(len(row.calls) for row in self.event_rows())
        # Of the merges, those that change nothing on the card, and those that change it
        # by the list's values (DuplicateRule.UPDATE): «merge» counts them too.
        merges = [row for row in self.rows if row.action is RowAction.MERGE]
        counts["unchanged"] = sum(1 for row in merges if row.unchanged)
        counts["update"] = sum(1 for row in merges if row.updates and not row.unchanged)
        # Of the rows merged into an earlier one, those that name a client again: the rest
        # only bring a purchase (a sale under its client, an order's item line).
        counts["listed_twice"] = sum(
            1
            for row in self.rows
            if row.action is RowAction.MERGE_IN_FILE and row.reason in _CLIENT_AGAIN
        )
        # New clients of another first name with the phone, e-mail or card of another.
        counts["shared_contact"] = sum(
            1 for row in self.rows if row.action is RowAction.NEW and row.reason == "shared_contact"
        )
        # New clients of the name of another, with other contacts: namesakes, or a client
        # whose phone changed, for the person to tell.
        counts["namesake"] = sum(
            1 for row in self.rows if row.action is RowAction.NEW and row.reason == "namesake"
        )
        # Of the rows skipped, those that leave the card of a client of the base alone and
        # bring its sale (a till's row of a phone and a sum).
        counts["sale_only"] = sum(
            1 for row in self.rows if row.action is RowAction.SKIP and row.reason == "purchase_only"
        )
        # Rows of a sale taken back whose sale was found, in the sheet or in the base.
        counts["returns"] = sum(
            1 for row in self.rows if row.returned_line is not None or row.returned_sale
        )
        return counts

    def purchase_groups(self) -> list[tuple[PlannedRow, list[PurchaseInput]]]:
        """The purchases the import adds, each as the row whose client gets it (a new row,
        or one naming a client of the base) and the rows' purchases it is made of: the rows
        of one order number of one client are one purchase (an order of three items)."""
        return [
            (owner, [row.purchase for row in rows if row.purchase is not None])
            for owner, rows in self.purchase_rows()
        ]

    def client_rows(self) -> list[PlannedRow]:
        """The rows that write a client: a new one, or one merged into a client of the base
        (rows merged into an earlier row gave it what they hold, see take_over)."""
        return [row for row in self.rows if row.action in (RowAction.NEW, RowAction.MERGE)]

    def card_after(
        self, row: PlannedRow, before: ClientInput, region: str, words: RecordWords
    ) -> ClientInput:
        """The card of the base client `row` merges into, as the import leaves it."""
        if row.data is None:
            return before
        if row.updates:
            given = {target.value for target in self.mapping}
            return updated_card(before, row.data, region, given, words, self.whole_cards)
        return merge_cards(before, row.data, region, words)

    def event_rows(self) -> list[PlannedRow]:
        """The rows that give their client reminders and history: those that write it, and
        a skipped row of a client of the base, with its sale's (see card_left_alone)."""
        return [
            row
            for row in self.rows
            if row.action in (RowAction.NEW, RowAction.MERGE)
            or (row.action is RowAction.SKIP and row.client_id is not None)
        ]

    def reminder_rows(self) -> list[PlannedRow]:
        """The rows whose client gets a reminder."""
        return [row for row in self.event_rows() if row.reminders()]

    def purchase_rows(self, in_base: bool = False) -> list[tuple[PlannedRow, list[PlannedRow]]]:
        """As purchase_groups, with the rows each purchase is made of; `in_base`: the
        purchases left out as the base's already instead."""
        by_line = {row.line: row for row in self.rows}
        groups: dict[tuple[object, ...], tuple[PlannedRow, list[PlannedRow]]] = {}
        for row in self.rows:
            if row.purchase is None or not (
                row.purchase_in_base if in_base else purchase_kept(row)
            ):
                continue
            owner, client = self.owner(row, by_line)
            number = row.purchase.number
            # An item row under its order's first one is a line of that order's purchase.
            first = row.same_as_line if row.reason == "order_line" else row.line
            # A number again on another day is another purchase: a till numbers its
            # receipts afresh each day, a shop its orders each year.
            key = (client, number, row.purchase.date) if number else ("row", first)
            groups.setdefault(key, (owner, []))[1].append(row)
        return list(groups.values())

    @staticmethod
    def owner(row: PlannedRow, by_line: Mapping[int, PlannedRow]) -> tuple[PlannedRow, object]:
        """The row that writes a row's client, and who that client is: a new client is
        known by its row until written, one of the base by its id."""
        owner = row
        while owner.action is RowAction.MERGE_IN_FILE and (
            (above := by_line.get(owner.same_as_line or 0)) is not None
        ):
            owner = above
        return owner, (("line", owner.line) if owner.action is RowAction.NEW else owner.client_id)

    def problems(self) -> list[CellProblem]:
        return [p for row in self.rows for p in row.problems]

    def to_clients_above(self) -> dict[int, DuplicateRule]:
        """The choices that add each row without a name, on a client list, to the client
        in the row above it (a second phone or a note written in the row below): one choice
        for all such rows, made anew on each, as the person could make it row by row."""
        return {
            row.line: DuplicateRule.MERGE
            for row in self.rows
            if row.above_line is not None and row.action is RowAction.ERROR
        }


def held_text(rows: Sequence[Sequence[object]], line: int) -> str:
    """What a sheet line holds, its cells joined by «; »: a row without a name, named to
    the person, who can then tell whose second phone or note it is."""
    held = rows[line - 1] if 0 < line <= len(rows) else []
    return "; ".join(text for text in map(text_of, held) if text)


def one_purchase(parts: Sequence[PurchaseInput]) -> PurchaseInput:
    """The purchase an order written over several rows makes, one item a row."""
    first = parts[0]
    purchase = replace(first, items=[replace(item) for item in first.items])
    for part in parts[1:]:
        purchase.items += part.items
        purchase.total += part.total
    # Each line's own comment («подарочная упаковка» on the second item) was dropped; what
    # every line says alike («Тип оплаты: Наличные» of the receipt) is said once.
    said = dict.fromkeys(line for part in parts for line in part.comment.split("\n") if line)
    purchase.comment = "\n".join(said)
    return purchase


def purchase_kept(row: PlannedRow) -> bool:
    """A row's purchase is imported whenever its client is known or created, and has not
    this purchase already."""
    if row.purchase is None or row.purchase_in_base:
        return False
    return row.action is not RowAction.ERROR and (
        row.action is not RowAction.SKIP or row.client_id is not None
    )


def holds_a_sale(row: PlannedRow) -> bool:
    """Whether a row of an orders sheet is a sale of its client: bought, or a visit booked
    or called off (booked_sales), under which a row naming no one is the same client's."""
    if row.reason == "purchase_only" and row.action is not RowAction.ERROR:
        return True  # a sale's row found its client: in the file, or in the base
    return purchase_kept(row) or (row.data is not None and bool(row.dated or row.calls))
